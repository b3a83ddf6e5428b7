// The temporal tagger on the kinds of expression the core issue lists, each against a
// publication date. Values are TimeML's; intervals are inclusive day ranges.
#include "time_expression.h"

#include <gtest/gtest.h>

using namespace dateline;

namespace {

struct Found {
    std::string text, type, value, mod;
    bool dated = false;
    std::string first, last, precision;
    std::string how;  // the reading's explanation
};

std::vector<Found> tag(std::string_view text, const char* dct) {
    std::vector<Found> out;
    const ReferenceDate ref{parse_iso_date(dct), "test"};
    for (const TimeExpression& e : tag_time_expressions(text, ref)) {
        Found f{std::string(text.substr(e.start, e.end - e.start)), std::string(to_string(e.type)), e.value, e.mod, e.dated, {}, {}, {}, e.how};
        if (e.dated) {
            f.first = to_iso(civil_from_days(e.first_day));
            f.last = to_iso(civil_from_days(e.last_day));
            f.precision = std::string(to_string(e.precision));
        }
        out.push_back(f);
    }
    return out;
}

// The one expression found in `text`; fails the test if there is not exactly one.
Found one(std::string_view text, const char* dct) {
    auto all = tag(text, dct);
    EXPECT_EQ(all.size(), 1u) << text;
    return all.empty() ? Found{} : all[0];
}

}  // namespace

TEST(TimeExpression, WeekdaysFollowTheTenseOfTheirClause) {
    // Publication: Saturday 1 July 2017.
    EXPECT_EQ(one("On Thursday, they cut off the last escape route.", "2017-07-01").value, "2017-06-29");
    EXPECT_EQ(one("a senior commander said Friday.", "2017-07-01").value, "2017-06-30");
    EXPECT_EQ(one("The talks will resume on Monday.", "2017-07-01").value, "2017-07-03");
    // Publication on the weekday itself: that day.
    EXPECT_EQ(one("Forces pressed the fighters on Friday.", "2017-06-30").value, "2017-06-30");
    const Found late = one("2,000 women had arrived late on Wednesday at the camp.", "2019-03-22");
    EXPECT_EQ(late.text, "Wednesday");
    EXPECT_EQ(late.value, "2019-03-20");
    EXPECT_EQ(one("the Combined Joint Task Force announced Tuesday.", "2017-07-05").value, "2017-07-04");
    // A saying attributed after the clause tells when it was said, not the clause's tense.
    EXPECT_EQ(one("Dealers will replace the part starting on Monday, the company said.", "2017-07-01").value, "2017-07-03");
    EXPECT_EQ(one("Dealers will replace the part starting in May, a Ford spokeswoman said in a statement.", "2024-03-14").value,
              "2024-05");
    // A verb of saying with what was said after it is the clause's own.
    EXPECT_EQ(one("At a press conference on Monday, Jobs said that buyers would get a free case.", "2017-07-01").value,
              "2017-06-26");
    // What follows "that" after the weekday was said, in a tense of its own: the saying's verb dates it.
    EXPECT_EQ(one("Biden said in a speech on Thursday that he would pursue a new plan.", "2023-06-30").value, "2023-06-29");
    // Rule is_plan_told_in_the_present: "are planned for Thursday" is a Thursday to come; "were planned" past.
    EXPECT_EQ(one("Further walkouts are planned for Thursday.", "2022-06-21").value, "2022-06-23");
    EXPECT_EQ(one("A vote is scheduled for Thursday.", "2022-06-21").value, "2022-06-23");
    EXPECT_EQ(one("The talks were planned for Thursday.", "2022-06-21").value, "2022-06-16");
    // With no tense before it, the clause after "that" still tells it.
    EXPECT_EQ(one("On Monday that plan will be put to a vote.", "2017-07-01").value, "2017-07-03");
}

TEST(TimeExpression, DatesWithoutAYearLookBackInPastClauses) {
    const Found f = one("Iraqi forces launched the battle for Mosul on October 17, advancing to the city.", "2017-07-01");
    EXPECT_EQ(f.value, "2016-10-17");
    EXPECT_EQ(f.precision, "day");
    EXPECT_EQ(one("The SDF broke into Raqqa on June 6 after spending months chipping away.", "2017-07-01").value, "2017-06-06");
    const Found morning = one("On the morning of Sept. 21, forces began operations.", "2017-09-22");
    EXPECT_EQ(morning.text, "the morning of Sept. 21");
    EXPECT_EQ(morning.type, "TIME");
    EXPECT_EQ(morning.value, "2017-09-21TMO");
    EXPECT_EQ(one("Russia said on June 17 its forces might have killed him.", "2017-06-30").value, "2017-06-17");
    // A plan: the date ahead.
    EXPECT_EQ(one("The deal will be signed on September 12.", "2007-09-08").value, "2007-09-12");
}

TEST(TimeExpression, FullAndPartialDatesKeepTheirGranularity) {
    Found f = one("Fri, 30 Jun 2017 - 02:56 GMT", "2017-06-30");
    EXPECT_EQ(f.type, "TIME");
    EXPECT_EQ(f.value, "2017-06-30T02:56Z");
    EXPECT_EQ(one("September 22, 2017World News", "2017-09-22").value, "2017-09-22");
    EXPECT_EQ(one("By AFP - Jul 01,2017 - more", "2017-07-01").value, "2017-07-01");
    f = one("Militants captured Raqqa in 2014.", "2017-07-05");
    EXPECT_EQ(f.value, "2014");
    EXPECT_EQ(f.precision, "year");
    EXPECT_EQ(f.first, "2014-01-01");
    EXPECT_EQ(f.last, "2014-12-31");
    f = one("ISIS had seized control of the city in early 2014.", "2017-09-22");
    EXPECT_EQ(f.value, "2014");
    EXPECT_EQ(f.mod, "START");
    EXPECT_EQ(f.precision, "part-of-year");
    EXPECT_EQ(f.first, "2014-01-01");
    EXPECT_EQ(f.last, "2014-04-30");
    f = one("He explained this during a CBS interview in May.", "2017-09-22");
    EXPECT_EQ(f.value, "2017-05");
    EXPECT_EQ(f.precision, "month");
    EXPECT_EQ(one("The SDF took the district this month.", "2017-06-30").value, "2017-06");
    EXPECT_EQ(one("It happened in May 2014.", "2017-06-30").value, "2014-05");
}

