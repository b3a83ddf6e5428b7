// A second event inside one sentence (core/headline.h: second_predicate_start and
// second_clause_start, read by core/events.cpp): each dated predicate or clause its own event,
// with its own date and headline; sentences that must not split stay one event per date.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "calendar.h"
#include "headline.h"
#include "sentence_reading.h"
#include "timeline.h"

using namespace dateline;
using dateline::testing::SentenceReading;
using dateline::testing::event_with;
using dateline::testing::timeline_of;

namespace {

// One sentence with two dates, read against a publication date of 2009-03-04.
struct Read : SentenceReading {
    using SentenceReading::SentenceReading;
    std::string second_predicate() const {
        const Sentence& s = sentence();
        const uint32_t at = second_predicate_start(a, s.first_token, s.end_token, a.timexes.at(0), a.timexes.at(1));
        return at ? std::string(a.token(at)) : "(none)";
    }
};

struct Dated {
    std::string day, title;
};

std::vector<Dated> events_of(const std::string& body) {
    std::vector<Dated> out;
    for (const Event& e : timeline_of(body).events) out.push_back({to_iso(civil_from_days(e.first_day)), e.title});
    return out;
}

}  // namespace

TEST(SecondEvents, TwoDatedPredicatesOfOneSubject) {
    EXPECT_EQ(Read("The suspect was arrested on Monday and charged with murder on Tuesday.").second_predicate(), "charged");
    EXPECT_EQ(Read("The company cut 500 jobs in January and then closed two plants in February.").second_predicate(), "closed");
}

TEST(SecondEvents, ASecondPredicateWithItsAuxiliary) {
    // "and was re-elected in 2019": the second predicate opens with its auxiliary.
    EXPECT_EQ(Read("The party won power in 2005 and was re-elected in 2007.").second_predicate(), "was");
    EXPECT_EQ(Read("The officer testified in January and is due to be sentenced next month.").second_predicate(), "is");
    // An auxiliary without a verb of its own after it is no predicate ("and was in 2007 too").
    EXPECT_EQ(Read("The index rose 5% in May and was flat in June.").second_predicate(), "(none)");
}

TEST(SecondEvents, EachPredicateWithAnAuxiliaryItsOwnEvent) {
    const std::vector<Dated> e = events_of("The party won power in 2005 and was re-elected in 2007.");
    ASSERT_EQ(e.size(), 2u);
    EXPECT_EQ(e[0].day, "2005-01-01");
    EXPECT_EQ(e[0].title, "The party won power");
    EXPECT_EQ(e[1].day, "2007-01-01");
    EXPECT_EQ(e[1].title, "The party was re-elected");
    // Each predicate with its own auxiliary: the subject alone is shared, not the first one's "was".
    const std::vector<Dated> both = events_of("The suspect was arrested on Monday and was charged with murder on Tuesday.");
    ASSERT_EQ(both.size(), 2u);
    EXPECT_EQ(both[1].title, "The suspect was charged with murder");
}

TEST(SecondEvents, AWhenClauseAfterALaterDateTellsWhatHappenedThen) {
    // "a record set in 1941, when it reached 4.76 metres": the main clause has its own date; the
    // "when" clause tells what happened in 1941.
    const std::vector<Dated> e = events_of("The river crested at 5.35 metres on March 1, breaking a record set in 1941, when it reached 4.76 metres.");
    ASSERT_EQ(e.size(), 2u);
    EXPECT_EQ(e[0].day, "1941-01-01");
    EXPECT_EQ(e[0].title, "The river reached 4.76 metres");
    EXPECT_EQ(e[1].day, "2009-03-01");
    EXPECT_EQ(e[1].title, "The river crested at 5.35 metres");
    // One date: the main clause is its event ("when" tells more of the same moment).
    const std::vector<Dated> one = events_of("The ceasefire began on March 1, when the troops withdrew.");
    ASSERT_EQ(one.size(), 1u);
    EXPECT_EQ(one[0].title, "The ceasefire began");
}

