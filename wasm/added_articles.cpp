// The reader's own articles, as drawn: the header's "Add articles" button (or the progress of
// reading them), and the "Your articles" panel, which lists what was added, what each file gave
// and every problem, each naming its file; a file or all of them can be removed. What happens
// to the files is the model's (app_model.cpp, "Articles the reader adds").
#include <algorithm>
#include <cstdint>

#include "app.h"

namespace dateline {

namespace {

// Does a problem concern the file problems call `label` ("sources.json entry 4" concerns
// "sources.json")?
bool concerns(const Problem& p, std::string_view label) {
    return p.input == label || (p.input.starts_with(label) && p.input.substr(label.size()).starts_with(" entry "));
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// The header's button, the progress while reading, and the "Your articles" panel
// ---------------------------------------------------------------------------------------------

std::string App::added_button_label() const {
    return model_.added().empty() ? std::string(narrow_ ? "+ Articles" : "Add articles\xE2\x80\xA6")
                          : "Your articles (" + std::to_string(model_.added().size()) + ")";
}

float App::added_button_width() const {
    if (model_.reading()) return px(narrow_ ? 150 : 220);
    return ImGui::CalcTextSize(added_button_label().c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
}

void App::draw_added_button() {
    if (embedded_) return;  // an explainer's embed shows its own story
    if (model_.reading()) {
        const size_t done = model_.reading_done(), total = model_.reading_total();
        const float fraction = total == 0 ? 1.0f : static_cast<float>(done) / static_cast<float>(total);
        const std::string label = "Reading articles: " + std::to_string(done) + " of " + std::to_string(total);
        ImGui::ProgressBar(fraction, ImVec2(added_button_width(), 0), label.c_str());
        return;
    }
    const std::string label = added_button_label();
    const bool clicked = ImGui::Button(label.c_str());
    added_button_min_ = ImGui::GetItemRectMin();
    added_button_max_ = ImGui::GetItemRectMax();
    if (clicked) {
        if (model_.added().empty()) model_.pick_files();
        else model_.set_added_panel_open(!model_.added_panel_open());
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(model_.added().empty() ? "Add your own articles (.txt, or web pages saved as .html; a sources.json may give their outlets\n"
                                           "and dates); "
                                           "or drop the files on the page"
                                         : "The articles you added, and what came of them");
}

// "Ask the reader": an article in which no publication date was found gets one from the reader
// (typed in the page's form); one they gave can be changed. Relative dates ("on Wednesday") are
// then read against it.
void App::draw_added_date(size_t file, const Article& article) {
    const std::optional<CivilDate>& given = model_.added()[file].published;
    if (article.published && !given) return;
    ImGui::PushFont(fonts_.small);
    if (given) ImGui::TextDisabled("Published %s (the date you gave)", to_iso(*given).c_str());
    else ImGui::TextColored(ImVec4(0.62f, 0.16f, 0.10f, 1.0f), "No publication date found in it");
    ImGui::SameLine();
    if (ImGui::SmallButton(given ? "Change the date\xE2\x80\xA6" : "Give its date\xE2\x80\xA6"))
        model_.open_edit_form(AppModel::EditForm::Published, static_cast<int>(file));
    note_control("date-file-" + std::to_string(file));
    ImGui::PopFont();
}

void App::draw_added_panel() {
    const Timeline& timeline = model_.timeline();
    const std::vector<AppModel::Added>& added = model_.added();
    bool open = true;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = std::min(viewport->Size.x - px(24), px(460));
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x - width - px(12), viewport->Pos.y + px(narrow_ ? 48 : 88)));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, viewport->Size.y * 0.7f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, px(6));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(1.0f, 1.0f, 0.99f, 1.0f));
    if (ImGui::Begin("Your articles", &open,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoResize | ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushTextWrapPos(0);
        std::vector<NamedFile> files;
        for (const AppModel::Added& a : added) files.push_back({a.file.name, {}, 0});
        const std::vector<std::string> labels = labels_of(files);
        if (added.empty()) {
            ImGui::TextUnformatted("No articles added. Add .txt files or web pages saved as .html (and a sources.json giving their "
                                   "outlets and publication dates), or drop them on the page.");
        } else {
            const int storage = model_.storage();
            ImGui::TextDisabled("%s", storage == 1   ? "Kept in this browser until you remove them."
                                      : storage == 0 ? ("Not kept: they will be gone when the page is closed (" + model_.storage_why() + ").").c_str()
                                                      : "");
            // Each added file: the article it gave (title, events) and what it gave to say.
            std::vector<size_t> events_of(timeline.articles.size(), 0);
            for (const Event& e : timeline.events)
                for (const EventSource& s : e.sources) ++events_of[s.article];
            for (size_t i = 0; i < added.size(); ++i) {
                ImGui::PushID(static_cast<int>(i));
                ImGui::Separator();
                ImGui::PushFont(fonts_.title);
                ImGui::TextUnformatted(labels[i].c_str());
                ImGui::PopFont();
                ImGui::SameLine();
                ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize("Remove").x -
                                     ImGui::GetStyle().FramePadding.x * 2);
                const bool remove = ImGui::SmallButton("Remove");
                note_control("remove-" + std::to_string(i));
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("Take this file off the timeline (and out of this browser)");
                for (uint32_t a = static_cast<uint32_t>(model_.bundled_articles()); a < timeline.articles.size(); ++a)
                    if (timeline.labels[a] == labels[i]) {
                        ImGui::Text("\xE2\x80\x9C%s\xE2\x80\x9D: %zu event%s", timeline.articles[a].title.c_str(), events_of[a],
                                    events_of[a] == 1 ? "" : "s");
                        draw_added_date(i, timeline.articles[a]);
                    }
                for (const Problem& p : model_.added_problems())
                    if (concerns(p, labels[i])) {
                        const bool skipped = p.severity == Problem::Severity::Skipped;
                        ImGui::PushStyleColor(ImGuiCol_Text, skipped ? ImVec4(0.62f, 0.16f, 0.10f, 1.0f) : ImVec4(0.38f, 0.38f, 0.40f, 1.0f));
                        if (p.input == labels[i]) ImGui::TextWrapped("%s", p.message.c_str());
                        else ImGui::TextWrapped("%s: %s", p.input.c_str() + labels[i].size() + 1, p.message.c_str());  // "entry 4: ..."
                        ImGui::PopStyleColor();
                    }
                ImGui::PopID();
                if (remove) {
                    model_.remove_added(i);
                    break;
                }
            }
        }
        // Files that were not added at all (refused, unreadable), and what concerns no one file.
        bool first = true;
        for (const Problem& p : model_.added_problems()) {
            bool of_a_file = false;
            for (const std::string& label : labels) of_a_file |= concerns(p, label);
            if (of_a_file) continue;
            if (first) ImGui::Separator();
            first = false;
            const bool skipped = p.severity == Problem::Severity::Skipped;
            ImGui::PushStyleColor(ImGuiCol_Text, skipped ? ImVec4(0.62f, 0.16f, 0.10f, 1.0f) : ImVec4(0.38f, 0.38f, 0.40f, 1.0f));
            ImGui::TextWrapped("%s: %s", p.input.c_str(), p.message.c_str());
            ImGui::PopStyleColor();
        }
        ImGui::PopTextWrapPos();
        ImGui::Separator();
        if (ImGui::Button("Add articles\xE2\x80\xA6")) model_.pick_files();
        note_control("add-more");
        if (!model_.added().empty()) {
            ImGui::SameLine();
            const bool remove_all = ImGui::Button("Remove all");
            remove_all_min_ = ImGui::GetItemRectMin();
            remove_all_max_ = ImGui::GetItemRectMax();
            note_control("remove-all");
            if (remove_all) model_.remove_added(SIZE_MAX);
        }
        ImGui::SameLine();
        if (ImGui::Button("Close")) open = false;
        note_control("close-added");
    }
    ImGui::End();
    if (!open) model_.set_added_panel_open(false);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(2);
}

}  // namespace dateline
