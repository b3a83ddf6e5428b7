// The author's corrections, as drawn: the header's "Edit" switch with Undo and Redo, the editing
// controls of the current event in the reading panel (Rename, Date, Hide, Merge with..., Note,
// Key event; per source "Make its own event"), the note and key mark every reader sees, and the
// author's overview (hidden events, edits no longer found, storage, the story settings changed).
// Text is typed in the page's own form (editor.js: a <dialog> with real inputs, so phones open
// their keyboard and paste and input methods work); the buttons here open it through the model. What an edit does is the
// model's (app_model_edits.cpp).
#include <algorithm>
#include <string>

#include "app.h"

namespace dateline {

namespace {

// On the same line as the previous control when it fits, else on the next line.
void same_line_if_fits(const char* next_label) {
    const float width = ImGui::CalcTextSize(next_label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
    const float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width;
    if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
}

const ImVec4 kWarning(0.62f, 0.16f, 0.10f, 1.0f);
const ImVec4 kKeyColour(0.55f, 0.30f, 0.02f, 1.0f);

}  // namespace

// An edit changes the events the frame is drawing from: it is done once the frame is drawn.
void App::after_frame(std::function<void()> command) { after_frame_ = std::move(command); }

// ---------------------------------------------------------------------------------------------
// The header: the switch, Undo and Redo
// ---------------------------------------------------------------------------------------------

void App::draw_edit_switch() {
    if (embedded_) return;  // an embed shows its story as published
    const bool on = model_.editing();
    if (on) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.77f, 0.30f, 0.18f, 1.0f));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.70f, 0.26f, 0.15f, 1.0f));
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    if (ImGui::Button(on ? "Editing##edit" : "Edit##edit")) model_.set_editing(!on);
    if (on) ImGui::PopStyleColor(3);
    note_control("edit");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(on ? "Stop correcting (your corrections stay)" : "Correct this timeline: rename, redate, hide, merge, split, note, key events");
    if (!on) return;
    ImGui::SameLine();
    ImGui::BeginDisabled(!model_.can_undo());
    if (ImGui::Button("\xE2\x86\xB6 Undo")) after_frame([this] { model_.undo_edit(); });
    ImGui::EndDisabled();
    note_control("undo");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Undo the last correction (Ctrl+Z)");
    ImGui::SameLine();
    ImGui::BeginDisabled(!model_.can_redo());
    if (ImGui::Button("\xE2\x86\xB7 Redo")) after_frame([this] { model_.redo_edit(); });
    ImGui::EndDisabled();
    note_control("redo");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Redo (Ctrl+Shift+Z or Ctrl+Y)");
}

// Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (Cmd on a Mac), while editing and not typing.
bool App::edit_shortcut(const SDL_Keysym& key) {
    if (!model_.editing() || ImGui::GetIO().WantTextInput) return false;
    if (!(key.mod & (KMOD_CTRL | KMOD_GUI))) return false;
    if (key.scancode == SDL_SCANCODE_Z) {
        if (key.mod & KMOD_SHIFT) model_.redo_edit();
        else model_.undo_edit();
        return true;
    }
    if (key.scancode == SDL_SCANCODE_Y) {
        model_.redo_edit();
        return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// The reading panel
// ---------------------------------------------------------------------------------------------

// What every reader sees of the author's marks: a key event, and the note.
void App::draw_event_marks(int event) {
    if (model_.is_key(event)) {
        ImGui::PushFont(fonts_.small);
        ImGui::TextColored(kKeyColour, "\xE2\x96\xA0 Key event");
        ImGui::PopFont();
    }
    const std::string& note = model_.note_of(event);
    if (note.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1.0f, 0.95f, 0.80f, 1.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(px(8), px(6)));
    // Height from the wrapped text (a child window needs one).
    const float width = ImGui::GetContentRegionAvail().x;
    const float text_height = ImGui::CalcTextSize(note.c_str(), nullptr, false, width - px(16)).y + ImGui::GetTextLineHeightWithSpacing();
    ImGui::BeginChild("note", ImVec2(width, text_height + px(12)), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("Note");
    ImGui::TextUnformatted(note.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

// The editing controls of the current event.
void App::draw_edit_controls(int event) {
    if (!model_.editing()) return;
    draw_editing_overview();
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.93f, 0.88f, 0.80f, 1.0f));
    if (ImGui::Button("Rename\xE2\x80\xA6")) model_.open_edit_form(AppModel::EditForm::Rename, event);
    note_control("rename");
    same_line_if_fits("Date\xE2\x80\xA6");
    if (ImGui::Button("Date\xE2\x80\xA6")) model_.open_edit_form(AppModel::EditForm::Redate, event);
    note_control("date");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("A day, a week, a month, a year or a range");
    same_line_if_fits("Note\xE2\x80\xA6");
    if (ImGui::Button("Note\xE2\x80\xA6")) model_.open_edit_form(AppModel::EditForm::Note, event);
    note_control("note");
    const bool key = model_.is_key(event);
    const char* key_label = key ? "Unmark key event" : "Key event";
    same_line_if_fits(key_label);
    if (ImGui::Button(key_label)) after_frame([this, event, key] { model_.set_key(event, !key); });
    note_control("key");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Key events are drawn larger, and Play goes from key event to key event");
    same_line_if_fits("Merge with\xE2\x80\xA6");
    if (ImGui::Button("Merge with\xE2\x80\xA6")) ImGui::OpenPopup("merge");
    note_control("merge");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Another event reports the same thing: its sources join this one");
    same_line_if_fits("Hide");
    if (ImGui::Button("Hide")) after_frame([this, event] { model_.hide_event(event); });
    note_control("hide");
    ImGui::PopStyleColor();
    draw_merge_popup(event);
}

// Merge with...: the events around this one (the neighbours first), one click merges.
void App::draw_merge_popup(int event) {
    if (!ImGui::BeginPopup("merge")) return;
    const Timeline& timeline = model_.timeline();
    ImGui::TextDisabled("Merge with this event (its sources join \xE2\x80\x9C%s\xE2\x80\x9D):", timeline.events[event].title.c_str());
    // Any event at all: the page's search field (editor.js), by headline or date.
    if (ImGui::Selectable("Search every event by headline or date\xE2\x80\xA6##merge-search"))
        after_frame([this, event] { model_.open_merge_search(event); });
    note_control("merge-search");
    ImGui::Separator();
    int merged_with = -1;
    for (int other : merge_candidates(model_, event)) {
        const Event& o = timeline.events[other];
        const std::string label = (other < event ? "\xE2\x97\x80 " : "\xE2\x96\xB6 ") + model_.date_words(other) + ": " + o.title +
                                  "##merge" + std::to_string(other);
        if (ImGui::Selectable(label.c_str())) merged_with = other;
        if (other == event - 1) note_control("merge-previous");
        if (other == event + 1) note_control("merge-next");
    }
    ImGui::EndPopup();
    if (merged_with >= 0) after_frame([this, event, merged_with] { model_.merge_events(event, merged_with); });
}

// Per source of an event reported more than once: "Make its own event".
void App::draw_source_edit(int event, size_t source) {
    if (!model_.editing() || model_.timeline().events[event].sources.size() < 2) return;
    ImGui::SameLine();
    if (ImGui::SmallButton("Make its own event")) after_frame([this, event, source] { model_.split_source(event, static_cast<int>(source)); });
    note_control("split-" + std::to_string(source));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("This source reports another event: split it off");
}

// What the author should know while editing: where the corrections are kept, what the stored
// document could not give, edits no longer found, and the hidden events.
void App::draw_editing_overview() {
    // The story's own settings (title, description, credit, lanes, opening view): the page's form.
    if (ImGui::Button("Story settings\xE2\x80\xA6")) model_.open_story_form();
    note_control("story-settings");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The story's title, description, credit line, lanes and opening view");
    ImGui::PushFont(fonts_.small);
    ImGui::PushTextWrapPos(0);
    const size_t edits = model_.edit_history().edits().size();
    const std::vector<std::string> changed = model_.story_changes();
    const char* settings = changed.empty() ? "" : " and the story's settings";
    if (model_.edits_storage() == 0) {
        ImGui::TextColored(kWarning, "Your corrections%s will not be kept after this page closes: %s", settings,
                           model_.edits_storage_why().c_str());
    } else if (edits == 0 && !changed.empty()) {
        ImGui::TextDisabled("The story's settings changed%s", model_.edits_storage() == 1 ? ", kept in this browser" : "");
    } else {
        ImGui::TextDisabled("%zu correction%s%s%s", edits, edits == 1 ? "" : "s", settings,
                            model_.edits_storage() == 1 ? ", kept in this browser" : "");
    }
    if (!changed.empty()) {  // a change of settings is a change too, also one kept from an earlier visit
        std::string names;
        for (const std::string& name : changed) names += (names.empty() ? "" : ", ") + name;
        ImGui::BulletText("Changed: %s", names.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton("Use the story's own")) after_frame([this] { model_.use_own_story(); });
        note_control("own-story");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Back to the settings the story came with (Undo takes this back)");
    }
    for (const std::string& p : model_.edit_problems()) ImGui::TextColored(kWarning, "%s", p.c_str());
    const EditOutcome& outcome = model_.edit_outcome();
    if (!outcome.stale.empty()) {
        ImGui::TextColored(kWarning, "%zu correction%s no longer found in these articles:", outcome.stale.size(),
                           outcome.stale.size() == 1 ? " is" : "s are");
        for (const StaleEdit& s : outcome.stale) {  // wrapped: the message ends with the article's name
            ImGui::Bullet();
            ImGui::TextWrapped("%s", s.message.c_str());
        }
    }
    if (!outcome.hidden.empty()) {
        const std::string label = "Hidden (" + std::to_string(outcome.hidden.size()) + ")###hidden";
        if (ImGui::TreeNode(label.c_str())) {
            note_control("hidden");
            for (size_t i = 0; i < outcome.hidden.size(); ++i) {
                const Event& e = outcome.hidden[i];
                ImGui::PushID(static_cast<int>(i));
                if (ImGui::SmallButton("Show again")) after_frame([this, i] { model_.show_hidden(i); });
                note_control("show-" + std::to_string(i));
                ImGui::SameLine();
                ImGui::TextWrapped("%s: %s", event_date_words(e).c_str(), e.title.c_str());
                ImGui::PopID();
            }
            ImGui::TreePop();
        } else {
            note_control("hidden");
        }
    }
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
}

}  // namespace dateline