TEST(SecondEvents, AnAppositionsDatedRelativeClauseIsWhatTheNameDid) {
    // "Maria Alves, the novelist who won the prize in 1998, died on Tuesday": the apposition is an
    // aside with its own date; the main clause is the name's and goes on after it.
    const std::vector<Dated> e =
        events_of("Maria Alves, the Portuguese novelist who won the Nobel Prize in 1998, died on Tuesday at her home in Lisbon.");
    ASSERT_EQ(e.size(), 2u);
    EXPECT_EQ(e[0].day, "1998-01-01");
    EXPECT_EQ(e[0].title, "Maria Alves won the Nobel Prize");
    EXPECT_EQ(e[1].day, "2009-03-03");
    EXPECT_EQ(e[1].title, "Maria Alves died at her home in Lisbon");
}

TEST(SecondEvents, ADecadeDatesWhatHappenedInIt) {
    // "spent much of the 1970s in exile": the decade is when; the headline keeps what "much of" counts.
    const std::vector<Dated> e = events_of("The book was banned in 1964, and she spent much of the 1970s in exile in Paris.");
    ASSERT_EQ(e.size(), 2u);
    EXPECT_EQ(e[0].day, "1964-01-01");
    EXPECT_EQ(e[1].day, "1970-01-01");
    EXPECT_EQ(e[1].title, "She spent much of the 1970s in exile in Paris");
    // A decade qualifying a noun, or how far back something goes, dates nothing.
    EXPECT_TRUE(events_of("The car rid Detroit of the boxy cars of the 70s and 80s.").empty());
    EXPECT_TRUE(events_of("The policy dates back to the early 1990s.").empty());
}

TEST(SecondEvents, SentencesThatMustNotSplit) {
    // A list of objects or places with their dates: no verb after "and".
    EXPECT_EQ(Read("The index rose 5% in May and 3% in June.").second_predicate(), "(none)");
    EXPECT_EQ(Read("The leaders met in Paris on Monday and in London on Tuesday.").second_predicate(), "(none)");
    // "and" inside a name, before both dates.
    EXPECT_EQ(Read("Johnson and Johnson recalled the drug on Monday and on Tuesday.").second_predicate(), "(none)");
    // A span: "between ... and" joins the dates themselves.
    EXPECT_EQ(Read("The economy contracted between April and June.").second_predicate(), "(none)");
}

TEST(SecondEvents, EachPredicateItsOwnDateAndHeadline) {
    const std::vector<Dated> e = events_of("The suspect was arrested on Monday and charged with murder on Tuesday.");
    ASSERT_EQ(e.size(), 2u);
    EXPECT_EQ(e[0].day, "2009-03-02");
    EXPECT_EQ(e[0].title, "The suspect was arrested");
    EXPECT_EQ(e[1].day, "2009-03-03");
    EXPECT_EQ(e[1].title, "The suspect was charged with murder");  // the subject and its auxiliary shared
}

TEST(SecondEvents, EachClauseOfTwoSubjectsOnlyWithItsOwnDate) {
    const std::vector<Dated> e = events_of("The rebels took the airport on March 1, and the army retook the airport on March 2.");
    ASSERT_EQ(e.size(), 2u);
    EXPECT_EQ(e[0].day, "2009-03-01");
    EXPECT_EQ(e[0].title, "The rebels took the airport");
    EXPECT_EQ(e[1].day, "2009-03-02");
    EXPECT_EQ(e[1].title, "The army retook the airport");
    // Two subjects on one date: both events on it, as before.
    const std::vector<Dated> same = events_of("The rebels took the airport on March 1, and the army shelled the town.");
    ASSERT_EQ(same.size(), 2u);
    EXPECT_EQ(same[1].day, "2009-03-01");
}

// A subject opened by a possessive, renamed by a name between commas, opens a clause of its own.
TEST(SecondEvents, ASecondClauseWithAPossessiveSubjectAndItsName) {
    const std::vector<Dated> e =
        events_of("Her eldest son, Craig, took his own life in 2006, and her second son, Ronnie, died in December 2008.");
    ASSERT_EQ(e.size(), 2u);
    EXPECT_EQ(e[0].day, "2006-01-01");
    EXPECT_EQ(e[0].title.find("Ronnie"), std::string::npos) << e[0].title;
    EXPECT_EQ(e[1].day, "2008-12-01");
    EXPECT_NE(e[1].title.find("Ronnie"), std::string::npos) << e[1].title;
    EXPECT_EQ(e[1].title.find("Craig"), std::string::npos) << e[1].title;
}

