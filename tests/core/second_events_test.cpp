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

TEST(SecondEvents, AListWithDatesStaysOneEventPerDate) {
    const std::vector<Dated> e = events_of("The index rose 5% in January and 3% in February.");
    ASSERT_EQ(e.size(), 2u);
    EXPECT_EQ(e[0].title, e[1].title);  // the whole sentence for each: nothing to cut it at
}
