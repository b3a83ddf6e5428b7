#include "touch_input.h"

#include <algorithm>
#include <cmath>

namespace dateline {

// ---------------------------------------------------------------------------------------------
// KineticScroll
// ---------------------------------------------------------------------------------------------

void KineticScroll::press(float x, float y, double t_ms) {
    pressed_ = true;
    dragging_ = sideways_ = false;
    start_x_ = x;
    start_y_ = last_y_ = y;
    pending_ = 0;
    velocity_ = 0;
    samples_.clear();
    samples_.push_back({t_ms, y});
}

bool KineticScroll::move(float x, float y, double t_ms) {
    if (!pressed_ || sideways_) return false;
    bool started = false;
    if (!dragging_) {
        const float dx = std::abs(x - start_x_), dy = std::abs(y - start_y_);
        if (std::max(dx, dy) < settings_.slop) return false;
        if (dx > dy) {  // sideways first: the touch is not a scroll
            sideways_ = true;
            return false;
        }
        dragging_ = started = true;
        last_y_ = y;  // the panel follows from here, without a jump of the slop
    }
    pending_ += last_y_ - y;  // the finger moves up: the text follows it up, the scroll grows
    last_y_ = y;
    samples_.push_back({t_ms, y});
    while (samples_.size() > 3 && t_ms - samples_.front().t_ms > settings_.flick_window_ms) samples_.pop_front();
    return started;
}

void KineticScroll::release(double t_ms) {
    if (!pressed_) return;
    pressed_ = false;
    if (!dragging_) return;
    dragging_ = false;
    velocity_ = 0;
    // The finger's speed over its last moves; none if it rested before lifting: if it stayed still
    // longer than the flick window, or than twice the time between its last two moves (a busy
    // device reports moves less often: its gaps are no rest).
    if (samples_.size() < 2) return;
    const double last_gap = samples_.back().t_ms - samples_[samples_.size() - 2].t_ms;
    if (t_ms - samples_.back().t_ms > std::max(settings_.flick_window_ms, 2 * last_gap)) return;
    const Sample& first = samples_.front();
    const Sample& last = samples_.back();
    const double span_ms = std::max(last.t_ms - first.t_ms, 8.0);  // events can share a millisecond
    const float speed = static_cast<float>((first.y - last.y) / span_ms * 1000.0);
    velocity_ = std::clamp(speed, -settings_.top_speed, settings_.top_speed);
    if (std::abs(velocity_) < settings_.stop_speed) velocity_ = 0;
}

void KineticScroll::stop() {
    pressed_ = dragging_ = false;
    pending_ = 0;
    velocity_ = 0;
    samples_.clear();
}

float KineticScroll::advance(double dt) {
    float out = pending_;
    pending_ = 0;
    if (velocity_ != 0 && dt > 0) {
        // Speed falls exponentially: v(t) = v0 e^(-kt), so the distance over dt is v0 (1 - e^(-k dt)) / k.
        const double k = settings_.friction;
        const double decay = std::exp(-k * dt);
        out += static_cast<float>(velocity_ * (1 - decay) / k);
        velocity_ = static_cast<float>(velocity_ * decay);
        if (std::abs(velocity_) < settings_.stop_speed) velocity_ = 0;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Splitting a frame's input
// ---------------------------------------------------------------------------------------------

size_t frame_input_split(const std::vector<InputKind>& queued) {
    bool moved = false, button_changed = false;
    unsigned changed = 0;  // buttons whose state changed in this frame
    for (size_t i = 0; i < queued.size(); ++i) {
        const InputKind& e = queued[i];
        const unsigned bit = 1u << std::clamp(e.button, 0, 31);
        bool stop = false;
        switch (e.kind) {
            case InputKind::Move: stop = button_changed; break;
            case InputKind::Press: stop = moved || (changed & bit) != 0; break;
            case InputKind::Release: stop = (changed & bit) != 0; break;
            case InputKind::Other: break;
        }
        if (stop && i > 0) return i;
        if (e.kind == InputKind::Move) moved = true;
        if (e.kind == InputKind::Press || e.kind == InputKind::Release) {
            changed |= bit;
            button_changed = true;
        }
    }
    return queued.size();
}

}  // namespace dateline
