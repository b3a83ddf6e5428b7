// "Share / export", as drawn: the header's button and its menu. Save as page (one HTML file with
// the engine, the articles, the story and the edits: publication.h), the exports of the corrected
// timeline (TimelineJS JSON, CSV in the TimelineJS sheet's columns, Dateline JSON), the print
// layout and a picture of the timeline. What each item does is the model's (app_publishing.cpp)
// and the page's (publish.js).
#include "app.h"

namespace dateline {

namespace {

constexpr const char* kShareLabel = "Share / export";
constexpr const char* kShareLabelNarrow = "Share";

}  // namespace

float App::share_button_width() const {
    if (embedded_) return 0;
    const ImGuiStyle& style = ImGui::GetStyle();
    float width = ImGui::CalcTextSize(narrow_ ? kShareLabelNarrow : kShareLabel).x + style.FramePadding.x * 2;
    return width;
}

void App::draw_share_button() {
    if (embedded_) return;
    // (A published page opens read-only; the header's Edit switch, editing_panel.cpp, turns
    // editing on.)
    if (ImGui::Button(narrow_ ? kShareLabelNarrow : kShareLabel)) ImGui::OpenPopup("share");
    share_button_min_ = ImGui::GetItemRectMin();
    share_button_max_ = ImGui::GetItemRectMax();
    if (ImGui::IsItemHovered() && !ImGui::IsPopupOpen("share"))
        ImGui::SetTooltip("Save this timeline as a page of its own, download it for TimelineJS or a spreadsheet, print it");
    if (!ImGui::BeginPopup("share")) return;
    ImGui::TextDisabled("A page of your own");
    if (ImGui::MenuItem("Save as page\xE2\x80\xA6")) model_.save_page(model_.save_with_bundled());
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("One HTML file with the timeline, your articles, the story and your corrections:\n"
                          "it opens from a USB stick or a school server with no network");
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, px(1));
    bool bundled = model_.save_with_bundled();  // the model's, which the mirror's menu item sets too
    if (ImGui::Checkbox("with the bundled articles", &bundled)) model_.set_save_with_bundled(bundled);
    note_control("share-bundled");  // where it is, for state().controls
    ImGui::PopStyleVar();
    ImGui::Separator();
    ImGui::TextDisabled("Download the timeline (with your corrections)");
    if (ImGui::MenuItem("TimelineJS (JSON)")) model_.download_export("timelinejs");
    if (ImGui::MenuItem("Spreadsheet (CSV, the TimelineJS sheet's columns)")) model_.download_export("csv");
    if (ImGui::MenuItem("Dateline JSON (with passages)")) model_.download_export("json");
    ImGui::Separator();
    if (ImGui::MenuItem("Print\xE2\x80\xA6")) model_.print();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Every event shown, by lane, with its sources: a handout");
    if (ImGui::MenuItem("Picture of the timeline (PNG)")) model_.save_picture();
    ImGui::EndPopup();
}

}  // namespace dateline
