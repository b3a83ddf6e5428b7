// Dates that tell no happening (core/non_event_dates.h) and the simple-past lead
// (core/lead_news.h, simple_past_at): each rule on sentences written for the test, then what
// extraction makes of them. Read against a publication date of 2009-03-04 (a Wednesday).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_analysis.h"
#include "calendar.h"
#include "sentence_reading.h"
#include "lead_news.h"
#include "non_event_dates.h"
#include "timeline.h"

using namespace dateline;
using dateline::testing::SentenceReading;
using dateline::testing::timeline_of;
using dateline::testing::days_of;

namespace {

struct Read : SentenceReading {
    using SentenceReading::SentenceReading;
    std::string simple_past() const {
        const auto at = simple_past_at(a, 0, static_cast<uint32_t>(a.tokens.size()));
        return at ? std::string(a.token(*at)) : "(none)";
    }
};


}  // namespace

TEST(NonEventDates, AsComparisonsMeasureAgainstTheirDate) {
    Read r("The market had not fallen as quickly as it had in October 2008.");
    ASSERT_FALSE(r.a.timexes.empty());
    EXPECT_TRUE(is_as_comparison(r.a, r.sentence(), r.first_date()));
    Read high("Oil prices rose as high as in July 2008.");
    ASSERT_FALSE(high.a.timexes.empty());
    EXPECT_TRUE(is_as_comparison(high.a, high.sentence(), high.first_date()));
    // A time adverb dates: "as early as", "as late as"; and a plain date is no comparison.
    Read early("The firm began work on the plane as early as March 2005.");
    ASSERT_FALSE(early.a.timexes.empty());
    EXPECT_FALSE(is_as_comparison(early.a, early.sentence(), early.first_date()));
    Read pair("Shares had not fallen as quickly as they had in October and November 2008.");
    ASSERT_EQ(pair.a.timexes.size(), 2u);
    EXPECT_TRUE(is_as_comparison(pair.a, pair.sentence(), pair.a.timexes[1])) << "the second date of a pair";
    Read many("As many as 300 people were killed in an attack on Monday.");
    ASSERT_FALSE(many.a.timexes.empty());
    EXPECT_FALSE(is_as_comparison(many.a, many.sentence(), many.first_date()));
    Read plain("The firm sold its stake as part of a deal in March 2005.");
    ASSERT_FALSE(plain.a.timexes.empty());
    EXPECT_FALSE(is_as_comparison(plain.a, plain.sentence(), plain.first_date()));
}

TEST(NonEventDates, ALandmarkARecordIsMeasuredFrom) {
    // Rule is_since_a_landmark: a record measured "since" a dated landmark.
    for (const char* s : {"The index fell 5.5 percent, its biggest fall since the September 11, 2001, attacks.",
                          "The Dow fell 416 points, the worst single-day decline since the reopening of the markets in September 2001."}) {
        Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_TRUE(is_since_a_landmark(r.a, r.sentence(), r.a.timexes.back())) << s;
    }
    // Not without a record before "since" (the debut is a happening), not when "since" opens a
    // clause with a verb, not "since 2004" (a span's start, read elsewhere).
    for (const char* s : {"Since its 1967 debut in Germany, the jet has sold 5,000 copies.",
                          "Trade was slow since the bridges were destroyed on Monday.",
                          "The index had its biggest fall since 2004."}) {
        Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_FALSE(is_since_a_landmark(r.a, r.sentence(), r.a.timexes.back())) << s;
    }
    // What extraction makes of it: the fall is the day's (Monday's session), not 11 September 2001's.
    EXPECT_EQ(days_of(timeline_of("Stocks fell sharply on Monday. The index fell 5.5 percent, its biggest fall since the "
                                  "September 11, 2001, attacks."),
                      "biggest"),
              "2009-03-02..2009-03-02");
}

