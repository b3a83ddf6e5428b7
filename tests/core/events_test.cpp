// Events from single sentences: which dates make an event, and what its headline says. The gold
// test (event_gold_test.cpp) scores whole articles; these pin down one rule each, on sentences
// written for the test in the style of business and war news (not taken from the bundled articles).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "calendar.h"
#include "event_merging.h"
#include "events.h"
#include "timeline.h"
#include "timeline_json.h"
#include "sentence_reading.h"

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
    // "compared" a noun phrase further back (ten words).
    EXPECT_EQ(starts_of(events_of("Ford said on Tuesday that profit doubled compared to the $565 million profit reaped in 2008.")),
              std::vector<std::string>{"2009-03-03"});
    // ...but a comparison of something else leaves the date alone, and "more than" is not a comparison of dates.
    EXPECT_EQ(starts_of(events_of("Boeing received far more orders than Airbus in 2008.")), std::vector<std::string>{"2008-01-01"});
    EXPECT_EQ(events_of("The rebels seized the town more than a year ago.").size(), 1u);
}

// A headline is the clause without its date, and still a clause: nothing left dangling, nothing
// cut that the clause is about.
TEST(EventHeadlines, ReadAsAClauseOnceTheDateIsGone) {
    auto title = [](const std::string& body) {
        const std::vector<Event> events = events_of(body);
        return events.empty() ? std::string("(no event)") : events[0].title;
    };
    // The date is dropped with its preposition...
    EXPECT_EQ(title("The rebels seized the town on Friday."), "The rebels seized the town");
    // ...with the comparison after it...
    EXPECT_EQ(title("Car sales fell 35% in February, compared to the same month a year ago."), "Car sales fell 35%");
    // ...but not when the date is what the clause says, alone or joined to another.
    EXPECT_EQ(title("The first flight of the new airliner was in 1994."), "The first flight of the new airliner was in 1994");
    EXPECT_EQ(title("The last time the index rose four weeks in a row was between September and October of 2007."),
              "The last time the index rose four weeks in a row was between September and October of 2007");
    // A time of day is not a colon between clauses.
    EXPECT_EQ(title("In a speech at 16:00 UTC on Monday, the president presented a reorganization plan."),
              "The president presented a reorganization plan");
    // Announcing can be the event; "States" in "United States" is not a verb of saying.
    EXPECT_EQ(title("Apple announced the release of its new software suite on Tuesday."),
              "Apple announced the release of its new software suite");
    EXPECT_EQ(title("United States stock indexes posted gains on Tuesday."), "United States stock indexes posted gains");
    // Attribution at the end goes; a clause after the comma stays.
    EXPECT_EQ(title("The army retook the bridge on Monday, a senior commander said."), "The army retook the bridge");
    EXPECT_EQ(title("After months of delay, the company announced on Monday another special event to be held in Paris."),
              "The company announced another special event to be held in Paris");
}

// "The toll from an earthquake that struck on Monday rose on Tuesday": the relative clause's date
// is the happening's, told from its noun; the main clause's headline leaves that clause out.
TEST(EventHeadlines, AHappeningsRelativeClauseWithItsOwnDate) {
    const std::vector<Event> events =
        events_of("The death toll from a powerful earthquake that struck the north of the country on Monday rose above 2,000 on Tuesday.");
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[0].title, "A powerful earthquake struck the north of the country");  // with its modifier
    EXPECT_EQ(events[1].title, "The death toll from a powerful earthquake rose above 2,000");
    EXPECT_EQ(events_of("Officials said 81 children fell ill in a measles outbreak that began on Monday.")[0].title,
              "A measles outbreak began");
    // Not a happening's noun: the sentence's clause as before.
    EXPECT_EQ(events_of("The company that bought the plant on Monday sold it on Tuesday.")[0].title.find("The company"), 0u);
}

// The date of the main clause after a happening's relative clause is the main clause's: the
// headline keeps its subject ("The death toll from an earthquake", not "An earthquake rose").
TEST(EventHeadlines, TheMainClausesDateAfterAHappeningsRelativeClause) {
    const std::vector<Event> events =
        events_of("The death toll from an earthquake that struck the region on Monday rose above 2,000 on Tuesday.");
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[0].title, "An earthquake struck the region");
    EXPECT_EQ(events[1].title, "The death toll from an earthquake rose above 2,000");
}

