// What a "since DATE" dates (core/since_dates.h): each rule on sentences written for the test,
// then what extraction makes of them. Read against a publication date of 2009-03-04.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_analysis.h"
#include "calendar.h"
#include "sentence_reading.h"
#include "since_dates.h"
#include "timeline.h"

using namespace dateline;
using dateline::testing::SentenceReading;
using dateline::testing::days_of;
using dateline::testing::timeline_of;

namespace {

struct Read : SentenceReading {
    using SentenceReading::SentenceReading;
    // The reading of the first "since" expression of the sentence.
    SinceReading reading() const {
        for (const TimeExpression& e : a.timexes)
            if (e.signal == "since") return read_since(a, sentence(), e);
        return SinceReading::None;
    }
    // The interval the first "since" expression dates, as "first/last", or "(none)".
    std::string interval() const {
        for (const TimeExpression& e : a.timexes) {
            if (e.signal != "since") continue;
            const auto x = since_expression(e, read_since(a, sentence(), e), CivilDate{2009, 3, 4});
            if (!x) return "(none)";
            return to_iso(civil_from_days(x->first_day)) + "/" + to_iso(civil_from_days(x->last_day));
        }
        return "(no since)";
    }
};


}  // namespace

TEST(SinceDates, AStateBeganOnItsSinceDate) {
    EXPECT_EQ(Read("The carrier had been suspended since July 24, 2003 after a crash.").reading(), SinceReading::StateBegan);
    EXPECT_EQ(Read("The border crossing has been closed since February 2.").reading(), SinceReading::StateBegan);
    EXPECT_EQ(Read("The town had already been effectively isolated since May 2008.").reading(), SinceReading::StateBegan);
    EXPECT_EQ(Read("The carrier had been suspended since July 24, 2003 after a crash.").interval(), "2003-07-24/2003-07-24");
    // Not a state that began: negated, a state that is no participle, a count, no perfect.
    EXPECT_EQ(Read("Japan has not been in recession since 2001.").reading(), SinceReading::None);
    EXPECT_EQ(Read("The plant has not been suspended since 2001.").reading(), SinceReading::None);
    EXPECT_EQ(Read("Over 100 people have died since December 2008.").reading(), SinceReading::None);
    EXPECT_EQ(Read("Shares closed at a level not seen since October 2002.").reading(), SinceReading::None);
}

// A participle aside after a comma ("The border crossing, closed since 2005, ...") is the state the
// noun has been in since then: it began that year, and the headline says so without "since"
// (happening_of_dated_participle_aside, drop_dates), the noun's prepositions kept.
TEST(SinceDates, AParticipleAsideSinceADate) {
    EXPECT_EQ(Read("The border crossing, closed since 2005, reopened on Monday.").reading(), SinceReading::StateBegan);
    EXPECT_EQ(days_of(timeline_of("The border crossing, closed since 2005, reopened on Monday."), "was closed"), "2005-01-01..2005-12-31");
    const Timeline t = timeline_of("Payments on federal student loans, paused since March 2005 because of a flood, are set to resume in October.");
    ASSERT_EQ(t.events.size(), 1u);
    EXPECT_EQ(t.events[0].title, "Payments on federal student loans were paused");
    // The state's own "since" date leaves the headline: the event is dated by it.
    const Timeline perfect = timeline_of("Steve Jobs has been fighting pancreatic cancer since 2004.");
    ASSERT_EQ(perfect.events.size(), 1u);
    EXPECT_EQ(perfect.events[0].title, "Steve Jobs has been fighting pancreatic cancer");
    // "until at least" goes with its date.
    const Timeline shut = timeline_of("The airport has been closed since May 3, 2008 and will remain shut until at least the end of the month.");
    ASSERT_FALSE(shut.events.empty());
    EXPECT_EQ(shut.events[0].title.find("least"), std::string::npos) << shut.events[0].title;
}

