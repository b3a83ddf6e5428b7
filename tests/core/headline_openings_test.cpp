// The headline rules of core/headline_openings.h and core/headline_cuts.h, one test each, on
// sentences written for the test; each rule applied alone to a draft of the whole sentence.
#include <gtest/gtest.h>

#include <string>

#include "headline_cuts.h"
#include "headline_openings.h"
#include "sentence_reading.h"

using namespace dateline;
using dateline::testing::SentenceReading;

namespace {

// The sentence after one rule, spelled from the kept words; the date is its first time expression.
template <typename Rule>
std::string after(const std::string& sentence, Rule rule) {
    const SentenceReading r(sentence);
    const TimeExpression* date = nullptr;
    for (const TimeExpression& e : r.a.timexes)
        if (e.dated && !date) date = &e;
    if (!date) return "(no date)";
    HeadlineDraft d(r.a, *date, 0, static_cast<uint32_t>(r.a.tokens.size()));
    rule(d);
    return spell_kept_words(d);
}

// Does the rule leave the sentence as it is?
template <typename Rule>
bool leaves_alone(const std::string& sentence, Rule rule) {
    return after(sentence, rule) == sentence;
}

}  // namespace

TEST(HeadlineOpenings, DropOpeningParticiple) {
    EXPECT_EQ(after("Citing \"a safety measure\", Acme announced on Monday that two engines failed.", drop_opening_participle),
              "Acme announced on Monday that two engines failed.");
    // A noun in "-ing" is the subject; no capitalised subject after the comma, nothing goes.
    EXPECT_EQ(after("Trading was halted on Monday, and prices fell.", drop_opening_participle),
              "Trading was halted on Monday, and prices fell.");
    EXPECT_EQ(after("Speaking slowly, he resigned on Monday.", drop_opening_participle), "Speaking slowly, he resigned on Monday.");
    // A past participle's phrase, with a place's comma inside: up to the comma a name and its verb follow.
    EXPECT_EQ(after("Born in Fuerth, Germany, in 1923, Kissinger fled persecution on Monday.", drop_opening_participle),
              "Kissinger fled persecution on Monday.");
}

TEST(HeadlineOpenings, DropDescriptorBeforeName) {
    EXPECT_EQ(after("The US automobile manufacturer Ford posted a profit on Monday.", drop_descriptor_before_name),
              "Ford posted a profit on Monday.");
    EXPECT_EQ(after("The United States automobile manufacturing firm General Motors closed a plant on Monday.",
                    drop_descriptor_before_name),
              "General Motors closed a plant on Monday.");
    // No name after the noun: the description is the subject.
    EXPECT_EQ(after("The Japanese automaker cut 500 jobs on Monday.", drop_descriptor_before_name),
              "The Japanese automaker cut 500 jobs on Monday.");
    // Not opening with "the".
    EXPECT_EQ(after("Rival automaker Ford cut prices on Monday.", drop_descriptor_before_name),
              "Rival automaker Ford cut prices on Monday.");
}

TEST(HeadlineOpenings, DropOwnSaying) {
    EXPECT_EQ(after("Ford has said that it posted a profit of $997 million in the third quarter.", drop_own_saying),
              "Ford posted a profit of $997 million in the third quarter.");
    // The saying is dated: it is the event.
    EXPECT_EQ(after("China Eastern Airlines stated on Thursday that it had signed a contract.", drop_own_saying),
              "China Eastern Airlines stated on Thursday that it had signed a contract.");
    // A plan stays a saying; someone else's deed ("that the union") is drop_leading_attribution's.
    EXPECT_EQ(after("Ford said that it would close a plant in the third quarter.", drop_own_saying),
              "Ford said that it would close a plant in the third quarter.");
    EXPECT_EQ(after("Ford said that the union struck in the third quarter.", drop_own_saying),
              "Ford said that the union struck in the third quarter.");
}

TEST(HeadlineOpenings, ADatedSayingIsTheEvent) {
    EXPECT_EQ(after("Acme Corp announced on Wednesday that most bondholders refused the offer.", drop_leading_attribution),
              "Acme Corp announced on Wednesday that most bondholders refused the offer.");
    EXPECT_EQ(after("Acme Corp announced that most bondholders refused the offer on Wednesday.", drop_leading_attribution),
              "most bondholders refused the offer on Wednesday.");
}

TEST(HeadlineCuts, BeforeToOfPurposeNotAfterAVerb) {
    EXPECT_TRUE(is_cut_before_to("stoppage"));
    EXPECT_TRUE(is_cut_before_to("contract"));
    EXPECT_FALSE(is_cut_before_to("agreed"));
    EXPECT_FALSE(is_cut_before_to("managed"));
    EXPECT_FALSE(is_cut_before_to("has"));
    EXPECT_FALSE(is_cut_before_to("up"));
    EXPECT_FALSE(is_cut_before_to("plans"));
}