// "A second quake", "another attack": one more happening of a kind told, never merged with the
// first; what the rule reads.
TEST(EventMerging, AFurtherHappeningIsNotTheFirst) {
    for (const char* further : {"A second large quake struck the region.", "Another deadly attack hit the market.",
                                "Troops launched a fresh offensive in the north."}) {
        const dateline::testing::SentenceReading r(further);
        EXPECT_TRUE(tells_a_further_happening(r.a, r.sentence().first_token, r.sentence().end_token)) << further;
    }
    for (const char* first : {"A large quake struck the region.", "Another man was arrested.", "A second team arrived."}) {
        const dateline::testing::SentenceReading r(first);
        EXPECT_FALSE(tells_a_further_happening(r.a, r.sentence().first_token, r.sentence().end_token)) << first;
    }
    const std::vector<Event> events = events_of(
        "An earthquake struck the region on Monday.\n"
        "A second large quake struck the region on Monday afternoon.");
    ASSERT_EQ(events.size(), 2u);
    for (const Event& e : events) EXPECT_EQ(e.sources.size(), 1u) << e.title;
}

// Each event of a sentence with two is its own, on the one date; a forecast is none.
TEST(EventClauses, TwoEventsOfOneSentenceAndNoForecast) {
    const std::vector<Event> events =
        events_of("On Monday, the rebels took the industrial district, and the national army drove them from the hills.");
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[0].title, "The rebels took the industrial district");
    EXPECT_EQ(events[1].title, "The national army drove them from the hills");
    EXPECT_EQ(events[0].first_day, events[1].first_day);
    EXPECT_NE(events[0].id, events[1].id);
    EXPECT_TRUE(events_of("The end of the talks on Monday will bring a new set of challenges for the region.").empty());
}

// "between April and June" is one span, not an event at each end; dates merely side by side stay two.
TEST(EventDates, DatesJoinedByBetweenAreOneSpan) {
    const std::vector<Event> span = events_of("The economy contracted by 0.9% between April and June 2008.");
    ASSERT_EQ(span.size(), 1u);
    EXPECT_EQ(to_iso(civil_from_days(span[0].first_day)), "2008-04-01");
    EXPECT_EQ(to_iso(civil_from_days(span[0].last_day)), "2008-06-30");
    EXPECT_EQ(starts_of(events_of("Sales fell in April 2008 and rose in June 2008.")),
              (std::vector<std::string>{"2008-04-01", "2008-06-01"}));
}

// "from 2001 to 2007" ("until", "through") is one span too; beside another date of the sentence,
// the span dates its own clause, a relative aside of the subject, and the other date the main one.
TEST(EventDates, DatesJoinedByFromAndToAreOneSpan) {
    auto dates_of = [](const Event& e) { return to_iso(civil_from_days(e.first_day)) + ".." + to_iso(civil_from_days(e.last_day)); };
    const std::vector<Event> tenure = events_of("John Carter served as mayor from 2001 until 2007.");
    ASSERT_EQ(tenure.size(), 1u);
    EXPECT_EQ(dates_of(tenure[0]), "2001-01-01..2007-12-31");
    const std::vector<Event> both =
        events_of("John Carter, 58, who served as mayor from 2001 to 2007, was convicted in January on four counts of bribery.");
    ASSERT_EQ(both.size(), 2u);
    EXPECT_EQ(dates_of(both[0]), "2001-01-01..2007-12-31");
    EXPECT_EQ(both[0].title, "John Carter served as mayor");
    EXPECT_EQ(dates_of(both[1]), "2009-01-01..2009-01-31");
    EXPECT_EQ(both[1].title, "John Carter was convicted on four counts of bribery");
    // "from" without a date right after its "to" stays a comparison, no date of a happening.
    EXPECT_EQ(starts_of(events_of("Exports rose from 2007 levels to $3 billion in January.")), (std::vector<std::string>{"2009-01-01"}));
}

