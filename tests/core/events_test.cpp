// Events from single sentences: which dates make an event, and what its headline says. The gold
// test (event_gold_test.cpp) scores whole articles; these pin down one rule each, on sentences
// written for the test in the style of business and war news (not taken from the bundled articles).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "calendar.h"
#include "timeline.h"

using namespace dateline;

namespace {

// The events of a one-paragraph article published on 2009-03-04 (a Wednesday).
std::vector<Event> events_of(const std::string& body) {
    std::vector<ArticleInput> in;
    in.push_back({"a.txt", "a.txt", "A title for the test\n" + body + "\n",
                  EditorialFacts{"Outlet", std::nullopt, CivilDate{2009, 3, 4}}});
    return build_timeline(std::move(in)).events;
}

std::vector<std::string> starts_of(const std::vector<Event>& events) {
    std::vector<std::string> out;
    for (const Event& e : events) out.push_back(to_iso(civil_from_days(e.first_day)));
    return out;
}

}  // namespace

// A date something is measured against is not when it happened.
TEST(EventDates, AComparisonReferenceIsNotTheEventsDate) {
    EXPECT_EQ(starts_of(events_of("Ford said on Tuesday that its sales rose 43% compared to the same period last year.")),
              std::vector<std::string>{"2009-03-03"});
    EXPECT_EQ(starts_of(events_of("Car sales fell 35% in February, compared with a year ago.")),
              std::vector<std::string>{"2009-02-01"});
    EXPECT_TRUE(events_of("The market share is up 82% from 9 months ago.").empty());
    EXPECT_TRUE(events_of("Exports were lower than in 2008.").empty());
    // ...but a comparison of something else leaves the date alone, and "more than" is not a comparison of dates.
    EXPECT_EQ(starts_of(events_of("Boeing received far more orders than Airbus in 2008.")), std::vector<std::string>{"2008-01-01"});
    EXPECT_EQ(events_of("The rebels seized the town more than a year ago.").size(), 1u);
}
