// The news of the day told without a date (core/lead_news.h): the rules one by one, then what
// extraction makes of a lead. Sentences written for the test, in the style of business and war news.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "article_analysis.h"
#include "calendar.h"
#include "sentence_reading.h"
#include "lead_news.h"
#include "timeline.h"

using namespace dateline;
using dateline::testing::SentenceReading;
using dateline::testing::timeline_of;
using dateline::testing::days_of;

namespace {

// One sentence read against a publication date of 2009-03-04.
struct Read : SentenceReading {
    using SentenceReading::SentenceReading;
    std::string perfect() const {
        const auto at = present_perfect_at(a, 0, static_cast<uint32_t>(a.tokens.size()));
        return at ? std::string(a.token(*at)) + " " + std::string(a.token(*at + 1)) : "(none)";
    }
};


}  // namespace

TEST(LeadNews, PastParticiplesRegularAndIrregular) {
    for (const char* w : {"won", "agreed", "announced", "sold", "taken", "filed", "withdrawn", "died", "sued"})
        EXPECT_TRUE(is_past_participle(w)) << w;
    for (const char* w : {"need", "bed", "indeed", "has", "win", "sell", "orders"}) EXPECT_FALSE(is_past_participle(w)) << w;
}

TEST(LeadNews, APresentPerfectToldAsFact) {
    EXPECT_EQ(Read("Airbus has won an order for 60 jets.").perfect(), "has won");
    EXPECT_EQ(Read("The two airlines have now agreed to merge.").perfect(), "have now");
    EXPECT_EQ(Read("GM and Chrysler have both begun to offer buyouts.").perfect(), "have both");  // a floating quantifier
    EXPECT_EQ(Read("A new chief executive has been appointed.").perfect(), "has been");
    EXPECT_EQ(Read("Tina Turner has died at the age of 83.").perfect(), "has died");
    // Not a happening: negated, a modal's, an obligation, "have" as the verb, a speaker's words.
    EXPECT_EQ(Read("Japan has not been in recession since 2001.").perfect(), "(none)");
    EXPECT_EQ(Read("The firm will have sold its stake by then.").perfect(), "(none)");
    EXPECT_EQ(Read("Boeing has to pay a fine.").perfect(), "(none)");
    EXPECT_EQ(Read("Chrysler has 789 dealers.").perfect(), "(none)");
    EXPECT_EQ(Read("\"We have agreed nothing,\" the minister said.").perfect(), "(none)");
}

TEST(LeadNews, OnlyAnUndatedStatementIsNewsOfTheDay) {
    EXPECT_TRUE(tells_news_of_the_day(Read("Airbus has won an order for 60 jets.").a, Read("Airbus has won an order for 60 jets.").sentence()));
    // "current" and "recently" date nothing...
    const Read current("The ministry has replaced the current fleet of tankers.");
    EXPECT_TRUE(tells_news_of_the_day(current.a, current.sentence()));
    // ...but a date of its own dates it (or makes it a plan, or a state since then).
    const Read dated("Airbus has won an order for 60 jets on Monday.");
    EXPECT_FALSE(tells_news_of_the_day(dated.a, dated.sentence()));
    // Rule ends_a_state: a date after "until" ends a state; it does not date the news.
    const Read until("The government has kept all stock markets closed until Friday.");
    EXPECT_TRUE(tells_news_of_the_day(until.a, until.sentence()));
    const Read since("The index has fallen 40% since January.");
    EXPECT_FALSE(tells_news_of_the_day(since.a, since.sentence()));
    const Read question("Has the market reached its bottom?");
    EXPECT_FALSE(tells_news_of_the_day(question.a, question.sentence()));
    const Read quoted("\"We have won the order,\" the chief executive said.");
    EXPECT_FALSE(tells_news_of_the_day(quoted.a, quoted.sentence()));
}