namespace {

// A report for merge_events: one source in `article`, dated first..last, with the words and the
// main verb every report here shares (so only the dates decide).
Event report(uint32_t article, const char* first, const char* last, int give_or_take_days = 0) {
    Event e;
    e.first_day = days_from_civil(*parse_iso_date(first));
    e.last_day = days_from_civil(*parse_iso_date(last));
    e.precision = e.first_day == e.last_day ? Precision::Day : Precision::Week;
    e.give_or_take_days = give_or_take_days;
    e.id = std::string(first) + "-" + std::to_string(article);
    EventSource src;
    src.article = article;
    src.first_day = e.first_day;
    src.last_day = e.last_day;
    src.precision = e.precision;
    e.sources.push_back(src);
    return e;
}

MergeEvidence blew_up_the_mosque() { return {{1, 2, 3}, {"destroy"}, 5, {}, false}; }

std::string dates_of(const Event& e) {
    return to_iso(civil_from_days(e.first_day)) + ".." + to_iso(civil_from_days(e.last_day));
}

}  // namespace

// "blew up a week ago" (an approximate day, 23 June) and "blew up last week" (the week of 19
// June): one event, dated as the firmer report says; a report of a day within the few days
// either way joins too; and the approximate day does not narrow what the group can still take.
TEST(EventMerging, AnApproximateDayGivesWayToAFirmerReport) {
    const Gazetteer& g = Gazetteer::bundled();
    const std::vector<MergeEvidence> two(2, blew_up_the_mosque()), three(3, blew_up_the_mosque());
    std::vector<Event> merged = merge_events({report(0, "2017-06-23", "2017-06-23", 3), report(1, "2017-06-19", "2017-06-25")}, two, g);
    ASSERT_EQ(merged.size(), 1u);
    EXPECT_EQ(dates_of(merged[0]), "2017-06-19..2017-06-25");
    EXPECT_EQ(merged[0].give_or_take_days, 0);
    EXPECT_EQ(merged[0].sources.size(), 2u);
    // A day two days before the approximate one: the same happening, on the day stated.
    merged = merge_events({report(0, "2017-06-23", "2017-06-23", 3), report(1, "2017-06-21", "2017-06-21")}, two, g);
    ASSERT_EQ(merged.size(), 1u);
    EXPECT_EQ(dates_of(merged[0]), "2017-06-21..2017-06-21");
    // The week, the approximate day, and a report of 19 June: all one, on 19 June (the approximate
    // day's few days either way, 20-26 June, do not shut out the 19th the week allows).
    merged = merge_events({report(0, "2017-06-23", "2017-06-23", 3), report(1, "2017-06-19", "2017-06-25"),
                           report(2, "2017-06-19", "2017-06-19")},
                          three, g);
    ASSERT_EQ(merged.size(), 1u);
    EXPECT_EQ(dates_of(merged[0]), "2017-06-19..2017-06-19");
    // Out of reach of its few days: apart.
    merged = merge_events({report(0, "2017-06-23", "2017-06-23", 3), report(1, "2017-06-12", "2017-06-12")}, two, g);
    EXPECT_EQ(merged.size(), 2u);
}

// Two reports of one week's story that share its words but tell two actions: "the automakers
// pleaded before Congress for $14 billion" and "the Senate rejected the $14 billion bailout for
// the automakers" are a plea and a rejection, not one happening. Words alone merge them only when
// the main actions could be one (the same class, or one of them unknown), or when worded nearly
// alike.
TEST(EventMerging, SharedWordsDoNotMakeTwoActionsOne) {
    const Gazetteer& g = Gazetteer::bundled();
    // 4 of 9 words shared (44%): above what words alone need, below what two actions need.
    const MergeEvidence plea{{1, 2, 3, 4, 5, 6}, {"ask"}, 5, {}, false}, rejection{{1, 2, 3, 4, 7, 8, 9}, {"reject"}, 5, {}, false};
    EXPECT_EQ(merge_events({report(0, "2008-12-08", "2008-12-14"), report(1, "2008-12-12", "2008-12-12")}, {plea, rejection}, g).size(),
              2u);
    // The same words with the same main action, or with one action unknown: one event.
    const MergeEvidence rejection_told_again{{1, 2, 3, 4, 7, 8, 9}, {"ask"}, 5, {}, false}, unknown_action{{1, 2, 3, 4, 7, 8, 9}, {}, 5, {}, false};
    EXPECT_EQ(merge_events({report(0, "2008-12-08", "2008-12-14"), report(1, "2008-12-12", "2008-12-12")},
                           {plea, rejection_told_again}, g)
                  .size(),
              1u);
    EXPECT_EQ(merge_events({report(0, "2008-12-08", "2008-12-14"), report(1, "2008-12-12", "2008-12-12")}, {plea, unknown_action}, g)
                  .size(),
              1u);
    // Two actions worded nearly alike (6 of 8 words, 75%): still one.
    const MergeEvidence near_copy{{1, 2, 3, 4, 5, 6, 7, 8}, {"reject"}, 5, {}, false};
    EXPECT_EQ(merge_events({report(0, "2008-12-08", "2008-12-14"), report(1, "2008-12-12", "2008-12-12")}, {plea, near_copy}, g).size(),
              1u);
}