TEST(NonEventDates, TheBaseAChangeIsMeasuredFrom) {
    // Rule is_change_baseline: "from" after a change, a noun phrase and the date.
    for (const char* s : {"The drop left the index at 11,188.23, a 2.99 percent decrease from the close of trading Wednesday.",
                          "The three indices each fell two percent from Monday's closing price.",
                          "The shares were up 12% from the close on Friday.",
                          "Revenue made up $7.1 billion in 2006, having boosted from $5.8 billion in 2005.",
                          // a figure after "from", its change's verb further back, past an aside
                          "Net income rose to $9.24 billion, or $3.71 a share, from $680 million a year earlier.",
                          // a peak as the base, and a figure (no date) after "to"
                          "Average rates have fallen back from a peak of 6.65% in October to 5.44%."}) {
        Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_TRUE(is_change_baseline(r.a, r.sentence(), r.a.timexes.back())) << s;
    }
    // A figure after "from" with no change told before it is no base: "bought the unit from Acme
    // for $5 million in 2019" (a word between), "received $5 million from donors in 2019".
    for (const char* s : {"The charity received $5 million from donors in 2019.", "It bought shares from $5 million in 2019."}) {
        Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_FALSE(is_change_baseline(r.a, r.sentence(), r.a.timexes.back())) << s;
    }
    // Not a span, not a move away from a place, not "from" opening a clause with its own verb.
    for (const char* s : {"Shares fell 3 percent from Monday to Friday.",
                          "Troops withdrew from the city on Monday.",
                          "Prices rose from what was reported on Monday."}) {
        Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_FALSE(is_change_baseline(r.a, r.sentence(), r.a.timexes.front())) << s;
    }
    // What extraction makes of it: the day's fall is told once, on its day; the base is no event.
    const std::string text = "The Dow fell 344 points on Tuesday. The drop left the index at 11,188.23, a 2.99 percent "
                             "decrease from the close of trading Monday.";
    EXPECT_EQ(days_of(timeline_of(text), "decrease"), "(none)");
    EXPECT_EQ(days_of(timeline_of(text), "344"), "2009-03-03..2009-03-03");
    // A year's figure grown from the year before's is the later year's.
    EXPECT_EQ(days_of(timeline_of("The company's annual revenue made up $7.1 billion in 2006, having boosted from $5.8 billion in 2005."), "revenue"),
              "2006-01-01..2006-12-31");
}

// A date before a subject pronoun dates what was said only after a verb of saying ("told
// Reuters on Monday it could take days"); "and last month it recalled" is the clause's own date,
// not a reported forecast's (core/tense.cpp).
TEST(NonEventDates, ADateBeforeAPronounIsItsClausesUnlessSaid) {
    const Timeline t = timeline_of("Ford recalled 1.9 million cars in January 2009 because a trim could detach, and last month "
                                   "it recalled 113,000 pickups.");
    EXPECT_EQ(days_of(t, "113,000"), "2009-02-01..2009-02-28");
}

TEST(NonEventDates, ADayDeclaredToBeSomething) {
    for (const char* s : {"The government declared Monday a national day of mourning.",
                          "The city designated March 8 as a holiday."}) {
        Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_TRUE(is_declared_day(r.a, r.sentence(), r.a.timexes.back())) << s;
    }
    for (const char* s : {"The government declared on Monday a national day of mourning.", "He was named Monday as coach.",
                          "The army declared victory on Monday.", "The army declared Monday that it had won."}) {
        Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_FALSE(is_declared_day(r.a, r.sentence(), r.a.timexes.back())) << s;
    }
    // What extraction makes of it: the panel is not dated to a past Monday.
    EXPECT_EQ(days_of(timeline_of("The government set up a panel to investigate the crash and declared Monday a national day "
                                  "of mourning."),
                      "panel"),
              "(none)");
}

