#include "headline_openings.h"

#include <cstddef>

#include "events.h"
#include "lead_news.h"

namespace dateline {

namespace {

uint32_t first_kept_from(const HeadlineDraft& d, uint32_t i) {
    while (i < d.end && !d.kept(i)) ++i;
    return i;
}

// Is `w` one of `words`? (A static list read by a loop: smaller code than a chain of compares.)
template <size_t N>
bool is_one_of(std::string_view w, const std::string_view (&words)[N]) {
    for (std::string_view x : words)
        if (w == x) return true;
    return false;
}

// Nouns for a business that a description before its name ends with.
bool is_business_noun(std::string_view w) {
    static constexpr std::string_view kWords[] = {"manufacturer", "firm", "company", "automaker", "carmaker",
                                                  "airline", "carrier", "maker", "planemaker", "bank", "lender",
                                                  "insurer", "retailer", "conglomerate", "giant", "operator",
                                                  "producer", "supplier", "group"};
    return is_one_of(w, kWords);
}

// Nouns in "-ing" that open a sentence as its subject, not a participle phrase.
bool is_noun_in_ing(std::string_view w) {
    static constexpr std::string_view kWords[] = {"trading", "funding", "spending", "building", "meeting", "morning",
                                                  "evening", "housing", "bombing", "shooting", "fighting",
                                                  "financing", "earnings", "opening", "hearing", "ruling",
                                                  "manufacturing", "shipping", "banking", "lending", "nothing",
                                                  "something", "everything"};
    return is_one_of(w, kWords);
}

}  // namespace

void drop_opening_participle(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    const uint32_t start = first_kept_from(d, d.start);
    if (start >= d.end || !tokens[start].is_word()) return;
    const std::string_view w = d.word(start);
    // "Born in Fuerth, Germany, in 1923, Kissinger fled": a past participle's phrase may hold
    // commas (a place's, a date's); it ends at the comma a name and its verb follow.
    if (tokens[start].capitalised && is_past_participle(w) && w != "said") {
        for (uint32_t i = start + 1; i + 2 < d.end && i < start + 16; ++i) {
            if (tokens[i].is(';') || tokens[i].is(':')) return;
            if (!tokens[i].is(',')) continue;
            const uint32_t subject = first_kept_from(d, i + 1);
            uint32_t verb = subject;
            while (verb < d.end && verb < subject + 4 && tokens[verb].is_word() && tokens[verb].capitalised) ++verb;
            if (verb == subject || verb >= d.end || !tokens[verb].is_word() || is_stop_word(d.word(verb))) continue;
            d.drop(start, i + 1);
            d.start = subject;
            return;
        }
        return;
    }
    if (w.size() < 6 || !w.ends_with("ing") || is_noun_in_ing(w)) return;
    for (uint32_t i = start + 1; i < d.end && i < start + 13; ++i) {
        if (!tokens[i].is(',')) continue;
        const uint32_t subject = first_kept_from(d, i + 1);
        if (subject + 1 < d.end && tokens[subject].is_word() && tokens[subject].capitalised) {
            d.drop(start, i + 1);
            d.start = subject;
        }
        return;
    }
}

void drop_descriptor_before_name(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    const uint32_t start = first_kept_from(d, d.start);
    if (start >= d.end || d.word(start) != "the") return;
    for (uint32_t i = start + 1; i < d.end && i <= start + 7; ++i) {
        if (!d.kept(i) || !tokens[i].is_word()) return;
        if (!is_business_noun(d.word(i)) || tokens[i].capitalised) continue;
        const uint32_t name = first_kept_from(d, i + 1);
        // A name follows, and it is the subject (a verb comes after it, not "of" or "'s").
        if (name + 1 >= d.end || !tokens[name].is_word() || !tokens[name].capitalised) return;
        d.drop(start, i + 1);
        d.start = name;
        return;
    }
}

void drop_own_saying(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    const uint32_t start = first_kept_from(d, d.start);
    uint32_t i = start;
    while (i < d.end && i < start + 6 && d.kept(i) && tokens[i].is_word() && tokens[i].capitalised) ++i;
    if (i == start || i >= d.end || i == start + 6) return;  // no name opening the headline
    const uint32_t saying = i;
    if (d.word(i) == "has" || d.word(i) == "had") i = first_kept_from(d, i + 1);
    if (i >= d.end || !is_report_verb(d.word(i)) || d.word(i) == "according") return;
    i = first_kept_from(d, i + 1);
    if (d.word(i) != "that") return;
    const uint32_t pronoun = first_kept_from(d, i + 1);
    if (d.word(pronoun) != "it" && d.word(pronoun) != "they") return;
    if (d.date.first_token < pronoun) return;  // the saying is dated: it is the event
    static constexpr std::string_view kPlanWords[] = {"will", "would", "shall", "could", "might", "may", "plans",
                                                      "expects"};
    for (uint32_t k = pronoun + 1; k < d.end && k < pronoun + 6; ++k)
        if (is_one_of(d.word(k), kPlanWords)) return;
    d.drop(saying, pronoun + 1);
}

void drop_long_opening_setting(HeadlineDraft& d) {
    static constexpr std::string_view kSettingPrepositions[] = {"in", "at", "during", "amid"};
    constexpr size_t kLongestHeadline = 90;
    const std::vector<Token>& tokens = d.article.tokens;
    const uint32_t start = first_kept_from(d, d.start);
    if (start >= d.end || !tokens[start].is_word() || !is_one_of(d.word(start), kSettingPrepositions)) return;
    uint32_t comma = start + 1;
    size_t words = 0;
    for (; comma < d.end && !tokens[comma].is(','); ++comma) {
        if (tokens[comma].is(';')) return;  // clauses, not one phrase
        words += d.kept(comma) && tokens[comma].is_word();
    }
    if (comma >= d.end || words < 7 || words > 19) return;
    const uint32_t subject = first_kept_from(d, comma + 1);
    if (subject >= d.end || !tokens[subject].is_word() || !tokens[subject].capitalised) return;
    if (spell_kept_words(d).size() <= kLongestHeadline) return;
    d.drop(start, comma + 1);
    d.start = subject;
}

void drop_opening_interval(HeadlineDraft& d) {
    static constexpr std::string_view kCounts[] = {"a", "an", "one", "two", "three", "four", "five", "six", "seven",
                                                   "eight", "nine", "ten", "several", "few"};
    static constexpr std::string_view kUnits[] = {"year", "years", "month", "months", "week", "weeks", "day", "days",
                                                  "hour", "hours", "minute", "minutes"};
    const std::vector<Token>& tokens = d.article.tokens;
    const uint32_t start = first_kept_from(d, d.start);
    if (start >= d.end) return;
    uint32_t i = start;
    if (tokens[i].is_word() && d.word(i) == "a" && i + 1 < d.end && d.word(i + 1) == "few") ++i;  // "A few days later"
    if (!(tokens[i].kind == Token::Kind::Number || (tokens[i].is_word() && is_one_of(d.word(i), kCounts)))) return;
    if (i + 2 >= d.end || !tokens[i + 1].is_word() || !is_one_of(d.word(i + 1), kUnits)) return;
    if (d.word(i + 2) != "later" && d.word(i + 2) != "earlier") return;
    uint32_t after = i + 3;
    if (after < d.end && tokens[after].is(',')) ++after;
    if (after >= d.end) return;  // the interval is all there is
    d.drop(start, after);
    d.start = after;
}

void drop_repeated_subject_pronoun(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    const uint32_t start = first_kept_from(d, d.start);
    if (start >= d.end || !tokens[start].is_word()) return;
    const std::string_view pronoun = d.word(start);
    if (pronoun != "he" && pronoun != "she" && pronoun != "they") return;
    for (uint32_t i = start + 2; i < d.end; ++i)
        if (d.kept(i) && d.kept(i - 1) && tokens[i].is_word() && d.word(i) == pronoun && d.word(i - 1) == "and") {
            d.keep[i - d.first] = false;
            return;
        }
}

}  // namespace dateline