TEST(HeadlineCuts, BeforeAParticiplePhraseAfterANoun) {
    EXPECT_TRUE(is_cut_before_participle("map", "showing"));
    EXPECT_TRUE(is_cut_before_participle("8.5%", "reaching"));
    EXPECT_FALSE(is_cut_before_participle("was", "fighting"));
    EXPECT_FALSE(is_cut_before_participle("the", "building"));
    EXPECT_FALSE(is_cut_before_participle("in", "morning"));
    EXPECT_FALSE(is_cut_before_participle("stock", "trading"));
}

TEST(HeadlineCuts, BeforeAParticipleThatWantsItsComplementNotAfterIt) {
    EXPECT_TRUE(wants_its_complement("involved"));
    EXPECT_TRUE(wants_its_complement("accused"));
    EXPECT_FALSE(wants_its_complement("released"));
    EXPECT_TRUE(is_cut_before_complement_participle("warriors", "involved"));
    EXPECT_FALSE(is_cut_before_complement_participle("were", "involved"));
    EXPECT_FALSE(is_cut_before_complement_participle("the", "accused"));
    EXPECT_FALSE(is_cut_before_complement_participle("warriors", "released"));
    // The whole line is 128 characters: "involved" is no place to end; before it, the phrase is whole.
    EXPECT_EQ(shortened("The group's media wing released images of its hardened fighters involved in a bloody gun battle with "
                        "the army in the enclave"),
              "The group's media wing released images of its hardened fighters");
    // A participle after a noun that wants its agent is no place to end: "... by a team led".
    EXPECT_TRUE(wants_its_complement("led"));
    EXPECT_EQ(shortened("The bones of Kumimanu fordycei were found by a team led by Daniel Thomas of Massey University on a "
                        "beach near Moeraki"),
              "The bones of Kumimanu fordycei were found by a team");
}

TEST(HeadlineCuts, ShortenedEndsAtAPhraseNotInsideOne) {
    EXPECT_EQ(shortened("Nearly 14,000 employees at four French sites had a two hour work stoppage to protest the job cuts announced"),
              "Nearly 14,000 employees at four French sites had a two hour work stoppage");
    // No verb within reach: still cut between phrases, not marked as cut inside one.
    EXPECT_EQ(shortened("The departure from France of the new Acme A380 superjumbo airliner on a tour of Asia and Australia was delayed"),
              "The departure from France of the new Acme A380 superjumbo airliner on a tour of Asia");
    // "Boeing" ends in "ing" but is a name, no participle: no stop before it; the first place to stop
    // is within 100 characters ("About 90", HeadlineRules.ShortenedKeepsALineOfAboutNinety...).
    EXPECT_EQ(shortened("Officials from the People's Republic of China have agreed to purchase 60 Boeing 787 Dreamliners for $7.2 billion"),
              "Officials from the People's Republic of China have agreed to purchase 60 Boeing 787 Dreamliners");
}

TEST(HeadlineOpenings, DropLongOpeningSetting) {
    EXPECT_EQ(after("In a televised speech from the White House at 16:00 UTC on Monday, President Barack Obama presented a "
                    "reorganization plan for the carmaker.",
                    drop_long_opening_setting),
              "President Barack Obama presented a reorganization plan for the carmaker.");
    EXPECT_EQ(after("In a ceremony attended by several European political leaders and 5,000 VIP guests, Acme unveiled plans for "
                    "its new plane on Monday.",
                    drop_long_opening_setting),
              "Acme unveiled plans for its new plane on Monday.");
    // Short enough to stand as it is: the setting stays.
    EXPECT_TRUE(leaves_alone("In a speech at the White House on Monday, Barack Obama presented a plan.", drop_long_opening_setting));
    // No capitalised subject after the comma: the phrase is not a setting before a clause.
    EXPECT_TRUE(leaves_alone("In a ceremony attended by several European political leaders and 5,000 VIP guests on Monday, it was "
                             "announced that the company would build a new plane for long routes.",
                             drop_long_opening_setting));
}

TEST(HeadlineOpenings, DropOpeningInterval) {
    EXPECT_EQ(after("One year later he was fired on Monday.", drop_opening_interval), "he was fired on Monday.");
    EXPECT_EQ(after("Two weeks earlier, the board met on Monday.", drop_opening_interval), "the board met on Monday.");
    EXPECT_EQ(after("A few days later the plant closed on Monday.", drop_opening_interval), "the plant closed on Monday.");
    // A count of something else, or no "later"/"earlier": the opening is the subject.
    EXPECT_TRUE(leaves_alone("Two years of talks ended on Monday.", drop_opening_interval));
    EXPECT_TRUE(leaves_alone("One worker was hurt on Monday.", drop_opening_interval));
}

TEST(HeadlineOpenings, DropRepeatedSubjectPronoun) {
    EXPECT_EQ(after("he was fired on Monday and he founded a company.", drop_repeated_subject_pronoun),
              "he was fired on Monday and founded a company.");
    // Another pronoun, or one that does not open the headline: maybe someone else.
    EXPECT_TRUE(leaves_alone("he was fired on Monday and she founded a company.", drop_repeated_subject_pronoun));
    EXPECT_TRUE(leaves_alone("The board fired him on Monday and he founded a company.", drop_repeated_subject_pronoun));
}
