#include "app.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "calendar.h"
#include "imgui_internal.h"  // ImGui::ClearActiveID: a touch that scrolls clicks nothing

namespace dateline {

// ---------------------------------------------------------------------------------------------
// Style: ink on warm paper, readable in a bright classroom
// ---------------------------------------------------------------------------------------------

void App::style(ImGuiStyle& s) {
    ImGui::StyleColorsLight(&s);
    s.WindowPadding = ImVec2(12, 10);
    s.FramePadding = ImVec2(8, 5);
    s.ItemSpacing = ImVec2(8, 6);
    s.CellPadding = ImVec2(6, 4);
    s.WindowRounding = 0;
    s.ChildRounding = 4;
    s.FrameRounding = 4;
    s.GrabRounding = 4;
    s.ScrollbarSize = 14;
    s.WindowBorderSize = 0;
    s.ChildBorderSize = 0;
    ImVec4* c = s.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.96f, 0.95f, 0.93f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 0.55f);
    c[ImGuiCol_Text] = ImVec4(0.11f, 0.11f, 0.12f, 1.0f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.38f, 0.38f, 0.40f, 1.0f);
    c[ImGuiCol_Button] = ImVec4(0.88f, 0.86f, 0.82f, 1.0f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.82f, 0.78f, 0.72f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.76f, 0.70f, 0.62f, 1.0f);
    c[ImGuiCol_FrameBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_Header] = ImVec4(0.77f, 0.30f, 0.18f, 0.18f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.77f, 0.30f, 0.18f, 0.28f);
    c[ImGuiCol_HeaderActive] = ImVec4(0.77f, 0.30f, 0.18f, 0.38f);
    c[ImGuiCol_Tab] = ImVec4(0.88f, 0.86f, 0.82f, 1.0f);
    c[ImGuiCol_TabActive] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_TabHovered] = ImVec4(0.95f, 0.93f, 0.90f, 1.0f);
}

// ---------------------------------------------------------------------------------------------
// Input the interface reads itself
// ---------------------------------------------------------------------------------------------

