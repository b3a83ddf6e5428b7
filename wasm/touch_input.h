// Touch input for the app's panels, in plain C++ (no ImGui, SDL or Emscripten) so that it is
// unit-tested natively (tests/view/touch_scroll_test.cpp):
//
//  - KineticScroll: a finger drags a panel's text up and down, and a flick keeps it gliding and
//    slowing down, as phones scroll. A touch that moves less than the slop stays a tap.
//  - frame_input_split(): how many of the pointer events queued for a frame the frame may take,
//    so that Dear ImGui sees a finger (or a pointer woken from idle) arrive before it presses,
//    and a press and its release in different frames.
//
// App (app.cpp) feeds KineticScroll the finger's positions and times from SDL's events and
// applies the scroll it gives to the panel under the finger; main.cpp splits SDL's event queue
// with frame_input_split() and hands ImGui the pointer state of the events it took.
#pragma once

#include <cstddef>
#include <deque>
#include <vector>

namespace dateline {

// One touch gesture at a time, over one panel. Positions are in CSS pixels, times in ms.
class KineticScroll {
public:
    struct Settings {
        float slop = 8;               // how far a finger moves before a touch is a drag, not a tap
        double friction = 3.5;        // per second: a glide's speed falls by e every 1 / friction s
        float stop_speed = 25;        // px/s: a glide slower than this stops
        float top_speed = 8000;       // px/s: the fastest flick
        double flick_window_ms = 100; // a flick's speed is the finger's over its last 100 ms (and 3 moves)
    };

    KineticScroll() = default;
    explicit KineticScroll(const Settings& settings) : settings_(settings) {}

    // A finger touches at (x, y): any glide stops.
    void press(float x, float y, double t_ms);
    // The finger moves. Once it has moved past the slop, mostly up or down, the touch is a
    // drag and the panel follows the finger; mostly sideways, it is no scroll at all (the
    // timeline pans sideways; a panel does not). Returns true on the move that starts the drag.
    bool move(float x, float y, double t_ms);
    // The finger lifts: a drag becomes a glide at the finger's speed (none if it had stopped).
    void release(double t_ms);
    // The panel reached its end, a second finger came, or the panel went away: no more motion.
    void stop();

    // How much the panel's scroll should grow now (px, positive: the text moves up), from the
    // finger's moves since the last call and, after a flick, the glide over dt seconds.
    float advance(double dt);

    bool pressed() const { return pressed_; }     // a finger is down
    bool dragging() const { return dragging_; }   // ... and drags the panel
    bool gliding() const { return velocity_ != 0; }
    bool sideways() const { return sideways_; }   // the touch moved sideways first: not a scroll
    float velocity() const { return velocity_; }  // the glide's speed, px/s of scroll

private:
    struct Sample {
        double t_ms;
        float y;
    };
    Settings settings_;
    bool pressed_ = false, dragging_ = false, sideways_ = false;
    float start_x_ = 0, start_y_ = 0, last_y_ = 0;
    float pending_ = 0;   // scroll owed from finger moves not yet taken by advance()
    float velocity_ = 0;  // the glide, px/s of scroll
    std::deque<Sample> samples_;  // the finger's recent positions, for the flick's speed
};

// The kinds of input event that matter for splitting a frame's queue.
struct InputKind {
    enum Kind { Other, Move, Press, Release } kind = Other;
    int button = 0;  // for Press and Release
};

// How many of `queued` (in order) one frame should take. Dear ImGui 1.86 reads the pointer once
// a frame, and a press counts on an item only if the item was under the pointer the frame
// before when the item allows overlap, as tabs do. A finger's tap, or a click that wakes the
// idle app, brings the move, the press and the release in one frame: read together, the press
// lands where the previous frame's pointer was (every other tap on the tabs was lost) and a
// release or a second press can merge with it. So a frame stops before:
//  - a press after a move (the pointer arrives in one frame and presses in the next);
//  - a press or release of a button that already changed in this frame;
//  - a move after a press or release (the press is read where it happened).
// Always at least one event, so the queue drains.
size_t frame_input_split(const std::vector<InputKind>& queued);

}  // namespace dateline