// Rule some_time_ago_expression: an unnumbered count of units before publication is a range.
TEST(SinceDates, SomeTimeAgoIsARangeBeforePublication) {
    auto range = [](const std::string& sentence) {
        const SentenceReading r(sentence);
        for (const TimeExpression& e : r.a.timexes)
            if (const auto x = some_time_ago_expression(r.a, e, CivilDate{2009, 3, 4}))
                return to_iso(civil_from_days(x->first_day)) + "/" + to_iso(civil_from_days(x->last_day));
        return std::string("(none)");
    };
    EXPECT_EQ(range("The plan was announced several months ago."), "2008-03-04/2009-01-04");
    EXPECT_EQ(range("The plan was announced a few days ago."), "2009-02-25/2009-03-02");
    EXPECT_EQ(range("The plan was announced a few weeks ago."), "2009-01-07/2009-02-18");
    EXPECT_EQ(range("The plan was announced years ago."), "1999-03-04/2007-03-04");
    // A number of units is a date of its own ("three months ago"), and "recently" no count.
    EXPECT_EQ(range("The plan was announced three months ago."), "(none)");
    EXPECT_EQ(range("The plan was announced recently."), "(none)");
    // Rule less_than_ago_expression: at most that long before publication, up to its day.
    EXPECT_EQ(range("The phone was introduced less than two weeks ago."), "2009-02-18/2009-03-04");
    EXPECT_EQ(range("The phone was introduced two weeks ago."), "(none)");  // about a day, not a range
    EXPECT_EQ(dateline::testing::days_of(dateline::testing::timeline_of("The phone was introduced less than two weeks ago."), "phone"),
              "2009-02-18..2009-03-04");
    // A year naming the occasion is no second date beside it.
    const Timeline wwdc = dateline::testing::timeline_of("The phone was introduced at the company's 2009 Developer Conference less than two weeks ago.");
    ASSERT_EQ(wwdc.events.size(), 1u);
    EXPECT_EQ(to_iso(civil_from_days(wwdc.events[0].first_day)), "2009-02-18");
    // In extraction: the clause of "several months ago" is an event on that range, beside the
    // year of the relative clause.
    const Timeline t = dateline::testing::timeline_of(
        "Lion was announced at a different event several months ago and will replace Snow Leopard, which was released in 2007.");
    bool range_found = false;
    for (const Event& e : t.events)
        range_found |= to_iso(civil_from_days(e.first_day)) == "2008-03-04" && to_iso(civil_from_days(e.last_day)) == "2009-01-04";
    EXPECT_TRUE(range_found);
}

// Rule activity_began_on_since_date: "has been <-ing> ... since".
TEST(SinceDates, AnActivityBeganOnItsSinceDate) {
    EXPECT_EQ(Read("Ryanair has been attempting to take over Aer Lingus since December.").reading(), SinceReading::StateBegan);
    EXPECT_EQ(Read("Jobs has been fighting pancreatic cancer since 2004.").interval(), "2004-01-01/2004-12-31");
    // Not negated, not across a comma, not without "been" and a perfect, not a participle far off.
    EXPECT_EQ(Read("Ryanair has not been attempting a takeover since December.").reading(), SinceReading::None);
    EXPECT_EQ(Read("Ryanair has been attempting a takeover, and prices rose since December.").reading(), SinceReading::None);
    EXPECT_EQ(Read("The airline is attempting a takeover since December.").reading(), SinceReading::None);
    // In extraction: the attempt began in December 2008 (the latest December before publication).
    EXPECT_EQ(dateline::testing::days_of(dateline::testing::timeline_of(
                  "Ryanair has been attempting to take over Aer Lingus since December."), "Ryanair"),
              "2008-12-01..2008-12-31");
}

TEST(SinceDates, AChangeSpansFromItsSinceDateToPublication) {
    EXPECT_EQ(Read("The index has fallen almost fifteen percent since the start of this year.").reading(),
              SinceReading::ChangeToPublication);
    EXPECT_EQ(Read("Its shares have risen 20% since January 2009.").reading(), SinceReading::ChangeToPublication);
    EXPECT_EQ(Read("Its shares have risen 20% since January 2009.").interval(), "2009-01-01/2009-03-04");
    // Not a change up to now: "had" (it ended before), negated, a quote, too far from "since".
    EXPECT_EQ(Read("Its shares had risen 20% since January 2008.").reading(), SinceReading::None);
    EXPECT_EQ(Read("Its shares have not risen since January 2008.").reading(), SinceReading::None);
    EXPECT_EQ(Read("\"Prices have fallen 20% since January,\" he said.").reading(), SinceReading::None);
    EXPECT_EQ(Read("Sales have risen, and the firm hired many new workers in many new plants since January 2008.").reading(),
              SinceReading::None);
}

