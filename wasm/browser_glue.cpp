// The browser glue (browser_glue.h): every call between Dateline's C++ and the page's JavaScript,
// in one file. Contents, in this order:
//   Outwards (C++ asks the page)
//     1. The page host: the model's BrowserHost, each call a function of browser_api.js,
//        editor.js, story_form.js or publish.js (URL hash, clipboard, links, file picker,
//        storage, forms, downloads, title).
//     2. Start-up and the main loop, for main.cpp: clock, pixel ratio, main loop, start-up marks,
//        a fatal error, the published page's data, after each frame.
//   Inwards (the page asks C++): functions exported to JavaScript (extern "C", each listed in
//   wasm/CMakeLists.txt's exported_functions), acting on what main.cpp connected at start
//     3. State and navigation (browser_api.js): wake, state(), markers(), goto(), the URL hash,
//        frame costs, generated events, the embedded layout.
//     4. Added articles (browser_api.js): files handed over, storage, restoring.
//     5. Edits (editor.js): the kept corrections, the edit form.
//     6. The accessible mirror (accessibility.js) and the first-visit hint (first_look.js).
//     7. Hosts that embed the page (embed_api.js, embed_input.js): play, filter, view, selection.
//     8. Story settings and the merge search (editor.js, story_form.js).
//     9. Publishing (publish.js): exports, downloads, the published page, print, Edit on or off.
//    10. The map's part of the accessible mirror (map_mirror.js).
#include "browser_glue.h"

#include "accessibility.h"
#include "map_mirror.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <cstdlib>
#include <string>

#include "calendar.h"

namespace dateline::browser {

namespace {

// --- 1. The page host --------------------------------------------------------------------------

// Each call reaches a function the page defines in browser_api.js, if it does.
class PageHost final : public BrowserHost {
public:
    void replace_hash(const std::string& hash) override {
        EM_ASM({ if (Module.replaceHash) Module.replaceHash(UTF8ToString($0)); }, hash.c_str());
    }
    void copy_text(const std::string& text) override {
        EM_ASM({ if (Module.copyText) Module.copyText(UTF8ToString($0)); }, text.c_str());
    }
    void open_link(const std::string& url) override {
        EM_ASM({ if (Module.openLink) Module.openLink(UTF8ToString($0)); }, url.c_str());
    }
    void pick_files() override {
        EM_ASM({ if (Module.pickFiles) Module.pickFiles(); });
    }
    void forget_added_file(double key) override {
        EM_ASM({ if (Module.forgetAddedFile) Module.forgetAddedFile($0); }, key);
    }
    void set_title(const std::string& title) override {
        EM_ASM({ document.title = UTF8ToString($0); }, title.c_str());  // text, never markup
    }
    double now_ms() override { return emscripten_get_now(); }
    void store_edits(const std::string& document) override {
        EM_ASM({ if (Module.storeEdits) Module.storeEdits(UTF8ToString($0)); }, document.c_str());
    }
    void store_story(const std::string& document) override {
        EM_ASM({ if (Module.storeStory) Module.storeStory(UTF8ToString($0)); }, document.c_str());
    }
    void open_story_form(const std::string& document) override {
        EM_ASM({ if (Module.openStoryForm) Module.openStoryForm(UTF8ToString($0)); }, document.c_str());
    }
    void open_merge_search(const std::string& headline) override {
        EM_ASM({ if (Module.openMergeSearch) Module.openMergeSearch(UTF8ToString($0)); }, headline.c_str());
    }
    void store_added_date(double key, const std::string& date) override {
        EM_ASM({ if (Module.storeAddedDate) Module.storeAddedDate($0, UTF8ToString($1)); }, key, date.c_str());
    }
    void open_edit_form(const std::string& form, const std::string& label, const std::string& value, const std::string& hint) override {
        EM_ASM({ if (Module.openEditForm) Module.openEditForm(UTF8ToString($0), UTF8ToString($1), UTF8ToString($2), UTF8ToString($3)); },
               form.c_str(), label.c_str(), value.c_str(), hint.c_str());
    }
    // Publishing: functions wasm/publish.js defines.
    void download(const std::string& file_name, const std::string& type, const std::string& content) override {
        EM_ASM({ if (Module.downloadFile) Module.downloadFile(UTF8ToString($0), UTF8ToString($1), UTF8ToString($2, $3)); },
               file_name.c_str(), type.c_str(), content.data(), content.size());
    }
    void save_page(bool include_bundled) override {
        EM_ASM({ if (Module.savePage) Module.savePage(!!$0); }, include_bundled ? 1 : 0);
    }
    void print_layout() override {
        EM_ASM({ if (Module.printLayout) Module.printLayout(true); });
    }
    void save_picture() override {
        EM_ASM({ if (Module.savePicture) Module.savePicture(); });
    }
};

Connections c;
double first_frame_ms = 0;  // from navigation start to the first frame drawn
size_t font_glyphs = 0;     // font_atlas_built()
bool font_atlas_prebuilt = false;  // font_atlas_built()

void wake() {
    if (c.wake) c.wake();
}

}  // namespace

BrowserHost& page_host() {
    static PageHost host;
    return host;
}

// --- 2. Start-up and the main loop --------------------------------------------------------------

double now_ms() { return emscripten_get_now(); }
float device_pixel_ratio() { return static_cast<float>(emscripten_get_device_pixel_ratio()); }
void start_main_loop(void (*frame)()) { emscripten_set_main_loop(frame, 0, false); }
void pause_main_loop() { emscripten_pause_main_loop(); }
void resume_main_loop() { emscripten_resume_main_loop(); }

void app_ready() {
    EM_ASM({ if (Module.onAppReady) Module.onAppReady(); });
}

void font_atlas_built(size_t glyphs, bool prebuilt) {
    font_glyphs = glyphs;
    font_atlas_prebuilt = prebuilt;
}

void first_frame_drawn() {
    first_frame_ms = EM_ASM_DOUBLE({ return performance.now(); });
    EM_ASM({ if (Module.onFirstFrame) Module.onFirstFrame(); });
}

void mark_startup(const char* phase) {
    EM_ASM({ if (self.performance && performance.mark) performance.mark('dateline:' + UTF8ToString($0)); }, phase);
}

void show_fatal(const char* message) {
    EM_ASM({ if (Module.showFatal) Module.showFatal(UTF8ToString($0)); }, message);
}

void connect(const Connections& connections) { c = connections; }

std::optional<std::string> publication_data() {
    char* text = reinterpret_cast<char*>(EM_ASM_INT({
        var block = document.getElementById('dateline-publication');
        if (!block) return 0;
        var text = block.textContent;
        var size = lengthBytesUTF8(text) + 1;
        var at = _malloc(size);
        stringToUTF8(text, at, size);
        return at;
    }));
    if (!text) return std::nullopt;
    std::string out(text);
    std::free(text);
    return out;
}

void frame_drawn() {
    EM_ASM({
        if (Module.afterFrame) Module.afterFrame();      // publish.js: a picture of the timeline, if asked
        if (Module.onFrameDrawn) Module.onFrameDrawn();  // accessibility.js: the mirror follows the app
    });
}

}  // namespace dateline::browser

