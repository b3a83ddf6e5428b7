// Axis breaks, the opening range and the overview strip (wasm/overview.h), and the view's
// piecewise-linear mapping through the breaks (wasm/timeline_view.h).
#include "overview.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "calendar.h"

using namespace dateline;

namespace {

double day(int y, int m, int d) { return static_cast<double>(days_from_civil({y, m, d})); }

EventBox point(double d, int lane = 0) { return {d, d, lane, true, 1}; }

std::vector<EventBox> sorted(std::vector<EventBox> boxes) {
    std::stable_sort(boxes.begin(), boxes.end(), [](const EventBox& a, const EventBox& b) { return a.first_day < b.first_day; });
    return boxes;
}

// A busy June 2017 and a busy March 2019, with nothing between: the shape of a story told by
// articles from two moments.
std::vector<EventBox> two_busy_months() {
    std::vector<EventBox> boxes;
    for (int i = 0; i < 30; ++i) boxes.push_back(point(day(2017, 6, 1) + i, i % 3));
    for (int i = 0; i < 31; ++i) boxes.push_back(point(day(2019, 3, 1) + i, i % 3));
    return sorted(boxes);
}

// The pixels a month [from, to) gets at the opening range of `boxes`, across `width`.
float opening_pixels(const std::vector<EventBox>& boxes, double from, double to, float width) {
    TimelineView v;
    v.set_width(width);
    v.set_breaks(axis_breaks(boxes));
    const ViewRange r = whole_story_range(v, boxes);
    v.set_range(r.from, r.to);
    return v.x_of(to) - v.x_of(from);
}

}  // namespace

// --- The rule ---------------------------------------------------------------------------------------

TEST(AxisBreaks, EmptyStretchesAreTheDaysNoEventCovers) {
    const std::vector<EventBox> boxes = sorted({{day(2017, 1, 1), day(2017, 1, 31), 0, false, 1}, point(day(2017, 1, 15)),
                                                point(day(2017, 3, 1)), point(day(2017, 3, 2))});
    const auto gaps = empty_stretches(boxes);
    ASSERT_EQ(gaps.size(), 1u);  // the span covers 15 January; 1 and 2 March touch
    EXPECT_EQ(gaps[0].from, day(2017, 2, 1));
    EXPECT_EQ(gaps[0].to, day(2017, 3, 1));
}

TEST(AxisBreaks, TwoBusyMonthsYearsApartGetOneBreakBetween) {
    const auto boxes = two_busy_months();
    const auto breaks = axis_breaks(boxes);
    ASSERT_EQ(breaks.size(), 1u);
    EXPECT_GT(breaks[0].from, day(2017, 7, 1));
    EXPECT_LT(breaks[0].to, day(2019, 3, 1));
    EXPECT_LT(breaks[0].drawn, breaks[0].days() / 4);  // drawn much shorter than it is
    // Drawn as kBreakDrawnShare of the axis that shows the whole story.
    TimelineView v;
    v.set_breaks(breaks);
    const StoryExtent story = story_extent(boxes);
    EXPECT_NEAR(breaks[0].drawn / (v.axis_of(story.last) - v.axis_of(story.first)), kBreakDrawnShare, 1e-9);
}

TEST(AxisBreaks, EventsAreNeverInsideABreak) {
    std::mt19937 random(13);
    for (int trial = 0; trial < 50; ++trial) {
        std::vector<EventBox> boxes;
        const int clusters = 1 + static_cast<int>(random() % 5);
        for (int c = 0; c < clusters; ++c) {
            const double start = day(1900, 1, 1) + static_cast<double>(random() % 40000);
            for (int i = 0; i < 20; ++i) {
                const double d = start + static_cast<double>(random() % 60);
                const bool span = random() % 4 == 0;
                boxes.push_back({d, span ? d + static_cast<double>(random() % 400) : d, 0, !span, 1});
            }
        }
        boxes = sorted(boxes);
        const auto breaks = axis_breaks(boxes);
        EXPECT_LE(breaks.size(), kMostBreaks);
        for (const AxisBreak& b : breaks)
            for (const EventBox& e : boxes) EXPECT_TRUE(e.last_day + 1 <= b.from || e.first_day >= b.to) << "trial " << trial;
    }
}

TEST(AxisBreaks, NoneWhenEventsAreEvenlySpreadOrFew) {
    std::vector<EventBox> centuries;  // one event a year for 200 years
    for (int year = 1820; year <= 2020; ++year) centuries.push_back(point(day(year, 6, 1)));
    EXPECT_TRUE(axis_breaks(centuries).empty());
    EXPECT_TRUE(axis_breaks({point(day(2021, 3, 10))}).empty());
    EXPECT_TRUE(axis_breaks({}).empty());
    // Two events a week apart: the stretch between is short in days, however large its share.
    EXPECT_TRUE(axis_breaks(sorted({point(day(2021, 3, 1)), point(day(2021, 3, 8))})).empty());
}

