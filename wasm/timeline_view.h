// Timeline view: which days the timeline shows and where they fall on screen, the ticks of its
// axis, and the markers it draws. Plain C++ with no UI library, so it is tested natively.
//
// As in Tracy's timeline: only what is in the visible range is laid out, markers closer than a
// few pixels merge into one counted cluster, and zooming keeps the day under the cursor still.
// Days are continuous: day 0.0 is the start of 1970-01-01, day 1.5 noon of the next day; an
// event of day d covers [d, d + 1).
//
// Axis breaks: long stretches with no event can be drawn shorter than they are (axis_breaks.h
// says which). The view then maps days to pixels piecewise linearly through an "axis
// coordinate": days, less what the breaks before them leave out. Zoom, pan and glides are
// linear in that coordinate, so a break keeps its share of the axis at every zoom, and the
// mapping stays monotonic and invertible (day_at(x_of(d)) == d, inside a break too).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace dateline {

// A stretch of days [from, to) drawn as `drawn` days' worth of axis (drawn < to - from).
struct AxisBreak {
    double from = 0, to = 0;
    double drawn = 0;
    double days() const { return to - from; }
};

class TimelineView {
public:
    static constexpr double kShortestSpan = 4.0;          // days: the closest zoom
    static constexpr double kLongestSpan = 365.25 * 1000;  // days: the farthest (a story over centuries)

    void set_width(float pixels) { width_ = pixels > 1 ? pixels : 1; }
    float width() const { return width_; }

    // The axis breaks (sorted, apart, each shorter drawn than long); the visible days stay.
    void set_breaks(std::vector<AxisBreak> breaks);
    const std::vector<AxisBreak>& breaks() const { return breaks_; }
    // Day -> axis coordinate and back (the identity without breaks).
    double axis_of(double day) const;
    double day_of_axis(double axis) const;
    // The break holding the day, or -1.
    int break_at(double day) const;

    // The visible range [from, to), in days, clamped to the spans above (which are measured on
    // the axis: a break counts as the days it is drawn as).
    void set_range(double from, double to);
    void set_axis_range(double from, double to);
    double from() const { return day_of_axis(from_); }
    double to() const { return day_of_axis(to_); }
    double axis_from() const { return from_; }
    double axis_to() const { return to_; }
    // The visible span on the axis: days drawn (to() - from() without breaks in view).
    double span() const { return to_ - from_; }

    float x_of(double day) const { return static_cast<float>((axis_of(day) - from_) / (to_ - from_) * width_); }
    double day_at(float x) const { return day_of_axis(from_ + (static_cast<double>(x) / width_) * (to_ - from_)); }
    // Outside the breaks.
    double pixels_per_day() const { return width_ / (to_ - from_); }

    // factor > 1 zooms in; the day at pixel x stays at x.
    void zoom_around(double factor, float x);
    void pan_pixels(float dx);

    // Animated moves: the view eases towards a target range (smooth zoom, "fit all").
    void glide_to(double from, double to);
    void glide_to_axis(double from, double to);
    // Glides to put the day in the middle, the span on the axis unchanged (during a glide, the
    // span it is heading to).
    void centre_on(double day);
    bool gliding() const { return gliding_; }
    // Where the view is heading (its current range when not gliding).
    double target_from() const { return day_of_axis(gliding_ ? target_from_ : from_); }
    double target_to() const { return day_of_axis(gliding_ ? target_to_ : to_); }
    // Advances the animation by dt seconds; returns true while still moving.
    bool step(double dt);

private:
    double span_of(double factor) const;

    float width_ = 1;
    double from_ = 0, to_ = 30;  // on the axis
    double target_from_ = 0, target_to_ = 30;
    bool gliding_ = false;
    std::vector<AxisBreak> breaks_;
    std::vector<double> axis_starts_;  // each break's start on the axis
};

// A tick of the axis: a day, its label, and whether it starts a larger unit (a year, a month).
struct AxisTick {
    double day = 0;
    std::string label;
    bool major = false;
};

// Ticks for the visible range, spaced at least `min_spacing` pixels apart; the unit adapts to
// the zoom: days, weeks, months, quarters, years, decades, centuries.
std::vector<AxisTick> axis_ticks(const TimelineView& view, float min_spacing);
// The unit those ticks are in: "day", "week", "month", "quarter", "year", "5 years", "decade",
// "50 years", "century".
std::string axis_unit(const TimelineView& view, float min_spacing);

// What the markers are made of: one box per event.
struct EventBox {
    double first_day = 0, last_day = 0;  // inclusive days of the event's interval
    int lane = 0;
    bool point = true;                   // known to the day: a point; otherwise a span
    int sources = 1;
    bool key = false;                    // the author marked it a key event
    int give_or_take_days = 0;           // an approximate day ("a week ago"): drawn with whiskers that far either way
};

// What is drawn: a point, a span, or a group of events too close to tell apart (a counted
// cluster of points, or a band of overlapping spans when a lane holds many).
struct Marker {
    float x0 = 0, x1 = 0;  // pixels; equal for points and clusters
    int lane = 0;
    bool span = false;
    uint32_t first = 0;    // its events: MarkerLayout::events[first, first + count)
    uint32_t count = 0;
    int sources = 1;       // the most sources any of its events has
    bool key = false;      // one of its events is a key event (a counted circle shows it holds one)
};

struct MarkerLayout {
    std::vector<Marker> markers;
    std::vector<int> events;  // indices into the boxes, grouped by marker
    const int* begin(const Marker& m) const { return events.data() + m.first; }
    const int* end(const Marker& m) const { return events.data() + m.first + m.count; }
};

// Lays out the boxes visible in the view into `out` (its buffers are reused from frame to
// frame). Points, and spans narrower than `merge_pixels`, closer than `merge_pixels` merge into
// clusters; when a lane has more than `max_spans` spans, overlapping ones merge into bands.
// `boxes` must be sorted by first_day; `longest` is the longest box, in days.
void layout_markers(const TimelineView& view, const std::vector<EventBox>& boxes, double longest, int lanes,
                    float merge_pixels, MarkerLayout& out, size_t max_spans = 64);

}  // namespace dateline