// Rule opening_since_frames_present_perfect: an opening "Since <date>" and a present perfect.
TEST(SinceDates, AnOpeningSinceFramesAPresentPerfectUpToPublication) {
    EXPECT_EQ(Read("Since December GM and Chrysler have received US$17.4 billion in government loans.").reading(),
              SinceReading::ChangeToPublication);
    EXPECT_EQ(Read("Since December GM and Chrysler have received US$17.4 billion in government loans.").interval(),
              "2008-12-01/2009-03-04");  // December without a year: the latest before publication
    EXPECT_EQ(Read("Since early January, the rebels have already taken three towns.").interval(), "2009-01-01/2009-03-04");
    // Not framed: "since" after the verb (a count), negated, "has been", "had", no perfect.
    EXPECT_EQ(Read("Over 100 people have died since December.").reading(), SinceReading::None);
    EXPECT_EQ(Read("Since December the rebels have not taken a town.").reading(), SinceReading::None);
    EXPECT_EQ(Read("Since December the town has been quiet.").reading(), SinceReading::None);
    EXPECT_EQ(Read("Since December the rebels had taken three towns.").reading(), SinceReading::None);
    EXPECT_EQ(Read("Since December the rebels took three towns.").reading(), SinceReading::None);
}

TEST(SinceDates, ExtractionDatesSuchSentences) {
    const Timeline suspended = timeline_of("The airline was allowed to fly again. It had been suspended since July 24, 2003 after a crash.");
    bool found = false;
    for (const Event& e : suspended.events) found |= to_iso(civil_from_days(e.first_day)) == "2003-07-24" && e.last_day == e.first_day;
    EXPECT_TRUE(found) << "the suspension of 24 July 2003 was not an event";

    const Timeline fallen = timeline_of("Markets were calm. The index has fallen 15 percent since January 2009.");
    found = false;
    for (const Event& e : fallen.events)
        found |= to_iso(civil_from_days(e.first_day)) == "2009-01-01" && to_iso(civil_from_days(e.last_day)) == "2009-03-04";
    EXPECT_TRUE(found) << "the fall since January was not an event spanning up to publication";

    // A count since a date, and a comparison, stay no event.
    EXPECT_TRUE(timeline_of("Markets were calm. Over 100 people have died since December 2008.").events.empty());
    EXPECT_TRUE(timeline_of("Markets were calm. Shares closed at a level not seen since October 2002.").events.empty());
}

TEST(SinceDates, SinceThenCountsFromTheDateOfTheSentenceBefore) {
    Read r("Its fighters have since captured two districts of the city.");
    EXPECT_TRUE(since_then_at(r.a, r.sentence()).has_value());
    EXPECT_FALSE(since_then_at(Read("Its fighters have captured two districts since.").a, Read("Its fighters have captured two districts since.").sentence()));
    EXPECT_FALSE(since_then_at(Read("Ever since, the city has been quiet.").a, Read("Ever since, the city has been quiet.").sentence()));
    const Timeline t = timeline_of("The army broke into the city on February 20. Its fighters have since captured two districts of the city.");
    bool found = false;
    for (const Event& e : t.events)
        found |= to_iso(civil_from_days(e.first_day)) == "2009-02-20" && to_iso(civil_from_days(e.last_day)) == "2009-03-04";
    EXPECT_TRUE(found) << "'have since captured' was not a span from 20 February to publication";
}

TEST(SinceDates, AChangeSinceADateStaysApartFromOneDaysReportInsideIt) {
    std::vector<ArticleInput> in;
    in.push_back({"a.txt", "a.txt", "A title for the test\nThe index has fallen 40% since the beginning of the year.\n",
                  EditorialFacts{"Outlet", std::nullopt, CivilDate{2009, 3, 4}}});
    in.push_back({"b.txt", "b.txt", "A title for the test\nThe index fell 5% on February 20.\n", EditorialFacts{"Outlet", std::nullopt, CivilDate{2009, 3, 4}}});
    const Timeline t = build_timeline(std::move(in));
    bool span = false, day = false;
    for (const Event& e : t.events) {
        span |= to_iso(civil_from_days(e.first_day)) == "2009-01-01" && to_iso(civil_from_days(e.last_day)) == "2009-03-04";
        day |= to_iso(civil_from_days(e.first_day)) == "2009-02-20" && e.first_day == e.last_day;
    }
    EXPECT_TRUE(span) << "the fall since January was merged into the day's report";
    EXPECT_TRUE(day);
}

