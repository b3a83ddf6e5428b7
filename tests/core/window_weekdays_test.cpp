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

namespace {

// The value of the first time expression that reads `words`, after the month-day rule.
std::string month_day_of(const std::string& text, const std::string& words, const CivilDate& latest) {
    const std::string copy = text;
    ArticleAnalysis a = analyse_article(copy, ReferenceDate{std::nullopt, ""}, Gazetteer::bundled());
    place_month_days_near_latest_date(a, latest);
    for (const TimeExpression& e : a.timexes)
        if (copy.substr(e.start, e.end - e.start) == words) return e.dated ? e.value : "(undated)";
    return "(not found)";
}

}  // namespace

TEST(WindowMonthDays, ADayWithoutAYearIsTheLatestUpToAMonthAfterTheLatestDate) {
    const CivilDate dec1{2017, 12, 1};
    EXPECT_EQ(month_day_of("The first ship arrived on December 10.", "December 10", dec1), "2017-12-10");
    EXPECT_EQ(month_day_of("The treaty was signed on June 30.", "June 30", dec1), "2017-06-30");
    // Across the new year: a late-December day told in January is the December before.
    EXPECT_EQ(month_day_of("The talks collapsed on Dec. 28.", "Dec. 28", CivilDate{2018, 1, 10}), "2017-12-28");
    // A weekday fixes the year: Thursday 14 December is 2017; no Wednesday 14 December lies near.
    EXPECT_EQ(month_day_of("Officials said on Thursday, December 14, that it had opened.", "Thursday, December 14", dec1),
              "2017-12-14");
    EXPECT_EQ(month_day_of("Officials said on Wednesday, December 14, that it had opened.", "Wednesday, December 14", dec1),
              "(undated)");
}

TEST(WindowMonthDays, NotAPlanNorADayFarFromTheStory) {
    const CivilDate dec1{2017, 12, 1};
    EXPECT_EQ(month_day_of("A rival line will open on December 20.", "December 20", dec1), "(undated)");
    const CivilDate june{2017, 6, 15};
    EXPECT_EQ(month_day_of("The ceasefire began on December 25.", "December 25", june), "2016-12-25");  // 172 days before
    // Not a day half a year or more before, nor more than a month after: 15 March is 199 days before
    // 30 September 2017, and 166 days after it in 2018.
    EXPECT_EQ(month_day_of("The ceasefire began on March 15.", "March 15", CivilDate{2017, 9, 30}), "(undated)");
}

TEST(WindowMonthDays, ATextWithNoPublicationDateGetsItsDaysOfTheMonth) {
    const Timeline t = dateline::testing::timeline_of(
        "The line was approved in a vote on Dec. 1, 2017.\nThe first ship arrived on December 10.", std::nullopt);
    ASSERT_EQ(t.articles.size(), 1u);
    EXPECT_FALSE(t.articles[0].published.has_value());
    bool tenth = false;
    for (const Event& e : t.events)
        if (e.first_day == days_from_civil(CivilDate{2017, 12, 10})) {
            tenth = true;
            EXPECT_NE(source_timex(t, e.sources[0]).how.find("inferred"), std::string::npos) << source_timex(t, e.sources[0]).how;
        }
    EXPECT_TRUE(tenth) << "'on December 10' after 1 December 2017 not placed on the 10th";
}

TEST(WindowWeekdays, NothingIsPlacedFromAStaleDate) {
    // The latest full date is a birth in 1955, but the text tells of 2010 in the past: it was
    // not written days after 1955, and "on Tuesday" is not put in March 1955.
    const std::string text = "Jobs was born on February 24, 1955. Apple introduced the iPad in 2010. On Tuesday, Jobs resigned.";
    const CivilDate birth{1955, 2, 24};
    EXPECT_EQ(value_of(text, "Tuesday", birth), "(undated)");
    {
        const std::string copy = text;
        const ArticleAnalysis a = analyse_article(copy, ReferenceDate{std::nullopt, ""}, Gazetteer::bundled());
        EXPECT_TRUE(names_a_later_year(a, birth));
        EXPECT_FALSE(names_a_later_year(a, CivilDate{2010, 6, 1}));
    }
    // A later year in a plan is no sign: the window stands.
    EXPECT_EQ(value_of("Its chief said on Feb. 12, 2010 that a plant would open in 2012. On Tuesday, Toyota recalled cars.",
                       "Tuesday", CivilDate{2010, 2, 12}),
              "2010-02-16");
}
