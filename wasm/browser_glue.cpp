#include "browser_glue.h"

#include "accessibility.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <cstdlib>
#include <string>

#include "calendar.h"

namespace dateline::browser {

namespace {

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

}  // namespace

void wake() {
    if (c.wake) c.wake();
}
AppModel* connected_model() { return c.model; }

BrowserHost& page_host() {
    static PageHost host;
    return host;
}

double now_ms() { return emscripten_get_now(); }
float device_pixel_ratio() { return static_cast<float>(emscripten_get_device_pixel_ratio()); }
void start_main_loop(void (*frame)()) { emscripten_set_main_loop(frame, 0, false); }
void pause_main_loop() { emscripten_pause_main_loop(); }
void resume_main_loop() { emscripten_resume_main_loop(); }

void app_ready() {
    EM_ASM({ if (Module.onAppReady) Module.onAppReady(); });
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
// How much of a file the page hands over: the core reads an article up to this many bytes.
EMSCRIPTEN_KEEPALIVE double dateline_largest_article_bytes() { return static_cast<double>(dateline::kLargestArticleBytes); }

// The first-visit hint (first_look.js): shown unless the page remembers it was dismissed; when
// the reader dismisses it, the page is told (to remember it, where its storage allows).
EMSCRIPTEN_KEEPALIVE void dateline_show_hint(int show) {
    if (c.app) c.app->show_hint(show != 0, [] { EM_ASM({ if (Module.rememberHintDismissed) Module.rememberHintDismissed(); }); });
    dateline_wake();
}

// --- For hosts that embed the page (embed_api.js, embed_input.js) ------------------------------

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

}  // extern "C"