// ---------------------------------------------------------------------------------------------
// Exported to JavaScript (window.dateline in browser_api.js; listed in wasm/CMakeLists.txt)
// ---------------------------------------------------------------------------------------------

using dateline::browser::c;

extern "C" {

// --- 3. State and navigation (browser_api.js) --------------------------------------------------

// Called by browser_api.js on input, resize and visibility changes: draw again.
EMSCRIPTEN_KEEPALIVE void dateline_wake() { dateline::browser::wake(); }

// The app's state as JSON (see window.dateline.state() in the README). The pointer stays valid
// until the next call.
EMSCRIPTEN_KEEPALIVE const char* dateline_state_json() {
    static std::string json;
    if (!c.model || !c.app) return "{\"ready\":false}";
    dateline::FrameFacts frames;
    frames.drawn = c.frames_drawn ? c.frames_drawn() : 0;
    frames.first_frame_ms = dateline::browser::first_frame_ms;
    frames.font_glyphs = dateline::browser::font_glyphs;
    frames.font_atlas_prebuilt = dateline::browser::font_atlas_prebuilt;
    frames.input_waiting = c.input_waiting ? c.input_waiting() : 0;
    frames.resting = c.resting && c.resting();
    json = c.model->state_json(c.app->screen_facts(), frames);
    return json.c_str();
}

// The markers on screen (dateline.markers()).
EMSCRIPTEN_KEEPALIVE const char* dateline_markers_json() {
    static std::string json;
    if (!c.app) return "[]";
    json = c.app->markers_json();
    return json.c_str();
}

// Moves to an event id or a date; 1 if it was one (dateline.goto()).
EMSCRIPTEN_KEEPALIVE int dateline_goto(const char* target) {
    if (!c.model || !target) return 0;
    const bool ok = c.model->go_to(target);
    dateline_wake();
    return ok ? 1 : 0;
}

// The page's URL hash, at start and when the reader edits it.
EMSCRIPTEN_KEEPALIVE void dateline_apply_hash(const char* hash) {
    if (!c.model || !hash) return;
    c.model->apply_url_hash(hash);
    dateline_wake();
}

// Frame cost over the frames drawn since the last reset: {"count", "p50", "p95", "max"} in ms.
EMSCRIPTEN_KEEPALIVE const char* dateline_frame_stats(int reset) {
    static std::string json;
    if (!c.frame_stats) return "{}";
    json = c.frame_stats->json(reset != 0);
    return json.c_str();
}

// ?events=N: N generated events on top of the articles' (for the performance benchmark).
EMSCRIPTEN_KEEPALIVE void dateline_add_generated_events(int count) {
    if (c.model && count > 0) c.model->add_generated_events(static_cast<size_t>(count));
    dateline_wake();
}

// ?embed: the compact layout for iframes.
EMSCRIPTEN_KEEPALIVE void dateline_set_embedded(int embedded) {
    if (c.app) c.app->set_embedded(embedded != 0);
    dateline_wake();
}

// --- 4. Added articles (browser_api.js) ----------------------------------------------------------

// How much of a file the page hands over: the core reads an article up to this many bytes.
EMSCRIPTEN_KEEPALIVE double dateline_largest_article_bytes() { return static_cast<double>(dateline::kLargestArticleBytes); }

// Articles the reader adds (browser_api.js): one file at a time (its bytes copied here; the
// caller frees its buffer), then the end of the batch. 1 if the file was taken.
EMSCRIPTEN_KEEPALIVE int dateline_add_file(const char* name, const unsigned char* bytes, int length, double full_size, double key) {
    if (!c.model || !name || length < 0) return 0;
    std::string data(reinterpret_cast<const char*>(bytes), static_cast<size_t>(length));
    return c.model->add_file(name, std::move(data), full_size > length ? static_cast<uint64_t>(full_size) : 0, key) ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE void dateline_file_unreadable(const char* name, const char* why) {
    if (c.model && name && why) c.model->file_unreadable(name, why);
}
// The publication date the reader gave the file added last ("YYYY-MM-DD"), kept with it.
EMSCRIPTEN_KEEPALIVE void dateline_date_last_added(const char* date) {
    if (c.model && date) c.model->date_last_added(date);
}
EMSCRIPTEN_KEEPALIVE void dateline_files_added(int restored) {
    if (c.model) c.model->files_added(restored != 0);
    dateline_wake();
}
// Whether the browser keeps added articles (storage may be refused: private windows, quotas).
EMSCRIPTEN_KEEPALIVE void dateline_set_storage(int kept, const char* why) {
    if (c.model) c.model->set_storage(kept != 0, why ? why : "");
    dateline_wake();
}
// The page is handing back the reader's articles from an earlier visit (1), or has none (0): a
// link to one of their events waits for them (AppModel::set_restoring).
EMSCRIPTEN_KEEPALIVE void dateline_set_restoring(int restoring) {
    if (!c.model) return;
    const bool waiting = c.model->link_waiting();
    c.model->set_restoring(restoring != 0);
    if (waiting) dateline_wake();  // else nothing changed: no frame (an idle page draws none)
}

// --- 5. Edits (editor.js) -----------------------------------------------------------------------

// The author's corrections (editor.js): the edits document kept in the browser ("" when none),
// handed over once at start after the reader's articles; whether the browser keeps it (a write
// may fail later); and the page's text form, submitted ("" back when done, else what is wrong
// with the text; the pointer stays valid until the next call) or cancelled.
// (They wake the app only when there is something to show: an idle page at start draws nothing.)
EMSCRIPTEN_KEEPALIVE void dateline_restore_edits(const char* document) {
    if (c.model) c.model->restore_edits(document ? document : "");
    if (document && *document) dateline_wake();
}
EMSCRIPTEN_KEEPALIVE void dateline_edits_storage(int kept, const char* why) {
    if (c.model) c.model->set_edits_storage(kept != 0, why ? why : "");
    if (!kept) dateline_wake();
}
EMSCRIPTEN_KEEPALIVE const char* dateline_submit_edit_form(const char* text) {
    static std::string problem;
    problem = c.model && text ? c.model->submit_edit_form(text) : std::string();
    dateline_wake();
    return problem.c_str();
}
EMSCRIPTEN_KEEPALIVE void dateline_cancel_edit_form() {
    if (c.model) c.model->cancel_edit_form();
    dateline_wake();
}

// --- 6. The accessible mirror (accessibility.js) and the first-visit hint (first_look.js) --------

// The accessible mirror (accessibility.js): its content when its version changed, where the
// controls were drawn, and the commands its elements give (1 if understood).
EMSCRIPTEN_KEEPALIVE double dateline_accessibility_version() {
    return c.model ? static_cast<double>(dateline::accessibility_version(*c.model)) : 0;
}
EMSCRIPTEN_KEEPALIVE const char* dateline_accessibility_json() {
    static std::string json;
    if (!c.model) return "{}";
    json = dateline::accessibility_json(*c.model);
    return json.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* dateline_accessibility_layout() {
    static std::string json;
    if (!c.app) return "{}";
    json = c.app->accessibility_layout_json();
    return json.c_str();
}
EMSCRIPTEN_KEEPALIVE int dateline_accessibility_command(const char* command, const char* text, int a, int b) {
    if (!c.app || !command) return 0;
    const bool ok = c.app->accessibility_command(command, text ? text : "", a, b);
    dateline_wake();
    return ok ? 1 : 0;
}
// The first-visit hint (first_look.js): shown unless the page remembers it was dismissed; when
// the reader dismisses it, the page is told (to remember it, where its storage allows).
EMSCRIPTEN_KEEPALIVE void dateline_show_hint(int show) {
    if (c.app) c.app->show_hint(show != 0, [] { EM_ASM({ if (Module.rememberHintDismissed) Module.rememberHintDismissed(); }); });
    dateline_wake();
}

// --- 7. Hosts that embed the page (embed_api.js, embed_input.js) -------------------------------

// Play (1) or pause (0).
EMSCRIPTEN_KEEPALIVE void dateline_play(int play) {
    if (!c.model) return;
    if ((play != 0) != c.model->playing()) c.model->toggle_play();
    dateline_wake();
}

// Keeps the events whose text holds every word of `text` (the filter box's command).
EMSCRIPTEN_KEEPALIVE void dateline_set_filter(const char* text) {
    if (!c.model || !text) return;
    c.model->set_filter(text);
    dateline_wake();
}

// Shows the days from..to (inclusive, "YYYY-MM-DD"); 1 if both are dates and from <= to.
EMSCRIPTEN_KEEPALIVE int dateline_set_view(const char* from, const char* to) {
    if (!c.model || !from || !to) return 0;
    const auto a = dateline::parse_iso_date(from), b = dateline::parse_iso_date(to);
    if (!a || !b || dateline::days_from_civil(*b) < dateline::days_from_civil(*a)) return 0;
    c.model->apply_url_hash(std::string("#view=") + from + ".." + to);
    dateline_wake();
    return 1;
}

// The current event for a host: {"id", "date", "headline", "own"} or null. `own`: every source
// is an article the reader added in this browser (embed_api.js then sends no headline).
EMSCRIPTEN_KEEPALIVE const char* dateline_selection_json() {
    static std::string json;
    using Json = nlohmann::ordered_json;
    const int selected = c.model ? c.model->selected() : -1;
    if (selected < 0) return "null";
    const dateline::Event& e = c.model->timeline().events[static_cast<size_t>(selected)];
    bool own = true;
    for (const dateline::EventSource& s : e.sources) own = own && c.model->is_added(s.article);
    Json j;
    j["id"] = e.id;
    j["date"] = dateline::to_iso(dateline::civil_from_days(e.first_day));
    j["headline"] = e.title;
    j["own"] = own;
    json = j.dump(-1, ' ', false, Json::error_handler_t::replace);
    return json.c_str();
}

// What a host follows besides the selection: {"from", "to", "moving", "height"}: the visible
// range (inclusive days), whether it still moves (a glide, play, a finger down), and the height
// the embedded layout wants in CSS pixels (0 outside it).
EMSCRIPTEN_KEEPALIVE const char* dateline_host_json() {
    static std::string json;
    if (!c.model || !c.app) return "null";
    const dateline::TimelineView& v = c.model->view();
    nlohmann::ordered_json j;
    j["from"] = dateline::to_iso(dateline::civil_from_days(static_cast<int64_t>(std::floor(v.from()))));
    j["to"] = dateline::to_iso(dateline::civil_from_days(static_cast<int64_t>(std::ceil(v.to())) - 1));
    j["moving"] = v.gliding() || c.model->playing() || c.app->animating();
    j["height"] = c.app->screen_facts().wanted_height;
    json = j.dump();
    return json.c_str();
}

// Which ways the panel under (x, y), CSS pixels of the canvas, can scroll for a finger landing
// there (App::vertical_swipe_room: 1 back, 2 on, 0 where nothing scrolls).
EMSCRIPTEN_KEEPALIVE int dateline_vertical_swipe_room(double x, double y) {
    return c.app ? c.app->vertical_swipe_room(static_cast<float>(x), static_cast<float>(y)) : 0;
}
// The browser scrolls the host page with the current touch: the app lets it go (embed_input.js).
EMSCRIPTEN_KEEPALIVE void dateline_touch_taken_by_host() {
    if (c.app) c.app->touch_taken_by_host();
}

// --- 8. Story settings and the merge search (story_form.js, editor.js) ---------------------------
// Texts returned stay valid until the next call of the same function.

// The form's story document: "" when applied, else what is wrong (the form shows it).
EMSCRIPTEN_KEEPALIVE const char* dateline_submit_story_form(const char* document) {
    static std::string problem;
    problem = c.model && document ? c.model->set_story_settings(document) : std::string("The page is not ready");
    dateline_wake();
    return problem.c_str();
}

// The story settings kept in the browser ("" when none), handed over at start after the edits.
EMSCRIPTEN_KEEPALIVE void dateline_restore_story(const char* document) {
    if (c.model && document && *document) {
        c.model->restore_story(document);
        dateline_wake();
    }
}

// The merge search: the events matching the query ([{"event", "date", "headline"}]), and the one chosen.
EMSCRIPTEN_KEEPALIVE const char* dateline_merge_search(const char* query) {
    static std::string json;
    json = c.model && query ? c.model->merge_search_json(query, 50) : std::string("[]");
    return json.c_str();
}
EMSCRIPTEN_KEEPALIVE void dateline_merge_chosen(int event) {
    if (c.model) c.model->merge_chosen(event);
    dateline_wake();
}

// --- 9. Publishing (publish.js) -----------------------------------------------------------------
// window.dateline.exportText(), savePage(), printLayout(); the Share menu's downloads.

// The corrected timeline exported: "timelinejs", "csv" or "json" (valid until the next call).
EMSCRIPTEN_KEEPALIVE const char* dateline_export(const char* format) {
    static std::string text;
    text = c.model && format ? c.model->export_text(format) : std::string();
    return text.c_str();
}

// The same, offered to the reader as a download (the Share menu's items).
EMSCRIPTEN_KEEPALIVE void dateline_download(const char* format) {
    if (c.model && format) c.model->download_export(format);
}

// The engine page (UTF-8 bytes, the caller's buffer) with this page's publication inlined; an
// empty text when the engine is not Dateline's offline page (dateline_publish_why() says why).
static std::string publish_why;
EMSCRIPTEN_KEEPALIVE const char* dateline_publication_page(const char* engine, int length, int include_bundled) {
    static std::string page;
    page.clear();
    publish_why = "the page is not ready";
    if (c.model && engine && length >= 0)
        page = c.model->publication_page(std::string_view(engine, static_cast<size_t>(length)), include_bundled != 0, publish_why);
    return page.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* dateline_publish_why() { return publish_why.c_str(); }

// The print layout's data (AppModel::print_document).
EMSCRIPTEN_KEEPALIVE const char* dateline_print_document() {
    static std::string text;
    text = c.model ? c.model->print_document() : std::string("{}");
    return text.c_str();
}

// Save as page, from the page's API (the menu asks the model, which asks the page the same way).
EMSCRIPTEN_KEEPALIVE void dateline_save_page(int include_bundled) {
    if (c.model) c.model->save_page(include_bundled != 0);
}

// Edit on or off (published pages open read-only).
EMSCRIPTEN_KEEPALIVE void dateline_set_editing(int on) {
    if (c.model) c.model->set_editing(on != 0);
    dateline_wake();
}

// What publish.js could not do (fetch the engine, make the picture): shown with the app's errors.
EMSCRIPTEN_KEEPALIVE void dateline_publish_failed(const char* message) {
    if (c.model && message) c.model->add_error(message);
    dateline_wake();
}

// --- 10. The map's part of the accessible mirror (map_mirror.js; its content: map_mirror.h) ------

EMSCRIPTEN_KEEPALIVE double dateline_map_mirror_version() {
    return c.model ? static_cast<double>(dateline::map_mirror_version(*c.model)) : 0;
}

// Valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* dateline_map_mirror_json() {
    static std::string json;
    json = c.model ? dateline::map_mirror_json(*c.model) : std::string("{}");
    return json.c_str();
}

// The mirror's choice of a place (a Gazetteer::places() index; -1: every place), as a click on
// its dot: 1 if the filter now shows that place (or every place for -1).
EMSCRIPTEN_KEEPALIVE int dateline_map_choose(int place) {
    if (!c.model) return 0;
    c.model->set_place_filter(place);
    dateline_wake();
    return c.model->place_filter() == (place < 0 ? -1 : place) ? 1 : 0;
}

}  // extern "C"