TEST(NonEventDates, AnOccasionAHappeningIsLikenedTo) {
    // Rule is_likened_occasion: "as he did in the 2007 final", "matching United's achievement in 1999".
    for (const char* s : {"De Bruyne limped off injured, as he did in the 2007 final.",
                          "City completed the treble, matching Manchester United's achievement in 1999.",
                          "Shares fell sharply, as they had in October 2008."}) {
        Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_TRUE(is_likened_occasion(r.a, r.sentence(), r.a.timexes.back())) << s;
    }
    for (const char* s : {"City lost the 2007 final to Chelsea.", "The club was bought in 2008.",
                          "Matching funds were approved, and the bank lent more in 2008.",
                          "The firm kept matching rivals and raised prices in 2008."}) {
        Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_FALSE(is_likened_occasion(r.a, r.sentence(), r.a.timexes.back())) << s;
    }
    // What extraction makes of it: no event in 2007 nor in 1999.
    const Timeline t = timeline_of("The striker scored twice. De Bruyne limped off with a hamstring injury in the first half, as "
                                   "he did in the 2007 final. City completed the treble, matching Manchester United's "
                                   "achievement in 1999.");
    EXPECT_EQ(days_of(t, "did"), "(none)");
    EXPECT_EQ(days_of(t, "treble"), "(none)");
}

TEST(NonEventDates, APreviousRecordsDate) {
    // Rule is_previous_record: the old record's date is what today's figure is measured against.
    for (const char* s : {"More than 13.7 million hectares have burned, more than double the previous record set in 1989.",
                          "Inflation rose to 7.1%, above the old high of 6.7% in October 2007.",
                          "The index closed above its previous all-time high reached in 2007."}) {
        Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_TRUE(is_previous_record(r.a, r.sentence(), r.a.timexes.back())) << s;
    }
    for (const char* s : {"The team set a record in 1989.", "Prices hit a record high in March 2007.",
                          "The old stadium was demolished in 1989."}) {
        Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_FALSE(is_previous_record(r.a, r.sentence(), r.a.timexes.back())) << s;
    }
    // What extraction makes of it: no event in 1989.
    EXPECT_EQ(days_of(timeline_of("More than 1,000 fires are burning across the country, and more than 13.7 million hectares "
                                  "have burned since the start of the year, more than double the previous record set in 1989."),
                      "fires"),
              "(none)");
}

TEST(NonEventDates, TheYearARecordRangesOver) {
    // Rule is_record_period: "the second-biggest loss of 2007".
    for (const char* s : {"The indices each fell two percent, marking the second-biggest loss of 2007.",
                          "It was the worst day for the market of 2008."}) {
        Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_TRUE(is_record_period(r.a, r.sentence(), r.a.timexes.back())) << s;
    }
    for (const char* s : {"The company reported its first loss of 2008.", "The bank posted its biggest profit in 2008.",
                          "The firm was founded in 2007."}) {
        Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_FALSE(is_record_period(r.a, r.sentence(), r.a.timexes.back())) << s;
    }
    // What extraction makes of it: the fall is Tuesday's, not some day of 2007.
    EXPECT_EQ(days_of(timeline_of("Stocks fell sharply on Tuesday. The indices each fell two percent from Monday's closing "
                                  "price, marking the second-biggest loss of 2007."),
                      "second-biggest"),
              "(none)");
}

TEST(NonEventDates, ATimeThatIsTheSubjectOfACopulaDatesNothing) {
    // Rule is_time_as_subject: a judgement of the time, or a statement about it.
    for (const char* s : {"2008 was a pivotal year for Ford.", "\"While we face challenges, 2008 was a pivotal year,\" he said.",
                          "Tuesday was another bad day for stocks.", "Friday will be the deadline for bids.",
                          "Monday has been its worst day since 1987."}) {
        Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_TRUE(is_time_as_subject(r.a, r.sentence(), r.first_date())) << s;
    }
    // A happening of the time: a participle after the copula, the time named by what happened
    // in it, a preposition of its own, the time not opening its clause.
    for (const char* s : {"Sunday was chosen as the date of the launch.", "2007 was the year of the iPhone.",
                          "On Tuesday was the vote.", "Stocks fell on Tuesday, the worst day since 1987."}) {
        Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_FALSE(is_time_as_subject(r.a, r.sentence(), r.first_date())) << s;
    }
    // What extraction makes of it: no event of 2008.
    EXPECT_EQ(days_of(timeline_of("Ford posted a profit on Tuesday. \"2008 was a pivotal year for Ford,\" Mulally said."), "pivotal"),
              "(none)");
}

