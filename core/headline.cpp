// Headline rules, in the order make_headline applies them:
//
//   1. clause_around_date            the smallest clause around the date that still tells something
//                                    (from a dated predicate after a state: "Apple is ... and launched X on <date>")
//   2. mark_relative_clause          a clause opening "which..."/"where..." stands less well alone
//   2b. event_noun_as_subject        "bombing that killed four" -> "A bombing killed four"
//   2e. dated_predicate_after_but    "X was released on bail but was jailed in August" -> "X was jailed"
//   2e'. undated_predicate_after_but "Work began in 2007 but was halted after the uprising" -> "Work began"
//   2f. object_of_its_own_date       "X founded A in 2017 and B two years later" -> "X founded A" / "X founded B"
//   2c, 2c', 9d (core/headline_asides.h): "<forecast>, including X — an issue highlighted by Y on Friday"
//       -> "Y highlighted X"; "Jobs, born in X on <date>, has built ..." -> "Jobs was born in X";
//       "Those issues were underscored with the death of Z" -> "Z died"
//   2d (core/headline_asides.h): "X passed Y, according to figures released April 3 by NPD" -> "NPD reported X passed Y"
//   11f (core/headline_asides.h): "All territory held in Syria, has been eliminated" -> "All territory has been eliminated"
//   3. drop_dates                    the dating expression and its preposition ("on Friday")
//   3b. prefer_acronym_of_name       "European Aeronautic Defence and Space NV (EADS)" -> "EADS"
//   4. drop_bracketed_asides         "(...)", "[...]", "-- ... --" and ", meanwhile,"
//   5. drop_quotation_after_colon    "...: <quotation>"
//   6. drop_trailing_clause_or_attribution  ", as ...", ", advancing ...", ", X said"
//   7. drop_participial_asides       ", hiding among civilians,"
//   7b. drop_relative_aside          "Japan, which accounts for 7% of output, has entered" -> "Japan has entered"
//   8. drop_apposition_after_subject "The SDF, the U.S.-backed alliance, took"; "John Carter, 58, was"
//   9. drop_opening_words            "But", "Meanwhile,", "As his men closed in,", "In Mosul,"
//   9a. leading_subordinate_clause_end  "Since the bridges were down, and boats were struck," (used by 9)
//   9b, 9c, 9e, 9f, 11a, 11b0 (core/headline_openings.h): "Citing ..., Airbus", "The US automaker Ford" -> "Ford",
//       "In a ceremony attended by ..., Airbus unveiled" -> "Airbus unveiled", "Ford has said that it posted" -> "Ford posted",
//       "One year later he was fired ... and he founded NeXT" -> "he was fired ... and founded NeXT"
//   9g. drop_titles_before_names_when_long  else cut with "…": "U.S. President Joe Biden" -> "Joe Biden"
//  10. drop_site_before_where        "the site where X made..." -> "X made..."
//  11. drop_leading_attribution      "the Observatory said the SDF took" -> "the SDF took"
//  11b. supply_missing_subject      "drove the jihadists from X" -> "Iraqi forces drove the jihadists from X";
//                                    "He fought ... and took six months off" -> "Steve Jobs took six months off"
//  11b2. antecedent_for_relative_clause  ", which was released" -> "Mac OS X Snow Leopard was released" (the name before the comma);
//                                    ", the novelist who won the prize" -> "Maria Alves won the prize"
//  11b'. people_for_those_who       "Those who escaped streamed" -> "Civilians who escaped streamed" (the people told of before)
//  11b''. owner_of_definite_happening  "The operations began" -> "The Syrian Defense Forces' operations began"
//  11c. resolve_pronoun             "He", "its", "the city" -> the person, group or city named before;
//                                    "It" opening its sentence -> what the sentence before is about
//  11c' (core/headline_asides.h): "McCain entered them into" -> "McCain entered the emails into" (the sentence before's)
//  11d. correct_source_typos        "held ain Syria" -> "held in Syria", "1oo per cent" -> "100 per cent"
//  11e. mark_forecast               "will usher in", "is expected to", "should be completed": a forecast, not a happening
//  12. drop_dangling_end             "... compared", "... was and", "... in northeastern"
//  13. spell_kept_words              the kept tokens with their original spacing (and what is spelled instead)
//  14. with_speaker                  "A senior commander said ..." when the saying is the event
//  15. shortened                     at most about 90 characters, cut between phrases
//  16. stand_alone_quality           how well it reads alone (merging keeps the best)
//  17. (make_headline)               too little left: the clause as written
#include "headline.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>
#include <unordered_set>

#include "events.h"
#include "headline_asides.h"
#include "headline_cuts.h"
#include "headline_openings.h"
#include "lead_news.h"
#include "sentence_subject.h"
#include "tense.h"

namespace dateline {

namespace {

// Word lists are looked up by hash: the rules ask for every word of every headline.
using WordSet = std::unordered_set<std::string_view>;
template <size_t N>
WordSet word_set(const std::string_view (&words)[N]) {
    return WordSet(std::begin(words), std::end(words));
}

// Words that open a sentence or clause without telling anything: dropped from headlines.
bool is_opening_filler(std::string_view w) {
    static constexpr std::string_view kFillers[] = {"but", "and", "however", "meanwhile", "equally", "also", "so", "yet",
                                                    "still", "then", "now", "where", "which", "who", "while", "as",
                                                    "when", "whereas", "although", "though", "moreover", "furthermore"};
    static const WordSet kSet = word_set(kFillers);
    return kSet.count(w) != 0;
}

bool is_preposition(std::string_view w) {
    static constexpr std::string_view kPrepositions[] = {"on", "in", "at", "during", "by", "since", "from", "until", "of",
                                                         "across", "near", "west", "east", "north", "south", "throughout",
                                                         "over", "through", "within", "for", "between", "to"};
    static const WordSet kSet = word_set(kPrepositions);
    return kSet.count(w) != 0;
}

// Subordinating words: a clause starts with them ("after his soldiers retook the hospital").
// Asked of most words of every headline's clause: compared by first letter, not hashed.
bool is_subordinator(std::string_view w) {
    if (w.size() < 2) return false;
    switch (w[0]) {
        case 'a': return w == "after" || w == "as" || w == "although";
        case 'b': return w == "because" || w == "before";
        case 't': return w == "though";
        case 'w': return w == "while" || w == "whereas" || w == "when" || w == "where" || w == "which" || w == "who";
        case 'o': return w == "once";
        case 'u': return w == "until";
        default: return false;
    }
}

// A word that opens a noun phrase: after it, "plan" is a noun ("a plan to bail out ... failed").
bool is_determiner(std::string_view w) {
    return w == "a" || w == "an" || w == "the" || w == "its" || w == "their" || w == "his" || w == "her" || w == "our" ||
           w == "this" || w == "that" || w == "new";
}
bool is_copula(std::string_view w) { return w == "was" || w == "is" || w == "were" || w == "are" || w == "be" || w == "been"; }

// Words a headline cannot end on: they want what was cut after them. (Not "in", "on", "by",
// "to": they end phrasal verbs, "as Iraqi forces closed in".)
bool is_dangling_end(std::string_view w) {
    static constexpr std::string_view kWords[] = {"and", "or", "but", "of", "at", "from", "with", "between", "the", "a",
                                                  "an", "compared", "than", "since", "for", "was", "is", "were", "are", "as"};
    static const WordSet kSet = word_set(kWords);
    return kSet.count(w) != 0;
}

// A colon between clauses, not the one in a time of day ("16:00").
bool is_clause_colon(const std::vector<Token>& tokens, uint32_t i) {
    if (!tokens[i].is(':')) return false;
    const bool in_time = i > 0 && i + 1 < tokens.size() && tokens[i - 1].is_number() && tokens[i + 1].is_number() &&
                         !tokens[i].space_before && !tokens[i + 1].space_before;
    return !in_time;
}

bool is_date_connector(const ArticleAnalysis& a, uint32_t i) {
    const std::string_view w = a.word(i);
    return w == "and" || w == "or" || w == "to" || w == "through" || w == "until" || a.tokens[i].is('-') ||
           a.tokens[i].is(0x2013);
}

// A modifier that wants a noun after it: left at the end, its noun is missing.
bool is_modifier_without_noun(std::string_view w) {
    static constexpr std::string_view kWords[] = {"northern", "southern", "eastern", "western", "northeastern",
                                                  "northwestern", "southeastern", "southwestern", "central", "his",
                                                  "its", "their", "our", "my", "your", "such", "another", "former"};
    static const WordSet kSet = word_set(kWords);
    return kSet.count(w) != 0;
}

// Words that open a phrase a headline can stop before.
bool is_phrase_opener(std::string_view w) {
    static constexpr std::string_view kWords[] = {"in", "on", "at", "from", "with", "for", "by", "near", "over", "under",
                                                  "into", "across", "through", "during", "after", "before", "since",
                                                  "until", "against", "between", "among", "amid", "as", "and", "but",
                                                  "or", "while", "which", "who", "where", "when", "because", "including",
                                                  "despite", "following", "without", "within", "than"};
    static const WordSet kSet = word_set(kWords);
    return kSet.count(w) != 0;
}

// A past form: listed irregular ones ("took", "drove") or a regular "-ed" form.
bool is_past_verb(std::string_view w) {
    static constexpr std::string_view kIrregular[] = {
        "took", "drove", "began", "fell", "rose", "won", "lost", "made", "led", "left", "met", "sold", "bought", "hit",
        "cut", "set", "shot", "fled", "fought", "held", "seized", "broke", "blew", "came", "went", "gave", "got", "ran",
        "saw", "told", "said", "spoke", "stood", "struck", "swept", "threw", "wrote", "became", "brought", "built", "caught",
        "chose", "flew", "forgot", "froze", "grew", "hid", "kept", "knew", "laid", "meant", "paid", "put", "quit", "sent",
        "shut", "sank", "slid", "sought", "spent", "split", "spread", "stole", "stuck", "swore", "taught", "thought", "tore",
        "understood", "withdrew", "woke", "overran", "overtook", "retook", "undertook", "rebuilt", "beat", "bore", "bid",
        "shed", "died", "tied", "owed", "used", "eyed", "sued", "lied", "axed", "upheld", "found", "heard", "felt", "dug",
        "drew", "dealt", "shook", "rode", "rang", "sang", "swam", "forgave", "forbade", "arose", "slew"};  // (and four-letter regular forms the "-ed" rule below skips)
    static const WordSet kIrregularSet = word_set(kIrregular);
    if (kIrregularSet.count(w)) return true;
    if (w.size() < 5 || !w.ends_with("ed")) return false;
    static constexpr std::string_view kNotVerbs[] = {"hundred", "indeed", "speed", "breed", "creed", "bleed", "embed",
                                                     "exceed", "proceed", "succeed", "steed", "united", "based"};
    for (std::string_view n : kNotVerbs)
        if (w == n) return false;
    return true;
}

// Where the first word a reader would see as a verb ends (a past form, a copula, an auxiliary, a
// verb of saying), or npos. Before it, a clause has only its subject, and cutting there leaves a
// fragment.
size_t first_verb_end(std::string_view line) {
    size_t from = 0;
    std::string buffer;
    while (from < line.size()) {
        size_t to = line.find(' ', from);
        if (to == std::string_view::npos) to = line.size();
        std::string_view w = lower_word(line.substr(from, to - from), buffer);
        while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ';')) w.remove_suffix(1);
        if (is_past_verb(w) || is_copula(w) || is_report_verb(w) || w == "has" || w == "have" || w == "had" ||
            w == "will" || w == "would" || w == "can" || w == "could" || w == "may" || w == "might")
            return to;
        from = to + 1;
    }
    return std::string_view::npos;
}

// The sentence token i is in.
const Sentence* sentence_of(const ArticleAnalysis& a, uint32_t i) {
    auto it = std::partition_point(a.sentences.begin(), a.sentences.end(), [&](const Sentence& s) { return s.end_token <= i; });
    return it != a.sentences.end() && it->first_token <= i ? &*it : nullptr;
}

// Does a place name start at token i?
bool is_place_start(const ArticleAnalysis& a, uint32_t i) {
    auto it = std::partition_point(a.names.begin(), a.names.end(), [&](const NameMention& n) { return n.first_token < i; });
    return it != a.names.end() && it->first_token == i && it->kind == NameMention::Kind::Place;
}

}  // namespace

bool is_pronoun_subject(std::string_view w) {
    return w == "they" || w == "he" || w == "she" || w == "it" || w == "its" || w == "their" || w == "his" || w == "her";
}

bool is_quote_mark(const Token& t) {
    return t.is('"') || t.is(0x201C) || t.is(0x201D) || t.is('\'') || t.is(0x2018) || t.is(0x2019);
}

// The verbs of a fixture in the present: sport's and politics' schedules ("Bayern play Leipzig
// tonight", "Parliament votes on the bill on Tuesday", "The talks resume on Monday").
static bool is_fixture_verb(std::string_view w) {
    static constexpr std::string_view kVerbs[] = {"start",  "starts",  "play",   "plays",   "face",    "faces",  "meet",
                                                  "meets",  "host",    "hosts",  "visit",   "visits",  "open",   "opens",
                                                  "begin",  "begins",  "resume", "resumes", "kick",    "kicks",  "travel",
                                                  "travels", "vote",   "votes",  "return",  "returns", "take",   "takes"};
    return std::find(std::begin(kVerbs), std::end(kVerbs), w) != std::end(kVerbs);
}

uint32_t relative_aside_end(const ArticleAnalysis& article, uint32_t pronoun, uint32_t before) {
    const std::vector<Token>& tokens = article.tokens;
    const std::string_view w = article.word(pronoun);
    if (!(w == "which" || w == "who" || w == "whose") || pronoun == 0 || !tokens[pronoun - 1].is(',')) return 0;
    for (uint32_t k = pronoun + 1; k < before && k < pronoun + 20; ++k) {
        if (!tokens[k].is(',')) continue;
        const std::string_view next = article.word(k + 1);
        const bool verb = next == "has" || next == "have" || next == "had" || is_copula(next) || next == "will" ||
                          next == "would" || next == "could" || (is_past_verb(next) && !tokens[k + 1].capitalised) ||
                          is_report_verb(next) || (is_fixture_verb(next) && !tokens[k + 1].capitalised);  // "Bayern, who ..., play"
        return verb ? k : 0;
    }
    return 0;
}

uint32_t apposition_aside_end(const ArticleAnalysis& article, uint32_t comma, uint32_t before) {
    const std::vector<Token>& tokens = article.tokens;
    if (comma == 0 || comma + 3 >= before || !tokens[comma].is(',') || !tokens[comma - 1].is_word() || !tokens[comma - 1].capitalised)
        return 0;
    const std::string_view article_word = article.word(comma + 1);
    if (!(article_word == "the" || article_word == "a" || article_word == "an")) return 0;
    uint32_t pronoun = comma + 2;
    while (pronoun < before && pronoun < comma + 7 && tokens[pronoun].is_word() && article.word(pronoun) != "who" &&
           article.word(pronoun) != "which" && article.word(pronoun) != "that")
        ++pronoun;
    if (pronoun >= before || pronoun == comma + 2 || !tokens[pronoun].is_word()) return 0;
    const std::string_view w = article.word(pronoun);
    if (!(w == "who" || w == "which" || w == "that")) return 0;
    for (uint32_t k = pronoun + 1; k < before && k < pronoun + 24; ++k) {
        if (!tokens[k].is(',')) continue;
        const std::string_view next = article.word(k + 1);
        const bool verb = next == "has" || next == "have" || next == "had" || is_copula(next) || next == "will" ||
                          next == "would" || next == "could" || (is_past_verb(next) && !tokens[k + 1].capitalised);
        return verb ? k : 0;
    }
    return 0;
}

std::optional<std::pair<uint32_t, uint32_t>> dated_relative_clause_of_happening(const ArticleAnalysis& a, uint32_t first, uint32_t end,
                                                                                const TimeExpression& e) {
    const std::vector<Token>& tokens = a.tokens;
    // A past form between the clause's own verb and the date, not joined by "and"/"or", is the
    // main clause's: "an earthquake that struck the region on Monday rose above 2,000 on Tuesday"
    // (Tuesday is the toll's).
    uint32_t later_verb = 0;
    for (uint32_t i = e.first_token; i-- > first + 1 && i + 12 > e.first_token;) {
        if (tokens[i].is(',') || tokens[i].is(';')) return std::nullopt;
        const std::string_view w = a.word(i);
        if (w != "that" && w != "which") {
            if (!later_verb && is_past_verb(w) && a.word(i - 1) != "and" && a.word(i - 1) != "or") later_verb = i;
            continue;
        }
        if (!is_event_noun(a.word(i - 1)) || i + 1 >= e.first_token || !is_past_verb(a.word(i + 1))) return std::nullopt;
        if (later_verb > i + 1) return std::nullopt;
        uint32_t j = e.end_token;
        while (j < end && !tokens[j].is(',') && !tokens[j].is(';') && !is_copula(a.word(j)) && !is_past_verb(a.word(j)) &&
               a.word(j) != "has" && a.word(j) != "have" && a.word(j) != "had")
            ++j;
        return std::pair<uint32_t, uint32_t>{i - 1, j};
    }
    return std::nullopt;
}

namespace {
// "since the men's team triumphed in 1966": "since" opening a clause of its own, a subject of a
// few words (a determiner, a pronoun or a name first; no date) and then its past verb; not "since
// 1966", "since then", "since the start of the year".
bool since_opens_a_clause(const ArticleAnalysis& a, uint32_t since, uint32_t end) {
    const uint32_t subject = since + 1;
    if (subject >= end || a.in_timex[subject] || !a.tokens[subject].is_word()) return false;
    const std::string_view opener = a.word(subject);
    if (!(is_determiner(opener) || is_pronoun_subject(opener) || a.tokens[subject].capitalised)) return false;
    for (uint32_t k = subject + 1; k < end && k < subject + 7; ++k) {
        if (a.in_timex[k] || !(a.tokens[k].is_word() || a.tokens[k].is('-') || a.word(k) == "'s")) return false;
        if (is_past_verb(a.word(k)) && !a.tokens[k].capitalised) return true;
        if (is_copula(a.word(k)) && k + 1 < end && is_past_verb(a.word(k + 1))) return true;  // "was released"
        if (is_preposition(a.word(k)) || is_copula(a.word(k))) return false;
    }
    return false;
}
}  // namespace

// "The pier, which opened in 1872, was closed": a determiner's noun phrase that opens the sentence
// and ends at the comma at `comma` (up to three words after "the", "a" or "an", none a verb): the
// sentence's subject, which its relative clause is about (not "the plan" after a verb: which
// plan?). Spelled with a capital; "" when there is none.
static std::string subject_phrase_before_comma(const ArticleAnalysis& a, uint32_t comma) {
    const Sentence* sentence = sentence_of(a, comma);
    if (!sentence || comma < sentence->first_token + 2 || comma > sentence->first_token + 4) return {};
    const uint32_t first = sentence->first_token;
    if (!is_determiner(a.word(first)) || a.word(first) == "its" || a.word(first) == "their") return {};
    for (uint32_t k = first + 1; k < comma; ++k)
        if (!a.tokens[k].is_word() || a.in_timex[k] || is_past_verb(a.word(k)) || is_copula(a.word(k))) return {};
    std::string phrase(a.text.substr(a.tokens[first].start, a.tokens[comma - 1].end - a.tokens[first].start));
    if (!phrase.empty() && phrase[0] >= 'a' && phrase[0] <= 'z') phrase[0] = static_cast<char>(phrase[0] - 'a' + 'A');
    return phrase;
}

