#include "app_model.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <set>

#include "calendar.h"

namespace dateline {

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

void AppModel::load_articles(const std::string& folder) {
    // The story's settings first (its lanes and opening view); a bad story file is said, and
    // the articles are read all the same.
    Problems story_problems;
    story_ = read_story_file(folder, "the bundled story.json", story_problems);
    for (const Problem& p : story_problems) {
        if (p.severity == Problem::Severity::Skipped) errors_.push_back(p.input + ": " + p.message);
        else notices_.push_back(p.input + ": " + p.message);
    }
    if (!story_.title.empty()) host_.set_title("Dateline: " + story_.title);
    GatheredInputs inputs = gather_article_inputs({folder});
    for (ArticleInput& in : inputs.articles) in.label = "the bundled " + in.file;  // not a path inside the app
    bundled_ = inputs.articles;  // kept: the timeline is rebuilt with them when articles are added
    bundled_problems_ = inputs.problems;
    timeline_ = build_timeline(std::move(inputs.articles), std::move(inputs.problems));
    bundled_read_ = timeline_.articles.size();
    for (const Problem& p : timeline_.problems)
        if (p.severity == Problem::Severity::Skipped) errors_.push_back(p.input + ": " + p.message);
    build_boxes();
    // The story's opening view (its file's, or one chosen from its events).
    if (const auto v = opening_view(story_, timeline_.events))
        view_.set_range(static_cast<double>(v->first), static_cast<double>(v->last + 1));
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
    if (!story_.title.empty()) host_.set_title("Dateline: " + story_.title);
    build_boxes();
}

// The events' lanes (by the story's rule), and one box per event, in the events' order, for the
// timeline's layout.
void AppModel::build_boxes() {
    lanes_ = lanes_of(timeline_.events, *timeline_.gazetteer, story_.lanes);
    boxes_.clear();
    boxes_.reserve(timeline_.events.size());
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
        boxes_.push_back(b);
    }
}

// ---------------------------------------------------------------------------------------------
// Moving through the story
// ---------------------------------------------------------------------------------------------

void AppModel::select(int event, bool move_playhead) {
    if (event < 0 || event >= static_cast<int>(timeline_.events.size())) return;
    selected_ = event;
    if (move_playhead) {
        playhead_ = static_cast<double>(timeline_.events[event].first_day) + 0.5;
        // Keep the playhead in view: glide when it leaves the middle 80%.
        const float x = view_.x_of(playhead_);
        if (x < view_.width() * 0.1f || x > view_.width() * 0.9f) {
            const double span = view_.span();
            view_.glide_to(playhead_ - span / 2, playhead_ + span / 2);
        }
    }
    ++selection_serial_;
    mark_moved();
}

void AppModel::set_playhead(double day, bool follow) {
    playhead_ = day;
    const int at = event_at(timeline_, static_cast<int64_t>(std::floor(day)));
    if (at != selected_) {
        selected_ = at;
        ++selection_serial_;
    }
    if (follow) {
        const float x = view_.x_of(day);
        if (x < 0 || x > view_.width()) view_.glide_to(day - view_.span() / 2, day + view_.span() / 2);
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
    if (s.event) {
        const int e = find_event(timeline_, *s.event);
        if (e >= 0) {
            selected_ = e;
            playhead_ = static_cast<double>(timeline_.events[e].first_day) + 0.5;
            ++selection_serial_;
        } else {
            show_notice("Link: no event \"" + *s.event + "\" in these articles");
        }
    }
    if (s.playhead && !(s.event && find_event(timeline_, *s.event) >= 0))
        set_playhead(static_cast<double>(days_from_civil(*s.playhead)) + 0.5, !view_set_);
    url_dirty_ = false;
}

void AppModel::toggle_play() {
    playing_ = !playing_;
    play_clock_ = 0;
    if (playing_ && selected_ >= static_cast<int>(timeline_.events.size()) - 1) select(0, true);
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

void AppModel::fit_all() {
    if (timeline_.events.empty()) return;
    double lo = static_cast<double>(timeline_.events.front().first_day), hi = lo;
    for (const Event& e : timeline_.events) {
        lo = std::min(lo, static_cast<double>(e.first_day));
        hi = std::max(hi, static_cast<double>(e.last_day + 1));
    }
    const double pad = (hi - lo) * 0.04 + 2;
    view_.glide_to(lo - pad, hi + pad);
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
    filter_dirty_ = true;
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
    return describe_interval(e.first_day, e.last_day, e.precision);
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
            const int next = selected_ + 1;
            if (next >= static_cast<int>(timeline_.events.size())) playing_ = false;
            else select(next, true);
        }
    }
    if (view_.gliding()) {
        view_.step(reduced_motion_ ? 1e6 : dt);  // reduced motion: straight to where the glide would end
        url_dirty_ = true;  // the view moves by itself: no reset of the quiet time
    }
    if (toast_left_ > 0) toast_left_ -= dt;
    if (builder_) read_some();
    if (filter_dirty_) {
        shown_.clear();
        for (size_t i = 0; i < timeline_.events.size(); ++i)
            if (event_matches(timeline_, timeline_.events[i], filter_)) shown_.push_back(static_cast<int>(i));
        filter_dirty_ = false;
    }
    sync_url(dt);
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
    added_.push_back({NamedFile{std::move(name), std::move(bytes), full_size}, key});
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
    start_rebuild();
}

