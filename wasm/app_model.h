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
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "article_inputs.h"
#include "overview.h"
#include "map_view.h"
#include "calendar.h"
#include "edits.h"
#include "publication.h"
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
    // The author's corrections (app_model_edits.cpp): the edits document, to keep in the
    // browser's storage after each edit; and the page's text form for an edit (editor.js), with
    // what it asks, the current value and a hint. No-ops by default (a host without them).
    virtual void store_edits(const std::string& document) { (void)document; }
    virtual void open_edit_form(const std::string& form, const std::string& label, const std::string& value,
                                const std::string& hint) {
        (void)form, (void)label, (void)value, (void)hint;
    }
    // The story's settings as the author set them in the page (a story document, story.h), to
    // keep in the browser's storage beside the edits; the page's story settings form (editor.js)
    // filled from a story document; the page's search of every event to merge with, for the
    // event headlined `headline`.
    virtual void store_story(const std::string& document) { (void)document; }
    virtual void open_story_form(const std::string& document) { (void)document; }
    virtual void open_merge_search(const std::string& headline) { (void)headline; }
    // The publication date the reader gave an added article ("" none), kept with it in storage.
    virtual void store_added_date(double key, const std::string& date) { (void)key, (void)date; }
    // Publishing (wasm/publish.js): a file to download; the page saved ("Save as page": the page
    // fetches or takes its engine, then asks publication_page()); the print layout built from
    // print_document() and printed; a picture of the timeline as drawn.
    virtual void download(const std::string& /*file_name*/, const std::string& /*type*/, const std::string& /*content*/) {}
    virtual void save_page(bool /*include_bundled*/) {}
    virtual void print_layout() {}
    virtual void save_picture() {}
};

// The main loop's counts, for state_json(): frames drawn, when the first one was, input the
// browser has delivered that no frame has read yet, and whether the loop rests (nothing moves,
// no frame is drawn until the next input). Tests wait on the last two rather than on time.
struct FrameFacts {
    unsigned long drawn = 0;
    double first_frame_ms = 0;
    size_t font_glyphs = 0;  // glyphs per font size in the font atlas (main.cpp, font_glyphs.h)
    bool font_atlas_prebuilt = false;  // the atlas is one the build made, restored (font_atlas.h)
    size_t input_waiting = 0;
    bool resting = false;
};

// Where the views drew things this frame, for state_json() (tests and hosts read them).
struct ScreenFacts {
    float pixel_ratio = 1;
    const char* layout = "wide";  // "wide", "narrow", "embed"
    struct Rect {
        float x = 0, y = 0, width = 0, height = 0;  // CSS pixels
    };
    Rect timeline, added_button, remove_all;
    Rect overview;                         // the overview strip (overview_strip.cpp)
    double overview_days = 0;              // the axis it shows (the whole story), in days
    float brush_x = 0, brush_width = 0;    // its brush: the visible window (CSS pixels)
    bool hint = false;                     // the first-visit hint is shown
    Rect hint_button;                      // and its "Got it"
    Rect map;                        // the map panel (0 wide when not drawn)
    std::vector<MapPoint> map_dots;  // per AppModel::map_places(): where it is drawn, CSS pixels of the page
    std::vector<bool> map_drawn;     // and whether it is (within the map, not hidden as still to come)
    int map_hovered = -1;            // the place under the pointer, or -1
    Rect map_tab;                    // the narrow layout's Map tab (0 wide when none)
    Rect share_button;  // "Share / export"
    float playhead_x = 0;  // CSS pixels
    size_t markers_visible = 0, markers_merged = 0;
    // Touch and embedding (touch_input.h, embed_api.js): the narrow layout's tab ("event",
    // "list"; null in other layouts), each scrolling panel's scroll (null when not drawn), and the
    // height an embed would need to show the current event without scrolling.
    const char* tab = nullptr;
    struct Scroll {
        bool drawn = false;
        float y = 0, max = 0;  // CSS pixels
    };
    struct {
        Scroll reading, list, article;
    } scroll;
    float wanted_height = 0;  // CSS pixels; 0 when not known
    // The reading panel: where it is on the page, how far it is scrolled, and where the current
    // event's headline, date and first passage are (CSS pixels of the page, as drawn).
    struct Reading {
        bool drawn = false;
        Rect panel;
        float scroll_y = 0, scroll_max = 0;
        float headline_top = 0, date_bottom = 0, passage_top = 0, passage_line_bottom = 0;
    } reading;
    // The event list's rows on screen: the event and its headline as drawn (cut to the row).
    struct ListRow {
        int event = -1;
        std::string text;
    };
    std::vector<ListRow> list_rows;
    Rect choices;  // the list of same-day events to choose from, when open
    // Named controls drawn this frame (the editing controls: "edit", "rename", "undo"...).
    std::vector<std::pair<std::string, Rect>> controls;
};