// A date after ", but" is only its own clause's: the contrast is a later turn. One before it still
// dates both clauses.
TEST(SecondEvents, ADateAfterButIsOnlyItsClauses) {
    const std::vector<Dated> e = events_of("The agency tried to block the deal in court, but a judge ruled against it in July.");
    ASSERT_EQ(e.size(), 1u);
    EXPECT_EQ(e[0].day, "2008-07-01");
    EXPECT_EQ(e[0].title.rfind("A judge ruled against", 0), 0u) << e[0].title;
    const std::vector<Dated> before = events_of("The rebels took the airport on March 1, but the army shelled the town.");
    ASSERT_EQ(before.size(), 2u);
    EXPECT_EQ(before[1].day, "2009-03-01");
}

TEST(SecondEvents, AListWithDatesStaysOneEventPerDate) {
    const std::vector<Dated> e = events_of("The index rose 5% in January and 3% in February.");
    ASSERT_EQ(e.size(), 2u);
    // One verb, two dated objects: each date's headline keeps its own (object_of_its_own_date).
    EXPECT_EQ(e[0].title, "The index rose 5%");
    EXPECT_EQ(e[1].title, "The index rose 3%");
}

TEST(SecondEvents, DatedPredicateAfterAState) {
    // A present state, then "and" and a dated past predicate: the date is the second's alone.
    const auto at = [](const std::string& text) {
        const SentenceReading r(text);
        const Sentence& s = r.sentence();
        const uint32_t v = dated_predicate_after_state(r.a, s.first_token, s.end_token, r.a.timexes.at(0));
        return v ? std::string(r.a.token(v)) : "(none)";
    };
    EXPECT_EQ(at("Apple is the producer of the world's most-sold MP3 player, the iPod and launched the iTunes Music Store on "
                 "April 28, 2003."),
              "launched");
    EXPECT_EQ(at("The unions are members of the federation and staged a strike on Monday."), "staged");
    // A past first predicate may share the date; a date before "and" is the state's sentence's own.
    EXPECT_EQ(at("Iraqi forces took the town and drove the jihadists out on Tuesday."), "(none)");
    EXPECT_EQ(at("The company is the largest employer in Ohio since 2003 and opened a plant in Texas."), "(none)");
    // A passive state ("is expected") is no state of the present: a verb of its own before "and".
    EXPECT_EQ(at("The vote is expected and passed on Monday."), "(none)");

    const std::vector<Dated> e = events_of(
        "Apple is the producer of the world's most-sold MP3 player, the iPod and launched the iTunes Music Store on April "
        "28, 2003.");
    ASSERT_EQ(e.size(), 1u);
    EXPECT_EQ(e[0].day, "2003-04-28");
    EXPECT_EQ(e[0].title, "Apple launched the iTunes Music Store");
}

TEST(SecondEvents, PassiveSubjectWithAnActiveSecondVerb) {
    // "was started ... and launched the store": the second verb takes an object, so it is active
    // and does not share the auxiliary.
    const std::vector<Dated> e =
        events_of("Apple Computer was started by Steve Jobs and Steve Wozniak in 1976, and launched the iTunes Music Store in 2003.");
    ASSERT_EQ(e.size(), 2u);
    EXPECT_EQ(e[1].day, "2003-01-01");
    EXPECT_EQ(e[1].title, "Apple Computer launched the iTunes Music Store");
    // An object without a determiner ("entered lunar orbit") makes the verb active too; a
    // preposition, an adverb or a time after it leaves it a participle sharing "was".
    const std::vector<Dated> orbit = events_of("The probe was launched in September and entered lunar orbit on December 25.");
    ASSERT_EQ(orbit.size(), 2u);
    EXPECT_EQ(orbit[1].title, "The probe entered lunar orbit");
    const std::vector<Dated> hurt = events_of("The driver was injured on Monday and treated at a hospital on Tuesday.");
    ASSERT_EQ(hurt.size(), 2u);
    EXPECT_EQ(hurt[1].title, "The driver was treated at a hospital");
}