TEST(NonEventDates, QuotedDatesAreHappeningsOnlyInThePast) {
    Read plan("He said that \"today Apple is going to reinvent the phone\".");
    ASSERT_FALSE(plan.a.timexes.empty());
    EXPECT_TRUE(is_quoted_non_happening(plan.a, plan.sentence(), plan.first_date()));
    Read state("\"The equity today is largely uninvestable,\" an analyst said.");
    ASSERT_FALSE(state.a.timexes.empty());
    EXPECT_TRUE(is_quoted_non_happening(state.a, state.sentence(), state.first_date()));
    Read continued("While the equity today is largely uninvestable, we believe it may recover,\" an analyst said.");
    ASSERT_FALSE(continued.a.timexes.empty());
    EXPECT_TRUE(is_quoted_non_happening(continued.a, continued.sentence(), continued.first_date()));
    // A past happening in quotation marks, and a date outside them, stay events.
    Read past("\"We lost $5 billion in January,\" the chief executive said.");
    ASSERT_FALSE(past.a.timexes.empty());
    EXPECT_FALSE(is_quoted_non_happening(past.a, past.sentence(), past.first_date()));
    Read outside("On Monday the minister said \"we are ready\".");
    ASSERT_FALSE(outside.a.timexes.empty());
    EXPECT_FALSE(is_quoted_non_happening(outside.a, outside.sentence(), outside.first_date()));
}

TEST(NonEventDates, ASimplePastLeadToldAsFact) {
    EXPECT_EQ(Read("Airbus unveiled plans for its new superjumbo.").simple_past(), "unveiled");
    EXPECT_EQ(Read("In a ceremony attended by 5,000 guests, Airbus unveiled its new plane.").simple_past(), "unveiled");
    EXPECT_EQ(Read("General Motors said that it would cut 10,000 jobs.").simple_past(), "said");
    // Participles of a noun, passives, modals and quotations are no simple past of a subject.
    EXPECT_EQ(Read("The much-anticipated phone is on sale.").simple_past(), "(none)");
    // After a comma only when it closes an aside of examples after the subject.
    EXPECT_EQ(Read("Other indices, such as the Nasdaq and the S&P 500, dipped by 96 points.").simple_past(), "dipped");
    // ... or a sentence adverb between commas (rule closes_adverb_aside).
    EXPECT_EQ(Read("The S&P 500 Index, meanwhile, struck a ten-month high.").simple_past(), "struck");
    EXPECT_EQ(Read("The carmaker, for its part, gained 2 percent.").simple_past(), "gained");
    EXPECT_EQ(Read("The carmaker, in turn, posted a loss.").simple_past(), "posted");
    EXPECT_EQ(Read("The carmaker, according to analysts, posted a loss.").simple_past(), "(none)");  // not any aside
    // ... or an appositive naming the subject again (rule closes_appositive).
    EXPECT_EQ(Read("The primary UK index, the FTSE 100, dropped in value by 2.36%.").simple_past(), "dropped");
    EXPECT_EQ(Read("Its chief executive, Fritz Henderson, outlined a plan.").simple_past(), "outlined");
    EXPECT_EQ(Read("The company, based in Detroit, posted a loss.").simple_past(), "(none)");
    EXPECT_EQ(Read("When the talks failed, the ministers, the unions, walked out.").simple_past(), "failed");
    // ... or a relative clause after the subject (rule closes_relative_aside).
    EXPECT_EQ(Read("The Hang Seng, which was positive on Monday, fell 7.19%.").simple_past(), "fell");
    EXPECT_EQ(Read("The union, who had rejected the offer, walked out.").simple_past(), "walked");
    // "by" and two amounts measure two changes: a simple past, not a participle with its agent.
    EXPECT_EQ(Read("Shares of Exxon and Chevron fell by 1.5 and 3 percent, respectively.").simple_past(), "fell");
    EXPECT_EQ(Read("The ceremony attended by 5,000 guests and officials was long.").simple_past(), "(none)");
    EXPECT_EQ(Read("The plant was closed for a week.").simple_past(), "(none)");
    EXPECT_EQ(Read("The army estimates that there are 300 fighters left in the city.").simple_past(), "(none)");
    EXPECT_EQ(Read("\"We lost everything,\" a worker says.").simple_past(), "(none)");
}