// The story settings that differ between `own` and `now`, by name, in the form's order: "title",
// "description", "credit", "lanes" (the rule or how many), "view" (app_model_story.cpp).
std::vector<std::string> changed_settings(const Story& own, const Story& now);

class AppModel {
public:
    explicit AppModel(BrowserHost& host) : host_(host) {}

    // --- Loading -----------------------------------------------------------------------------
    // Reads the bundled story's files (bundled_reading.h: the articles, *.txt and *.html, with
    // sources.json's facts, and story.json: title, lanes, opening view), and builds the timeline.
    // The page's files are compiled into it (bundled_article_files(): it has no file system).
    void load_articles(const std::vector<NamedFile>& bundled);
    // The same, with their reading made at build time (bundled_reading.h) when it was made from
    // exactly these articles by this core; otherwise they are read as above.
    void load_articles(const std::vector<NamedFile>& bundled, std::string_view bundled_reading);
    // The same again, with the story and the articles' names and facts gathered at build time too
    // (bundled_inputs.bin, bundled_reading.h): no JSON parsed before the first frame. Inputs that
    // do not fit the files' articles are gathered from them as above.
    void load_articles(const std::vector<NamedFile>& bundled, std::string_view bundled_reading, std::string_view bundled_inputs);
    // Each of them with a folder's files instead (bundled_files_in: the native tests' folders).
    void load_articles(const std::string& folder);
    void load_articles(const std::string& folder, std::string_view bundled_reading);
    void load_articles(const std::string& folder, std::string_view bundled_reading, std::string_view bundled_inputs);
    void add_error(std::string message) { errors_.push_back(std::move(message)); }
    // Replaces the story's settings (for an editor of the reader's own story, to come): the
    // lanes follow the new rule at once; the view and the selection stay where the reader is.
    void set_story(Story story);

    // --- Publishing (app_publishing.cpp) ------------------------------------------------------
    // A published page (publication.h): its articles, sources.json, story and edits, read at
    // start instead of the bundled articles (and besides them when it says "bundled"). A data
    // block that cannot be read is named in errors() and the bundled articles are shown.
    void load_publication(const std::vector<NamedFile>& bundled, std::string_view publication_json);
    void load_publication(const std::string& folder, std::string_view publication_json);  // a folder's files (the tests)
    bool published() const { return published_; }
    // The corrected timeline as shown, exported (timeline_export.h): "timelinejs", "csv" or
    // "json" (with passages: --explain); byte for byte what `dateline export` writes for the
    // same articles, story and edits. download_export() hands it to the page as a file.
    std::string export_text(std::string_view format) const;
    void download_export(std::string_view format);
    // What "Save as page" inlines: the page's own articles and the reader's added ones (as
    // files), the story's settings and the edits; the bundled articles only when asked. Without
    // them, the bundled story's own settings (its title, credit, opening view) would describe
    // articles the page does not hold: only the settings the author changed go with the page,
    // the others take their defaults (no title, lanes by country, a view chosen from its events).
    Publication publication(bool include_bundled) const;
    // The engine page with publication() inlined (publication.h); empty with `why` when
    // `engine` is not Dateline's offline page.
    std::string publication_page(std::string_view engine, bool include_bundled, std::string& why) const;
    void save_page(bool include_bundled) { host_.save_page(include_bundled); }
    // The Share / export menu's "with the bundled articles" choice: one state, here, that the
    // canvas's checkbox and the mirror's menu item both show and both set.
    void set_save_with_bundled(bool on) { save_with_bundled_ = on; }
    bool save_with_bundled() const { return save_with_bundled_; }
    // The print layout's data: every shown event in date order, by lane, with its date as known,
    // headline, note, passages and citations (JSON: {"title", "description", "credit",
    // "lanes": [{"name", "events": [{"id", "date", "headline", "note", "key",
    // "sources": [{"passage", "citation"}]}]}]}).
    std::string print_document() const;
    void print() { host_.print_layout(); }
    void save_picture() { host_.save_picture(); }

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
    // Applies a URL hash ("#event=...&t=...&view=...&q=...&place=..."); what is not understood becomes a
    // notice. The link's event is brought into view. While the reader's own articles are being
    // restored or read (set_restoring, files_added), a link to an event not yet known waits
    // for them, and is applied once they are read.
    void apply_url_hash(const std::string& hash);
    // The page is handing back the reader's articles kept from an earlier visit (true), or has
    // none to hand back (false).
    void set_restoring(bool restoring);
    bool link_waiting() const { return !pending_link_.empty(); }

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
    // Shows a range of the axis (TimelineView::set_axis_range): the overview's brush.
    void show_axis_range(double from, double to);
    void fit_all();
    // Glides to show events [first_day, last_day] with room around them, and selects `event`
    // (a click on a cluster).
    void zoom_to_events(double first_day, double last_day, int event);
    // A click on a counted circle of these events: zooms to them; if they are all of one day
    // (no zoom separates them), lists them to choose from instead (choices()).
    void open_cluster(std::vector<int> events);
    void dismiss_choices() { choices_.clear(); }

