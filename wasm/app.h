// App: Dateline's interface, a thin view over the core's Timeline.
//
// It owns the Timeline built at start-up from the bundled articles and draws it with Dear ImGui.
// Everything it shows comes from core queries; it keeps only view state (what is selected, what
// is visible). main.cpp is the platform around it (SDL, WebGL, pixels, idle).
#pragma once

#include <string>
#include <vector>

#include "imgui.h"
#include "timeline.h"

namespace dateline {

class App {
public:
    // The house style, at pixel ratio 1 (main.cpp scales it).
    static void style(ImGuiStyle& style);

    void set_fonts(ImFont* body, ImFont* title) { body_font_ = body; title_font_ = title; }
    void set_pixel_ratio(float ratio) { pixel_ratio_ = ratio; }
    void add_error(std::string message) { errors_.push_back(std::move(message)); }

    // Reads the articles of a folder (their *.txt and sources.json) and builds the timeline.
    void load_articles(const std::string& folder);

    bool animating() const { return false; }
    void draw();

    // What window.dateline.state() returns (README: "The page's JavaScript API").
    std::string state_json(unsigned long frames_drawn, float pixel_ratio) const;

private:
    void draw_articles();
    void draw_problems();

    Timeline timeline_;
    bool ready_ = false;
    std::vector<std::string> errors_;  // what the page could not do, in plain words
    ImFont* body_font_ = nullptr;
    ImFont* title_font_ = nullptr;
    float pixel_ratio_ = 1.0f;
};

}  // namespace dateline
