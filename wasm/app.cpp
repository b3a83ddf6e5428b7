#include "app.h"

#include <nlohmann/json.hpp>

#include "article_inputs.h"
#include "calendar.h"

namespace dateline {

// ---------------------------------------------------------------------------------------------
// Style: ink on warm paper, readable in a bright classroom
// ---------------------------------------------------------------------------------------------

void App::style(ImGuiStyle& s) {
    ImGui::StyleColorsLight(&s);
    s.WindowPadding = ImVec2(16, 14);
    s.FramePadding = ImVec2(8, 5);
    s.ItemSpacing = ImVec2(10, 8);
    s.CellPadding = ImVec2(8, 6);
    s.WindowRounding = 0;
    s.FrameRounding = 4;
    s.ScrollbarSize = 14;
    s.WindowBorderSize = 0;
    ImVec4* c = s.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.96f, 0.95f, 0.93f, 1.0f);
    c[ImGuiCol_Text] = ImVec4(0.11f, 0.11f, 0.12f, 1.0f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.40f, 0.40f, 0.42f, 1.0f);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.88f, 0.86f, 0.82f, 1.0f);
    c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(0.0f, 0.0f, 0.0f, 0.03f);
    c[ImGuiCol_Header] = ImVec4(0.78f, 0.30f, 0.18f, 0.20f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.78f, 0.30f, 0.18f, 0.30f);
    c[ImGuiCol_HeaderActive] = ImVec4(0.78f, 0.30f, 0.18f, 0.40f);
}

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

void App::load_articles(const std::string& folder) {
    GatheredInputs inputs = gather_article_inputs({folder});
    timeline_ = build_timeline(std::move(inputs.articles), std::move(inputs.problems));
    for (const Problem& p : timeline_.problems)
        if (p.severity == Problem::Severity::Skipped) errors_.push_back(p.input + ": " + p.message);
    ready_ = true;
}

// ---------------------------------------------------------------------------------------------
// Drawing
// ---------------------------------------------------------------------------------------------

namespace {

std::string long_date(const std::optional<CivilDate>& date) {
    static const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                    "July",    "August",   "September", "October", "November", "December"};
    if (!date) return "date unknown";
    return std::to_string(date->day) + " " + kMonths[date->month - 1] + " " + std::to_string(date->year);
}

}  // namespace

void App::draw() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("Dateline", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PushFont(title_font_);
    ImGui::TextUnformatted("Dateline");
    ImGui::PopFont();
    ImGui::TextDisabled("The fall of the Islamic State's territory, June 2017 to March 2019, from the news");
    ImGui::Spacing();
    draw_articles();
    draw_problems();
    ImGui::End();
}

void App::draw_articles() {
    ImGui::Text("%zu articles", timeline_.articles.size());
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp |
                                  ImGuiTableFlags_ScrollY;
    const float height = ImGui::GetContentRegionAvail().y - (errors_.empty() ? 0.0f : ImGui::GetFrameHeightWithSpacing() * 4);
    if (!ImGui::BeginTable("articles", 3, flags, ImVec2(0, std::max(height, ImGui::GetFrameHeight() * 4)))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Outlet", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Published", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    for (const Article& a : timeline_.articles) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", a.title.c_str());
        ImGui::TableNextColumn();
        if (a.outlet) ImGui::TextWrapped("%s", a.outlet->c_str());
        else ImGui::TextDisabled("outlet unknown");
        ImGui::TableNextColumn();
        const std::string date = long_date(a.published);
        if (a.published) ImGui::TextWrapped("%s", date.c_str());
        else ImGui::TextDisabled("%s", date.c_str());
    }
    ImGui::EndTable();
}

void App::draw_problems() {
    if (errors_.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.62f, 0.16f, 0.10f, 1.0f));
    for (const std::string& e : errors_) ImGui::TextWrapped("%s", e.c_str());
    ImGui::PopStyleColor();
}

// ---------------------------------------------------------------------------------------------
// State for JavaScript
// ---------------------------------------------------------------------------------------------

std::string App::state_json(unsigned long frames_drawn, float pixel_ratio) const {
    nlohmann::ordered_json j;
    j["ready"] = ready_;
    j["articles"] = timeline_.articles.size();
    j["events"] = 0;
    j["selected"] = nullptr;
    j["playhead"] = nullptr;
    j["view"] = nullptr;
    j["errors"] = errors_;
    j["frames"] = frames_drawn;
    j["pixelRatio"] = pixel_ratio;
    return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace dateline