TEST(TimeExpression, AClockTimeTakesTheDayNamedWithIt) {
    // Publication: Monday 1 June 2009.
    Found f = one("The attack began at 5:30 a.m. on Friday.", "2009-06-01");
    EXPECT_EQ(f.text, "5:30 a.m. on Friday");
    EXPECT_EQ(f.value, "2009-05-29T05:30");
    EXPECT_EQ(one("GM filed for bankruptcy at 12:00 UTC Monday.", "2009-06-01").value, "2009-06-01T12:00Z");
    // A bare time is on the day last spoken of.
    const auto both = tag("On Friday the talks failed. At 18:00 the guns opened up.", "2009-06-01");
    ASSERT_EQ(both.size(), 2u);
    EXPECT_EQ(both[1].value, "2009-05-29T18:00");
}

// Rule publication_side_of: "earlier this year" is 1 January up to publication, "later this
// year" publication to 31 December; the TIMEX3 value stays the year (MEANTIME: "later this year"
// has no mod), likewise for this month and this week. "earlier last year" is left whole.
TEST(TimeExpression, EarlierThisYearEndsOnThePublicationDay) {
    Found f = one("having reported record profits earlier this year", "2005-06-13");
    EXPECT_EQ(f.value, "2005");
    EXPECT_EQ(f.mod, "");
    EXPECT_EQ(f.first, "2005-01-01");
    EXPECT_EQ(f.last, "2005-06-13");
    f = one("the plane will fly later this year", "2005-06-13");
    EXPECT_EQ(f.first, "2005-06-13");
    EXPECT_EQ(f.last, "2005-12-31");
    f = one("the company said earlier this month", "2005-06-13");
    EXPECT_EQ(f.value, "2005-06");
    EXPECT_EQ(f.first, "2005-06-01");
    EXPECT_EQ(f.last, "2005-06-13");
    f = one("the deal was signed earlier last year", "2005-06-13");
    EXPECT_EQ(f.first, "2004-01-01");
    EXPECT_EQ(f.last, "2004-12-31");
}

// At a week's scale "earlier" is before the day of publication: that day's news says "today".
TEST(TimeExpression, EarlierThisWeekEndsTheDayBeforePublication) {
    Found f = one("shares fell earlier this week", "2005-06-15");  // a Wednesday
    EXPECT_EQ(f.value, "2005-W24");
    EXPECT_EQ(f.first, "2005-06-13");
    EXPECT_EQ(f.last, "2005-06-14");
    EXPECT_NE(f.how.find("up to the day before publication"), std::string::npos) << f.how;
    f = one("shares fell earlier this week", "2005-06-13");  // told on the Monday: that day
    EXPECT_EQ(f.first, "2005-06-13");
    EXPECT_EQ(f.last, "2005-06-13");
}

// "earlier in the week", "late in the month": a part of the unit the story is in, the previous
// date's when it is that fine, else publication's.
TEST(TimeExpression, EarlierInTheWeekIsPartOfTheStorysWeek) {
    Found f = one("Ford beat predictions earlier in the week.", "2006-01-27");  // a Friday
    EXPECT_EQ(f.text, "earlier in the week");
    EXPECT_EQ(f.value, "2006-W04");
    EXPECT_EQ(f.first, "2006-01-23");
    EXPECT_EQ(f.last, "2006-01-26");
    // After a date of an earlier week, that week, whole: publication does not cut it.
    std::vector<Found> all = tag("Talks began on May 3. Later in the week, they broke down.", "2005-06-13");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[1].text, "Later in the week");
    EXPECT_EQ(all[1].first, "2005-05-02");
    EXPECT_EQ(all[1].last, "2005-05-08");
    all = tag("Prices rose in March. Late in the month, they fell.", "2005-06-13");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[1].value, "2005-03");
    EXPECT_EQ(all[1].mod, "END");
    // Not a part of a unit: "late in the year's second half" is left to other rules.
    all = tag("Sales fell in the first half, and early in the month of May.", "2005-06-13");
    for (const Found& x : all) EXPECT_NE(x.text.rfind("early in the", 0), 0u) << x.text;
}

TEST(TimeExpression, RelativeExpressionsAreRangesOfTheirUnit) {
    Found f = one("Daesh blew up the mosque last week.", "2017-07-01");
    EXPECT_EQ(f.value, "2017-W25");
    EXPECT_EQ(f.precision, "week");
    EXPECT_EQ(f.first, "2017-06-19");
    EXPECT_EQ(f.last, "2017-06-25");
    f = one("which fighters blew up a week ago rather than see it fall", "2017-06-30");
    EXPECT_EQ(f.value, "2017-06-23");  // about seven days before: that day, approximately
    EXPECT_EQ(f.precision, "day");
    EXPECT_EQ(f.first, "2017-06-23");
    EXPECT_EQ(one("stripped of her citizenship last month.", "2019-03-22").value, "2019-02");
    f = one("which declared a caliphate three years ago", "2017-07-01");
    EXPECT_EQ(f.value, "2014");
    EXPECT_EQ(f.precision, "year");
    EXPECT_EQ(one("people have died since December on the journey", "2019-03-22").value, "2018-12");
    f = one("nearly 30,000 since early January", "2019-03-22");
    EXPECT_EQ(f.value, "2019-01");
    EXPECT_EQ(f.precision, "part-of-month");
    EXPECT_EQ(f.last, "2019-01-10");
    EXPECT_EQ(one("said today", "2019-03-22").value, "2019-03-22");
    EXPECT_EQ(one("yesterday", "2019-03-22").value, "2019-03-21");
}

TEST(TimeExpression, TheDayBeforeCountsFromThePreviousDate) {
    auto all = tag("On Monday the attack came. His soldiers retook the hospital the day before.", "2017-07-05");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].value, "2017-07-03");
    EXPECT_EQ(all[1].text, "the day before");
    EXPECT_EQ(all[1].value, "2017-07-02");
    // With no date before it, publication is the anchor.
    EXPECT_EQ(one("after his soldiers retook the hospital the day before.", "2017-07-05").value, "2017-07-04");
}

