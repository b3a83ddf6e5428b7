// The views' side of the page's accessible mirror (wasm/accessibility.js; its content comes from
// the model, accessibility.h): where each control was drawn this frame, so the page can put its
// real <button>, <input> and list over it (a keyboard's focus ring then outlines the control a
// person sees, and a tap on the filter reaches a real text field); and the commands the mirror's
// elements give, which are the same the canvas gives.
#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>

#include "app.h"
#include "palette.h"

namespace dateline {

void App::note_control(std::string name) {
    controls_.push_back({std::move(name), ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ImGui::IsItemVisible()});
}

void App::note_window(std::string name) {
    const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    controls_.push_back({std::move(name), at, ImVec2(at.x + size.x, at.y + size.y), true});
}

void App::apply_palette() {
    const Palette& p = palette(more_contrast_);
    auto imgui = [](Colour c) { return ImVec4(c.r, c.g, c.b, c.a); };
    ImVec4* c = ImGui::GetStyle().Colors;
    c[ImGuiCol_Text] = imgui(p.text);
    c[ImGuiCol_TextDisabled] = imgui(p.text_dim);
}

std::string App::accessibility_layout_json() const {
    using Json = nlohmann::ordered_json;
    Json j;
    j["layout"] = embedded_ ? "embed" : narrow_ ? "narrow" : "wide";
    j["tab"] = tab_;
    j["aboutOpen"] = story_open_narrow_;  // a phone's story description, shown under its title
    Json controls = Json::object();
    auto rect = [&](ImVec2 min, ImVec2 max, bool visible) {
        // Whole CSS pixels: the layout is compared as text, and sub-pixel jitter is no change.
        auto css = [&](float v) { return static_cast<int>(std::lround(v / ratio_)); };
        return Json{css(min.x), css(min.y), css(max.x - min.x), css(max.y - min.y), visible};
    };
    controls["timeline"] = rect(timeline_min_, timeline_max_, true);
    if (!embedded_) controls["add"] = rect(added_button_min_, added_button_max_, added_button_max_.x > added_button_min_.x);
    if (!embedded_) controls["share"] = rect(share_button_min_, share_button_max_, share_button_max_.x > share_button_min_.x);
    controls["hint"] = rect(hint_button_min_, hint_button_max_, hint_ && !embedded_ && hint_button_max_.x > hint_button_min_.x);
    for (const ControlRect& r : controls_) controls[r.name] = rect(r.min, r.max, r.visible);
    j["controls"] = std::move(controls);
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

bool App::accessibility_command(const std::string& command, const std::string& text, int a, int b) {
    const Timeline& timeline = model_.timeline();
    const bool event_ok = a >= 0 && a < static_cast<int>(timeline.events.size());
    if (command == "play") model_.toggle_play();
    else if (command == "previous") model_.step(-1);
    else if (command == "next") model_.step(+1);
    else if (command == "first") model_.first_shown();
    else if (command == "last") model_.last_shown();
    else if (command == "zoom-in") model_.zoom_in();
    else if (command == "zoom-out") model_.zoom_out();
    else if (command == "fit") model_.fit_all();
    else if (command == "add") model_.pick_files();
    else if (command == "filter") model_.set_filter(text);
    else if (command == "select" && event_ok) model_.select(a, true);
    else if (command == "open" && event_ok) model_.open_article(a, b);
    else if (command == "close") model_.close_article();
    else if (command == "copy" && event_ok && b >= 0) model_.copy_citation(a, static_cast<size_t>(b));
    else if (command == "original" && event_ok && b >= 0 && b < static_cast<int>(timeline.events[a].sources.size())) {
        const Article& article = timeline.articles[timeline.events[a].sources[static_cast<size_t>(b)].article];
        if (!article.url) return false;
        model_.open_original(*article.url);
    } else if (command == "remove" && a >= 0) model_.remove_added(static_cast<size_t>(a));
    else if (command == "remove-all") model_.remove_added(SIZE_MAX);
    else if (command == "close-added") model_.set_added_panel_open(false);
    else if (command == "tab" && (a == 0 || a == 1)) requested_tab_ = a;
    else if (command == "reveal") reveal_source_ = a;
    else if (command == "about") story_open_narrow_ = a != 0;  // a phone's story description, shown or not
    else if (command == "hint") {  // "Got it": the tip under the header is dismissed, as by its button
        hint_ = false;
        if (hint_dismissed_) hint_dismissed_();
    }
    else if (editing_command(command, text, a, b)) return true;
    else if (command == "contrast") more_contrast_ = a != 0;
    else if (command == "motion") model_.set_reduced_motion(a != 0);
    else return false;
    return true;
}

// The commands of the Edit switch, the editing controls and the Share / export menu, as the
// canvas's buttons give them (editing_panel.cpp, publish_menu.cpp). The mirror gives them between
// frames, so the timeline may change at once. An event or source out of range is refused.
bool App::editing_command(const std::string& command, const std::string& text, int a, int b) {
    const Timeline& timeline = model_.timeline();
    const bool event_ok = a >= 0 && a < static_cast<int>(timeline.events.size());
    if (embedded_) return false;  // an embed shows its story as published
    if (command == "edit") model_.set_editing(a != 0);
    else if (command == "save-page") model_.save_page(model_.save_with_bundled());
    else if (command == "save-with-bundled") model_.set_save_with_bundled(a != 0);
    else if (command == "export" && (text == "timelinejs" || text == "csv" || text == "json")) model_.download_export(text);
    else if (command == "print") model_.print();
    else if (command == "picture") model_.save_picture();
    else if (!model_.editing()) return false;
    else if (command == "undo") model_.undo_edit();
    else if (command == "redo") model_.redo_edit();
    else if (command == "rename" && event_ok) model_.open_edit_form(AppModel::EditForm::Rename, a);
    else if (command == "redate" && event_ok) model_.open_edit_form(AppModel::EditForm::Redate, a);
    else if (command == "note" && event_ok) model_.open_edit_form(AppModel::EditForm::Note, a);
    else if (command == "key" && event_ok) model_.set_key(a, b != 0);
    else if (command == "hide" && event_ok) model_.hide_event(a);
    else if (command == "merge" && event_ok && b >= 0 && b < static_cast<int>(timeline.events.size()) && b != a) model_.merge_events(a, b);
    else if (command == "split" && event_ok && b >= 0 && b < static_cast<int>(timeline.events[a].sources.size()) && timeline.events[a].sources.size() > 1)
        model_.split_source(a, b);
    else if (command == "show" && a >= 0 && static_cast<size_t>(a) < model_.edit_outcome().hidden.size()) model_.show_hidden(static_cast<size_t>(a));
    else return false;
    return true;
}

}  // namespace dateline
