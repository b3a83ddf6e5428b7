// AppModel's publishing (app_model.h, "Publishing"): reading a published page's data at start,
// the exports of the corrected timeline, the page saved with the reader's material, and the
// print layout's data. Plain C++, tested natively (tests/app/app_publishing_test.cpp).
#include <nlohmann/json.hpp>

#include "app_model.h"
#include "bundled_reading.h"
#include "calendar.h"
#include "timeline_export.h"

namespace dateline {

void AppModel::load_publication(const std::string& folder, std::string_view publication_json) {
    load_publication(bundled_files_in(folder), publication_json);
}

void AppModel::load_publication(const std::vector<NamedFile>& bundled, std::string_view publication_json) {
    Problems problems;
    const std::string name = "the page's publication data";
    std::optional<Publication> publication = parse_publication(publication_json, name, problems);
    if (!publication) {
        for (const Problem& p : problems) errors_.push_back(p.input + ": " + p.message + "; the engine's bundled articles are shown instead");
        load_articles(bundled);
        return;
    }
    published_ = true;
    published_bundled_ = publication->bundled;
    published_files_ = publication->files;
    history_ = EditHistory(publication->edits);  // applied once the timeline is built (start_story)
    Story story;
    if (publication->story) story = parse_story(*publication->story, "the page's story", problems);
    else if (publication->bundled) story = read_bundled_story(bundled, problems);
    GatheredInputs inputs;
    if (publication->bundled) inputs = gather_bundled_inputs(bundled);
    GatheredInputs own = gather_article_inputs(publication->files);
    for (ArticleInput& in : own.articles) inputs.articles.push_back(std::move(in));
    for (Problem& p : own.problems) inputs.problems.push_back(std::move(p));
    start_story(std::move(story), problems, std::move(inputs));
}

std::string AppModel::export_text(std::string_view format) const {
    ExportOptions options;
    options.title = story_.title;
    options.description = story_.description;
    options.explain = format == "json";  // with passages and text hashes, as `export --format json --explain`
    const Event* first = timeline_.events.data();
    const size_t count = timeline_.events.size();
    options.lane = [this, first, count](const Event& e) {
        const ptrdiff_t i = &e - first;
        if (i < 0 || static_cast<size_t>(i) >= count || static_cast<size_t>(i) >= lanes_.of_event.size()) return std::string();
        return lanes_.lanes[lanes_.of_event[i]].name;
    };
    if (format == "timelinejs") return timelinejs_json(timeline_, outcome_, options) + "\n";
    if (format == "csv") return timelinejs_csv(timeline_, outcome_, options);
    return dateline_json(timeline_, outcome_, options) + "\n";
}

void AppModel::download_export(std::string_view format) {
    if (format == "timelinejs") host_.download("timeline-timelinejs.json", "application/json", export_text(format));
    else if (format == "csv") host_.download("timeline.csv", "text/csv", export_text(format));
    else host_.download("timeline-dateline.json", "application/json", export_text("json"));
}

Publication AppModel::publication(bool include_bundled) const {
    Publication p;
    p.generator = "Dateline (Save as page)";
    p.bundled = include_bundled || published_bundled_;
    if (p.bundled || published_) {  // the story's settings belong to the articles the page holds
        p.story = story_document_json(story_);
    } else {
        Story set;  // only what the author set: the bundled story's settings stay with its articles
        for (const std::string& name : story_changes()) {
            if (name == "title") set.title = story_.title;
            else if (name == "description") set.description = story_.description;
            else if (name == "credit") set.credit = story_.credit;
            else if (name == "lanes") set.lanes = story_.lanes;
            else if (name == "view") set.view_from = story_.view_from, set.view_to = story_.view_to;
        }
        p.story = story_document_json(set);
    }
    p.edits = history_.edits();
    p.files = published_files_;
    for (const Added& a : added_) p.files.push_back(a.file);
    return p;
}

std::string AppModel::publication_page(std::string_view engine, bool include_bundled, std::string& why) const {
    why = why_not_engine_page(engine);
    if (!why.empty()) return {};
    return publish_page(engine, publication(include_bundled));
}

std::string AppModel::print_document() const {
    using Json = nlohmann::ordered_json;
    Json doc;
    doc["title"] = story_.title;
    doc["description"] = story_.description;
    doc["credit"] = story_.credit;
    doc["lanes"] = Json::array();
    std::vector<Json> lanes(lanes_.lanes.size(), Json::array());
    std::vector<int> shown = shown_;
    if (filter_.empty() || filter_dirty_) {  // every event (the filter's list may not be made yet)
        shown.clear();
        for (size_t i = 0; i < timeline_.events.size(); ++i)
            if (event_matches(timeline_, timeline_.events[i], filter_)) shown.push_back(static_cast<int>(i));
    }
    for (int i : shown) {  // events are in date order already
        const Event& e = timeline_.events[i];
        Json event;
        event["id"] = e.id;
        event["date"] = event_date_words(e);
        event["headline"] = e.title;
        const EventMarks* marks = static_cast<size_t>(i) < outcome_.marks.size() ? &outcome_.marks[i] : nullptr;
        event["note"] = marks ? marks->note : std::string();
        event["key"] = marks && marks->key;
        event["sources"] = Json::array();
        for (size_t s = 0; s < e.sources.size(); ++s) {
            const EventSource& src = e.sources[s];
            const Article& a = timeline_.articles[src.article];
            std::string passage(std::string_view(a.text.clean).substr(src.start, src.end - src.start));
            // The citation without its quoted passage (the layout shows the passage itself).
            std::string cite = citation(timeline_, e, s);
            if (const size_t nl = cite.find('\n'); nl != std::string::npos) cite.resize(nl);
            event["sources"].push_back({{"passage", passage}, {"citation", cite}});
        }
        const size_t lane = static_cast<size_t>(i) < lanes_.of_event.size() ? static_cast<size_t>(lanes_.of_event[i]) : 0;
        if (lane < lanes.size()) lanes[lane].push_back(std::move(event));
    }
    for (size_t l = 0; l < lanes_.lanes.size(); ++l)
        if (!lanes[l].empty()) doc["lanes"].push_back({{"name", lanes_.lanes[l].name}, {"events", std::move(lanes[l])}});
    return doc.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace dateline
