#include "non_event_dates.h"

#include "headline.h"
#include "tense.h"

namespace dateline {

bool is_as_comparison(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    constexpr uint32_t kMostWordsBetween = 8;  // "as quickly as it had been in October and November"
    for (uint32_t i = e.first_token, steps = 0; i-- > s.first_token + 2 && steps < kMostWordsBetween; ++steps) {
        if (a.tokens[i].is(',') || a.tokens[i].is(';')) return false;
        if (a.word(i) != "as" || a.word(i - 2) != "as") continue;
        const std::string_view measure = a.word(i - 1);
        if (measure.empty()) return false;
        // "as many as 300 people": a quantity, not a comparison with the date.
        if (measure == "many" || measure == "much" || measure == "few" || measure == "little") return false;
        return !(measure == "early" || measure == "late" || measure == "soon" || measure == "recently" || measure == "long" ||
                 measure == "far" || measure == "ago");
    }
    return false;
}

namespace {

// A record a few words before token `since`: "its biggest fall since", "the worst single-day
// decline since", "the first time since", "a record low since". Without one, "Since its 1967
// debut, the 737 has ..." tells of the debut.
bool follows_a_record(const ArticleAnalysis& a, const Sentence& s, uint32_t since) {
    constexpr uint32_t kMostWordsBefore = 6;  // "the worst single-day decline since"
    for (uint32_t i = since, steps = 0; i-- > s.first_token && steps < kMostWordsBefore; ++steps) {
        const std::string_view w = a.word(i);
        if (a.tokens[i].is(',') || a.tokens[i].is(';')) return false;
        if (w == "worst" || w == "best" || w == "first" || w == "record" || w == "most" || w == "least" ||
            (w.size() > 5 && w.ends_with("est") && w != "interest" && w != "protest" && w != "request" && w != "forest" &&
             w != "harvest" && w != "arrest" && w != "contest"))
            return true;
    }
    return false;
}

}  // namespace

bool is_since_a_landmark(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    constexpr uint32_t kMostWordsBetween = 12;  // "since the re-opening of the markets following the September 11th"
    for (uint32_t i = e.first_token, steps = 0; i-- > s.first_token && steps < kMostWordsBetween; ++steps) {
        const Token& t = a.tokens[i];
        if (t.is(',') || t.is(';') || t.is('(') || is_quote_mark(t)) return false;
        const std::string_view w = a.word(i);
        if (w == "since") return i + 1 < e.first_token && follows_a_record(a, s, i);  // a noun phrase between, not "since 2004"
        // A verb between: "since" opens a clause ("since the bridges were destroyed on Monday").
        if (w == "was" || w == "were" || w == "is" || w == "are" || w == "has" || w == "have" || w == "had" || w == "be" ||
            w == "been" || (!t.capitalised && w.size() > 4 && w.ends_with("ed")))
            return false;
    }
    return false;
}

bool is_quoted_non_happening(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    // The quotation holding the date: its opening mark before the date, its closing one after.
    bool quoted = false;
    uint32_t open = s.first_token;
    for (uint32_t k = s.first_token; k < e.first_token; ++k) {
        const Token& t = a.tokens[k];
        const bool opens = t.is(0x201C) || (t.is('"') && !quoted);
        const bool closes = t.is(0x201D) || (t.is('"') && quoted);
        if (opens) {
            quoted = true;
            open = k + 1;
        } else if (closes) {
            quoted = false;
        }
    }
    if (!quoted) {
        // A quotation that opened in an earlier sentence: the sentence closes a quotation after the
        // date ('... uninvestable, we believe ...," analyst Himanshu Patel said.') and opens none.
        bool opened_before = false;
        for (uint32_t k = s.first_token; k < e.first_token; ++k)
            opened_before |= a.tokens[k].is(0x201C) || a.tokens[k].is(0x201D) || a.tokens[k].is('"');
        if (opened_before) return false;
        bool closes_after = false;
        for (uint32_t k = e.end_token; k < s.end_token && !closes_after; ++k) {
            if (a.tokens[k].is(0x201C)) break;
            closes_after = a.tokens[k].is(0x201D) || (a.tokens[k].is('"') && k > e.end_token && a.tokens[k - 1].is(','));
        }
        if (!closes_after) return false;
    }
    uint32_t close = e.end_token;
    while (close < s.end_token && !a.tokens[close].is(0x201D) && !a.tokens[close].is('"')) ++close;
    return tense_around(a.lower, a.tokens, open, close, e.first_token, e.end_token) != Tense::Past;
}

bool is_year_of_a_noun(const ArticleAnalysis& a, const TimeExpression& e) {
    if (e.precision != Precision::Year || !e.signal.empty() || e.end_token != e.first_token + 1) return false;
    const Token& year = a.tokens[e.first_token];
    if (!year.is_number() || year.digits != 4 || e.first_token == 0 || e.end_token >= a.tokens.size()) return false;
    const std::string_view before = a.word(e.first_token - 1);
    if (!(before == "the" || before == "a" || before == "its" || before == "their" || before == "his" || before == "her" ||
          before == "this" || before == "that" || before == "'s"))
        return false;
    const Token& next = a.tokens[e.end_token];
    const std::string_view noun = a.word(e.end_token);
    return next.is_word() && !next.capitalised && noun.size() >= 3 && noun != "and" && noun != "was" && noun != "were";
}

}  // namespace dateline