// A bare time of day told after a quotation is on the story's last day, not on a day the
// speaker named; inside the quotation it is on the speaker's day.
TEST(TimeExpression, ABareTimeAfterAQuotationIsOnTheStorysDay) {
    auto all = tag("Stocks fell on Friday. \"I dread looking at Wall Street tomorrow,\" Reid said.\n"
                   "European stocks lost ground, with the index falling 2% at midday.",
                   "2008-12-12");
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[1].value, "2008-12-13");
    EXPECT_EQ(all[2].text, "midday");
    EXPECT_EQ(all[2].value, "2008-12-12T12:00");
    auto quoted = tag("Stocks fell on Friday. \"We meet tomorrow and vote at midday,\" Reid said.", "2008-12-12");
    ASSERT_EQ(quoted.size(), 3u);
    EXPECT_EQ(quoted[2].value, "2008-12-13T12:00");
}

TEST(TimeExpression, DurationsAndSetsAreNotDates) {
    Found f = one("after having a presence there for four years", "2017-07-01");
    EXPECT_EQ(f.type, "DURATION");
    EXPECT_EQ(f.value, "P4Y");
    EXPECT_FALSE(f.dated);
    f = one("the end of a brutal five-year reign", "2019-03-22");
    EXPECT_EQ(f.type, "DURATION");
    EXPECT_EQ(f.value, "P5Y");
    f = one("They meet every week.", "2019-03-22");
    EXPECT_EQ(f.type, "SET");
    EXPECT_EQ(f.value, "P1W");
    EXPECT_FALSE(f.dated);
    f = one("We will announce victory in the next few days.", "2017-07-01");
    EXPECT_EQ(f.text, "the next few days");
    EXPECT_EQ(f.type, "DURATION");
    EXPECT_EQ(f.value, "PXD");
}

TEST(TimeExpression, NumbersThatAreNotDatesStayOut) {
    for (const char* text : {"Some 2,500 ISIS fighters are left.", "a 73-member coalition",
                             "1 + 0 =", "displaced 900,000 people", "more than 193 square miles", "2014 fighters surrendered",
                             "The Russell 2000 Index fell.", "about a quarter of its dealers", "it rose 15%"})
        EXPECT_TRUE(tag(text, "2017-07-01").empty()) << text << " -> " << (tag(text, "2017-07-01").empty() ? "" : tag(text, "2017-07-01")[0].text);
}

TEST(TimeExpression, VagueReferences) {
    EXPECT_EQ(one("Heavy fighting continues right now.", "2019-03-22").value, "PRESENT_REF");
    Found f = one("officials recently met face-to-face", "2017-09-22");
    EXPECT_EQ(f.value, "PAST_REF");
    EXPECT_FALSE(f.dated);
}

TEST(TimeExpression, WithoutAPublicationDateRelativeValuesStayOpen) {
    const auto all = tag("On Thursday, last week and in 2014.", "");
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].value, "XXXX-WXX-4");
    EXPECT_FALSE(all[0].dated);
    EXPECT_EQ(all[1].value, "PAST_REF");
    EXPECT_EQ(all[2].value, "2014");
    EXPECT_TRUE(all[2].dated);
}

TEST(TimeExpression, EveryMatchMapsToItsText) {
    const std::string text = "Mosul \xE2\x80\x98victory in days\xE2\x80\x99 said Friday, and on Monday\xE2\x80\x99s attack.";
    for (const Found& f : tag(text, "2017-07-01")) EXPECT_NE(text.find(f.text), std::string::npos);
    const auto all = tag(text, "2017-07-01");
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].text, "days");     // "in days": a duration
    EXPECT_EQ(all[2].text, "Monday");  // the possessive is not part of it
}

// TimeML writes durations with figures whatever the text spells: "twenty five" is 25.
TEST(TimeExpression, SpelledNumbersInDurations) {
    EXPECT_EQ(one("The dispute dragged on for twenty-five years.", "2010-05-04").value, "P25Y");
    EXPECT_EQ(one("The dispute dragged on for twenty five years.", "2010-05-04").value, "P25Y");
    EXPECT_EQ(one("The bridge has stood for one hundred years.", "2010-05-04").value, "P100Y");
    EXPECT_EQ(one("The bridge has stood for a hundred years.", "2010-05-04").value, "P100Y");
    EXPECT_EQ(one("The order took three hundred and fifty days to fill.", "2010-05-04").value, "P350D");
    EXPECT_EQ(one("The town was settled two thousand years ago.", "2010-05-04").value, "0010");
    EXPECT_TRUE(tag("Two thousand workers were laid off.", "2010-05-04").empty());
    const Found half = one("The hearing lasted two and a half hours.", "2010-05-04");
    EXPECT_EQ(half.text, "two and a half hours");
    EXPECT_EQ(half.value, "PT2.5H");
}

// Rule is_daylight_hours: "during the day" set against another time or the night is no date.
TEST(TimeExpression, DaylightHoursAreNoDate) {
    auto texts = [](const std::vector<Found>& all) {
        std::vector<std::string> out;
        for (const Found& f : all) out.push_back(f.text);
        return out;
    };
    EXPECT_EQ(texts(tag("Residents had been allowed to return during the day last month.", "2024-02-08")),
              std::vector<std::string>{"last month"});
    EXPECT_TRUE(tag("Shops open during the day and close at night.", "2024-02-08").empty());
    EXPECT_TRUE(tag("The road is open during the day only.", "2024-02-08").empty());
    // The day told about stays one: "shares fell 3% during the day".
    EXPECT_EQ(texts(tag("On Monday, shares fell 3% during the day.", "2024-02-08")), (std::vector<std::string>{"Monday", "the day"}));
}

// Rule follows_an_unread_count: deep time is no unspecified past of a few years, and no date.
TEST(TimeExpression, DeepTimeIsNoRecentPast) {
    EXPECT_TRUE(tag("The penguin lived about 57 million years ago.", "2023-02-09").empty());
    EXPECT_TRUE(tag("The dinosaurs died out 66 million years ago.", "2023-02-09").empty());
    EXPECT_TRUE(tag("People settled the valley thousands of years ago.", "2023-02-09").empty());
    EXPECT_TRUE(tag("The rocks formed hundreds of millions of years ago.", "2023-02-09").empty());
    EXPECT_EQ(one("The plan was announced years ago.", "2023-02-09").value, "PAST_REF");
    EXPECT_EQ(one("The town was settled two thousand years ago.", "2010-05-04").value, "0010");
}