TEST(LeadNews, AnUndatedLeadIsTheDayOfPublication) {
    const Timeline t = timeline_of("Airbus has won an order from Qatar Airways for up to 60 jets. The order is worth $15 billion.");
    ASSERT_EQ(t.events.size(), 1u);
    EXPECT_EQ(to_iso(civil_from_days(t.events[0].first_day)), "2009-03-04");
    EXPECT_EQ(to_iso(civil_from_days(t.events[0].last_day)), "2009-03-04");
    EXPECT_EQ(t.events[0].title, "Airbus has won an order from Qatar Airways for up to 60 jets");
    const TimeExpression& how = source_timex(t, t.events[0].sources[0]);
    EXPECT_EQ(how.value, "2009-03-04");
    EXPECT_NE(how.how.find("lead"), std::string::npos) << how.how;
    EXPECT_NE(how.how.find("publication"), std::string::npos) << how.how;
}

TEST(LeadNews, OnlyTheLeadAndOnlyWithAPublicationDate) {
    // A later sentence in the present perfect is as often background: no event (the lead is no
    // happening: a simple past such as "rose sharply" would be the day's news, non_event_dates_test).
    EXPECT_TRUE(timeline_of("Shares of the carmaker were volatile. Analysts have long doubted its plan.").events.empty());
    // Without a publication date there is no day to give it.
    EXPECT_TRUE(timeline_of("Airbus has won an order from Qatar Airways for up to 60 jets.", std::nullopt).events.empty());
}

TEST(LeadNews, ALeadThatTheNextSentencesDateIsThatDatedEvent) {
    // The lead sums up what the next paragraph dates: one event, on that date, not on publication.
    const Timeline t = timeline_of(
        "Government forces have begun an offensive to retake the northern province. It is the last area the rebels hold.\n"
        "On the morning of March 2, the army began major combat operations near the provincial capital.");
    ASSERT_EQ(t.events.size(), 1u);
    EXPECT_EQ(to_iso(civil_from_days(t.events[0].first_day)), "2009-03-02");
    // A dated sentence about something else leaves the lead its own event.
    const Timeline u = timeline_of(
        "Government forces have captured the northern province.\nOn March 2, the president met the prime minister.");
    EXPECT_EQ(u.events.size(), 2u);
    // Nor does a date of another clause ("since", "after", "before"...) beside a word of the lead's
    // action: the purchase made a priority since a flotation dates the flotation, not the purchase.
    const Timeline v = timeline_of(
        "Aer Lingus has purchased 12 new long-haul Airbus aircraft.\n"
        "The airline had made the purchase of new airliners a top priority since it was floated in September 2006.");
    ASSERT_EQ(v.events.size(), 2u);
    EXPECT_EQ(days_of(v, "purchased"), "2009-03-04..2009-03-04");  // the lead: the day of publication
}

TEST(LeadNews, AReportOfAPlanIsTheDayItWasReported) {
    // Rule dates_a_reported_plan: the plan's date ("for the 2008 model year") dates the plan, not
    // the report; the lead is still the day's news, and its `how` says it reports a plan.
    const std::string lead = "Ford's chief executive has reported that Ford will rename the Five Hundred for the 2008 model year.";
    const Read plan(lead);
    EXPECT_TRUE(tells_news_of_the_day(plan.a, plan.sentence()));
    const Timeline t = timeline_of(lead);
    ASSERT_EQ(t.events.size(), 1u);
    EXPECT_EQ(days_of(t, "rename"), "2009-03-04..2009-03-04");
    const TimeExpression& how = source_timex(t, t.events[0].sources[0]);
    EXPECT_NE(how.how.find("a report of a plan"), std::string::npos) << how.how;
    // Not a plan: a date in the past tense dates what was reported, and the lead is no news of the day.
    const Read past("The bank has announced that it lost $2 billion in the third quarter of 2008.");
    EXPECT_FALSE(tells_news_of_the_day(past.a, past.sentence()));
    // Nor a future without a verb of reporting before it: the sentence is itself a plan.
    const Read own("The airline has agreed that it will fly to Denver in 2010.");
    EXPECT_FALSE(tells_news_of_the_day(own.a, own.sentence()));
}

