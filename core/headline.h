// Headlines: a short line of its own for each event, made from the clause that reports it.
//
// make_headline applies the rules of headline.cpp in order (its table of contents lists them):
// each rule is a named function over a HeadlineDraft (the clause's tokens, which of them are
// kept, the speaker when the saying is the event), so that each can be tested alone.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "article_analysis.h"

namespace dateline {

struct Headline {
    std::string text;
    int quality = 10;  // how well it stands alone; merging keeps the best of a merged event's
    bool forecast = false;  // what the clause tells is a forecast or a plan, not a happening
};

// The headline of the clause in tokens [first, end) of an article, reported with the date `date`.
Headline make_headline(const ArticleAnalysis& article, uint32_t first, uint32_t end, const TimeExpression& date);

// A headline being made: the clause [first, end), the tokens kept, and where it opens.
struct HeadlineDraft {
    const ArticleAnalysis& article;
    const TimeExpression& date;
    uint32_t first = 0, end = 0;  // the clause
    uint32_t start = 0;           // the first token the headline opens with (the opening rules move it)
    std::vector<bool> keep;       // per token of [first, end)
    std::string speaker;          // "a senior commander", when the headline is what they said
    uint32_t speaker_first = 0;   // the speaker's first token (a pronoun is resolved from there)
    std::string speaker_verb;     // "said", "announced"
    std::string prefix;           // words before the kept ones ("A" in "A bombing killed...")
    std::vector<std::pair<uint32_t, std::string>> spelled_as;  // token -> what to write instead (a resolved pronoun, a typo)
    int quality = 10;
    bool forecast = false;