// TimeML (after TIDES) marks ages as durations: the length of a life, never a date.
TEST(TimeExpression, AgesAreDurations) {
    Found f = one("The driver, who is 25 years old, was unhurt.", "2010-05-04");
    EXPECT_EQ(f.text, "25 years old");
    EXPECT_EQ(f.type, "DURATION");
    EXPECT_EQ(f.value, "P25Y");
    EXPECT_FALSE(f.dated);
    f = one("A 43-year-old teacher was arrested.", "2010-05-04");
    EXPECT_EQ(f.text, "43-year-old");
    EXPECT_EQ(f.value, "P43Y");
    f = one("the ruined 850-year-old mosque", "2017-07-01");
    EXPECT_EQ(f.value, "P850Y");
    EXPECT_FALSE(f.dated);
    EXPECT_EQ(one("The six-month-old company filed for bankruptcy.", "2010-05-04").value, "P6M");
    // Without "old" a hyphenated amount is an ordinary duration adjective.
    EXPECT_EQ(one("a 43-year sentence", "2010-05-04").text, "43-year");
}

// Fiscal years keep their own value, FY + the year, as TimeML writes them.
TEST(TimeExpression, FiscalYears) {
    Found f = one("Sales fell 4% in fiscal 2009, the company said.", "2010-05-04");
    EXPECT_EQ(f.text, "fiscal 2009");
    EXPECT_EQ(f.type, "DATE");
    EXPECT_EQ(f.value, "FY2009");
    EXPECT_EQ(one("Its fiscal year 2011 budget was cut.", "2010-05-04").value, "FY2011");
    EXPECT_EQ(one("Losses in FY2008 were large.", "2010-05-04").value, "FY2008");
    // "fiscal" alone is not a time expression.
    EXPECT_TRUE(tag("The fiscal outlook is poor.", "2010-05-04").empty());
}

// "the coming days" says only that it is ahead (FUTURE_REF); "the coming year" is the next one.
TEST(TimeExpression, TheComingUnits) {
    Found f = one("More layoffs are expected in the coming weeks.", "2010-05-04");
    EXPECT_EQ(f.text, "the coming weeks");
    EXPECT_EQ(f.type, "DATE");
    EXPECT_EQ(f.value, "FUTURE_REF");
    EXPECT_EQ(one("Prices will rise in the coming year.", "2010-05-04").value, "2011");
    // With an amount it is a duration, as "the next two weeks".
    EXPECT_EQ(one("Talks will go on for the coming two weeks.", "2010-05-04").value, "P2W");
}

TEST(TimeExpression, ComingUnitsWithoutTheArticle) {
    EXPECT_EQ(one("Analysts expect more cuts in coming months.", "2010-05-04").value, "FUTURE_REF");
}

TEST(TimeExpression, FiscalYearsCountedFromPublication) {
    Found f = one("The company expects sales to rise in the current fiscal year.", "1989-11-02");
    EXPECT_EQ(f.text, "the current fiscal year");
    EXPECT_EQ(f.value, "FY1989");
    EXPECT_EQ(one("Profit fell in the last fiscal year.", "1989-11-02").value, "FY1988");
}

// Earnings news compares a period with the same one a year before.
TEST(TimeExpression, YearEarlierPeriodsKeepTheGranularityOfTheirAnchor) {
    auto all = tag("Net income rose in the third quarter from the year-earlier period.", "1989-11-02");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].value, "1989-Q3");
    EXPECT_EQ(all[1].text, "the year-earlier period");
    EXPECT_EQ(all[1].value, "1988-Q3");
    all = tag("Sales in October 1989 were below year-ago levels.", "1989-11-02");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[1].text, "year-ago");
    EXPECT_EQ(all[1].value, "1988-10");
    // No date before it: the year before publication.
    EXPECT_EQ(one("Profit was up from year-earlier results.", "1989-11-02").value, "1988");
}

// An anaphoric unit needs an anchor at least as fine as itself.
TEST(TimeExpression, APreviousUnitNeedsAFineEnoughAnchor) {
    auto all = tag("The plant opened in 1997. Output fell the previous week.", "1998-02-19");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[1].value, "1998-W07");  // counted from publication, not from 1997-01-01
    all = tag("The plant opened on Feb. 3, 1998. Output fell the previous week.", "1998-02-19");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[1].value, "1998-W05");
}

// A past half-year or quarter is far back by its middle, not its start.
TEST(TimeExpression, PastHalvesAndQuartersCountFromTheirMiddle) {
    EXPECT_EQ(one("Profits fell in the first half.", "1989-11-02").value, "1989-H1");
    EXPECT_EQ(one("Profit rose in the second quarter.", "1989-11-02").value, "1989-Q2");
}

// A company's fiscal quarter told as past is the calendar quarter that ended last before
// publication: its number is the company's own (Apple's first quarter ends in December).
TEST(TimeExpression, AFiscalQuarterToldAsPastIsTheLastOneEnded) {
    Found f = one("During the first quarter of the financial year Apple sold 21 million iPods.", "2007-01-18");
    EXPECT_EQ(f.text, "the first quarter of the financial year");
    EXPECT_EQ(f.value, "2006-Q4");
    EXPECT_EQ(one("The firm lost $2 billion in its fiscal second quarter.", "2009-08-05").value, "2009-Q2");
    EXPECT_EQ(one("Sales fell in the first half of the fiscal year.", "2009-03-05").value, "2008-H2");
    // A calendar quarter keeps its reading; so does a fiscal quarter with its year.
    EXPECT_EQ(one("Profit rose in the second quarter.", "1989-11-02").value, "1989-Q2");
    EXPECT_EQ(one("Profit rose in the first quarter of 2009.", "2009-05-07").value, "2009-Q1");
}

// A fraction is no span of quarters.
TEST(TimeExpression, QuartersOfAThingAreAShare) {
    EXPECT_TRUE(tag("The index has lost nearly three quarters of its value.", "2008-10-27").empty());
    EXPECT_TRUE(tag("Three quarters of the workers went home.", "2008-10-27").empty());
    EXPECT_EQ(one("Profit fell for three quarters in a row.", "2008-10-27").value, "P3Q");
}