    // --- Filter, article, citation -----------------------------------------------------------------
    void set_filter(std::string text);
    // Shows only the events naming a place (a Gazetteer::places() index), besides the text
    // filter; -1 shows every place again. A place no event names is refused (-1 kept).
    void set_place_filter(int place);
    // The story's place of that name (a Gazetteer::places() index; of two, the one with more
    // events), or -1: how a link's #place= is found.
    int map_place_named(std::string_view name) const;
    void open_article(int event, int source);
    void close_article() {
        article_event_ = -1;
        choices_.clear();
    }
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

    // --- Corrections: the author's edits (core/edits.h; app_model_edits.cpp) -------------------
    // The timeline shown is always the drafted one with the edits applied, again after every
    // rebuild. Commands take an event of timeline() (and a source of it); those with text return
    // "" when done, else what is wrong with the text (the form shows it). After an edit the
    // edited event stays selected (a hidden one: the event at the playhead).
    bool editing() const { return editing_; }  // the "Edit" switch (published pages start off)
    void set_editing(bool on) { editing_ = on; }
    std::string rename_event(int event, const std::string& headline);
    std::string redate_event(int event, const std::string& date);  // as parse_edit_date reads it
    void hide_event(int event);
    void show_hidden(size_t hidden);  // an event of edit_outcome().hidden, back on the timeline
    void merge_events(int event, int other);   // `other`'s sources join `event`
    void split_source(int event, int source);  // the source becomes an event of its own
    std::string set_note(int event, const std::string& note);  // "" removes the note
    void set_key(int event, bool key);
    bool undo_edit();  // false when there is nothing to undo
    bool redo_edit();
    // The whole list at once (published pages, tests): no undo past it.
    void set_edits(std::vector<Edit> edits);
    // The edits document the browser kept ("" when none), at start after the reader's articles:
    // its edits come first, any made meanwhile after them. Its problems are said.
    void restore_edits(const std::string& document);
    // Whether the browser keeps the edits (a write may fail later: quota, private window).
    void set_edits_storage(bool kept, const std::string& why);
    // The page's text form (editor.js) for a rename, a date or a note of an event.
    enum class EditForm : uint8_t { Rename, Redate, Note, Published };  // Published: of an added file
    void open_edit_form(EditForm form, int event);  // Published: `event` is the added file's index
    std::string submit_edit_form(const std::string& text);  // "" when done (the form closes)
    void cancel_edit_form() { form_open_ = false; }