// One sentence naming two dates tells of two moments, one per clause: "Protesters marched a week
// ago, police said on Monday" is a march about 23 June, not Monday's. Its two reports never merge,
// however alike their words; the same article's reports from two sentences still may.
TEST(EventMerging, TwoDatesOfOneSentenceAreTwoEvents) {
    const Gazetteer& g = Gazetteer::bundled();
    const std::vector<MergeEvidence> two(2, blew_up_the_mosque());
    std::vector<Event> merged = merge_events({report(0, "2017-06-23", "2017-06-23", 3), report(0, "2017-06-26", "2017-06-26")}, two, g);
    ASSERT_EQ(merged.size(), 2u);
    EXPECT_EQ(dates_of(merged[0]), "2017-06-23..2017-06-23");
    EXPECT_EQ(merged[0].give_or_take_days, 3);
    Event later_sentence = report(0, "2017-06-26", "2017-06-26");
    later_sentence.sources[0].start = 200;
    merged = merge_events({report(0, "2017-06-23", "2017-06-23", 3), later_sentence}, two, g);
    EXPECT_EQ(merged.size(), 1u);
    // Read from a text: the march keeps its approximate day.
    ArticleInput in;
    in.file = in.label = "approx.txt";
    in.bytes = "Protesters return to the square\n\nProtesters marched through the capital a week ago, police said on Monday.\n";
    in.facts = EditorialFacts{"The Daily", std::nullopt, CivilDate{2017, 6, 30}};
    const Timeline t = build_timeline({in}, {});
    ASSERT_FALSE(t.events.empty());
    EXPECT_EQ(dates_of(t.events[0]), "2017-06-23..2017-06-23");
    EXPECT_EQ(t.events[0].give_or_take_days, 3);
}

// A monthly figure told only against the same month a year before is that month's figure a year
// later, when it has just ended (make_year_on_year_event); a month long past is no such report.
TEST(EventDates, AFigureComparedWithAYearBeforeIsTheMonthJustEnded) {
    const std::vector<Event> events = events_of("Acme's car sales in Canada dropped 23% compared to February of 2008.");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(dates_of(events[0]), "2009-02-01..2009-02-28");
    EXPECT_EQ(events[0].precision, Precision::Month);
    // The percentage as British and wire style write it.
    const std::vector<Event> british = events_of("Acme's car sales in Canada dropped 23 per cent compared to February of 2008.");
    ASSERT_EQ(british.size(), 1u);
    EXPECT_EQ(dates_of(british[0]), "2009-02-01..2009-02-28");
    EXPECT_TRUE(events_of("Acme's car sales in Canada dropped 23% compared to October of 2007.").empty());
    EXPECT_TRUE(events_of("Acme's workers in Canada were compared to those of February of 2008.").empty());
}

namespace {
Timeline read_one(const char* body) {
    ArticleInput in;
    in.file = in.label = "one.txt";
    in.bytes = std::string("A report\n\n") + body + "\n";
    in.facts = EditorialFacts{"The Daily", std::nullopt, CivilDate{2017, 6, 30}};
    return build_timeline({in}, {});
}
}  // namespace