// "for the quarter", "in the year": the period under discussion.
TEST(TimeExpression, ThePeriodUnderDiscussion) {
    auto all = tag("Profit rose in the third quarter of 1989. For the quarter, sales were $2 billion.", "1989-11-02");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[1].text, "the quarter");
    EXPECT_EQ(all[1].value, "1989-Q3");
    EXPECT_EQ(one("For the quarter, sales were flat.", "1989-11-02").value, "1989-Q3");
    EXPECT_EQ(one("Sales rose 5% in the year.", "1989-11-02").value, "1989");
    all = tag("In 1987 the firm grew. During the year it hired 300 people.", "1989-11-02");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[1].value, "1987");
    // Other readings are left alone.
    EXPECT_TRUE(tag("He was named player of the year.", "1989-11-02").empty());
}

// A year's quarter or half in the possessive is one date of that year.
TEST(TimeExpression, AYearsQuarterInThePossessive) {
    Found f = one("The firm expects a profit in 1990's second half.", "1989-11-02");
    EXPECT_EQ(f.text, "1990's second half");
    EXPECT_EQ(f.value, "1990-H2");
    f = one("Sales fell in last year's fourth quarter.", "1989-11-02");
    EXPECT_EQ(f.text, "last year's fourth quarter");
    EXPECT_EQ(f.value, "1988-Q4");
    EXPECT_EQ(one("Sales rose in this year's first quarter.", "1989-11-02").value, "1989-Q1");
    // Other possessives of a year stay what they were.
    EXPECT_EQ(one("Last year's results were weaker.", "1989-11-02").value, "1988");
}

TEST(TimeExpression, TwiceAYearAdverbs) {
    Found f = one("Interest is paid semiannually.", "1989-11-02");
    EXPECT_EQ(f.type, "SET");
    EXPECT_EQ(f.value, "P6M");
    EXPECT_EQ(one("Prices are updated hourly.", "1989-11-02").value, "PT1H");
}

// "the same period last year" is one expression: the period under discussion, a year back.
TEST(TimeExpression, TheSamePeriodLastYear) {
    auto all = tag("Sales fell 20% in March, compared with the same month a year ago.", "2009-04-02");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[1].text, "the same month a year ago");
    EXPECT_EQ(all[1].value, "2008-03");
    all = tag("Profit in the third quarter rose from the same period last year.", "2009-11-02");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[1].text, "the same period last year");
    EXPECT_EQ(all[1].value, "2008-Q3");
    all = tag("Sales on Monday were below the same day of the previous year.", "2009-11-04");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[1].value, "2008-11-02");
    // Without a date before it: publication's month.
    EXPECT_EQ(one("Sales are down from the same month a year earlier.", "2009-04-02").value, "2008-04");
    // "the same period" alone still refers to the date before it.
    EXPECT_EQ(one("Sales rose in the same period.", "2009-04-02").text, "the same period");
}

TEST(TimeExpression, SingleDayIsADuration) {
    const Found f = one("It was the worst single-day fall.", "2009-04-02");
    EXPECT_EQ(f.text, "single-day");
    EXPECT_EQ(f.type, "DURATION");
    EXPECT_EQ(f.value, "P1D");
}

// TimeML keeps "late"/"early" in the span of a day, as its mod.
TEST(TimeExpression, EarlyAndLateDays) {
    Found f = one("The rebels attacked late Tuesday.", "1998-02-19");
    EXPECT_EQ(f.text, "late Tuesday");
    EXPECT_EQ(f.value, "1998-02-17");
    EXPECT_EQ(f.mod, "END");
    f = one("Officials met early yesterday.", "1998-02-19");
    EXPECT_EQ(f.text, "early yesterday");
    EXPECT_EQ(f.value, "1998-02-18");
    EXPECT_EQ(f.mod, "START");
    f = one("The storm hit late Friday night.", "1998-02-19");
    EXPECT_EQ(f.text, "late Friday night");
    EXPECT_EQ(f.value, "1998-02-13TNI");
    // "late" as an adjective of something else is not a time.
    EXPECT_TRUE(tag("The late senator was buried.", "1998-02-19").empty());
}

TEST(TimeExpression, AWeekdayGivenWithADatePicksItsYear) {
    // 4 October is a Wednesday in 2000 only, of 1999-2001.
    Found f = one("They signed the deal on Wednesday, Oct. 4.", "2000-12-01");
    EXPECT_EQ(f.text, "Wednesday, Oct. 4");
    EXPECT_EQ(f.value, "2000-10-04");
    // No year near publication fits: the tense decides, and the date (not the weekday) is kept.
    EXPECT_EQ(one("They signed the deal on Wednesday, Oct. 4.", "1998-02-19").value, "1997-10-04");
}

TEST(TimeExpression, OrdinalDaysWithTheArticle) {
    const Found f = one("The treaty was signed on the 3rd of March, 1998.", "1998-05-01");
    EXPECT_EQ(f.text, "the 3rd of March, 1998");
    EXPECT_EQ(f.value, "1998-03-03");
}

TEST(TimeExpression, SpelledDecades) {
    auto all = tag("Music of the nineties and the eighties returned.", "1998-02-19");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].text, "the nineties");
    EXPECT_EQ(all[0].value, "199");
    EXPECT_EQ(all[1].value, "198");
    EXPECT_TRUE(tag("He is in his eighties.", "1998-02-19").empty());  // an age bracket, not a decade
}

// "the 1980's" (an apostrophe before the plural's "s", as older news writes decades) is the
// decade, and "the late 1980's" its last years, not the year 1980 or the end of it.
TEST(TimeExpression, DecadesWithAnApostrophe) {
    const Found decade = one("Sales grew in the 1980's.", "2006-03-28");
    EXPECT_EQ(decade.text, "the 1980's");
    EXPECT_EQ(decade.value, "198");
    const Found late = one("In the late 1980's the company added audio recording.", "2006-03-28");
    EXPECT_EQ(late.text, "late 1980's");
    EXPECT_EQ(late.value, "198");
    EXPECT_EQ(late.mod, "END");
    EXPECT_EQ(one("Sales grew in 1980.", "2006-03-28").value, "1980");  // a year stays a year
}

