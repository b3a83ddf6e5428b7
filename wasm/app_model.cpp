#include "app_model.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>

#include "bundled_reading.h"
#include "calendar.h"

namespace dateline {

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

void AppModel::load_articles(const std::vector<NamedFile>& bundled) {
    // The story's settings first (its lanes and opening view); a bad story file is said, and
    // the articles are read all the same.
    Problems story_problems;
    Story story = read_bundled_story(bundled, story_problems);
    start_story(std::move(story), story_problems, gather_bundled_inputs(bundled));
}

void AppModel::load_articles(const std::vector<NamedFile>& bundled, std::string_view bundled_reading, std::string_view bundled_inputs) {
    // The story and the articles' names and facts as the build gathered them (no JSON parsed);
    // when they do not fit the articles here, gathered from the files as below.
    if (std::optional<BundledInputs> b = read_bundled_inputs(bundled_inputs, bundled)) {
        if (std::optional<Timeline> read = read_bundled_reading(bundled_reading, b->inputs)) {
            start_story(std::move(b->story), b->story_problems, std::move(b->inputs), std::move(read));
            return;
        }
    }
    load_articles(bundled, bundled_reading);
}

void AppModel::load_articles(const std::vector<NamedFile>& bundled, std::string_view bundled_reading) {
    Problems story_problems;
    Story story = read_bundled_story(bundled, story_problems);
    GatheredInputs inputs = gather_bundled_inputs(bundled);
    std::optional<Timeline> read = read_bundled_reading(bundled_reading, inputs);
    start_story(std::move(story), story_problems, std::move(inputs), std::move(read));
}

void AppModel::load_articles(const std::string& folder) { load_articles(bundled_files_in(folder)); }

void AppModel::load_articles(const std::string& folder, std::string_view bundled_reading) {
    load_articles(bundled_files_in(folder), bundled_reading);
}

void AppModel::load_articles(const std::string& folder, std::string_view bundled_reading, std::string_view bundled_inputs) {
    load_articles(bundled_files_in(folder), bundled_reading, bundled_inputs);
}

void AppModel::start_story(Story story, const Problems& story_problems, GatheredInputs inputs, std::optional<Timeline> read) {
    story_ = std::move(story);
    own_story_ = story_;
    for (const Problem& p : story_problems) {
        if (p.severity == Problem::Severity::Skipped) errors_.push_back(p.input + ": " + p.message);
        else notices_.push_back(p.input + ": " + p.message);
    }
    if (!story_.title.empty()) host_.set_title("Dateline: " + story_.title);
    bundled_ = inputs.articles;  // kept: the timeline is rebuilt with them when articles are added
    bundled_problems_ = inputs.problems;
    timeline_ = read ? std::move(*read) : build_timeline(std::move(inputs.articles), std::move(inputs.problems));
    bundled_read_ = timeline_.articles.size();
    for (const Problem& p : timeline_.problems)
        if (p.severity == Problem::Severity::Skipped) errors_.push_back(p.input + ": " + p.message);
    draft_.reset();
    apply_edit_list();
    build_boxes();
    // The story's opening view: its file's, or the whole story with its long empty stretches
    // compressed (overview.h).
    if (story_.view_from && story_.view_to) {
        if (const auto v = opening_view(story_, timeline_.events))
            view_.set_range(static_cast<double>(v->first), static_cast<double>(v->last + 1));
    } else if (const ViewRange r = whole_story_range(view_, boxes_); r.to > r.from) {
        view_.set_range(r.from, r.to);
    }
    // The playhead starts on the first event of that view (the view itself stays put).
    int first = -1;
    for (size_t i = 0; i < timeline_.events.size() && first < 0; ++i)
        if (timeline_.events[i].first_day >= view_.from()) first = static_cast<int>(i);
    if (first >= 0) {
        selected_ = first;
        playhead_ = static_cast<double>(timeline_.events[first].first_day) + 0.5;
    } else {
        set_playhead(view_.from(), false);
    }
    url_dirty_ = false;  // the opening state is not a moment the reader chose
    ready_ = true;
}

void AppModel::set_story(Story story) {
    story_ = std::move(story);
    own_story_ = story_;
    if (!story_.title.empty()) host_.set_title("Dateline: " + story_.title);
    build_boxes();
}

// The events' lanes (by the story's rule), and one box per event, in the events' order, for the
// timeline's layout.
void AppModel::build_boxes() {
    lanes_ = lanes_of(timeline_.events, *timeline_.gazetteer, story_.lanes);
    map_places_ = gather_map_places(timeline_);
    if (place_filter_ >= 0 && std::none_of(map_places_.begin(), map_places_.end(), [&](const MapPlace& m) {
            return static_cast<int>(m.place) == place_filter_;
        }))
        place_filter_ = -1;  // its events are gone
    boxes_.clear();
    boxes_.reserve(timeline_.events.size());
    approximate_days_ = false;
    filter_dirty_ = true;  // the filter's boxes follow
    longest_ = 0;
    for (size_t i = 0; i < timeline_.events.size(); ++i) {
        const Event& e = timeline_.events[i];
        longest_ = std::max(longest_, static_cast<double>(e.last_day - e.first_day + 1));
        EventBox b;
        b.first_day = static_cast<double>(e.first_day);
        b.last_day = static_cast<double>(e.last_day);
        b.lane = lanes_.of_event[i];
        b.point = e.precision == Precision::Day;
        b.sources = static_cast<int>(e.sources.size());
        b.key = is_key(static_cast<int>(i));
        b.give_or_take_days = e.give_or_take_days;
        approximate_days_ |= e.give_or_take_days > 0;
        boxes_.push_back(b);
    }
    // The axis compresses the long stretches no event covers (overview.h); the visible days stay.
    view_.set_breaks(axis_breaks(boxes_));
    ++boxes_serial_;
}

// ---------------------------------------------------------------------------------------------
// Moving through the story
// ---------------------------------------------------------------------------------------------

void AppModel::select(int event, bool move_playhead) {
    if (event < 0 || event >= static_cast<int>(timeline_.events.size())) return;
    selected_ = event;
    choices_.clear();
    pending_link_.clear();  // the reader chose: a link still waiting for its event gives way
    if (move_playhead) {
        playhead_ = static_cast<double>(timeline_.events[event].first_day) + 0.5;
        // Keep the playhead in view: glide when it leaves the middle 80% of the range the view
        // is heading to (a zoom under way, as after a click on a counted circle, keeps its
        // width; judged by the range it leaves, a zoom would be undone by a pan).
        TimelineView target = view_;
        target.set_range(view_.target_from(), view_.target_to());
        const float x = target.x_of(playhead_);
        if (x < target.width() * 0.1f || x > target.width() * 0.9f) view_.centre_on(playhead_);
    }
    article_follows_selection();
    ++selection_serial_;
    mark_moved();
}

// With an article open, the article shown is the selected event's (its first source's), so that
// stepping through events with the article open reads each one's.
void AppModel::article_follows_selection() {
    if (article_event_ < 0 || article_event_ == selected_) return;
    if (selected_ >= 0 && !timeline_.events[selected_].sources.empty()) open_article(selected_, 0);
    else close_article();
}

// A counted circle clicked: its events zoomed to; events of one day (which no zoom separates)
// are listed to choose from instead.
void AppModel::open_cluster(std::vector<int> events) {
    std::erase_if(events, [&](int e) { return e < 0 || e >= static_cast<int>(timeline_.events.size()); });
    if (events.empty()) return;
    std::sort(events.begin(), events.end());
    events.erase(std::unique(events.begin(), events.end()), events.end());
    if (events.size() > 1 && same_days(events)) {
        choices_ = std::move(events);
        ++choices_serial_;
        return;
    }
    double lo = 1e18, hi = -1e18;
    for (int e : events) {
        lo = std::min(lo, static_cast<double>(timeline_.events[e].first_day));
        hi = std::max(hi, static_cast<double>(timeline_.events[e].last_day));
    }
    zoom_to_events(lo, hi, events.front());
}

bool AppModel::same_days(const std::vector<int>& events) const {
    for (int e : events)
        if (timeline_.events[e].first_day != timeline_.events[events.front()].first_day ||
            timeline_.events[e].last_day != timeline_.events[events.front()].last_day)
            return false;
    return true;
}

// Shows an event: when the view (or where it is heading) does not hold it, the view moves to it,
// keeping its width, or widens to hold the whole event if it is longer.
void AppModel::bring_into_view(int event) {
    if (event < 0 || event >= static_cast<int>(timeline_.events.size())) return;
    // Along the axis (axis breaks shorten empty stretches): the width kept is the one drawn.
    const double first = view_.axis_of(static_cast<double>(timeline_.events[event].first_day));
    const double last = view_.axis_of(static_cast<double>(timeline_.events[event].last_day) + 1);
    const double from = view_.axis_of(view_.target_from()), to = view_.axis_of(view_.target_to());
    if (first >= from && last <= to) return;
    const double span = std::max(to - from, (last - first) * 1.2);
    const double middle = (first + last) / 2;
    view_.set_axis_range(middle - span / 2, middle + span / 2);
}

void AppModel::set_playhead(double day, bool follow) {
    playhead_ = day;
    const int at = event_at(timeline_, static_cast<int64_t>(std::floor(day)));
    if (at != selected_) {
        selected_ = at;
        choices_.clear();
        article_follows_selection();
        ++selection_serial_;
    }
    if (follow) {
        const float x = view_.x_of(day);
        if (x < 0 || x > view_.width()) view_.centre_on(day);
    }
    mark_moved();
}

int AppModel::neighbour(int direction) const {
    if (shown_.empty()) return -1;
    if (selected_ < 0) return direction > 0 ? shown_.front() : shown_.back();
    if (direction > 0) {
        for (int e : shown_)
            if (e > selected_) return e;
    } else {
        for (auto it = shown_.rbegin(); it != shown_.rend(); ++it)
            if (*it < selected_) return *it;
    }
    return -1;
}

bool AppModel::go_to(const std::string& target) {
    if (const int e = find_event(timeline_, target); e >= 0) {
        select(e, true);
        return true;
    }
    if (auto d = parse_iso_date(target)) {
        set_playhead(static_cast<double>(days_from_civil(*d)) + 0.5, true);
        return true;
    }
    return false;
}

void AppModel::apply_url_hash(const std::string& hash) {
    const UrlState s = parse_url_state(hash);
    for (const std::string& n : s.ignored) show_notice("Link: " + n);
    if (s.view_from && s.view_to) {
        view_.set_range(static_cast<double>(days_from_civil(*s.view_from)), static_cast<double>(days_from_civil(*s.view_to) + 1));
        view_set_ = true;
    }
    if (s.filter) set_filter(*s.filter);
    if (s.place) {
        pending_place_ = *s.place;
        apply_pending_place();
    }
    if (s.event) {
        const int e = find_event(timeline_, *s.event);
        if (e >= 0) {
            selected_ = e;
            playhead_ = static_cast<double>(timeline_.events[e].first_day) + 0.5;
            choices_.clear();
            article_follows_selection();
            ++selection_serial_;
            // A link without a view shows its event; one with a view shows what its sender saw.
            if (!(s.view_from && s.view_to)) bring_into_view(e);
            pending_link_.clear();
        } else if (restoring_ || builder_) {
            // The reader's own articles are still being read: their events come afterwards.
            pending_link_ = hash;
        } else {
            show_notice("Link: no event \"" + *s.event + "\" in these articles");
            pending_link_.clear();
        }
    }
    if (s.playhead && !(s.event && find_event(timeline_, *s.event) >= 0))
        set_playhead(static_cast<double>(days_from_civil(*s.playhead)) + 0.5, !view_set_);
    url_dirty_ = false;
}

// A link's place (#place=): its filter, once the story's places are known. While the reader's own
// articles are being read back it waits for them (it may be one of their places); then a name no
// place has is a note.
void AppModel::apply_pending_place() {
    if (pending_place_.empty()) return;
    if (const int place = map_place_named(pending_place_); place >= 0) {
        set_place_filter(place);
    } else if (restoring_ || builder_) {
        return;  // looked for again once they are read
    } else {
        show_notice("Link: no place \"" + pending_place_ + "\" on this story's map; every place is shown");
    }
    pending_place_.clear();
}

// Where Play stops: when the author marked key events, only at them (key event to key event);
// otherwise at every event. -1 after the last stop.
int AppModel::next_play_stop(int from) const {
    const bool keys_only = has_key_events();
    for (int e = std::max(0, from + 1); e < static_cast<int>(timeline_.events.size()); ++e)
        if (!keys_only || is_key(e)) return e;
    return -1;
}

void AppModel::toggle_play() {
    playing_ = !playing_;
    play_clock_ = 0;
    if (playing_ && next_play_stop(selected_) < 0) select(next_play_stop(-1), true);  // from the start again
}

// ---------------------------------------------------------------------------------------------
// The visible range
// ---------------------------------------------------------------------------------------------

float AppModel::playhead_x_clamped() const { return std::clamp(view_.x_of(playhead_), 0.0f, view_.width()); }

void AppModel::zoom_at(float factor, float x, bool smooth) {
    if (smooth) {
        // Zoom towards a target (compounding wheel notches) and glide there.
        TimelineView target = view_;
        // Zoom around the same day the cursor is over now, from where a glide is heading.
        const double anchor = view_.day_at(x);
        target.set_range(view_.target_from(), view_.target_to());
        target.zoom_around(factor, target.x_of(anchor));
        view_.glide_to(target.from(), target.to());
    } else {
        view_.zoom_around(factor, x);
    }
    mark_moved();
}

void AppModel::pan_pixels(float dx) {
    view_.pan_pixels(dx);
    mark_moved();
}

void AppModel::show_axis_range(double from, double to) {
    view_.set_axis_range(from, to);
    mark_moved();
}

void AppModel::fit_all() {
    const ViewRange r = whole_story_range(view_, boxes_);
    if (!(r.to > r.from)) return;
    view_.glide_to(r.from, r.to);
    mark_moved();
}

void AppModel::zoom_to_events(double first_day, double last_day, int event) {
    const double hi = last_day + 1;
    const double pad = std::max(2.0, (hi - first_day) * 0.6);
    view_.glide_to(first_day - pad, hi + pad);
    select(event, true);
}

// ---------------------------------------------------------------------------------------------
// Filter, article, citation
// ---------------------------------------------------------------------------------------------

void AppModel::set_filter(std::string text) {
    if (text == filter_) return;
    filter_ = std::move(text);
    refilter();  // now, not at the next frame: state() read straight after says what is shown
    mark_moved();  // the URL keeps the filter (#q=)
}

void AppModel::set_place_filter(int place) {
    const bool named = std::any_of(map_places_.begin(), map_places_.end(), [&](const MapPlace& m) { return static_cast<int>(m.place) == place; });
    const int next = named ? place : -1;
    if (next == place_filter_) return;
    place_filter_ = next;
    filter_dirty_ = true;
    mark_moved();  // the URL keeps the place (#place=)
}

int AppModel::map_place_named(std::string_view name) const {
    // map_places_ lists the most events first: of two places of one name, the story's main one.
    for (const MapPlace& m : map_places_)
        if (m.name == name) return static_cast<int>(m.place);
    return -1;
}

void AppModel::open_article(int event, int source) {
    if (event < 0 || event >= static_cast<int>(timeline_.events.size())) return;
    if (source < 0 || source >= static_cast<int>(timeline_.events[event].sources.size())) return;
    article_event_ = event;
    article_source_ = source;
    ++article_serial_;
}

void AppModel::copy_citation(int event, size_t source) {
    if (event < 0 || event >= static_cast<int>(timeline_.events.size())) return;
    if (source >= timeline_.events[event].sources.size()) return;
    host_.copy_text(citation(timeline_, timeline_.events[event], source));
    show_notice("Citation copied");
}

std::string AppModel::date_words(int event) const {
    if (event < 0) return {};
    const Event& e = timeline_.events[event];
    return event_date_words(e);
}

// ---------------------------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------------------------

void AppModel::tick(double dt) {
    if (playing_) {
        constexpr double kSecondsPerEvent = 2.2;  // long enough to read a headline
        play_clock_ += dt;
        if (play_clock_ >= kSecondsPerEvent) {
            play_clock_ = 0;
            const int next = next_play_stop(selected_);
            if (next < 0) playing_ = false;
            else select(next, true);
        }
    }
    if (view_.gliding()) {
        view_.step(reduced_motion_ ? 1e6 : dt);  // reduced motion: straight to where the glide would end
        url_dirty_ = true;  // the view moves by itself: no reset of the quiet time
    }
    if (toast_left_ > 0) toast_left_ -= dt;
    if (builder_) read_some();
    if (filter_dirty_) refilter();
    sync_url(dt);
}

void AppModel::refilter() {
    shown_.clear();
    for (size_t i = 0; i < timeline_.events.size(); ++i)
        if (event_matches(timeline_, timeline_.events[i], filter_) && event_names_place(timeline_.events[i], place_filter_))
            shown_.push_back(static_cast<int>(i));
    // The timeline draws only the events the filters show.
    shown_boxes_.clear();
    if (shown_.size() < boxes_.size())
        for (int e : shown_) shown_boxes_.push_back(boxes_[static_cast<size_t>(e)]);
    filter_dirty_ = false;
}

bool AppModel::animating() const {
    return playing_ || view_.gliding() || url_dirty_ || toast_left_ > 0 || builder_ != nullptr;
}

void AppModel::show_notice(std::string text) {
    notices_.push_back(text);
    toast_ = std::move(text);
    toast_left_ = 4.0;
}

// The URL hash follows the reader, quietly: written when the reader rests a moment (a third of
// a second), or at least every second and a half while they keep moving: history.replaceState
// is not free, and a URL changing at every frame helps nobody.
void AppModel::sync_url(double dt) {
    if (!url_dirty_ || !ready_) return;
    url_quiet_ += dt;
    url_pending_ += dt;
    if (url_quiet_ < 0.3 && url_pending_ < 1.5) return;
    url_quiet_ = url_pending_ = 0;
    url_dirty_ = false;
    UrlState s;
    if (selected_ >= 0) s.event = timeline_.events[selected_].id;
    s.playhead = civil_from_days(static_cast<int64_t>(std::floor(playhead_)));
    s.view_from = civil_from_days(static_cast<int64_t>(std::floor(view_.from())));
    s.view_to = civil_from_days(static_cast<int64_t>(std::ceil(view_.to())) - 1);
    if (!filter_.empty()) s.filter = filter_;
    if (place_filter_ >= 0) s.place = timeline_.gazetteer->places()[static_cast<size_t>(place_filter_)].name;
    host_.replace_hash(format_url_state(s));
}

// ---------------------------------------------------------------------------------------------
// Articles the reader adds: a teacher's own clippings, a pupil's find. They join the bundled ones
// on one timeline (an event both report is one event with both sources).
//
// The page hands the files over (browser_api.js: dropped on the page or chosen with "Add
// articles..."), keeps them in the browser's storage and hands them back at the next visit, so
// nothing a reader added is lost on reload. Here:
//   - add_file() takes one file, within bounds (kMostAddedFiles, kMostAddedBytes; an article
//     itself is read up to kLargestArticleBytes by the core);
//   - files_added() ends a batch and starts rebuilding the timeline from the bundled articles
//     and every added one. The rebuild reads a few articles per tick (a frame's budget), so the
//     page keeps drawing and shows its progress; the old timeline stays on screen meanwhile;
//   - the "Your articles" panel (added_articles.cpp) lists what was added, what each file gave,
//     and every problem, each naming its file; a file or all of them can be removed.
// ---------------------------------------------------------------------------------------------

namespace {

std::string megabytes(size_t bytes) { return std::to_string((bytes + 512 * 1024) / (1024 * 1024)) + " MB"; }

}  // namespace

bool AppModel::add_file(std::string name, std::string bytes, uint64_t full_size, double key) {
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
    added_.push_back({NamedFile{std::move(name), std::move(bytes), full_size}, key, std::nullopt});
    return true;
}

void AppModel::file_unreadable(const std::string& name, const std::string& why) {
    if (!batch_open_) {
        intake_problems_.clear();
        batch_open_ = true;
    }
    intake_problems_.push_back({name.empty() ? "unnamed file" : name, why + "; skipped", Problem::Severity::Skipped});
}

void AppModel::files_added(bool restored) {
    batch_open_ = false;
    restored_batch_ = restored;
    if (restored) restoring_ = false;  // handed back: a waiting link is applied once they are read
    start_rebuild();
}

void AppModel::set_restoring(bool restoring) {
    restoring_ = restoring;
    // Nothing came back: a link still waiting for its event is applied now (and says so if it
    // is not there).
    if (!restoring_ && !builder_ && !pending_link_.empty()) apply_url_hash(std::exchange(pending_link_, std::string()));
    if (!restoring_ && !builder_) apply_pending_place();
}

// Rebuilding: the bundled articles, then the added ones, read a few per tick.
void AppModel::start_rebuild() {
    GatheredInputs added = gather_article_inputs([&] {
        std::vector<NamedFile> files;
        for (const Added& a : added_) files.push_back(a.file);
        return files;
    }());
    // Dates the reader gave (a file's label is how the timeline names its article).
    {
        std::vector<NamedFile> names;
        for (const Added& a : added_) names.push_back({a.file.name, {}, 0});
        const std::vector<std::string> labels = labels_of(names);
        for (ArticleInput& in : added.articles)
            for (size_t i = 0; i < added_.size(); ++i)
                if (added_[i].published && labels[i] == in.label) {
                    if (!in.facts) in.facts = EditorialFacts{};
                    in.facts->published = added_[i].published;
                    in.facts->published_by = "you";
                }
    }
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

// A tick's share of the reading: articles until about 12 ms have passed (at least one; one
// article is at most kLargestArticleBytes, read in well under a second).
void AppModel::read_some() {
    const double start = host_.now_ms();
    do {
        builder_->add(std::move(queue_[queue_next_]));
        queue_[queue_next_] = ArticleInput{};
        ++queue_next_;
        if (queue_next_ == queue_bundled_) bundled_read_ = builder_->articles_read();
    } while (queue_next_ < queue_.size() && host_.now_ms() - start < 12.0);
    if (queue_next_ >= queue_.size()) finish_rebuild();
}

void AppModel::finish_rebuild() {
    if (queue_bundled_ == queue_.size()) bundled_read_ = builder_->articles_read();
    const std::string selected_id = selected_ >= 0 ? timeline_.events[selected_].id : std::string();
    const std::string open_article_event = article_event_ >= 0 ? timeline_.events[article_event_].id : std::string();
    timeline_ = builder_->finish();
    draft_.reset();
    apply_edit_list();  // the author's edits again, on the new draft
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
    choices_.clear();
    ++selection_serial_;
    // A link that waited for the reader's own articles: its event may be one of theirs.
    if (!pending_link_.empty() && !restoring_) apply_url_hash(std::exchange(pending_link_, std::string()));
    if (!restoring_) apply_pending_place();

    const std::set<std::string, std::less<>> labels(added_labels_.begin(), added_labels_.end());
    added_problems_.clear();
    for (const Problem& p : timeline_.problems)
        if (labels.count(p.input)) added_problems_.push_back(p);
    size_t articles = timeline_.articles.size() - bundled_read_, skipped = 0;
    for (const Problem& p : added_problems_) skipped += p.severity == Problem::Severity::Skipped;
    if (dated_batch_) {
        show_notice("Read again with the date you gave");
    } else if (restored_batch_) {
        if (!added_.empty())
            show_notice("Your " + std::to_string(articles) + " added article" + (articles == 1 ? " is" : "s are") +
                        " back on the timeline");
    } else {
        added_panel_open_ = true;  // show what came of it, problems included
        show_notice("Read " + std::to_string(articles) + " added article" + (articles == 1 ? "" : "s") +
                    (skipped ? "; " + std::to_string(skipped) + " problem" + (skipped == 1 ? "" : "s") + " (see Your articles)" : ""));
    }
    restored_batch_ = dated_batch_ = false;
}

std::string AppModel::set_added_date(size_t index, const std::string& date) {
    if (index >= added_.size()) return "No such article";
    if (builder_) return "Wait until the articles are read";
    std::string written = date;
    while (!written.empty() && written.back() == ' ') written.pop_back();
    while (!written.empty() && written.front() == ' ') written.erase(0, 1);
    std::optional<CivilDate> day;
    if (!written.empty()) {
        day = parse_iso_date(written);
        if (!day) return "\u201C" + written + "\u201D is not a day: write it as 2017-06-29";
    }
    if (day == added_[index].published) return {};
    added_[index].published = day;
    if (added_[index].key > 0) host_.store_added_date(added_[index].key, day ? to_iso(*day) : std::string());
    intake_problems_.clear();
    dated_batch_ = true;  // the panel stays as it is; the notice says what happened
    start_rebuild();
    return {};
}

void AppModel::remove_added(size_t index) {
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
        if (key > 0) host_.forget_added_file(key);
    intake_problems_.clear();
    restored_batch_ = true;  // no panel, no "read" notice: the reader is looking at the panel already
    start_rebuild();
}

// ---------------------------------------------------------------------------------------------
// Generated events, for measuring
// ---------------------------------------------------------------------------------------------

// Copies of the real events, spread over the years the real ones cover (at least one) at other
// dates, each keeping its sources. Built in date order and merged with the real ones (no sort of
// the events themselves: with 100,000 of them a sort's buffer would double the heap).
void AppModel::add_generated_events(size_t count) {
    if (timeline_.events.empty()) return;
    const size_t real = timeline_.events.size();
    int64_t lo = timeline_.events.front().first_day, hi = lo, longest = 0;
    for (const Event& e : timeline_.events) {
        hi = std::max(hi, e.last_day);
        longest = std::max(longest, e.last_day - e.first_day);
    }
    lo = days_from_civil({civil_from_days(lo).year, 1, 1});
    hi = std::max(days_from_civil({civil_from_days(hi).year, 12, 31}), lo + longest + 366);
    struct Plan {
        int64_t day;
        uint32_t copy_of;
    };
    std::vector<Plan> plan(count);
    uint64_t seed = 0x9E3779B97F4A7C15ull;  // a fixed seed: the same events every time
    for (size_t i = 0; i < count; ++i) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        const Event& e = timeline_.events[i % real];
        plan[i] = {lo + static_cast<int64_t>((seed >> 33) % static_cast<uint64_t>(hi - lo - (e.last_day - e.first_day))),
                   static_cast<uint32_t>(i % real)};
    }
    std::sort(plan.begin(), plan.end(), [](const Plan& a, const Plan& b) { return a.day < b.day; });
    std::vector<Event> all;
    all.reserve(real + count);
    size_t r = 0;
    for (size_t i = 0; i <= count; ++i) {
        // Real events that start before the next generated one come first.
        while (r < real && (i == count || timeline_.events[r].first_day <= plan[i].day)) all.push_back(std::move(timeline_.events[r++]));
        if (i == count) break;
        Event e;  // filled from its model below, once the real events have found their places
        e.first_day = plan[i].day;
        e.id = "generated-" + std::to_string(i);
        all.push_back(std::move(e));
    }
    // Fill the generated ones from their models (the real events, moved into `all` in order).
    std::vector<const Event*> models(real);
    {
        size_t k = 0;
        for (const Event& e : all)
            if (!e.id.starts_with("generated-")) models[k++] = &e;
    }
    size_t g = 0;
    for (Event& e : all) {
        if (!e.id.starts_with("generated-") || !e.title.empty()) continue;
        const Event& m = *models[plan[g].copy_of];
        e.last_day = e.first_day + (m.last_day - m.first_day);
        e.precision = m.precision;
        e.title = m.title;
        e.places = m.places;
        e.actors = m.actors;
        e.sources = m.sources;
        ++g;
    }
    timeline_.events = std::move(all);
    draft_.reset();  // (measuring only: the events shown become the draft)
    outcome_ = EditOutcome{};
    build_boxes();
    filter_dirty_ = true;
    selected_ = event_at(timeline_, static_cast<int64_t>(std::floor(playhead_)));
    show_notice(std::to_string(count) + " generated events added (for measuring)");
}

// ---------------------------------------------------------------------------------------------
// State for JavaScript
// ---------------------------------------------------------------------------------------------

std::string AppModel::state_json(const ScreenFacts& screen, const FrameFacts& frames) const {
    using Json = nlohmann::ordered_json;
    auto rect = [](const ScreenFacts::Rect& r) { return Json{{"x", r.x}, {"y", r.y}, {"width", r.width}, {"height", r.height}}; };
    Json j;
    j["ready"] = ready_;
    j["articles"] = timeline_.articles.size();
    j["events"] = timeline_.events.size();
    j["selected"] = selected_ >= 0 ? Json(timeline_.events[selected_].id) : Json(nullptr);
    j["selectedTitle"] = selected_ >= 0 ? Json(timeline_.events[selected_].title) : Json(nullptr);
    j["selectedDate"] = selected_ >= 0 ? Json(to_iso(civil_from_days(timeline_.events[selected_].first_day))) : Json(nullptr);
    // What a person reads of it: the date in words, the author's note, a key event.
    j["selectedDateWords"] = selected_ >= 0 ? Json(date_words(selected_)) : Json(nullptr);
    j["selectedNote"] = selected_ >= 0 ? Json(note_of(selected_)) : Json(nullptr);
    j["selectedKey"] = selected_ >= 0 && is_key(selected_);
    j["selectedSources"] = selected_ >= 0 ? timeline_.events[selected_].sources.size() : 0;
    j["playhead"] = ready_ ? Json(to_iso(civil_from_days(static_cast<int64_t>(std::floor(playhead_))))) : Json(nullptr);
    j["view"] = {{"from", to_iso(civil_from_days(static_cast<int64_t>(std::floor(view_.from()))))},
                 {"to", to_iso(civil_from_days(static_cast<int64_t>(std::ceil(view_.to())) - 1))},
                 {"days", view_.span()}};
    j["markers"] = {{"visible", screen.markers_visible}, {"merged", screen.markers_merged}};
    // Where the timeline is, in CSS pixels of the canvas, for tests and embedding hosts.
    Json timeline = rect(screen.timeline);
    timeline["playheadX"] = screen.playhead_x;
    j["timeline"] = std::move(timeline);
    // The axis: its scale outside breaks, and the breaks (where they are drawn, CSS pixels).
    Json axis;
    const float ratio = screen.pixel_ratio > 0 ? screen.pixel_ratio : 1;
    axis["pixelsPerDay"] = view_.pixels_per_day() / ratio;
    axis["breaks"] = Json::array();
    for (const AxisBreak& b : view_.breaks())
        axis["breaks"].push_back({{"from", to_iso(civil_from_days(static_cast<int64_t>(std::floor(b.from))))},
                                  {"to", to_iso(civil_from_days(static_cast<int64_t>(std::ceil(b.to)) - 1))},
                                  {"days", b.days()},
                                  {"x0", screen.timeline.x + view_.x_of(b.from) / ratio},
                                  {"x1", screen.timeline.x + view_.x_of(b.to) / ratio}});
    j["axis"] = std::move(axis);
    Json overview = rect(screen.overview);
    overview["days"] = screen.overview_days;
    overview["brush"] = {{"x", screen.brush_x}, {"width", screen.brush_width}};
    j["overview"] = std::move(overview);
    j["hint"] = {{"shown", screen.hint}, {"button", rect(screen.hint_button)}};
    j["playing"] = playing_;
    j["filter"] = filter_;
    j["shown"] = shown_.size();
    j["placeFilter"] = place_filter_ >= 0 ? Json(timeline_.gazetteer->places()[static_cast<size_t>(place_filter_)].name) : Json(nullptr);
    // The story's places on the map (README: "The map"): where they are drawn, when they are.
    Json places = Json::array();
    static const std::vector<uint32_t> no_places;
    const std::vector<uint32_t>& current = selected_ >= 0 ? timeline_.events[static_cast<size_t>(selected_)].places : no_places;
    for (size_t i = 0; i < map_places_.size(); ++i) {
        const MapPlace& m = map_places_[i];
        const PlacePhase phase = place_phase(m, current, playhead_);
        Json p{{"name", m.name}, {"country", m.country}, {"lat", m.lat}, {"lon", m.lon}, {"events", m.events},
               {"phase", phase == PlacePhase::Current ? "current" : phase == PlacePhase::Past ? "past" : "later"}};
        if (i < screen.map_dots.size() && i < screen.map_drawn.size() && screen.map_drawn[i]) {
            p["x"] = screen.map_dots[i].x;
            p["y"] = screen.map_dots[i].y;
        }
        places.push_back(std::move(p));
    }
    j["places"] = std::move(places);
    Json map = rect(screen.map);
    map["hovered"] = screen.map_hovered >= 0 && static_cast<size_t>(screen.map_hovered) < map_places_.size()
                         ? Json(map_places_[static_cast<size_t>(screen.map_hovered)].name)
                         : Json(nullptr);
    if (screen.map_tab.width > 0) map["tab"] = rect(screen.map_tab);
    j["map"] = std::move(map);
    j["articleOpen"] = article_event_ >= 0;
    j["choices"] = Json::array();  // events of one day listed to choose from
    for (int e : choices_) j["choices"].push_back(timeline_.events[e].id);
    if (!choices_.empty()) j["choicesBox"] = rect(screen.choices);
    j["articleEvent"] = article_event_ >= 0 ? Json(timeline_.events[article_event_].id) : Json(nullptr);
    if (screen.reading.drawn) {
        const ScreenFacts::Reading& r = screen.reading;
        j["reading"] = {{"top", r.panel.y}, {"bottom", r.panel.y + r.panel.height}, {"scrollY", r.scroll_y}, {"scrollMax", r.scroll_max},
                        {"headlineTop", r.headline_top}, {"dateBottom", r.date_bottom}, {"passageTop", r.passage_top},
                        {"passageLineBottom", r.passage_line_bottom}};
    }
    Json rows = Json::array();
    for (const ScreenFacts::ListRow& row : screen.list_rows)
        if (row.event >= 0 && row.event < static_cast<int>(timeline_.events.size()))
            rows.push_back({{"id", timeline_.events[row.event].id}, {"text", row.text}, {"title", timeline_.events[row.event].title}});
    j["list"] = {{"rows", std::move(rows)}};
    j["layout"] = screen.layout;
    j["tab"] = screen.tab ? Json(screen.tab) : Json(nullptr);
    auto scroll = [](const ScreenFacts::Scroll& s) { return s.drawn ? Json{{"y", s.y}, {"max", s.max}} : Json(nullptr); };
    j["scroll"] = {{"reading", scroll(screen.scroll.reading)}, {"list", scroll(screen.scroll.list)}, {"article", scroll(screen.scroll.article)}};
    j["wantedHeight"] = screen.wanted_height;
    j["errors"] = errors_;
    j["notices"] = notices_;
    Json added;
    added["files"] = added_.size();
    added["articles"] = timeline_.articles.size() - std::min(bundled_read_, timeline_.articles.size());
    added["reading"] = builder_ != nullptr;
    added["read"] = builder_ ? queue_next_ : queue_total_;  // articles read in the latest rebuild (all, once done)
    added["total"] = queue_total_;
    added["kept"] = storage_ < 0 ? Json(nullptr) : Json(storage_ == 1);
    added["panelOpen"] = added_panel_open_;
    added["button"] = rect(screen.added_button);
    if (added_panel_open_ && !added_.empty()) added["removeAll"] = rect(screen.remove_all);
    added["problems"] = Json::array();
    for (const Problem& p : added_problems_)
        added["problems"].push_back({{"file", p.input}, {"message", p.message}, {"skipped", p.severity == Problem::Severity::Skipped}});
    j["added"] = std::move(added);
    j["frames"] = frames.drawn;
    j["firstFrameMs"] = frames.first_frame_ms;
    j["fontGlyphs"] = frames.font_glyphs;
    j["fontAtlasPrebuilt"] = frames.font_atlas_prebuilt;
    j["inputWaiting"] = frames.input_waiting;
    j["resting"] = frames.resting;
    j["pixelRatio"] = screen.pixel_ratio;
    // The story's settings, and its lanes (top to bottom).
    Json story;
    story["title"] = story_.title;
    story["description"] = story_.description;
    story["credit"] = story_.credit;
    story["lanesBy"] = to_string(story_.lanes.by);
    story["lanesMost"] = story_.lanes.most;
    story["view"] = story_.view_from && story_.view_to ? Json{{"from", to_iso(*story_.view_from)}, {"to", to_iso(*story_.view_to)}} : Json(nullptr);
    story["lanes"] = Json::array();
    for (const Lanes::Lane& l : lanes_.lanes) story["lanes"].push_back({{"name", l.name}, {"events", l.events}});
    j["story"] = std::move(story);
    j["editing"] = Json::parse(editing_json());
    Json controls = Json::object();
    for (const auto& [name, r] : screen.controls) controls[name] = rect(r);
    j["controls"] = std::move(controls);
    j["published"] = published_;
    j["shareButton"] = rect(screen.share_button);
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// ---------------------------------------------------------------------------------------------
// Frame costs
// ---------------------------------------------------------------------------------------------

void FrameStats::record(double ms, double build_ms) {
    if (frame_ms_.size() < 20000) {
        frame_ms_.push_back(static_cast<float>(ms));
        build_ms_.push_back(static_cast<float>(build_ms));
    }
}

std::string FrameStats::json(bool reset) {
    std::vector<float> v = frame_ms_, b = build_ms_;
    if (reset) {
        frame_ms_.clear();
        build_ms_.clear();
    }
    std::sort(v.begin(), v.end());
    std::sort(b.begin(), b.end());
    auto at = [](const std::vector<float>& x, double q) {
        return x.empty() ? 0.0 : static_cast<double>(x[std::min(x.size() - 1, static_cast<size_t>(q * static_cast<double>(x.size())))]);
    };
    nlohmann::ordered_json j;
    j["count"] = v.size();
    j["p50"] = at(v, 0.5);
    j["p95"] = at(v, 0.95);
    j["max"] = v.empty() ? 0.0 : static_cast<double>(v.back());
    j["buildP50"] = at(b, 0.5);
    j["buildP95"] = at(b, 0.95);
    return j.dump();
}

}  // namespace dateline