// --- The mapping through breaks ---------------------------------------------------------------------

TEST(AxisBreaks, TheMappingIsMonotonicAndRoundTrips) {
    TimelineView v;
    v.set_width(1000);
    v.set_breaks(axis_breaks(two_busy_months()));
    ASSERT_EQ(v.breaks().size(), 1u);
    v.set_range(day(2017, 5, 1), day(2019, 5, 1));
    float last_x = -1e9f;
    for (double d = day(2017, 5, 1); d < day(2019, 5, 1); d += 0.7) {
        const float x = v.x_of(d);
        EXPECT_GE(x, last_x) << d;
        last_x = x;
        EXPECT_NEAR(v.day_of_axis(v.axis_of(d)), d, 1e-6);
        // Through pixels (floats): within the days one pixel holds at that place.
        const double days_per_pixel = v.break_at(d) >= 0 ? v.breaks()[0].days() / v.breaks()[0].drawn / v.pixels_per_day()
                                                          : 1 / v.pixels_per_day();
        EXPECT_NEAR(v.day_at(x), d, days_per_pixel * 0.01 + 1e-3) << d;
    }
    EXPECT_FLOAT_EQ(v.x_of(day(2017, 5, 1)), 0);
    EXPECT_NEAR(v.x_of(day(2019, 5, 1)), 1000, 1e-3);
    EXPECT_NEAR(v.from(), day(2017, 5, 1), 1e-6);
    EXPECT_NEAR(v.to(), day(2019, 5, 1), 1e-6);
}

TEST(AxisBreaks, ZoomPanAndGlideStayLinearOnTheAxis) {
    TimelineView v;
    v.set_width(1000);
    v.set_breaks(axis_breaks(two_busy_months()));
    v.set_range(day(2017, 5, 1), day(2019, 5, 1));
    const double under = v.day_at(700);  // in March 2019, past the break
    const double span = v.span();
    v.zoom_around(2.0, 700);
    EXPECT_NEAR(v.day_at(700), under, 1e-3);
    EXPECT_NEAR(v.span(), span / 2, 1e-6);
    const double from = v.axis_from();
    v.pan_pixels(-100);  // across the break: moves by a tenth of the axis span, not of the days
    EXPECT_NEAR(v.axis_from(), from + v.span() / 10, 1e-6);
    v.centre_on(day(2017, 6, 15));
    while (v.step(1.0 / 60)) {
    }
    EXPECT_NEAR(v.x_of(day(2017, 6, 15)), 500, 0.5);
    EXPECT_NEAR(v.span(), span / 2, 1e-6);  // the zoom kept
}

TEST(AxisBreaks, SettingBreaksKeepsTheVisibleDays) {
    TimelineView v;
    v.set_width(800);
    v.set_range(day(2017, 1, 1), day(2020, 1, 1));
    v.set_breaks(axis_breaks(two_busy_months()));
    EXPECT_NEAR(v.from(), day(2017, 1, 1), 1e-6);
    EXPECT_NEAR(v.to(), day(2020, 1, 1), 1e-6);
    v.set_breaks({});
    EXPECT_NEAR(v.to(), day(2020, 1, 1), 1e-6);
    // Malformed or overlapping breaks are dropped, so the axis never folds back.
    v.set_breaks({{day(2018, 1, 1), day(2018, 6, 1), 10}, {day(2018, 3, 1), day(2018, 9, 1), 10}, {day(2019, 1, 1), day(2018, 1, 1), 1}});
    EXPECT_EQ(v.breaks().size(), 1u);
}

TEST(AxisBreaks, TicksSkipTheBreaks) {
    TimelineView v;
    v.set_width(1200);
    v.set_breaks(axis_breaks(two_busy_months()));
    for (const auto& [from, to] : {std::pair{day(2017, 5, 1), day(2019, 5, 1)}, std::pair{day(2017, 6, 20), day(2019, 3, 10)}}) {
        v.set_range(from, to);
        const auto ticks = axis_ticks(v, 48);
        ASSERT_GE(ticks.size(), 4u) << axis_unit(v, 48);
        for (const AxisTick& t : ticks) EXPECT_LT(v.break_at(t.day), 0) << t.label;
        for (size_t i = 1; i < ticks.size(); ++i) EXPECT_GE(v.x_of(ticks[i].day) - v.x_of(ticks[i - 1].day), 40.0f) << ticks[i].label;
    }
}