    HeadlineDraft(const ArticleAnalysis& a, const TimeExpression& d, uint32_t from, uint32_t to)
        : article(a), date(d), first(from), end(to), start(from), keep(to - from, true) {}
    bool kept(uint32_t i) const { return i >= first && i < end && keep[i - first]; }
    void drop(uint32_t from, uint32_t to) {
        for (uint32_t i = std::max(from, first); i < to && i < end; ++i) keep[i - first] = false;
    }
    std::string_view word(uint32_t i) const { return article.word(i); }
};

// The time expressions that start in tokens [first, end), found by a binary search (the tagger
// gives them in text order): the rules ask it of every headline.
inline std::span<const TimeExpression> expressions_in(const ArticleAnalysis& a, uint32_t first, uint32_t end) {
    const auto from = std::partition_point(a.timexes.begin(), a.timexes.end(), [&](const TimeExpression& x) { return x.first_token < first; });
    const auto to = std::partition_point(from, a.timexes.end(), [&](const TimeExpression& x) { return x.first_token < end; });
    return {a.timexes.data() + (from - a.timexes.begin()), static_cast<size_t>(to - from)};  // (pointer and size: clang 14's libc++ has no iterator pair)
}

// The rules, in the order make_headline applies them (headline.cpp says what each does and why).
std::pair<uint32_t, uint32_t> clause_around_date(const ArticleAnalysis& article, uint32_t first, uint32_t end,
                                                 const TimeExpression& date);
void mark_relative_clause(HeadlineDraft& d);
void drop_dates(HeadlineDraft& d);
void prefer_acronym_of_name(HeadlineDraft& d);
void drop_bracketed_asides(HeadlineDraft& d);
void drop_quotation_after_colon(HeadlineDraft& d);
void drop_trailing_clause_or_attribution(HeadlineDraft& d);
void drop_participial_asides(HeadlineDraft& d);
void drop_relative_aside(HeadlineDraft& d);
void drop_apposition_after_subject(HeadlineDraft& d);
void drop_opening_words(HeadlineDraft& d);
uint32_t leading_subordinate_clause_end(const HeadlineDraft& d, uint32_t start);
void drop_titles_before_names_when_long(HeadlineDraft& d);
void drop_site_before_where(HeadlineDraft& d);
void drop_leading_attribution(HeadlineDraft& d);
void event_noun_as_subject(HeadlineDraft& d);
void dated_predicate_after_but(HeadlineDraft& d);
void undated_predicate_after_but(HeadlineDraft& d);
void object_of_its_own_date(HeadlineDraft& d);
void supply_missing_subject(HeadlineDraft& d);
void antecedent_for_relative_clause(HeadlineDraft& d);
void people_for_those_who(HeadlineDraft& d);
void owner_of_definite_happening(HeadlineDraft& d);
void resolve_pronoun(HeadlineDraft& d);
void correct_source_typos(HeadlineDraft& d);
void mark_forecast(HeadlineDraft& d);
void drop_dangling_end(HeadlineDraft& d);
std::string spell_kept_words(const HeadlineDraft& d);
std::string with_speaker(const HeadlineDraft& d, std::string out);
std::string shortened(std::string out);
int stand_alone_quality(std::string_view headline, int quality);

// Each event of a sentence its own: where a clause in tokens [first, end) goes on with a clause
// of its own, joined by ", and" or ", but" and with its own subject and past verb ("The SDF took
// the district, and the Syrian army drove IS from its last territory", "The FTC sued in December,
// but a federal judge in San Francisco rejected its request in July", "but lava from an eruption
// on January 14 set three houses on fire": a bare noun, not a bare noun's saying), the token that
// second clause starts with (its subject); else 0.
uint32_t second_clause_start(const ArticleAnalysis& article, uint32_t first, uint32_t end);

// Each dated predicate of a sentence its own: where tokens [first, end) hold one subject with two
// predicates joined by "and" or "but", each with a date of its own ("The suspect was arrested on Monday
// and charged with murder on Tuesday", "The company cut 500 jobs in January and closed two plants
// in February", "proposed closing seven schools in October, but scaled the plan back in January"),
// the token of the second predicate's verb; else 0. The "and" lies between the
// two dates (`earlier` before it, `later` after it) and a past verb follows it ("then", "later"
// may come between), and the first predicate has a verb of its own: "between April and June",
// "met in Paris on Monday and in London on Tuesday" and "rose 5% in May and 3% in June" do not split.
uint32_t second_predicate_start(const ArticleAnalysis& article, uint32_t first, uint32_t end, const TimeExpression& earlier,
                                const TimeExpression& later);

// The dated predicate after a state: where tokens [first, end) hold one subject with a predicate
// of state in the present ("is the producer of the iPod", "are members of the union") and, joined
// by "and", a past predicate holding the clause's only date ("and launched the iTunes Music Store
// on April 28, 2003"), the token of that past verb; else 0. The date is the second predicate's
// alone (a present state has no day), so its event, headline and merging words start there.
// A past first predicate ("took the town and drove IS out on Tuesday") may share the date: not split.
uint32_t dated_predicate_after_state(const ArticleAnalysis& article, uint32_t first, uint32_t end, const TimeExpression& date);

// "Japan, which accounts for 7% of world output, has entered a recession": a relative clause
// between commas right after the subject, closed before the clause's own verb (the word after the
// closing comma is a verb: a past or perfect one, a copula, a modal, a verb of saying or a
// fixture's present, "Bayern, who have won the league, play Leipzig tonight"). Token `pronoun` is
// the "which"/"who"/"whose", after a comma; returns the closing comma (before `before`), or 0.
uint32_t relative_aside_end(const ArticleAnalysis& article, uint32_t pronoun, uint32_t before);

// "Maria Alves, the Portuguese novelist who won the Nobel Prize in 1998, died on Tuesday": an
// apposition of the name before the comma at token `comma` ("the"/"a" and a few words, then
// "who"/"which"/"that" and its clause), closed by a comma before the sentence's own verb. Returns
// the closing comma (before `before`), or 0.
uint32_t apposition_aside_end(const ArticleAnalysis& article, uint32_t comma, uint32_t before);

// "an earthquake that struck southern Turkey on Monday": the span of "<happening's noun>
// that|which <past verb> ... <date>" around `date` (no comma between the noun and the date),
// from the noun up to the date's end and on to a comma or the main clause's next verb, within
// tokens [first, end); nullopt when the date is not in such a clause. The span's first token is
// the noun.
std::optional<std::pair<uint32_t, uint32_t>> dated_relative_clause_of_happening(const ArticleAnalysis& article, uint32_t first,
                                                                                uint32_t end, const TimeExpression& date);

// Who "he", "it", "they" and "the city" stand for at a token: the last person, group (or
// company) and city named before it, as a reader would write them ("" when none).
struct Referents {
    std::string person, group, city;
};
Referents referents_before(const ArticleAnalysis& article, uint32_t token);

// Is token i the verb of a forecast or a plan: "will", "would", "plans to", "expects to", "hopes
// to", "is expected to" (a copula before "expected", "set", "due", "going", "scheduled", from
// clause_start on), or "should", "may", "might", "could" before a verb ("be" only before a
// participle; not "may have": a past told as uncertain)?
bool is_forecast_verb(const ArticleAnalysis& article, uint32_t i, uint32_t clause_start);
// Is a date starting at token `date` the verb's own, told right after it ("said Tuesday", "said on
// Tuesday that") or after the saying's setting and before what was said ("said in a speech at
// the White House on Friday that")? Then it dates the saying, not what was said.
bool dates_the_verb_after_it(const ArticleAnalysis& article, uint32_t verb, uint32_t date);
// Does another clause begin at token k (before `end`): a ";", or a comma before "and" or "but"
// ("said talks would resume, and in 2019 a dispute ended")?
bool opens_another_clause(const ArticleAnalysis& article, uint32_t k, uint32_t end);

// Words the rules (and event reading) share.
bool is_pronoun_subject(std::string_view lower_word);  // "they", "he", "its"...
bool is_quote_mark(const Token& t);                     // straight and curly quotes and apostrophes

}  // namespace dateline