TEST(NonEventDates, ExtractionDatesAnUndatedSimplePastLeadToPublication) {
    const Timeline t = timeline_of("Airbus unveiled plans for its new superjumbo at a ceremony in Toulouse. The plane can carry 840 people.");
    ASSERT_FALSE(t.events.empty());
    EXPECT_EQ(to_iso(civil_from_days(t.events.front().first_day)), "2009-03-04");
    EXPECT_EQ(t.events.front().first_day, t.events.front().last_day);
    // A lead with a date of its own keeps that date; a lead that is a forecast is no event.
    const Timeline dated = timeline_of("Airbus unveiled plans for its new superjumbo on Monday.");
    ASSERT_FALSE(dated.events.empty());
    EXPECT_EQ(to_iso(civil_from_days(dated.events.front().first_day)), "2009-03-02");
    EXPECT_TRUE(timeline_of("Airbus will unveil plans for its new superjumbo.").events.empty());
}

TEST(NonEventDates, ASayingLeadThatTheNextSentencesDateIsThatDatedSaying) {
    // The saying is dated two sentences on: no second event on the day of publication.
    const Timeline t = timeline_of(
        "The carmaker said that it would cut 10,000 jobs at its European division. The firm wanted to reduce costs by 30%. "
        "Its chief announced the move on Monday.");
    ASSERT_EQ(t.events.size(), 1u);
    EXPECT_EQ(to_iso(civil_from_days(t.events.front().first_day)), "2009-03-02");
}

TEST(NonEventDates, ALeadInTheNewsPresentOfASayingIsTheDayOfPublication) {
    Read r("The airline says that it will be compensated by the plane maker.");
    EXPECT_TRUE(news_present_saying_at(r.a, 0, static_cast<uint32_t>(r.a.tokens.size())).has_value());
    EXPECT_FALSE(news_present_saying_at(Read("\"It says nothing,\" he said.").a, 0, 6).has_value());
    const Timeline t = timeline_of("The airline says that it will be compensated by the plane maker for the delays.");
    ASSERT_EQ(t.events.size(), 1u);
    EXPECT_EQ(to_iso(civil_from_days(t.events.front().first_day)), "2009-03-04");
}

// "the 1991 agreement": a year naming a noun dates the noun, not the sentence's happening; beside
// another date it dates nothing.
TEST(NonEventDates, AYearNamingANounDatesTheNoun) {
    auto year_of_a_noun = [](const std::string& text) {
        const Read r(text);
        for (const TimeExpression& e : r.a.timexes)
            if (e.value == "1991") return is_year_of_a_noun(r.a, e);
        return false;
    };
    EXPECT_TRUE(year_of_a_noun("The company violated the 1991 agreement."));
    EXPECT_TRUE(year_of_a_noun("It broke its 1991 settlement with the band."));
    EXPECT_FALSE(year_of_a_noun("The suit was settled in 1991."));
    EXPECT_FALSE(year_of_a_noun("The suit was settled in 1991 and the band agreed."));
    const Timeline t = timeline_of("The band's suit, filed in September 2008, claims that the company violated the 1991 agreement.");
    ASSERT_EQ(t.events.size(), 1u);
    EXPECT_EQ(to_iso(civil_from_days(t.events[0].first_day)), "2008-09-01");
    // Alone in its sentence, the year still dates what the noun names.
    EXPECT_EQ(timeline_of("The band's lawyers cited the 1991 agreement.").events.size(), 1u);
}

