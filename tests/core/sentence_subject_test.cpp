// What a sentence is about, for a pronoun opening the next (core/sentence_subject.h), and the
// headline rule that uses it (resolve_pronoun): "It" stands for the sentence before's subject.
#include <gtest/gtest.h>

#include <string>

#include "headline.h"
#include "sentence_reading.h"
#include "sentence_subject.h"

using namespace dateline;
using dateline::testing::SentenceReading;

namespace {

std::string subject_of_first(const std::string& text) {
    const SentenceReading r(text);
    return thing_named_as_subject(r.a, r.a.sentences.front());
}

// The last sentence's headline draft after resolve_pronoun, spelled from its kept words.
std::string last_sentence_resolved(const std::string& text) {
    const SentenceReading r(text);
    const Sentence& s = r.a.sentences.back();
    const TimeExpression* date = nullptr;
    for (const TimeExpression& e : r.a.timexes)
        if (e.dated && e.first_token >= s.first_token) date = &e;
    if (!date) return "(no date)";
    HeadlineDraft d(r.a, *date, s.first_token, s.end_token);
    resolve_pronoun(d);
    return spell_kept_words(d);
}

}  // namespace

TEST(SentenceSubject, ANameAfterTheWithItsNoun) {
    EXPECT_EQ(subject_of_first("The Merval index fared badly today."), "the Merval index");
    EXPECT_EQ(subject_of_first("The Dow Jones, was down 3.76% at noon."), "Dow Jones");
    EXPECT_EQ(subject_of_first("The CAC 40 index fell too."), "the CAC 40 index");
    EXPECT_EQ(subject_of_first("GM said it would close plants."), "GM");
    // An ampersand joins a name: "S&P", not "S".
    EXPECT_EQ(subject_of_first("The S&P had its fourth loss on Thursday."), "S&P");
    EXPECT_EQ(subject_of_first("AT&T said it would cut jobs."), "AT&T");
    // "of" between capitalised words joins them: the Bank of England, not "Bank".
    EXPECT_EQ(subject_of_first("The Bank of England kept rates at 5.25% this month."), "Bank of England");
}

TEST(SentenceSubject, TheCopulasComplementWhenTheSubjectNamesNothing) {
    EXPECT_EQ(subject_of_first("One of the worst indexes of the day was the Brazilian Bovespa index."),
              "the Brazilian Bovespa index");
    // After a comma the copula is a clause of its own.
    EXPECT_EQ(subject_of_first("Markets fell everywhere, and the worst was the Brazilian Bovespa index."), "");
}

TEST(SentenceSubject, NothingThatMayBeAPersonOrAnyWord) {
    EXPECT_EQ(subject_of_first("Steve Jobs showed the phone to the crowd."), "");  // two capitalised words: maybe a person
    EXPECT_EQ(subject_of_first("Shares of Acme Corp fell sharply."), "");          // a sentence's first word may be any word
    EXPECT_EQ(subject_of_first("markets fell."), "");
    // One word before the verb, but the surname of a person named before.
    const SentenceReading jobs("Steve Jobs unveiled the phone. Jobs said it would ship in June.");
    EXPECT_EQ(thing_named_as_subject(jobs.a, jobs.a.sentences.back()), "");
}

// A body that acts as one, the subject of the sentence before: "It" is that body, and an object
// "her" after it is still the person named before.
TEST(SentenceSubject, ABodyBeforeItsVerb) {
    EXPECT_EQ(last_sentence_resolved("A jury in San Jose convicted Elizabeth Holmes in January. It acquitted her of four other counts "
                                     "on Monday."),
              "the jury acquitted Elizabeth Holmes of four other counts on Monday.");
    const SentenceReading jury("A jury in San Jose convicted Holmes in January.");
    EXPECT_EQ(body_named_as_subject(jury.a, jury.a.sentences.front()), "the jury");
    // Not a body, or not before its verb.
    const SentenceReading storm("A storm in Texas killed four people.");
    EXPECT_EQ(body_named_as_subject(storm.a, storm.a.sentences.front()), "");
    const SentenceReading judged("A jury was chosen on Monday.");
    EXPECT_EQ(body_named_as_subject(judged.a, judged.a.sentences.front()), "");
}

