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
//         overview_strip.cpp  the overview strip with its brush, the legend, the first-visit hint
//         map_panel.cpp       the map of the story's places, on the playhead
//         editing_panel.cpp   the "Edit" switch, Undo and Redo, the current event's corrections
//         publish_menu.cpp    "Share / export": Save as page, downloads, print, picture; Edit
//         accessibility_view.cpp  where the controls are, for the page's accessible mirror, and its commands
#pragma once

#include <SDL.h>

#include <functional>
#include <string>
#include <vector>

#include "app_model.h"
#include "imgui.h"
#include "overview.h"
#include "map_view.h"
#include "timeline_view.h"
#include "touch_input.h"

namespace dateline {

// The mark of an approximate day ("a week ago"): a line from x0 to x1 (the days it may be) with
// end ticks `tick` high, drawn under its dot (timeline_panel.cpp; the legend draws it too).
void approximate_whiskers(ImDrawList* dl, float x0, float x1, float cy, ImU32 colour, float thickness, float tick);

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
    // The one-line hint of a first visit: shown until dismissed; `dismissed` is told then (the
    // page remembers it, where its storage allows).
    void show_hint(bool show, void (*dismissed)()) {
        hint_ = show;
        hint_dismissed_ = dismissed;
    }

    // SDL events the interface reads itself (wheel, pinch, fingers); true when used.
    bool handle_event(const SDL_Event& event);
    void draw();
    // A finger drags or a flicked panel glides: keep drawing.
    bool animating() const { return kinetic_.pressed() || kinetic_.gliding(); }
    // Which ways the panel under (x, y), CSS pixels, can still scroll for a finger landing there:
    // kRoomBack (a finger moving down shows what is above), kRoomOn (moving up shows more below),
    // both, or 0 where nothing scrolls up and down. In an embed a vertical swipe the panel has no
    // room for scrolls the host page, as a browser chains a scroll (embed_input.js).
    static constexpr int kRoomBack = 1, kRoomOn = 2;
    int vertical_swipe_room(float x, float y) const;
    // The browser took the current touch (it scrolls the host page): the panel under it neither
    // follows nor glides, and the control under it does not fire.
    void touch_taken_by_host();

    // Where things were drawn this frame (for window.dateline.state()).
    ScreenFacts screen_facts() const;
    // The markers on screen, for tests and hosts: [{x, y, events: [ids]}] in CSS pixels.
    std::string markers_json() const;

    // accessibility_view.cpp: where this frame drew each control the page's accessible mirror
    // places its elements over (CSS pixels), and the mirror's commands (a button pressed, the
    // filter typed, an event focused...); true when the command was understood.
    std::string accessibility_layout_json() const;
    bool accessibility_command(const std::string& command, const std::string& text, int a, int b);
    bool editing_command(const std::string& command, const std::string& text, int a, int b);  // accessibility_view.cpp

private:
    // app.cpp
    void layout_and_draw();
    void draw_header();
    void keyboard();
    // Touch scrolling (app.cpp): each scrolling panel calls touch_scroll() right after its
    // BeginChild; a finger that lands on it drags it (KineticScroll, touch_input.h).
    enum class Panel { None, Reading, List, Article, Count };
    void touch_scroll(Panel panel, ScreenFacts::Scroll& facts);
    Panel panel_at(ImVec2 at) const;  // device pixels, last frame's panels
    // Embedded: the frame height at which the reading panel would show `content` (its height,
    // device pixels) without scrolling, for the host (embed_api.js posts it).
    void note_wanted_height(float content);
    float px(float css) const { return css * ratio_; }
    // accessibility_view.cpp
    void note_control(std::string name);  // the last item drawn is this control of the mirror
    void note_window(std::string name);   // the window being drawn is (the place of) this one
    void apply_palette();                 // the house colours, or more contrast
    // timeline_panel.cpp
    void draw_timeline(ImVec2 size);
    float lane_gutter_width(float width) const;  // the lanes' names' gutter, left of the timeline (timeline_panel.cpp)
    void draw_lane_gutter(ImVec2 min, ImVec2 max, float lane_height);
    ImVec4 lane_colour_of(int lane) const;
    ImVec4 dimmed(ImVec4 colour) const;  // a marker after the playhead: lighter, its contrast kept
    // overview_strip.cpp
    void draw_overview(ImVec2 size);
    void draw_axis_breaks(ImVec2 origin, float top, float axis_y, float bottom);
    void draw_legend(float width);
    void draw_hint();
    void draw_story_title_narrow();
    float overview_height() const;
    void draw_choices();
    // added_articles.cpp
    void draw_added_button();
    float added_button_width() const;
    std::string added_button_label() const;
    void draw_added_panel();  // only while open and not embedded: layout_and_draw() tests that before calling it
    void draw_added_date(size_t file, const Article& article);
    // publish_menu.cpp
    float share_button_width() const;
    void draw_share_button();
    // reading_panel.cpp
    void draw_reading(ImVec2 size);
    void draw_list(ImVec2 size);
    void draw_article(ImVec2 size);
    void draw_figures_for(const Event& event);
    void draw_intro();
    // map_panel.cpp
    void draw_map(ImVec2 size);
    void draw_place_chip();  // the place filter, as a chip that clears it (nothing when none)
    void draw_reading_under_place_chip(ImVec2 size);  // the event, the chip above it (map_panel.cpp)
    void draw_outlines(ImDrawList* dl, ImVec2 origin, double west, double south, double east, double north);
    void copy_outlines(ImDrawList* dl, ImVec2 origin);
    // An embed's map: where it goes for the frame's width (choose_embed_map, each frame), the
    // header's Map/Event switch when it shares the reading panel's place, and the panels under
    // the timeline.
    enum class EmbedMap : uint8_t { None, BesideTimeline, BesideReading, Switched };
    void choose_embed_map(float css_width);
    float embed_map_switch_width() const;
    void draw_embed_map_switch();
    void draw_embed_panels(ImVec2 size);
    // editing_panel.cpp
    void after_frame(std::function<void()> command);
    void draw_edit_switch();
    bool edit_shortcut(const SDL_Keysym& key);
    void draw_event_marks(int event);
    void draw_edit_controls(int event);
    void draw_merge_popup(int event);
    void draw_source_edit(int event, size_t source);
    void draw_editing_overview();

