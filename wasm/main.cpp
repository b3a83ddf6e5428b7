// Dateline in the browser: the platform layer.
//
// SDL2 gives the window, input and a WebGL2 context on the page's <canvas id="canvas">; Dear
// ImGui draws the interface; AppModel (app_model.h) is the app's state and commands, App
// (app.h) its views. Everything that talks to JavaScript is in browser_glue.cpp.
//
// Sections:
//   [Pixels]  ImGui works in physical pixels: the canvas buffer is CSS size x devicePixelRatio,
//             mouse positions are scaled the same way, fonts are rasterised at size x ratio and
//             the style is scaled by it. The ratio is checked every frame (browser zoom changes it).
//   [Input]   Pointer events are handed to ImGui a few at a time, so that a tap's arrival, press
//             and release are each seen in a frame of their own (touch_input.h explains why).
//   [Idle]    Frames are drawn only while something changes: after input, while the app animates,
//             and a few frames after (ImGui settles hover states). Otherwise the main loop is
//             paused, and browser_api.js resumes it on the next input event.
#include <GLES3/gl3.h>
#include <SDL.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "app.h"
#include "app_model.h"
#include "browser_glue.h"
#include "bundled_reading.h"
#include "embedded_file.h"
#include "font_atlas.h"
#include "font_glyphs.h"
#include "imgui.h"
#include "imgui_impl_sdl.h"
#include "touch_input.h"
#include "webgl_renderer.h"

