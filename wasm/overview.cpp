#include "overview.h"

#include <algorithm>
#include <cmath>

namespace dateline {

// ---------------------------------------------------------------------------------------------
// Axis breaks
// ---------------------------------------------------------------------------------------------

StoryExtent story_extent(const std::vector<EventBox>& boxes) {
    StoryExtent e;
    if (boxes.empty()) return e;
    e.first = boxes.front().first_day;
    e.last = boxes.front().last_day + 1;
    for (const EventBox& b : boxes) {
        e.first = std::min(e.first, b.first_day);
        e.last = std::max(e.last, b.last_day + 1);
    }
    return e;
}

std::vector<AxisBreak> empty_stretches(const std::vector<EventBox>& boxes) {
    std::vector<AxisBreak> out;
    if (boxes.empty()) return out;
    double reach = boxes.front().last_day + 1;  // the end of every event so far
    for (const EventBox& b : boxes) {
        if (b.first_day > reach) out.push_back({reach, b.first_day, 0});
        reach = std::max(reach, b.last_day + 1);
    }
    return out;
}

std::vector<AxisBreak> axis_breaks(const std::vector<EventBox>& boxes) {
    const StoryExtent story = story_extent(boxes);
    if (story.empty()) return {};
    const double longer_than = std::max(kBreakShare * story.days(), kLeastBreakDays);
    const double room = kBreakRoomShare * story.days();
    std::vector<AxisBreak> out;
    for (const AxisBreak& s : empty_stretches(boxes))
        if (s.days() > longer_than) out.push_back({s.from + room, s.to - room, 0});
    // The longest ones, back in order.
    std::sort(out.begin(), out.end(), [](const AxisBreak& a, const AxisBreak& b) { return a.days() > b.days(); });
    if (out.size() > kMostBreaks) out.resize(kMostBreaks);
    std::sort(out.begin(), out.end(), [](const AxisBreak& a, const AxisBreak& b) { return a.from < b.from; });
    // Each drawn as kBreakDrawnShare of the whole axis: with u the days left unbroken and n
    // breaks of d each, d = share * (u + n * d).
    double unbroken = story.days();
    for (const AxisBreak& b : out) unbroken -= b.days();
    const double n = static_cast<double>(out.size());
    const double drawn = kBreakDrawnShare * unbroken / (1 - kBreakDrawnShare * n);
    for (AxisBreak& b : out) b.drawn = std::min(drawn, b.days() / 2);
    return out;
}

std::string skipped_span_words(double days) {
    auto count = [](long n, const char* unit) { return std::to_string(n) + " " + unit + (n == 1 ? "" : "s"); };
    if (days < 60) return count(std::lround(days), "day");
    long months = std::lround(days / 30.44);
    if (months < 12) return count(months, "month");
    long years = months / 12;
    months %= 12;
    if (years >= 10 || months == 0) return count(std::lround(days / 365.25), "year");
    return count(years, "year") + " " + count(months, "month");
}

// ---------------------------------------------------------------------------------------------
// The opening range
// ---------------------------------------------------------------------------------------------

ViewRange whole_story_range(const TimelineView& view, const std::vector<EventBox>& boxes) {
    const StoryExtent story = story_extent(boxes);
    if (story.empty()) return {};
    double from = view.axis_of(story.first), to = view.axis_of(story.last);
    if (to - from < kLeastOpeningDays) {
        const double middle = (from + to) / 2;
        from = middle - kLeastOpeningDays / 2;
        to = middle + kLeastOpeningDays / 2;
    } else {
        const double margin = (to - from) * kWholeStoryMargin;
        from -= margin;
        to += margin;
    }
    return {view.day_of_axis(from), view.day_of_axis(to)};
}

// ---------------------------------------------------------------------------------------------
// The overview strip
// ---------------------------------------------------------------------------------------------

void OverviewMap::set(const TimelineView& view, const std::vector<EventBox>& boxes, float width) {
    width_ = width > 1 ? width : 1;
    const StoryExtent story = story_extent(boxes);
    if (story.empty()) {
        from_ = view.axis_from();
        to_ = view.axis_to();
        return;
    }
    from_ = view.axis_of(story.first);
    to_ = view.axis_of(story.last);
    const double margin = std::max(1.0, (to_ - from_) * 0.02);
    from_ -= margin;
    to_ += margin;
}

void bin_events(const TimelineView& view, const OverviewMap& map, const std::vector<EventBox>& boxes, int lanes, int columns,
                OverviewDensity& out) {
    out.columns = std::max(columns, 1);
    out.lanes = std::max(lanes, 1);
    const size_t row = static_cast<size_t>(out.columns) + 1;
    // A difference array per lane (+1 where an event starts covering, -1 past its end), then sums:
    // linear in events and columns, however long the spans.
    thread_local std::vector<int64_t> change;
    change.assign(static_cast<size_t>(out.lanes) * row, 0);
    const double last_column = static_cast<double>(out.columns - 1);
    auto column = [&](double day) {
        return static_cast<size_t>(std::clamp(std::floor(static_cast<double>(map.x_of_axis(view.axis_of(day)))), 0.0, last_column));
    };
    for (const EventBox& b : boxes) {
        const size_t lane = static_cast<size_t>(std::clamp(b.lane, 0, out.lanes - 1));
        size_t c0 = column(b.first_day), c1 = c0;
        if (!b.point) c1 = std::max(c0, column(b.last_day + 1 - 1e-6));
        else c0 = c1 = column(b.first_day + 0.5);
        change[lane * row + c0] += 1;
        change[lane * row + c1 + 1] -= 1;
    }
    out.counts.assign(static_cast<size_t>(out.lanes) * static_cast<size_t>(out.columns), 0);
    out.most = 0;
    for (size_t lane = 0; lane < static_cast<size_t>(out.lanes); ++lane) {
        int64_t running = 0;
        for (size_t c = 0; c < static_cast<size_t>(out.columns); ++c) {
            running += change[lane * row + c];
            const uint32_t n = static_cast<uint32_t>(std::max<int64_t>(running, 0));
            out.counts[lane * static_cast<size_t>(out.columns) + c] = n;
            out.most = std::max(out.most, n);
        }
    }
}

BrushPart hit_brush(float x, float brush_x0, float brush_x1, float grip) {
    // Edges grip `grip` pixels outwards and at most a third of the brush inwards, so that a
    // narrow brush keeps a middle to drag.
    const float inward = std::min(grip, (brush_x1 - brush_x0) / 3);
    if (x >= brush_x0 - grip && x <= brush_x0 + inward) return BrushPart::LeftEdge;
    if (x >= brush_x1 - inward && x <= brush_x1 + grip) return BrushPart::RightEdge;
    if (x > brush_x0 && x < brush_x1) return BrushPart::Inside;
    return BrushPart::Outside;
}

AxisRange drag_brush(BrushPart part, AxisRange at_press, float dx, const OverviewMap& map, double least_span) {
    const double d = static_cast<double>(dx) * map.axis_per_pixel();
    switch (part) {
        case BrushPart::Inside: return {at_press.from + d, at_press.to + d};
        case BrushPart::LeftEdge: return {std::min(at_press.from + d, at_press.to - least_span), at_press.to};
        case BrushPart::RightEdge: return {at_press.from, std::max(at_press.to + d, at_press.from + least_span)};
        case BrushPart::Outside: break;
    }
    return at_press;
}

AxisRange centre_brush_at(float x, AxisRange now, const OverviewMap& map) {
    const double middle = map.axis_at(x), half = (now.to - now.from) / 2;
    return {middle - half, middle + half};
}

}  // namespace dateline
