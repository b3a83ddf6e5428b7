// App: Dateline's interface, a thin view over the core's Timeline.
//
// It owns the Timeline built at start-up from the bundled articles and draws it with Dear ImGui;
// everything it shows comes from core queries (timeline.h) and the view logic (timeline_view.h).
// Its own state is only what the reader did: the playhead, the selected event, the visible
// range, the filter, the open article. main.cpp is the platform around it (SDL, WebGL, pixels,
// idle).
//
// Files:  app.cpp             layout, keyboard, play, URL hash, state for JavaScript
//         timeline_panel.cpp  the timeline: axis, lanes, markers, playhead, zoom and pan
//         reading_panel.cpp   the reading panel, the event list, the article view
//         added_articles.cpp  articles the reader adds: read between frames, "Your articles"
#pragma once

#include <SDL.h>

#include <memory>
#include <string>
#include <vector>

#include "article_inputs.h"
#include "imgui.h"
#include "timeline.h"
#include "timeline_view.h"
#include "url_state.h"

namespace dateline {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* title = nullptr;
    ImFont* small = nullptr;
};

class App {
public:
    // The house style, at pixel ratio 1 (main.cpp scales it).
    static void style(ImGuiStyle& style);

    void set_fonts(const Fonts& fonts) { fonts_ = fonts; }
    void set_pixel_ratio(float ratio) { ratio_ = ratio; }
    void set_embedded(bool embedded) { embedded_ = embedded; }
    void add_error(std::string message) { errors_.push_back(std::move(message)); }

    // Reads the articles of a folder (their *.txt and sources.json) and builds the timeline.
    void load_articles(const std::string& folder);
    // Articles the reader adds (dropped on the page, or chosen with "Add articles..."); the page
    // keeps them in the browser's storage under `key` and hands them back at start (`restored`).
    // add_file() is false when the file is refused (past the bounds below); files_added() ends a
    // batch: the timeline is rebuilt, a few articles per frame, and the outcome shown.
    bool add_file(std::string name, std::string bytes, uint64_t full_size, double key);
    void file_unreadable(const std::string& name, const std::string& why);
    void files_added(bool restored);
    void set_storage(bool kept, const std::string& why) {
        storage_ = kept ? 1 : 0;
        storage_why_ = why;
    }
    static constexpr size_t kMostAddedFiles = 500;
    static constexpr size_t kMostAddedBytes = 64u * 1024u * 1024u;
    // Applies a URL hash ("#event=...&t=...&view=..."); what is not understood becomes a notice.
    void apply_url_hash(const std::string& hash);
    // Moves to an event id or a date (YYYY-MM-DD); false if it is neither.
    bool go_to(const std::string& target);

    // SDL events the interface reads itself (wheel, pinch, fingers); true when used.
    bool handle_event(const SDL_Event& event);
    bool animating() const;
    void draw();

    // What window.dateline.state() returns (README: "The page's JavaScript API").
    std::string state_json(unsigned long frames_drawn) const;
    // The markers on screen, for tests and hosts: [{x, y, events: [ids]}] in CSS pixels.
    std::string markers_json() const;

    // Performance measurement (tests/bench/page_bench.mjs): the CPU time of each frame, and
    // generated events (copies of the real ones at other dates) to load the timeline.
    void record_frame_time(double ms, double build_ms);
    void set_first_frame_ms(double ms) { first_frame_ms_ = ms; }
    std::string frame_stats_json(bool reset);
    void add_generated_events(size_t count);

private:
    // app.cpp
    void layout_and_draw();
    void draw_header(float width);
    void keyboard();
    void select(int event, bool move_playhead);
    void set_playhead(double day, bool follow);
    void step_play(double dt);
    void fit_all();
    void build_boxes();
    void sync_url(double dt);
    void mark_moved() {  // the reader moved: the URL will follow once they rest
        url_dirty_ = true;
        url_quiet_ = 0;
    }
    void show_notice(std::string text);
    float px(float css) const { return css * ratio_; }
    std::string date_words(int event) const;
    // timeline_panel.cpp
    void draw_timeline(ImVec2 size);
    void zoom_at(float factor, float x, bool smooth);
    // added_articles.cpp
    void start_rebuild();
    void read_some();
    void finish_rebuild();
    void draw_added_button();
    float added_button_width() const;
    std::string added_button_label() const;
    void draw_added_panel();
    void remove_added(size_t index);  // SIZE_MAX: all of them
    bool is_added(uint32_t article) const { return article >= bundled_read_; }
    // reading_panel.cpp
    void draw_reading(ImVec2 size);
    void draw_list(ImVec2 size);
    void draw_article(ImVec2 size);
    void draw_figures_for(const Event& event);
    void draw_intro();

    Timeline timeline_;
    // What the timeline is built from: the bundled articles, and those the reader added.
    std::vector<ArticleInput> bundled_;
    Problems bundled_problems_;
    size_t bundled_read_ = 0;  // timeline_.articles before this index are the bundled ones
    struct Added {
        NamedFile file;
        double key = 0;  // the browser storage's key (0: not kept)
    };
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
    ImVec2 added_button_min_{0, 0}, added_button_max_{0, 0};  // last frame's button (pixels)
    ImVec2 remove_all_min_{0, 0}, remove_all_max_{0, 0};      // and the panel's "Remove all"
    int storage_ = -1;  // the browser keeps added articles: 1 yes, 0 no, -1 not known yet
    std::string storage_why_;
    std::vector<EventBox> boxes_;  // one per event, same order (events are sorted by start)
    bool ready_ = false;
    std::vector<std::string> errors_;   // what the page could not do
    std::vector<std::string> notices_;  // quiet notes (a link not understood)
    Fonts fonts_;
    float ratio_ = 1.0f;
    bool embedded_ = false;

    // What the reader did.
    TimelineView view_;
    bool view_set_ = false;
    double playhead_ = 0;  // continuous day
    int selected_ = -1;
    bool playing_ = false;
    double play_clock_ = 0;
    std::string filter_;
    std::vector<int> shown_;  // events passing the filter
    bool filter_dirty_ = true;
    int article_event_ = -1, article_source_ = -1;  // the open article view
    bool scroll_list_to_selection_ = false;
    bool scroll_article_to_passage_ = false;

    // Interaction.
    enum class Drag { None, Pan, Playhead } drag_ = Drag::None;
    ImVec2 timeline_min_{0, 0}, timeline_max_{0, 0};  // last frame's timeline rectangle (pixels)
    float lanes_top_ = 0, lanes_bottom_ = 0;
    MarkerLayout markers_;  // this frame's markers (buffers reused)
    double longest_ = 0;    // the longest event, in days (for culling)
    int fingers_ = 0;
    // Keys pressed since the last frame, from SDL's events: ImGui 1.86 reads key state once a
    // frame, so a tap shorter than a frame would be missed.
    std::vector<SDL_Scancode> keys_pressed_;
    bool narrow_ = false;
    int tab_ = 0;  // narrow layout: 0 event, 1 list

    // Performance measurement.
    std::vector<float> frame_ms_;  // frame costs since the last reset (at most 20,000)
    std::vector<float> build_ms_;  // of which building the interface (the rest: handing it to WebGL)
    double first_frame_ms_ = 0;    // from navigation start to the first frame drawn

    // URL and notices.
    bool url_dirty_ = false;
    double url_quiet_ = 0;    // seconds since the last move
    double url_pending_ = 0;  // seconds since the URL last matched the state
    std::string toast_;
    double toast_left_ = 0;
};

}  // namespace dateline
