// Articles the reader adds: a teacher's own clippings, a pupil's find. They join the bundled ones
// on one timeline (an event both report is one event with both sources).
//
// The page hands the files over (browser_api.js: dropped on the page or chosen with "Add
// articles..."), keeps them in the browser's storage and hands them back at the next visit, so
// nothing a reader added is lost on reload. Here:
//   - add_file() takes one file, within bounds (kMostAddedFiles, kMostAddedBytes; an article
//     itself is read up to kLargestArticleBytes by the core);
//   - files_added() ends a batch and starts rebuilding the timeline from the bundled articles
//     and every added one. The rebuild reads a few articles per frame (a frame's budget), so the
//     page keeps drawing and shows its progress; the old timeline stays on screen meanwhile;
//   - the "Your articles" panel lists what was added, what each file gave, and every problem,
//     each naming its file; a file or all of them can be removed.
#include <emscripten.h>

#include <algorithm>
#include <cstdint>
#include <set>

#include "app.h"

namespace dateline {

namespace {

std::string megabytes(size_t bytes) { return std::to_string((bytes + 512 * 1024) / (1024 * 1024)) + " MB"; }

// Does a problem concern the file problems call `label` ("sources.json entry 4" concerns
// "sources.json")?
bool concerns(const Problem& p, std::string_view label) {
    return p.input == label || (p.input.starts_with(label) && p.input.substr(label.size()).starts_with(" entry "));
}

}  // namespace

bool App::add_file(std::string name, std::string bytes, uint64_t full_size, double key) {
    if (!batch_open_) {  // a new batch: the previous one's refusals have been shown
        intake_problems_.clear();
        batch_open_ = true;
    }
    if (name.empty()) name = "unnamed file";
    if (added_.size() >= kMostAddedFiles) {
        intake_problems_.push_back({name, "not added: " + std::to_string(kMostAddedFiles) +
                                              " files are already added, the most this page keeps",
                                    Problem::Severity::Skipped});
        return false;
    }
    if (added_bytes_ + bytes.size() > kMostAddedBytes) {
        intake_problems_.push_back({name, "not added: the added files already hold " + megabytes(added_bytes_) +
                                              ", and this page keeps at most " + megabytes(kMostAddedBytes),
                                    Problem::Severity::Skipped});
        return false;
    }
    added_bytes_ += bytes.size();
    added_.push_back({NamedFile{std::move(name), std::move(bytes), full_size}, key});
    return true;
}

void App::file_unreadable(const std::string& name, const std::string& why) {
    if (!batch_open_) {
        intake_problems_.clear();
        batch_open_ = true;
    }
    intake_problems_.push_back({name.empty() ? "unnamed file" : name, why + "; skipped", Problem::Severity::Skipped});
}

void App::files_added(bool restored) {
    batch_open_ = false;
    restored_batch_ = restored;
    start_rebuild();
}

// Rebuilding: the bundled articles, then the added ones, read a few per frame.
void App::start_rebuild() {
    GatheredInputs added = gather_article_inputs([&] {
        std::vector<NamedFile> files;
        for (const Added& a : added_) files.push_back(a.file);
        return files;
    }());
    Problems carried = bundled_problems_;
    added_labels_.clear();
    for (const Problem& p : intake_problems_) added_labels_.push_back(p.input);
    for (const Problem& p : added.problems) added_labels_.push_back(p.input);
    for (const ArticleInput& in : added.articles) added_labels_.push_back(in.label);
    carried.insert(carried.end(), intake_problems_.begin(), intake_problems_.end());
    carried.insert(carried.end(), added.problems.begin(), added.problems.end());
    builder_ = std::make_unique<TimelineBuilder>(std::move(carried));
    queue_ = bundled_;
    queue_bundled_ = bundled_.size();
    for (ArticleInput& in : added.articles) queue_.push_back(std::move(in));
    queue_next_ = 0;
    queue_total_ = queue_.size();
    bundled_read_ = 0;
}

// A frame's share of the reading: articles until about 12 ms have passed (at least one; one
// article is at most kLargestArticleBytes, read in well under a second).
void App::read_some() {
    const double start = emscripten_get_now();
    do {
        builder_->add(std::move(queue_[queue_next_]));
        queue_[queue_next_] = ArticleInput{};
        ++queue_next_;
        if (queue_next_ == queue_bundled_) bundled_read_ = builder_->articles_read();
    } while (queue_next_ < queue_.size() && emscripten_get_now() - start < 12.0);
    if (queue_next_ >= queue_.size()) finish_rebuild();
}

void App::finish_rebuild() {
    if (queue_bundled_ == queue_.size()) bundled_read_ = builder_->articles_read();
    const std::string selected_id = selected_ >= 0 ? timeline_.events[selected_].id : std::string();
    const std::string open_article_event = article_event_ >= 0 ? timeline_.events[article_event_].id : std::string();
    timeline_ = builder_->finish();
    builder_.reset();
    queue_.clear();
    queue_next_ = 0;
    build_boxes();
    filter_dirty_ = true;
    // The reader stays where they were: the same event if it is still there, else the event at
    // the playhead.
    selected_ = selected_id.empty() ? -1 : find_event(timeline_, selected_id);
    if (selected_ < 0) selected_ = event_at(timeline_, static_cast<int64_t>(std::floor(playhead_)));
    if (selected_ < 0 && !timeline_.events.empty()) selected_ = 0;
    article_event_ = open_article_event.empty() ? -1 : find_event(timeline_, open_article_event);
    if (article_event_ < 0) article_source_ = -1;
    scroll_list_to_selection_ = true;

    const std::set<std::string, std::less<>> labels(added_labels_.begin(), added_labels_.end());
    added_problems_.clear();
    for (const Problem& p : timeline_.problems)
        if (labels.count(p.input)) added_problems_.push_back(p);
    size_t articles = timeline_.articles.size() - bundled_read_, skipped = 0;
    for (const Problem& p : added_problems_) skipped += p.severity == Problem::Severity::Skipped;
    if (restored_batch_) {
        if (!added_.empty())
            show_notice("Your " + std::to_string(articles) + " added article" + (articles == 1 ? " is" : "s are") +
                        " back on the timeline");
    } else {
        added_panel_open_ = true;  // show what came of it, problems included
        show_notice("Read " + std::to_string(articles) + " added article" + (articles == 1 ? "" : "s") +
                    (skipped ? "; " + std::to_string(skipped) + " problem" + (skipped == 1 ? "" : "s") + " (see Your articles)" : ""));
    }
    restored_batch_ = false;
}

void App::remove_added(size_t index) {
    if (builder_) return;  // not while reading
    std::vector<double> keys;
    if (index == SIZE_MAX) {
        for (const Added& a : added_) keys.push_back(a.key);
        added_.clear();
        added_bytes_ = 0;
    } else if (index < added_.size()) {
        keys.push_back(added_[index].key);
        added_bytes_ -= added_[index].file.bytes.size();
        added_.erase(added_.begin() + static_cast<std::ptrdiff_t>(index));
    }
    for (double key : keys)
        if (key > 0) EM_ASM({ if (Module.forgetAddedFile) Module.forgetAddedFile($0); }, key);
    intake_problems_.clear();
    restored_batch_ = true;  // no panel, no "read" notice: the reader is looking at the panel already
    start_rebuild();
}

// ---------------------------------------------------------------------------------------------
// The header's button, the progress while reading, and the "Your articles" panel
// ---------------------------------------------------------------------------------------------

std::string App::added_button_label() const {
    return added_.empty() ? std::string(narrow_ ? "+ Articles" : "Add articles\xE2\x80\xA6")
                          : "Your articles (" + std::to_string(added_.size()) + ")";
}

float App::added_button_width() const {
    if (builder_) return px(narrow_ ? 150 : 220);
    return ImGui::CalcTextSize(added_button_label().c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
}

void App::draw_added_button() {
    if (embedded_) return;  // an explainer's embed shows its own story
    if (builder_) {
        const float fraction = queue_.empty() ? 1.0f : static_cast<float>(queue_next_) / static_cast<float>(queue_.size());
        const std::string label = "Reading articles: " + std::to_string(queue_next_) + " of " + std::to_string(queue_.size());
        ImGui::ProgressBar(fraction, ImVec2(added_button_width(), 0), label.c_str());
        return;
    }
    const std::string label = added_button_label();
    const bool clicked = ImGui::Button(label.c_str());
    added_button_min_ = ImGui::GetItemRectMin();
    added_button_max_ = ImGui::GetItemRectMax();
    if (clicked) {
        if (added_.empty()) EM_ASM({ if (Module.pickFiles) Module.pickFiles(); });
        else added_panel_open_ = !added_panel_open_;
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(added_.empty() ? "Add your own articles (.txt, and a sources.json with their outlets and dates);\n"
                                           "or drop the files on the page"
                                         : "The articles you added, and what came of them");
}

void App::draw_added_panel() {
    if (!added_panel_open_ || embedded_) return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = std::min(viewport->Size.x - px(24), px(460));
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x - width - px(12), viewport->Pos.y + px(narrow_ ? 48 : 88)));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, viewport->Size.y * 0.7f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, px(6));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(1.0f, 1.0f, 0.99f, 1.0f));
    if (ImGui::Begin("Your articles", &added_panel_open_,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoResize | ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushTextWrapPos(0);
        std::vector<NamedFile> files;
        for (const Added& a : added_) files.push_back({a.file.name, {}, 0});
        const std::vector<std::string> labels = labels_of(files);
        if (added_.empty()) {
            ImGui::TextUnformatted("No articles added. Add .txt files (and a sources.json giving their outlets and "
                                   "publication dates), or drop them on the page.");
        } else {
            ImGui::TextDisabled("%s", storage_ == 1   ? "Kept in this browser until you remove them."
                                      : storage_ == 0 ? ("Not kept: they will be gone when the page is closed (" + storage_why_ + ").").c_str()
                                                      : "");
            // Each added file: the article it gave (title, events) and what it gave to say.
            std::vector<size_t> events_of(timeline_.articles.size(), 0);
            for (const Event& e : timeline_.events)
                for (const EventSource& s : e.sources) ++events_of[s.article];
            for (size_t i = 0; i < added_.size(); ++i) {
                ImGui::PushID(static_cast<int>(i));
                ImGui::Separator();
                ImGui::PushFont(fonts_.title);
                ImGui::TextUnformatted(labels[i].c_str());
                ImGui::PopFont();
                ImGui::SameLine();
                ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize("Remove").x -
                                     ImGui::GetStyle().FramePadding.x * 2);
                const bool remove = ImGui::SmallButton("Remove");
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("Take this file off the timeline (and out of this browser)");
                for (uint32_t a = static_cast<uint32_t>(bundled_read_); a < timeline_.articles.size(); ++a)
                    if (timeline_.labels[a] == labels[i])
                        ImGui::Text("\xE2\x80\x9C%s\xE2\x80\x9D: %zu event%s", timeline_.articles[a].title.c_str(), events_of[a],
                                    events_of[a] == 1 ? "" : "s");
                for (const Problem& p : added_problems_)
                    if (concerns(p, labels[i])) {
                        const bool skipped = p.severity == Problem::Severity::Skipped;
                        ImGui::PushStyleColor(ImGuiCol_Text, skipped ? ImVec4(0.62f, 0.16f, 0.10f, 1.0f) : ImVec4(0.38f, 0.38f, 0.40f, 1.0f));
                        if (p.input == labels[i]) ImGui::TextWrapped("%s", p.message.c_str());
                        else ImGui::TextWrapped("%s: %s", p.input.c_str() + labels[i].size() + 1, p.message.c_str());  // "entry 4: ..."
                        ImGui::PopStyleColor();
                    }
                ImGui::PopID();
                if (remove) {
                    remove_added(i);
                    break;
                }
            }
        }
        // Files that were not added at all (refused, unreadable), and what concerns no one file.
        bool first = true;
        for (const Problem& p : added_problems_) {
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
        if (ImGui::Button("Add articles\xE2\x80\xA6")) EM_ASM({ if (Module.pickFiles) Module.pickFiles(); });
        if (!added_.empty()) {
            ImGui::SameLine();
            const bool remove_all = ImGui::Button("Remove all");
            remove_all_min_ = ImGui::GetItemRectMin();
            remove_all_max_ = ImGui::GetItemRectMax();
            if (remove_all) remove_added(SIZE_MAX);
        }
        ImGui::SameLine();
        if (ImGui::Button("Close")) added_panel_open_ = false;
    }
    ImGui::End();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(2);
}

}  // namespace dateline