// A short attribution closing a sentence ("..., police said on Monday") dates the report, not a
// second event, when the clause it reports holds its own date (dates_a_trailing_attribution);
// alone, its date still dates the sentence.
TEST(EventsFromASentence, ADatedAttributionAfterADatedReportIsNoSecondEvent) {
    Timeline t = read_one("Protesters marched through the capital a week ago, police said on Monday.");
    ASSERT_EQ(t.events.size(), 1u) << timeline_document_json(t);
    EXPECT_EQ(dates_of(t.events[0]), "2017-06-23..2017-06-23");
    t = read_one("The army retook the bridge on June 20, a spokesman for the ministry told reporters on Monday.");
    ASSERT_EQ(t.events.size(), 1u) << timeline_document_json(t);
    EXPECT_EQ(dates_of(t.events[0]), "2017-06-20..2017-06-20");
    // Without a date of its own, the reported clause is dated by the saying.
    t = read_one("Three people were killed in the blast, police said on Monday.");
    ASSERT_EQ(t.events.size(), 1u) << timeline_document_json(t);
    EXPECT_EQ(dates_of(t.events[0]), "2017-06-26..2017-06-26");
    // A second happening after the comma is an event of its own.
    t = read_one("The army retook the bridge on June 20, and the rebels shelled the town on Monday.");
    EXPECT_EQ(t.events.size(), 2u) << timeline_document_json(t);
}

// A date right after a verb of saying ("announced on Wednesday that") dates the report; when what
// was said holds a past happening with a date of its own, that is the one event
// (dates_a_leading_saying). What was said told as a plan leaves the saying its date.
TEST(EventsFromASentence, ADatedSayingOfADatedHappeningIsNoSecondEvent) {
    Timeline t = read_one("Acme announced on Wednesday that it saw a 45% drop in its sales in May.");
    ASSERT_EQ(t.events.size(), 1u) << timeline_document_json(t);
    EXPECT_EQ(dates_of(t.events[0]), "2017-05-01..2017-05-31");
    t = read_one("Police said Tuesday that the suspect was arrested on June 20.");
    ASSERT_EQ(t.events.size(), 1u) << timeline_document_json(t);
    EXPECT_EQ(dates_of(t.events[0]), "2017-06-20..2017-06-20");
    t = read_one("The minister said on Monday that the talks would resume in the autumn.");
    ASSERT_EQ(t.events.size(), 1u) << timeline_document_json(t);
    EXPECT_EQ(dates_of(t.events[0]), "2017-06-26..2017-06-26");
    // The other date in a happening's relative clause is that happening's: the saying keeps its own.
    t = read_one("Officials said on Monday that 81 children had been infected in an outbreak that began in early May.");
    ASSERT_EQ(t.events.size(), 2u) << timeline_document_json(t);
    EXPECT_EQ(dates_of(t.events[0]), "2017-05-01..2017-05-10");
    EXPECT_EQ(t.events[0].title, "An outbreak began");
    EXPECT_EQ(dates_of(t.events[1]), "2017-06-26..2017-06-26");
}

// A period whose end the clause after it gives (", which ended December 30, 2006") is the span
// ending that day (period_ended_on), one event, not the period and the day apart.
TEST(EventsFromASentence, APeriodThatEndedOnADayEndsThere) {
    Timeline t = read_one("Acme's profit rose 78 percent during the last quarter, which ended December 30, 2016.");
    ASSERT_EQ(t.events.size(), 1u) << timeline_document_json(t);
    EXPECT_EQ(dates_of(t.events[0]), "2016-10-01..2016-12-30");
    t = read_one("Acme posted a loss for the year that ended June 30, 2016.");
    ASSERT_EQ(t.events.size(), 1u) << timeline_document_json(t);
    EXPECT_EQ(dates_of(t.events[0]), "2015-07-01..2016-06-30");
}

// The current week, month or year told in the past tense ends on the day of publication
// (current_unit_so_far); in the present or future it is the whole unit.
TEST(EventsFromASentence, ThisWeekInThePastEndsOnTheDayOfPublication) {
    // Published Friday 30 June 2017: the week of Monday 26 June.
    Timeline t = read_one("Stock markets across the world fell dramatically this week.");
    ASSERT_EQ(t.events.size(), 1u) << timeline_document_json(t);
    EXPECT_EQ(dates_of(t.events[0]), "2017-06-26..2017-06-30");
    t = read_one("Shares of both banks have plunged more than 68% this year.");
    ASSERT_EQ(t.events.size(), 1u) << timeline_document_json(t);
    EXPECT_EQ(dates_of(t.events[0]), "2017-01-01..2017-06-30");
}