bool App::handle_event(const SDL_Event& ev) {
    auto over_timeline = [&](float x, float y) {
        return x >= timeline_min_.x && x < timeline_max_.x && y >= timeline_min_.y && y < timeline_max_.y;
    };
    auto over_map = [&](float x, float y) {
        return map_shown_ && x >= map_min_.x && x < map_max_.x && y >= map_min_.y && y < map_max_.y;
    };
    switch (ev.type) {
        case SDL_MOUSEWHEEL: {
            // Where the wheel turned (window coordinates are CSS pixels; the interface draws in
            // device pixels). Not io.MousePos: after an idle pause it is a frame behind.
            const float x = static_cast<float>(ev.wheel.mouseX) * ratio_, y = static_cast<float>(ev.wheel.mouseY) * ratio_;
            // Browsers give between half a unit and one unit per wheel notch, fractions from touchpads.
            const float steps = ev.wheel.preciseY != 0 ? ev.wheel.preciseY : static_cast<float>(ev.wheel.y);
            if (over_map(x, y)) {
                map_view_.zoom_at(std::pow(1.5f, std::clamp(steps, -3.0f, 3.0f)), x - map_min_.x, y - map_min_.y);
                return true;
            }
            if (!over_timeline(x, y)) return false;
            model_.zoom_at(std::pow(1.5f, std::clamp(steps, -3.0f, 3.0f)), x - timeline_min_.x, true);
            return true;
        }
        case SDL_KEYDOWN:
            if (edit_shortcut(ev.key.keysym)) return true;
            keys_pressed_.push_back(ev.key.keysym.scancode);
            return false;
        // Fingers: one finger on a panel drags it (touch_scroll()); SDL also reports the first
        // finger as the mouse, which ImGui reads for taps.
        case SDL_FINGERDOWN: {
            ++fingers_;
            const ImVec2 at(ev.tfinger.x * ImGui::GetIO().DisplaySize.x, ev.tfinger.y * ImGui::GetIO().DisplaySize.y);
            if (fingers_ == 1) {
                press_cancelled_ = kinetic_.gliding();  // a touch that stops a glide is no tap
                touch_panel_ = panel_at(at);
                kinetic_.press(at.x / ratio_, at.y / ratio_, static_cast<double>(ev.tfinger.timestamp));
            } else {  // two fingers pinch the timeline
                kinetic_.stop();
                touch_panel_ = Panel::None;
            }
            return false;
        }
        case SDL_FINGERMOTION:
            if (touch_to_host_) {  // the host page scrolls with it: no panel follows, nothing is pressed
                kinetic_.stop();
                press_cancelled_ = true;
            } else if (fingers_ == 1 && touch_panel_ != Panel::None) {
                const ImVec2 at(ev.tfinger.x * ImGui::GetIO().DisplaySize.x, ev.tfinger.y * ImGui::GetIO().DisplaySize.y);
                if (kinetic_.move(at.x / ratio_, at.y / ratio_, static_cast<double>(ev.tfinger.timestamp))) press_cancelled_ = true;
            }
            return false;
        case SDL_FINGERUP:
            fingers_ = std::max(0, fingers_ - 1);
            if (touch_to_host_) {
                kinetic_.stop();
                press_cancelled_ = true;
                if (fingers_ == 0) touch_to_host_ = false;
            } else if (fingers_ == 0) {
                kinetic_.release(static_cast<double>(ev.tfinger.timestamp));
            }
            return false;
        case SDL_MULTIGESTURE: {
            // Two fingers: pinch zooms around the fingers' centre.
            const float x = ev.mgesture.x * ImGui::GetIO().DisplaySize.x;
            const float y = ev.mgesture.y * ImGui::GetIO().DisplaySize.y;
            if (ev.mgesture.numFingers >= 2 && std::abs(ev.mgesture.dDist) > 0.0005f && over_map(x, y)) {
                map_view_.zoom_at(1.0f + ev.mgesture.dDist * 4.0f, x - map_min_.x, y - map_min_.y);
                return true;
            }
            if (ev.mgesture.numFingers >= 2 && std::abs(ev.mgesture.dDist) > 0.0005f) {
                model_.zoom_at(1.0f + ev.mgesture.dDist * 4.0f, x - timeline_min_.x, false);
                drag_ = Drag::None;
                return true;
            }
            return false;
        }
        default: return false;
    }
}