// Rebuilding: the bundled articles, then the added ones, read a few per tick.
void AppModel::start_rebuild() {
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
    ++selection_serial_;

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
    build_boxes();
    filter_dirty_ = true;
    selected_ = event_at(timeline_, static_cast<int64_t>(std::floor(playhead_)));
    show_notice(std::to_string(count) + " generated events added (for measuring)");
}

// ---------------------------------------------------------------------------------------------
// State for JavaScript
// ---------------------------------------------------------------------------------------------

std::string AppModel::state_json(const ScreenFacts& screen, unsigned long frames_drawn, double first_frame_ms) const {
    using Json = nlohmann::ordered_json;
    auto rect = [](const ScreenFacts::Rect& r) { return Json{{"x", r.x}, {"y", r.y}, {"width", r.width}, {"height", r.height}}; };
    Json j;
    j["ready"] = ready_;
    j["articles"] = timeline_.articles.size();
    j["events"] = timeline_.events.size();
    j["selected"] = selected_ >= 0 ? Json(timeline_.events[selected_].id) : Json(nullptr);
    j["selectedTitle"] = selected_ >= 0 ? Json(timeline_.events[selected_].title) : Json(nullptr);
    j["selectedDate"] = selected_ >= 0 ? Json(to_iso(civil_from_days(timeline_.events[selected_].first_day))) : Json(nullptr);
    j["playhead"] = ready_ ? Json(to_iso(civil_from_days(static_cast<int64_t>(std::floor(playhead_))))) : Json(nullptr);
    j["view"] = {{"from", to_iso(civil_from_days(static_cast<int64_t>(std::floor(view_.from()))))},
                 {"to", to_iso(civil_from_days(static_cast<int64_t>(std::ceil(view_.to())) - 1))},
                 {"days", view_.span()}};
    j["markers"] = {{"visible", screen.markers_visible}, {"merged", screen.markers_merged}};
    // Where the timeline is, in CSS pixels of the canvas, for tests and embedding hosts.
    Json timeline = rect(screen.timeline);
    timeline["playheadX"] = screen.playhead_x;
    j["timeline"] = std::move(timeline);
    j["playing"] = playing_;
    j["filter"] = filter_;
    j["shown"] = shown_.size();
    j["articleOpen"] = article_event_ >= 0;
    j["layout"] = screen.layout;
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
    j["frames"] = frames_drawn;
    j["firstFrameMs"] = first_frame_ms;
    j["pixelRatio"] = screen.pixel_ratio;
    // The story's settings, and its lanes (top to bottom).
    Json story;
    story["title"] = story_.title;
    story["description"] = story_.description;
    story["credit"] = story_.credit;
    story["lanesBy"] = to_string(story_.lanes.by);
    story["lanes"] = Json::array();
    for (const Lanes::Lane& l : lanes_.lanes) story["lanes"].push_back({{"name", l.name}, {"events", l.events}});
    j["story"] = std::move(story);
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
