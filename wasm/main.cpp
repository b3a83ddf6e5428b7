// Dateline in the browser: the platform layer.
//
// SDL2 gives the window, input and a WebGL2 context on the page's <canvas id="canvas">; Dear
// ImGui draws the interface; App (app.h) is the interface itself, a view over the core.
//
// Sections:
//   [Pixels]  ImGui works in physical pixels: the canvas buffer is CSS size x devicePixelRatio,
//             mouse positions are scaled the same way, fonts are rasterised at size x ratio and
//             the style is scaled by it. The ratio is checked every frame (browser zoom changes it).
//   [Idle]    Frames are drawn only while something changes: after input, while the app animates,
//             and a few frames after (ImGui settles hover states). Otherwise the main loop is
//             paused, and browser_api.js resumes it on the next input event.
//   [API]     Functions exported to JavaScript (window.dateline in browser_api.js).
#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>
#include <SDL.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "app.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl.h"

namespace {

struct Platform {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    dateline::App* app = nullptr;
    float pixel_ratio = 0.0f;      // the ratio the fonts and style were built for
    ImGuiStyle base_style;         // the style at ratio 1
    std::vector<unsigned char> font_regular, font_bold;
    int frames_to_draw = 3;        // [Idle]
    bool paused = false;
    unsigned long frames_drawn = 0;
};

Platform g;

// ---------------------------------------------------------------------------------------------
// [Pixels] fonts and style at the current device pixel ratio
// ---------------------------------------------------------------------------------------------

// The code-point ranges the font was subset to (DATELINE_FONT_RANGES, set in wasm/CMakeLists.txt
// from the same list given to pyftsubset), zero-terminated as ImGui wants them.
const ImWchar kGlyphRanges[] = {DATELINE_FONT_RANGES, 0};

constexpr float kFontSize = 16.0f;       // CSS pixels
constexpr float kTitleFontSize = 19.0f;  // CSS pixels
constexpr float kSmallFontSize = 13.0f;  // CSS pixels

std::vector<unsigned char> read_asset(const char* path) {
    std::ifstream in(path, std::ios::binary);
    return std::vector<unsigned char>(std::istreambuf_iterator<char>(in), {});
}

void build_fonts(float ratio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes live in g.font_*
    config.OversampleH = 1;  // glyphs are rasterised at device pixels already
    config.OversampleV = 1;
    dateline::Fonts fonts;
    auto add = [&](std::vector<unsigned char>& bytes, float size) -> ImFont* {
        if (bytes.empty()) return nullptr;
        return io.Fonts->AddFontFromMemoryTTF(bytes.data(), static_cast<int>(bytes.size()), std::round(size * ratio), &config,
                                              kGlyphRanges);
    };
    fonts.body = add(g.font_regular, kFontSize);  // the first font added is ImGui's default
    fonts.title = add(g.font_bold, kTitleFontSize);
    fonts.small = add(g.font_regular, kSmallFontSize);
    if (!fonts.body) {  // never leave the app without text: ImGui's built-in bitmap font (ASCII only)
        ImFontConfig fallback;
        fallback.SizePixels = std::round(13.0f * ratio);
        fonts.body = io.Fonts->AddFontDefault(&fallback);
    }
    if (!fonts.title) fonts.title = fonts.body;
    if (!fonts.small) fonts.small = fonts.body;
    g.app->set_fonts(fonts);
    io.Fonts->Build();
}

void apply_pixel_ratio(float ratio) {
    if (ratio == g.pixel_ratio) return;
    g.pixel_ratio = ratio;
    ImGuiStyle& style = ImGui::GetStyle();
    style = g.base_style;
    style.ScaleAllSizes(ratio);
    build_fonts(ratio);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    g.app->set_pixel_ratio(ratio);
}

// ---------------------------------------------------------------------------------------------
// The frame
// ---------------------------------------------------------------------------------------------

void frame() {
    const double started = emscripten_get_now();  // [API] frame cost, for dateline.frameStats()
    bool active = false;
    SDL_Event event;
    while (SDL_PollEvent(&event)) {
        // The app reads some input itself (wheel zoom over the timeline, pinch); the rest is ImGui's.
        if (!g.app->handle_event(event)) ImGui_ImplSDL2_ProcessEvent(&event);
        active = true;
    }

    const float ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
    if (ratio != g.pixel_ratio) {
        apply_pixel_ratio(ratio);
        active = true;
    }
    if (active) g.frames_to_draw = 3;
    if (g.app->animating()) g.frames_to_draw = std::max(g.frames_to_draw, 1);
    if (g.frames_to_draw <= 0) {  // [Idle] nothing changed: stop until browser_api.js wakes us
        g.paused = true;
        emscripten_pause_main_loop();
        return;
    }
    --g.frames_to_draw;

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    // [Pixels] The backend reports CSS pixels; work in physical pixels instead.
    ImGuiIO& io = ImGui::GetIO();
    int drawable_w = 0, drawable_h = 0;
    SDL_GL_GetDrawableSize(g.window, &drawable_w, &drawable_h);
    const ImVec2 css = io.DisplaySize;
    io.DisplaySize = ImVec2(static_cast<float>(drawable_w), static_cast<float>(drawable_h));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    if (css.x > 0 && css.y > 0 && io.MousePos.x != -FLT_MAX) {
        io.MousePos.x *= io.DisplaySize.x / css.x;
        io.MousePos.y *= io.DisplaySize.y / css.y;
    }
    ImGui::NewFrame();

    g.app->draw();
    const double built = emscripten_get_now();

    ImGui::Render();
    glViewport(0, 0, drawable_w, drawable_h);
    glClearColor(0.96f, 0.95f, 0.93f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    g.app->record_frame_time(emscripten_get_now() - started, built - started);
    SDL_GL_SwapWindow(g.window);
    ++g.frames_drawn;
    if (g.frames_drawn == 1) {
        g.app->set_first_frame_ms(EM_ASM_DOUBLE({ return performance.now(); }));
        EM_ASM({ if (Module.onFirstFrame) Module.onFirstFrame(); });
    }
}

void show_fatal(const char* message) {
    std::fprintf(stderr, "dateline: %s\n", message);
    EM_ASM({ if (Module.showFatal) Module.showFatal(UTF8ToString($0)); }, message);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// [API] exported to JavaScript
// ---------------------------------------------------------------------------------------------

extern "C" {

// Called by browser_api.js on input, resize and visibility changes: draw again.
EMSCRIPTEN_KEEPALIVE void dateline_wake() {
    g.frames_to_draw = std::max(g.frames_to_draw, 3);
    if (g.paused) {
        g.paused = false;
        emscripten_resume_main_loop();
    }
}

// The app's state as JSON (see window.dateline.state() in the README). The pointer stays valid
// until the next call.
EMSCRIPTEN_KEEPALIVE const char* dateline_state_json() {
    static std::string json;
    if (!g.app) return "{\"ready\":false}";
    json = g.app->state_json(g.frames_drawn);
    return json.c_str();
}

// The markers on screen (dateline.markers()).
EMSCRIPTEN_KEEPALIVE const char* dateline_markers_json() {
    static std::string json;
    if (!g.app) return "[]";
    json = g.app->markers_json();
    return json.c_str();
}

// Moves to an event id or a date; 1 if it was one (dateline.goto()).
EMSCRIPTEN_KEEPALIVE int dateline_goto(const char* target) {
    if (!g.app || !target) return 0;
    const bool ok = g.app->go_to(target);
    dateline_wake();
    return ok ? 1 : 0;
}

// The page's URL hash, at start and when the reader edits it.
EMSCRIPTEN_KEEPALIVE void dateline_apply_hash(const char* hash) {
    if (!g.app || !hash) return;
    g.app->apply_url_hash(hash);
    dateline_wake();
}

// Frame cost over the frames drawn since the last reset: {"count", "p50", "p95", "max"} in ms.
EMSCRIPTEN_KEEPALIVE const char* dateline_frame_stats(int reset) {
    static std::string json;
    if (!g.app) return "{}";
    json = g.app->frame_stats_json(reset != 0);
    return json.c_str();
}

// ?events=N: N generated events on top of the articles' (for the performance benchmark).
EMSCRIPTEN_KEEPALIVE void dateline_add_generated_events(int count) {
    if (g.app && count > 0) g.app->add_generated_events(static_cast<size_t>(count));
    dateline_wake();
}

// ?embed: the compact layout for iframes.
EMSCRIPTEN_KEEPALIVE void dateline_set_embedded(int embedded) {
    if (g.app) g.app->set_embedded(embedded != 0);
    dateline_wake();
}

// Articles the reader adds (browser_api.js): one file at a time (its bytes copied here; the
// caller frees its buffer), then the end of the batch. 1 if the file was taken.
EMSCRIPTEN_KEEPALIVE int dateline_add_file(const char* name, const unsigned char* bytes, int length, double full_size, double key) {
    if (!g.app || !name || length < 0) return 0;
    std::string data(reinterpret_cast<const char*>(bytes), static_cast<size_t>(length));
    return g.app->add_file(name, std::move(data), full_size > length ? static_cast<uint64_t>(full_size) : 0, key) ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE void dateline_file_unreadable(const char* name, const char* why) {
    if (g.app && name && why) g.app->file_unreadable(name, why);
}
EMSCRIPTEN_KEEPALIVE void dateline_files_added(int restored) {
    if (g.app) g.app->files_added(restored != 0);
    dateline_wake();
}
// Whether the browser keeps added articles (storage may be refused: private windows, quotas).
EMSCRIPTEN_KEEPALIVE void dateline_set_storage(int kept, const char* why) {
    if (g.app) g.app->set_storage(kept != 0, why ? why : "");
    dateline_wake();
}
// How much of a file the page hands over: the core reads an article up to this many bytes.
EMSCRIPTEN_KEEPALIVE double dateline_largest_article_bytes() { return static_cast<double>(dateline::kLargestArticleBytes); }

}  // extern "C"

int main(int, char**) {
    SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");  // keys typed in a host page stay there
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        show_fatal(SDL_GetError());
        return 1;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);  // WebGL2
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    // A flat 2D interface needs no depth, stencil or multisampling: a cheaper WebGL context to
    // create and to draw into (it shows on slow laptops and in software rendering).
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_MULTISAMPLEBUFFERS, 0);
    SDL_GL_SetAttribute(SDL_GL_MULTISAMPLESAMPLES, 0);
    const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    g.window = SDL_CreateWindow("Dateline", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 720, flags);
    g.gl = g.window ? SDL_GL_CreateContext(g.window) : nullptr;
    if (!g.gl) {
        show_fatal("This browser could not start WebGL2, which Dateline needs to draw its timeline.");
        return 1;
    }
    SDL_GL_SetSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep an idle page drawing
    ImGui_ImplSDL2_InitForOpenGL(g.window, g.gl);
    ImGui_ImplOpenGL3_Init("#version 300 es");

    static dateline::App app;
    g.app = &app;
    dateline::App::style(ImGui::GetStyle());
    g.base_style = ImGui::GetStyle();
    g.font_regular = read_asset("/assets/fonts/ui.ttf");
    g.font_bold = read_asset("/assets/fonts/ui-bold.ttf");
    if (g.font_regular.empty()) app.add_error("the interface font could not be loaded; a plain font is used");
    app.load_articles("/assets/articles");
    EM_ASM({ if (Module.onAppReady) Module.onAppReady(); });  // embed flag and URL hash, from the page

    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