// "a year" after an amount is a rate: a SET in TimeML.
TEST(TimeExpression, RatesPerUnitAreSets) {
    for (const char* text : {"Prices rose 3% a year.", "The plant makes $2 billion a year.", "Output grew 5 percent per month.",
                             "The mine produces 300 tons a day."}) {
        const Found f = one(text, "2009-04-02");
        EXPECT_EQ(f.type, "SET") << text;
    }
    EXPECT_EQ(one("Prices rose 3% a year.", "2009-04-02").value, "P1Y");
    // "a year" that is no rate is left to the duration rules.
    EXPECT_TRUE(tag("The billion a year was lost.", "2009-04-02").empty() ||
                tag("The billion a year was lost.", "2009-04-02")[0].type != "SET");
}

TEST(TimeExpression, HalfYearAdjectivesAndYearEnd) {
    Found f = one("First-half profit fell.", "1989-11-02");
    EXPECT_EQ(f.text, "First-half");
    EXPECT_EQ(f.value, "1989-H1");
    f = one("The deal should close by year-end.", "1989-11-02");
    EXPECT_EQ(f.text, "year-end");
    EXPECT_EQ(f.value, "1989");
    EXPECT_EQ(f.mod, "END");
}

TEST(TimeExpression, ThatNightIsThePreviousDay) {
    auto all = tag("The blast hit on Feb. 3, 1998. That night, rescuers arrived.", "1998-02-19");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[1].text, "That night");
    EXPECT_EQ(all[1].type, "TIME");
    EXPECT_EQ(all[1].value, "1998-02-03TNI");
}

TEST(TimeExpression, EveryFewUnitsIsASet) {
    Found f = one("Elections are held every four years.", "1998-02-19");
    EXPECT_EQ(f.text, "every four years");
    EXPECT_EQ(f.type, "SET");
    EXPECT_EQ(f.value, "P4Y");
    EXPECT_EQ(one("A train leaves every 10 minutes.", "1998-02-19").value, "PT10M");
}

TEST(TimeExpression, AWeekOfAMonthIsOneExpressionOverItsSevenDays) {
    // Publication: Saturday 4 April 2009. Not "last week" (the week before publication) and "March".
    const Found last = one("Car sales rebounded in the last week of March.", "2009-04-04");
    EXPECT_EQ(last.text, "the last week of March");
    EXPECT_EQ(last.first, "2009-03-25");
    EXPECT_EQ(last.last, "2009-03-31");
    EXPECT_EQ(last.precision, "week");
    EXPECT_EQ(last.value, "2009-W13");  // the ISO week holding most of those days, as MEANTIME writes it
    const Found first = one("Shares slid in the first week of January.", "2009-04-04");
    EXPECT_EQ(first.first, "2009-01-01");
    EXPECT_EQ(first.last, "2009-01-07");
    const Found second = one("The deal closed in the second week of last month.", "2009-04-04");
    EXPECT_EQ(second.first, "2009-03-08");
    EXPECT_EQ(second.last, "2009-03-14");
    EXPECT_EQ(one("The plant reopened in the final week of February 2008.", "2009-04-04").first, "2008-02-23");
    // A week of something that is no month stays what it was.
    EXPECT_EQ(one("The last week has been busy.", "2009-04-04").type, "DURATION");
    EXPECT_TRUE(tag("The first week of the war was the hardest.", "2009-04-04").empty());
}

TEST(TimeExpression, PartsOfPeriodsAreRangesNotDays) {
    // Publication: Wednesday 4 March 2009.
    const Found late = one("The deal was signed late last month.", "2009-03-04");
    EXPECT_EQ(late.first, "2009-02-21");
    EXPECT_EQ(late.last, "2009-02-28");
    const Found early = one("Talks resumed early last week.", "2009-03-04");
    EXPECT_EQ(early.first, "2009-02-23");
    EXPECT_EQ(early.last, "2009-02-24");
    const Found half = one("Profits rose in the first half of 2008.", "2009-03-04");
    EXPECT_EQ(half.first, "2008-01-01");
    EXPECT_EQ(half.last, "2008-06-30");
}

TEST(TimeExpression, AMonthOpeningARangeTakesTheYearOfItsEnd) {
    // Publication: 4 April 2009. Alone, "September" in a past clause would be September 2008.
    const auto between = tag("The Dow rose between September and October of 2007.", "2009-04-04");
    ASSERT_EQ(between.size(), 2u);
    EXPECT_EQ(between[0].value, "2007-09");
    EXPECT_EQ(between[1].value, "2007-10");
    // A month later in the calendar than the end's: the year before.
    const auto winter = tag("Sales fell from December to February 2009.", "2009-04-04");
    ASSERT_EQ(winter.size(), 2u);
    EXPECT_EQ(winter[0].value, "2008-12");
    // Not a range: each month is read on its own.
    EXPECT_EQ(tag("Sales fell in September, and in October 2007 they recovered.", "2009-04-04")[0].value, "2008-09");
}

TEST(TimeExpression, AMonthWithLastOrThisYearIsOneDateOfThatYear) {
    // Publication: 14 December 2023. "October last year" is October 2022, one expression (was
    // "October", read as October 2023, and "last year" apart).
    const auto october = tag("Sales fell in October last year.", "2023-12-14");
    ASSERT_EQ(october.size(), 1u);
    EXPECT_EQ(october[0].value, "2022-10");
    EXPECT_EQ(tag("Output dropped in March this year.", "2023-12-14").at(0).value, "2023-03");
    EXPECT_EQ(tag("Talks resume in March next year.", "2023-12-14").at(0).value, "2024-03");
    EXPECT_EQ(tag("The plant closed on March 3 last year.", "2023-12-14").at(0).value, "2022-03-03");
    EXPECT_EQ(tag("The plant closed on 3 March last year.", "2023-12-14").at(0).value, "2022-03-03");
    // "March" and "May" want a date around them: a day before them is one ("on 3 March").
    EXPECT_EQ(tag("The plant closed on 3 March.", "2023-12-14").at(0).value, "2023-03-03");
    // A range's opening month takes the counted year of its end.
    const auto between = tag("Prices rose between January and October last year.", "2023-12-14");
    ASSERT_EQ(between.size(), 2u);
    EXPECT_EQ(between[0].value, "2022-01");
    EXPECT_EQ(between[1].value, "2022-10");
    // A comma keeps them apart: "in October, last year's sales ..." is not "October last year".
    EXPECT_EQ(tag("Sales fell in October, a year after the strike.", "2023-12-14").at(0).value, "2023-10");
}