// 1. The smallest clause around the date that still tells something: cut at subordinating words
// (and "since" opening a clause; not one before a gerund, "before publishing ...", which has the
// clause's subject; not "named after"; none inside a quotation that closes before the date) and
// relative pronouns (an apposition's, ", a palaeontologist who ... died in 2022", when the date is
// in its clause; a name's relative clause between commas ends at its comma), at semicolons and colons. A clause that is only attribution ("a senior
// commander said Friday") or only a few words gives way to the whole clause. "a January bombing
// that killed four Americans", "the Jan. 6, 2021, attack on the Capitol": the event is the noun the
// date qualifies, unless the clause tells what happened in it ("killed 1,200 people in the October 7
// attack").
std::pair<uint32_t, uint32_t> clause_around_date(const ArticleAnalysis& article, uint32_t first, uint32_t end,
                                                 const TimeExpression& e) {
    const std::vector<Token>& tokens = article.tokens;
    if (e.first_token < first || e.first_token >= end) return {first, end};  // a clause dated by its neighbour's date
    if (const uint32_t verb = dated_predicate_after_state(article, first, end, e)) first = verb;  // "is ... and launched X on <date>"
    auto word = [&](uint32_t i) { return article.word(i); };
    uint32_t a = first, b = end;
    auto boundary = [&](uint32_t i) {  // does a clause start at token i?
        if (i != first && word(i) == "since") return since_opens_a_clause(article, i, end);
        // ", for which he shared the prize": a relative opened by its preposition, after a comma.
        if (i != first && i + 1 < end && tokens[i - 1].is(',') && is_preposition(word(i)) &&
            (word(i + 1) == "which" || word(i + 1) == "whom"))
            return true;
        // ", a palaeontologist who collected fossils and died in 2022": an apposition whose relative
        // clause holds the date opens the date's clause (antecedent_for_relative_clause names it).
        if (i != first && tokens[i - 1].is(',') && (word(i) == "a" || word(i) == "an" || word(i) == "the"))
            for (uint32_t k = i + 2; k < e.first_token && k < i + 6 && tokens[k].is_word(); ++k)
                if (word(k) == "who")
                    return std::none_of(tokens.begin() + k, tokens.begin() + e.first_token, [](const Token& t) { return t.is(','); });
        if (!tokens[i].is_word() || !is_subordinator(word(i)) || i == first) return false;
        const std::string_view w = word(i);
        // "named after Ewan Fordyce": a preposition after its participle, no clause.
        if (w == "after" && (word(i - 1) == "named" || word(i - 1) == "renamed" || word(i - 1) == "modelled" ||
                             word(i - 1) == "modeled" || word(i - 1) == "patterned"))
            return false;
        // "worked as a teacher before publishing her first novel in 1962": a gerund has the
        // clause's subject, and no clause of its own to stand alone.
        if (i + 1 < end && word(i + 1).size() > 4 && word(i + 1).ends_with("ing") && !tokens[i + 1].capitalised &&
            (w == "before" || w == "after" || w == "while" || w == "when"))
            return false;
        // "suffered a stroke months after the wedding and was diagnosed with cancer in 2016": a
        // noun phrase after "after" and then "and": a preposition, and the predicate goes on.
        if (w == "after" || w == "before")
            for (uint32_t k = i + 1; k < end && k < i + 8; ++k) {
                const std::string_view v = word(k);
                if (v == "and" && k + 1 < end && !tokens[k + 1].capitalised &&
                    (is_past_verb(word(k + 1)) || is_copula(word(k + 1)) || word(k + 1) == "has" || word(k + 1) == "had"))
                    return false;  // (not "after talks with Network Rail and train operators broke down")
                if (!tokens[k].is_word() || article.in_timex[k] || is_past_verb(v) || is_copula(v) || is_report_verb(v) ||
                    v == "has" || v == "had" || v == "have")
                    break;
            }
        if (w == "as" || w == "once" || w == "until")  // "as well", "as of": not clauses
            return tokens[i - 1].is(',') || (w == "until" && i >= first + 2 && word(i - 1) == "least" && word(i - 2) == "at");
        if (w == "who" || w == "which" || w == "where" || w == "whose")  // relative: only after a comma or "and"
            return tokens[i - 1].is(',') || word(i - 1) == "and" || word(i - 1) == "but";
        return true;
    };
    // "the Jan. 6, 2021, attack on the Capitol": a full date's closing comma before the noun.
    uint32_t noun = e.end_token;
    if (noun + 1 < end && tokens[noun].is(',') && e.first_token > first && word(e.first_token - 1) == "the" &&
        e.precision == Precision::Day)
        ++noun;
    // But "killed 1,200 people ... in the October 7 attack on southern Israel": what the clause
    // tells happened in that happening, on its date; the clause is the headline.
    const bool happened_in_it = e.first_token >= first + 3 && word(e.first_token - 1) == "the" &&
                                (word(e.first_token - 2) == "in" || word(e.first_token - 2) == "during") &&
                                std::any_of(tokens.begin() + first, tokens.begin() + (e.first_token - 2), [&](const Token& t) {
                                    return t.is_word() && !t.capitalised && is_past_verb(article.lower.substr(t.start, t.end - t.start));
                                });
    if (noun < end && is_event_noun(word(noun)) && !happened_in_it) {
        uint32_t j = noun + 1;
        while (j < end && !tokens[j].is(',') && !is_copula(word(j))) ++j;
        if (j > noun + 3) return {noun, j};
    }
    // "The death toll from an earthquake that struck southern Turkey on Monday rose above 2,000 on
    // Tuesday": the date in a relative clause of a happening's noun dates that happening, from the
    // noun to the date (and what follows it up to a comma or the main clause's verb).
    if (const auto told = dated_relative_clause_of_happening(article, first, end, e)) return *told;
    // '"... at a similar rate as before," Thordarson told RUV on Thursday': no clause starts inside
    // a quotation that closes before the date; the quotation is what the attribution's date dates.
    std::vector<bool> quoted;
    for (uint32_t i = first; i < e.first_token && quoted.empty(); ++i)
        if (is_quote_mark(tokens[i]) && !tokens[i].is('\'') && !tokens[i].is(0x2019)) quoted.resize(e.first_token - first);
    if (!quoted.empty()) {
        bool inside = false;
        for (uint32_t i = first; i < e.first_token; ++i) {
            quoted[i - first] = inside;
            inside = tokens[i].inside_quote_after(inside);
        }
        if (inside) quoted.clear();  // the date itself inside the quotation: its clauses are the quotation's
    }
    for (uint32_t i = e.first_token; i-- > first;) {
        if (!quoted.empty() && quoted[i - first]) continue;
        if (tokens[i].is(';') || (is_clause_colon(tokens, i) && i > first + 3)) { a = i + 1; break; }
        if (boundary(i) && !relative_aside_end(article, i, e.first_token)) { a = i; break; }  // an aside of the subject: go on
    }
    // An aside opening after the date ("when the plane made its maiden flight on 11 December -- four
    // years late -- and only became public this weekend") ends the date's clause once it has a verb:
    // what follows the aside is the outer clause's.
    auto opens_aside = [&](uint32_t i) {
        return tokens[i].space_before && (tokens[i].is(0x2014) || tokens[i].is(0x2013) || tokens[i].is('-')) && i + 1 < end &&
               (tokens[i + 1].space_before || tokens[i + 1].is('-'));
    };
    for (uint32_t i = e.end_token; i < end; ++i) {
        if (tokens[i].is(';') || is_clause_colon(tokens, i)) { b = i; break; }
        // "In the past year, the Shanghai Index, which is the most valued in China, has lost ...":
        // an aside of the subject after the date, with the clause's verb after it: go on.
        if (boundary(i)) {
            if (const uint32_t aside_end = relative_aside_end(article, i, end)) {
                i = aside_end;
                continue;
            }
            b = i;
            break;
        }
        if (opens_aside(i)) {
            // A lone dash before a name renames what came before ("their device - Apple TV"): no aside.
            uint32_t next = i + 1;
            while (next < end && !tokens[next].is_word()) ++next;
            bool closed = false;
            for (uint32_t k = next; k < end && !closed; ++k) closed = opens_aside(k);
            if (!closed && next < end && tokens[next].capitalised) continue;
            bool verb = false;
            for (uint32_t k = a; k < i && !verb; ++k) verb = !article.in_timex[k] && !tokens[k].capitalised && is_past_verb(word(k));
            if (verb) { b = i; break; }
        }
    }
    // "parents at Garfield, which opened in 1926, collected signatures": a relative clause of a name
    // (or of the sentence's subject: "The pier, which opened in 1872, was closed") between commas
    // that holds the date ends at its closing comma, however short ("Garfield opened",
    // antecedent_for_relative_clause); the main clause's verb is not its.
    if (a > first + 1 && (word(a) == "which" || word(a) == "who") && tokens[a - 1].is(',') &&
        (tokens[a - 2].capitalised || !subject_phrase_before_comma(article, a - 1).empty()))
        if (const uint32_t close = relative_aside_end(article, a, end); close >= e.end_token && close < b) return {a, close};
    size_t words = 0;
    for (uint32_t i = a; i < b; ++i) words += tokens[i].is_word() && (i < e.first_token || i >= e.end_token);
    bool reporting = false;  // asked only where it decides (4 to 7 words): the lookups cost
    if (words >= 4 && words < 8)
        for (uint32_t i = a; i < b && !reporting; ++i)
            reporting = tokens[i].is_word() && (i < e.first_token || i >= e.end_token) && is_report_verb(word(i));
    if (words < 4 || (reporting && words < 8)) return {first, end};
    return {a, b};
}

// 2. A clause that opens with a relative or subordinating word ("which fighters blew up") leans
// on the sentence it came from.
void mark_relative_clause(HeadlineDraft& d) {
    const bool relative_clause = is_subordinator(d.word(d.first)) || (d.word(d.first) == "and" && is_subordinator(d.word(d.first + 1)));
    if (relative_clause) d.quality -= 4;
}

// A word for a stretch of time that can rename a date: "2013, the year she married".
static bool is_unit_of_time(std::string_view w) {
    return w == "year" || w == "day" || w == "month" || w == "week" || w == "night" || w == "morning" || w == "afternoon" ||
           w == "evening" || w == "season" || w == "time";
}

// 3. Dates, with their preposition (and "late"/"early", "around", "only" before that, and what
// renames them: ", the year she married"); but a date that
// belongs to a noun phrase stays: "this year's conference", "2007 models", "the September 11
// attacks", a date that is the subject ("Today marked..."), a date that is what the clause says
// ("The first flight of the 777 was in 1994"), and a "since" date, which is not when anything
// happened and completes its phrase ("lows not seen since 1982").
void drop_dates(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    const uint32_t first = d.first, end = d.end;
    std::vector<std::pair<uint32_t, uint32_t>> dates;  // token spans to drop, in text order
    for (const TimeExpression& o : d.article.timexes) {
        if (o.first_token < first || o.end_token > end || o.type == TimexType::Duration || o.type == TimexType::Set) continue;
        // "lows not seen since 1982": the phrase needs it. (The event's own "since" date goes: the
        // state began then. It may be a copy of the expression, so compared by its place.)
        if (o.signal == "since" && o.first_token != d.date.first_token) continue;
        const uint32_t after = o.end_token;
        const bool possessive = after < end && d.word(after) == "'s";
        const bool modifies_noun = after < end && tokens[after].is_word() && !tokens[after].capitalised &&
                                   !is_stop_word(d.word(after)) && !d.word(after).ends_with("ed") && !is_report_verb(d.word(after));
        const std::string_view before = o.first_token > first ? d.word(o.first_token - 1) : std::string_view{};
        // "in the late 1980's", "during the 1990s": a decade or century takes "the" as a year does
        // not, so after a preposition the "the" is the date's own, not a noun phrase's ("in the
        // 1991 Gulf War" keeps its year).
        const bool decade_or_century = o.value.size() == 3 || o.value.size() == 2;
        const bool the_of_date = before == "the" && decade_or_century && o.first_token >= first + 2 &&
                                 is_preposition(d.word(o.first_token - 2)) && !modifies_noun && !possessive;
        const bool determined = (before == "the" && !the_of_date) || before == "a" || before == "an" || before == "its" || before == "their";
        const bool opens = o.first_token == first || (o.first_token > first && is_quote_mark(tokens[o.first_token - 1]));
        const bool subject = opens && after < end && tokens[after].is_word();
        if (possessive || (modifies_noun && !is_preposition(before)) || determined || subject) continue;
        if (modifies_noun && is_preposition(before) && o.meaning.anchor == TimexMeaning::Anchor::Absolute) continue;
        uint32_t o0 = o.first_token;
        if (the_of_date) --o0;
        // "until at least the end of the month": "at least" goes with its date.
        if (o0 >= first + 3 && d.word(o0 - 1) == "least" && d.word(o0 - 2) == "at" && is_preposition(d.word(o0 - 3))) o0 -= 2;
        if (o0 > first && is_preposition(d.word(o0 - 1))) --o0;
        if (o0 > first && d.word(o0) == "of" && d.word(o0 - 1) == "as") --o0;  // "as of January 2008" goes whole
        // "spent much of the 1970s in exile": the date is what "much of" counts; dropped, the phrase is lost.
        if (o0 > first && d.word(o0) == "of" &&
            (d.word(o0 - 1) == "much" || d.word(o0 - 1) == "most" || d.word(o0 - 1) == "part" || d.word(o0 - 1) == "all"))
            continue;
        // "entered politics only two years ago", "just a week later": a degree word is its date's.
        if (o0 > first && (d.word(o0 - 1) == "late" || d.word(o0 - 1) == "early" || d.word(o0 - 1) == "around" ||
                           d.word(o0 - 1) == "about" || d.word(o0 - 1) == "only" || d.word(o0 - 1) == "just" ||
                           // "said earlier in the day that": "earlier" goes with its date
                           ((d.word(o0 - 1) == "earlier" || d.word(o0 - 1) == "later") && is_preposition(d.word(o0)))))
            --o0;
        // "spotted at around 4pm": "around" taken as the preposition, "at" is the date's too.
        if (o0 > first + 1 && (d.word(o0) == "around" || d.word(o0) == "about") && (d.word(o0 - 1) == "at" || d.word(o0 - 1) == "on"))
            --o0;
        // "between September and October of 2007": dates joined by a connector go as one.
        if (!dates.empty() && dates.back().second + 1 == o0 && is_date_connector(d.article, o0 - 1)) dates.back().second = o.end_token;
        else dates.push_back({o0, o.end_token});
    }
    for (auto [from, to] : dates) {
        if (from > first && is_copula(d.word(from - 1))) continue;
        // "became a Swiss citizen in 2013, the year she married Erwin Bach": what renames the date
        // goes with it (up to a semicolon or the end).
        if (to + 2 < end && tokens[to].is(',') && d.word(to + 1) == "the" && is_unit_of_time(d.word(to + 2))) {
            uint32_t k = to + 1;
            while (k < end && !tokens[k].is(';') && !tokens[k].is('.')) ++k;
            d.drop(to, k);
        }
        // "The previous strike, in 2007, lasted 100 days": a date between two commas goes with
        // both, so that none is left between the subject and its verb (a subject of two words at
        // least: "Earlier, on June 24, Apple told" keeps its opening word's comma). Before what is
        // no verb ("in Kusnacht near Zurich, Switzerland, on Wednesday, her representative said")
        // the second comma stays: it opens the attribution.
        const bool between_commas = from >= first + 3 && tokens[from - 1].is(',') && to < end && tokens[to].is(',');
        const std::string_view after = to + 1 < end ? d.word(to + 1) : std::string_view{};
        const bool verb_after = to + 1 < end && !tokens[to + 1].capitalised &&
                                (is_past_verb(after) || is_copula(after) || after == "has" || after == "have" || after == "had" ||
                                 after == "will" || after == "would" || is_report_verb(after) || after == "and" || after == "but" ||
                                 after == "or");
        if (between_commas) d.drop(from - 1, verb_after ? to + 1 : to);
        else d.drop(from, to);
    }
}

// 3b. A name followed by its acronym in brackets: the headline uses the acronym, as a reader
// would: "European Aeronautic Defence and Space NV (EADS) has won" -> "EADS has won". The name
// is the run of capitalised words (with "and", "of", "&") right before the bracket.
void prefer_acronym_of_name(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    for (uint32_t i = d.first + 2; i + 2 < d.end; ++i) {
        if (!tokens[i].is('(') || !tokens[i + 2].is(')') || !tokens[i + 1].all_caps || !tokens[i + 1].is_word()) continue;
        const std::string_view acronym = d.article.token(i + 1);
        if (acronym.size() < 2) continue;
        uint32_t from = i;
        while (from > d.first && ((tokens[from - 1].is_word() && tokens[from - 1].capitalised) || d.word(from - 1) == "and" ||
                                  d.word(from - 1) == "of" || tokens[from - 1].is('&')))
            --from;
        // The name opens with the acronym's first letter ("Shares of General Motors (GM)": "General Motors").
        while (from < i && !(tokens[from].capitalised && d.article.token(from)[0] == acronym[0])) ++from;
        // The acronym's letters are the name's initials, in order: "EADS" from "European Aeronautic Defence and Space".
        size_t matched = 0;
        for (uint32_t k = from; k < i && matched < acronym.size(); ++k)
            if (tokens[k].is_word() && tokens[k].capitalised && d.article.token(k)[0] == acronym[matched]) ++matched;
        if (i - from < 2 || matched < acronym.size()) continue;
        d.drop(from, i + 1);   // the name and "("
        d.drop(i + 2, i + 3);  // ")"
        return;
    }
}

// 4. Asides in brackets.
void drop_bracketed_asides(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    for (uint32_t i = d.first; i < d.end; ++i)
        if ((tokens[i].is('(') || tokens[i].is('[')) && d.kept(i)) {  // (not one prefer_acronym_of_name opened)
            uint32_t j = i;
            while (j < d.end && !tokens[j].is(')') && !tokens[j].is(']')) ++j;
            d.drop(i, std::min(d.end, j + 1));
            i = j;
        }
    // An aside between two dashes ("the Big Three automakers -- Chrysler, Ford, and General Motors
    // -- has been rejected"): a dash with a space before it ("—", "–", "-" or "--"), its pair within
    // the clause. Not when the date is inside it: then the aside is what is dated.
    auto dash_end = [&](uint32_t i) -> uint32_t {  // past the dash at i, or 0
        if (i >= d.end || !tokens[i].space_before || !(tokens[i].is('-') || tokens[i].is(0x2014) || tokens[i].is(0x2013))) return 0;
        if (tokens[i].is('-') && i + 1 < d.end && tokens[i + 1].is('-') && !tokens[i + 1].space_before) return i + 2;
        return i + 1;
    };
    for (uint32_t i = d.first + 1; i < d.end; ++i) {
        const uint32_t open_end = dash_end(i);
        if (!open_end) continue;
        for (uint32_t j = open_end + 1; j < d.end && j < open_end + 24; ++j) {
            const uint32_t close_end = dash_end(j);
            if (!close_end) continue;
            if (d.date.first_token < i || d.date.first_token >= close_end) d.drop(i, close_end);
            i = close_end - 1;
            break;
        }
    }
    // A sentence adverb between commas after the subject ("The S&P 500 Index, meanwhile, struck a
    // ten-month high"): it ties the sentence to the one before, which a timeline entry lacks.
    for (uint32_t i = d.first + 3; i < d.end; ++i) {
        if (!tokens[i].is(',') || !d.kept(i) || !closes_adverb_aside(d.article, d.first, i)) continue;
        uint32_t open = i - 1;
        while (open > d.first && !tokens[open].is(',')) --open;
        d.drop(open, i + 1);
    }
}

// 5. A quotation after a colon is not the headline.
void drop_quotation_after_colon(HeadlineDraft& d) {
    for (uint32_t i = d.first + 4; i < d.end; ++i)
        if (is_clause_colon(d.article.tokens, i)) {
            d.drop(i, d.end);
            break;
        }
}

// Does token j open a time measured from a clause: "days after he ended the deal", "just hours
// before the vote", "shortly after", "a week after"? A few words of measure ("just", "only",
// "a", "two", a number), a unit or "shortly"/"soon", then a subordinator or the span's end (the
// clause after it cut away already).
static bool opens_time_from_a_clause(const HeadlineDraft& d, uint32_t j) {
    static constexpr std::string_view kUnits[] = {"minutes", "hours", "days", "weeks", "months", "years", "moments",
                                                  "minute",  "hour",  "day",  "week",  "month",  "year",  "shortly", "soon"};
    uint32_t k = j;
    for (int words = 0; k < d.end && words < 3; ++k, ++words) {
        const std::string_view w = d.word(k);
        const bool measure = d.article.tokens[k].is_number() || w == "just" || w == "only" || w == "mere" || w == "barely" ||
                             w == "some" || w == "a" || w == "few" || w == "several" || w == "two" || w == "three";
        if (!measure) break;
    }
    if (k >= d.end || std::find(std::begin(kUnits), std::end(kUnits), d.word(k)) == std::end(kUnits)) return false;
    uint32_t after = k + 1;
    while (after < d.end && !d.kept(after)) ++after;
    return after >= d.end || is_subordinator(d.word(after));
}