TEST(SecondEvents, TheDatedPredicateIsWhatMergingCompares) {
    // Two outlets tell one launch, one with a day after a state, one with a year: the words
    // compared are the launch's, not the state's, so the two are one event with the day.
    std::vector<ArticleInput> in;
    in.push_back({"a.txt", "a.txt",
                  "A title for the test\nApple is the producer of the world's most-sold MP3 player, the iPod, a digital music "
                  "device for millions of listeners and launched the iTunes Music Store on April 28, 2003.\n",
                  EditorialFacts{"One", std::nullopt, dateline::testing::kTestPublished}});
    in.push_back({"b.txt", "b.txt", "Another title for the test\nApple launched the iTunes Music Store in 2003.\n",
                  EditorialFacts{"Two", std::nullopt, dateline::testing::kTestPublished}});
    const Timeline t = build_timeline(std::move(in));
    ASSERT_EQ(t.events.size(), 1u);
    EXPECT_EQ(t.events[0].sources.size(), 2u);
    EXPECT_EQ(to_iso(civil_from_days(t.events[0].first_day)), "2003-04-28");
}

// second_predicate_start reads "but" as it reads "and"; the first predicate's adverb stays with it
// (supply_missing_subject).
TEST(SecondEvents, TwoDatedPredicatesJoinedByBut) {
    const std::vector<Dated> e =
        events_of("The district first proposed closing seven schools in October, but scaled the plan back in January after protests.");
    ASSERT_EQ(e.size(), 2u);
    EXPECT_EQ(e[0].day, "2008-10-01");
    EXPECT_EQ(e[0].title, "The district first proposed closing seven schools");
    EXPECT_EQ(e[1].day, "2009-01-01");
    EXPECT_EQ(e[1].title, "The district scaled the plan back");
}

// second_clause_start: a subject with no article ("lava"), with a preposition and its article
// ("lava from an eruption") or a date inside it ("an eruption on January 14") opens a clause of its
// own; a verb's prefix ("re-entered") and a bare noun's saying ("and analysts said") do not.
TEST(SecondEvents, ASecondClauseWithABareNounSubject) {
    const std::vector<Dated> e =
        events_of("Grindavik was evacuated in November, but lava from an eruption on January 14 set three houses on fire.");
    ASSERT_EQ(e.size(), 2u);
    EXPECT_EQ(e[0].title, "Grindavik was evacuated");
    EXPECT_EQ(e[1].day, "2009-01-14");
    EXPECT_EQ(e[1].title, "Lava from an eruption set three houses on fire");
    const std::vector<Dated> bare = events_of("Grindavik was evacuated in November, but residents returned in January.");
    ASSERT_EQ(bare.size(), 2u);
    EXPECT_EQ(bare[1].title.rfind("Residents returned", 0), 0u) << bare[1].title;
    const std::vector<Dated> prefix = events_of("GM recovered from bankruptcy, and re-entered the stock market in November 2008.");
    ASSERT_EQ(prefix.size(), 1u);
    const std::vector<Dated> saying = events_of("Both models were redesigned in 2008, and analysts said that quality improved.");
    ASSERT_EQ(saying.size(), 1u);
    EXPECT_EQ(saying[0].title.find("Quality"), std::string::npos);
}

// A date of the other clause that could not be placed still keeps this date out of it: "and work
// began in January last year" with no date of publication is not the summer's.
TEST(SecondEvents, AnUnplacedDateKeepsItsClause) {
    const Timeline t = timeline_of("The library closed in March 2022. The council approved the plan that summer, and work began in January last year.",
                                   std::nullopt);
    for (const Event& e : t.events) EXPECT_EQ(e.title.find("Work began"), std::string::npos) << e.title;
    ASSERT_NE(event_with(t, "The council approved the plan"), nullptr);
}