namespace {

struct Platform {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    dateline::AppModel* model = nullptr;
    dateline::App* app = nullptr;
    dateline::FrameStats frame_stats;  // for dateline.frameStats()
    float pixel_ratio = 0.0f;      // the ratio the fonts and style were built for
    ImGuiStyle base_style;         // the style at ratio 1
    std::string_view font_regular, font_bold;  // compiled in (page_files(), embedded_file.h)
    dateline::FontGlyphs* glyphs = nullptr;  // what the atlas holds (font_glyphs.h)
    std::vector<ImWchar> glyph_ranges;       // glyphs->ranges() as the atlas was last built
    uint64_t text_serial = ~uint64_t{0};     // the model's boxes_serial() when its text was last read
    int frames_to_draw = 3;        // [Idle]
    bool paused = false;
    unsigned long frames_drawn = 0;
    // [Input] Events waiting for a later frame, and the pointer as the events taken so far leave it.
    std::deque<SDL_Event> queued;
    struct Pointer {
        bool known = false;
        float x = 0, y = 0;  // CSS pixels
        bool down[3] = {false, false, false};  // ImGui's order: left, right, middle
    } pointer;
};

Platform g;

// ---------------------------------------------------------------------------------------------
// [Pixels] fonts and style at the current device pixel ratio
// ---------------------------------------------------------------------------------------------

// The code-point ranges the font was subset to (DATELINE_FONT_RANGES, set in wasm/CMakeLists.txt
// from the same list given to pyftsubset), zero-terminated as ImGui wants them.
const ImWchar kGlyphRanges[] = {DATELINE_FONT_RANGES, 0};
static_assert(sizeof(ImWchar) == sizeof(uint16_t), "font_glyphs.h gives 16-bit ranges");

// One of the page's own files, compiled into it (page_files(), embedded_file.h: the page has no
// file system); empty if the build did not give it.
std::string_view page_file(std::string_view name) { return dateline::embedded_file(dateline::page_files(), name).value_or(""); }

// The atlas of the interface's fonts at `ratio`, for the glyphs g.glyphs holds: restored from the
// atlases the build made (font_atlas.h: the bundled story's first frame, at the ratios listed in
// wasm/CMakeLists.txt) when one fits, else rasterised now.
void build_fonts(float ratio) {
    ImGuiIO& io = ImGui::GetIO();
    const std::vector<uint16_t> ranges = g.glyphs->ranges();  // only the glyphs the text at hand needs
    g.glyph_ranges.assign(ranges.begin(), ranges.end());  // ImGui keeps the pointer until the next build
    const dateline::InterfaceFonts added = dateline::add_interface_fonts(*io.Fonts, g.font_regular, g.font_bold, ratio, g.glyph_ranges.data());
    dateline::Fonts fonts{added.body, added.title, added.small};
    if (!fonts.body) {  // never leave the app without text: ImGui's built-in bitmap font (ASCII only)
        ImFontConfig fallback;
        fallback.SizePixels = std::round(13.0f * ratio);
        fonts.body = io.Fonts->AddFontDefault(&fallback);
    }
    if (!fonts.title) fonts.title = fonts.body;
    if (!fonts.small) fonts.small = fonts.body;
    g.app->set_fonts(fonts);
    const bool prebuilt = dateline::restore_font_atlas(*io.Fonts, page_file("font_atlas.bin"), g.glyph_ranges.data());
    if (!prebuilt) io.Fonts->Build();
    dateline::browser::font_atlas_built(g.glyphs->count(), prebuilt);
}

// Notes the code points of the text the model can show (add_model_text(), font_glyphs.h) and
// the characters typed this frame; true when some is new to the atlas. The articles, events and
// notes are read again only when the timeline changed (boxes_serial()).
bool read_text_for_glyphs() {
    const bool changed = g.model->boxes_serial() != g.text_serial;
    g.text_serial = g.model->boxes_serial();
    bool grew = dateline::add_model_text(*g.glyphs, *g.model, changed);
    for (const ImWchar typed : ImGui::GetIO().InputQueueCharacters) grew |= g.glyphs->add_code_point(typed);
    return grew;
}

void apply_pixel_ratio(float ratio) {
    if (ratio == g.pixel_ratio) return;
    g.pixel_ratio = ratio;
    ImGuiStyle& style = ImGui::GetStyle();
    style = g.base_style;
    style.ScaleAllSizes(ratio);
    build_fonts(ratio);
    dateline::webgl::upload_font_atlas();
    g.app->set_pixel_ratio(ratio);
}

// ---------------------------------------------------------------------------------------------
// [Input] The pointer, a frame at a time
// ---------------------------------------------------------------------------------------------

dateline::InputKind input_kind(const SDL_Event& e) {
    switch (e.type) {
        case SDL_MOUSEMOTION: return {dateline::InputKind::Move, 0};
        case SDL_MOUSEBUTTONDOWN: return {dateline::InputKind::Press, e.button.button};
        case SDL_MOUSEBUTTONUP: return {dateline::InputKind::Release, e.button.button};
        default: return {};
    }
}

void follow_pointer(const SDL_Event& e) {
    auto button = [](Uint8 b) { return b == SDL_BUTTON_LEFT ? 0 : b == SDL_BUTTON_RIGHT ? 1 : b == SDL_BUTTON_MIDDLE ? 2 : -1; };
    if (e.type == SDL_MOUSEMOTION) {
        g.pointer = {true, static_cast<float>(e.motion.x), static_cast<float>(e.motion.y), {g.pointer.down[0], g.pointer.down[1], g.pointer.down[2]}};
    } else if (e.type == SDL_MOUSEBUTTONDOWN || e.type == SDL_MOUSEBUTTONUP) {
        g.pointer.known = true;
        g.pointer.x = static_cast<float>(e.button.x);
        g.pointer.y = static_cast<float>(e.button.y);
        if (const int b = button(e.button.button); b >= 0) g.pointer.down[b] = e.type == SDL_MOUSEBUTTONDOWN;
    }
}

// Takes this frame's share of the input (frame_input_split(), touch_input.h); true if any.
bool take_input() {
    SDL_Event event;
    while (SDL_PollEvent(&event)) g.queued.push_back(event);
    if (g.queued.empty()) return false;
    std::vector<dateline::InputKind> kinds;
    kinds.reserve(g.queued.size());
    for (const SDL_Event& e : g.queued) kinds.push_back(input_kind(e));
    const size_t take = dateline::frame_input_split(kinds);
    for (size_t i = 0; i < take; ++i) {
        SDL_Event& e = g.queued[i];
        follow_pointer(e);
        // The app reads some input itself (wheel zoom over the timeline, pinch); the rest is ImGui's.
        if (!g.app->handle_event(e)) ImGui_ImplSDL2_ProcessEvent(&e);
    }
    g.queued.erase(g.queued.begin(), g.queued.begin() + static_cast<std::ptrdiff_t>(take));
    return true;  // and, if events wait, the next frame takes them
}

// ---------------------------------------------------------------------------------------------
// The frame
// ---------------------------------------------------------------------------------------------

void frame() {
    const double started = dateline::browser::now_ms();  // frame cost, for dateline.frameStats()
    bool active = take_input();

    if (g.frames_drawn == 0) dateline::browser::mark_startup("frame");  // the first frame begins
    const float ratio = dateline::browser::device_pixel_ratio();
    const bool new_glyphs = read_text_for_glyphs();
    if (ratio != g.pixel_ratio) {
        apply_pixel_ratio(ratio);
        if (g.frames_drawn == 0) dateline::browser::mark_startup("fonts");
        active = true;
    } else if (new_glyphs) {  // new text brought a letter the atlas lacks: rebuild it between frames
        build_fonts(ratio);
        dateline::webgl::upload_font_atlas();
        active = true;
    }
    if (active) g.frames_to_draw = 3;
    if (g.model->animating() || g.app->animating()) g.frames_to_draw = std::max(g.frames_to_draw, 1);
    if (g.frames_to_draw <= 0) {  // [Idle] nothing changed: stop until browser_api.js wakes us
        g.paused = true;
        dateline::browser::pause_main_loop();
        return;
    }
    --g.frames_to_draw;

    ImGui_ImplSDL2_NewFrame();
    // [Input] The backend reads SDL's pointer as it is now, events still queued included; ImGui
    // gets the pointer as the events this frame took leave it instead.
    ImGuiIO& input = ImGui::GetIO();
    if (g.pointer.known && input.MousePos.x != -FLT_MAX) input.MousePos = ImVec2(g.pointer.x, g.pointer.y);
    for (int b = 0; b < 3; ++b) input.MouseDown[b] = g.pointer.down[b];
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
    const double built = dateline::browser::now_ms();

    ImGui::Render();
    glViewport(0, 0, drawable_w, drawable_h);
    glClearColor(0.96f, 0.95f, 0.93f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    dateline::webgl::render(ImGui::GetDrawData());
    g.frame_stats.record(dateline::browser::now_ms() - started, built - started);
    SDL_GL_SwapWindow(g.window);
    ++g.frames_drawn;
    if (g.frames_drawn == 1) dateline::browser::first_frame_drawn();
    dateline::browser::frame_drawn();
}

// Draw again (input, resize, a command from the page).
void wake() {
    g.frames_to_draw = std::max(g.frames_to_draw, 3);
    if (g.paused) {
        g.paused = false;
        dateline::browser::resume_main_loop();
    }
}

void show_fatal(const char* message) {
    std::fprintf(stderr, "dateline: %s\n", message);
    dateline::browser::show_fatal(message);
}

}  // namespace

int main(int, char**) {
    dateline::browser::mark_startup("main");  // the engine is compiled and its runtime started
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
    dateline::browser::mark_startup("webgl");

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep an idle page drawing
    ImGui_ImplSDL2_InitForOpenGL(g.window, g.gl);
    if (const char* error = nullptr; !dateline::webgl::init(&error)) {
        show_fatal(error);
        return 1;
    }

    static dateline::AppModel model(dateline::browser::page_host());
    static dateline::App app(model);
    g.model = &model;
    g.app = &app;
    static dateline::FontGlyphs glyphs(kGlyphRanges);
    g.glyphs = &glyphs;
    // Input waiting: events this loop has queued for later frames, and those SDL holds unread.
    const auto input_waiting = []() -> size_t {
        const int in_sdl = SDL_PeepEvents(nullptr, 0, SDL_PEEKEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT);
        return g.queued.size() + static_cast<size_t>(in_sdl > 0 ? in_sdl : 0);
    };
    dateline::browser::connect({&model, &app, &g.frame_stats, wake, [] { return g.frames_drawn; }, input_waiting, [] { return g.paused; }});
    dateline::App::style(ImGui::GetStyle());
    g.base_style = ImGui::GetStyle();
    g.font_regular = page_file("ui.ttf");
    g.font_bold = page_file("ui-bold.ttf");
    if (g.font_regular.empty()) model.add_error("the interface font could not be loaded; a plain font is used");
    dateline::browser::mark_startup("interface");  // ImGui, its WebGL objects, the style, the fonts
    // A published page reads its own articles (inlined in the page); otherwise the bundled ones,
    // whose reading and inputs the build made (bundled_reading.h): the extractor does not run,
    // and no JSON is parsed, before the first frame. Both are compiled in (embedded_file.h).
    const std::vector<dateline::NamedFile> bundled = dateline::bundled_files(dateline::bundled_article_files());
    if (const auto publication = dateline::browser::publication_data()) {
        model.load_publication(bundled, *publication);
    } else {
        model.load_articles(bundled, page_file("bundled_reading.bin"), page_file("bundled_inputs.bin"));
    }
    dateline::browser::mark_startup("articles");
    dateline::browser::app_ready();  // embed flag and URL hash, from the page

    dateline::browser::start_main_loop(frame);
    return 0;
}
