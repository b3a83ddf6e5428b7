#include "lead_news.h"

#include <algorithm>
#include <iterator>
#include <unordered_set>

#include "events.h"
#include "headline.h"
#include "time_words.h"

namespace dateline {

namespace {

bool is_modal(std::string_view w) {
    return w == "will" || w == "would" || w == "could" || w == "should" || w == "may" || w == "might" || w == "must" ||
           w == "shall" || w == "'ll" || w == "can";
}

// Adverbs that may stand between "has" and its participle ("has also announced", "have now agreed",
// "have both begun": a floating quantifier of a plural subject).
bool is_perfect_adverb(std::string_view w) {
    return w == "also" || w == "now" || w == "just" || w == "already" || w == "finally" || w == "officially" ||
           w == "formally" || w == "reportedly" || w == "recently" || w == "today" || w == "both" || w == "all" || w == "each";
}

bool is_negation(std::string_view w) { return w == "not" || w == "never" || w == "n't" || w == "yet"; }

}  // namespace

bool is_past_participle(std::string_view w) {
    static constexpr std::string_view kIrregular[] = {
        "won",    "made",    "taken",   "given",  "sold",    "bought",  "struck", "begun",   "left",    "lost",
        "seen",   "become",  "come",    "gone",   "chosen",  "held",    "told",   "said",    "paid",    "hit",
        "cut",    "set",     "put",     "shut",   "fallen",  "risen",   "grown",  "shown",   "known",   "driven",
        "flown",  "broken",  "spoken",  "written", "drawn",  "sent",    "spent",  "built",   "led",     "met",
        "fled",   "fought",  "brought", "caught", "found",   "kept",    "laid",   "sworn",   "stolen",  "run",
        "withdrawn", "overtaken", "undertaken", "forbidden", "beaten", "bid", "dealt", "hidden", "frozen", "quit",
        "shot",   "slid",    "sunk",    "swept",  "thrown",  "torn",    "upheld", "won",     "woken",   "overseen",
        "born",
        // four-letter regular forms, which the "-ed" rule below leaves out with "need" and "shed"
        "died", "tied", "lied", "used", "owed", "sued", "eyed", "axed"};
    static const std::unordered_set<std::string_view> kSet(std::begin(kIrregular), std::end(kIrregular));
    if (kSet.count(w)) return true;
    // A regular form: at least two letters before "-ed" ("agreed", "announced", "filed"); not "need", "shed", "bed".
    return w.size() >= 5 && w.ends_with("ed") && w != "indeed" && w != "proceed" && w != "succeed" && w != "exceed";
}

namespace {

// The participle of the perfect whose "has"/"have" is token i ("has also been appointed" ->
// "appointed"), or nullopt when none follows, or the perfect is negated.
std::optional<uint32_t> participle_after(const ArticleAnalysis& a, uint32_t i, uint32_t end) {
    uint32_t j = i + 1;
    while (j < end && (is_perfect_adverb(a.word(j)) || is_negation(a.word(j)))) {
        if (is_negation(a.word(j))) return std::nullopt;
        ++j;
    }
    if (j < end && a.word(j) == "been") ++j;
    while (j < end && is_perfect_adverb(a.word(j))) ++j;
    if (j < end && !a.tokens[j].capitalised && is_past_participle(a.word(j))) return j;
    return std::nullopt;
}

}  // namespace

std::optional<uint32_t> present_perfect_at(const ArticleAnalysis& a, uint32_t first, uint32_t end) {
    const std::vector<Token>& tokens = a.tokens;
    bool quoted = false;
    for (uint32_t i = first; i < end; ++i) {
        const Token& t = tokens[i];
        quoted = t.inside_quote_after(quoted);
        if (!(a.word_is(i, "has") || a.word_is(i, "have")) || quoted) continue;  // the key word first: few tokens are
        if (i > first && is_modal(a.word(i - 1))) continue;  // "will have", "could have": not fact
        if (participle_after(a, i, end)) return i;
    }
    return std::nullopt;
}

namespace {

// Irregular simple past forms a news lead opens with (regular "-ed" forms need no list). Not
// "left", "set", "put": as often a participle after a noun ("fighters left in the city").
bool is_irregular_past(std::string_view w) {
    static constexpr std::string_view kPast[] = {
        "said",  "won",   "lost",  "made",   "took",  "sold",   "bought", "gave",  "began", "fell",  "rose",
        "cut",   "hit",   "put",   "set",   "held",   "led",   "met",    "paid",  "sent",  "spent", "struck",
        "told",  "broke", "came",  "went",   "became", "brought", "built", "chose", "drove", "flew",  "fought",
        "froze", "grew",  "kept",  "quit",   "saw",   "shut",   "slid",   "sank",  "stood", "swept", "threw",
        "withdrew", "wrote", "overtook", "unveiled", "fled", "shot", "sought", "ran", "stole", "hid", "retook",
        "overran", "rode", "spoke", "tore", "woke", "undertook", "taught", "swore"};
    static const std::unordered_set<std::string_view> kSet(std::begin(kPast), std::end(kPast));
    return kSet.count(w) > 0;
}

// Words after which a past form is no simple past of a subject: auxiliaries and modals ("was
// seized", "has won", "could lost"), articles and prepositions ("the revised plan", "of based").
bool blocks_simple_past(std::string_view w) {
    static constexpr std::string_view kWords[] = {
        "the",  "a",    "an",    "was",  "were", "is",   "are",  "be",    "been", "being", "has",  "have", "had",
        "of",   "in",   "by",    "to",   "for",  "with", "on",   "at",    "from", "into",  "its",  "their", "his",
        "her",  "our",  "this",  "that", "these", "those", "and", "or",   "not",  "newly", "recently", "long",
        "much", "well", "highly", "widely", "so", "as",   "than", "get",  "got",  "very"};
    static const std::unordered_set<std::string_view> kSet(std::begin(kWords), std::end(kWords));
    return kSet.count(w) > 0 || is_modal(w);
}

bool is_simple_past_form(std::string_view w) {
    if (is_irregular_past(w)) return true;
    return w.size() >= 5 && w.ends_with("ed") && is_past_participle(w);
}

// "dropped by 10 percent", "rose by about a third", "fell by $2 billion", "fell by 1.5 and 3
// percent": "by" and an amount (or two) measure a change, and the verb before it is a simple past; "attended by 5,000 guests" is a
// participle with its agent. Token i is the one after "by".
bool is_measure_after_by(const ArticleAnalysis& a, uint32_t i, uint32_t end) {
    static constexpr std::string_view kApproximately[] = {"no", "less", "more", "than", "about", "nearly", "almost",
                                                          "around", "over", "some", "as", "much", "up", "to", "roughly"};
    auto approximately = [](std::string_view w) { return std::find(std::begin(kApproximately), std::end(kApproximately), w) != std::end(kApproximately); };
    for (uint32_t steps = 0; i < end && steps < 3 && approximately(a.word(i)); ++steps) ++i;
    if (i >= end) return false;
    const Token& t = a.tokens[i];
    if (t.is('$') || a.word(i) == "us$" || a.word(i) == "€" || a.word(i) == "£") return true;
    const std::string_view w = a.word(i);
    if (w == "half") return true;
    if (w == "a" || w == "one") {
        const std::string_view f = i + 1 < end ? a.word(i + 1) : std::string_view{};
        return f == "third" || f == "quarter" || f == "fifth" || f == "tenth" || f == "half" || f == "fraction";
    }
    // A share spelled out: "dropped by four percent" (a number word of the time-word lexicon).
    if (!t.is_number()) {
        const std::string_view u = i + 1 < end ? a.word(i + 1) : std::string_view{};
        return (u == "percent" || u == "per" || u == "points") && time_word(w).cls == TimeWordClass::Number;
    }
    // Two amounts for two subjects: "fell by 1.5 and 3 percent, respectively".
    if (i + 2 < end && (a.word(i + 1) == "and" || a.word(i + 1) == "or") && a.tokens[i + 2].is_number()) i += 2;
    for (uint32_t j = i + 1; j < end && j <= i + 2; ++j) {
        const std::string_view u = a.word(j);
        if (a.tokens[j].is('%') || u == "percent" || u == "per" || u == "points" || u == "point" || u == "cents" ||
            u == "percentage")
            return true;
    }
    return false;
}

}  // namespace

namespace {

// Is the comma at token `comma` the end of an aside of examples that follows the subject ("Other
// stock indices, such as the Nasdaq and the S&P 500, dipped"): the aside opens at an earlier
// comma of the clause with "such as", "including" or "like"? The verb after it is the subject's.
bool closes_examples_aside(const ArticleAnalysis& a, uint32_t first, uint32_t comma) {
    if (!a.tokens[comma].is(',')) return false;
    for (uint32_t k = comma; k-- > first;) {
        if (a.tokens[k].is(';')) return false;
        if (!a.tokens[k].is(',')) continue;
        const std::string_view w = a.word(k + 1);
        return (w == "such" && a.word(k + 2) == "as") || w == "including" || w == "like";
    }
    return false;
}

// Are tokens [from, to) a noun phrase alone: words, numbers and the marks of names ("S&P",
// "al-Hol", "U.S."), none of them a verb form, an auxiliary or a word that opens a clause? What
// stands before an aside's comma as the subject, and inside an appositive.
bool is_noun_phrase_only(const ArticleAnalysis& a, uint32_t from, uint32_t to) {
    for (uint32_t k = from; k < to; ++k) {
        const Token& t = a.tokens[k];
        if (!(t.is_word() || t.is_number() || t.is('&') || t.is('-') || t.is('.'))) return false;
        if (!t.is_word() || t.capitalised) continue;
        const std::string_view w = a.word(k);
        if (w == "is" || w == "are" || w == "was" || w == "were" || w == "has" || w == "have" || w == "had" || w == "who" ||
            w == "which" || w == "that" || w == "when" || w == "as" || w == "after" || w == "if" || is_simple_past_form(w) ||
            is_past_participle(w))
            return false;
    }
    return true;
}

// Rule: is the comma at token `comma` the end of an appositive that names the subject again
// ("The primary UK index, the FTSE 100, dropped 2.36%", "Its chief, Fritz Henderson, said")? The
// aside opens at an earlier comma of the clause with an article, a possessive or a capitalised
// name and holds only words and numbers, no verb form; before it the subject is words alone, none
// of them a verb form. The verb after it is the subject's. ("The company, based in Detroit,
// said": a participle opens that aside, so it is no appositive; a clause's verb before the first
// comma, "When markets fell, the Dow, ..." , makes that no subject.)
bool closes_appositive(const ArticleAnalysis& a, uint32_t first, uint32_t comma) {
    if (!a.tokens[comma].is(',') || comma < first + 3) return false;
    uint32_t open = comma;
    for (uint32_t k = comma; k-- > first && comma - k <= 8;)
        if (a.tokens[k].is(',')) {
            open = k;
            break;
        }
    if (open == comma || open + 1 == comma || open == first) return false;
    const Token& opening = a.tokens[open + 1];
    const std::string_view o = a.word(open + 1);
    if (!(opening.capitalised || o == "the" || o == "a" || o == "an" || o == "its" || o == "their" || o == "his" || o == "her"))
        return false;
    return is_noun_phrase_only(a, open + 1, comma) && is_noun_phrase_only(a, first, open);
}

// Rule: is the comma at token `comma` the end of a relative clause set off after the subject ("The
// Hang Seng, which was one of the few markets that was positive yesterday, fell 7.19%")? The
// aside opens at the clause's previous comma with "which" or "who", at most twenty tokens back;
// before it the subject is words alone, no verb form. The verb after it is the subject's.
bool closes_relative_aside(const ArticleAnalysis& a, uint32_t first, uint32_t comma) {
    constexpr uint32_t kLongestAside = 20;
    if (!a.tokens[comma].is(',') || comma < first + 3) return false;
    uint32_t open = comma;
    for (uint32_t k = comma; k-- > first && comma - k <= kLongestAside;)
        if (a.tokens[k].is(',') || a.tokens[k].is(';')) {
            open = k;
            break;
        }
    if (open == comma || open == first || !a.tokens[open].is(',')) return false;
    const std::string_view rel = a.word(open + 1);
    if (!(rel == "which" || rel == "who")) return false;
    return is_noun_phrase_only(a, first, open);
}

}  // namespace

bool closes_adverb_aside(const ArticleAnalysis& a, uint32_t first, uint32_t comma) {
    if (!a.tokens[comma].is(',') || comma < first + 3) return false;
    // The opening comma first (one to four words back): most commas open no such aside.
    const bool one = a.tokens[comma - 2].is(','), two = a.tokens[comma - 3].is(','),
               four = comma >= first + 5 && a.tokens[comma - 4].is(',');
    if (!(one || two || four)) return false;
    const std::string_view w = a.word(comma - 1);
    if (one)
        return w == "meanwhile" || w == "however" || w == "though" || w == "too" || w == "also" || w == "instead" ||
               w == "nonetheless" || w == "nevertheless" || w == "likewise" || w == "similarly" || w == "then" ||
               w == "meantime" || w == "overall" || w == "separately";
    const std::string_view before = a.word(comma - 2);
    if (two)  // two words: "in turn", "by contrast", "in contrast"
        return (before == "in" && (w == "turn" || w == "contrast")) || (before == "by" && w == "contrast");
    // "for its part", "for their part"
    return a.word(comma - 3) == "for" && w == "part" && (before == "its" || before == "their" || before == "his" || before == "her");
}

std::optional<uint32_t> simple_past_at(const ArticleAnalysis& a, uint32_t first, uint32_t end) {
    const std::vector<Token>& tokens = a.tokens;
    bool quoted = false;
    for (uint32_t i = first; i < end; ++i) {
        const Token& t = tokens[i];
        quoted = t.inside_quote_after(quoted);
        if (quoted || i == first || !t.is_word() || t.capitalised) continue;
        const std::string_view w = a.word(i);
        // A present verb came first ("there are 300 fighters left"): the sentence tells a state.
        if (w == "is" || w == "are" || w == "am") return std::nullopt;
        if (!is_simple_past_form(w)) continue;
        const Token& before = tokens[i - 1];
        if (!before.is_word() && !before.is_number() && !before.is(')') && !closes_examples_aside(a, first, i - 1) &&
            !closes_adverb_aside(a, first, i - 1) && !closes_appositive(a, first, i - 1) && !closes_relative_aside(a, first, i - 1))
            continue;  // "-long-awaited", ", based"
        if (before.is_word() && blocks_simple_past(a.word(i - 1))) continue;
        const std::string_view next = i + 1 < end ? a.word(i + 1) : std::string_view{};
        if (next == "by" && !is_measure_after_by(a, i + 2, end)) continue;  // "a ceremony attended by": a participle
        return i;
    }
    return std::nullopt;
}

std::optional<uint32_t> news_present_saying_at(const ArticleAnalysis& a, uint32_t first, uint32_t end) {
    bool quoted = false;
    for (uint32_t i = first; i < end; ++i) {
        const Token& t = a.tokens[i];
        quoted = t.inside_quote_after(quoted);
        if (quoted || i == first || !t.is_word() || t.capitalised) continue;
        const std::string_view w = a.word(i);
        if (!(w == "says" || w == "announces" || w == "reports" || w == "confirms")) continue;
        if (!a.tokens[i - 1].is_word() || blocks_simple_past(a.word(i - 1))) return std::nullopt;
        return i;
    }
    return std::nullopt;
}

bool dates_a_reported_plan(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    if (e.first_token <= s.first_token || e.first_token >= s.end_token) return false;
    // The future first (compares of a word), then the verb of reporting before it (a lexicon look-up).
    auto is_future = [&](uint32_t i) {
        const std::string_view w = a.word(i);
        return w == "will" || w == "would" || w == "shall" || w == "'ll" ||
               ((w == "plans" || w == "plan" || w == "going") && i + 1 < e.first_token && a.word(i + 1) == "to");
    };
    uint32_t future = e.first_token;
    for (uint32_t i = s.first_token + 1; i < e.first_token && future == e.first_token; ++i)
        if (is_future(i)) future = i;
    if (future == e.first_token) return false;
    bool quoted = false;
    for (uint32_t i = s.first_token; i < future; ++i) {
        quoted = a.tokens[i].inside_quote_after(quoted);
        if (!quoted && a.tokens[i].is_word() && !a.tokens[i].capitalised && is_report_verb(a.word(i))) {
            for (uint32_t j = i + 1; j < e.first_token; ++j)  // a future after the verb, outside quotation marks
                if (is_future(j)) return true;
            return false;
        }
    }
    return false;
}

bool dates_a_promised_thing(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    if (e.first_token <= s.first_token + 1 || e.first_token >= s.end_token) return false;
    constexpr uint32_t kMostWordsBetween = 10;  // "pledged to deliver the first 20 of the new planes by"
    bool quoted = false;
    for (uint32_t i = s.first_token; i + 1 < e.first_token; ++i) quoted = a.tokens[i].inside_quote_after(quoted);
    if (quoted) return false;
    for (uint32_t i = e.first_token - 1, steps = 0; i > s.first_token && steps < kMostWordsBetween; --i, ++steps) {
        const Token& t = a.tokens[i];
        if (t.is(',') || t.is(';') || t.is(':') || is_quote_mark(t)) return false;
        const std::string_view w = a.word(i);
        if (!(w == "promised" || w == "pledged" || w == "vowed" || w == "committed" || w == "guaranteed")) continue;
        // At least one word of the promised thing between, not only the date's preposition.
        auto is_date_preposition = [](std::string_view p) {
            return p == "on" || p == "in" || p == "at" || p == "by" || p == "before" || p == "within" || p == "during" ||
                   p == "until" || p == "no" || p == "later" || p == "than";  // "by", "no later than"
        };
        uint32_t between = 0;
        for (uint32_t k = i + 1; k < e.first_token; ++k)
            if (a.tokens[k].is_word() && !is_date_preposition(a.word(k))) ++between;
        return between > 0;
    }
    return false;
}

namespace {

// Rule: a date after "until"/"till" is where a state or a deadline ends ("has continued to hold
// all stock markets closed until Friday"), not when the sentence's verb happened: it leaves the
// lead undated, as it anchors no event (events.cpp, is_anchor).
bool ends_a_state(const TimeExpression& e) { return e.signal == "until" || e.signal == "till"; }

}  // namespace

bool in_state_relative_aside(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    constexpr uint32_t kLongestAside = 20;
    // The aside's opening: ", which was" / ", who is" before the date, with no comma between.
    uint32_t open = e.first_token;
    while (open > s.first_token && e.first_token - open < kLongestAside && !a.tokens[open - 1].is(',')) --open;
    if (open <= s.first_token + 1 || !a.tokens[open - 1].is(',') || open + 1 >= e.first_token) return false;
    const std::string_view rel = a.word(open), be = a.word(open + 1);
    if (!(rel == "which" || rel == "who")) return false;
    if (!(be == "was" || be == "were" || be == "is" || be == "are")) return false;
    // Its closing comma after the date, and the subject's verb right after that.
    for (uint32_t close = e.end_token; close + 1 < s.end_token && close - open < kLongestAside; ++close) {
        if (!a.tokens[close].is(',')) continue;
        const Token& next = a.tokens[close + 1];
        if (!next.is_word() || next.capitalised) return false;
        const std::string_view v = a.word(close + 1);
        return is_simple_past_form(v) || v == "has" || v == "have" || v == "had" || v == "is" || v == "was";
    }
    return false;
}

bool in_participial_aside(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    uint32_t open = e.first_token;
    while (open > s.first_token && open + 6 > e.first_token && a.tokens[open - 1].is_word()) --open;
    if (open <= s.first_token || !a.tokens[open - 1].is(',') || open == e.first_token) return false;
    if (a.tokens[open].capitalised || !is_past_participle(a.word(open))) return false;
    for (uint32_t close = e.end_token; close < s.end_token && close < e.end_token + 3; ++close) {
        if (a.tokens[close].is(',')) return true;
        if (!a.tokens[close].is_word()) return false;
    }
    return false;
}

namespace {

// The conditions a lead's undated news shares, whatever its tense.
bool is_undated_statement(const ArticleAnalysis& a, const Sentence& s) {
    if (s.end_token <= s.first_token + 3) return false;
    if (is_quote_mark(a.tokens[s.first_token])) return false;  // a quotation opens it: someone's words
    if (a.tokens[s.end_token - 1].is('?')) return false;
    for (const TimeExpression& e : a.timexes) {
        if (e.end_token <= s.first_token) continue;
        if (e.first_token >= s.end_token) break;
        if (e.meaning.anchor == TimexMeaning::Anchor::Reference) continue;  // "current", "recently": no date
        if (ends_a_state(e)) continue;
        if (dates_a_reported_plan(a, s, e)) continue;
        if (dates_a_promised_thing(a, s, e)) continue;
        if (in_participial_aside(a, s, e)) continue;
        if (e.dated && (e.type == TimexType::Date || e.type == TimexType::Time)) return false;
    }
    return true;
}

}  // namespace

bool tells_past_news_of_the_day(const ArticleAnalysis& a, const Sentence& s) {
    return is_undated_statement(a, s) && (simple_past_at(a, s.first_token, s.end_token).has_value() ||
                                          news_present_saying_at(a, s.first_token, s.end_token).has_value());
}

std::optional<uint32_t> news_progressive_at(const ArticleAnalysis& a, uint32_t first, uint32_t end) {
    // Changes a newsroom reports as they are announced; not activities or states ("is working",
    // "is facing", "is expected").
    static constexpr std::string_view kChanges[] = {
        "stepping", "resigning", "retiring", "quitting", "leaving", "departing", "closing", "recalling", "suing",
        "withdrawing", "suspending", "halting", "cancelling", "canceling", "scrapping", "shutting", "dropping",
        "acquiring", "buying", "selling", "merging", "joining", "laying", "filing", "slashing", "axing"};
    bool quoted = false;
    for (uint32_t i = first; i < end; ++i) {
        quoted = a.tokens[i].inside_quote_after(quoted);
        const uint32_t length = a.tokens[i].end - a.tokens[i].start;
        if (quoted || i == first || (length != 2 && length != 3)) continue;  // a length first: "is", "are"
        const std::string_view w = a.word(i);
        if (w != "is" && w != "are") continue;
        if (!a.tokens[i - 1].is_word() && !a.tokens[i - 1].is(',')) continue;
        uint32_t j = i + 1;
        while (j < end && is_perfect_adverb(a.word(j))) ++j;
        if (j >= end || a.tokens[j].capitalised) continue;
        if (std::find(std::begin(kChanges), std::end(kChanges), a.word(j)) != std::end(kChanges)) return i;
    }
    return std::nullopt;
}

std::optional<uint32_t> news_of_the_day_verb_at(const ArticleAnalysis& a, uint32_t first, uint32_t end) {
    const std::optional<uint32_t> perfect = present_perfect_at(a, first, end);
    const std::optional<uint32_t> progressive = news_progressive_at(a, first, end);
    if (perfect && (!progressive || *perfect < *progressive)) return perfect;
    return progressive;
}

bool tells_news_of_the_day(const ArticleAnalysis& a, const Sentence& s) {
    return is_undated_statement(a, s) && news_of_the_day_verb_at(a, s.first_token, s.end_token).has_value();
}

std::optional<uint32_t> news_after_a_dated_opening(const ArticleAnalysis& a, const Sentence& s, uint32_t dates_end) {
    if (s.end_token <= s.first_token + 6 || a.tokens[s.end_token - 1].is('?')) return std::nullopt;
    const std::string_view opener = a.word(s.first_token);
    if (opener != "after" && opener != "following") return std::nullopt;
    uint32_t comma = dates_end;
    while (comma < s.end_token && !a.tokens[comma].is(',')) {
        if (is_quote_mark(a.tokens[comma]) || a.tokens[comma].is(';')) return std::nullopt;  // no plain opening clause
        ++comma;
    }
    const uint32_t main = comma + 1;
    if (main >= s.end_token) return std::nullopt;
    if (holds_a_date(a, main, s.end_token)) return std::nullopt;
    // The news verb must be the main clause's own, near its start (its subject between), not one
    // of a clause further on.
    const auto verb = news_of_the_day_verb_at(a, main, s.end_token);
    if (!verb || *verb > main + 8) return std::nullopt;
    return main;
}

std::optional<uint32_t> saying_in_the_present_perfect_at(const ArticleAnalysis& a, const Sentence& s) {
    // Sayings, promises among them ("has vowed to appeal"). Not "has agreed to" (a deal's terms,
    // told with the deal), "has decided to" (told with the happening it answers, it reads as one
    // with it), "has declined to comment".
    static constexpr std::string_view kSayings[] = {"said",     "announced", "confirmed", "reported", "stated",
                                                    "told",     "revealed",  "disclosed", "vowed",    "pledged",
                                                    "promised"};
    constexpr uint32_t kSubjectWords = 12;
    // An opening phrase up to its comma ("In addition to the iPod Classic, Nano and Shuffle, they
    // have announced") comes before the subject: the twelve words count from after it.
    uint32_t first = s.first_token;
    const std::string_view opening = a.word(s.first_token);
    if (opening == "in" || opening == "besides" || opening == "along" || opening == "apart" || opening == "as" ||
        opening == "following" || opening == "alongside")
        for (uint32_t i = s.first_token + 1; i < s.end_token && i < s.first_token + kSubjectWords; ++i)
            if (a.tokens[i].is(',') && i + 1 < s.end_token && a.tokens[i + 1].is_word() && !a.tokens[i + 1].capitalised &&
                !is_simple_past_form(a.word(i + 1)))
                first = i + 1;  // the last such comma: "Nano and Shuffle, they"
    const uint32_t end = std::min(s.end_token, first + kSubjectWords);
    const std::optional<uint32_t> verb = present_perfect_at(a, first, end);
    if (!verb || *verb == first || !is_undated_statement(a, s)) return std::nullopt;
    const std::optional<uint32_t> participle = participle_after(a, *verb, s.end_token);
    if (!participle || std::find(std::begin(kSayings), std::end(kSayings), a.word(*participle)) == std::end(kSayings))
        return std::nullopt;
    // "It has been reported that the deal was revived": a report of a happening whose day is not told.
    for (uint32_t i = *verb + 1; i < *participle; ++i)
        if (a.word(i) == "been") return std::nullopt;
    // "... has said, "I don't see how ...": a speaker's words quoted, not a happening.
    for (uint32_t i = *participle + 1; i < s.end_token && i <= *participle + 2; ++i) {
        if (is_quote_mark(a.tokens[i])) return std::nullopt;
        if (!a.tokens[i].is(',') && !a.tokens[i].is(':')) break;
    }
    return verb;
}

TimeExpression recent_saying_expression(const ArticleAnalysis& a, uint32_t verb_token, CivilDate published,
                                        std::string_view published_how) {
    TimeExpression e = publication_day_expression(a, verb_token, published, published_how);
    const std::string_view verb = a.text.substr(e.start, e.end - e.start);
    e.how.clear();
    e.how.append("'").append(verb).append("', a saying told in the present perfect with no date of its own: recent news, dated to the day of publication (");
    e.how.append(published_how.empty() ? std::string_view("the publication date") : published_how).append(")");
    return e;
}

TimeExpression publication_day_expression(const ArticleAnalysis& a, uint32_t verb_token, CivilDate published,
                                          std::string_view published_how, bool simple_past) {
    TimeExpression e;
    const uint32_t last = static_cast<uint32_t>(a.tokens.size());
    std::optional<uint32_t> participle = simple_past ? std::nullopt : participle_after(a, verb_token, last);
    if (!simple_past && !participle && news_progressive_at(a, verb_token, std::min(verb_token + 4, last)))
        for (uint32_t j = verb_token + 1; j < last && j <= verb_token + 3 && !participle; ++j)
            if (a.word(j).ends_with("ing")) participle = j;  // "is stepping"
    const uint32_t end = participle ? *participle + 1 : verb_token + 1;  // "has" up to and with its participle
    e.first_token = verb_token;
    e.end_token = end;
    e.start = a.tokens[verb_token].start;
    e.end = a.tokens[end - 1].end;
    e.type = TimexType::Date;
    e.meaning.anchor = TimexMeaning::Anchor::Publication;
    e.value = to_iso(published);
    e.dated = true;
    e.first_day = e.last_day = days_from_civil(published);
    e.precision = Precision::Day;
    e.news_without_date = true;
    const std::string_view verb = a.text.substr(e.start, e.end - e.start);
    e.how.reserve(verb.size() + published_how.size() + 120);
    if (simple_past)
        e.how.append("'").append(verb).append("' in the article's lead, told in the simple past or the news present with no date of its own: inferred to be news of the day, on or just before the day of publication, dated to that day (");
    else
        e.how.append("'").append(verb).append("' in the article's lead, with no date of its own: news of the day, dated to the day of publication (");
    e.how.append(published_how.empty() ? std::string_view("the publication date") : published_how).append(")");
    // A report of a plan: the plan's date is said, and the day given is the report's.
    for (const Sentence& s : a.sentences) {
        if (verb_token < s.first_token || verb_token >= s.end_token) continue;
        for (const TimeExpression& t : a.timexes)
            if (t.first_token > verb_token && t.first_token < s.end_token && dates_a_reported_plan(a, s, t)) {
                e.how.append("; a report of a plan: '").append(a.text.substr(t.start, t.end - t.start));
                e.how.append("' dates the plan, the day given is the day it was reported");
                break;
            }
        break;
    }
    return e;
}

}  // namespace dateline