// "the Christmas and New Year sales period": a holiday naming a season of trade dates nothing.
TEST(NonEventDates, AHolidayNamingASeasonOfTrade) {
    for (const char* s : {"Demand was great during the Christmas and New Year sales period.",
                          "After successful Christmas sales, the company doubled its profit.",
                          "Shops hired staff for the Christmas shopping season."}) {
        const Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_TRUE(is_holiday_season(r.a, r.a.timexes.front())) << s;
        EXPECT_TRUE(timeline_of(s).events.empty()) << s;
    }
    const Read day("The store closed on Christmas Day.");
    ASSERT_FALSE(day.a.timexes.empty());
    EXPECT_FALSE(is_holiday_season(day.a, day.a.timexes.front()));
    EXPECT_EQ(timeline_of("The store closed on Christmas Day.").events.size(), 1u);
}

// "the Gold Reserve Act of 1934": a year in a law's name dates nothing.
TEST(NonEventDates, TheYearInALawsName) {
    const Read r("The plan is permitted under the Gold Reserve Act of 1934.");
    ASSERT_FALSE(r.a.timexes.empty());
    EXPECT_TRUE(is_year_in_a_laws_name(r.a, r.a.timexes.front()));
    EXPECT_TRUE(timeline_of("The plan is permitted under the Gold Reserve Act of 1934.").events.empty());
    const Read passed("Congress passed the act in 1934.");
    ASSERT_FALSE(passed.a.timexes.empty());
    EXPECT_FALSE(is_year_in_a_laws_name(passed.a, passed.a.timexes.front()));
}

// "It typically forms in August": the time of a habit dates no happening.
TEST(NonEventDates, TheTimeOfAHabit) {
    for (const char* s : {"The ozone hole typically forms in August.", "The council usually meets in March to set the budget."}) {
        const Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_TRUE(is_habit(r.a, r.sentence(), r.a.timexes.front())) << s;
        EXPECT_TRUE(timeline_of(s).events.empty()) << s;
    }
    const Read once("The ozone hole formed early in August.");
    ASSERT_FALSE(once.a.timexes.empty());
    EXPECT_FALSE(is_habit(once.a, once.sentence(), once.a.timexes.front()));
    EXPECT_EQ(timeline_of("The council, which usually meets in spring; voted on Monday to close the school.").events.size(), 1u);
}

// "recover to 1980 levels": a year naming a level measured then dates nothing; "the 2019 final" does.
TEST(NonEventDates, AYearThatNamesALevel) {
    const Read r("The layer is on track to recover to 1980 levels by 2066.");
    ASSERT_FALSE(r.a.timexes.empty());
    EXPECT_TRUE(is_year_of_a_level(r.a, r.a.timexes.front()));
    EXPECT_TRUE(timeline_of("A panel said the ozone layer was on track to recover to 1980 levels over Antarctica.").events.empty());
    const Read final_("Kane lost the 2019 final to Liverpool.");
    ASSERT_FALSE(final_.a.timexes.empty());
    EXPECT_FALSE(is_year_of_a_level(final_.a, final_.a.timexes.front()));
}

