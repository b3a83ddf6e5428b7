// The browser glue: the one place Dateline's C++ talks to JavaScript (EM_ASM, emscripten_*).
// Outwards, it implements the model's BrowserHost (URL hash, clipboard, links, file picker,
// storage) and gives main.cpp the page's clock, pixel ratio and main loop. Inwards, it exports
// the functions window.dateline and the page call (browser_api.js), which act on the model and
// the views that main.cpp connects here at start. browser_glue.cpp begins with a table of its
// contents.
#pragma once

#include <optional>
#include <string>

#include "app.h"
#include "app_model.h"

namespace dateline::browser {

BrowserHost& page_host();  // the model's way to the page

double now_ms();  // performance.now(): milliseconds since the page started loading
float device_pixel_ratio();
void start_main_loop(void (*frame)());
void pause_main_loop();
void resume_main_loop();

void app_ready();          // the articles are read: the page hands over ?embed, the URL hash, added files
void first_frame_drawn();  // tells the page (and records when, for state().firstFrameMs)
void font_atlas_built(size_t glyphs, bool prebuilt);  // glyphs per font size in the atlas, and whether the build made it (font_atlas.h), for state()
// A performance mark "dateline:<phase>" on the page's timeline, so a benchmark can tell where
// start-up time goes (tests/bench/startup_peer.mjs prints them).
void mark_startup(const char* phase);
void show_fatal(const char* message);

// What the exported functions act on.
struct Connections {
    AppModel* model = nullptr;
    App* app = nullptr;
    FrameStats* frame_stats = nullptr;
    void (*wake)() = nullptr;                  // draw again (the app pauses while nothing changes)
    unsigned long (*frames_drawn)() = nullptr;
    size_t (*input_waiting)() = nullptr;    // input delivered that no frame has read yet
    bool (*resting)() = nullptr;            // the main loop is paused: nothing moves
};
void connect(const Connections& connections);

// The page's publication data (the text of its <script id="dateline-publication"> block), if it
// is a published page (publication.h).
std::optional<std::string> publication_data();
// Called after each frame is drawn, while its pixels are still in the canvas (publish.js takes
// the timeline's picture then; the page's accessible mirror follows the app).
void frame_drawn();

}  // namespace dateline::browser