// A participle clause closing a sentence that tallies over a span around the main clause's date
// (", continuing their trend of having risen 23 percent this year") makes no second event
// (dates_a_trailing_tally); one with a date apart does.
TEST(EventsFromASentence, ARunningTallyAfterADatedMoveIsNoSecondEvent) {
    Timeline t = read_one("Shares of Acme rose $5.41 yesterday in regular trading, continuing their trend of having risen 23 percent this year.");
    ASSERT_EQ(t.events.size(), 1u) << timeline_document_json(t);
    EXPECT_EQ(dates_of(t.events[0]), "2017-06-29..2017-06-29");
    t = read_one("The rebels shelled the town on June 20, killing two people on June 22.");
    EXPECT_EQ(t.events.size(), 2u) << timeline_document_json(t);
}

namespace {
// The merge evidence of a one-sentence text, read against 2009-03-04.
struct ClauseEvidence {
    std::string text;
    ArticleAnalysis a;
    MergeEvidence evidence;
    explicit ClauseEvidence(std::string t)
        : text(std::move(t)), a(analyse_article(text, ReferenceDate{CivilDate{2009, 3, 4}, "test"}, Gazetteer::bundled())),
          evidence(evidence_of_clause(a, 0, static_cast<uint32_t>(a.tokens.size()))) {}
};
size_t shared_terms(const MergeEvidence& x, const MergeEvidence& y) {
    size_t n = 0;
    for (uint64_t t : x.terms) n += std::binary_search(y.terms.begin(), y.terms.end(), t);
    return n;
}
}  // namespace

// Rule "phrasal_term": a verb with its particle is one term with the noun made of them.
TEST(MergeEvidence, AVerbAndItsParticleAreTheNounMadeOfThem) {
    const ClauseEvidence noun("The bailout was rejected."), verb("A plan to bail out the firms failed."),
        past("The state bailed out the firms."), hyphen("The sell-off hit Asia."), spaced("Investors sell off stocks."),
        other("The bail was set high.");
    EXPECT_EQ(shared_terms(noun.evidence, verb.evidence), 1u);  // "bailout"
    EXPECT_EQ(shared_terms(noun.evidence, past.evidence), 1u);
    EXPECT_EQ(shared_terms(hyphen.evidence, spaced.evidence), 1u);  // "selloff"
    EXPECT_EQ(shared_terms(noun.evidence, other.evidence), 0u);     // "bail" alone is another word
}

// Rule "negated_approval": an approval that did not happen is a rejection.
TEST(MergeEvidence, AnApprovalThatFailedIsARejection) {
    EXPECT_EQ(ClauseEvidence("A plan to rescue the firms failed to pass the Senate.").evidence.verbs,
              std::vector<std::string>{"reject"});
    EXPECT_EQ(ClauseEvidence("The parliament refused to ratify the treaty.").evidence.verbs, std::vector<std::string>{"reject"});
    EXPECT_EQ(ClauseEvidence("The House did not approve the bill.").evidence.verbs, std::vector<std::string>{"reject"});
    EXPECT_EQ(ClauseEvidence("The Senate passed the bill.").evidence.verbs, std::vector<std::string>{"approve"});
}

// Rule "price_move": "fell" with a figure is a price moving, no capture; a town that fell is one.
TEST(MergeEvidence, APriceThatFellIsNoCapture) {
    EXPECT_EQ(ClauseEvidence("Shares of Exxon and Chevron fell by 1.5 and 3 percent.").evidence.verbs, std::vector<std::string>{});
    EXPECT_EQ(ClauseEvidence("The index fell 344.65 points.").evidence.verbs, std::vector<std::string>{});
    EXPECT_EQ(ClauseEvidence("The city fell to government forces.").evidence.verbs, std::vector<std::string>{"capture"});
    // In extraction: a market report's index and a company's shares that fell on the session's
    // day stay two events (both had been "a capture", merged by it).
    const Timeline t = dateline::testing::timeline_of(
        "The Dow Jones Industrial Average fell 344.65 points at the close of trading on Tuesday.\n"
        "Shares of energy companies ExxonMobil and Chevron fell by 1.5 and 3 percent, respectively.");
    EXPECT_EQ(t.events.size(), 2u);
}