TEST(SinceDates, ADurationSinceAHappeningCountsBackFromPublication) {
    auto dated = [](const std::string& sentence) {
        const SentenceReading r(sentence);
        const auto x = duration_since_expression(r.a, r.sentence(), CivilDate{2009, 3, 4});
        return x ? to_iso(civil_from_days(x->first_day)) + "/" + to_iso(civil_from_days(x->last_day)) : "(none)";
    };
    // 2009-03-04 is a Wednesday: two weeks before is 18 February, in the week of 16 to 22 February.
    EXPECT_EQ(dated("In the two weeks since the talks began, the rebels have taken three towns."), "2009-02-16/2009-02-22");
    EXPECT_EQ(dated("In the 10 days since the vote was held, prices have risen."), "2009-02-22/2009-02-22");
    EXPECT_EQ(dated("In the three months since the plant closed, 400 people have left."), "2008-12-01/2008-12-31");
    EXPECT_EQ(dated("In the weeks since the talks began, the rebels have taken three towns."), "(none)");  // no count
    EXPECT_EQ(dated("For two weeks the rebels have held the town."), "(none)");                           // no "since"
    EXPECT_EQ(dated("In the two weeks since May, the rebels have taken three towns."), "(none)");          // a date after it
    // In extraction: an event of the happening after "since", on its clause, beside the lead's own
    // news of the day (the towns taken).
    const Timeline t = timeline_of("In the two weeks since the talks began, the rebels have taken three towns.");
    ASSERT_EQ(t.events.size(), 2u);
    const Event& began = t.events[0].first_day < t.events[1].first_day ? t.events[0] : t.events[1];
    EXPECT_EQ(to_iso(civil_from_days(began.first_day)), "2009-02-16");
    EXPECT_EQ(began.title, "The talks began");
}

// "In the past three days, the index has lost 6%": the three days before publication, a range.
TEST(SinceDates, ThePastDaysAreASpanBeforePublication) {
    auto span = [](const std::string& text) {
        const Read r(text);
        const auto x = past_days_span_expression(r.a, r.sentence(), CivilDate{2009, 3, 4});
        return x ? x->value : std::string("(none)");
    };
    EXPECT_EQ(span("In the past three days, the index has lost 631 points."), "2009-03-01/2009-03-03");
    EXPECT_EQ(span("The index has gained 4% over the last two weeks."), "2009-02-18/2009-03-03");
    EXPECT_EQ(span("In the past few days, the index has lost 631 points."), "(none)");  // no count
    EXPECT_EQ(span("The index lost 631 points in three days."), "(none)");              // not up to publication
    EXPECT_EQ(span("The index fell over 2,000 points in the past nine days."), "2009-02-23/2009-03-03");  // a simple past too
    EXPECT_EQ(span("In the past three days, analysts expect the index to fall."), "(none)");  // nothing told as past
    const Timeline t = timeline_of("Stocks fell on Monday.\nThe bank is worried.\nIn the past three days, the index has lost 631 points.");
    EXPECT_EQ(days_of(t, "631"), "2009-03-01..2009-03-03");
    // Months and years: from the same day that far back up to publication.
    EXPECT_EQ(span("In the past year, the index has lost nearly three quarters of its value."), "2008-03-04/2009-03-04");
    EXPECT_EQ(span("Over the last two months, the index has gained 20 percent."), "2009-01-04/2009-03-04");
    // A present perfect progressive too.
    EXPECT_EQ(span("The three indexes have been falling for the last six days."), "2009-02-26/2009-03-03");
    EXPECT_EQ(span("The three indexes have not been falling for the last six days."), "(none)");
}

TEST(SinceDates, AnActivityGoingOnForADurationBeganThatLongAgo) {
    auto began = [](const std::string& text) {
        const Read r(text);
        const auto x = activity_began_for_duration_expression(r.a, r.sentence(), CivilDate{2009, 3, 4});
        return x ? x->value : std::string("(none)");
    };
    EXPECT_EQ(began("The new system has been shipping for more than a week now."), "2009-02-18/2009-02-25");
    EXPECT_EQ(began("The protesters have been marching for three days."), "2009-03-01");
    EXPECT_EQ(began("The workers have been striking for two months."), "2008-12-20/2009-01-19");  // 4 January, a half-month either side
    // Not a simple past, a negation, a plan, nor a duration that is not how long it has gone on.
    EXPECT_EQ(began("The protesters marched for three days."), "(none)");
    EXPECT_EQ(began("The protesters have not been marching for three days."), "(none)");
    EXPECT_EQ(began("The protesters will be marching for three days."), "(none)");
    EXPECT_EQ(began("The protesters have been marching, for three days they said."), "(none)");
    const Timeline t = timeline_of("Stocks fell on Monday.\nThe new system has been shipping for more than a week now.");
    EXPECT_EQ(days_of(t, "shipping"), "2009-02-18..2009-02-25");
}