// Keys, as the model's commands. Moves go through the events the filter shows.
void App::keyboard() {
    const ImGuiIO& io = ImGui::GetIO();
    std::vector<SDL_Scancode> keys;
    keys.swap(keys_pressed_);
    if (io.WantTextInput) return;  // typing in the filter box
    if (model_.timeline().events.empty()) return;
    for (SDL_Scancode key : keys) {
        switch (key) {
            case SDL_SCANCODE_RIGHT: model_.step(+1); break;
            case SDL_SCANCODE_LEFT: model_.step(-1); break;
            case SDL_SCANCODE_HOME: model_.first_shown(); break;
            case SDL_SCANCODE_END: model_.last_shown(); break;
            case SDL_SCANCODE_EQUALS: case SDL_SCANCODE_KP_PLUS: model_.zoom_in(); break;
            case SDL_SCANCODE_MINUS: case SDL_SCANCODE_KP_MINUS: model_.zoom_out(); break;
            case SDL_SCANCODE_SPACE: model_.toggle_play(); break;
            case SDL_SCANCODE_ESCAPE: model_.close_article(); break;
            case SDL_SCANCODE_C: model_.copy_citation(model_.selected(), 0); break;  // the current event's first citation
            case SDL_SCANCODE_RETURN: model_.open_article(model_.selected(), 0); break;  // and its first article
            default: break;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The frame
// ---------------------------------------------------------------------------------------------

void App::draw() {
    const ImGuiIO& io = ImGui::GetIO();
    model_.tick(std::min(0.1, static_cast<double>(io.DeltaTime)));
    controls_.clear();
    apply_palette();
    keyboard();
    layout_and_draw();
}

void App::layout_and_draw() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("Dateline", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const float css_width = viewport->Size.x / ratio_;
    reading_facts_.drawn = false;  // the views drawn below say what they showed
    list_rows_.clear();
    narrow_ = css_width < 760 && !embedded_;
    choose_embed_map(css_width);
    reading_scroll_ = list_scroll_ = article_scroll_ = {};
    for (PanelRect& r : panel_rects_) r = {};
    map_shown_ = false;
    map_tab_min_ = map_tab_max_ = ImVec2(0, 0);
    draw_header();
    draw_story_title_narrow();
    draw_hint();
    if (!model_.errors().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.62f, 0.16f, 0.10f, 1.0f));
        for (const std::string& e : model_.errors()) ImGui::TextWrapped("%s", e.c_str());
        ImGui::PopStyleColor();
    }
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float timeline_height =
        embedded_ ? std::max(px(140), avail.y * 0.45f) : narrow_ ? std::max(px(190), avail.y * 0.34f) : std::max(px(220), avail.y * 0.42f);
    const float band_height = std::min(timeline_height, avail.y - px(80));
    // The map beside the timeline, on the same band, in the wide layout: the lanes keep at least
    // 70% of the width. Under the timeline: the overview strip, and the legend (not in an embed,
    // short of room).
    const bool map_beside = !narrow_ && (!embedded_ || embed_map_ == EmbedMap::BesideTimeline);
    const float map_width = map_beside ? std::clamp(avail.x * 0.3f, px(240), px(480)) : 0.0f;
    const float column = map_beside ? avail.x - map_width - ImGui::GetStyle().ItemSpacing.x : avail.x;
    const float under = overview_height() + ImGui::GetStyle().ItemSpacing.y + (embedded_ ? 0 : fonts_.small->FontSize + px(6) + ImGui::GetStyle().ItemSpacing.y);
    ImGui::BeginGroup();
    draw_timeline(ImVec2(column, band_height - under));
    // The strip lines up with the timeline proper, right of the lanes' names (as Perfetto's
    // overview does), so its window sits under the stretch of time it stands for.
    const ImVec2 below = ImGui::GetCursorScreenPos();
    const float gutter = std::max(0.0f, timeline_min_.x - below.x);
    ImGui::SetCursorScreenPos(ImVec2(below.x + gutter, below.y));
    draw_overview(ImVec2(column - gutter, overview_height()));
    if (!embedded_) draw_legend(column);
    ImGui::EndGroup();
    if (map_beside) {
        ImGui::SameLine();
        draw_map(ImVec2(map_width, band_height));
    }
    const ImVec2 rest = ImGui::GetContentRegionAvail();
    if (model_.article_event() >= 0) {
        draw_article(rest);
    } else if (narrow_) {
        if (ImGui::BeginTabBar("views")) {
            // (A tab the accessible mirror asks for is selected, and the Event tab after a tap on a
            // listed event; each tab's place is noted for the mirror.)
            const bool event_tab = ImGui::BeginTabItem("Event", nullptr, requested_tab_ == 0 || show_event_tab_ ? ImGuiTabItemFlags_SetSelected : 0);
            note_control("tab-event");
            if (event_tab) {
                tab_ = 0;
                ImGui::EndTabItem();
            }
            const bool list_tab = ImGui::BeginTabItem("All events", nullptr, requested_tab_ == 1 ? ImGuiTabItemFlags_SetSelected : 0);
            note_control("tab-list");
            if (list_tab) {
                tab_ = 1;
                ImGui::EndTabItem();
            }
            const bool map_tab = ImGui::BeginTabItem("Map");
            map_tab_min_ = ImGui::GetItemRectMin();
            map_tab_max_ = ImGui::GetItemRectMax();
            if (map_tab) {
                tab_ = 2;
                ImGui::EndTabItem();
            }
            requested_tab_ = -1;
            ImGui::EndTabBar();
            show_event_tab_ = false;
        }
        const ImVec2 r = ImGui::GetContentRegionAvail();
        if (tab_ == 0) draw_reading_under_place_chip(r);
        else if (tab_ == 1) draw_list(r);
        else draw_map(r);
    } else if (embedded_) {
        draw_embed_panels(rest);
    } else {
        const float list_width = std::max(px(260), rest.x * 0.36f);
        draw_list(ImVec2(list_width, rest.y));
        ImGui::SameLine();
        draw_reading(ImVec2(ImGui::GetContentRegionAvail().x, rest.y));
    }
    // Tested here, not inside: V8 compiles a wasm function whole on its first call, and the
    // panel's (about 2.8 KB) need not be compiled before the first frame, which never shows it.
    if (model_.added_panel_open() && !embedded_) draw_added_panel();
    // A touch that became a drag (or stopped a glide) must not press the row or button it
    // started on when the finger lifts.
    if (press_cancelled_ && touch_panel_ != Panel::None && ImGui::GetActiveID() != 0) ImGui::ClearActiveID();
    // A quiet notice, fading at the bottom.
    const std::string& toast = model_.toast();
    if (model_.toast_left() > 0 && !toast.empty()) {
        ImDrawList* dl = ImGui::GetForegroundDrawList();
        ImGui::PushFont(fonts_.small);
        const ImVec2 size = ImGui::CalcTextSize(toast.c_str(), nullptr, false, viewport->Size.x - px(60));
        const ImVec2 at(viewport->Pos.x + (viewport->Size.x - size.x) / 2, viewport->Pos.y + viewport->Size.y - size.y - px(24));
        const float alpha = static_cast<float>(std::min(1.0, model_.toast_left()));
        dl->AddRectFilled(ImVec2(at.x - px(10), at.y - px(6)), ImVec2(at.x + size.x + px(10), at.y + size.y + px(6)),
                          ImGui::GetColorU32(ImVec4(0.15f, 0.15f, 0.17f, 0.88f * alpha)), px(6));
        dl->AddText(fonts_.small, fonts_.small->FontSize, at, ImGui::GetColorU32(ImVec4(1, 1, 1, alpha)), toast.c_str(), nullptr,
                    viewport->Size.x - px(60));
        ImGui::PopFont();
    }
    ImGui::End();
    if (after_frame_) {
        const std::function<void()> command = std::move(after_frame_);
        after_frame_ = nullptr;
        command();
    }
}

void App::draw_header() {
    if (!embedded_ && !narrow_) {
        ImGui::PushFont(fonts_.title);
        ImGui::TextUnformatted("Dateline");
        ImGui::PopFont();
        if (!model_.story().title.empty()) {  // the story's own title, from its story file
            ImGui::SameLine();
            ImGui::AlignTextToFramePadding();
            ImGui::TextDisabled("%s", model_.story().title.c_str());
        }
    }
    const char* play_label = model_.playing() ? "\xE2\x96\xA0 Pause" : "\xE2\x96\xB6 Play";
    if (narrow_) ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(px(6), px(4)));
    if (ImGui::Button(play_label)) model_.toggle_play();
    note_control("play");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Step through the events (Space)");
    ImGui::SameLine();
    if (ImGui::Button("Fit all")) model_.fit_all();
    note_control("fit");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show every event");
    ImGui::SameLine();
    if (ImGui::Button(" \xE2\x88\x92 ")) model_.zoom_out();  // −
    note_control("zoom-out");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Zoom out (-)");
    ImGui::SameLine();
    if (ImGui::Button(" + ")) model_.zoom_in();
    note_control("zoom-in");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Zoom in (+)");
    ImGui::SameLine();
    // Among the events the filter shows, as the arrow keys and the list move.
    if (ImGui::Button("\xE2\x97\x80")) model_.step(-1);  // ◀
    note_control("previous");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Previous event (Left)");
    ImGui::SameLine();
    if (ImGui::Button("\xE2\x96\xB6##next")) model_.step(+1);
    note_control("next");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Next event (Right)");
    if (!embedded_) {
        // The Edit switch on this row if it fits whole, else at the start of the next (a 320 px phone).
        const float edit = ImGui::CalcTextSize(model_.editing() ? "Editing" : "Edit").x + ImGui::GetStyle().FramePadding.x * 2;
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < edit) ImGui::NewLine();
        draw_edit_switch();
    }
    if (narrow_) ImGui::PopStyleVar();
    // The playhead's date, where there is room (the playhead's own label shows it anyway).
    const int64_t day = static_cast<int64_t>(std::floor(model_.playhead()));
    const std::string at = describe_interval(day, day, Precision::Day);
    // At the right end: adding articles (or the progress of reading them).
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float button = embedded_ ? embed_map_switch_width() : added_button_width() + share_button_width() + spacing;  // Share, then Add (an embed: Map)
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x > ImGui::CalcTextSize(at.c_str()).x + button + spacing) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(at.c_str());
        ImGui::SameLine();
    } else if (ImGui::GetContentRegionAvail().x < button) {
        ImGui::NewLine();
    }
    if (!embedded_) {
        ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - button));
        draw_share_button();
        ImGui::SameLine();
        draw_added_button();
    } else if (button > 0) {
        ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - button));
        draw_embed_map_switch();
    } else {
        ImGui::NewLine();
    }
}