TEST(LeadNews, APromisedThingsDateIsNotThePromises) {
    // Rule dates_a_promised_thing: the deadline of what is promised leaves the promise undated, so
    // the saying is the day's news (saying_in_the_present_perfect_at reads "promised" too).
    const Read r("The maker has promised a compatible release before the end of the month.");
    ASSERT_EQ(r.a.timexes.size(), 1u);
    EXPECT_TRUE(dates_a_promised_thing(r.a, r.sentence(), r.a.timexes[0]));
    EXPECT_TRUE(saying_in_the_present_perfect_at(r.a, r.sentence()).has_value());
    const Timeline t = timeline_of(
        "Shares of the maker fell sharply on Monday. The maker has promised a compatible release before the end of the month.");
    EXPECT_EQ(days_of(t, "compatible"), "2009-03-04..2009-03-04");
    // A date right after the verb dates the promise itself.
    const Read own("The minister promised on Monday to rebuild the bridge.");
    ASSERT_EQ(own.a.timexes.size(), 1u);
    EXPECT_FALSE(dates_a_promised_thing(own.a, own.sentence(), own.a.timexes[0]));
    EXPECT_EQ(days_of(timeline_of("The minister promised on Monday to rebuild the bridge."), "bridge"), "2009-03-02..2009-03-02");
}

TEST(LeadNews, TheNewsPresentOfAChangeIsTheDayOfPublication) {
    // Rule news_progressive_at: "is stepping down" told in the lead without a date.
    const Read stepping("The executive overseeing hardware engineering is stepping down from his post.");
    EXPECT_TRUE(tells_news_of_the_day(stepping.a, stepping.sentence()));
    const Timeline t = timeline_of("The executive overseeing hardware engineering is stepping down from his post.");
    EXPECT_EQ(days_of(t, "stepping"), "2009-03-04..2009-03-04");
    // Not an activity or a state, nor background in the present perfect.
    for (const char* s : {"The executive is working on a new phone.", "The carmaker is facing a shortage of parts.",
                          "The executive has long been a critic of the plan.",
                          "The executive has been with the company since 2008."}) {
        const Read r(s);
        EXPECT_FALSE(tells_news_of_the_day(r.a, r.sentence())) << s;
    }
}

TEST(LeadNews, NewsAfterADatedOpeningIsTwoHappenings) {
    // Rule news_after_a_dated_opening: the opening's date is the earlier happening's; the main
    // clause's news of the day, undated, is the day of publication.
    const std::string lead =
        "After a plan to rescue the carmakers failed to pass the Senate on Monday, the White House has said that it "
        "is considering other options.";
    const Timeline t = timeline_of(lead);
    ASSERT_EQ(t.events.size(), 2u);
    EXPECT_EQ(days_of(t, "Senate"), "2009-03-02..2009-03-02");
    EXPECT_EQ(days_of(t, "White House"), "2009-03-04..2009-03-04");
    const Read r(lead);
    uint32_t monday = 0;
    while (r.a.word(monday) != "monday") ++monday;
    const auto main = news_after_a_dated_opening(r.a, r.sentence(), monday + 1);
    ASSERT_TRUE(main.has_value());
    EXPECT_EQ(r.a.token(*main), "the");
    // Not when the main clause has a date of its own, is in the simple past (when it was said is
    // not told), or the sentence opens otherwise; and not outside the lead.
    for (const char* s : {"After the vote failed on Monday, the White House said on Tuesday that it has other options.",
                          "After the vote failed on Monday, the White House said that it has other options.",
                          "When the vote failed on Monday, the White House has said that it has other options."}) {
        const Read other(s);
        uint32_t at = 0;
        while (other.a.word(at) != "monday") ++at;
        EXPECT_FALSE(news_after_a_dated_opening(other.a, other.sentence(), at + 1).has_value()) << s;
    }
    const Timeline later = timeline_of("Shares of the carmakers fell. " + lead);
    EXPECT_EQ(days_of(later, "White House"), "2009-03-02..2009-03-02");  // one event, the sentence's date
}

