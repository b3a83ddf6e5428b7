// The whole story at a glance: which empty stretches the axis compresses (axis breaks), the
// range the timeline opens on, and the overview strip under the timeline (every event's density
// by lane, and the visible window as a brush to drag and resize, as Perfetto's overview does).
// Plain C++ with no UI library, tested natively (tests/view/overview_test.cpp); the strip is
// drawn by wasm/overview_strip.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "timeline_view.h"

namespace dateline {

// --- Axis breaks: a rule from the data ---------------------------------------------------------
//
// A stretch of days that no event covers is compressed when it is longer than kBreakShare of the
// whole story (its first event's start to its last event's end) and longer than kLeastBreakDays.
// Each such break is drawn as kBreakDrawnShare of the axis that shows the whole story, and keeps
// kBreakRoomShare of the story as room on either side, so events never touch a break. Only the
// kMostBreaks longest stretches are compressed. A story evenly spread (over days or centuries)
// has none; one with a busy June 2017 and a busy March 2019 gives the months between one break.
inline constexpr double kBreakShare = 0.10;
inline constexpr double kLeastBreakDays = 60;
inline constexpr double kBreakDrawnShare = 0.04;
inline constexpr double kBreakRoomShare = 0.01;
inline constexpr size_t kMostBreaks = 6;

// The story's days: [first, last) from its first event's start to its last event's end.
struct StoryExtent {
    double first = 0, last = 0;
    bool empty() const { return !(last > first); }
    double days() const { return last - first; }
};
StoryExtent story_extent(const std::vector<EventBox>& boxes);

// The stretches [from, to) between events that no event covers, in order (drawn = 0).
// `boxes` sorted by first_day, as the model keeps them.
std::vector<AxisBreak> empty_stretches(const std::vector<EventBox>& boxes);

// The breaks the rule above gives, in order.
std::vector<AxisBreak> axis_breaks(const std::vector<EventBox>& boxes);

// How long a skipped stretch is, in words for its mark: "45 days", "8 months", "1 year 8 months",
// "12 years", "210 years".
std::string skipped_span_words(double days);

// --- The opening range ---------------------------------------------------------------------------
//
// Without a range from the story's file (or a link), the timeline opens on the whole story, its
// long empty stretches compressed (the view's breaks), with kWholeStoryMargin of it on either
// side; a story shorter than kLeastOpeningDays (a single event) sits in the middle of that many.
inline constexpr double kWholeStoryMargin = 0.03;
inline constexpr double kLeastOpeningDays = 30;

struct ViewRange {
    double from = 0, to = 0;  // days
};
// On `view`'s axis (its breaks). Nothing (from == to) when there are no events.
ViewRange whole_story_range(const TimelineView& view, const std::vector<EventBox>& boxes);

// --- The overview strip ----------------------------------------------------------------------------

// Where the whole story falls across the strip: the axis (breaks included) from the story's start
// to its end, with a margin, over `width` pixels. Independent of the visible range.
class OverviewMap {
public:
    void set(const TimelineView& view, const std::vector<EventBox>& boxes, float width);
    float width() const { return width_; }
    double axis_from() const { return from_; }
    double axis_to() const { return to_; }
    float x_of_axis(double axis) const { return static_cast<float>((axis - from_) / (to_ - from_) * width_); }
    double axis_at(float x) const { return from_ + static_cast<double>(x) / width_ * (to_ - from_); }
    // The axis per pixel of the strip.
    double axis_per_pixel() const { return (to_ - from_) / width_; }

private:
    float width_ = 1;
    double from_ = 0, to_ = 1;
};

// How many events fall in each pixel column of the strip, per lane: counts[lane * columns + column].
// A span counts in every column it covers.
struct OverviewDensity {
    int columns = 0, lanes = 0;
    std::vector<uint32_t> counts;
    uint32_t most = 0;  // the largest count
    uint32_t at(int lane, int column) const { return counts[static_cast<size_t>(lane) * static_cast<size_t>(columns) + static_cast<size_t>(column)]; }
};
void bin_events(const TimelineView& view, const OverviewMap& map, const std::vector<EventBox>& boxes, int lanes, int columns,
                OverviewDensity& out);

// The brush: the visible window on the strip. Its edges, within `grip` pixels, resize it (zoom);
// inside it moves (pan); outside, a press moves the window there (centred on the press).
enum class BrushPart { Outside, Inside, LeftEdge, RightEdge };
BrushPart hit_brush(float x, float brush_x0, float brush_x1, float grip);

struct AxisRange {
    double from = 0, to = 0;  // on the axis (TimelineView::axis_of)
};
// The view's axis range after dragging `part` by `dx` pixels of the strip, from the axis range
// it had at the press. Resizing never makes the window narrower than `least_span`.
AxisRange drag_brush(BrushPart part, AxisRange at_press, float dx, const OverviewMap& map, double least_span);
// The window of the same span centred on the strip's pixel x (a press outside the brush).
AxisRange centre_brush_at(float x, AxisRange now, const OverviewMap& map);

}  // namespace dateline