    AppModel& model_;
    Fonts fonts_;
    float ratio_ = 1.0f;
    bool embedded_ = false;
    bool narrow_ = false;
    int tab_ = 0;  // narrow layout: 0 event, 1 list, 2 map

    // Following the model: the list scrolls to a new selection, an opened article to its passage.
    uint64_t list_seen_selection_ = 0;
    uint64_t article_seen_ = 0;

    // Interaction.
    enum class Drag { None, Pan, Playhead } drag_ = Drag::None;
    ImVec2 timeline_min_{0, 0}, timeline_max_{0, 0};  // last frame's timeline rectangle (pixels)
    float lanes_top_ = 0, lanes_bottom_ = 0;
    MarkerLayout markers_;  // this frame's markers (buffers reused)
    std::vector<ImVec4> marker_boxes_;  // each marker's drawn extent (min x, min y, max x, max y), device pixels
    // The overview strip: its map and density (rebuilt when the events or its width change),
    // where it was drawn, and a drag of its brush.
    OverviewMap overview_map_;
    OverviewDensity overview_density_;
    uint64_t overview_boxes_seen_ = ~uint64_t{0};
    ImVec2 overview_min_{0, 0}, overview_max_{0, 0};
    float brush_x0_ = 0, brush_x1_ = 0;  // last frame's brush, strip pixels
    BrushPart brush_drag_ = BrushPart::Outside;  // Outside: no drag
    AxisRange brush_press_;
    float brush_press_x_ = 0;
    bool hint_ = false;
    ImVec2 hint_button_min_{0, 0}, hint_button_max_{0, 0};
    void (*hint_dismissed_)() = nullptr;
    bool story_open_narrow_ = false;  // the narrow layout's story description, opened by a tap
    ImVec2 added_button_min_{0, 0}, added_button_max_{0, 0};  // last frame's button (pixels)
    ImVec2 remove_all_min_{0, 0}, remove_all_max_{0, 0};      // and the panel's "Remove all"
    std::function<void()> after_frame_;  // an edit clicked this frame, done once it is drawn
    int fingers_ = 0;
    struct PanelRect {
        ImVec2 min{0, 0}, max{0, 0};
        bool scrolls = false;
        bool back = false, on = false;  // room to scroll back (up) and on (down), after this frame's scroll
    };
    PanelRect panel_rects_[static_cast<int>(Panel::Count)];  // last frame's, device pixels
    Panel touch_panel_ = Panel::None;  // the panel the current touch landed on
    KineticScroll kinetic_;
    bool press_cancelled_ = false;  // the touch became a drag: the control under it must not fire
    bool touch_to_host_ = false;    // the browser scrolls the host page with this touch (touch_taken_by_host())
    bool show_event_tab_ = false;   // narrow layout: a tap on a listed event shows it
    // Touch and embedding facts for screen_facts(), this frame's.
    ScreenFacts::Scroll reading_scroll_, list_scroll_, article_scroll_;
    float wanted_height_ = 0;
    // What the reading panel and the list showed this frame (for screen_facts()).
    ScreenFacts::Reading reading_facts_;
    int reading_seen_event_ = -1;  // the event the reading panel last showed (a new one starts at its top)
    // The list of same-day events to choose from: where it opens, the list the model opened last,
    // and where its rows were drawn.
    ImVec2 choices_at_{0, 0};
    uint64_t choices_seen_ = 0;
    ImVec2 choices_min_{0, 0}, choices_max_{0, 0};
    std::vector<ScreenFacts::ListRow> list_rows_;
    // The map (map_panel.cpp): its view, fitted again when the places or its size change.
    MapView map_view_;
    bool map_fitted_ = false, map_shown_ = false;  // map_shown_: drawn this frame
    bool map_fit_all_ = false;                     // the next fit shows every place ("Fit")
    size_t map_fitted_key_ = 0;
    ImVec2 map_fitted_size_{0, 0};
    ImVec2 map_min_{0, 0}, map_max_{0, 0};  // this frame's map rectangle (pixels)
    ImVec2 map_tab_min_{0, 0}, map_tab_max_{0, 0};  // the narrow layout's Map tab, this frame
    std::vector<MapPoint> map_dots_;        // per model place, pixels from map_min_
    std::vector<bool> map_drawn_;
    int map_hovered_ = -1;
    std::vector<uint32_t> current_places_;  // buffers reused frame to frame
    std::vector<ImVec2> map_line_;
    // The outlines' triangles for the last view drawn (map_panel.cpp: prepared once, copied after).
    struct OutlineKey {
        double west = 0, south = 0, east = 0, north = 0;
        float width = 0, height = 0, pixel = 0, white_u = 0, white_v = 0;
        bool operator==(const OutlineKey&) const = default;
    };
    OutlineKey outlines_key_;
    ImVec2 outlines_origin_{0, 0};
    ImVector<ImDrawVert> outline_vertices_;
    ImVector<ImDrawIdx> outline_indices_;
    EmbedMap embed_map_ = EmbedMap::None;
    bool embed_map_open_ = false;  // EmbedMap::Switched: the map is shown instead of the event
    ImVec2 share_button_min_{0, 0}, share_button_max_{0, 0};  // last frame's Share button (pixels)
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