// --- The opening range -------------------------------------------------------------------------------

TEST(OpeningRange, BothBusyMonthsGetRoom) {
    const auto boxes = two_busy_months();
    // At 1366 px wide (the timeline at that window), each busy month is a third of the width or more.
    EXPECT_GE(opening_pixels(boxes, day(2017, 6, 1), day(2017, 7, 1), 1300), 400);
    EXPECT_GE(opening_pixels(boxes, day(2019, 3, 1), day(2019, 4, 1), 1300), 400);
    // Without the break the same width gives each month about 50 px.
    TimelineView linear;
    linear.set_width(1300);
    const ViewRange r = whole_story_range(linear, boxes);
    linear.set_range(r.from, r.to);
    EXPECT_LT(linear.x_of(day(2017, 7, 1)) - linear.x_of(day(2017, 6, 1)), 60);
}

TEST(OpeningRange, OneEventSitsInAMonth) {
    const std::vector<EventBox> one = {point(day(2021, 3, 10))};
    TimelineView v;
    v.set_breaks(axis_breaks(one));
    const ViewRange r = whole_story_range(v, one);
    EXPECT_NEAR(r.to - r.from, kLeastOpeningDays, 1e-9);
    EXPECT_NEAR((r.from + r.to) / 2, day(2021, 3, 10) + 0.5, 1e-9);
    EXPECT_EQ(whole_story_range(v, {}).to, whole_story_range(v, {}).from);  // no events: nothing
}

TEST(OpeningRange, ManyEventsAndCenturiesAreShownWhole) {
    std::vector<EventBox> many, centuries;
    for (int i = 0; i < 10000; ++i) many.push_back(point(day(2017, 1, 1) + i * 730 / 10000, i % 4));
    for (int year = 1820; year <= 2020; ++year) centuries.push_back(point(day(year, 6, 1)));
    for (const auto* boxes : {&many, &centuries}) {
        TimelineView v;
        v.set_width(1000);
        v.set_breaks(axis_breaks(*boxes));
        const ViewRange r = whole_story_range(v, *boxes);
        v.set_range(r.from, r.to);
        const StoryExtent story = story_extent(*boxes);
        EXPECT_LT(v.from(), story.first);
        EXPECT_GT(v.to(), story.last);
        EXPECT_GT(v.x_of(story.first), 10);  // a margin to see the first event whole
        EXPECT_LT(v.x_of(story.last), 990);
    }
    TimelineView v;
    v.set_width(1000);
    const ViewRange r = whole_story_range(v, centuries);
    v.set_range(r.from, r.to);
    const auto ticks = axis_ticks(v, 48);  // decades or half-centuries, readable
    EXPECT_GE(ticks.size(), 4u) << axis_unit(v, 48);
    EXPECT_LE(ticks.size(), 1000u / 48 + 2);
}

// --- The overview strip ----------------------------------------------------------------------------

TEST(Overview, DensityCountsEveryEventInItsLaneAndColumn) {
    auto boxes = two_busy_months();
    boxes.push_back({day(2019, 3, 1), day(2019, 3, 31), 3, false, 1});  // a month-long span in lane 3
    boxes = sorted(boxes);
    TimelineView v;
    v.set_breaks(axis_breaks(boxes));
    OverviewMap map;
    map.set(v, boxes, 200);
    OverviewDensity d;
    bin_events(v, map, boxes, 4, 200, d);
    ASSERT_EQ(d.counts.size(), 800u);
    uint64_t points = 0;
    int span_columns = 0;
    for (int lane = 0; lane < 3; ++lane)
        for (int c = 0; c < 200; ++c) points += d.at(lane, c);
    for (int c = 0; c < 200; ++c) span_columns += d.at(3, c) > 0;
    EXPECT_EQ(points, 61u);  // every point once
    const int month_columns = static_cast<int>(map.x_of_axis(v.axis_of(day(2019, 4, 1))) - map.x_of_axis(v.axis_of(day(2019, 3, 1))));
    EXPECT_NEAR(span_columns, month_columns + 1, 1.5);  // the span in each column it touches
    // Nothing falls in the break's columns.
    const AxisBreak& b = v.breaks()[0];
    for (int c = static_cast<int>(map.x_of_axis(v.axis_of(b.from))) + 1; c < static_cast<int>(map.x_of_axis(v.axis_of(b.to))); ++c)
        for (int lane = 0; lane < 4; ++lane) EXPECT_EQ(d.at(lane, c), 0u) << c;
    EXPECT_GE(d.most, 1u);
}