// The two rules together: one vote told by two outlets, as a rejection and as a plan that failed
// to pass, with the bailout named as a noun and as a verb, is one event.
TEST(MergeEvidence, AVoteToldAsARejectionAndAsAFailureIsOneEvent) {
    std::vector<ArticleInput> in;
    in.push_back({"a.txt", "a.txt",
                  "Senate vote on the automakers ends in a rejection\nA $14 billion bailout deal for the automakers was rejected in the Senate on Thursday after a "
                  "procedural vote.\n",
                  EditorialFacts{"One", std::nullopt, CivilDate{2008, 12, 12}}});
    in.push_back({"b.txt", "b.txt",
                  "Automakers left without a rescue from Congress\nA plan to bail out three large auto companies failed to pass the Senate this week.\n",
                  EditorialFacts{"Two", std::nullopt, CivilDate{2008, 12, 13}}});
    const std::vector<Event> events = build_timeline(std::move(in)).events;
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].sources.size(), 2u);
    EXPECT_EQ(to_iso(civil_from_days(events[0].first_day)), "2008-12-11");
}

// Rule "phrasal_verb_class": a verb whose word alone has no class takes the class of the verb
// with its particle ("stepped down" is a resignation); another particle ("stepped up") is none.
TEST(MergeEvidence, AVerbWithItsParticleTakesTheirClass) {
    EXPECT_EQ(ClauseEvidence("The chairman stepped down from the board.").evidence.verbs, std::vector<std::string>{"resign"});
    EXPECT_EQ(ClauseEvidence("The chairman has chosen to step down.").evidence.verbs, std::vector<std::string>{"resign"});
    EXPECT_EQ(ClauseEvidence("The factory stepped up production.").evidence.verbs, std::vector<std::string>{});
}

// Proper names stand for the actors the gazetteer does not list: capitalised words that do not
// open their sentence.
TEST(MergeEvidence, ProperNamesAreCapitalisedWordsInsideTheSentence) {
    EXPECT_EQ(ClauseEvidence("On Monday, Smith resigned from the board.").evidence.names.size(), 1u);  // Smith
    EXPECT_EQ(ClauseEvidence("Yesterday the board met.").evidence.names.size(), 0u);  // "Yesterday" opens it
}

namespace {
// A report of a resignation in `article` on `day`, its evidence with the name `name` (a term
// hash) and `news` set when it is news told without a date.
Event resignation(uint32_t article, const char* day) { return report(article, day, day); }
MergeEvidence resigned(uint64_t name, bool news, const char* verb = "resign") {
    MergeEvidence e{{name, 20, 21, 22}, {verb}, 5, {}, false};
    e.names = {name};
    e.news_without_date = news;
    return e;
}
}  // namespace

// Rule "news_told_late": a report dated to the day of publication only because it is told as news
// without a date ("Smith has chosen to step down", published on 25 August) is one event with
// another article's report of the same action by the same actor stated a day or two before ("On
// August 24, Smith resigned"), and takes that stated day. Not with another actor, another action,
// few words in common, three days before, or when both are undated news.
TEST(EventMerging, NewsToldWithoutADateTakesTheStatedDayOfTheSameAction) {
    const Gazetteer& g = Gazetteer::bundled();
    const uint64_t smith = 7, jones = 8;
    std::vector<Event> merged =
        merge_events({resignation(0, "2011-08-24"), resignation(1, "2011-08-25")}, {resigned(smith, false), resigned(smith, true)}, g);
    ASSERT_EQ(merged.size(), 1u);
    EXPECT_EQ(dates_of(merged[0]), "2011-08-24..2011-08-24");
    EXPECT_EQ(merged[0].sources.size(), 2u);
    // Input order does not matter: the stated day dates it when the news comes first too.
    merged = merge_events({resignation(0, "2011-08-25"), resignation(1, "2011-08-23")}, {resigned(smith, true), resigned(smith, false)}, g);
    ASSERT_EQ(merged.size(), 1u);
    EXPECT_EQ(dates_of(merged[0]), "2011-08-23..2011-08-23");
    // Apart: three days before; another actor; another action; both news; the same article.
    EXPECT_EQ(merge_events({resignation(0, "2011-08-22"), resignation(1, "2011-08-25")}, {resigned(smith, false), resigned(smith, true)}, g)
                  .size(),
              2u);
    MergeEvidence other_actor = resigned(jones, false);
    other_actor.terms = {jones, 20, 21, 22};
    EXPECT_EQ(merge_events({resignation(0, "2011-08-24"), resignation(1, "2011-08-25")}, {other_actor, resigned(smith, true)}, g).size(), 2u);
    EXPECT_EQ(merge_events({resignation(0, "2011-08-24"), resignation(1, "2011-08-25")},
                           {resigned(smith, false, "sell"), resigned(smith, true)}, g)
                  .size(),
              2u);
    EXPECT_EQ(merge_events({resignation(0, "2011-08-24"), resignation(1, "2011-08-25")}, {resigned(smith, true), resigned(smith, true)}, g)
                  .size(),
              2u);
    // The same actor and action told with no other words in common (1 of 7): apart.
    MergeEvidence other_words = resigned(smith, false);
    other_words.terms = {smith, 30, 31, 32};
    EXPECT_EQ(merge_events({resignation(0, "2011-08-24"), resignation(1, "2011-08-25")}, {other_words, resigned(smith, true)}, g).size(), 2u);
    Event same_article = resignation(0, "2011-08-25");
    same_article.sources[0].start = 300;
    EXPECT_EQ(merge_events({resignation(0, "2011-08-24"), same_article}, {resigned(smith, false), resigned(smith, true)}, g).size(), 2u);
    // A news report of the day itself still merges as before, and keeps its day.
    merged = merge_events({resignation(0, "2011-08-25"), resignation(1, "2011-08-25")}, {resigned(smith, false), resigned(smith, true)}, g);
    ASSERT_EQ(merged.size(), 1u);
    EXPECT_EQ(dates_of(merged[0]), "2011-08-25..2011-08-25");
}

