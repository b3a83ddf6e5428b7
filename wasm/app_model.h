// AppModel: the browser app's model. What the reader sees and did (playhead, selection, visible
// range, filter, open article, the articles they added, the story) and every command that
// changes it (select, go to, step, play, zoom, fit, filter, apply a link, add and remove
// articles...). It draws nothing and calls no browser function: the views (app.h) draw it and
// turn input into its commands, and what it asks of the page goes through BrowserHost,
// implemented in browser_glue.cpp, the one file that talks to JavaScript.
//
// Why here, in wasm/ and not in core/: only the browser app has a playhead or a selection; the
// core and the command-line tool know nothing of them. It is plain C++ (no ImGui, SDL or
// Emscripten), built natively as the library dateline_model with the view logic it uses
// (timeline_view.h, url_state.h), and tested with GoogleTest (tests/app/).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "article_inputs.h"
#include "story.h"
#include "timeline.h"
#include "timeline_view.h"
#include "url_state.h"

namespace dateline {

// What the model asks of the page around it. browser_glue.cpp implements it with JavaScript;
// the tests record the calls.
class BrowserHost {
public:
    virtual ~BrowserHost() = default;
    virtual void replace_hash(const std::string& hash) = 0;  // the URL follows the reader
    virtual void copy_text(const std::string& text) = 0;     // to the clipboard
    virtual void open_link(const std::string& url) = 0;      // an article's original, in a new tab
    virtual void pick_files() = 0;                           // the browser's file picker
    virtual void forget_added_file(double key) = 0;          // out of the browser's storage
    virtual void set_title(const std::string& title) = 0;    // the page's title (a tab's name)
    virtual double now_ms() = 0;                             // a monotonic clock (the reading's budget)
};

// Where the views drew things this frame, for state_json() (tests and hosts read them).
struct ScreenFacts {
    float pixel_ratio = 1;
    const char* layout = "wide";  // "wide", "narrow", "embed"
    struct Rect {
        float x = 0, y = 0, width = 0, height = 0;  // CSS pixels
    };
    Rect timeline, added_button, remove_all;
    float playhead_x = 0;  // CSS pixels
    size_t markers_visible = 0, markers_merged = 0;
};

class AppModel {
public:
    explicit AppModel(BrowserHost& host) : host_(host) {}

    // --- Loading -----------------------------------------------------------------------------
    // Reads the articles of a folder (their *.txt and sources.json) and its story file
    // (story.json: title, lanes, opening view), and builds the timeline.
    void load_articles(const std::string& folder);
    void add_error(std::string message) { errors_.push_back(std::move(message)); }
    // Replaces the story's settings (for an editor of the reader's own story, to come): the
    // lanes follow the new rule at once; the view and the selection stay where the reader is.
    void set_story(Story story);

    // --- Moving through the story ----------------------------------------------------------------
    // Selects an event; with move_playhead the playhead goes to it and the view follows.
    void select(int event, bool move_playhead);
    // Moves the playhead to a (continuous) day; the event at it becomes the selection. With
    // `follow` the view glides to keep it on screen.
    void set_playhead(double day, bool follow);
    // The next (+1) or previous (-1) event the filter shows, from the selection; -1 if none.
    int neighbour(int direction) const;
    void step(int direction) { select(neighbour(direction), true); }
    void first_shown() { if (!shown_.empty()) select(shown_.front(), true); }
    void last_shown() { if (!shown_.empty()) select(shown_.back(), true); }
    // Moves to an event id or a date (YYYY-MM-DD); false if it is neither.
    bool go_to(const std::string& target);
    // Applies a URL hash ("#event=...&t=...&view=..."); what is not understood becomes a notice.
    void apply_url_hash(const std::string& hash);

    void toggle_play();   // Play from the start once the last event is reached
    // prefers-reduced-motion: the view jumps where it would glide (zoom, fit, following the playhead).
    void set_reduced_motion(bool on) { reduced_motion_ = on; }
    bool reduced_motion() const { return reduced_motion_; }
    void pause() { playing_ = false; }

    // --- The visible range -----------------------------------------------------------------------
    void set_view_width(float pixels) { view_.set_width(pixels); }
    // factor > 1 zooms in, around pixel x of the timeline; `smooth` glides there.
    void zoom_at(float factor, float x, bool smooth);
    void zoom_in() { zoom_at(1.5f, playhead_x_clamped(), true); }
    void zoom_out() { zoom_at(1 / 1.5f, playhead_x_clamped(), true); }
    void pan_pixels(float dx);
    void fit_all();
    // Glides to show events [first_day, last_day] with room around them, and selects `event`
    // (a click on a cluster).
    void zoom_to_events(double first_day, double last_day, int event);

    // --- Filter, article, citation -----------------------------------------------------------------
    void set_filter(std::string text);
    void open_article(int event, int source);
    void close_article() { article_event_ = -1; }
    void copy_citation(int event, size_t source);
    void open_original(const std::string& url) { host_.open_link(url); }

    // --- Articles the reader adds (added_articles.cpp explains the flow) -----------------------
    // add_file() is false when the file is refused (past the bounds below); files_added() ends a
    // batch: the timeline is rebuilt, a few articles per tick(), and the outcome shown.
    bool add_file(std::string name, std::string bytes, uint64_t full_size, double key);
    void file_unreadable(const std::string& name, const std::string& why);
    void files_added(bool restored);
    void set_storage(bool kept, const std::string& why) {
        storage_ = kept ? 1 : 0;
        storage_why_ = why;
    }
    void remove_added(size_t index);  // SIZE_MAX: all of them
    void pick_files() { host_.pick_files(); }
    void set_added_panel_open(bool open) { added_panel_open_ = open; }
    static constexpr size_t kMostAddedFiles = 500;
    static constexpr size_t kMostAddedBytes = 64u * 1024u * 1024u;