// ---------------------------------------------------------------------------------------------
// Touch scrolling of the panels
// ---------------------------------------------------------------------------------------------

App::Panel App::panel_at(ImVec2 at) const {
    for (int i = 1; i < static_cast<int>(Panel::Count); ++i) {
        const PanelRect& r = panel_rects_[i];
        if (at.x >= r.min.x && at.x < r.max.x && at.y >= r.min.y && at.y < r.max.y) return static_cast<Panel>(i);
    }
    return Panel::None;
}

int App::vertical_swipe_room(float x, float y) const {
    const Panel p = panel_at(ImVec2(x * ratio_, y * ratio_));
    if (p == Panel::None) return 0;
    const PanelRect& r = panel_rects_[static_cast<int>(p)];
    return r.scrolls ? (r.back ? kRoomBack : 0) | (r.on ? kRoomOn : 0) : 0;
}

void App::touch_taken_by_host() {
    // The page says so between SDL's queued events (this touch's press may not be read yet):
    // the touch's next move or lift, read in order, lets it go.
    touch_to_host_ = true;
}

void App::touch_scroll(Panel panel, ScreenFacts::Scroll& facts) {
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    const float max = ImGui::GetScrollMaxY();
    // Not the scrollbar: a finger there drags the bar, as ImGui does.
    const float bar = max > 0 ? ImGui::GetStyle().ScrollbarSize : 0.0f;
    panel_rects_[static_cast<int>(panel)] = {pos, ImVec2(pos.x + size.x - bar, pos.y + size.y), max > 0};
    if (touch_panel_ == panel) {
        const float dy = kinetic_.advance(std::min(0.05, static_cast<double>(ImGui::GetIO().DeltaTime))) * ratio_;
        if (dy != 0) {
            const float y = ImGui::GetScrollY() + dy;
            ImGui::SetScrollY(std::clamp(y, 0.0f, max));
            if ((y <= 0 || y >= max) && !kinetic_.pressed()) kinetic_.stop();  // a glide ends at the panel's end
        }
    }
    // Half a CSS pixel from an end is the end (a scroll ends at a fraction of a pixel; state()
    // reports it in CSS pixels, and on a phone at 3x a device pixel is a third of one).
    PanelRect& room = panel_rects_[static_cast<int>(panel)];
    const float end = 0.5f * ratio_;
    room.back = ImGui::GetScrollY() > end;
    room.on = ImGui::GetScrollY() < max - end;
    facts = {true, ImGui::GetScrollY() / ratio_, max / ratio_};
}