// The rule in extraction: a lead that tells the resignation as news without a date, published the
// day after another outlet's "On August 24", is one event on 24 August, with both sources, and
// says why it was merged.
TEST(EventMerging, ALeadToldAsNewsJoinsTheReportThatStatesItsDay) {
    std::vector<ArticleInput> in;
    in.push_back({"a.txt", "a.txt",
                  "A life in computing\nOn August 24, Smith resigned from his post as chief executive.\n",
                  EditorialFacts{"One", std::nullopt, CivilDate{2011, 10, 6}}});
    in.push_back({"b.txt", "b.txt",
                  "Smith leaves the company\nJohn Smith, founder of the company, has chosen to step down from his post as chief executive.\n",
                  EditorialFacts{"Two", std::nullopt, CivilDate{2011, 8, 25}}});
    const Timeline t = build_timeline(std::move(in));
    ASSERT_EQ(t.events.size(), 1u) << timeline_document_json(t);
    EXPECT_EQ(dates_of(t.events[0]), "2011-08-24..2011-08-24");
    EXPECT_EQ(t.events[0].sources.size(), 2u);
    ASSERT_EQ(t.merge_notes.size(), 1u);
    EXPECT_NE(t.merge_notes[0].reason.find("without a date"), std::string::npos) << t.merge_notes[0].reason;
}

// Rule "demonym_is_its_country": a country told by its demonym and by its name is one actor
// among the clauses' names; another country is not.
TEST(MergeEvidence, ACountryAndItsDemonymAreOneActor) {
    const ClauseEvidence demonym("The slip followed a sell-off in Chinese markets."), named("Markets fell after China acted."),
        other("Markets fell after Japan acted.");
    const auto shared_names = [](const MergeEvidence& x, const MergeEvidence& y) {
        size_t n = 0;
        for (uint64_t t : x.names) n += std::binary_search(y.names.begin(), y.names.end(), t);
        return n;
    };
    EXPECT_EQ(shared_names(demonym.evidence, named.evidence), 1u);
    EXPECT_EQ(shared_names(demonym.evidence, other.evidence), 0u);
}

// With rule "news_told_late": the next day's lead "The Chinese government has rejected the trade
// proposal" is the same actor and action as "On Monday, China rejected the trade proposal".
TEST(EventMerging, ACountryToldByItsDemonymIsTheSameActor) {
    std::vector<ArticleInput> in;
    in.push_back({"a.txt", "a.txt", "Talks stall\nOn Monday, China rejected the trade proposal of its neighbours.\n",
                  EditorialFacts{"One", std::nullopt, CivilDate{2009, 3, 4}}});
    in.push_back({"b.txt", "b.txt", "Proposal turned down\nThe Chinese government has rejected the trade proposal.\n",
                  EditorialFacts{"Two", std::nullopt, CivilDate{2009, 3, 3}}});
    const Timeline t = build_timeline(std::move(in));
    ASSERT_EQ(t.events.size(), 1u) << timeline_document_json(t);
    EXPECT_EQ(dates_of(t.events[0]), "2009-03-02..2009-03-02");
}