    // --- The story's settings, set in the page (app_model_story.cpp) ---------------------------
    // Title, description, credit, lane rule and opening view, as a story document (story.h, the
    // story file's schema). Applied at once (lanes, the page's title, the view), undone and redone
    // with the corrections (one history: undo_edit() takes back whichever came last), kept in the
    // browser, and written by Save as page and the exports as the CLI writes them for that file.
    // "" when applied, else what is wrong (nothing changes).
    std::string set_story_settings(const std::string& document);
    void open_story_form();  // the page's form, filled with the story's settings
    // The settings the browser kept ("" none), at start: applied; a document that cannot be read
    // (malformed, newer) is said in edit_problems() and left as it was kept.
    void restore_story(const std::string& document);
    // The settings that differ from the story's own (its story file's, or the published page's),
    // by name: "title", "description", "credit", "lanes", "view"; none when it is as it came. A
    // change is listed in the editing overview with the corrections, also one kept in the browser
    // from an earlier visit (which no undo reaches): use_own_story() takes the story back to its
    // own settings, as a step Undo takes back.
    std::vector<std::string> story_changes() const { return changed_settings(own_story_, story_); }
    void use_own_story();
    bool can_undo() const { return history_.can_undo() || !story_done_.empty(); }
    bool can_redo() const { return history_.can_redo() || !story_undone_.empty(); }
    // Merge with any event: the page's search (editor.js) opens for `event`; merge_search() lists
    // the events whose headline or date (as date_words() says it) hold every word of `query`, nearest
    // in date first, at most `most`, as JSON [{"event", "date", "headline"}]; merge_chosen()
    // merges the chosen one into the event the search was opened for.
    void open_merge_search(int event);
    std::vector<int> merge_search(const std::string& query, size_t most) const;
    std::string merge_search_json(const std::string& query, size_t most) const;
    void merge_chosen(int other);

    const EditHistory& edit_history() const { return history_; }
    // The outcome of applying the edits to the shown timeline: marks per event of timeline(),
    // hidden events, stale edits ("no longer found: ...").
    const EditOutcome& edit_outcome() const { return outcome_; }
    bool is_key(int event) const;
    const std::string& note_of(int event) const;
    bool has_key_events() const;
    // Is any event an approximate day ("a week ago", drawn with whiskers)?
    bool has_approximate_days() const { return approximate_days_; }
    // What was wrong with the stored edits document, said to the author.
    const std::vector<std::string>& edit_problems() const { return edit_problems_; }
    int edits_storage() const { return edits_storage_; }  // kept: 1, not kept: 0, not known: -1
    const std::string& edits_storage_why() const { return edits_storage_why_; }

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
    uint64_t boxes_serial() const { return boxes_serial_; }  // bumped when the boxes are rebuilt
    double longest_event_days() const { return longest_; }
    const TimelineView& view() const { return view_; }
    double playhead() const { return playhead_; }
    int selected() const { return selected_; }
    bool playing() const { return playing_; }
    const std::string& filter() const { return filter_; }
    const std::vector<int>& shown() const { return shown_; }
    // The boxes of the events the filter shows (shown()'s order), or null when it shows all.
    const std::vector<EventBox>* filtered_boxes() const {
        return !filter_dirty_ && shown_.size() < boxes_.size() ? &shown_boxes_ : nullptr;
    }
    // Events of one day listed to choose from (a counted circle no zoom can separate), and a
    // serial bumped each time such a list opens.
    const std::vector<int>& choices() const { return choices_; }
    uint64_t choices_serial() const { return choices_serial_; }
    int place_filter() const { return place_filter_; }
    // The located places the events name, most events first (map_view.h), for the map.
    const std::vector<MapPlace>& map_places() const { return map_places_; }
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
        std::optional<CivilDate> published;  // the date the reader gave it (no date found in it)
    };
    // The reader gives an added article its publication date ("Ask the reader": an article in
    // which none was found); "" takes it back. "" when done, else what is wrong with the date.
    // The timeline is read again with it (as sources.json's date, named "you").
    std::string set_added_date(size_t index, const std::string& date);
    // The date kept with the file added last (restored from storage, before files_added()).
    void date_last_added(const std::string& date) {
        if (!added_.empty()) added_.back().published = parse_iso_date(date);
    }
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
    std::string state_json(const ScreenFacts& screen, const FrameFacts& frames) const;

