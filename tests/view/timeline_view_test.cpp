#include "timeline_view.h"

#include <gtest/gtest.h>

#include "calendar.h"
#include "story.h"

using namespace dateline;

namespace {

double day(int y, int m, int d) { return static_cast<double>(days_from_civil({y, m, d})); }

TimelineView view(double from, double to, float width) {
    TimelineView v;
    v.set_width(width);
    v.set_range(from, to);
    return v;
}

}  // namespace

TEST(TimelineView, MapsDaysToPixelsAndBack) {
    const TimelineView v = view(day(2017, 6, 1), day(2019, 4, 1), 1000);
    EXPECT_FLOAT_EQ(v.x_of(v.from()), 0);
    EXPECT_FLOAT_EQ(v.x_of(v.to()), 1000);
    EXPECT_NEAR(v.day_at(v.x_of(day(2018, 1, 1))), day(2018, 1, 1), 1e-3);  // pixels are floats
}

TEST(TimelineView, ZoomKeepsTheDayUnderTheCursor) {
    TimelineView v = view(day(2017, 6, 1), day(2019, 4, 1), 1000);
    const float x = 300;
    const double under = v.day_at(x);
    const double span = v.span();
    v.zoom_around(2.0, x);
    EXPECT_NEAR(v.day_at(x), under, 1e-6);
    EXPECT_NEAR(v.span(), span / 2, 1e-6);
    v.zoom_around(1e9, x);  // clamped at the closest zoom
    EXPECT_NEAR(v.span(), TimelineView::kShortestSpan, 1e-9);
    EXPECT_NEAR(v.day_at(x), under, 1e-6);
}

TEST(TimelineView, PanMovesByPixels) {
    TimelineView v = view(day(2017, 1, 1), day(2017, 1, 1) + 100, 1000);
    v.pan_pixels(-100);  // drag left: later days come in
    EXPECT_NEAR(v.from(), day(2017, 1, 1) + 10, 1e-9);
}

TEST(TimelineView, GlidesToItsTarget) {
    TimelineView v = view(day(2017, 1, 1), day(2018, 1, 1), 800);
    v.glide_to(day(2017, 6, 1), day(2017, 7, 1));
    int frames = 0;
    while (v.step(1.0 / 60) && frames < 600) ++frames;
    EXPECT_FALSE(v.gliding());
    EXPECT_LT(frames, 120);  // under two seconds at 60 frames a second
    EXPECT_NEAR(v.from(), day(2017, 6, 1), 1e-6);
}

TEST(TimelineView, TicksAdaptToTheZoom) {
    EXPECT_EQ(axis_unit(view(day(2017, 6, 1), day(2019, 4, 1), 1200), 48), "month");
    EXPECT_EQ(axis_unit(view(day(2017, 6, 1), day(2019, 4, 1), 400), 48), "quarter");
    EXPECT_EQ(axis_unit(view(day(2010, 1, 1), day(2020, 1, 1), 1200), 48), "year");
    EXPECT_EQ(axis_unit(view(day(2017, 6, 1), day(2017, 9, 1), 1200), 48), "week");
    EXPECT_EQ(axis_unit(view(day(2017, 6, 20), day(2017, 7, 5), 1200), 48), "day");
    const auto ticks = axis_ticks(view(day(2017, 6, 1), day(2019, 4, 1), 1200), 48);
    ASSERT_FALSE(ticks.empty());
    bool has_2018 = false;
    for (size_t i = 1; i < ticks.size(); ++i) EXPECT_GT(ticks[i].day, ticks[i - 1].day);
    for (const AxisTick& t : ticks) has_2018 |= t.label == "2018" && t.major && t.day == day(2018, 1, 1);
    EXPECT_TRUE(has_2018);
}