    // Generated events (copies of the real ones at other dates), for the benchmark.
    void add_generated_events(size_t count);

    // --- Time ------------------------------------------------------------------------------------
    // Advances by dt seconds: play, the view's glide, notices, a share of the reading, the
    // filter, and the URL once the reader rests. Called once per frame, before drawing.
    void tick(double dt);
    bool animating() const;

    // --- What the views read -----------------------------------------------------------------------
    const Timeline& timeline() const { return timeline_; }
    // The story: its settings (kept whole, so that a reader's own story can be edited later)
    // and the lanes its rule gives the events.
    const Story& story() const { return story_; }
    const Lanes& lanes() const { return lanes_; }
    const std::vector<EventBox>& boxes() const { return boxes_; }
    double longest_event_days() const { return longest_; }
    const TimelineView& view() const { return view_; }
    double playhead() const { return playhead_; }
    int selected() const { return selected_; }
    bool playing() const { return playing_; }
    const std::string& filter() const { return filter_; }
    const std::vector<int>& shown() const { return shown_; }
    int article_event() const { return article_event_; }
    int article_source() const { return article_source_; }
    bool ready() const { return ready_; }
    const std::vector<std::string>& errors() const { return errors_; }
    const std::string& toast() const { return toast_; }
    double toast_left() const { return toast_left_; }
    // Bumped whenever the selection changes (the list scrolls to it) or an article opens (its
    // view scrolls to the passage): views compare with the value they last saw.
    uint64_t selection_serial() const { return selection_serial_; }
    uint64_t article_serial() const { return article_serial_; }
    std::string date_words(int event) const;  // "Thursday 29 June 2017", "June 2017"...

    struct Added {
        NamedFile file;
        double key = 0;  // the browser storage's key (0: not kept)
    };
    const std::vector<Added>& added() const { return added_; }
    const Problems& added_problems() const { return added_problems_; }
    bool is_added(uint32_t article) const { return article >= bundled_read_; }
    size_t bundled_articles() const { return bundled_read_; }
    int storage() const { return storage_; }  // the browser keeps added articles: 1, 0, -1 not known
    const std::string& storage_why() const { return storage_why_; }
    bool reading() const { return builder_ != nullptr; }
    size_t reading_done() const { return queue_next_; }
    size_t reading_total() const { return queue_.size(); }
    bool added_panel_open() const { return added_panel_open_; }

    // What window.dateline.state() returns (README: "The page's JavaScript API").
    std::string state_json(const ScreenFacts& screen, unsigned long frames_drawn, double first_frame_ms) const;

private:
    void build_boxes();
    void mark_moved() {  // the reader moved: the URL will follow once they rest
        url_dirty_ = true;
        url_quiet_ = 0;
    }
    void show_notice(std::string text);
    void sync_url(double dt);
    float playhead_x_clamped() const;
    void start_rebuild();
    void read_some();
    void finish_rebuild();

    BrowserHost& host_;
    Story story_;
    Lanes lanes_;  // of timeline_.events
    Timeline timeline_;
    // What the timeline is built from: the bundled articles, and those the reader added.
    std::vector<ArticleInput> bundled_;
    Problems bundled_problems_;
    size_t bundled_read_ = 0;  // timeline_.articles before this index are the bundled ones
    std::vector<Added> added_;
    size_t added_bytes_ = 0;
    Problems intake_problems_;    // files refused or unreadable in the latest batch
    bool batch_open_ = false;     // add_file() since the last files_added()
    bool restored_batch_ = false;
    std::unique_ptr<TimelineBuilder> builder_;  // while reading: the timeline being built
    std::vector<ArticleInput> queue_;
    size_t queue_next_ = 0, queue_bundled_ = 0, queue_total_ = 0;
    std::vector<std::string> added_labels_;  // how problems name the added files
    Problems added_problems_;                 // what the added files gave to say
    bool added_panel_open_ = false;
    int storage_ = -1;
    std::string storage_why_;
    std::vector<EventBox> boxes_;  // one per event, same order (events are sorted by start)
    double longest_ = 0;           // the longest event, in days (for culling)
    bool ready_ = false;
    std::vector<std::string> errors_;   // what the page could not do
    std::vector<std::string> notices_;  // quiet notes (a link not understood)

    // What the reader did.
    TimelineView view_;
    bool view_set_ = false;  // a link gave the view
    double playhead_ = 0;    // continuous day
    int selected_ = -1;
    bool playing_ = false;
    bool reduced_motion_ = false;
    double play_clock_ = 0;
    std::string filter_;
    std::vector<int> shown_;  // events passing the filter
    bool filter_dirty_ = true;
    int article_event_ = -1, article_source_ = -1;  // the open article view
    uint64_t selection_serial_ = 0, article_serial_ = 0;

    // URL and notices.
    bool url_dirty_ = false;
    double url_quiet_ = 0;    // seconds since the last move
    double url_pending_ = 0;  // seconds since the URL last matched the state
    std::string toast_;
    double toast_left_ = 0;
};

// Frame costs, for the benchmark (dateline.frameStats()).
class FrameStats {
public:
    void record(double ms, double build_ms);
    std::string json(bool reset);  // {"count", "p50", "p95", "max", "buildP50", "buildP95"}

private:
    std::vector<float> frame_ms_;  // since the last reset (at most 20,000)
    std::vector<float> build_ms_;  // of which building the interface (the rest: handing it to WebGL)
};

}  // namespace dateline