// "was", "has been", "had": the auxiliaries a subject's own verb takes after a comma that set off
// an apposition ("The record holder, a black hole, was announced").
static bool is_auxiliary_of_own_verb(std::string_view w) {
    return w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "be" || w == "being" || w == "has" ||
           w == "have" || w == "had" || w == "not";
}

// 6. From the end: a predicate of what has gone on since the date ("and has since spent", "and
// now operates"),
// trailing "as/while ..." clauses, participles and times measured from a clause
// (", days after he ended ..."), then attribution (", X said", ", according to X"). Attribution
// is a speaker and a verb (", the Observatory said", ", said the commander"); with more than a
// couple of words after "X said", it is a clause of its own (", Apple announced another special
// event to be held"). The speaker is kept when the saying is the event (the date is in it) or the
// rest is a quotation.
void drop_trailing_clause_or_attribution(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    const uint32_t first = d.first, end = d.end;
    // "was bought by Sheikh Mansour in 2008 and has since spent more than £2bn", "launched its
    // first forklift in 2021 and now operates in 60 warehouses": what has gone on since the date,
    // or goes on now, is no part of what happened on it.
    for (uint32_t i = std::max(first, d.date.end_token); i + 3 < end; ++i)
        if (d.kept(i) && d.word(i) == "and" &&
            (((d.word(i + 1) == "has" || d.word(i + 1) == "have") && d.word(i + 2) == "since") || d.word(i + 1) == "now")) {
            d.drop(i, end);
            break;
        }
    for (uint32_t i = end; i-- > first + 3;) {
        if (!tokens[i].is(',') || !d.kept(i)) continue;
        uint32_t j = i + 1;
        while (j < end && !d.kept(j)) ++j;
        if (j >= end) {  // a comma with nothing kept after it
            d.keep[i - first] = false;
            continue;
        }
        const std::string_view next = d.word(j);
        if (is_subordinator(next) || (next.size() > 4 && next.ends_with("ing") && j + 1 < end) || opens_time_from_a_clause(d, j)) {
            d.drop(i, end);  // ", as the extremists fell back", ", advancing to the city", ", days after he ended"
            continue;
        }
        // ", a military source said, in a strategically-important move": a phrase after the
        // attribution goes, and the attribution with it (next round).
        if (is_preposition(next) && next != "to") {
            bool attribution_before = false;
            for (uint32_t k = i; k-- > first && k + 8 > i && !attribution_before;)
                attribution_before = d.kept(k) && is_report_verb(d.word(k)) && d.word(k) != "according";
            if (attribution_before) {
                d.drop(i, end);
                continue;
            }
        }
        uint32_t verb = end;
        for (uint32_t k = i + 1; k < end && k < i + 16 && verb == end; ++k)  // not a name's word ("the United States")
            if (d.kept(k) && !tokens[k].capitalised && is_report_verb(d.word(k))) verb = k;
        size_t before_verb = 0, after_verb = 0;
        for (uint32_t k = i + 1; k < end; ++k)
            if (d.kept(k) && tokens[k].is_word() && k != verb) ++(k < verb ? before_verb : after_verb);
        uint32_t kept_end = end;  // past the last word kept (a phrase after the attribution may be gone)
        while (kept_end > i + 1 && !d.kept(kept_end - 1)) --kept_end;
        // ", said that they have lost ...": the verb of a subject set off before the comma ("Charities,
        // such as Cats Protection, said that"), with what was said after it: no attribution.
        uint32_t after_said = verb + 1;  // past what is dropped and the date ("said on Monday that")
        while (after_said < end && (!d.kept(after_said) || (after_said >= d.date.first_token && after_said < d.date.end_token) ||
                                    (after_said + 1 == d.date.first_token && d.word(after_said) == "on")))
            ++after_said;
        // "told supporters on Sunday that": the verb's object may come before the "that" (three words at most).
        for (uint32_t k = after_said, words = 0; k < end && words < 3 && d.word(after_said) != "that"; ++k) {
            if (!d.kept(k) || (k >= d.date.first_token && k < d.date.end_token) || (k + 1 == d.date.first_token && d.word(k) == "on"))
                continue;
            if (d.word(k) == "that") after_said = k;
            else words += tokens[k].is_word();
        }
        const bool says_that = before_verb == 0 && after_said < end && d.word(after_said) == "that";
        // ", was announced in November", ", has said": only auxiliaries before the verb make it the
        // subject's own (passive or perfect), not someone's attribution.
        bool own_verb = before_verb > 0 && verb < end;
        for (uint32_t k = i + 1; own_verb && k < verb; ++k)
            own_verb = !d.kept(k) || !tokens[k].is_word() || is_auxiliary_of_own_verb(d.word(k));
        // '"...", said the mayor', ", said John Smith": right after the comma, a verb of saying
        // attributes only with its speaker after it (a name, or a determiner opening one) or nothing
        // but its date (", announced last November"). "Alphabet,
        // Google's parent company, reported net profit of $9.4 billion": the subject's own verb.
        bool speaker_after = true;
        if (before_verb == 0 && verb < end) {
            uint32_t k = verb + 1;
            while (k < end && (!d.kept(k) || !tokens[k].is_word() || d.article.in_timex[k] ||
                               (k + 1 < end && d.article.in_timex[k + 1] && d.word(k) == "on")))
                ++k;
            speaker_after = k >= end || tokens[k].capitalised || is_determiner(d.word(k)) || is_pronoun_subject(d.word(k));
        }
        // "told national broadcaster RUV": "told" names its hearer, up to four words.
        const size_t most_after = verb < end && d.word(verb) == "told" ? 4 : 2;
        if (verb < end && kept_end - i <= 16 && (before_verb == 0 || after_verb <= most_after) && !says_that && speaker_after && !own_verb) {
            const bool date_in_tail = d.date.first_token > i;
            const bool quotation = is_quote_mark(tokens[first]);
            if (date_in_tail || quotation) {
                for (uint32_t k = before_verb ? i + 1 : verb + 1; k < (before_verb ? verb : end); ++k)
                    if (d.kept(k) && tokens[k].is_word()) {
                        if (!d.speaker.empty()) d.speaker += ' ';
                        else d.speaker_first = k;
                        d.speaker += d.article.token(k);
                    }
                // "according to X" and "X told reporters" say it as "X said": "told" wants its hearer.
                d.speaker_verb = d.word(verb) == "according" || d.word(verb) == "told" ? "said" : std::string(d.word(verb));
            }
            d.drop(i, end);
        }
        break;
    }
}

// 7. Participial asides between commas: ", hiding among a group of fleeing civilians,". A figure
// restated after the closing comma (", losing 39.45 points, or -2.56%") belongs to the phrase
// and goes with it: "hit hard or -2.56%" is no headline. A past participle's aside after the
// subject goes when it has a date of its own before the headline's: ", launched on Christmas Day
// 2021," (happening_of_dated_participle_aside makes that date's headline), or when the subject's
// verb follows it: "The eastern administration, backed by Khalifa Haftar, declared" ->
// "The eastern administration declared".
void drop_participial_asides(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    for (uint32_t i = d.first; i + 1 < d.end; ++i) {
        if (!tokens[i].is(',') || !d.kept(i)) continue;
        const std::string_view w = d.word(i + 1);
        if (w.size() > 4 && w.ends_with("ing")) {
            uint32_t j = i + 2;
            while (j < d.end && !tokens[j].is(',') && j < i + 14) ++j;
            if (j >= d.end || !tokens[j].is(',')) continue;
            if (j + 2 < d.end && d.word(j + 1) == "or" &&
                (tokens[j + 2].is_number() || tokens[j + 2].is('-') || tokens[j + 2].is('$'))) {
                uint32_t k = j + 2;  // the restated figure, up to the next comma or the end
                while (k < d.end && !tokens[k].is(',')) ++k;
                j = k < d.end ? k : d.end - 1;
                if (k >= d.end) {
                    d.drop(i, d.end);
                    continue;
                }
            }
            d.drop(i, j + 1);
            continue;
        }
        // ", launched on Christmas Day 2021," after the subject: a past participle's aside with a
        // date of its own tells its own happening (its own event), not this one.
        if (i < d.first + 6 && !tokens[i + 1].capitalised && is_past_participle(w) && d.date.first_token > i + 1) {
            uint32_t j = i + 2;
            while (j < d.end && !tokens[j].is(',') && j < i + 14) ++j;
            if (j + 1 >= d.end || !tokens[j].is(',') || j >= d.date.first_token) continue;
            bool dated = false;
            for (const TimeExpression& x : expressions_in(d.article, i + 1, j)) dated |= x.dated && x.end_token <= j;
            // Undated, it describes the subject between it and its verb (", backed by the military
            // commander Khalifa Haftar, declared"): not what the subject did, so it goes too.
            const std::string_view next = d.word(j + 1);
            const bool verb_after = is_past_verb(next) || is_copula(next) || next == "has" || next == "have" || next == "had";
            if (dated || verb_after) d.drop(i, j + 1);
        }
    }
}

// 7b. A relative clause between the subject and its verb: "Japan, which accounts for 7% of world
// output, has entered a recession" -> "Japan has entered a recession"; a happening's relative
// clause with a date of its own ("The toll from an earthquake that struck on Monday rose on
// Tuesday" -> "The toll from an earthquake rose"); also of a reported
// clause's subject ("Jobs announced that the "Lion" release to OS X, which is scheduled for next
// summer, will include ..."), so the subject may be up to sixteen tokens in.
void drop_relative_aside(HeadlineDraft& d) {
    // "The death toll from an earthquake that struck Turkey on Monday rose above 2,000 on Tuesday":
    // a happening's relative clause dated by another date is that happening's (its own event), not this one's.
    for (const TimeExpression& x : d.article.timexes) {
        if (x.first_token >= d.date.first_token || x.first_token >= d.end) break;
        if (x.first_token <= d.first || !x.dated || &x == &d.date) continue;
        if (const auto other = dated_relative_clause_of_happening(d.article, d.first, d.end, x); other && other->second <= d.date.first_token) {
            d.drop(other->first + 1, other->second);
            return;
        }
    }
    for (uint32_t i = d.first + 1; i + 1 < d.end && i < d.first + 16; ++i) {
        if (!d.kept(i) || !d.article.tokens[i].is(',')) continue;
        if (const uint32_t close = relative_aside_end(d.article, i + 1, d.end)) {
            d.drop(i, close + 1);
            return;
        }
    }
}

// ", 58," at token i (the first comma): a person's age between commas right after a capitalised
// word ("John Carter, 58, was convicted"), one to three digits.
static bool is_age_after_name(const ArticleAnalysis& a, uint32_t i) {
    const std::vector<Token>& tokens = a.tokens;
    return i > 0 && i + 2 < tokens.size() && tokens[i].is(',') && tokens[i - 1].is_word() && tokens[i - 1].capitalised &&
           tokens[i + 1].is_number() && !tokens[i + 1].decimal && a.token(i + 1).size() <= 3 && tokens[i + 2].is(',');
}

// "Her former business partner, Ramesh "Sunny" Balwani, was convicted", "The company's founder,
// Adam Neumann, left": a description (a determiner or a possessive, a common noun last) renamed by
// a name between commas right before the verb. The name is the subject: the description and the
// commas go (and with them a pronoun that would need resolving). At `comma`, the first comma.
static bool renames_description_before(HeadlineDraft& d, uint32_t first, uint32_t comma) {
    const std::vector<Token>& tokens = d.article.tokens;
    if (comma < first + 2 || comma + 2 >= d.end || !tokens[comma + 1].is_word() || !tokens[comma + 1].capitalised) return false;
    const std::string_view opening = d.word(first);
    bool described = opening == "his" || opening == "her" || opening == "its" || opening == "their" || opening == "the" ||
                     opening == "a" || opening == "an";
    for (uint32_t k = first; k < comma; ++k) {
        if (!d.kept(k) || d.article.in_timex[k] || !(tokens[k].is_word() || tokens[k].is('\'') || tokens[k].is(0x2019))) return false;
        described |= d.word(k) == "'s" || d.word(k) == "\xE2\x80\x99s";
    }
    if (!described || tokens[comma - 1].capitalised || !tokens[comma - 1].is_word()) return false;
    uint32_t j = comma + 1;  // the name: capitalised words, a nickname in quotation marks, "Jr."
    while (j < d.end && j < comma + 9 &&
           ((tokens[j].is_word() && tokens[j].capitalised) || is_quote_mark(tokens[j]) || (tokens[j].is('.') && !tokens[j].space_before)))
        ++j;
    if (j + 1 >= d.end || !tokens[j].is(',') || !(tokens[j - 1].is_word() || is_quote_mark(tokens[j - 1]))) return false;
    const std::string_view verb = d.word(j + 1);
    if (!(is_past_verb(verb) || is_copula(verb) || verb == "has" || verb == "had")) return false;
    d.drop(first, comma + 1);
    d.drop(j, j + 1);
    return true;
}

// 8. An apposition right after the subject: "The SDF, the U.S. backed alliance in Syria, took".
// The subject is a few words, or a longer name of capitalised words ("European Aeronautic Defence
// and Space NV, the parent company of Airbus, has won"). When the subject is a description and
// the apposition a name ("The primary UK index, the FTSE 100, dropped"), the name stays instead.
// A person's age after the name (", 58,") goes too. A description renamed by a bare name ("Her
// former business partner, Ramesh Balwani, was convicted") gives the name (renames_description_before).
void drop_apposition_after_subject(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    // "John Carter, 58, was convicted": a person's age after the name goes with its commas.
    for (uint32_t i = d.first + 1; i + 3 < d.end && i < d.first + 6; ++i)
        if (d.kept(i) && is_age_after_name(d.article, i)) {
            d.drop(i, i + 3);
            break;
        }
    // "But west of Raqqa, the Syrian army put ...": an opening phrase, not a subject, before the comma.
    const uint32_t opener = is_opening_filler(d.word(d.first)) ? d.first + 1 : d.first;
    if (opener < d.end && is_preposition(d.word(opener))) return;
    for (uint32_t i = d.first + 1; i < d.end && i < d.first + 12; ++i) {
        if (i >= d.first + 5) {  // past a few words, only a name comes before the comma
            const bool name_word = !d.kept(i) || (tokens[i].is_word() && tokens[i].capitalised) || d.word(i) == "and" ||
                                   d.word(i) == "of" || tokens[i].is('&') || tokens[i].is(',');
            if (!name_word) break;
        }
        if (tokens[i].is(',') && renames_description_before(d, opener, i)) break;
        if (!tokens[i].is(',') || !(d.word(i + 1) == "the" || d.word(i + 1) == "a" || d.word(i + 1) == "an")) continue;
        // A subject kept before the comma ("Earlier this week, the automakers": the date is gone, no subject).
        bool subject = false;
        for (uint32_t k = d.first; k < i && !subject; ++k) subject = d.kept(k) && tokens[k].is_word();
        if (!subject) break;
        uint32_t j = i + 2;
        while (j < d.end && j < i + 14 && !tokens[j].is(',')) ++j;
        if (!(j < d.end && tokens[j].is(',') && j + 1 < d.end && tokens[j + 1].is_word())) break;
        // "The primary UK index, the FTSE 100, dropped": a description ending on a common noun,
        // renamed by a name (capitalised words and numbers after "the"): the name is the subject.
        bool name = j > i + 2;
        for (uint32_t k = i + 2; k < j && name; ++k) name = tokens[k].is_number() || (tokens[k].is_word() && tokens[k].capitalised) || tokens[k].is('&');
        uint32_t last = i;  // the description's last word
        while (last > d.first && !d.kept(last - 1)) --last;
        const bool description = last > d.first && tokens[last - 1].is_word() && !tokens[last - 1].capitalised;
        if (name && description) {
            d.drop(d.first, i + 1);
            d.drop(j, j + 1);
        } else {
            d.drop(i, j + 1);
        }
        break;
    }
}

// 9a. Where a subordinate clause opening at `start` ends: after its comma, and after the commas of
// clauses joined to it by "and"/"or" ("Since the bridges were down, and boats were being struck,
// the city was cut off"), as long as a clause is left after them. `start` when no comma is in reach.
uint32_t leading_subordinate_clause_end(const HeadlineDraft& d, uint32_t start) {
    const std::vector<Token>& tokens = d.article.tokens;
    auto comma_after = [&](uint32_t from) {  // the next comma within 24 tokens, or d.end
        uint32_t j = from;
        while (j < d.end && j < from + 24 && !tokens[j].is(',')) ++j;
        return j < d.end && tokens[j].is(',') ? j : d.end;
    };
    const uint32_t comma = comma_after(start + 1);
    if (comma >= d.end) return start;
    uint32_t past = comma + 1;
    while (past < d.end && tokens[past].is_word() && (d.word(past) == "and" || d.word(past) == "or")) {
        const uint32_t next = comma_after(past + 1);
        if (next + 4 >= d.end) break;  // nothing much after it: the joined clause is the main one
        past = next + 1;
    }
    return past;
}

// 9. Opening words: fillers ("But", "Meanwhile,", "after"), a leading subordinate clause ("As his
// men closed in on ...,"), a short opening phrase ("In Mosul,"), "Speaking,", a preposition's
// relative ("for which he shared" -> "he shared"). Sets d.start.
void drop_opening_words(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    const uint32_t end = d.end;
    uint32_t start = d.first;
    for (int guard = 0; guard < 8; ++guard) {
        while (start < end && (!d.kept(start) || tokens[start].is(',') || tokens[start].is(0x2014) || tokens[start].is('-')))
            ++start;
        if (start >= end) break;
        const std::string_view w = d.word(start);
        if (w == "so" && d.word(start + 1) == "far") {  // "So far, Boeing has..."
            d.drop(start, start + 2);
            continue;
        }
        // "It should be mentioned that", "It is worth noting that", "It should be noted that": the
        // writer's aside to the reader, up to its "that"; what follows is the news.
        if (w == "it" && start + 4 < end) {
            uint32_t that = start + 1;
            while (that < end && that < start + 6 && d.word(that) != "that") ++that;
            const std::string_view said = d.word(that - 1);
            if (that < end && d.word(that) == "that" && that > start + 2 &&
                (said == "mentioned" || said == "noted" || said == "noting" || said == "mentioning" || said == "notable" ||
                 said == "remembered")) {
                d.drop(start, that + 1);
                continue;
            }
        }
        // "for which he shared the prize", "in which the army lost": a relative clause opened by a
        // preposition, with a subject of its own after it, stands alone without the two.
        if (is_preposition(w) && start + 2 < end && (d.word(start + 1) == "which" || d.word(start + 1) == "whom") &&
            tokens[start + 2].is_word() && (is_pronoun_subject(d.word(start + 2)) || is_determiner(d.word(start + 2)) ||
                                            tokens[start + 2].capitalised)) {
            d.drop(start, start + 2);
            continue;
        }
        // "Hours later,", "Minutes earlier,": how far from the event before, which a headline
        // standing alone does not tell.
        if ((w == "hours" || w == "minutes" || w == "moments" || w == "days") &&
            (d.word(start + 1) == "later" || d.word(start + 1) == "earlier") && start + 2 < end && tokens[start + 2].is(',')) {
            d.drop(start, start + 3);
            continue;
        }
        // "since" opens a clause here too ("Since the bridges were down, ..."), not only a date.
        const bool opens_clause = is_subordinator(w) || w == "since";
        if (tokens[start].is_word() && (is_opening_filler(w) || opens_clause)) {
            // A subordinate clause up to its comma ("As his men closed in on the last areas,"); a
            // bare filler word alone otherwise.
            const uint32_t clause_end =
                opens_clause && w != "which" && w != "who" && w != "where" ? leading_subordinate_clause_end(d, start) : start;
            // The headline's date inside a "since" clause ("since the rains began on April 29, and
            // 125 were still missing"): the clause is the date's news; what follows its comma holds
            // from then on, not on the date. (After "when", "as", "after" the main clause keeps the
            // date: what happened then or right after.)
            const bool dated_clause = w == "since" && clause_end > start && d.date.first_token > start &&
                                      d.date.first_token < clause_end && d.article.in_timex[d.date.first_token] &&
                                      since_opens_a_clause(d.article, start, end);
            if (dated_clause) {
                uint32_t comma = d.date.end_token;
                while (comma < clause_end && !tokens[comma].is(',')) ++comma;
                d.drop(comma, end);
                d.keep[start - d.first] = false;
            } else if (clause_end > start) d.drop(start, clause_end);
            else if (w == "since" && !since_opens_a_clause(d.article, start, end))
                break;  // "Since May the town has...": a date phrase, not a filler
            else d.keep[start - d.first] = false;
            continue;
        }
        uint32_t next_kept = start + 1;
        while (next_kept < end && !d.kept(next_kept)) ++next_kept;
        if (w.size() > 4 && w.ends_with("ing") && next_kept < end && tokens[next_kept].is(',')) {  // "Speaking,"
            d.drop(start, next_kept + 1);
            continue;
        }
        // (Not after a prefix the kept words go on from: "Kissinger was born | in Fuerth, Germany".)
        if ((is_preposition(w) || (w == "according" && d.word(start + 1) == "to")) && d.prefix.empty()) {
            // up to 7 words as read, the dates not counted (gone, or kept as "an April 2nd report"):
            // "In a speech at 16:00 UTC on Monday,", "According to the AP,"
            uint32_t j = start;
            for (int words = 0; j < end && words < 7 && !tokens[j].is(','); ++j) words += d.kept(j) && !d.article.in_timex[j];
            if (j < end && tokens[j].is(',')) {
                // A list the phrase names goes on after the comma ("In addition to the iPod Classic,
                // Nano and Shuffle, they ..."): names and "and" up to the list's own comma go too.
                uint32_t k = j + 1;
                bool names = false, joined = false;
                while (k < end && k < j + 8 && (tokens[k].capitalised || d.word(k) == "and" || tokens[k].is(','))) {
                    names |= tokens[k].capitalised;
                    joined |= d.word(k) == "and";
                    ++k;
                }
                if (names && joined && k > j + 1 && tokens[k - 1].is(',')) j = k - 1;
                d.drop(start, j + 1);
                continue;
            }
        }
        break;
    }
    d.start = start;
}