// Stories of any length get a view and an axis that fit: the opening view chosen from the events
// (story.h) is shown whole, and its ticks stay apart, from a single event to two centuries.
TEST(TimelineView, OpeningViewsOfAnyLengthFitWithReadableTicks) {
    auto event_on = [](int64_t first, int64_t last) {
        Event e;
        e.first_day = first;
        e.last_day = last;
        return e;
    };
    std::vector<Event> one = {event_on(days_from_civil({2021, 3, 10}), days_from_civil({2021, 3, 10}))};
    std::vector<Event> many, centuries;
    for (int64_t i = 0; i < 10000; ++i) many.push_back(event_on(days_from_civil({2017, 1, 1}) + i * 730 / 10000, days_from_civil({2017, 1, 1}) + i * 730 / 10000));
    for (int year = 1820; year <= 2020; ++year) centuries.push_back(event_on(days_from_civil({year, 6, 1}), days_from_civil({year, 6, 1})));
    struct Case {
        const char* what;
        const std::vector<Event>& events;
        const char* unit_at_1000px;
    };
    for (const Case& c : {Case{"one event", one, "week"}, Case{"10,000 events over two years", many, "quarter"},
                          Case{"200 years", centuries, "decade"}}) {
        const auto range = default_view(c.events);
        ASSERT_TRUE(range) << c.what;
        for (float width : {320.0f, 1000.0f, 2560.0f}) {
            const TimelineView v = view(static_cast<double>(range->first), static_cast<double>(range->last + 1), width);
            EXPECT_DOUBLE_EQ(v.from(), static_cast<double>(range->first)) << c.what << " is shown whole";
            EXPECT_DOUBLE_EQ(v.to(), static_cast<double>(range->last + 1)) << c.what;
            const auto ticks = axis_ticks(v, 48);
            EXPECT_GE(ticks.size(), width < 400 ? 1u : 2u) << c.what << " at " << width << " px";  // a date to read
            EXPECT_LE(ticks.size(), static_cast<size_t>(width / 48) + 2) << c.what << " at " << width << " px";
            for (size_t i = 1; i < ticks.size(); ++i) EXPECT_GE(v.x_of(ticks[i].day) - v.x_of(ticks[i - 1].day), 40.0f) << c.what;
        }
        EXPECT_EQ(axis_unit(view(static_cast<double>(range->first), static_cast<double>(range->last + 1), 1000), 48), c.unit_at_1000px)
            << c.what;
    }
    // A thousand years still fit, in centuries.
    EXPECT_EQ(axis_unit(view(day(1000, 1, 1), day(2000, 1, 1), 800), 48), "century");
}

TEST(TimelineView, MarkersAreCulledAndCloseOnesMerge) {
    // Four points: two a day apart, one far, one outside the view; one year-long span.
    std::vector<EventBox> boxes = {
        {day(2014, 1, 1), day(2014, 12, 31), 0, false, 1},
        {day(2017, 6, 29), day(2017, 6, 29), 0, true, 2},
        {day(2017, 6, 30), day(2017, 6, 30), 0, true, 1},
        {day(2018, 6, 1), day(2018, 6, 1), 0, true, 1},
        {day(2030, 1, 1), day(2030, 1, 1), 0, true, 1},
    };
    const TimelineView wide = view(day(2017, 1, 1), day(2019, 1, 1), 730);  // a pixel a day
    MarkerLayout layout;
    layout_markers(wide, boxes, 365, 1, 6, layout);
    auto& markers = layout.markers;
    ASSERT_EQ(markers.size(), 2u);  // the 2014 span and the 2030 point are out of view
    EXPECT_EQ(markers[0].count, 2u);  // 29 and 30 June merged
    EXPECT_EQ(markers[0].sources, 2);
    EXPECT_EQ(markers[1].count, 1u);
    EXPECT_EQ(*layout.begin(markers[1]), 3);  // the 2018 point, by its index among the boxes
    const TimelineView close = view(day(2017, 6, 20), day(2017, 7, 10), 1000);  // 50 pixels a day
    layout_markers(close, boxes, 365, 1, 6, layout);
    ASSERT_EQ(markers.size(), 2u);
    EXPECT_EQ(markers[0].count, 1u);
    const TimelineView years = view(day(2013, 1, 1), day(2019, 1, 1), 2190);
    layout_markers(years, boxes, 365, 1, 6, layout);
    ASSERT_GE(markers.size(), 1u);
    EXPECT_TRUE(markers[0].span);  // an uncertain date is drawn over its whole interval
    EXPECT_NEAR(markers[0].x1 - markers[0].x0, 365, 1.0);
}