// One capitalised word (a number joined to it) right before the sentence's verb: the subject.
TEST(SentenceSubject, ALoneNameBeforeItsVerb) {
    EXPECT_EQ(subject_of_first("Chandrayaan-3 was launched on July 14 from the Satish Dhawan Space Centre."), "Chandrayaan-3");
    EXPECT_EQ(subject_of_first("Boeing reported a loss. Shares of Boeing fell."), "Boeing");
    EXPECT_EQ(subject_of_first("Boeing reported a loss."), "");  // written nowhere else: maybe any word
    // Written in lower case too: a common noun opening its sentence, whatever names hold it.
    EXPECT_EQ(subject_of_first("Gold rose on Monday. Prices of gold and shares of Gold Fields climbed."), "");
    EXPECT_EQ(last_sentence_resolved("Chandrayaan-3 was launched on July 14 from the Satish Dhawan Space Centre in Sriharikota. "
                                     "It entered lunar orbit on August 5."),
              "Chandrayaan-3 entered lunar orbit on August 5.");
    // Not before its verb: any word may open a sentence.
    EXPECT_EQ(subject_of_first("Yesterday the rover landed."), "");
}

TEST(SentenceSubject, APronounOpeningItsSentenceStandsForTheSentenceBefore) {
    // The last name before "It" is the Dow Jones; the sentence before is about the Merval.
    EXPECT_EQ(last_sentence_resolved("The Merval index fared badly, unlike the Dow Jones Industrial Average. It dropped 10% on Monday."),
              "the Merval index dropped 10% on Monday.");
    EXPECT_EQ(last_sentence_resolved("One of the worst indexes was the Brazilian Bovespa index. It fell 14% on Monday."),
              "the Brazilian Bovespa index fell 14% on Monday.");
    EXPECT_EQ(last_sentence_resolved("The Merval index fared badly. Its shares lost 10% on Monday."),
              "the Merval index\xE2\x80\x99s shares lost 10% on Monday.");
    // Not opening its sentence: the rule is not asked ("and it" reads against its own clause).
    const SentenceReading r("The Merval index fared badly. Traders sold, and it dropped 10% on Monday.");
    EXPECT_EQ(thing_before_pronoun(r.a, r.a.sentences.back().first_token), "");
    // The article's first sentence has no sentence before.
    const SentenceReading first("It dropped 10% on Monday.");
    EXPECT_EQ(thing_before_pronoun(first.a, 0), "");
}

// ", where it ...": the clause goes on telling what the sentence's subject did there.
TEST(SentenceSubject, APronounAfterWhereStandsForTheSentencesSubject) {
    const Timeline t = dateline::testing::timeline_of(
        "Officials of the National Hurricane Center spoke. Ian had earlier battered western Cuba, where it left the island without "
        "power on Tuesday.");
    EXPECT_NE(dateline::testing::event_with(t, "Ian left the island without power"), nullptr);
    auto where_subject = [](const std::string& text) {
        const SentenceReading r(text);
        for (uint32_t i = 0; i < r.a.tokens.size(); ++i)
            if (r.a.word(i) == "it" || r.a.word(i) == "they") return subject_before_where_clause(r.a, i);
        return std::string("(no pronoun)");
    };
    EXPECT_EQ(where_subject("The storm battered the coast, where it cut power on Tuesday."), "the storm");
    EXPECT_EQ(where_subject("The rebel army has entered the city, where they met no resistance."), "the rebel army");
    // Not after "where"/"when", or no subject to name.
    EXPECT_EQ(where_subject("Ian battered the coast and it cut power on Tuesday."), "");
    EXPECT_EQ(where_subject("Across the coast, where it cut power, crews worked."), "");
}
