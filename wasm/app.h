// App: Dateline's views. They draw the model (app_model.h) with Dear ImGui and turn the
// reader's input into the model's commands; what they keep themselves is only how things are
// drawn (fonts, pixel ratio, layout, scroll positions, drags, where controls were drawn).
// main.cpp is the platform around them (SDL, WebGL, pixels, idle); browser_glue.cpp is the one
// place that talks to JavaScript.
//
// Files:  app.cpp             layout, header, keyboard and touch input, markers for JavaScript
//         timeline_panel.cpp  the timeline: axis, lanes, markers, playhead, zoom and pan
//         reading_panel.cpp   the reading panel, the event list, the article view
//         added_articles.cpp  the "Add articles" button, the reading progress, "Your articles"
//         accessibility_view.cpp  where the controls are, for the page's accessible mirror, and its commands
#pragma once

#include <SDL.h>

#include <string>
#include <vector>

#include "app_model.h"
#include "imgui.h"
#include "timeline_view.h"

namespace dateline {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* title = nullptr;
    ImFont* small = nullptr;
};

class App {
public:
    explicit App(AppModel& model) : model_(model) {}

    // The house style, at pixel ratio 1 (main.cpp scales it).
    static void style(ImGuiStyle& style);

    void set_fonts(const Fonts& fonts) { fonts_ = fonts; }
    void set_pixel_ratio(float ratio) { ratio_ = ratio; }
    void set_embedded(bool embedded) { embedded_ = embedded; }

    // SDL events the interface reads itself (wheel, pinch, fingers); true when used.
    bool handle_event(const SDL_Event& event);
    void draw();

    // Where things were drawn this frame (for window.dateline.state()).
    ScreenFacts screen_facts() const;
    // The markers on screen, for tests and hosts: [{x, y, events: [ids]}] in CSS pixels.
    std::string markers_json() const;

    // accessibility_view.cpp: where this frame drew each control the page's accessible mirror
    // places its elements over (CSS pixels), and the mirror's commands (a button pressed, the
    // filter typed, an event focused...); true when the command was understood.
    std::string accessibility_layout_json() const;
    bool accessibility_command(const std::string& command, const std::string& text, int a, int b);

private:
    // app.cpp
    void layout_and_draw();
    void draw_header();
    void keyboard();
    float px(float css) const { return css * ratio_; }
    // accessibility_view.cpp
    void note_control(std::string name);  // the last item drawn is this control of the mirror
    void note_window(std::string name);   // the window being drawn is (the place of) this one
    void apply_palette();                 // the house colours, or more contrast
    // timeline_panel.cpp
    void draw_timeline(ImVec2 size);
    // added_articles.cpp
    void draw_added_button();
    float added_button_width() const;
    std::string added_button_label() const;
    void draw_added_panel();
    // reading_panel.cpp
    void draw_reading(ImVec2 size);
    void draw_list(ImVec2 size);
    void draw_article(ImVec2 size);
    void draw_figures_for(const Event& event);
    void draw_intro();

    AppModel& model_;
    Fonts fonts_;
    float ratio_ = 1.0f;
    bool embedded_ = false;
    bool narrow_ = false;
    int tab_ = 0;  // narrow layout: 0 event, 1 list

    // Following the model: the list scrolls to a new selection, an opened article to its passage.
    uint64_t list_seen_selection_ = 0;
    uint64_t article_seen_ = 0;

    // Interaction.
    enum class Drag { None, Pan, Playhead } drag_ = Drag::None;
    ImVec2 timeline_min_{0, 0}, timeline_max_{0, 0};  // last frame's timeline rectangle (pixels)
    float lanes_top_ = 0, lanes_bottom_ = 0;
    MarkerLayout markers_;  // this frame's markers (buffers reused)
    ImVec2 added_button_min_{0, 0}, added_button_max_{0, 0};  // last frame's button (pixels)
    ImVec2 remove_all_min_{0, 0}, remove_all_max_{0, 0};      // and the panel's "Remove all"
    int fingers_ = 0;
    // The accessible mirror (accessibility_view.cpp): controls drawn this frame, and requests.
    struct ControlRect {
        std::string name;
        ImVec2 min, max;
        bool visible = true;
    };
    std::vector<ControlRect> controls_;
    int reveal_source_ = -1;   // scroll the reading panel to this source (its buttons took focus)
    int requested_tab_ = -1;   // narrow layout: show this tab
    bool more_contrast_ = false;
    // Keys pressed since the last frame, from SDL's events: ImGui 1.86 reads key state once a
    // frame, so a tap shorter than a frame would be missed.
    std::vector<SDL_Scancode> keys_pressed_;
};

}  // namespace dateline