// Rule when_clause_of_since_date: "since 1939, when <a past happening>" dates that happening.
TEST(SinceDates, AWhenClauseAfterASinceDateTellsWhatHappenedThen) {
    const Timeline quake = timeline_of("The quake was the strongest to hit the country since 1939, when an earthquake killed 33,000 people.");
    ASSERT_EQ(quake.events.size(), 1u);
    EXPECT_EQ(quake.events[0].title, "An earthquake killed 33,000 people");
    EXPECT_EQ(days_of(quake, "earthquake"), "1939-01-01..1939-12-31");
    // No "when" clause, or one that tells no past happening: no event.
    EXPECT_TRUE(timeline_of("The quake was the strongest to hit the country since 1939.").events.empty());
    EXPECT_TRUE(timeline_of("Shares closed at a level not seen since 2002, when markets are calm.").events.empty());
}

TEST(SinceDates, AWhenClauseAfterADatedStateTellsWhatHappenedThen) {
    // A state dated ("was in turmoil a year ago") with a "when" clause after it: the clause is
    // what happened then.
    const std::string turmoil = "It was a triumph for a team that was in turmoil a year ago, when 15 players quit the squad.";
    const Read r(turmoil);
    ASSERT_FALSE(r.a.timexes.empty());
    EXPECT_TRUE(told_of_a_state(r.a, r.sentence(), r.a.timexes.front()));
    const Timeline t = timeline_of(turmoil);
    ASSERT_EQ(t.events.size(), 1u);
    EXPECT_EQ(t.events[0].title, "15 players quit the squad");
    EXPECT_EQ(days_of(t, "players"), "2008-01-01..2008-12-31");
    // The past perfect of a state: "had been in turmoil".
    const Read perfect("It was a triumph for a team that had been in turmoil a year ago, when 15 players quit the squad.");
    EXPECT_TRUE(told_of_a_state(perfect.a, perfect.sentence(), perfect.a.timexes.front()));
    const Read arrested("The mayor had been arrested a year ago, when officers raided his home.");
    EXPECT_FALSE(told_of_a_state(arrested.a, arrested.sentence(), arrested.a.timexes.front()));
    // A happening dated is the date's own event, passive or active; the "when" clause tells more of it.
    for (const char* s : {"The mayor was arrested a year ago, when officers raided his home.",
                          "Police arrested the mayor a year ago, when officers raided his home."}) {
        const Read h(s);
        ASSERT_FALSE(h.a.timexes.empty()) << s;
        EXPECT_FALSE(told_of_a_state(h.a, h.sentence(), h.a.timexes.front())) << s;
        const Timeline ht = timeline_of(s);
        ASSERT_EQ(ht.events.size(), 1u) << s;
        EXPECT_NE(ht.events[0].title.find("mayor"), std::string::npos) << s;
        EXPECT_EQ(ht.events[0].title.find("officers"), std::string::npos) << s;
    }
}

// A state that lasted "until" a date is no event of it (is_anchor), but the "when" clause after
// that date is what happened then.
TEST(SinceDates, AWhenClauseAfterAnUntilDateTellsWhatHappenedThen) {
    const Timeline t =
        timeline_of("The peninsula had been dormant for about 800 years until 2005, when an eruption began at Fagradalsfjall.");
    ASSERT_EQ(t.events.size(), 1u);
    EXPECT_EQ(t.events[0].title, "An eruption began at Fagradalsfjall");
    EXPECT_EQ(days_of(t, "eruption"), "2005-01-01..2005-12-31");
    EXPECT_TRUE(timeline_of("The peninsula had been dormant for about 800 years until 2005.").events.empty());
    // Whatever the verb before it: the state lasted until the "when" clause's happening.
    const Timeline lasted = timeline_of("The strike lasted until 2005, when workers voted to return.");
    ASSERT_EQ(lasted.events.size(), 1u);
    EXPECT_EQ(lasted.events[0].title, "Workers voted to return");
}