private:
    void apply_pending_place();  // a link's #place=, now or once the reader's articles are read
    void build_boxes();
    // Reading done at start (load_articles, load_publication): the story, the timeline, the view.
    // `read`: the inputs' timeline when already read (bundled_reading.h).
    void start_story(Story story, const Problems& story_problems, GatheredInputs inputs, std::optional<Timeline> read = {});
    void mark_moved() {  // the reader moved: the URL will follow once they rest
        url_dirty_ = true;
        url_quiet_ = 0;
    }
    void show_notice(std::string text);
    void article_follows_selection();
    bool same_days(const std::vector<int>& events) const;
    void bring_into_view(int event);
    void sync_url(double dt);
    float playhead_x_clamped() const;
    void start_rebuild();
    void read_some();
    void finish_rebuild();
    void refilter();
    int next_play_stop(int from) const;
    std::string editing_json() const;  // state_json()["editing"]
    // Corrections (app_model_edits.cpp).
    void apply_edit_list();  // timeline_.events = the draft with history_ applied
    void edits_changed(const Anchor* focus, bool store = true);  // re-applies, keeps the selection, stores
    void commit_edit(Edit edit, const Anchor& focus);
    bool valid_event(int event) const { return event >= 0 && event < static_cast<int>(timeline_.events.size()); }
    // The story's settings (app_model_story.cpp): applied at once; with `store` kept by the page;
    // with `move_view` a new opening view is shown.
    void apply_story(Story story, bool store, bool move_view = true);
    void edit_done();  // an edit was pushed: the history's order, and nothing left to redo
    bool undo_story();  // the latest step is a change of settings: back to the settings before
    bool redo_story();

    BrowserHost& host_;
    Story story_;
    Story own_story_;  // as the story came (its file, or the published page): story_changes()
    bool published_ = false;                 // a published page: its own articles, not the folder's
    bool published_bundled_ = false;         // and it shows the bundled ones too
    std::vector<NamedFile> published_files_;  // its files as inlined (saved again with the page)
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
    bool dated_batch_ = false;    // the rebuild is for a date the reader gave an added file
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
    bool approximate_days_ = false;  // an event is an approximate day (build_boxes)
    uint64_t boxes_serial_ = 0;
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
    bool save_with_bundled_ = false;  // "Save as page" with the bundled articles too
    double play_clock_ = 0;
    std::string filter_;
    std::vector<int> shown_;  // events passing the filter
    std::vector<EventBox> shown_boxes_;  // their boxes, when the filter leaves some out
    std::vector<int> choices_;           // events of one day to choose from
    uint64_t choices_serial_ = 0;
    bool restoring_ = false;             // the page is handing back the reader's articles
    std::string pending_link_;           // a link whose event may come with them
    std::string pending_place_;          // a link's place (#place=), until the places are known
    int place_filter_ = -1;   // Gazetteer::places() index, or -1
    std::vector<MapPlace> map_places_;  // of timeline_.events, rebuilt with the boxes
    bool filter_dirty_ = true;
    int article_event_ = -1, article_source_ = -1;  // the open article view
    uint64_t selection_serial_ = 0, article_serial_ = 0;

    // Corrections.
    bool editing_ = false;
    EditHistory history_;
    EditOutcome outcome_;  // of history_ on the draft: marks per event of timeline_
    // The drafted events while edits apply (timeline_.events is the draft itself when there
    // are none: no copy of 100,000 generated events for nothing).
    std::optional<std::vector<Event>> draft_;
    bool edits_restored_ = false;  // the stored document was read: writes may replace it
    std::vector<std::string> edit_problems_;
    int edits_storage_ = -1;
    std::string edits_storage_why_;
    bool form_open_ = false;
    EditForm form_ = EditForm::Rename;
    Anchor form_target_;
    size_t form_file_ = 0;  // EditForm::Published: the added file
    // One history for corrections and story settings: which came when (done_steps_ ends with
    // the latest; an edit restored from storage has no step and is undone after every step),
    // and the settings before and after each change of them.
    enum class Step : uint8_t { Edit, Story };
    std::vector<Step> done_steps_, undone_steps_;
    struct StoryChange {
        Story before, after;
    };
    std::vector<StoryChange> story_done_, story_undone_;
    Anchor merge_target_;  // the event the merge search was opened for

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

// The events "Merge with…" offers for `event`: its neighbours by date, nearest first, one before
// then one after, up to `reach` on each side (an event reported twice is reported close in time).
std::vector<int> merge_candidates(const AppModel& model, int event, int reach = 8);

}  // namespace dateline
