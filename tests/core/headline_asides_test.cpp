// The headline rules of core/headline_asides.h, one test each, on sentences written for the
// test; each rule applied alone to a draft of the whole sentence, then the whole headline.
#include <gtest/gtest.h>

#include <string>

#include "headline_asides.h"
#include "sentence_reading.h"

using namespace dateline;
using dateline::testing::SentenceReading;

namespace {

const TimeExpression* first_dated(const ArticleAnalysis& a) {
    for (const TimeExpression& e : a.timexes)
        if (e.dated) return &e;
    return nullptr;
}

// The sentence after one rule: the words before the kept ones, then the kept words.
template <typename Rule>
std::string after(const std::string& sentence, Rule rule) {
    const SentenceReading r(sentence);
    const TimeExpression* date = first_dated(r.a);
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

Headline headline_of(const std::string& sentence) {
    const SentenceReading r(sentence);
    const TimeExpression* date = first_dated(r.a);
    if (!date) return Headline{"(no date)"};
    uint32_t end = static_cast<uint32_t>(r.a.tokens.size());
    if (r.a.tokens[end - 1].is('.')) --end;
    return make_headline(r.a, 0, end, *date);
}

}  // namespace

TEST(HeadlineAsides, HappeningOfDatedAside) {
    const std::string sentence =
        "The new law will bring more costs for farmers, including higher fees for water \xE2\x80\x94 a concern raised by the "
        "farmers' union on Monday.";
    EXPECT_EQ(after(sentence, happening_of_dated_aside), "the farmers' union raised higher fees for water");
    const Headline h = headline_of(sentence);
    EXPECT_EQ(h.text, "The farmers' union raised higher fees for water");
    EXPECT_FALSE(h.forecast);
    // A happening before the dash is the event the aside dates: it stays.
    EXPECT_TRUE(leaves_alone(
        "The council raised fees for water, including fees for farms \xE2\x80\x94 a step approved by the mayor on Monday.",
        happening_of_dated_aside));
    // No agent ("by ..."): nothing to tell who did it.
    EXPECT_TRUE(leaves_alone("Prices will rise, including fees for water \xE2\x80\x94 a plan approved on Monday.",
                             happening_of_dated_aside));
}

TEST(HeadlineAsides, ReportOfADatedSource) {
    // The date is the report's: the headline says who reported what.
    EXPECT_EQ(headline_of("Apple's store passed the retailer to become the top seller, according to figures released Monday "
                          "by NPD Group, a research firm.")
                  .text,
              "NPD Group reported Apple's store passed the retailer to become the top seller");
    EXPECT_EQ(headline_of("According to a Monday report in Ars Technica, a memo at Apple showed the company passed the retailer.")
                  .text,
              "Ars Technica reported a memo at Apple showed the company passed the retailer");
    // "by the FBI and the Cybersecurity Agency": the names with their "the", joined by "and".
    EXPECT_EQ(headline_of("The group Rhysida has attacked schools, according to an advisory issued by the FBI and the "
                          "Cybersecurity Agency on Monday.")
                  .text,
              "The FBI and the Cybersecurity Agency reported Rhysida has attacked schools");
    // A date outside the phrase dates the clause's own happening; a phrase with no name names no one.
    EXPECT_TRUE(leaves_alone("The store passed the retailer on Monday, according to NPD Group.", report_of_a_dated_source));
    EXPECT_TRUE(leaves_alone("According to figures released on Monday, the store passed the retailer.", report_of_a_dated_source));
}

TEST(HeadlineAsides, HappeningForDemonstrativeSubject) {
    EXPECT_EQ(after("Those fears were heightened on Monday by the killing of three officials in the capital.",
                    happening_for_demonstrative_subject),
              "the killing of three officials in the capital.");
    // A happening with a verb of its own is told with it, without what follows about the person.
    EXPECT_EQ(headline_of("These concerns were underscored on Monday with the death of a prisoner held without trial.").text,
              "A prisoner held without trial died");
    EXPECT_EQ(headline_of("That risk was highlighted on Monday by the death of the youngest son of Mary Jones, a nurse who "
                          "worked in the town.")
                  .text,
              "The youngest son of Mary Jones died");
    // No happening after the verb: the demonstrative stays (and the headline figure counts it).
    EXPECT_TRUE(leaves_alone("This was confirmed on Monday by the ministry.", happening_for_demonstrative_subject));
    // A verb of its own, no passive: the demonstrative's sentence tells something else.
    EXPECT_TRUE(leaves_alone("This angered the arrest of three officials on Monday.", happening_for_demonstrative_subject));
}

TEST(HeadlineAsides, DropParticipleBeforeStrayComma) {
    EXPECT_EQ(after("All the land no longer held by the rebels, has been retaken by the army on Monday.",
                    drop_participle_before_stray_comma),
              "All the land has been retaken by the army on Monday.");
    // As a saying: the line keeps the reported verb instead of ending on the participle phrase.
    EXPECT_EQ(headline_of("All the farmland held by the rebels in the northern provinces, has been \"completely retaken\", a "
                          "government spokeswoman said on Monday.")
                  .text,
              "A government spokeswoman said all the farmland has been \"completely retaken\"");
    // An opening phrase, not the subject, before the comma.
    EXPECT_TRUE(leaves_alone("In the town held by rebels, troops have advanced on Monday.", drop_participle_before_stray_comma));
    // A relative aside's comma: no participle phrase of the subject.
    EXPECT_TRUE(leaves_alone("The army, which had held the town, has left on Monday.", drop_participle_before_stray_comma));
}

namespace {

// The headline of a text's last sentence, the sentences before it being what it may point at.
std::string headline_of_last_sentence(const std::string& text) {
    const SentenceReading r(text);
    const TimeExpression* date = nullptr;
    for (const TimeExpression& e : r.a.timexes)
        if (e.dated && e.first_token >= r.a.sentences.back().first_token) date = &e;
    if (!date) return "(no date)";
    uint32_t end = static_cast<uint32_t>(r.a.tokens.size());
    if (r.a.tokens[end - 1].is('.')) --end;
    return make_headline(r.a, r.a.sentences.back().first_token, end, *date).text;
}

}  // namespace

TEST(HeadlineAsides, ObjectFromSentenceBefore) {
    EXPECT_EQ(headline_of_last_sentence("Emails exchanged among city officials about the contract have been made public, with the names in the "
                                        "emails blacked out. "
                                        "Councillor Mary Jones entered them into the public record on Monday."),
              "Councillor Mary Jones entered the emails into the public record");
    EXPECT_EQ(headline_of_last_sentence("The government is following what Finance Minister John Smith has called a "
                                        "\"zero deficit\" policy. John Smith explained this during a radio interview on Monday."),
              "John Smith explained the \"zero deficit\" policy during a radio interview");
    // "this" qualifying a noun of its own: nothing to say.
    EXPECT_EQ(headline_of_last_sentence("The government is following a strict policy. John Smith explained this policy "
                                        "during a radio interview on Monday."),
              "John Smith explained this policy during a radio interview");
    // A name opens the sentence before: "them" may be anyone; it stays.
    EXPECT_EQ(headline_of_last_sentence("Rangers beat United at home. Mary Jones coached them to the title on Monday."),
              "Mary Jones coached them to the title");
}

TEST(HeadlineAsides, TheObjectOfARelativeClauseWithItsOwnSubject) {
    // ", which OpenAI released a year ago": the name before the comma is what the clause's subject did it to.
    EXPECT_EQ(headline_of_last_sentence("The chip powers chatbots such as ChatGPT, which OpenAI released in November 2022."),
              "OpenAI released ChatGPT");
    // A relative clause whose verb has an object of its own is not about the name before it.
    EXPECT_EQ(headline_of_last_sentence("The chip powers chatbots such as ChatGPT, which OpenAI released software for in 2022."),
              "OpenAI released software");
}

TEST(HeadlineAsides, ACityNameEndingTheHeadlineStays) {
    // "took the town" spelled as the city named before is not a dangling "the" to drop.
    EXPECT_EQ(headline_of_last_sentence("Iraqi forces entered Mosul on Monday. The army took the town on Saturday, after the rebels left."),
              "The army took Mosul");
}

TEST(HeadlineAsides, HappeningOfDatedParticipleOpeningWithAPlacesComma) {
    // The phrase runs to the comma after its date, past the place's own comma.
    EXPECT_EQ(headline_of("Born in Fuerth, Germany, in 1923, Kissinger fled Nazi persecution with his family in 1938.").text,
              "Kissinger was born in Fuerth, Germany");
    const Timeline t = dateline::testing::timeline_of(
        "Born in Fuerth, Germany, in 1923, Kissinger fled Nazi persecution with his family in 1938 and settled in New York.");
    EXPECT_EQ(dateline::testing::days_of(t, "Kissinger fled Nazi persecution"), "1938-01-01..1938-12-31");
}

TEST(HeadlineAsides, HappeningOfDatedParticipleOpeningBeforeAPronoun) {
    // "she" after the phrase stands for the person named before.
    EXPECT_EQ(headline_of_last_sentence("Tina Turner has died. Born Anna Mae Bullock in Nutbush, Tennessee, in 1939, she began "
                                        "her career in a band."),
              "Tina Turner was born Anna Mae Bullock in Nutbush, Tennessee");
    // With no one named before, nothing to say who was born.
    EXPECT_EQ(headline_of("Born in Nutbush, Tennessee, in 1939, she began her career in a band.").text.find("was born"),
              std::string::npos);
}

TEST(HeadlineAsides, HappeningOfDatedParticipleAside) {
    EXPECT_EQ(after("Jobs, born in San Francisco on February 24, 1955, has built the most valuable company in the world.",
                    happening_of_dated_participle_aside),
              "Jobs was born in San Francisco on February 24, 1955");
    EXPECT_EQ(headline_of("Jobs, born in San Francisco on February 24, 1955, has built the most valuable company in the world.").text,
              "Jobs was born in San Francisco");
    EXPECT_EQ(headline_of("Ford, which was founded in 1903, is the second largest carmaker in the United States.").text,
              "Ford was founded");
    EXPECT_EQ(headline_of("The new plants, opened in March 2008, are the largest in Europe.").text, "The new plants were opened");
    // A verb in the present tells what the subject does now, not a happening of the date.
    EXPECT_EQ(headline_of("The chip, launched in March 2022, powers many of the models behind chatbots.").text, "The chip was launched");
    EXPECT_TRUE(leaves_alone("The chip, launched in March 2022, powered the first chatbots.", happening_of_dated_participle_aside));
    // The sentence's own verb tells a happening: it is what the date dates.
    EXPECT_TRUE(leaves_alone("Troops, backed by air strikes on Friday, stormed the village.", happening_of_dated_participle_aside));
    // Unless it has a date of its own: two happenings, each with its date.
    EXPECT_EQ(after("Webb, launched on Christmas Day 2021, began science operations in July 2022.", happening_of_dated_participle_aside),
              "Webb was launched on Christmas Day 2021");
    // (the test's articles are published in 2009: dates before it)
    const Timeline t = dateline::testing::timeline_of("Webb, launched on Christmas Day 2001, began science operations in July 2002.");
    EXPECT_EQ(dateline::testing::days_of(t, "Webb was launched"), "2001-12-25..2001-12-25");
    EXPECT_EQ(dateline::testing::days_of(t, "Webb began science operations"), "2002-07-01..2002-07-31");
    // The date outside the aside, or in another phrase of it.
    EXPECT_TRUE(leaves_alone("Jobs, born in San Francisco, has led Apple since 1997.", happening_of_dated_participle_aside));
    EXPECT_TRUE(leaves_alone("Jobs, born in San Francisco, a city he loved, in 1955, has built Apple.",
                             happening_of_dated_participle_aside));
    // No subject of its own before the comma.
    EXPECT_TRUE(leaves_alone("In Paris, built in 1889, is the Eiffel Tower.", happening_of_dated_participle_aside));
}

TEST(HeadlineAsides, ADatedParticipleOpeningTellsWhatHappenedToTheName) {
    EXPECT_EQ(headline_of_last_sentence("Born in a village near Coimbra in 1935, Alves worked as a schoolteacher."),
              "Alves was born in a village near Coimbra");
    EXPECT_EQ(headline_of_last_sentence("Elected in 2005, Maria Santos served two terms."), "Maria Santos was elected");
    // The date after the comma is the sentence's own: the rule leaves the sentence as it was.
    EXPECT_EQ(headline_of_last_sentence("Wounded in the blast, the soldier died on Monday."), "Wounded in the blast, the soldier died");
}