TEST(TimeExpression, AMonthOfThatYearTakesTheYearOfTheDateBeforeIt) {
    // "sued in December that year": December of the year told before (was "December", read from
    // the publication, and "that year" apart: two dates, one of them the wrong year).
    const auto sued = tag("The deal was announced in January 2022. Regulators sued in December that year.", "2023-10-13");
    ASSERT_EQ(sued.size(), 2u);
    EXPECT_EQ(sued[1].value, "2022-12");
    EXPECT_EQ(tag("It was founded in 1998 and moved in March of the same year.", "2023-10-13").at(1).value, "1998-03");
    EXPECT_EQ(tag("It was founded in 1998 and opened a plant on 3 May that year.", "2023-10-13").at(1).value, "1998-05-03");
    // With no date before it there is no year to take: not placed.
    const auto alone = tag("Regulators sued in December that year.", "2023-10-13");
    ASSERT_EQ(alone.size(), 1u);
    EXPECT_FALSE(alone[0].dated);
}

TEST(TimeExpression, TheFollowingMonthOrWeekdayCountsFromTheDateBeforeIt) {
    // "the following April": the first April after the date told before, not one near publication.
    const auto april = tag("It was announced in September 2014 and went on sale the following April.", "2023-06-06");
    ASSERT_EQ(april.size(), 2u);
    EXPECT_EQ(april[1].text, "the following April");
    EXPECT_EQ(april[1].value, "2015-04");
    EXPECT_EQ(tag("It was announced in September 2014 and went on sale the next April.", "2023-06-06").at(1).value, "2015-04");
    EXPECT_EQ(tag("It was announced in March 2014 and went on sale the following April.", "2023-06-06").at(1).value, "2014-04");
    EXPECT_EQ(tag("It was announced in September 2014 and went on sale in April the following year.", "2023-06-06").at(1).value,
              "2015-04");
    EXPECT_EQ(tag("It opened on May 3, 2014 and closed the following Tuesday.", "2023-06-06").at(1).value, "2014-05-06");
    EXPECT_EQ(tag("It opened on May 3, 2014 after talks the previous Tuesday.", "2023-06-06").at(1).value, "2014-04-29");
    // After a month, "the following Tuesday" could be any of four: not placed.
    EXPECT_FALSE(tag("It opened in May 2014 and closed the following Tuesday.", "2023-06-06").at(1).dated);
    // Without "the", "next April" is counted from publication, as before.
    EXPECT_EQ(one("The plant will open next April.", "2023-06-06").value, "2024-04");
}

TEST(TimeExpression, ASeasonOfThatYearTakesTheYearOfTheDateBeforeIt) {
    const auto summer = tag("The library closed in March 2022. The council approved the plan that summer.", "2024-03-14");
    ASSERT_EQ(summer.size(), 2u);
    EXPECT_EQ(summer[1].text, "that summer");
    EXPECT_EQ(summer[1].value, "2022-SU");
    EXPECT_EQ(summer[1].first, "2022-06-01");
    EXPECT_EQ(tag("It closed in March 2022. Work began in the autumn of that year.", "2024-03-14").at(1).value, "2022-FA");
    // A winter told after its January or February began the year before.
    EXPECT_EQ(tag("The pipes froze in January 2022. Repairs took all that winter.", "2024-03-14").at(1).value, "2021-WI");
    // "that" opening what was said, the season its subject: no date.
    EXPECT_TRUE(tag("He said that spring was early.", "2024-03-14").empty());
}

// "a week ago" is an approximate day: about seven days before publication, give or take half a
// week (weeks_ago_as_approximate_day); not a calendar week and not an exact day.
TEST(TimeExpression, WeeksAgoIsAnApproximateDay) {
    const ReferenceDate ref{parse_iso_date("2011-03-18"), "test"};
    struct Case {
        const char* text;
        const char* day;
    } cases[] = {{"the earthquake hit the country a week ago", "2011-03-11"},
                 {"the plant was shut two weeks ago", "2011-03-04"},
                 {"the talks broke down a fortnight ago", "2011-03-04"}};
    for (const Case& c : cases) {
        const std::vector<TimeExpression> found = tag_time_expressions(c.text, ref);
        ASSERT_EQ(found.size(), 1u) << c.text;
        const TimeExpression& e = found[0];
        EXPECT_EQ(e.value, c.day) << c.text;
        EXPECT_EQ(e.precision, Precision::Day) << c.text;
        EXPECT_EQ(e.first_day, e.last_day) << c.text;
        EXPECT_EQ(e.give_or_take_days, kWeeksAgoGiveOrTakeDays) << c.text;
        EXPECT_NE(e.how.find("approximate"), std::string::npos) << e.how;
    }
    // Days ago and months ago are as stated.
    EXPECT_EQ(tag_time_expressions("the plant was shut three days ago", ref).at(0).give_or_take_days, 0);
    EXPECT_EQ(tag_time_expressions("the plant was shut two months ago", ref).at(0).give_or_take_days, 0);
}

// "May" and "March" are months only with a date around them: "March of 2008" is one.
TEST(TimeExpression, MarchOfAYearIsAMonth) {
    const Found f = one("sales dropped 23% compared to March of 2008", "2009-04-03");
    EXPECT_EQ(f.value, "2008-03");
    EXPECT_EQ(f.precision, "month");
}