// "promised in January to halve inflation by the end of the year": the deadline of an intention
// dates nothing; the promise's own date does.
TEST(NonEventDates, TheDeadlineOfAnIntention) {
    const std::string promise = "The minister had promised in January to halve inflation by the end of the year.";
    const Read r(promise);
    ASSERT_EQ(r.a.timexes.size(), 2u);
    EXPECT_FALSE(is_deadline_of_an_intention(r.a, r.sentence(), r.a.timexes[0]));
    EXPECT_TRUE(is_deadline_of_an_intention(r.a, r.sentence(), r.a.timexes[1]));
    const Timeline t = timeline_of(promise);
    ASSERT_EQ(t.events.size(), 1u);
    EXPECT_EQ(days_of(t, "minister"), "2009-01-01..2009-01-31");
    for (const char* s : {"The mayor vowed to finish the bridge by 2008.", "It set a goal of eliminating the deficit in 2008."}) {
        const Read v(s);
        ASSERT_FALSE(v.a.timexes.empty()) << s;
        EXPECT_TRUE(is_deadline_of_an_intention(v.a, v.sentence(), v.a.timexes.back())) << s;
    }
    // The "to" after another verb: "failed to pass" is a happening, however a plan opened the sentence.
    const Read failed("A plan to rescue the carmakers failed to pass the Senate on Monday.");
    ASSERT_FALSE(failed.a.timexes.empty());
    EXPECT_FALSE(is_deadline_of_an_intention(failed.a, failed.sentence(), failed.a.timexes.back()));
    // A happening with "to" but no intention: its date stays.
    const Read went("The minister went to Paris to sign the treaty on Monday.");
    ASSERT_FALSE(went.a.timexes.empty());
    EXPECT_FALSE(is_deadline_of_an_intention(went.a, went.sentence(), went.a.timexes.back()));
}

// "It is Ford's third large recall this year": a state in the present as of the current period.
TEST(NonEventDates, AStateInTheCurrentPeriod) {
    for (const char* s : {"It is the company's third large recall this year.", "Inflation is 4.6% this month."}) {
        const Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_TRUE(is_state_in_the_current_period(r.a, r.sentence(), r.a.timexes.back())) << s;
        EXPECT_TRUE(timeline_of(s).events.empty()) << s;
    }
    // A happening in the period, or a progressive, is no state.
    for (const char* s : {"The company recalled 1.9 million cars this year.", "The company is recalling cars this month."}) {
        const Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_FALSE(is_state_in_the_current_period(r.a, r.sentence(), r.a.timexes.back())) << s;
    }
}

// "halve inflation from 10.7% at the end of 2022": a figure's base, its date after "at".
TEST(NonEventDates, AFiguresBaseAfterHalve) {
    const Read r("The minister promised to halve inflation from 10.7% at the end of 2008.");
    ASSERT_FALSE(r.a.timexes.empty());
    EXPECT_TRUE(is_change_baseline(r.a, r.sentence(), r.a.timexes.back()));
}

// "some 2005-2008 Explorer SUVs", "the 2008 model year": a model year names a product's make, not a
// time anything happened; "the 2006 World Cup" dates its event.
TEST(NonEventDates, AModelYear) {
    for (const char* s : {"The recall covers some 2005-2008 Explorer and Lincoln Aviator SUVs.",
                          "The recall covers 2007 Ford F-150 pickups.", "The change comes for the 2008 model year."}) {
        const Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_TRUE(is_model_year(r.a, r.a.timexes.back())) << s;
        EXPECT_TRUE(timeline_of(s).events.empty()) << s;
    }
    for (const char* s : {"Italy won the 2006 World Cup in Berlin.", "Ford recalled 1.9 million cars in 2008."}) {
        const Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_FALSE(is_model_year(r.a, r.a.timexes.back())) << s;
        EXPECT_EQ(timeline_of(s).events.size(), 1u) << s;
    }
}

