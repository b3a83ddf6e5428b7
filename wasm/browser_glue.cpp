#include "browser_glue.h"

#include "accessibility.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <string>

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
};

Connections c;
double first_frame_ms = 0;  // from navigation start to the first frame drawn

void wake() {
    if (c.wake) c.wake();
}

}  // namespace

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

void show_fatal(const char* message) {
    EM_ASM({ if (Module.showFatal) Module.showFatal(UTF8ToString($0)); }, message);
}

void connect(const Connections& connections) { c = connections; }

void frame_drawn() {
    EM_ASM({ if (Module.onFrameDrawn) Module.onFrameDrawn(); });
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
    json = c.model->state_json(c.app->screen_facts(), c.frames_drawn ? c.frames_drawn() : 0, dateline::browser::first_frame_ms);
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
EMSCRIPTEN_KEEPALIVE void dateline_files_added(int restored) {
    if (c.model) c.model->files_added(restored != 0);
    dateline_wake();
}
// Whether the browser keeps added articles (storage may be refused: private windows, quotas).
EMSCRIPTEN_KEEPALIVE void dateline_set_storage(int kept, const char* why) {
    if (c.model) c.model->set_storage(kept != 0, why ? why : "");
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

}  // extern "C"