// 10. "the site where Daesh chief ... made": what happened at the site.
void drop_site_before_where(HeadlineDraft& d) {
    const uint32_t start = d.start;
    for (uint32_t i = start; i < d.end && i < start + 4; ++i)
        if (d.kept(i) && (d.word(i) == "where" || d.word(i) == "when") && i > start &&
            (d.word(start) == "the" || d.word(start) == "a" || d.word(start) == "an")) {
            d.drop(start, i + 1);
            d.start = i + 1;
            break;
        }
}

// "added" says something ("..., he added", "officials added the town was calm") or puts a thing
// in ("Apple Computer added audio recording abilities to its computers"). Without "that", it is a
// saying only when what follows has a verb of its own before the next comma: the sentence's
// subject did the adding and is the headline's, not an attribution to drop.
static bool adds_a_thing(const HeadlineDraft& d, uint32_t verb, uint32_t next) {
    const std::string_view v = d.word(verb);
    if (v != "added" && v != "adds" && v != "add") return false;
    if (d.word(next) == "that") return false;
    const std::vector<Token>& tokens = d.article.tokens;
    for (uint32_t k = next + 1; k < d.end && k < next + 12; ++k) {
        if (tokens[k].is(',') || tokens[k].is('.')) break;
        const std::string_view w = d.word(k);
        if (is_copula(w) || w == "has" || w == "have" || w == "had" || w == "will" || w == "would" || w == "could" ||
            w == "may" || w == "might" || w == "must" || w == "should" || is_past_verb(w))
            return false;
    }
    return true;
}

// Is what is said from token `from` on a view, a state in the present ("the law is incompatible
// with EU values"), not a happening ("the company is divesting itself of", "there was a glitch")?
// Its first verb, within a subject of a few words, is "is"/"are" before neither a participle nor
// an -ing form.
static bool says_a_view(const HeadlineDraft& d, uint32_t from) {
    for (uint32_t k = from; k < d.end && k < from + 8; ++k) {
        const std::string_view w = d.word(k);
        if (!d.article.tokens[k].is_word()) return false;
        if (w == "is" || w == "are") {
            const std::string_view next = d.word(k + 1);
            return k > from && k + 1 < d.end && !next.empty() && !next.ends_with("ing") && !is_past_verb(next) && next != "to";
        }
        if (is_copula(w) || is_past_verb(w) || w == "has" || w == "have" || w == "had" || w == "will" || w == "would") return false;
    }
    return false;
}

// "said in a speech at the White House on Thursday that ...": the token after a saying's setting,
// phrases opened by the preposition at `from` (words and their dates; no verb, no "that"), up to
// `limit`: the "that" or whatever ends them. `from` itself when no preposition stands there.
static uint32_t end_of_saying_setting(const ArticleAnalysis& a, uint32_t from, uint32_t limit) {
    if (from >= limit || !is_preposition(a.word(from))) return from;
    uint32_t k = from + 1;
    for (; k < limit; ++k) {
        const Token& t = a.tokens[k];
        if (!t.is_word() && !a.in_timex[k] && !t.is('-') && !t.is('.') && !t.is('\'')) break;
        const std::string_view w = a.word(k);
        if (w == "that" || is_past_verb(w) || is_copula(w) || w == "will" || w == "would" || w == "has" || w == "had") break;
    }
    return k;
}

// "Ardent Health Services said it discovered the attack", "Police said they arrested two men":
// the pronoun opening what was said (at `pronoun`) is the speaker (tokens [first, verb)), who
// told of its own deed in the past: "it" for a name or an organisation's noun, "they" for a
// plural ("police", "officials"). Then the speaker becomes the headline's subject (d.prefix).
// "Toyota said it had sold a record 10.5 million vehicles in 2022": "Toyota sold ...", where the
// verb's past participle is its simple past (is_past_verb: "sold", "reported"; not "taken").
// Returns where the saying ends (what the headline drops from `first`), or 0.
bool is_organisation_noun(std::string_view w);  // below, with the other words for organisations
static uint32_t speaker_of_own_deed(HeadlineDraft& d, uint32_t first, uint32_t verb, uint32_t pronoun) {
    const std::vector<Token>& tokens = d.article.tokens;
    // "it had sold": a past before the saying's, told as the simple past when the two forms are one.
    const bool had = d.word(pronoun + 1) == "had" && pronoun + 2 < d.end && is_past_verb(d.word(pronoun + 2));
    if (verb <= first || verb > first + 6 || !d.prefix.empty() || !(had || is_past_verb(d.word(pronoun + 1)))) return 0;
    // "It said it had sold": the same pronoun both times, one speaker; the second stays (and is
    // resolved like any other).
    if (verb == first + 1 && d.word(first) == d.word(pronoun) && (d.word(first) == "it" || d.word(first) == "they")) {
        if (had) d.drop(pronoun + 1, pronoun + 2);
        return pronoun;
    }
    for (uint32_t k = first; k < verb; ++k)
        if (!d.kept(k) || !(tokens[k].is_word() || tokens[k].is('&') || tokens[k].is('.'))) return 0;
    if (!(tokens[first].capitalised || d.word(first) == "the")) return 0;
    const std::string_view last = d.word(verb - 1), w = d.word(pronoun);
    const bool agrees = w == "it" ? tokens[verb - 1].capitalised || is_organisation_noun(last)
                      : w == "they" ? (!tokens[verb - 1].capitalised || verb - 1 == first) &&  // "Police" opening the sentence
                                          (last == "police" || (last.size() > 3 && last.ends_with("s")))
                                    : false;
    if (!agrees) return 0;
    d.prefix.assign(d.article.text.substr(tokens[first].start, tokens[verb - 1].end - tokens[first].start));
    if (had) d.drop(pronoun + 1, pronoun + 2);
    return pronoun + 1;
}

// 11. Leading attribution: "the Observatory said (that) the SDF..." -> "the SDF...", unless what
// is said starts with a pronoun ("Russia said its forces..."; but "Ardent said it discovered the
// attack on November 23" is Ardent's own deed: "Ardent discovered the attack"). In "said the SDF took...",
// "announced that...", what is said follows; but in "Jobs announced the release of..." the
// announcing is the event; and when the date is the saying's ("announced on Wednesday that").
void drop_leading_attribution(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    const uint32_t start = d.start, end = d.end;
    for (uint32_t i = start; i < end && i < start + 8; ++i) {
        if (!d.kept(i)) continue;
        if (tokens[i].is(',')) break;
        if (tokens[i].is_word() && is_report_verb(d.word(i)) && d.word(i) != "according") {
            uint32_t j = i + 1;
            while (j < end && !d.kept(j)) ++j;
            // "said in a speech at the White House (on Thursday) that": the saying's setting, up to its "that".
            if (const uint32_t setting_end = end_of_saying_setting(d.article, j, std::min(end, j + 16));
                setting_end < end && d.word(setting_end) == "that")
                j = setting_end;
            if (d.word(j) != "that" && !is_saying_verb(d.word(i))) break;
            if (adds_a_thing(d, i, j)) break;
            if (d.word(j) == "that") ++j;
            while (j < end && !d.kept(j)) ++j;
            // The saying is dated ("GM announced on Wednesday that most bondholders ..."): it is the event.
            if (d.date.first_token > i && d.date.first_token < j) return;
            // A view said, dated by the saying's own verb ("Brussels has said the law is
            // incompatible with EU values", recent news, lead_news.h): told without its speaker
            // it would read as fact. A happening said ("has confirmed that there was a glitch")
            // is the headline without the saying.
            if (d.date.first_token <= i && i < d.date.end_token && says_a_view(d, j)) return;
            // What is said is a plan or a forecast ("GM said it would cut...", "Airbus announced that two
            // of the Rolls-Royce Trent 900 engines on the prototype would be replaced"): the saying is
            // the event. Its verb is looked for past a long subject, up to the first other verb.
            for (uint32_t k = j; k < end && k < j + 16; ++k) {
                const std::string_view w = d.word(k);
                if (w == "will" || w == "would" || w == "shall" || w == "'ll") return;
                if (k > j && tokens[k].is_word() && (is_copula(w) || w == "has" || w == "have" || w == "had" || is_past_verb(w)))
                    break;
            }
            if (j + 2 < end && !tokens[j].is(',') && !tokens[j].is(':') && !is_pronoun_subject(d.word(j)) &&
                d.word(j) != "this" && d.word(j) != "that")
                d.drop(start, j);
            else if (const uint32_t said_end = j + 2 < end && d.date.first_token > j ? speaker_of_own_deed(d, start, i, j) : 0)
                d.drop(start, said_end);  // "Ardent said it discovered the attack on November 23" -> "Ardent discovered the attack"
            break;
        }
    }
}