void App::note_wanted_height(float content) {
    // The embedded layout gives the timeline 45% of the height under the header (at least
    // 140 px) and the reading panel the rest: solve that for a panel as tall as its content.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float header = timeline_min_.y - ImGui::GetMainViewport()->Pos.y;
    const float panel = content + style.ItemSpacing.y;
    const float below_header = std::max(panel / 0.55f, panel + px(140));
    wanted_height_ = std::clamp((header + below_header + style.WindowPadding.y) / ratio_, 320.0f, 1600.0f);
}

// ---------------------------------------------------------------------------------------------
// Where things were drawn, for JavaScript
// ---------------------------------------------------------------------------------------------

ScreenFacts App::screen_facts() const {
    ScreenFacts f;
    f.pixel_ratio = ratio_;
    f.layout = embedded_ ? "embed" : narrow_ ? "narrow" : "wide";
    auto rect = [&](ImVec2 min, ImVec2 max) {
        return ScreenFacts::Rect{min.x / ratio_, min.y / ratio_, (max.x - min.x) / ratio_, (max.y - min.y) / ratio_};
    };
    f.timeline = rect(timeline_min_, timeline_max_);
    f.added_button = rect(added_button_min_, added_button_max_);
    f.remove_all = rect(remove_all_min_, remove_all_max_);
    f.share_button = rect(share_button_min_, share_button_max_);
    f.playhead_x = (timeline_min_.x + model_.view().x_of(model_.playhead())) / ratio_;
    f.overview = rect(overview_min_, overview_max_);
    f.overview_days = overview_map_.axis_to() - overview_map_.axis_from();
    f.brush_x = (overview_min_.x + brush_x0_) / ratio_;
    f.brush_width = (brush_x1_ - brush_x0_) / ratio_;
    f.hint = hint_ && !embedded_;
    if (f.hint) f.hint_button = rect(hint_button_min_, hint_button_max_);
    f.tab = narrow_ && model_.article_event() < 0 ? (tab_ == 0 ? "event" : tab_ == 1 ? "list" : "map") : nullptr;
    f.scroll.reading = reading_scroll_;
    f.scroll.list = list_scroll_;
    f.scroll.article = article_scroll_;
    f.wanted_height = wanted_height_;
    // The named controls drawn this frame (accessibility_view.cpp notes them for the mirror).
    for (const ControlRect& c : controls_)
        if (c.visible) f.controls.emplace_back(c.name, rect(c.min, c.max));
    f.markers_visible = markers_.markers.size();
    if (map_shown_) {
        f.map = rect(map_min_, map_max_);
        f.map_hovered = map_hovered_;
        f.map_dots.reserve(map_dots_.size());
        for (const MapPoint& d : map_dots_) f.map_dots.push_back({(map_min_.x + d.x) / ratio_, (map_min_.y + d.y) / ratio_});
        f.map_drawn = map_drawn_;
    }
    f.map_tab = rect(map_tab_min_, map_tab_max_);
    for (const Marker& m : markers_.markers) f.markers_merged += m.count > 1;
    f.reading = reading_facts_;
    if (!model_.choices().empty()) f.choices = rect(choices_min_, choices_max_);
    f.list_rows = list_rows_;
    return f;
}