// "this year's conference", "today's activities": a possessive time dates its noun; beside another
// date it dates nothing.
TEST(NonEventDates, APossessiveTimeDatesItsNoun) {
    const Read r("Yesterday, at this year's developers conference, Jobs unveiled the phone.");
    ASSERT_EQ(r.a.timexes.size(), 2u);
    EXPECT_FALSE(is_possessive_time(r.a, r.a.timexes[0]));
    EXPECT_TRUE(is_possessive_time(r.a, r.a.timexes[1]));
    Timeline t = timeline_of("Yesterday, at this year's developers conference, Jobs unveiled the phone.");
    ASSERT_EQ(t.events.size(), 1u);
    EXPECT_EQ(days_of(t, "Jobs"), "2009-03-03..2009-03-03");
    t = timeline_of("A lot of today's activities in the market were related to the takeover of the insurer on Monday.");
    ASSERT_EQ(t.events.size(), 1u);
    EXPECT_EQ(days_of(t, "takeover"), "2009-03-02..2009-03-02");
    // Alone, it dates the sentence.
    EXPECT_EQ(days_of(timeline_of("Tuesday's attack killed twenty people."), "attack"), "2009-03-03..2009-03-03");
}

TEST(NonEventDates, APossessiveTimeDatesTheNewsBesideATrailingAttribution) {
    // With a possessive time dating the news, the news is on that day (the saying dates nothing).
    Timeline t = timeline_of("The opposition won a majority in Sunday's election, final results showed on Tuesday.");
    ASSERT_EQ(t.events.size(), 1u);
    EXPECT_EQ(days_of(t, "majority"), "2009-03-01..2009-03-01");
    t = timeline_of("Monday's attack killed 12 people, police officials said Tuesday.");
    ASSERT_EQ(t.events.size(), 1u);
    EXPECT_EQ(days_of(t, "killed"), "2009-03-02..2009-03-02");
    t = timeline_of("The opposition won a majority in Sunday's election, results showed on Tuesday, setting the stage for talks.");
    ASSERT_EQ(t.events.size(), 1u);
    EXPECT_EQ(days_of(t, "majority"), "2009-03-01..2009-03-01");
    // Not an attribution: the clause after the comma tells a happening of its own, on its day.
    t = timeline_of("The opposition won a majority in Sunday's election, and the president resigned on Tuesday.");
    EXPECT_EQ(days_of(t, "resigned"), "2009-03-03..2009-03-03");
    // Without one, the saying's date stays (the news is known by then).
    EXPECT_EQ(days_of(timeline_of("The opposition won a majority, final results showed on Tuesday."), "majority"),
              "2009-03-03..2009-03-03");
}

TEST(NonEventDates, AStateAsOfADateIsNoHappening) {
    const Read r("As of January 2008, Apple's iTunes held 19 percent of the market.");
    ASSERT_EQ(r.a.timexes.size(), 1u);
    EXPECT_TRUE(is_state_as_of(r.a, r.a.sentences[0], r.a.timexes[0]));
    EXPECT_TRUE(timeline_of("As of January 2008, Apple's iTunes held 19 percent of the market.").events.empty());
    EXPECT_TRUE(timeline_of("The firm said that as of February, the store accounts for 70% of all sales.").events.empty());
    EXPECT_TRUE(timeline_of("The toll stood at 120 as of Friday.").events.empty());
    // A change or a happening at that time still dates its event.
    EXPECT_EQ(days_of(timeline_of("As of Monday, the index dropped 6 percent."), "index"), "2009-03-02..2009-03-02");
    EXPECT_EQ(days_of(timeline_of("As of Friday, 120 people had died in the floods."), "people"), "2009-02-27..2009-02-27");
    EXPECT_EQ(timeline_of("As of Friday, 120 people had died in the floods.").events.size(), 1u);
    // "At the end of" strikes a balance as "as of" does.
    EXPECT_TRUE(timeline_of("Ford had a $34.3 billion debt at the end of 2008.").events.empty());
    EXPECT_TRUE(timeline_of("At the end of last year, the carmaker had just over 54,000 employees.").events.empty());
    EXPECT_EQ(days_of(timeline_of("At the end of 2008, the carmaker was forced to close two plants."), "plants"),
              "2008-09-01..2008-12-31");
}