TEST(Overview, DensityIsLinearInEventsForLongSpans) {
    // 100,000 events, many of them year-long spans: must complete quickly (difference arrays).
    std::vector<EventBox> boxes;
    for (int i = 0; i < 100000; ++i) boxes.push_back({day(2000, 1, 1) + i % 7000, day(2000, 1, 1) + i % 7000 + (i % 2 ? 365 : 0), i % 5, i % 2 == 0, 1});
    boxes = sorted(boxes);
    TimelineView v;
    OverviewMap map;
    map.set(v, boxes, 1300);
    OverviewDensity d;
    bin_events(v, map, boxes, 5, 1300, d);
    EXPECT_GT(d.most, 10u);
}

TEST(Overview, BrushPartsAndDrags) {
    EXPECT_EQ(hit_brush(100, 100, 200, 6), BrushPart::LeftEdge);
    EXPECT_EQ(hit_brush(95, 100, 200, 6), BrushPart::LeftEdge);
    EXPECT_EQ(hit_brush(204, 100, 200, 6), BrushPart::RightEdge);
    EXPECT_EQ(hit_brush(150, 100, 200, 6), BrushPart::Inside);
    EXPECT_EQ(hit_brush(50, 100, 200, 6), BrushPart::Outside);
    EXPECT_EQ(hit_brush(250, 100, 200, 6), BrushPart::Outside);
    // A narrow brush keeps a middle to drag, and edges to grip outside it.
    EXPECT_EQ(hit_brush(101.5f, 100, 103, 6), BrushPart::Inside);
    EXPECT_EQ(hit_brush(97, 100, 103, 6), BrushPart::LeftEdge);
    EXPECT_EQ(hit_brush(106, 100, 103, 6), BrushPart::RightEdge);

    TimelineView v;
    OverviewMap map;
    const std::vector<EventBox> boxes = {point(0), point(999)};
    map.set(v, boxes, 100);  // the axis from -20 to 1020: 10.4 days a pixel
    const AxisRange press{100, 300};
    const AxisRange panned = drag_brush(BrushPart::Inside, press, 10, map, 4);
    EXPECT_NEAR(panned.from, 100 + 10 * map.axis_per_pixel(), 1e-9);
    EXPECT_NEAR(panned.to - panned.from, 200, 1e-9);  // panning keeps the span
    const AxisRange wider = drag_brush(BrushPart::RightEdge, press, 10, map, 4);
    EXPECT_EQ(wider.from, 100);
    EXPECT_NEAR(wider.to, 300 + 10 * map.axis_per_pixel(), 1e-9);
    const AxisRange least = drag_brush(BrushPart::LeftEdge, press, 1000, map, 4);
    EXPECT_NEAR(least.to - least.from, 4, 1e-9);  // never narrower than the closest zoom
    EXPECT_EQ(drag_brush(BrushPart::Outside, press, 10, map, 4).from, press.from);
    const AxisRange moved = centre_brush_at(50, press, map);
    EXPECT_NEAR((moved.from + moved.to) / 2, map.axis_at(50), 1e-9);
    EXPECT_NEAR(moved.to - moved.from, 200, 1e-9);
}

TEST(AxisBreaks, SkippedSpansInWords) {
    EXPECT_EQ(skipped_span_words(45), "45 days");
    EXPECT_EQ(skipped_span_words(1), "1 day");
    EXPECT_EQ(skipped_span_words(244), "8 months");
    EXPECT_EQ(skipped_span_words(day(2019, 2, 20) - day(2017, 7, 1)), "1 year 8 months");
    EXPECT_EQ(skipped_span_words(365), "1 year");
    EXPECT_EQ(skipped_span_words(365.25 * 12.2), "12 years");
    EXPECT_EQ(skipped_span_words(365.25 * 210), "210 years");
}

// A range of days asked for inside a break (a link, an embedding host's `view`) is shown as
// asked: the closest zoom is kShortestSpan days, not kShortestSpan units of the axis.
TEST(AxisBreaks, ARangeInsideABreakIsShownAsAsked) {
    TimelineView v;
    v.set_width(1000);
    v.set_breaks(axis_breaks(two_busy_months()));
    ASSERT_EQ(v.breaks().size(), 1u);
    const double from = day(2017, 10, 1), to = day(2017, 12, 31);
    ASSERT_GE(v.break_at(from), 0);
    ASSERT_GE(v.break_at(to), 0);
    v.set_range(from, to);
    EXPECT_NEAR(v.from(), from, 1e-6);
    EXPECT_NEAR(v.to(), to, 1e-6);
}