// Holidays by name: fixed days, and feasts whose day moves with the year, the year by tense,
// written after the name, or counted from publication.
TEST(TimeExpression, HolidaysAreTheirDays) {
    // Publication: Tuesday 28 November 2023.
    EXPECT_EQ(one("Retailers reported strong sales on Thanksgiving.", "2023-11-28").value, "2023-11-23");
    EXPECT_EQ(one("Shoppers spent $9.8 billion online on Black Friday.", "2023-11-28").value, "2023-11-24");
    EXPECT_EQ(one("Online sales rose on Cyber Monday.", "2023-11-28").value, "2023-11-27");
    EXPECT_EQ(one("The strike began on Labor Day.", "2023-11-28").value, "2023-09-04");
    EXPECT_EQ(one("Crowds gathered on Memorial Day.", "2023-11-28").value, "2023-05-29");
    EXPECT_EQ(one("The church was packed on Easter Sunday.", "2023-11-28").value, "2023-04-09");
    EXPECT_EQ(one("The bombs went off on Easter Sunday 2019.", "2023-11-28").value, "2019-04-21");
    EXPECT_EQ(one("The agreement was signed on Good Friday 1998.", "2023-11-28").value, "1998-04-10");
    EXPECT_EQ(one("Thousands marched on Easter Monday.", "2023-11-28").value, "2023-04-10");
    EXPECT_EQ(one("The parade will be held on Thanksgiving next year.", "2023-11-28").value, "2024-11-28");
    EXPECT_EQ(one("The store closed on Christmas Eve last year.", "2023-11-28").value, "2022-12-24");
    EXPECT_EQ(one("Fireworks lit the sky on New Year's Eve.", "2024-01-03").value, "2023-12-31");
    EXPECT_EQ(one("The ban took effect on New Year\u2019s Day.", "2024-01-03").value, "2024-01-01");
    EXPECT_EQ(one("The march was held on St. Patrick's Day.", "2023-11-28").value, "2023-03-17");
    EXPECT_EQ(one("Flowers sold out on Valentine's Day.", "2023-11-28").value, "2023-02-14");
    EXPECT_EQ(one("Veterans laid wreaths on Remembrance Sunday.", "2023-11-28").value, "2023-11-12");
    // A future clause: the next one.
    EXPECT_EQ(one("The shops will open on Easter Monday.", "2023-11-28").value, "2024-04-01");
    // Names of other things: no date.
    for (const char* s : {"Flights to Christmas Island resumed.", "The Easter Rising failed.",
                          "The Good Friday Agreement ended the Troubles.", "Children hunted Easter eggs."})
        EXPECT_TRUE(tag(s, "2023-11-28").empty()) << s;
}

// Halves of a month and its first or last weeks: the month's value, those days as the interval.
TEST(TimeExpression, DaysOfAMonth) {
    // Publication: Thursday 16 November 2023.
    const Found second = one("Walmart had seen softness in the second half of October.", "2023-11-16");
    EXPECT_EQ(second.text, "the second half of October");
    EXPECT_EQ(second.value, "2023-10");
    EXPECT_EQ(second.first, "2023-10-16");
    EXPECT_EQ(second.last, "2023-10-31");
    const Found first = one("Sales rose in the first half of February.", "2023-11-16");
    EXPECT_EQ(first.first, "2023-02-01");
    EXPECT_EQ(first.last, "2023-02-15");
    const Found weeks = one("Consumers became cautious in the last two weeks of October.", "2023-11-16");
    EXPECT_EQ(weeks.text, "the last two weeks of October");
    EXPECT_EQ(weeks.first, "2023-10-18");
    EXPECT_EQ(weeks.last, "2023-10-31");
    const Found three = one("Prices rose in the first three weeks of May 2022.", "2023-11-16");
    EXPECT_EQ(three.first, "2022-05-01");
    EXPECT_EQ(three.last, "2022-05-21");
    // Of a year, a half is still a half-year.
    EXPECT_EQ(one("Profits rose in the second half of 2022.", "2023-11-16").value, "2022-H2");
}

// A half with no year in a text that tells of a game is the game's, not the year's.
TEST(TimeExpression, AHalfOfAGameIsNoHalfYear) {
    EXPECT_TRUE(tag("Rodri's second-half goal gave City a 1-0 win on Saturday.", "2023-06-10").size() == 1);
    EXPECT_TRUE(tag("The striker limped off in the first half.", "2023-06-10").empty());
    // Not in a company's results, nor with its year.
    EXPECT_EQ(one("Profits rose in the first half.", "2023-06-10").value, "2023-H1");
    EXPECT_EQ(one("The striker scored twice in the first half of 2022.", "2023-06-10").value, "2022-H1");
}

// A modal of what may come, and what is expected of another, date what is to come; not "could not"
// (an inability, as often past), "had expected" (an expectation overtaken), "more than expected".
TEST(TimeExpression, WhatMayComeAndWhatIsExpectedOfAnother) {
    // Publication: Thursday 17 August 2023.
    EXPECT_EQ(one("Officials said the fire could reach the city by the weekend if winds do not change.", "2023-08-17").value,
              "2023-W33-WE");
    EXPECT_EQ(one("The strike may spread to other plants on Monday.", "2023-08-17").value, "2023-08-21");
    EXPECT_EQ(one("Rescuers could not reach the village on Monday.", "2023-08-17").value, "2023-08-14");
    EXPECT_EQ(one("The fire may have started on Monday.", "2023-08-17").value, "2023-08-14");
    EXPECT_EQ(one("Bailey said he expected the bank to cut rates on Monday.", "2023-08-17").value, "2023-08-21");
    EXPECT_EQ(one("Analysts had expected the bank to cut rates on Monday.", "2023-08-17").value, "2023-08-14");
    EXPECT_EQ(one("Inflation fell more than expected on Monday to its lowest rate.", "2023-08-17").value, "2023-08-14");
    EXPECT_EQ(one("The ministry expected on Monday to finish the talks.", "2023-08-17").value, "2023-08-14");
    EXPECT_EQ(one("Sterling rose more than expected Monday to trade at $1.30.", "2023-08-17").value, "2023-08-14");
    // A date right before what was said (no "that", its subject pronoun) is the saying's.
    EXPECT_EQ(one("The general told Reuters on Monday it could capture the town.", "2023-08-17").value,
              "2023-08-14");
}

// A passive order to act: the act's day comes after the order, so it is to come.
TEST(TimeExpression, AnOrderToActIsForADayToCome) {
    // Publication: Friday 18 November 2022.
    EXPECT_EQ(one("Holmes was ordered to report to prison on April 27.", "2022-11-18").value, "2023-04-27");
    EXPECT_EQ(one("The executives were summoned to appear before the committee on Monday.", "2022-11-18").value, "2022-11-21");
    // Not an order: asked, or an order with its own object.
    EXPECT_EQ(one("He did not respond when asked to comment on Monday.", "2022-11-18").value, "2022-11-14");
    EXPECT_EQ(one("The minister was asked to comment on Monday.", "2022-11-18").value, "2022-11-14");
    EXPECT_EQ(one("The judge ordered the company to pay damages in April.", "2022-11-18").value, "2022-04");
}