// A key event merged into a counted circle: the circle says it holds one (drawn with the key
// mark); a circle of ordinary events does not, and a key event on its own is its own marker.
TEST(TimelineView, ACountedCircleHoldingAKeyEventSaysSo) {
    std::vector<EventBox> boxes = {
        {day(2017, 6, 29), day(2017, 6, 29), 0, true, 1, false},
        {day(2017, 6, 30), day(2017, 6, 30), 0, true, 1, true},  // the key event
        {day(2018, 1, 10), day(2018, 1, 10), 0, true, 1, false},
        {day(2018, 1, 11), day(2018, 1, 11), 0, true, 1, false},
    };
    MarkerLayout layout;
    layout_markers(view(day(2017, 1, 1), day(2019, 1, 1), 730), boxes, 1, 1, 6, layout);
    ASSERT_EQ(layout.markers.size(), 2u);
    EXPECT_EQ(layout.markers[0].count, 2u);
    EXPECT_TRUE(layout.markers[0].key) << "the circle of 29 and 30 June holds the key event";
    EXPECT_EQ(layout.markers[1].count, 2u);
    EXPECT_FALSE(layout.markers[1].key) << "January's circle holds none";
    // Closer in, the key event is a marker of its own and only that marker is key.
    layout_markers(view(day(2017, 6, 20), day(2017, 7, 10), 1000), boxes, 1, 1, 6, layout);
    ASSERT_EQ(layout.markers.size(), 2u);
    EXPECT_FALSE(layout.markers[0].key);
    EXPECT_TRUE(layout.markers[1].key);
    EXPECT_EQ(*layout.begin(layout.markers[1]), 1);
}

TEST(TimelineView, LayoutIsFastEnoughToRedoEveryFrame) {
    // 100,000 events: layout must stay linear (this checks it completes and clusters).
    std::vector<EventBox> boxes;
    for (int i = 0; i < 100000; ++i) boxes.push_back({day(2017, 6, 1) + i % 700, day(2017, 6, 1) + i % 700, i % 3, true, 1});
    std::sort(boxes.begin(), boxes.end(), [](const EventBox& a, const EventBox& b) { return a.first_day < b.first_day; });
    MarkerLayout layout;
    layout_markers(view(day(2017, 6, 1), day(2019, 6, 1), 1200), boxes, 1, 3, 4, layout);
    size_t covered = 0;
    for (const Marker& m : layout.markers) covered += m.count;
    EXPECT_EQ(covered, boxes.size());
    EXPECT_LT(layout.markers.size(), 1200u);  // at most one marker per few pixels per lane
}

TEST(TimelineView, CrowdedSpansMergeIntoBands) {
    // 1,000 month-long spans in one lane over two years: bands, not a thousand rectangles.
    std::vector<EventBox> boxes;
    for (int i = 0; i < 1000; ++i) boxes.push_back({day(2017, 1, 1) + i % 700, day(2017, 1, 1) + i % 700 + 29, 0, false, 1});
    std::sort(boxes.begin(), boxes.end(), [](const EventBox& a, const EventBox& b) { return a.first_day < b.first_day; });
    MarkerLayout layout;
    layout_markers(view(day(2016, 12, 1), day(2019, 3, 1), 1200), boxes, 30, 1, 4, layout);
    EXPECT_LT(layout.markers.size(), 10u);
    size_t covered = 0;
    for (const Marker& m : layout.markers) covered += m.count;
    EXPECT_EQ(covered, boxes.size());
    // A few spans stay apart.
    boxes.resize(5);
    layout_markers(view(day(2016, 12, 1), day(2019, 3, 1), 1200), boxes, 30, 1, 4, layout);
    EXPECT_EQ(layout.markers.size(), 5u);
}