// 2b. "a January bombing that killed four Americans": the event noun the date qualifies opens the
// clause; as a headline it is the subject of what it did ("A bombing killed four Americans"). The
// noun's modifiers after its article come with it ("in a measles outbreak that began" -> "A
// measles outbreak began"; up to two lower-case words, not the date's).
void event_noun_as_subject(HeadlineDraft& d) {
    if (d.first + 2 >= d.end || !is_event_noun(d.word(d.first))) return;
    const std::string_view rel = d.word(d.first + 1);
    if (rel != "that" && rel != "which") return;
    if (!is_past_verb(d.word(d.first + 2))) return;
    d.keep[1] = false;
    const std::vector<Token>& tokens = d.article.tokens;
    uint32_t from = d.first;  // the first modifier kept
    while (from > 0 && d.first - from < 2 && tokens[from - 1].is_word() && !tokens[from - 1].capitalised &&
           !d.article.in_timex[from - 1] && !is_stop_word(d.word(from - 1)))
        --from;
    const bool after_article = from > 0 && (d.word(from - 1) == "a" || d.word(from - 1) == "an");
    if (!after_article) from = d.first;
    const char c = d.word(from)[0];
    d.prefix = (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') ? "An" : "A";
    if (from < d.first) d.prefix += " " + std::string(d.article.text.substr(tokens[from].start, tokens[d.first - 1].end - tokens[from].start));
}

// "was", "were", "has", "have", "had": an auxiliary two coordinated participles share.
bool is_auxiliary_before_participle(std::string_view w) {
    return w == "was" || w == "were" || w == "has" || w == "have" || w == "had";
}

// An auxiliary that opens a predicate of its own before `limit`: "was re-elected", "has been
// charged", "is due to be sentenced", "will face trial" ("was flat" is a state, not a predicate).
static bool is_auxiliary_of_a_predicate(const ArticleAnalysis& a, uint32_t at, uint32_t limit) {
    const std::string_view w = a.word(at);
    if (!(is_copula(w) || w == "has" || w == "have" || w == "had" || w == "will")) return false;
    uint32_t next = at + 1;
    if (next < limit && (a.word(next) == "been" || a.word(next) == "be")) ++next;
    if (next >= limit || a.tokens[next].capitalised) return false;
    std::string_view v = a.word(next);
    if (next + 2 < limit && a.tokens[next + 1].is('-') && !a.tokens[next + 1].space_before && !a.tokens[next + 2].space_before)
        v = a.word(next + 2);  // "re-elected"
    if (is_past_verb(v)) return true;
    if (w == "will") return a.tokens[next].is_word() && !is_stop_word(v);  // "will face"
    return (v == "due" || v == "expected" || v == "set") && next + 1 < limit && a.word(next + 1) == "to";
}

// A past verb with a prefix and a hyphen at token i: "re-entered", "co-founded", "pre-ordered".
bool is_prefixed_past_verb(const HeadlineDraft& d, uint32_t i) {
    const std::vector<Token>& tokens = d.article.tokens;
    if (i + 2 >= d.end || !tokens[i + 1].is('-') || tokens[i + 1].space_before || tokens[i + 2].space_before) return false;
    const std::string_view prefix = d.word(i);
    const bool known = prefix == "re" || prefix == "co" || prefix == "pre" || prefix == "un" || prefix == "over" ||
                       prefix == "out" || prefix == "under" || prefix == "mis" || prefix == "de";
    return known && is_past_verb(d.word(i + 2));
}

// 2f. "X founded Alameda Research in 2017 and the exchange FTX two years later": one verb with two
// dated objects joined by "and" (the second with no verb of its own); each date's headline keeps
// its own object: "X founded Alameda Research" (2017), "X founded the exchange FTX" (2019). The
// verb is the first past verb (or auxiliary) before the earlier date, with no other verb between
// it and the "and".
void object_of_its_own_date(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    const TimeExpression* other = nullptr;  // the one other date of the clause (a "since" date is a base, no object's)
    int others = 0;
    for (const TimeExpression& x : expressions_in(d.article, d.first, d.end)) {
        if (&x != &d.date && x.dated && x.type == TimexType::Date && x.signal != "since") {
            other = &x;
            ++others;
        }
    }
    if (others != 1 || other->first_token == d.date.first_token || d.date.signal == "since") return;
    const TimeExpression& earlier = other->first_token < d.date.first_token ? *other : d.date;
    const TimeExpression& later = &earlier == other ? d.date : *other;
    uint32_t join = d.end;  // "and" between the two dates, the second conjunct without a verb
    for (uint32_t k = earlier.end_token; k < later.first_token; ++k) {
        const std::string_view w = d.word(k);
        if (tokens[k].is(';') || tokens[k].is(':')) return;
        if (w == "and" && join == d.end) {
            join = k;
            continue;
        }
        if (join == d.end && !tokens[k].is(',')) return;  // only the date's comma before the "and"
        if (join != d.end && tokens[k].is_word() && !tokens[k].capitalised &&
            (is_past_verb(w) || is_copula(w) || w == "has" || w == "had" || is_subordinator(w)))
            return;  // a clause of its own
    }
    if (join == d.end || join + 1 >= later.first_token) return;
    for (uint32_t k = later.end_token; k < d.end; ++k)  // nor after the later date ("and in 1984 the Mac was released")
        if (tokens[k].is_word() && !tokens[k].capitalised && (is_past_verb(d.word(k)) || is_copula(d.word(k)))) return;
    uint32_t verb = earlier.first_token;  // the shared verb, before the earlier date
    while (verb > d.first && !(tokens[verb - 1].is_word() && !tokens[verb - 1].capitalised && is_past_verb(d.word(verb - 1)))) {
        if (tokens[verb - 1].is(',') || tokens[verb - 1].is(';')) return;
        --verb;
    }
    if (verb == d.first) return;
    if (&d.date == &later) d.drop(verb, join + 1);         // subject and verb, then the second object
    else d.drop(join, later.end_token);                    // the first object only
}

// 2e. "Bankman-Fried was released on bail but was jailed in August": the date is in the subject's
// second predicate, after "but" (a contrast: the first was another time's, and undated): the
// headline is the subject with that predicate ("Bankman-Fried was jailed"). The predicate after
// "but" has no subject of its own (a past verb, or an auxiliary and one); the first has a verb.
void dated_predicate_after_but(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    const uint32_t date = d.date.first_token;
    if (date <= d.first + 3 || date >= d.end) return;
    uint32_t but = d.end;
    for (uint32_t k = date; k-- > d.first + 2 && but == d.end;)
        if (d.word(k) == "but") but = k;
    if (but == d.end) return;
    const uint32_t next = but + 1;
    if (next >= date || tokens[next].capitalised || !tokens[next].is_word()) return;
    if (!(is_past_verb(d.word(next)) || is_auxiliary_of_a_predicate(d.article, next, date))) return;
    auto is_verb = [&](uint32_t k) {  // the first predicate's start: its auxiliary ("was once named") or its verb
        const std::string_view w = d.word(k);
        return tokens[k].is_word() && !tokens[k].capitalised &&
               (is_past_verb(w) || is_copula(w) || w == "has" || w == "have" || w == "had");
    };
    uint32_t verb = d.first + 1;
    while (verb < but && !is_verb(verb)) ++verb;
    if (verb >= but) return;
    for (uint32_t k = d.first; k < but; ++k)
        if (d.article.in_timex[k] || tokens[k].is(';') || tokens[k].is(':')) return;  // the first predicate's own date
    d.drop(verb, next);
}

// 2e'. "Work to repair them began in 2007 but was halted after the 2011 uprising": the date is the
// first predicate's, and the predicate after "but" (no subject of its own: a past verb, or an
// auxiliary and one) is another time's, as the contrast says: it goes ("Work to repair them
// began"). Not past a quotation, a colon or a semicolon, nor more than twelve tokens after the date.
void undated_predicate_after_but(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    const uint32_t date_end = d.date.end_token;
    if (d.date.first_token <= d.first || date_end >= d.end) return;
    bool verb_before = false;  // the first predicate's own verb, before its date
    for (uint32_t k = d.first + 1; k < d.date.first_token && !verb_before; ++k)
        verb_before = tokens[k].is_word() && !tokens[k].capitalised && (is_past_verb(d.word(k)) || is_copula(d.word(k)));
    if (!verb_before) return;
    for (uint32_t k = date_end; k + 1 < d.end && k < date_end + 12; ++k) {
        if (tokens[k].is(';') || tokens[k].is(':') || is_quote_mark(tokens[k])) return;
        if (d.word(k) != "but" || !d.kept(k)) continue;
        const uint32_t next = k + 1;
        if (tokens[next].capitalised || !tokens[next].is_word()) return;
        if (!(is_past_verb(d.word(next)) || is_auxiliary_of_a_predicate(d.article, next, d.end))) return;
        d.drop(tokens[k - 1].is(',') ? k - 1 : k, d.end);
        return;
    }
}

// Where the main clause of a sentence opening at `first` begins, after a leading subordinate
// clause ("After the news was announced(,) the index dipped, then rose"): past the comma that closes
// it, or, with no comma, past its own verb ("was announced") when a noun phrase follows. `first`
// when the sentence opens with no subordinating word, or the clause's end is not found before
// `limit`.
uint32_t main_clause_after_leading_subordinate(const HeadlineDraft& d, uint32_t first, uint32_t limit) {
    const std::vector<Token>& tokens = d.article.tokens;
    if (first >= limit || !tokens[first].is_word() || !is_subordinator(d.word(first)) || d.word(first) == "which" ||
        d.word(first) == "who" || d.word(first) == "where")
        return first;
    for (uint32_t i = first + 1; i < limit && i < first + 14; ++i) {
        if (tokens[i].is(',')) return i + 1;
        // "was announced the index": the clause's past verb, then "the" opening the main subject.
        if (tokens[i].is_word() && is_past_verb(d.word(i)) && i + 1 < limit && d.word(i + 1) == "the") return i + 1;
    }
    return first;
}

// Who a subject pronoun at token i stands for: "he"/"she" the last person named before it;
// "it"/"they" what the sentence before is about when it opens its sentence, else the last group
// named. Empty when no one is named.
static std::string pronoun_referent(const ArticleAnalysis& a, uint32_t i) {
    const std::string_view w = a.word(i);
    if (w != "he" && w != "she" && w != "it" && w != "they") return {};
    if (w == "it" || w == "they")
        if (std::string thing = thing_before_pronoun(a, i); !thing.empty()) return thing;
    const Referents r = referents_before(a, i);
    return w == "he" || w == "she" ? r.person : r.group;
}

// A verb that is active whatever follows it: a simple past that is no participle ("went", "fell",
// "took"; the participles are "gone", "fallen", "taken"), or a loss or win against a named rival
// ("lost to Southampton", "won against Italy"). "The team were knocked out ... and lost to
// Southampton" -> "The team lost to Southampton", not "The team were lost".
static bool is_active_past_at(const HeadlineDraft& d, uint32_t verb) {
    static constexpr std::string_view kSimplePastOnly[] = {
        "went", "came", "fell", "rose", "took", "drove", "began", "broke", "blew", "ran", "saw", "gave", "grew", "flew",
        "wrote", "chose", "froze", "spoke", "stole", "swore", "tore", "woke", "withdrew", "overran", "overtook", "retook",
        "undertook", "drew", "rode", "rang", "sang", "sank", "shook", "swam", "forgave", "forbade", "became", "arose", "knew", "threw"};
    static const auto kSimplePastOnlySet = word_set(kSimplePastOnly);
    const std::string_view w = d.word(verb);
    if (kSimplePastOnlySet.count(w)) return true;
    if (w != "lost" && w != "won") return false;
    const uint32_t k = verb + 1;
    return k + 1 < d.end && (d.word(k) == "to" || d.word(k) == "against") && d.article.tokens[k + 1].capitalised;
}

// Does an object follow the verb at `verb`, so that it is active and not a participle sharing a
// passive's "was"? A determiner ("launched the iTunes Music Store"), or two plain words of a noun
// phrase ("entered lunar orbit"); not a preposition ("charged with murder"), an adverb ("killed
// instantly") or a time ("executed days later").
static bool object_follows(const HeadlineDraft& d, uint32_t verb) {
    const uint32_t k = verb + 1;
    if (k >= d.end) return false;
    if (is_determiner(d.word(k))) return true;
    auto plain_word = [&](uint32_t i) {
        if (i >= d.end || !d.article.tokens[i].is_word() || d.article.tokens[i].capitalised || d.article.in_timex[i]) return false;
        const std::string_view w = d.word(i);
        return !is_stop_word(w) && !is_preposition(w) && !w.ends_with("ly") && !is_past_verb(w);
    };
    return plain_word(k) && plain_word(k + 1);
}

namespace {
bool is_organisation_word(std::string_view w);  // below, with the words that make a name a person's or not
}

// The name a relative clause's comma at `comma` follows: up to six capitalised words in its
// sentence (and a "for" between two, or an "of" after an organisation's word: "Students for Fair
// Admissions", "the Bank of England"), ending before the comma or before an acronym in brackets there ("the Dow Jones
// (DJIA), which fell 678 points": the Dow Jones), or before an age ("John Carter, 58, who
// served"). Empty when there is none.
static std::string name_before_comma(const ArticleAnalysis& a, uint32_t comma) {
    const std::vector<Token>& tokens = a.tokens;
    uint32_t name_end = comma;
    if (comma >= 3 && is_age_after_name(a, comma - 2)) name_end = comma - 2;
    if (comma >= 3 && tokens[comma - 1].is(')'))
        for (uint32_t k = comma - 2; k > 0 && comma - k <= 4; --k)
            if (tokens[k].is('(')) {
                name_end = k;
                break;
            }
    uint32_t from = name_end;
    while (from > 0 && name_end - from < 6 && tokens[from - 1].is_word()) {
        if (tokens[from - 1].capitalised && !is_stop_word(a.word(from - 1))) {
            --from;
        } else if (from >= 2 && from < name_end && !tokens[from - 1].capitalised && tokens[from - 2].is_word() &&
                   tokens[from - 2].capitalised && !is_stop_word(a.word(from - 2)) &&
                   (a.word(from - 1) == "for" || (a.word(from - 1) == "of" && is_organisation_word(a.word(from - 2))))) {
            from -= 2;  // "Students for Fair Admissions", "the Bank of England" (not "the Chief Executive Officer of GM")
        } else {
            break;
        }
    }
    if (from == name_end) return {};
    const Sentence* sentence = sentence_of(a, comma);
    if (!sentence || from < sentence->first_token) return {};
    return std::string(a.text.substr(tokens[from].start, tokens[name_end - 1].end - tokens[from].start));
}

// An adverb between a subject and its verb ("first", "initially", "quickly"): the predicate's, not
// the subject's. Listed, since "-ly" ends nouns too ("the family", "the assembly").
static bool is_adverb_of_a_predicate(std::string_view w) {
    static constexpr std::string_view kWords[] = {"first", "initially", "originally", "later", "then", "also", "once", "still",
                                                  "never", "quickly", "briefly", "reportedly", "allegedly", "previously",
                                                  "recently", "eventually", "finally", "subsequently", "formally", "officially",
                                                  "unanimously", "narrowly"};
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// 11b. A headline that opens with a past verb ("drove the jihadists from Hawija", the second verb
// of "Iraqi forces took the town and drove the jihadists from Hawija"; "re-entered the stock
// market") takes the subject of its sentence: the words from the sentence's start (after a
// leading subordinate clause: "After the news was announced the index dipped, then rose" -> "the
// index rose") to its first verb, when they are a noun phrase. A pronoun subject ("He fought
// cancer in 2004 and took six months off in 2009") gives the name it stands for; the second
// predicate of a relative clause ("the Apple Watch, which was announced in 2014 and went on sale
// the following April") takes the name before the clause's comma. The first predicate's adverb
// stays with it ("The district first proposed ..., but scaled the plan back" -> "The district
// scaled the plan back").
void supply_missing_subject(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    uint32_t start = d.start;
    while (start < d.end && !d.kept(start)) ++start;
    if (start >= d.end || tokens[start].capitalised) return;
    // "and was re-elected in 2019": a predicate with an auxiliary of its own wants only the subject.
    const bool own_auxiliary = is_auxiliary_of_a_predicate(d.article, start, d.end);
    if (!(is_past_verb(d.word(start)) || is_prefixed_past_verb(d, start) || own_auxiliary)) return;
    // "... the quarter, which ended": the subject of a relative clause is the noun before it, not the sentence's.
    for (uint32_t i = start; i-- > d.first && i + 3 > start;)
        if (d.word(i) == "which" || d.word(i) == "that" || d.word(i) == "who") return;
    const Sentence* sentence = sentence_of(d.article, start);
    if (!sentence) return;
    // "the Apple Watch, which was announced in September 2014 and went on sale the following
    // April": a second predicate of a relative clause (no comma between) has its name as subject.
    for (uint32_t i = start; i-- > sentence->first_token + 1;) {
        if (tokens[i].is(',') || tokens[i].is(';') || tokens[i].is(':')) break;
        if ((d.word(i) != "which" && d.word(i) != "who") || !tokens[i - 1].is(',')) continue;
        if (std::string name = name_before_comma(d.article, i - 1); !name.empty() && d.prefix.empty()) d.prefix = std::move(name);
        return;
    }
    uint32_t from = main_clause_after_leading_subordinate(d, sentence->first_token, start);
    while (from < start && (tokens[from].kind == Token::Kind::Punct || is_opening_filler(d.word(from)))) ++from;
    uint32_t to = from;
    while (to < start && to < from + 8 && tokens[to].is_word() && !is_past_verb(d.word(to)) && !is_report_verb(d.word(to)) &&
           !is_subordinator(d.word(to)) && !is_copula(d.word(to)))
        ++to;
    // "The suspect was arrested ... and charged ...": the subject shares its auxiliary with the
    // second participle ("The suspect was charged"); not a passive one with an active verb that
    // takes an object ("Apple was started by Jobs in 1976, and launched the iTunes Music Store":
    // "Apple launched the iTunes Music Store"; "SLIM was launched in September and entered lunar
    // orbit": "SLIM entered lunar orbit"), nor a simple past or a loss to a named rival ("were
    // knocked out ... and lost to Southampton": "The team lost to Southampton", is_active_past_at).
    uint32_t subject_end = to;
    const bool active_second = (d.word(to) == "was" || d.word(to) == "were") && (object_follows(d, start) || is_active_past_at(d, start));
    if (to + 1 < start && is_auxiliary_before_participle(d.word(to)) && is_past_verb(d.word(to + 1))) {
        if (!active_second && !own_auxiliary) subject_end = to + 1;
        ++to;
    }
    // "Apple is the producer of the iPod and launched ...": the subject of a state and of the headline's verb.
    const bool after_state = to > from && to < start && is_copula(d.word(to)) &&
                             dated_predicate_after_state(d.article, from, sentence->end_token, d.date) == start;
    if (!after_state && (to == from || to >= start || !is_past_verb(d.word(to)))) return;  // no subject, or no verb of its own
    // "The district first proposed ... but scaled the plan back in January": the first
    // predicate's adverb is not the subject's ("The district scaled the plan back").
    while (subject_end > from + 1 && !tokens[subject_end - 1].capitalised &&
           is_adverb_of_a_predicate(d.word(subject_end - 1)))
        --subject_end;
    const std::string_view opener = d.word(from);
    if (!(tokens[from].capitalised || opener == "the")) return;
    if (is_preposition(opener) || !d.prefix.empty()) return;
    if (is_pronoun_subject(opener)) {
        // "He fought cancer in 2004 and took six months off in 2009": the pronoun's person or
        // group (as resolve_pronoun reads it in the first predicate's headline), else nothing.
        if (subject_end != from + 1) return;
        d.prefix = pronoun_referent(d.article, from);
        return;
    }
    d.prefix.assign(d.article.text.substr(tokens[from].start, tokens[subject_end - 1].end - tokens[from].start));
}

// "chatbots such as ChatGPT, which OpenAI released a year ago": a relative clause with a subject
// of its own (a name of up to four words) and a past verb with no object after it (the date, a
// preposition or nothing comes next) has the name before its comma as that object: "OpenAI
// released ChatGPT". Only after "which", and only for a name before the comma.
static void object_of_relative_clause(HeadlineDraft& d, uint32_t pronoun, uint32_t subject) {
    const std::vector<Token>& tokens = d.article.tokens;
    if (d.word(pronoun) != "which" || pronoun < 2 || !tokens[pronoun - 1].is(',')) return;
    uint32_t verb = subject;
    while (verb < d.end && verb < subject + 4 && tokens[verb].is_word() && tokens[verb].capitalised) ++verb;
    if (verb >= d.end || tokens[verb].capitalised || !is_past_verb(d.word(verb))) return;
    uint32_t after = verb + 1;
    while (after < d.end && !d.kept(after)) ++after;
    const bool gap = after >= d.end || (after >= d.date.first_token && after < d.date.end_token) || is_preposition(d.word(after)) ||
                     tokens[after].is(',') || tokens[after].is('.');
    if (!gap) return;
    const uint32_t comma = pronoun - 1;
    uint32_t from = comma;
    while (from > 0 && comma - from < 4 && tokens[from - 1].is_word() && tokens[from - 1].capitalised && !is_stop_word(d.word(from - 1)))
        --from;
    if (from == comma) return;
    const Sentence* sentence = sentence_of(d.article, comma);
    if (!sentence || from <= sentence->first_token) return;  // a name opening the sentence is its subject, not an object
    d.spelled_as.emplace_back(verb, std::string(d.article.token(verb)) + " " +
                                        std::string(d.article.text.substr(tokens[from].start, tokens[comma - 1].end - tokens[from].start)));
}

// "to keep up with inflation, which hit 9.1% in May": the bare noun phrase a relative clause's
// comma at `comma` follows, up to four lower-case words back to a preposition or a verb
// ("inflation", "oil prices"). Empty when a name, a determiner's phrase ("the plan", which out of
// its sentence tells no reader which plan) or nothing of the kind stands there.
static std::string noun_phrase_before_comma(const ArticleAnalysis& a, uint32_t comma) {
    const std::vector<Token>& tokens = a.tokens;
    const Sentence* sentence = sentence_of(a, comma);
    if (!sentence || comma <= sentence->first_token + 1) return {};
    uint32_t from = comma;
    while (from > sentence->first_token && comma - from < 4) {
        const uint32_t k = from - 1;
        const std::string_view w = a.word(k);
        if (!tokens[k].is_word() || tokens[k].capitalised || a.in_timex[k] || is_preposition(w) || is_past_verb(w) || is_copula(w))
            break;
        if (is_determiner(w)) return {};
        if (is_stop_word(w)) break;
        from = k;
    }
    if (from == comma) return {};
    return std::string(a.text.substr(tokens[from].start, tokens[comma - 1].end - tokens[from].start));
}

// "Students for Fair Admissions, a group founded by the activist Edward Blum, which sued Harvard":
// a "which" after an apposition's agent ("<participle> by <name>,") stands for the apposition's
// head, the name before ", a group" (a thing, where the agent is often a person). nullopt when the
// name before `comma` is no such agent; "" when it is and no name heads its noun phrase ("brought
// by a group founded by Edward Blum, which sued").
static std::optional<std::string> head_before_agent(const ArticleAnalysis& a, uint32_t comma) {
    const std::vector<Token>& tokens = a.tokens;
    uint32_t k = comma;
    while (k > 0 && comma - k < 6 && tokens[k - 1].is_word() && tokens[k - 1].capitalised) --k;
    if (k == comma) return std::nullopt;
    for (int words = 0; k > 0 && words < 4 && tokens[k - 1].is_word() && !tokens[k - 1].capitalised && a.word(k - 1) != "by"; ++words)
        --k;  // "the conservative activist"
    if (k < 3 || a.word(k - 1) != "by" || !is_past_verb(a.word(k - 2))) return std::nullopt;
    uint32_t open = k - 2;
    for (int words = 0; open > 0 && words < 3 && !is_determiner(a.word(open)) && tokens[open - 1].is_word() &&
                        !tokens[open - 1].capitalised;
         ++words)
        --open;
    if (!is_determiner(a.word(open))) return std::nullopt;
    if (open < 2 || !tokens[open - 1].is(',')) return std::string();  // "brought by a group founded by X, which": no name
    return name_before_comma(a, open - 1);
}

// 11b2. "Mac OS X Snow Leopard, which was released in 2009": a clause dated inside a relative
// clause that follows a comma opens, once "which"/"who" has gone, on its verb ("was released"). Its
// subject is the name the relative pronoun stands for: the run of capitalised words right before
// the comma (at most six; "Mac OS X Snow Leopard was released"), or for "which" after an agent
// the apposition's head (head_before_agent); else the sentence's opening subject ("The pier,
// which opened in 1872," -> "The pier opened", subject_phrase_before_comma); for "which", else a
// bare noun phrase there ("inflation, which hit 9.1% in May" -> "Inflation hit 9.1%"; not
// "approved the plan, which was announced": which plan?).
void antecedent_for_relative_clause(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    if (!d.prefix.empty() || d.first < 2) return;
    uint32_t pronoun = d.first;
    while (pronoun < d.end && !tokens[pronoun].is_word()) ++pronoun;
    // "Maria Alves, the Portuguese novelist who won the prize in 1998, died ...": the clause is an
    // apposition's ("the novelist who"), whose relative clause tells what the name before it did.
    uint32_t description = 0;
    if (pronoun < d.end && (d.word(pronoun) == "the" || d.word(pronoun) == "a" || d.word(pronoun) == "an") &&
        tokens[pronoun - 1].is(',')) {
        uint32_t who = pronoun + 1;
        while (who < d.end && who < pronoun + 6 && tokens[who].is_word() && d.word(who) != "who") ++who;
        if (who >= d.end || d.word(who) != "who" || who == pronoun + 1) return;
        description = pronoun;
        pronoun = who;
        d.keep[pronoun - d.first] = false;
    }
    if (pronoun >= d.end || (d.word(pronoun) != "which" && d.word(pronoun) != "who")) return;
    if (d.kept(pronoun) || !tokens[(description ? description : pronoun) - 1].is(',')) return;  // the pronoun dropped, a comma before it
    uint32_t start = pronoun + 1;
    while (start < d.end && !d.kept(start)) ++start;
    auto restore = [&] {
        if (description) d.keep[pronoun - d.first] = true;
    };
    if (start >= d.end) return restore();
    if (tokens[start].capitalised) {
        if (!description) object_of_relative_clause(d, pronoun, start);
        return restore();
    }
    // "Pep Guardiola, who last won the competition in 2011": an adverb may come before the verb.
    const uint32_t verb_at = (is_adverb_of_a_predicate(d.word(start)) || d.word(start) == "last") && start + 1 < d.end ? start + 1 : start;
    const std::string_view verb = d.word(verb_at);
    if (!(is_past_verb(verb) || verb == "was" || verb == "were" || verb == "has" || verb == "had")) return restore();
    const uint32_t comma = (description ? description : pronoun) - 1;
    std::string name = name_before_comma(d.article, comma);
    if (d.word(pronoun) == "which")
        if (std::optional<std::string> head = head_before_agent(d.article, comma)) name = std::move(*head);
    // Else a bare noun's phrase, for "which" only ("inflation, which hit 9.1% in May" ->
    // "Inflation hit 9.1%"): without it the headline opens on the verb.
    if (name.empty() && !description) name = subject_phrase_before_comma(d.article, comma);  // "The pier, which opened in 1872,"
    if (name.empty() && !description && d.word(pronoun) == "which") name = noun_phrase_before_comma(d.article, comma);
    if (name.empty()) return restore();
    d.prefix = std::move(name);
    if (description) d.drop(description, pronoun + 1);
}

namespace {

// Plural nouns for people as a group: what "those who fled" can stand for.
bool is_people_noun(std::string_view w) {
    static constexpr std::string_view kWords[] = {
        "civilians", "residents", "people", "refugees", "villagers", "families", "migrants", "protesters", "demonstrators",
        "workers", "employees", "passengers", "soldiers", "troops", "fighters", "militants", "students", "children",
        "survivors", "voters", "shoppers", "investors", "customers", "prisoners", "hostages", "inhabitants", "locals",
        "patients", "pilgrims", "tourists", "miners", "farmers", "officers", "staff", "crew", "women", "men"};
    static const WordSet kSet = word_set(kWords);
    return kSet.count(w) != 0;
}

// The people a sentence is about: the last word of its subject (the words before its first
// verb), when that is a plural noun for people ("Tens of thousands of civilians are trapped").
std::string_view people_subject_of(const ArticleAnalysis& a, const Sentence& s) {
    uint32_t i = s.first_token;
    while (i < s.end_token && (a.tokens[i].kind == Token::Kind::Punct || is_opening_filler(a.word(i)))) ++i;
    for (uint32_t k = i; k < s.end_token && k < i + 12; ++k) {
        if (!a.tokens[k].is_word()) return {};
        const std::string_view w = a.word(k);
        const bool verb = is_copula(w) || w == "has" || w == "have" || w == "had" || w == "will" || w == "would" ||
                          w == "could" || w == "can" || w == "may" || w == "might" || is_past_verb(w) || is_report_verb(w);
        if (!verb) continue;
        return k > i && is_people_noun(a.word(k - 1)) ? a.token(k - 1) : std::string_view{};
    }
    return {};
}

}  // namespace

// 11b'. "Those who escaped streamed through alleyways": "those" with no noun of its own stands for
// the people the article was just telling of, the subject of one of the three sentences before
// ("Tens of thousands of civilians are trapped in the city") -> "Civilians who escaped streamed
// ..."; with none, "People who escaped". A headline cannot open on a pronoun its reader has no
// antecedent for.
void people_for_those_who(HeadlineDraft& d) {
    uint32_t i = d.start;
    while (i < d.end && !d.kept(i)) ++i;
    if (i + 1 >= d.end || d.word(i) != "those" || d.word(i + 1) != "who") return;
    std::string people = "People";
    const Sentence* sentence = sentence_of(d.article, i);
    if (sentence) {
        const size_t index = static_cast<size_t>(sentence - d.article.sentences.data());
        for (size_t back = 1; back <= 3 && back <= index; ++back) {
            const std::string_view noun = people_subject_of(d.article, d.article.sentences[index - back]);
            if (noun.empty()) continue;
            people.assign(noun);
            people[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(people[0])));
            break;
        }
    }
    d.spelled_as.emplace_back(i, std::move(people));
}

// 11b''. "The operations began": a happening told by its noun alone, with no one named in the
// headline, is the happening of whoever the sentence that brought that noun up names first: "the
// Syrian Defense Forces of the coalition have begun clearance operations ... Dillon noted that
// since the operations began, ..." -> "The Syrian Defense Forces' operations began". Only a
// definite event noun ("the operations", "the offensive") as the headline's subject, followed
// by its verb, and the same noun in one of the three sentences before, after a name there.
void owner_of_definite_happening(HeadlineDraft& d) {
    const ArticleAnalysis& a = d.article;
    const std::vector<Token>& tokens = a.tokens;
    uint32_t i = d.start;
    while (i < d.end && !d.kept(i)) ++i;
    if (i + 2 >= d.end || d.word(i) != "the" || !is_event_noun(d.word(i + 1)) || tokens[i + 1].capitalised) return;
    const std::string_view verb = d.word(i + 2);
    if (!(is_past_verb(verb) || is_copula(verb) || verb == "has" || verb == "have" || verb == "had")) return;
    for (uint32_t k = i + 1; k < d.end; ++k)
        if (d.kept(k) && tokens[k].capitalised && !a.in_timex[k]) return;  // a name already says whose
    const Sentence* sentence = sentence_of(a, i);
    if (!sentence) return;
    const size_t index = static_cast<size_t>(sentence - a.sentences.data());
    for (size_t back = 0; back <= 3 && back <= index; ++back) {
        const Sentence& before = a.sentences[index - back];
        const uint32_t to = back == 0 ? i : before.end_token;
        uint32_t mention = to;  // the noun's last mention in that sentence
        for (uint32_t k = before.first_token; k < to; ++k)
            if (a.word(k) == d.word(i + 1)) mention = k;
        if (mention == to) continue;
        for (const NameMention& n : a.names) {
            if (n.first_token < before.first_token || n.first_token >= mention) continue;
            if (n.kind != NameMention::Kind::Actor) continue;
            std::string owner(a.text.substr(tokens[n.first_token].start, tokens[n.end_token - 1].end - tokens[n.first_token].start));
            owner += owner.back() == 's' ? "\xE2\x80\x99" : "\xE2\x80\x99s";
            d.spelled_as.emplace_back(i, "The " + owner);
            return;
        }
        return;  // the noun brought up without a name: whose it is stays unsaid
    }
}

namespace {

bool is_title_word(std::string_view w) {
    static constexpr std::string_view kTitles[] = {
        "president", "gen", "general", "secretary", "minister", "prime", "defense", "defence", "mr", "mrs", "ms", "dr",
        "ceo", "chairman", "chairwoman", "senator", "sen", "lt", "col", "colonel", "maj", "major", "brig", "chief",
        "commander", "spokesman", "spokeswoman", "king", "queen", "prince", "pope", "governor", "gov", "mayor", "judge",
        "sheikh", "rep", "representative", "vice", "foreign", "interior", "lieutenant", "sgt", "captain", "capt", "adm",
        "admiral", "director", "founder", "co-founder", "executive", "leader", "envoy", "ambassador", "premier", "sir"};
    static const WordSet kSet = word_set(kTitles);
    return kSet.count(w) != 0;
}

// Words that make a run of capitalised words an organisation, not a person.
bool is_organisation_word(std::string_view w) {
    static constexpr std::string_view kWords[] = {
        "inc", "corp", "corporation", "company", "co", "group", "airlines", "airways", "motors", "bank", "forces", "army",
        "council", "committee", "union", "party", "ministry", "department", "university", "news", "times", "house",
        "street", "road", "airport", "industries", "international", "association", "exchange", "market", "index", "fund",
        "agency", "office", "court", "administration", "commission", "force", "services", "systems", "organization",
        "organisation", "center", "centre", "institute", "nations", "states", "kingdom", "republic", "ltd", "plc", "press",
        "llc", "nv", "ag", "gmbh", "spa", "sa", "lp", "holdings",
        "reuters", "post", "journal", "network", "media", "foundation", "records", "airbus", "boeing", "stock", "dow",
        "nasdaq", "senate", "congress", "parliament", "government", "police", "guard", "coalition", "front", "brigade",
        "brigades", "movement", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"};
    static const WordSet kSet = word_set(kWords);
    return kSet.count(w) != 0;
}

// Words that make a run of capitalised words the name of a happening or a thing, not a person:
// "World War Two", "the Cold War", "the Nobel Peace Prize", "the Arab Spring".
bool is_word_of_a_happenings_name(std::string_view w) {
    static constexpr std::string_view kWords[] = {"war", "revolution", "crisis", "cup", "games", "olympics", "summit", "treaty",
                                                  "accord", "prize", "award", "festival", "championship", "spring", "uprising",
                                                  "day", "act", "plan", "deal", "agreement", "conference", "expo", "show"};
    static const WordSet kSet = word_set(kWords);
    return kSet.count(w) != 0;
}

bool is_name_particle(std::string_view w) {
    return w == "al" || w == "el" || w == "bin" || w == "ibn" || w == "de" || w == "van" || w == "von" || w == "da" || w == "abu";
}

}  // namespace

// 9g. A headline that would be cut inside a phrase ("…") loses the titles before people's names:
// "U.S. President Joe Biden and Chinese leader Xi Jinping agreed to resume military-to-military
// communications" -> "Joe Biden and Xi Jinping agreed to resume ...". A title: up to five words
// (capitalised ones, initials, and title words such as "leader") ending in a title word, with
// "the" before it, right before a name of two or three capitalised words that is no
// organisation's.
void drop_titles_before_names_when_long(HeadlineDraft& d) {
    constexpr size_t kLongestHeadline = 90;
    const std::vector<Token>& tokens = d.article.tokens;
    bool titled = false;  // the cheap test first: most headlines hold no title word
    for (uint32_t i = d.start; i < d.end && !titled; ++i) titled = d.kept(i) && tokens[i].is_word() && is_title_word(d.word(i));
    if (!titled) return;
    const std::string whole = spell_kept_words(d);
    if (whole.size() <= kLongestHeadline || !shortened(whole).ends_with("\xE2\x80\xA6")) return;
    for (uint32_t i = d.start; i < d.end; ++i) {
        if (!d.kept(i) || !tokens[i].is_word() || !is_title_word(d.word(i))) continue;
        // The name after it: two or three capitalised words, no organisation's, then no more.
        uint32_t name_end = i + 1;
        while (name_end < d.end && d.kept(name_end) && tokens[name_end].is_word() && tokens[name_end].capitalised &&
               !is_organisation_word(d.word(name_end)) && !is_title_word(d.word(name_end)))
            ++name_end;
        const uint32_t words = name_end - (i + 1);
        if (words < 2 || words > 3 || (name_end < d.end && tokens[name_end].is_word() && tokens[name_end].capitalised)) continue;
        // The title: back over capitalised words, initials ("U.S.") and title words. A title of an
        // organisation ("Central Bank chairman", "Ford Motor Company CEO", "General Motors' chief
        // executive") or a word's piece ("co-founder") stays: dropped, it would leave a stray name.
        uint32_t title = i;
        bool whole = true;
        for (uint32_t steps = 0; title > d.start && steps < 8; ++steps) {
            const uint32_t k = title - 1;
            const Token& t = tokens[k];
            const bool initial = t.is('.') && !t.space_before;
            if (t.is_word() && (is_organisation_word(d.word(k)) || d.word(k) == "'s" || d.word(k) == "\xE2\x80\x99s")) whole = false;
            if ((t.is('-') || t.is('\'') || t.is(0x2019)) && !t.space_before) whole = false;
            const bool part = d.kept(k) && (initial || (t.is_word() && (t.capitalised || is_title_word(d.word(k)))));
            if (!part || !whole) break;
            title = k;
        }
        if (!whole) continue;
        if (title > d.start && d.kept(title - 1) && d.word(title - 1) == "the") --title;
        bool opens = true;  // the title opened the headline: the name does now
        for (uint32_t k = d.start; k < title && opens; ++k) opens = !d.kept(k);
        d.drop(title, i + 1);
        if (opens) d.start = i + 1;
        i = name_end;
    }
}

uint32_t second_clause_start(const ArticleAnalysis& a, uint32_t first, uint32_t end) {
    const std::vector<Token>& tokens = a.tokens;
    for (uint32_t i = first; i + 3 < end; ++i) {
        if (!(tokens[i].is(',') && (a.word(i + 1) == "and" || a.word(i + 1) == "but"))) continue;  // (rare: per ", and"/", but")
        bool verb_before = false;
        for (uint32_t k = first; k < i && !verb_before; ++k) verb_before = !tokens[k].capitalised && is_past_verb(a.word(k));
        if (!verb_before) continue;
        const uint32_t subject = i + 2;
        const std::string_view opener = a.word(subject);
        // A plural or mass noun with no article opens one too ("but lava from an eruption set"),
        // not an adverb ("but later released him") nor a verb ("but remained").
        // Nor a verb's prefix ("re-entered").
        const bool bare_noun = tokens[subject].is_word() && !tokens[subject].capitalised && !a.in_timex[subject] &&
                               !is_stop_word(opener) && !opener.ends_with("ly") && !opener.ends_with("ing") && !is_past_verb(opener) &&
                               !is_copula(opener) && !is_report_verb(opener) && !is_adverb_of_a_predicate(opener) && opener != "soon" &&
                               !(subject + 2 < end && tokens[subject + 1].is('-') && is_past_verb(a.word(subject + 2)));
        const bool noun_phrase = opener == "the" || opener == "a" || opener == "an" || opener == "her" || opener == "his" ||
                                 opener == "their" || opener == "its" ||
                                 (tokens[subject].is_word() && tokens[subject].capitalised && opener != "i") || opener == "they" ||
                                 opener == "he" || opener == "she" || bare_noun;
        if (!noun_phrase) continue;
        // The subject: up to six words of a noun phrase (names, "the", nouns and adjectives; no
        // verb, no other common word; a place after a preposition: "a judge in San Francisco"; a
        // preposition with its article: "lava from an eruption"), then a past verb of its own.
        uint32_t j = subject + 1;
        auto in_noun_phrase = [&](uint32_t k) {
            const std::string_view w = a.word(k);
            if (tokens[k].is('-') || tokens[k].is('.')) return true;
            if (is_preposition(w) && k + 1 < end && tokens[k + 1].capitalised && tokens[k + 1].is_word()) return true;
            // "lava from an eruption": a preposition and its noun phrase's article.
            if (is_preposition(w) && w != "of" && k + 2 < end && is_determiner(a.word(k + 1)) && !is_past_verb(a.word(k + 2))) return true;
            if (a.in_timex[k] && k > subject) return true;  // "an eruption on January 14"
            if (!tokens[k].is_word() || is_past_verb(w) || is_copula(w) || is_report_verb(w) || is_preposition(w)) return false;
            return tokens[k].capitalised || w == "the" || w == "a" || w == "an" || w == "of" || !is_stop_word(w);
        };
        while (j < end && j < subject + 7) {
            // "her second son, Ronnie, died": a name between commas renames the subject.
            if (tokens[j].is(',') && j + 2 < end && tokens[j + 1].capitalised) {
                uint32_t k = j + 1;
                while (k < end && k < j + 5 && tokens[k].is_word() && tokens[k].capitalised) ++k;
                if (k < end && tokens[k].is(',')) {
                    j = k + 1;
                    continue;
                }
            }
            if (!in_noun_phrase(j)) break;
            ++j;
        }
        if (j < end && (a.word(j) == "has" || a.word(j) == "have" || a.word(j) == "had")) ++j;  // "has lost"
        // A bare noun's saying ("and analysts said that ...") stays with the clause it comments on.
        if (j < end && is_past_verb(a.word(j)) && !tokens[j].capitalised && j + 1 < end && !(bare_noun && is_report_verb(a.word(j))))
            return subject;
    }
    return 0;
}

uint32_t dated_predicate_after_state(const ArticleAnalysis& a, uint32_t first, uint32_t end, const TimeExpression& date) {
    const std::vector<Token>& tokens = a.tokens;
    if (date.first_token <= first || date.first_token >= end) return 0;
    // The clause's first verb, after a subject of a few words: a copula of the present.
    uint32_t state = first;
    while (state < date.first_token && state < first + 10 && tokens[state].is_word() && !is_copula(a.word(state)) &&
           !is_past_verb(a.word(state)) && !is_report_verb(a.word(state)))
        ++state;
    if (state == first || state >= date.first_token || (a.word(state) != "is" && a.word(state) != "are")) return 0;
    // Then the state's own words (no verb, no date of their own) up to "and" and a past verb.
    for (uint32_t i = state + 1; i + 1 < date.first_token; ++i) {
        const std::string_view w = a.word(i);
        const bool compound = tokens[i - 1].is('-') && !tokens[i].space_before;  // "the most-sold player": no verb
        if (a.in_timex[i] || tokens[i].is(';') || (!compound && (is_past_verb(w) || is_copula(w) || is_report_verb(w)))) return 0;
        if (w == "and" && !tokens[i + 1].capitalised && is_past_verb(a.word(i + 1))) return i + 1;
    }
    return 0;
}

uint32_t second_predicate_start(const ArticleAnalysis& a, uint32_t first, uint32_t end, const TimeExpression& earlier,
                                const TimeExpression& later) {
    const std::vector<Token>& tokens = a.tokens;
    if (earlier.end_token >= later.first_token || later.first_token >= end) return 0;
    for (uint32_t i = earlier.end_token; i < later.first_token; ++i) {
        if ((a.word(i) != "and" && a.word(i) != "but") || a.in_timex[i]) continue;
        uint32_t verb = i + 1;
        while (verb < later.first_token && (a.word(verb) == "then" || a.word(verb) == "later" || a.word(verb) == "subsequently"))
            ++verb;
        if (verb >= later.first_token || tokens[verb].capitalised) return 0;
        if (!is_past_verb(a.word(verb)) && !is_auxiliary_of_a_predicate(a, verb, later.first_token)) return 0;
        bool verb_before = false;  // the first predicate's own verb, before its date's "and"
        for (uint32_t k = first; k < i && !verb_before; ++k)
            verb_before = !a.in_timex[k] && !tokens[k].capitalised && (is_past_verb(a.word(k)) || is_copula(a.word(k)));
        return verb_before ? verb : 0;
    }
    return 0;
}

// A common noun for an organisation, which "the" makes a reference back to one named before
// ("the firm", "the company", "the automaker").
bool is_organisation_noun(std::string_view w) {
    static constexpr std::string_view kWords[] = {"company", "firm", "corporation", "automaker", "carmaker", "manufacturer",
                                                  "airline", "carrier", "bank", "lender", "insurer", "retailer",
                                                  "planemaker", "airframer", "conglomerate", "group"};
    static const std::unordered_set<std::string_view> kSet(std::begin(kWords), std::end(kWords));
    return kSet.count(w) != 0;
}

// A government, military or public body's name ("US Air Force", "Ministry of Defence"): what
// "the company" or "the firm" cannot refer back to.
bool is_public_body_name(std::string_view name) {
    static constexpr std::string_view kWords[] = {"force", "army", "navy", "government", "ministry", "department", "office",
                                                  "agency", "court", "council", "committee", "senate", "congress",
                                                  "parliament", "police", "administration", "commission", "usaf", "military"};
    std::string word;
    for (size_t i = 0; i <= name.size(); ++i) {
        const char c = i < name.size() ? name[i] : ' ';
        if (std::isalpha(static_cast<unsigned char>(c))) {
            word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
            continue;
        }
        if (std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords)) return true;
        word.clear();
    }
    return false;
}

// Who the pronouns stand for, at `token`: read forward through the 250 tokens before it (some ten sentences),
// the last mention of each kind wins. Gazetteer names tell their kind (a person; an armed group,
// government or organisation; a city or town). Other runs of capitalised words are a person when a
// title opens them ("Defense Secretary Jim Mattis") or when they are two or three words with no
// word of an organisation ("Steve Jobs"); a lone surname of a person named before is that person
// ("Jobs"); a lone capitalised word that says or does something ("Boeing said") is a group.
Referents referents_before(const ArticleAnalysis& a, uint32_t token) {
    constexpr uint32_t kLookBack = 250;
    Referents r;
    const std::vector<Token>& tokens = a.tokens;
    const uint32_t from = token > kLookBack ? token - kLookBack : 0;
    std::vector<std::string> persons;  // full names seen, for their surnames
    // A person named in the sentence being read: an object pronoun after it in that sentence
    // ("Judge Kaplan also ordered him to forfeit $11 billion") is someone else, the person named
    // before, who stays the one the next pronouns stand for.
    bool person_in_sentence = false;
    // The subject of each sentence: the person named before its first verb, or the one a subject
    // pronoun there carried on from the sentence before. A subject pronoun opening the sentence
    // being read stands for the last sentence's subject rather than for someone named later in
    // it ("Yousaf, who took over after Nicola Sturgeon stepped down, said ... . He terminated" is
    // Yousaf; "He scored 280 goals, breaking Jimmy Greaves' record. He never won" is not Greaves).
    bool verb_in_sentence = false, opening_phrase = false;  // an opening phrase: "After meeting Biden, Xi said"
    std::string subject, previous_subject;
    uint32_t first_verb = 0;  // the current sentence's first verb, once seen
    // The person an object "him" stood for, in a sentence whose subject is someone else ("Nixon
    // appointed him adviser"): the one the story goes on with, as the pronoun says; a subject
    // pronoun in the next sentence ("Four years later he became secretary of state") is that
    // person rather than the sentence's subject.
    std::string object_person, previous_object_person;
    // Whom the last subject "she" and the last subject "he" stood for: a story goes on with its
    // protagonist through sentences whose subject is no person ("The pair married in 1962 and had
    // hits, produced by Phil Spector in 1966. She left Ike in 1976" is the "she" of before, not
    // Spector, named since only as an agent).
    std::string last_she, last_he;
    // Was the last person named only in a phrase of another's ("by Phil Spector", "for Jane
    // Doe", "Ike Turner's band")? Then a subject "she" or "he" goes on with the chain above
    // rather than with that person; one named as a subject ("James Mattis has described") is
    // the one the next sentence's "He" stands for.
    bool person_oblique = false;
    auto set_person = [&](const std::string& name, uint32_t name_first = 0, uint32_t name_end = 0) {
        person_oblique = name_end > name_first &&
                         ((name_first > 0 && tokens[name_first - 1].is_word() && !tokens[name_first - 1].capitalised &&
                           is_preposition(a.word(name_first - 1))) ||
                          (name_end < tokens.size() && a.word(name_end) == "'s"));
        r.person = name;
        person_in_sentence = true;
        if (!verb_in_sentence && subject.empty()) subject = name;
    };
    // The names, walked with the tokens (one search for the first, then a cursor).
    auto cursor = std::partition_point(a.names.begin(), a.names.end(), [&](const NameMention& n) { return n.end_token <= from; });
    auto name_at = [&](uint32_t i) -> const NameMention* {
        while (cursor != a.names.end() && cursor->end_token <= i) ++cursor;
        return cursor != a.names.end() && cursor->first_token <= i ? &*cursor : nullptr;
    };
    for (uint32_t i = from; i < token && i < tokens.size();) {
        if (const NameMention* n = name_at(i); n && a.gazetteer) {
            if (n->kind == NameMention::Kind::Actor) {
                const Actor& actor = a.gazetteer->actors()[n->index];
                if (actor.kind == "person") {
                    set_person(actor.name, n->first_token, n->end_token);
                    persons.push_back(actor.name);
                } else if (actor.kind != "media") {
                    r.group = actor.name;
                }
            } else {
                const Place& place = a.gazetteer->places()[n->index];
                if (place.kind == "city") r.city = place.name;
            }
            i = n->end_token;
            continue;
        }
        if (tokens[i].line_before || (i > from && (tokens[i - 1].is('.') || tokens[i - 1].is('!') || tokens[i - 1].is('?')))) {
            if (!subject.empty() || verb_in_sentence) previous_subject = subject;  // a new sentence
            previous_object_person = object_person;
            object_person.clear();
            subject.clear();
            verb_in_sentence = false;
            const std::string_view w = a.word(i);
            opening_phrase = is_preposition(w) || is_subordinator(w) || w.ends_with("ing") || is_past_verb(w);
        }
        if (opening_phrase && tokens[i].is(',') && !verb_in_sentence) {  // the main clause, and its subject, come after it
            subject.clear();
            opening_phrase = false;
        }
        if (tokens[i].is_word() && !verb_in_sentence) {
            const std::string_view w = a.word(i);
            if ((w == "he" || w == "she") && subject.empty()) {
                std::string& chain = w == "she" ? last_she : last_he;
                subject = !previous_subject.empty() ? previous_subject : chain;
                if (!subject.empty()) chain = subject;
            }
            if (!tokens[i].capitalised && (is_past_verb(w) || is_copula(w) || is_report_verb(w) || w == "has" || w == "have" ||
                                           w == "had" || w == "will" || w == "would")) {
                verb_in_sentence = true;
                first_verb = i;
            }
        }
        if (!tokens[i].is_word() || !tokens[i].capitalised) {
            if (tokens[i].is('.') || tokens[i].is('!') || tokens[i].is('?') || tokens[i].line_before) person_in_sentence = false;
            if (person_in_sentence && a.word(i) == "him")
                for (size_t k = persons.size(); k-- > 0;)
                    if (persons[k] != r.person) {
                        r.person = object_person = persons[k];
                        person_in_sentence = false;
                        break;
                    }
            ++i;
            continue;
        }
        // A run of capitalised words, with particles and hyphens inside ("Abdel Ghani al-Asadi").
        uint32_t j = i;
        bool titled = false, organisation = false, acronym = false, happening = false;
        uint32_t words = 0, first_name = i;
        while (j < token && j < tokens.size()) {
            const Token& t = tokens[j];
            const std::string_view w = a.word(j);
            if (j > i && t.line_before) break;  // a name does not run on across lines ("... $7.4 Billion" / "May 14, 2007")
            if (t.is_word() && t.capitalised && !name_at(j)) {
                // A title opens the name, or follows words that qualify it ("U.S. District Judge
                // Lewis Kaplan", "Apple Chief Executive Tim Cook"): the name is what follows it.
                const bool name_follows = j + 1 < token && tokens[j + 1].is_word() && tokens[j + 1].capitalised &&
                                          !tokens[j + 1].line_before && a.word(j + 1) != "jr" && a.word(j + 1) != "sr";
                if (is_title_word(w) && (words == 0 || name_follows)) {
                    titled = true;
                    first_name = j + 1;
                    words = 0;
                    organisation = acronym = happening = false;
                } else if (words == 0 && (w == "former" || w == "ex" || w == "late" || w == "then" || w == "acting" ||
                                          w == "interim")) {
                    // "Former Theranos chief Elizabeth Holmes": a word of time before a title or a
                    // name is neither; "Former Theranos" is no person.
                    first_name = j + 1;
                } else {
                    ++words;
                    organisation |= is_organisation_word(w);
                    happening |= is_word_of_a_happenings_name(w);
                    acronym |= t.all_caps;
                }
            } else if (t.is_word() && is_name_particle(w) && j + 1 < tokens.size() && !tokens[j + 1].space_before) {
            } else if ((t.is('-') || t.is('.')) && !t.space_before && j + 1 < tokens.size() && !tokens[j + 1].space_before &&
                       j > i) {
                if (t.is('.') && first_name == j) first_name = j + 1;  // "Gen." before the name
            } else {
                break;
            }
            ++j;
        }
        while (j > i && !(tokens[j - 1].is_word() && tokens[j - 1].capitalised)) --j;
        if (j <= i) {
            ++i;
            continue;
        }
        const bool sentence_start = i == 0 || tokens[i].line_before || tokens[i - 1].is('.') || tokens[i - 1].is('"') ||
                                    tokens[i - 1].is(0x201C);
        const std::string_view next = a.word(j);
        // "the Carnation Revolution", "the Salt House": a name after "the" is no person's.
        const bool after_the = i > 0 && a.word(i - 1) == "the" && !titled;
        if (happening) {
            // "World War Two", "the Nobel Peace Prize": a happening's or a thing's name, no one's.
        } else if (first_name < j && words >= 1 && !organisation && !acronym && !after_the && (titled || (words >= 2 && words <= 3))) {
            std::string name(a.text.substr(tokens[first_name].start, tokens[j - 1].end - tokens[first_name].start));
            set_person(name, i, j);
            persons.push_back(std::move(name));
        } else if (words == 1 && !titled) {
            const std::string_view w = a.token(i);
            bool surname = false;
            for (const std::string& p : persons)
                if (p.size() > w.size() && p.ends_with(w) && p[p.size() - w.size() - 1] == ' ') {
                    set_person(p, i, j);
                    surname = true;
                }
            // A capitalised pronoun or function word ("He said") names no group; nor does a plural
            // after an adjective ("The bloodthirsty Islamists dug"), a people rather than an "it".
            const bool plural_people = a.word(i).ends_with('s') && i > 0 && tokens[i - 1].is_word() && !tokens[i - 1].capitalised &&
                                       !is_preposition(a.word(i - 1)) && !is_stop_word(a.word(i - 1));
            if (!surname && !plural_people && !is_organisation_word(a.word(i)) && !is_stop_word(a.word(i)) && (!sentence_start || j + 1 < tokens.size()) &&
                (is_report_verb(next) || (is_past_verb(next) && !sentence_start)))
                r.group = std::string(w);
        } else if (organisation && words >= 2 && !sentence_start && a.word(first_name) != "the") {
            r.group = std::string(a.text.substr(tokens[first_name].start, tokens[j - 1].end - tokens[first_name].start));
        } else if (organisation && words >= 3 && a.word(first_name) == "the") {
            // "The DaimlerChrysler Corporation has announced": "The" makes it a name, even opening a sentence.
            r.group = std::string(a.text.substr(tokens[first_name + 1].start, tokens[j - 1].end - tokens[first_name + 1].start));
        }
        i = j;
    }
    // The pronoun at `token` is its sentence's subject: it opens the sentence, or no verb and no
    // person come before it there ("In 2019, he ...").
    if (token < tokens.size() && (a.word(token) == "he" || a.word(token) == "she")) {
        const bool opens = tokens[token].line_before ||
                           (token > from && (tokens[token - 1].is('.') || tokens[token - 1].is('!') || tokens[token - 1].is('?')));
        const std::string& chain = a.word(token) == "she" ? last_she : last_he;
        if (opens && !object_person.empty()) r.person = object_person;
        else if (opens && !subject.empty()) r.person = subject;
        else if (opens && !chain.empty() && person_oblique) r.person = chain;
        else if (!opens && !verb_in_sentence && !person_in_sentence && !previous_object_person.empty()) r.person = previous_object_person;
        else if (!opens && !verb_in_sentence && !person_in_sentence && !previous_subject.empty()) r.person = previous_subject;
        else if (!opens && !verb_in_sentence && !person_in_sentence && !chain.empty() && person_oblique) r.person = chain;
        // In a later clause of a sentence whose subject is a person, that person: "Kissinger opened
        // the way for Nixon's visit ..., for which he shared the prize" is Kissinger, not Nixon.
        else if (!opens && verb_in_sentence && !subject.empty()) r.person = subject;
    }
    // An object pronoun in its subject's own clause is someone else ("Three of his associates,
    // including Caroline Ellison, testified against him" is not Ellison): the person named before
    // the subject, or no one. Not across a verb of saying or a clause opener ("Ellison said
    // Bankman-Fried directed her"), and not "her" before its noun ("testified about her role").
    if (token < tokens.size() && verb_in_sentence && !subject.empty() && r.person == subject) {
        const std::string_view w = a.word(token);
        const std::string_view after = token + 1 < tokens.size() ? a.word(token + 1) : std::string_view{};
        const bool object = w == "him" || (w == "her" && (after.empty() || !tokens[token + 1].is_word() || is_stop_word(after) ||
                                                           is_preposition(after)));
        bool same_clause = object;
        for (uint32_t k = first_verb; same_clause && k < token; ++k) {
            const std::string_view v = a.word(k);
            same_clause = !(is_report_verb(v) || is_subordinator(v) || v == "that" || tokens[k].is(';') || tokens[k].is(':') ||
                            is_quote_mark(tokens[k]));
        }
        if (same_clause) {
            r.person.clear();
            for (size_t k = persons.size(); k-- > 0;)
                if (persons[k] != subject) {
                    r.person = persons[k];
                    break;
                }
        }
    }
    return r;
}

// 11c. A pronoun, or "the city" / "the group", that nothing before it in the headline names
// takes the name of the last person, group or city the article named before the clause: "He
// explained this" -> "Jim Mattis explained this", "His soldiers" -> "al-Asadi's soldiers",
// "stripped her of her citizenship" -> "stripped Shamima Begum of her citizenship". Only the first
// such pronoun: later ones then read against that name (but after an opening "It" spelled as
// what the sentence before is about, an object "him"/"her" is still resolved: "It acquitted her"). "It" before a copula or a modal ("It
// should be mentioned that") is no one.
void resolve_pronoun(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    bool named_before = !d.prefix.empty() || !d.speaker.empty();
    bool thing_subject = false;  // an opening "It" spelled as what the sentence before is about
    uint32_t first_kept = d.start;
    while (first_kept < d.end && !d.kept(first_kept)) ++first_kept;
    for (uint32_t i = d.start; i < d.end; ++i) {
        if (!d.kept(i) || !tokens[i].is_word()) continue;
        const std::string_view w = d.word(i);
        enum { None, Person, Group, Business, City } kind = None;
        const bool candidate = w.size() >= 2 && w.size() <= 5 && (is_pronoun_subject(w) || w == "him" || w == "them" || w == "the");
        if (!candidate) {
            if (tokens[i].capitalised && (i > d.start || !is_stop_word(w))) named_before = true;
            continue;
        }
        uint32_t next = i + 1;
        while (next < d.end && !d.kept(next)) ++next;
        const std::string_view after = next < d.end ? d.word(next) : std::string_view{};
        // "the city of Gaziantep": the city is named right after, no one to look back for.
        auto names_itself = [&](uint32_t noun) {
            return noun + 2 < d.end && d.word(noun + 1) == "of" && tokens[noun + 2].is_word() && tokens[noun + 2].capitalised;
        };
        const bool before_noun = !after.empty() && !is_stop_word(after) && !is_preposition(after);
        bool possessive = false, drop_next = false;
        if (w == "he" || w == "him" || w == "she") kind = Person;
        else if (w == "his") kind = Person, possessive = true;
        else if (w == "her") kind = Person, possessive = before_noun;
        else if (w == "it") kind = (is_copula(after) || after == "should" || after == "would" || after == "could" ||
                                    after == "may" || after == "might" || after == "seems" || after == "appears" || after == "'s")
                                       ? None
                                       : Group;
        else if (w == "its" || w == "their") kind = Group, possessive = true;
        else if (w == "they" || w == "them") kind = Group;
        else if (w == "the" && (after == "city" || after == "town") && !names_itself(next)) kind = City, drop_next = true;
        else if (w == "the" && after == "group") kind = Group, drop_next = true;
        // "The firm stated ...", "The company said ...": opening the headline, the organisation named
        // before (not "The Bank of Japan": a capitalised noun is a name of its own).
        else if (w == "the" && i == first_kept && is_organisation_noun(after) && !tokens[next].capitalised)
            kind = Business, drop_next = true;
        // "The company's former chief": the name takes the possessive ("Acme Corp's former chief").
        uint32_t possessive_mark = 0;
        if (kind == Business && next + 1 < d.end && (d.word(next + 1) == "'s" || d.word(next + 1) == "\xE2\x80\x99s"))
            possessive = true, possessive_mark = next + 1;
        // Not at the start, a subject or possessive pronoun reads against the headline's own subject
        // ("The minister resigned his post"); an object ("fined her") is someone else.
        if (kind != None && i != first_kept && (possessive || w == "he" || w == "she" || w == "it" || w == "they")) continue;
        if (kind == None) {
            if (tokens[i].capitalised && i > d.start) named_before = true;
            if (tokens[i].capitalised && i == d.start && !is_stop_word(w)) named_before = true;
            continue;
        }
        // A name before it in the headline already tells who (for "it"/"its"/"they" and "the city");
        // a person's pronoun wants a person, which a group's name does not give.
        if (named_before && kind != Person) return;
        if (thing_subject && (possessive || w == "he" || w == "she")) return;
        // "It dropped 10%" opening its sentence: what the sentence before is about ("The Merval index
        // fared badly"), before the last name anywhere before it.
        if (kind == Group) {
            std::string thing = thing_before_pronoun(d.article, i);
            if (thing.empty()) thing = subject_before_where_clause(d.article, i);  // ", where it left ...
            if (!thing.empty()) {
                d.spelled_as.emplace_back(i, possessive ? thing + "\xE2\x80\x99s" : thing);
                // An object "him"/"her" after it is still someone named before ("It acquitted her"
                // -> "The jury acquitted Elizabeth Holmes"): read on, for a person only.
                named_before = thing_subject = true;
                continue;
            }
        }
        const Referents r = referents_before(d.article, i);  // with what the headline dropped before it ("X has announced that")
        const std::string& name = kind == Person ? r.person : kind == Group || kind == Business ? r.group : r.city;
        // "the company" is a business: not the air force or the ministry named last.
        if (kind == Business && is_public_body_name(name)) return;
        if (name.empty()) continue;  // no one to stand for: maybe the next one has
        // "The study describing them": an object "them" stands for many, not for one body named
        // last ("Massey University"); only a name that reads as plural ("the Kurds", "Houthis").
        if (w == "them" && !name.ends_with("s")) continue;
        if (kind == Person && named_before) {
            // After a name, "his"/"he" read as that name's; an object ("might have killed him")
            // is someone else: the person named before, unless the headline names a person already.
            if (w == "he" || w == "she" || possessive) return;
            for (const NameMention& n : d.article.names)
                if (n.first_token >= d.start && n.first_token < i && n.kind == NameMention::Kind::Actor && d.article.gazetteer &&
                    d.article.gazetteer->actors()[n.index].kind == "person")
                    return;
            const std::string kept = spell_kept_words(d);
            const std::string_view last = std::string_view(name).substr(name.rfind(' ') == std::string::npos ? 0 : name.rfind(' ') + 1);
            if (kept.find(last) != std::string::npos) return;
        }
        d.spelled_as.emplace_back(i, possessive ? name + "\xE2\x80\x99s" : name);
        if (drop_next) d.keep[next - d.first] = false;
        if (possessive_mark) d.keep[possessive_mark - d.first] = false;
        return;
    }
}

// A stray vowel typed before a preposition: "ain", "ein", "oin", "aon". Only a vowel in front:
// dropping any letter would turn real words into prepositions ("won Ohio" -> "on Ohio", "win
// Iowa" -> "in Iowa"), and the few real words of this shape ("eon", "ion") are left alone.
static bool is_preposition_with_a_stray_vowel(std::string_view w) {
    if (w.size() != 3 || std::string_view("aeiou").find(w[0]) == std::string_view::npos) return false;
    if (w == "eon" || w == "ion" || w == "eat" || w == "oat" || w == "oft" || w == "aft" || w == "ait") return false;
    const std::string_view rest = w.substr(1);
    return rest == "in" || rest == "on" || rest == "at" || rest == "of" || rest == "to";
}

// 11d. Obvious typos of the source are left in the passage but not repeated in the headline: a
// number with letter o's for zeros ("1oo per cent"), and a stray vowel before a preposition
// in front of a place ("held ain Syria").
void correct_source_typos(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    for (uint32_t i = d.start; i < d.end; ++i) {
        if (!d.kept(i)) continue;
        const Token& t = tokens[i];
        if (t.is_number() && i + 1 < d.end && tokens[i + 1].is_word() && !tokens[i + 1].space_before) {
            const std::string_view letters = d.word(i + 1);
            if (!letters.empty() && letters.find_first_not_of('o') == std::string_view::npos) {
                d.spelled_as.emplace_back(i, std::string(d.article.token(i)) + std::string(letters.size(), '0'));
                d.keep[i + 1 - d.first] = false;
            }
            continue;
        }
        if (!t.is_word() || t.capitalised || i + 1 >= d.end || !tokens[i + 1].capitalised) continue;
        const std::string_view w = d.word(i);
        if (!is_preposition_with_a_stray_vowel(w) || !is_place_start(d.article, i + 1)) continue;
        d.spelled_as.emplace_back(i, std::string(w.substr(1)));
    }
}

// A day a fixture is told for: a bare weekday ("on Sunday", not "last Sunday"), "tonight" or
// "tomorrow".
static bool is_day_to_come_of_a_fixture(const ArticleAnalysis& a, const TimeExpression& date) {
    const TimexMeaning& m = date.meaning;
    if (m.weekday && !m.month && !m.deictic_unit) return true;
    const std::string_view first = a.word(date.first_token);
    return first == "tonight" || first == "tomorrow";
}

// Is there, between the verb at `verb` and the draft's date, another verb or a clause of its own
// that the date could belong to ("start the season without Kane, who left on Saturday")?
static bool another_verb_before_date(const HeadlineDraft& d, uint32_t verb) {
    for (uint32_t k = verb + 1; k < d.date.first_token && k < d.end; ++k) {
        const std::string_view w = d.word(k);
        if (opens_another_clause(d.article, k, d.end) || is_subordinator(w) || w == "who" || w == "which" || w == "that" ||
            (d.article.tokens[k].is_word() && !d.article.tokens[k].capitalised && (is_past_verb(w) || w.ends_with("ing"))))
            return true;
    }
    return false;
}

// Does the date qualify the noun after it ("fourth-quarter revenue", "2024 sales")?
static bool qualifies_a_noun(const ArticleAnalysis& a, const TimeExpression& date) {
    const uint32_t after = date.end_token;
    if (after >= a.tokens.size() || !a.tokens[after].is_word() || a.tokens[after].capitalised) return false;
    const std::string_view w = a.word(after);
    return !is_stop_word(w) && !is_preposition(w) && !is_past_verb(w);
}

// 11e. A clause whose verb is a forecast or a plan ("will usher in", "is expected to", "would",
// "plans to", "expects to", "should be completed", "could rise"), or a fixture told in the
// present with its day ("Tottenham start their season at Brentford on Sunday"), tells no
// happening, unless the saying is the event ("X said on Monday ... will": the date is the
// saying's) or its date belongs to another verb or clause than the forecast's. A date inside what
// was said or expected ("said results in the fourth quarter are expected to stay weak") dates that.
void mark_forecast(HeadlineDraft& d) {
    if (!d.speaker.empty()) return;
    const std::vector<Token>& tokens = d.article.tokens;
    // The date must belong to the clause the headline keeps: a date in a trailing aside ("...
    // challenges for Iraq — an issue highlighted by the UN on Friday") dates something else.
    uint32_t last_kept = d.start;
    for (uint32_t i = d.start; i < d.end; ++i)
        if (d.kept(i) && tokens[i].is_word()) last_kept = i;
    if (d.date.first_token < d.start || d.date.first_token > last_kept + 3) return;
    bool in_what_was_said = false, expected = false;
    // The first twelve tokens kept (an aside dropped from the subject does not count: "Bayern, who
    // have won the league for 11 years, play Leipzig tonight").
    uint32_t seen = 0;
    for (uint32_t i = d.start; i < d.end && (seen < 12 || (in_what_was_said && i < d.date.first_token)); ++i) {
        if (!d.kept(i)) continue;
        ++seen;
        if (!tokens[i].is_word()) continue;
        const std::string_view w = d.word(i);
        // "Forecasters expect the storm to reach the Atlantic by Thursday": what is expected to do.
        const bool expected_to_do = expected && w == "to" && i + 1 < d.end && tokens[i + 1].is_word() && !tokens[i + 1].capitalised &&
                                    !d.article.in_timex[i + 1];
        if (is_forecast_verb(d.article, i, d.start) || expected_to_do) {
            // Not when another clause begins between it and the date ("said talks would resume,
            // and in 2019 a dispute ended"): the date is that clause's.
            for (uint32_t k = i + 1; k < d.date.first_token && k < d.end; ++k)
                if (opens_another_clause(d.article, k, d.end)) return;
            d.forecast = true;
            return;
        }
        if (!in_what_was_said && (is_report_verb(w) || is_expecting_verb(w))) {
            // A saying is the event, whatever was said, when the date is its own ("said on Monday
            // the talks will resume": the date before the verb, on it (a date carried to the verb,
            // episode_dates.h) or right after it). A date
            // inside what was said or expected ("said the talks will resume on Monday",
            // "predicted his company would meet its targets this year") dates that: its verb decides.
            // "forecast fourth-quarter revenue of $20 billion": a date right after a verb of
            // expecting that qualifies its object is the period forecast, not the saying's day.
            if (is_expecting_verb(w) && d.date.first_token == i + 1 && qualifies_a_noun(d.article, d.date)) {
                d.forecast = true;
                return;
            }
            if (d.date.first_token <= i || dates_the_verb_after_it(d.article, i, d.date.first_token)) return;
            in_what_was_said = true;
            expected = is_expecting_verb(w);
            continue;
        }
        if (is_past_verb(w) || w == "was" || w == "were" || w == "had") return;  // the clause's verb came first: a happening
        // "Tottenham start their season at Brentford on Sunday": a fixture, told in the present
        // with its day, is what is to come.
        if (i < d.date.first_token && is_fixture_verb(w) && is_day_to_come_of_a_fixture(d.article, d.date) &&
            !another_verb_before_date(d, i)) {
            d.forecast = true;
            return;
        }
    }
    // "now expects revenue of $52 billion for 2023": a date after "for" in what is expected is the
    // period the forecast is for, not when anything happened.
    if (expected && d.date.first_token > d.start && d.word(d.date.first_token - 1) == "for") d.forecast = true;
}

bool dates_the_verb_after_it(const ArticleAnalysis& a, uint32_t verb, uint32_t date) {
    if (date == verb + 1 || (date == verb + 2 && a.word(verb + 1) == "on")) return true;
    // "said in a speech at the White House on Friday afternoon that he would ...": the saying's
    // setting (phrases opened by a preposition, no verb), its date, then what was said ("that"
    // or a pronoun subject).
    if (date <= verb + 2 || date > verb + 14 || end_of_saying_setting(a, verb + 1, date) != date) return false;
    uint32_t after = date;
    while (after < a.tokens.size() && a.in_timex[after]) ++after;
    if (after >= a.tokens.size()) return false;
    const std::string_view next = a.word(after);
    return next == "that" || next == "he" || next == "she" || next == "it" || next == "they" || next == "we";
}

bool opens_another_clause(const ArticleAnalysis& a, uint32_t k, uint32_t end) {
    const Token& t = a.tokens[k];
    return t.is(';') || (t.is(',') && k + 1 < end && (a.word(k + 1) == "and" || a.word(k + 1) == "but"));
}

bool is_forecast_verb(const ArticleAnalysis& a, uint32_t i, uint32_t clause_start) {
    const std::string_view w = a.word(i);
    if (w == "will" || w == "shall" || w == "'ll" || w == "would") return true;
    // "should be completed", "may rise": what is to come or may come (core/tense.h).
    if (w == "should" || w == "may" || w == "might" || w == "could") return is_modal_of_what_may_come(a.lower, a.tokens, i);
    if (i + 1 >= a.tokens.size() || a.word(i + 1) != "to" || i <= clause_start) return false;
    // "expects to return to profit this year", "hopes to close the deal in May": intentions.
    if (w == "expects" || w == "expect" || w == "hopes" || w == "hope" || w == "aims" || w == "aim") return true;
    // "plans to" is a plan, but "a plan to bail out the automakers failed" tells what became of
    // one: after a determiner "plan"/"plans" is a noun.
    if (w == "plans" || w == "plan") return !is_determiner(a.word(i - 1));
    if (w == "intends") return true;
    return (w == "expected" || w == "set" || w == "due" || w == "going" || w == "scheduled") && is_copula(a.word(i - 1));
}

// 12. Nothing dangling at the end once dates and asides are gone: "... compared", "... was and";
// and a modifier left without its noun by the source or by a cut ("... camp in northeastern .")
// goes with the preposition before it.
void drop_dangling_end(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    bool modifier = false;
    for (uint32_t i = d.end; i-- > d.start;) {
        if (!d.kept(i)) continue;
        // A word spelled as a name ("took the town" -> "took Mosul", resolve_pronoun) ends on the name.
        if (std::any_of(d.spelled_as.begin(), d.spelled_as.end(), [&](const auto& s) { return s.first == i; })) break;
        const std::string_view w = d.word(i);
        // "raised a $12 million Series A": a capital letter after a name's word is the name's.
        const bool name_letter = tokens[i].capitalised && w.size() == 1 && i > d.start && tokens[i - 1].capitalised;
        if (tokens[i].is(',') || tokens[i].is('.') || (is_dangling_end(w) && !name_letter)) {
            d.keep[i - d.first] = false;
            continue;
        }
        if (is_modifier_without_noun(w)) {
            d.keep[i - d.first] = false;
            modifier = true;
            continue;
        }
        if (modifier && is_preposition(w)) {
            d.keep[i - d.first] = false;
            modifier = false;
            continue;
        }
        break;
    }
}

// 13. The kept tokens from d.start with their original spacing, after the words the rules put
// before them; a gap left by dropped tokens is one space, and no punctuation opens the line or
// follows a comma. A token the rules spell otherwise (a resolved pronoun) is written so.
std::string spell_kept_words(const HeadlineDraft& d) {
    std::string out = d.prefix;
    bool gap = !out.empty();
    for (uint32_t i = d.start; i < d.end; ++i) {
        if (!d.keep[i - d.first]) {
            gap = true;
            continue;
        }
        const Token& t = d.article.tokens[i];
        const bool tight = t.kind == Token::Kind::Punct && (t.is(',') || t.is('.') || t.is(';') || t.is(':'));
        if (tight && (out.empty() || out.back() == ',' || out.back() == ' ')) {
            while (!out.empty() && (out.back() == ' ' || out.back() == ',')) out.pop_back();
            if (out.empty()) continue;
        }
        if (!out.empty() && (t.space_before || (gap && !tight))) out.push_back(' ');
        std::string_view text = token_text(d.article.text, t);
        for (const auto& [token, spelled] : d.spelled_as)
            if (token == i) text = spelled;
        out.append(text);
        gap = false;
    }
    return out;
}

// Does `out` open with the draft's first word, a common noun capitalised only as its sentence's
// first word ("Search teams with dogs have covered ..., officials said")? Not a name: one the
// article names (a place or actor), one it writes capitalised inside a sentence too, one
// followed by another capitalised word ("Joe Biden") or one with a possessive ("Apple's store").
static bool opens_with_common_noun(const HeadlineDraft& d, std::string_view out) {
    const std::vector<Token>& tokens = d.article.tokens;
    uint32_t k = d.first;
    while (k < d.end && !d.kept(k)) ++k;
    if (k + 1 >= d.end || !tokens[k].is_word() || !tokens[k].capitalised || tokens[k].all_caps) return false;
    if (!out.starts_with(d.article.token(k)) || !tokens[k + 1].is_word() || tokens[k + 1].capitalised || d.word(k + 1) == "'s")
        return false;
    if (std::none_of(d.article.sentences.begin(), d.article.sentences.end(), [&](const Sentence& s) { return s.first_token == k; }))
        return false;
    for (const NameMention& n : d.article.names)
        if (n.first_token <= k && k < n.end_token) return false;
    const std::string_view w = d.word(k);
    for (uint32_t j = 1; j < tokens.size(); ++j)
        if (j != k && tokens[j].capitalised && tokens[j - 1].is_word() && d.word(j) == w) return false;
    return true;
}

// A quotation left open in `out` (a curly opening mark without its closing one, or an odd number
// of straight marks) is closed at its end.
static void close_open_quotation(std::string& out) {
    size_t open_curly = 0, close_curly = 0, straight = 0;
    for (size_t k = 0; k < out.size(); ++k) {
        if (out[k] == '"') ++straight;
        if (out[k] != '\xE2' || k + 2 >= out.size() || out[k + 1] != '\x80') continue;
        open_curly += out[k + 2] == '\x9C';
        close_curly += out[k + 2] == '\x9D';
    }
    if (open_curly > close_curly) out += "\xE2\x80\x9D";
    else if (straight % 2 == 1) out += '"';
}

// 14. "A senior commander said ..." when the saying is the event; a pronoun ("He said ...") tells
// nothing and goes. What was said opens lower-case unless it opens with a name or a quotation.
// The ends are tidied of punctuation either way.
std::string with_speaker(const HeadlineDraft& d, std::string out) {
    std::string speaker = d.speaker;
    // '"We have delivered," he said on Wednesday': the person (or group) the pronoun stands for.
    if (const std::string pronoun = lower_case_text(speaker); is_pronoun_subject(pronoun)) {
        const Referents r = referents_before(d.article, d.speaker_first);
        speaker = pronoun == "he" || pronoun == "she" ? r.person : pronoun == "they" || pronoun == "it" ? r.group : std::string();
    }
    if (!speaker.empty() && !out.empty()) {
        if (speaker[0] >= 'a' && speaker[0] <= 'z') speaker[0] = static_cast<char>(speaker[0] - 'a' + 'A');
        const std::string first_word = lower_case_text(out.substr(0, out.find(' ')));
        if (out[0] >= 'A' && out[0] <= 'Z' && (is_stop_word(first_word) || opens_with_common_noun(d, out)))
            out[0] = static_cast<char>(out[0] - 'A' + 'a');
        out = speaker + " " + (d.speaker_verb.empty() ? std::string("said") : d.speaker_verb) + " " + out;
    }
    while (!out.empty() && (out.back() == ',' || out.back() == ' ' || out.back() == '.' || out.back() == ';' ||
                            out.back() == ':' || out.back() == '-'))
        out.pop_back();
    // A quotation whose closing mark went with the attribution is closed.
    if (!d.speaker.empty()) close_open_quotation(out);
    return out;
}

// 15. At most about 90 characters. A longer line is cut between phrases, where a reader would
// stop: before a comma, a conjunction or a preposition (not "of"), before "to" of purpose or a
// participle phrase after a noun (core/headline_cuts.h), after a word that does not want more
// ("... at the al-Hol camp", not "... camp in"; not after "involved"); a quotation left open is
// closed. With no such place within 90, a line of up to 100 stays whole or stops at such a place
// within 100, or else before a subordinate clause ("after", "because") after its verb, however
// short; only when there is none either is it cut at a space and marked "…"; never inside a
// character. The first letter a capital.
std::string shortened(std::string out) {
    for (char& c : out)
        if (c == '\n') c = ' ';
    while (!out.empty() && (out.back() == ',' || out.back() == ' ' || out.back() == '.' || out.back() == ';')) out.pop_back();
    constexpr size_t kLongest = 90, kShortest = 40, kAtMost = 100;
    if (out.size() > kLongest) {
        size_t best = std::string::npos;
        std::string next_buffer, before_buffer;
        // No cut before the first verb; with no verb in reach (a noun phrase: "The departure from
        // France of the new A380 on a tour of Asia"), a cut between its phrases still beats "…".
        const size_t verb_end = first_verb_end(std::string_view(out).substr(0, kLongest));
        const size_t first_cut = verb_end == std::string::npos ? kShortest : std::max(kShortest, verb_end);
        // Before that, a clause with its verb and its object may stop before a participle phrase
        // or an infinitive of purpose, however short: "The US President shared a map | showing how
        // the caliphate's territory has been reduced" says who did what, a line cut inside the
        // phrase does not (the last place to stop still wins).
        const size_t first_phrase_cut = verb_end == std::string::npos ? first_cut : std::min(first_cut, verb_end + 2);
        // "About 90": with no place to stop within 90 characters, a line of up to 100 stays whole, or
        // stops at a place within 100, rather than being cut inside a phrase and marked "…"
        // ("... did not exchange GM's US$27 billion debt", "... Steve Jobs unveiled iPhone 4").
        for (const size_t limit : {kLongest, kAtMost}) {
            if (limit == kAtMost && out.size() <= kAtMost) {
                best = out.size();
                break;
            }
            for (size_t p = first_phrase_cut; p <= limit && p < out.size(); ++p) {
                if (out[p] != ' ') continue;
                const bool comma = out[p - 1] == ',';
                const size_t next_end = out.find(' ', p + 1);
                const std::string_view next = lower_word(
                    std::string_view(out).substr(p + 1, next_end == std::string::npos ? std::string::npos : next_end - p - 1), next_buffer);
                const bool opener = comma || is_phrase_opener(next);
                if (p < first_cut && opener) continue;
                const bool lower_next = out[p + 1] >= 'a' && out[p + 1] <= 'z';
                if (!opener && next != "to" && !(lower_next && (next.ends_with("ing") || wants_its_complement(next))))
                    continue;  // the cheap test first ("Boeing" is no participle)
                const size_t before_end = comma ? p - 1 : p;
                const size_t space = out.rfind(' ', before_end - 1);
                const size_t before_start = space == std::string::npos ? 0 : space + 1;
                const std::string_view before =
                    lower_word(std::string_view(out).substr(before_start, before_end - before_start), before_buffer);
                // "a work stoppage | to protest", "shared a map | showing how", "its warriors | involved in"
                // (core/headline_cuts.h).
                if (!opener && !(next == "to"             ? is_cut_before_to(before)
                                 : next.ends_with("ing") ? is_cut_before_participle(before, next)
                                                         : is_cut_before_complement_participle(before, next)))
                    continue;
                if (is_dangling_end(before) || is_preposition(before) || is_modifier_without_noun(before) || is_stop_word(before) ||
                    wants_its_complement(before))
                    continue;
                // Not inside a date ("September 11, 2001"): a number on both sides of the comma. After
                // a number a comma still ends a phrase ("unveiled iPhone 4, along with ...").
                if (comma && !before.empty() && before.back() >= '0' && before.back() <= '9' && !next.empty() && next[0] >= '0' &&
                    next[0] <= '9')
                    continue;
                best = comma ? p - 1 : p;
            }
            if (best != std::string::npos) break;
        }
        // With no place to stop from 40 to 100 characters, a clause with its verb may still end
        // before a subordinate clause, however short: "General Motors' shares lost 15.5% | after
        // the auto firm announced that its auditors had ..." says what happened; "…" inside the
        // second clause does not (the last such place within 90).
        if (best == std::string::npos && verb_end != std::string::npos)
            for (size_t p = verb_end + 2; p <= kLongest && p < out.size(); ++p) {
                if (out[p] != ' ' || out[p - 1] == ',') continue;
                const size_t next_end = out.find(' ', p + 1);
                const std::string_view next = lower_word(
                    std::string_view(out).substr(p + 1, next_end == std::string::npos ? std::string::npos : next_end - p - 1), next_buffer);
                if (next != "which" && next != "who" && next != "where" && is_subordinator(next)) best = p;
            }
        if (best != std::string::npos) {
            // A comma two words or fewer before the cut is the better place: "... by Apple", not "... by Apple, held".
            const size_t comma = out.rfind(", ", best - 1);
            if (best < out.size() && comma != std::string::npos && comma >= kShortest && comma + 2 <= best &&
                std::count(out.begin() + static_cast<std::ptrdiff_t>(comma) + 2, out.begin() + static_cast<std::ptrdiff_t>(best), ' ') < 2)
                best = comma;
            out.resize(best);
            while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
            close_open_quotation(out);
        } else {
            size_t cut = out.rfind(' ', kLongest - 2);
            if (cut == std::string::npos) cut = kLongest - 2;
            while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
            out.resize(cut);
            // Not on a word that wants more: "... released to the" -> "... released".
            for (;;) {
                while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
                const size_t space = out.rfind(' ');
                if (space == std::string::npos || space < kShortest) break;
                const std::string last = lower_case_text(out.substr(space + 1));
                if (!(is_dangling_end(last) || is_preposition(last) || is_modifier_without_noun(last) || wants_its_complement(last)))
                    break;
                out.resize(space);
            }
            out += "\xE2\x80\xA6";
        }
    }
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

// 16. How well a headline stands alone: cut short, opening with a pronoun or a quotation, or
// very short, it reads worse.
int stand_alone_quality(std::string_view out, int quality) {
    if (out.ends_with("\xE2\x80\xA6")) quality -= 2;
    const std::string lower_out = lower_case_text(out.substr(0, out.find(' ')));
    if (is_pronoun_subject(lower_out) || lower_out == "this" || lower_out == "those" || lower_out == "these") quality -= 3;
    if (!out.empty() && (out[0] == '"' || out.starts_with("\xE2\x80\x9C"))) quality -= 2;
    if (out.size() < 25) quality -= 2;
    return quality;
}

Headline make_headline(const ArticleAnalysis& article, uint32_t first, uint32_t end, const TimeExpression& date) {
    const auto span = clause_around_date(article, first, end, date);
    HeadlineDraft d(article, date, span.first, span.second);
    mark_relative_clause(d);
    event_noun_as_subject(d);
    dated_predicate_after_but(d);
    undated_predicate_after_but(d);
    object_of_its_own_date(d);
    happening_of_dated_aside(d);
    happening_of_dated_participle_aside(d);
    happening_of_dated_participle_opening(d);
    report_of_a_dated_source(d);
    drop_dates(d);
    prefer_acronym_of_name(d);
    drop_bracketed_asides(d);
    drop_quotation_after_colon(d);
    drop_trailing_clause_or_attribution(d);
    drop_participial_asides(d);
    drop_relative_aside(d);
    drop_apposition_after_subject(d);
    drop_opening_words(d);
    drop_opening_participle(d);
    drop_descriptor_before_name(d);
    drop_long_opening_setting(d);
    drop_titles_before_names_when_long(d);
    drop_opening_interval(d);
    happening_for_demonstrative_subject(d);
    drop_site_before_where(d);
    drop_leading_attribution(d);
    drop_own_saying(d);
    drop_participle_before_stray_comma(d);
    supply_missing_subject(d);
    antecedent_for_relative_clause(d);
    people_for_those_who(d);
    owner_of_definite_happening(d);
    drop_repeated_subject_pronoun(d);
    resolve_pronoun(d);
    object_from_sentence_before(d);
    correct_source_typos(d);
    mark_forecast(d);
    drop_dangling_end(d);
    Headline h;
    h.forecast = d.forecast;
    h.text = shortened(with_speaker(d, spell_kept_words(d)));
    h.quality = stand_alone_quality(h.text, d.quality);
    // 17. Trimming left too little: the clause as written is a better headline. Not a name the
    // rules gave its verb ("Garfield opened", from ", which opened in 1926,"): that is a sentence.
    const auto spaces = std::count(h.text.begin(), h.text.end(), ' ');
    if (spaces < 2 && !(spaces == 1 && !d.prefix.empty())) {
        const std::vector<Token>& tokens = article.tokens;
        h.text = shortened(std::string(article.text.substr(tokens[first].start, tokens[end - 1].end - tokens[first].start)));
        h.quality -= 4;
    }
    return h;
}

}  // namespace dateline
