// Bare weekdays of an article dated only "on or after" its latest reported date
// (core/window_weekdays.h), alone and through extraction of a text with no publication date.
#include <gtest/gtest.h>

#include <string>

#include "sentence_reading.h"
#include "window_weekdays.h"

using namespace dateline;

namespace {

// The value of the first time expression that reads `words`, after the rule, with no publication date.
std::string value_of(const std::string& text, const std::string& words, const CivilDate& latest) {
    const std::string copy = text;
    ArticleAnalysis a = analyse_article(copy, ReferenceDate{std::nullopt, ""}, Gazetteer::bundled());
    place_weekdays_after_latest_date(a, latest);
    for (const TimeExpression& e : a.timexes)
        if (copy.substr(e.start, e.end - e.start) == words) return e.dated ? e.value : "(undated)";
    return "(not found)";
}

}  // namespace

TEST(WindowWeekdays, ABareWeekdayIsTheFirstOnOrAfterTheLatestDate) {
    const CivilDate friday{2010, 2, 12};
    EXPECT_EQ(value_of("On Tuesday, Toyota recalled 8 million cars.", "Tuesday", friday), "2010-02-16");
    EXPECT_EQ(value_of("Ford reported its sales on Friday.", "Friday", friday), "2010-02-12");  // the day itself
    EXPECT_EQ(value_of("Ford reported its sales on Thursday.", "Thursday", friday), "2010-02-18");
}

TEST(WindowWeekdays, NotAPlanNorALastOrNextWeekday) {
    const CivilDate friday{2010, 2, 12};
    EXPECT_EQ(value_of("The board will meet on Tuesday.", "Tuesday", friday), "(undated)");
    EXPECT_NE(value_of("Toyota recalled cars last Tuesday.", "last Tuesday", friday), "2010-02-16");
}

TEST(WindowWeekdays, ATextWithNoPublicationDateGetsItsWeekdays) {
    const Timeline t = dateline::testing::timeline_of(
        "Its chief said on Feb. 12, 2010 that things would improve.\nOn Tuesday, Toyota recalled 8 million cars.", std::nullopt);
    ASSERT_EQ(t.articles.size(), 1u);
    EXPECT_FALSE(t.articles[0].published.has_value());
    bool tuesday = false;
    for (const Event& e : t.events)
        if (e.first_day == days_from_civil(CivilDate{2010, 2, 16})) tuesday = true;
    EXPECT_TRUE(tuesday) << "'On Tuesday' after 12 February 2010 not placed on the 16th";
    // With a publication date, the rule is not asked: the Tuesday before publication.
    const Timeline dated = dateline::testing::timeline_of(
        "Its chief said on Feb. 12, 2010 that things would improve.\nOn Tuesday, Toyota recalled 8 million cars.", CivilDate{2010, 3, 4});
    for (const Event& e : dated.events) EXPECT_NE(e.first_day, days_from_civil(CivilDate{2010, 2, 16}));
}