std::string App::markers_json() const {
    using Json = nlohmann::ordered_json;
    Json out = Json::array();
    const float lane_height = (lanes_bottom_ - lanes_top_) / static_cast<float>(std::max<size_t>(1, model_.lanes().lanes.size()));
    for (const Marker& m : markers_.markers) {
        Json j;
        j["x"] = (timeline_min_.x + (m.x0 + m.x1) / 2) / ratio_;
        j["y"] = (lanes_top_ + lane_height * (static_cast<float>(m.lane) + 0.5f)) / ratio_;
        j["span"] = m.span;
        j["key"] = m.key;  // it holds a key event
        if (const size_t i = static_cast<size_t>(&m - markers_.markers.data()); i < marker_boxes_.size()) {  // as drawn, rings included
            const ImVec4& b = marker_boxes_[i];
            j["box"] = {{"x", b.x / ratio_}, {"y", b.y / ratio_}, {"width", (b.z - b.x) / ratio_}, {"height", (b.w - b.y) / ratio_}};
        }
        j["events"] = Json::array();
        j["dates"] = Json::array();  // each event's first day, in the same order
        for (const int* e = markers_.begin(m); e != markers_.end(m); ++e) {
            if (*e >= static_cast<int>(model_.timeline().events.size())) continue;  // (an edit since this frame drew may have taken events out)
            j["events"].push_back(model_.timeline().events[*e].id);
            j["dates"].push_back(to_iso(civil_from_days(model_.timeline().events[*e].first_day)));
        }
        out.push_back(std::move(j));
    }
    return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace dateline