TEST(LeadNews, ASayingInThePresentPerfectIsRecentNews) {
    // Rule saying_in_the_present_perfect_at: after the lead, "has said" without a date is the day's news.
    const Timeline t = timeline_of(
        "Shares of mortgage lenders fell sharply on Monday. The stock exchange has said it will delist the lender.");
    EXPECT_EQ(days_of(t, "delist"), "2009-03-04..2009-03-04");
    const Event* e = dateline::testing::event_with(t, "delist");
    ASSERT_NE(e, nullptr);
    EXPECT_NE(source_timex(t, e->sources[0]).how.find("present perfect"), std::string::npos);
    for (const char* s : {"The stock exchange has said it will delist the lender.", "The regulator has announced that it will fine the bank.",
                          "The label has vowed to take the case to the Court of Appeal.",
                          // an opening phrase up to its comma comes before the subject
                          "In addition to the iPod Classic, Nano and Shuffle, they have announced the brand new iPod touch."}) {
        const Read r(s);
        EXPECT_TRUE(saying_in_the_present_perfect_at(r.a, r.sentence()).has_value()) << s;
    }
    // Not other present perfects (background as often as news), a passive report, a quotation, a
    // saying of habit, a negation, or a sentence with a date of its own.
    for (const char* s : {"Boeing has received five orders for the jet.", "It has been reported that the deal was revived.",
                          "A union negotiator has said, \"I don't see how the union will agree.\"",
                          "The company has long said that it will not sell the unit.", "The bank has not said why it left.",
                          "The bank has declined to comment.", "The buyer has agreed to take on the pension costs.",
                          "The stock exchange has said on Monday that it will delist the lender."}) {
        const Read r(s);
        EXPECT_FALSE(saying_in_the_present_perfect_at(r.a, r.sentence()).has_value()) << s;
    }
}

TEST(LeadNews, AViewSaidInThePresentPerfectKeepsItsSpeaker) {
    // A view told as recent news keeps who said it (without, it reads as fact); a happening said
    // is told as the happening.
    const Timeline view = timeline_of("Parliament passed the law on Monday. Brussels has said the law is incompatible with EU values.");
    const Event* e = dateline::testing::event_with(view, "incompatible");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->title, "Brussels has said the law is incompatible with EU values");
    const Timeline happening =
        timeline_of("The plane flew for the first time on Monday. Airbus has confirmed that there was a software glitch on the flight.");
    const Event* g = dateline::testing::event_with(happening, "glitch");
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->title, "There was a software glitch on the flight");
}

TEST(LeadNews, ADateInAParticipialAsideIsTheAsidesOwn) {
    // Rule in_participial_aside: ", begun two years ago," dates the aside, not the lead's news.
    const Read aside("Boeing has announced that development of a new jet, begun two years ago, has been pushed back.");
    ASSERT_FALSE(aside.a.timexes.empty());
    EXPECT_TRUE(in_participial_aside(aside.a, aside.sentence(), aside.a.timexes.front()));
    EXPECT_TRUE(tells_news_of_the_day(aside.a, aside.sentence()));
    // A date of the main clause, or after a comma without a participle, dates the sentence.
    for (const char* s : {"Boeing has announced, two years ago, that development of a new jet has been pushed back.",
                          "Boeing has announced that development of a new jet has been pushed back two years ago."}) {
        const Read r(s);
        ASSERT_FALSE(r.a.timexes.empty()) << s;
        EXPECT_FALSE(in_participial_aside(r.a, r.sentence(), r.a.timexes.front())) << s;
    }
    // The timeline: the news on the day of publication, the aside's start on its own date.
    const Timeline t = timeline_of("Boeing has announced that development of a new jet, begun two years ago, has been pushed back.");
    ASSERT_EQ(t.events.size(), 2u);
    EXPECT_EQ(to_iso(civil_from_days(t.events[0].first_day)), "2007-01-01");
    EXPECT_EQ(to_iso(civil_from_days(t.events[1].first_day)), "2009-03-04");
}
