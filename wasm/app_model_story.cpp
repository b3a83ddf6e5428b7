// The story's settings set in the page (issue 10, "a reader's story has its own, edited in the
// page"), and the merge search over every event.
//
// Settings travel as a story document (core/story.h, the story file's schema), read by the same
// parse_story as the CLI's --story file: what the page applies, keeps in the browser, saves with
// the page and exports is what the CLI would make of that file. A change of settings is a step of
// the same history as the corrections, so Undo takes back whichever came last.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <nlohmann/json.hpp>

#include "app_model.h"
#include "calendar.h"

namespace dateline {

namespace {

std::string trimmed_text(const std::string& text) {
    const size_t a = text.find_first_not_of(" \n\r\t"), b = text.find_last_not_of(" \n\r\t");
    return a == std::string::npos ? std::string() : text.substr(a, b - a + 1);
}

// What the form says of a view day that is not a date, or nothing when it is one.
std::string view_day_problem(const nlohmann::json& view, const char* key, const char* which) {
    const std::string written = view.contains(key) && view[key].is_string() ? view[key].get<std::string>() : std::string();
    if (parse_iso_date(written)) return {};
    if (written.empty()) return std::string("The view's ") + which + " day is missing: write it as 2017-06-01";
    return std::string("The view's ") + which + " day \u201C" + written + "\u201D is not a date: write it as 2017-06-01";
}

// Lower case, ASCII letters only (headlines and dates are matched without regard to case).
std::string folded(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : text + " ") {
        if (c == ' ' || c == '\t' || c == '\n' || c == ',') {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    return words;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// The settings
// ---------------------------------------------------------------------------------------------

std::vector<std::string> changed_settings(const Story& own, const Story& now) {
    std::vector<std::string> changed;
    if (own.title != now.title) changed.push_back("title");
    if (own.description != now.description) changed.push_back("description");
    if (own.credit != now.credit) changed.push_back("credit");
    if (own.lanes.by != now.lanes.by || own.lanes.most != now.lanes.most) changed.push_back("lanes");
    if (own.view_from != now.view_from || own.view_to != now.view_to) changed.push_back("view");
    return changed;
}

void AppModel::use_own_story() {
    if (story_changes().empty()) return;
    set_story_settings(story_document_json(own_story_));  // a step like any change of settings
}

std::string AppModel::set_story_settings(const std::string& document) {
    const nlohmann::json doc = nlohmann::json::parse(document, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded() || !doc.is_object()) return "The story's settings could not be read";
    // The view in the form's words first (parse_story would fall back to the events' view).
    if (doc.contains("view") && !doc["view"].is_null()) {
        const nlohmann::json& view = doc["view"];
        if (!view.is_object()) return "The view is not a first and a last day";
        if (std::string p = view_day_problem(view, "from", "first"); !p.empty()) return p;
        if (std::string p = view_day_problem(view, "to", "last"); !p.empty()) return p;
        if (days_from_civil(*parse_iso_date(view["to"].get<std::string>())) < days_from_civil(*parse_iso_date(view["from"].get<std::string>())))
            return "The view's last day comes before its first day";
    }
    Problems problems;
    Story story = parse_story(document, "The story's settings", problems);
    if (!problems.empty()) return "The story's settings: " + problems.front().message;
    story.title = trimmed_text(story.title);
    story.description = trimmed_text(story.description);
    story.credit = trimmed_text(story.credit);
    if (story_document_json(story) == story_document_json(story_)) return {};  // nothing changed
    story_done_.push_back({story_, story});
    story_undone_.clear();
    done_steps_.push_back(Step::Story);
    undone_steps_.clear();
    history_ = EditHistory(history_.edits());  // a new step: the undone corrections cannot come back
    apply_story(std::move(story), true);
    show_notice("Story settings saved (Undo takes them back)");
    return {};
}

void AppModel::apply_story(Story story, bool store, bool move_view) {
    const bool new_view = move_view && (story.view_from != story_.view_from || story.view_to != story_.view_to);
    story_ = std::move(story);
    host_.set_title(story_.title.empty() ? std::string("Dateline") : "Dateline: " + story_.title);
    build_boxes();  // the lanes by the new rule
    refilter();
    if (new_view) {  // the opening view the author chose, shown at once (or the whole story)
        if (const auto v = story_.view_from ? opening_view(story_, timeline_.events) : std::nullopt) {
            if (reduced_motion_) view_.set_range(static_cast<double>(v->first), static_cast<double>(v->last + 1));
            else view_.glide_to(static_cast<double>(v->first), static_cast<double>(v->last + 1));
        } else if (const ViewRange r = whole_story_range(view_, boxes_); r.to > r.from) {
            if (reduced_motion_) view_.set_range(r.from, r.to);
            else view_.glide_to(r.from, r.to);
        }
        mark_moved();
    }
    if (store) host_.store_story(story_document_json(story_));
}

void AppModel::open_story_form() { host_.open_story_form(story_document_json(story_)); }

void AppModel::restore_story(const std::string& document) {
    if (document.empty()) return;
    Problems problems;
    const std::string name = "The story settings kept in this browser";
    Story story = parse_story(document, name, problems);
    bool unusable = false;
    for (const Problem& p : problems) {
        std::string message = p.message;
        if (p.severity == Problem::Severity::Skipped) {
            unusable = true;
            const std::string defaults = "; the story's settings are the defaults";
            if (message.size() > defaults.size() && message.ends_with(defaults)) message.resize(message.size() - defaults.size());
            message += "; the story's own settings are shown, and what was kept stays as it was until you change the settings";
        }
        edit_problems_.push_back(p.input + " " + message);
    }
    if (unusable) {
        show_notice("The story settings kept in this browser could not be read (Edit shows why)");
        return;
    }
    apply_story(std::move(story), false, !view_set_);  // as it was kept: nothing written; a link's view stays
}

bool AppModel::undo_story() {
    StoryChange change = std::move(story_done_.back());
    story_done_.pop_back();
    done_steps_.pop_back();
    apply_story(change.before, true);
    story_undone_.push_back(std::move(change));
    undone_steps_.push_back(Step::Story);
    show_notice("Undone: the story's settings");
    return true;
}

bool AppModel::redo_story() {
    StoryChange change = std::move(story_undone_.back());
    story_undone_.pop_back();
    undone_steps_.pop_back();
    apply_story(change.after, true);
    story_done_.push_back(std::move(change));
    done_steps_.push_back(Step::Story);
    show_notice("Redone: the story's settings");
    return true;
}

void AppModel::edit_done() {
    done_steps_.push_back(Step::Edit);
    undone_steps_.clear();
    story_undone_.clear();
}

// ---------------------------------------------------------------------------------------------
// Merge with any event
// ---------------------------------------------------------------------------------------------

void AppModel::open_merge_search(int event) {
    if (!valid_event(event)) return;
    const Event& e = timeline_.events[event];
    merge_target_ = anchor_of(timeline_, e.sources.front());
    host_.open_merge_search(e.title);
}

std::vector<int> AppModel::merge_search(const std::string& query, size_t most) const {
    const int target = anchor_source(timeline_, merge_target_).event;
    if (target < 0) return {};
    const std::vector<std::string> words = words_of(folded(query));
    std::vector<int> found;
    for (size_t i = 0; i < timeline_.events.size(); ++i) {
        const int event = static_cast<int>(i);
        if (event == target) continue;
        const Event& e = timeline_.events[i];
        const std::string haystack = folded(e.title + " " + date_words(event) + " " + to_iso(civil_from_days(e.first_day)));
        if (std::all_of(words.begin(), words.end(), [&](const std::string& w) { return haystack.find(w) != std::string::npos; }))
            found.push_back(event);
    }
    const int64_t day = timeline_.events[static_cast<size_t>(target)].first_day;
    auto distance = [&](int event) { return std::llabs(timeline_.events[static_cast<size_t>(event)].first_day - day); };
    std::stable_sort(found.begin(), found.end(), [&](int a, int b) { return distance(a) < distance(b); });
    if (found.size() > most) found.resize(most);
    return found;
}

std::string AppModel::merge_search_json(const std::string& query, size_t most) const {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (int event : merge_search(query, most))
        out.push_back({{"event", event}, {"date", date_words(event)}, {"headline", timeline_.events[static_cast<size_t>(event)].title}});
    return out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

void AppModel::merge_chosen(int other) {
    const int target = anchor_source(timeline_, merge_target_).event;
    if (target >= 0) merge_events(target, other);
}

}  // namespace dateline
