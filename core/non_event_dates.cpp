#include "non_event_dates.h"

#include <iterator>
#include <unordered_set>

#include "headline.h"
#include "lead_news.h"
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

// "worst", "best", "most", "least", "biggest", "second-biggest" (not "interest", "protest").
bool is_superlative(std::string_view w) {
    return w == "worst" || w == "best" || w == "most" || w == "least" ||
           (w.size() > 5 && w.ends_with("est") && w != "interest" && w != "protest" && w != "request" && w != "forest" &&
            w != "harvest" && w != "arrest" && w != "contest");
}

// A record a few words before token `at` ("since", "of"): "its biggest fall since", "the worst
// single-day decline since", "the first time since", "a record low since", "the second-biggest
// loss of"; with `superlative_only`, not "first" or "record" ("its first loss of 2008" is a loss
// in 2008). Without one, "Since its 1967 debut, the 737 has ..." tells of the debut.
bool follows_a_record(const ArticleAnalysis& a, const Sentence& s, uint32_t at, bool superlative_only = false) {
    constexpr uint32_t kMostWordsBefore = 6;  // "the worst single-day decline since"
    for (uint32_t i = at, steps = 0; i-- > s.first_token && steps < kMostWordsBefore; ++steps) {
        const std::string_view w = a.word(i);
        if (a.tokens[i].is(',') || a.tokens[i].is(';')) return false;
        if (is_superlative(w) || (!superlative_only && (w == "first" || w == "record"))) return true;
    }
    return false;
}

// Does token `i` tell a change of a figure: its unit ("percent", "points", "%") or a word of
// rising or falling ("decrease", "fell", "up")?
bool tells_a_change(const ArticleAnalysis& a, uint32_t i) {
    if (a.tokens[i].is('%')) return true;
    const std::string_view w = a.word(i);
    return w == "percent" || w == "per-cent" || w == "points" || w == "point" || w == "decrease" || w == "increase" ||
           w == "drop" || w == "fall" || w == "rise" || w == "gain" || w == "decline" || w == "loss" || w == "down" ||
           w == "up" || w == "fell" || w == "rose" || w == "dropped" || w == "declined" || w == "gained" || w == "lost" ||
           w == "climbed" || w == "jumped" || w == "slipped" || w == "slid" || w == "increased" || w == "decreased" ||
           w == "boosted" || w == "grew" || w == "grown" || w == "risen" || w == "fallen" || w == "surged" || w == "soared" ||
           w == "plunged" || w == "tumbled" || w == "shrank" || w == "shrunk" || w == "halve" || w == "halved" || w == "double" ||
           w == "doubled" || w == "triple" || w == "tripled" || w == "cut" || w == "reduce" || w == "reduced" || w == "lower" ||
           w == "lowered" || w == "raise" || w == "raised";
}

// A verb between two tokens: a form of "be" or "have", or a lower-case past form ("fell", not
// "Fed"), which would make "from" open another clause.
bool is_clause_verb(const ArticleAnalysis& a, uint32_t i) {
    const std::string_view w = a.word(i);
    return w == "was" || w == "were" || w == "is" || w == "are" || w == "has" || w == "have" || w == "had" ||
           w == "be" || w == "been" || (!a.tokens[i].capitalised && w.size() > 4 && w.ends_with("ed"));
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
        if (is_clause_verb(a, i)) return false;
    }
    return false;
}

bool is_change_baseline(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    constexpr uint32_t kMostWordsBetween = 6;  // "from the close of trading Wednesday"
    if (e.end_token < s.end_token) {
        const std::string_view after = a.word(e.end_token);
        // (not "from a peak of 6.65% in October to 5.44%": a figure after "to", no date)
        const bool date_after = e.end_token + 1 < s.end_token && a.in_timex[e.end_token + 1];
        if (((after == "to" || after == "until" || after == "through" || after == "till") && date_after) ||
            a.tokens[e.end_token].is('-') || a.tokens[e.end_token].is(0x2013))
            return false;  // a span: "from Monday to Friday"
    }
    // "from" first (a key-word test at each token; most dates have none before them), then what
    // stands between it and the date, then the change before it.
    uint32_t from = e.first_token;
    for (uint32_t i = e.first_token, steps = 0; i-- > s.first_token + 1 && steps <= kMostWordsBetween; ++steps) {
        const Token& t = a.tokens[i];
        if (t.is(',') || t.is(';') || t.is('(') || is_quote_mark(t)) return false;
        if (a.word_is(i, "from")) {
            from = i;
            break;
        }
    }
    if (from == e.first_token) return false;
    for (uint32_t i = from + 1; i < e.first_token; ++i)
        if (is_clause_verb(a, i)) return false;
    if (tells_a_change(a, from - 1)) return true;
    // "Net income rose to $9.24 billion, or $3.71 a share, from $680 million a year earlier": a
    // figure after "from", the change's verb further back in the sentence, past its asides.
    bool figure = false;
    for (uint32_t i = from + 1; i < e.first_token; ++i) {
        const Token& t = a.tokens[i];
        const std::string_view w = a.word(i);
        if (t.is_number() || t.is('$') || t.is('%') || t.is(0x20AC) || t.is(0x00A3)) figure = true;  // also "€", "£"
        else if (!(t.is('.') || t.is(',') || w == "million" || w == "billion" || w == "trillion" || w == "bn" || w == "percent" ||
                   w == "a" || w == "an" || w == "per" || w == "share" || w == "usd" || w == "eur" || w == "yen" ||
                   // "have fallen back from a peak of 6.65% in October": the peak is the base
                   w == "peak" || w == "high" || w == "low" || w == "of" || w == "its" || w == "their" ||
                   (i + 1 == e.first_token && (w == "at" || w == "in" || w == "on"))))  // "from 10.7% at the end of 2022"
            return false;
    }
    if (!figure) return false;
    constexpr uint32_t kChangeWithin = 16;
    for (uint32_t i = from, steps = 0; i-- > s.first_token && steps < kChangeWithin; ++steps)
        if (tells_a_change(a, i) && a.tokens[i].is_word()) return true;
    return false;
}

bool is_declared_day(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    if (e.first_token <= s.first_token || e.end_token >= s.end_token) return false;
    const std::string_view verb = a.word(e.first_token - 1), after = a.word(e.end_token);
    // A passive's date is its own ("was named Monday as coach": named on Monday).
    const std::string_view before = e.first_token >= s.first_token + 2 ? a.word(e.first_token - 2) : std::string_view{};
    if (before == "was" || before == "were" || before == "been" || before == "is" || before == "are" || before == "be") return false;
    return (verb == "declared" || verb == "named" || verb == "designated" || verb == "proclaimed" || verb == "made") &&
           (after == "a" || after == "an" || after == "as");
}

bool is_likened_occasion(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    uint32_t k = e.first_token;  // the date's preposition and article: "in the 2021 final"
    if (k > s.first_token && a.word(k - 1) == "the") --k;
    if (k > s.first_token && (a.word(k - 1) == "in" || a.word(k - 1) == "on" || a.word(k - 1) == "at")) --k;
    if (k >= s.first_token + 3) {
        const std::string_view aux = a.word(k - 1);
        if (aux == "did" || aux == "had" || aux == "was" || aux == "were")
            for (uint32_t as = k - 1, words = 0; as-- > s.first_token && words <= 3; ++words) {
                if (!a.tokens[as].is_word()) break;
                if (a.word(as) == "as") return words >= 1;
            }
    }
    constexpr uint32_t kMostWordsBetween = 6;  // "matching Manchester United's achievement in"
    for (uint32_t i = e.first_token, steps = 0; i-- > s.first_token && steps < kMostWordsBetween; ++steps) {
        const Token& t = a.tokens[i];
        if (t.is(',') || t.is(';') || t.is('(') || is_quote_mark(t)) return false;
        const std::string_view w = a.word(i);
        if (w == "matching" || w == "equalling" || w == "equaling" || w == "emulating" || w == "repeating") return true;
        if (is_clause_verb(a, i)) return false;
    }
    return false;
}

bool is_previous_record(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    constexpr uint32_t kMostWordsBetween = 10;  // "the previous record of 7.6 million hectares set in"
    for (uint32_t i = e.first_token, steps = 0; i-- > s.first_token + 1 && steps < kMostWordsBetween; ++steps) {
        const Token& t = a.tokens[i];
        if (t.is(',') || t.is(';') || t.is('(') || is_quote_mark(t)) return false;
        const std::string_view w = a.word(i);
        if (w == "record" || w == "high" || w == "low" || w == "peak") {
            uint32_t k = i - 1;  // "the previous all-time high"
            if (k >= s.first_token + 3 && a.word(k) == "time" && a.tokens[k - 1].is('-') && a.word(k - 2) == "all") k -= 3;
            const std::string_view before = a.word(k);
            return before == "previous" || before == "prior" || before == "old" || before == "former" || before == "earlier";
        }
        if (is_clause_verb(a, i) && w != "set" && w != "established" && w != "reached" && w != "recorded") return false;
    }
    return false;
}

bool is_record_period(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    if (e.precision != Precision::Year || e.first_token < s.first_token + 2) return false;
    const uint32_t of = e.first_token - 1;
    if (a.word(of) != "of") return false;
    return follows_a_record(a, s, of, true);
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

namespace {
bool is_time_unit_noun(std::string_view w) {
    return w == "year" || w == "month" || w == "week" || w == "day" || w == "night" || w == "decade" || w == "season";
}
}  // namespace

bool is_time_as_subject(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    if (!e.signal.empty() || e.end_token + 2 >= s.end_token) return false;
    // It opens its clause: the sentence, a quotation or a clause after a comma.
    if (e.first_token > s.first_token) {
        const Token& before = a.tokens[e.first_token - 1];
        if (!before.is(',') && !is_quote_mark(before)) return false;
    }
    uint32_t i = e.end_token;
    const std::string_view be = a.word(i);
    if (be == "will" || be == "has" || be == "had") {
        if (a.word(i + 1) != (be == "will" ? "be" : "been")) return false;
        ++i;
    } else if (be != "was" && be != "is" && be != "were") {
        return false;
    }
    const std::string_view next = a.word(i + 1);
    // "2007 was the year of the iPhone": the time named by what happened in it, which dates that.
    if (next == "the" && i + 3 < s.end_token && is_time_unit_noun(a.word(i + 2)) && a.word(i + 3) == "of") return false;
    if (next == "a" || next == "an" || next == "the" || next == "another" || next == "one" || next == "its" || next == "their" ||
        next == "his" || next == "her" || next == "our" || next == "my")
        return true;
    return false;
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

bool is_holiday_season(const ArticleAnalysis& a, const TimeExpression& e) {
    const std::string_view first = a.word(e.first_token);
    if (!(first == "christmas" || first == "new" || first == "thanksgiving" || first == "easter" || first == "halloween")) return false;
    uint32_t i = e.end_token;
    for (uint32_t skipped = 0; i < a.tokens.size() && skipped < 4; ++i, ++skipped) {
        const std::string_view w = a.word(i);
        if (!(w == "and" || w == "new" || w == "year" || w == "year's" || w == "holiday" || w == "eve" || w == "christmas"))
            break;
    }
    if (i >= a.tokens.size()) return false;
    const std::string_view noun = a.word(i);
    return noun == "sales" || noun == "season" || noun == "period" || noun == "shopping" || noun == "rush" ||
           noun == "trading" || noun == "quarter" || noun == "spending";
}

bool is_year_in_a_laws_name(const ArticleAnalysis& a, const TimeExpression& e) {
    if (e.precision != Precision::Year || e.first_token < 2) return false;
    const Token& act = a.tokens[e.first_token - 2];
    return a.word(e.first_token - 1) == "of" && act.capitalised && a.word(e.first_token - 2) == "act";
}

bool is_habit(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    static constexpr std::string_view kHabits[] = {"typically", "usually",   "normally",      "generally", "always",
                                                   "routinely", "regularly", "traditionally", "customarily"};
    constexpr uint32_t kWithin = 10;
    for (uint32_t i = e.first_token, steps = 0; i-- > s.first_token && steps < kWithin; ++steps) {
        if (a.tokens[i].is(';') || a.tokens[i].is(':')) return false;
        if (std::find(std::begin(kHabits), std::end(kHabits), a.word(i)) != std::end(kHabits)) return true;
    }
    return false;
}

bool is_year_of_a_level(const ArticleAnalysis& a, const TimeExpression& e) {
    if (e.precision != Precision::Year || e.end_token >= a.tokens.size()) return false;
    static constexpr std::string_view kLevels[] = {"level", "levels", "high",  "highs",  "low",     "lows",   "peak",
                                                   "peaks", "prices", "rates", "values", "figures", "dollars"};
    const std::string_view next = a.word(e.end_token);
    return std::find(std::begin(kLevels), std::end(kLevels), next) != std::end(kLevels);
}

bool is_deadline_of_an_intention(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    static constexpr std::string_view kIntending[] = {
        "promised", "pledged", "vowed",  "planned", "plans",     "aimed",    "aims",     "hoped",     "hopes",   "wanted",
        "wants",    "intended", "intends", "agreed", "threatened", "sought",  "seeks",    "goal",      "target",  "plan",
        "pledge",   "promise",  "aim",     "promising", "pledging", "vowing", "planning", "aiming"};
    constexpr uint32_t kMostWords = 12;       // from the date back to "to"
    constexpr uint32_t kIntentionWithin = 6;  // from "to" back to the word of intending
    for (uint32_t i = e.first_token, steps = 0; i-- > s.first_token + 1 && steps < kMostWords; ++steps) {
        const Token& t = a.tokens[i];
        if (t.is(',') || t.is(';') || t.is(':') || is_quote_mark(t)) return false;
        const std::string_view w = a.word(i);
        const bool infinitive = w == "to" && i + 1 < e.first_token && a.tokens[i + 1].is_word() && !a.tokens[i + 1].capitalised &&
                                !a.in_timex[i + 1];
        const bool gerund = w == "of" && i + 1 < e.first_token && a.word(i + 1).ends_with("ing");
        if (!infinitive && !gerund) continue;
        for (uint32_t k = i, back = 0; k-- > s.first_token && back < kIntentionWithin; ++back) {
            const Token& u = a.tokens[k];
            if (u.is(',') || u.is(';') || u.is(':')) break;
            const std::string_view v = a.word(k);
            if (std::find(std::begin(kIntending), std::end(kIntending), v) != std::end(kIntending)) return true;
            // Another verb is what the "to" follows: "a plan to rescue the carmakers failed to pass".
            if (!a.in_timex[k] && u.is_word() && !u.capitalised && (is_clause_verb(a, k) || v == "failed" || v == "began")) break;
        }
        return false;  // the nearest "to" is what the date is in
    }
    return false;
}

bool is_state_in_the_current_period(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    const TimexMeaning& m = e.meaning;
    if (m.anchor != TimexMeaning::Anchor::Publication || !m.deictic_unit || m.offset != 0) return false;
    if (m.unit != TimeUnit::Year && m.unit != TimeUnit::Month && m.unit != TimeUnit::Quarter) return false;
    for (uint32_t i = e.first_token; i-- > s.first_token;) {
        const Token& t = a.tokens[i];
        if (t.is(',') || t.is(';') || t.is(':')) return false;
        if (!t.is_word() || t.capitalised || a.in_timex[i]) continue;
        const std::string_view w = a.word(i);
        if (w == "is" || w == "are") {
            const std::string_view after = i + 1 < e.first_token ? a.word(i + 1) : std::string_view{};
            return !(after.ends_with("ing") || after.ends_with("ed") || after == "expected" || after == "due" || after == "set");
        }
        if (is_clause_verb(a, i) || w == "will" || w == "would") return false;  // another verb is nearer
    }
    return false;
}

bool is_model_year(const ArticleAnalysis& a, const TimeExpression& e) {
    if (e.precision != Precision::Year || e.end_token != e.first_token + 1 || !a.tokens[e.first_token].is_number()) return false;
    static constexpr std::string_view kVehicles[] = {"vehicles", "cars",  "suvs",     "trucks",      "pickups", "models",
                                                     "sedans",   "vans", "minivans", "motorcycles", "buses"};
    uint32_t i = e.end_token;
    if (i + 1 < a.tokens.size() && a.word(i) == "model" && (a.word(i + 1) == "year" || a.word(i + 1) == "years")) return true;
    for (uint32_t words = 0; i < a.tokens.size() && words <= 5; ++i) {
        const Token& t = a.tokens[i];
        const std::string_view w = a.word(i);
        if (t.is_word() && std::find(std::begin(kVehicles), std::end(kVehicles), w) != std::end(kVehicles)) return true;
        const bool part_of_name = (t.is_word() && (t.capitalised || w == "and")) || t.is_number() || (t.is('-') && !t.space_before);
        if (!part_of_name) return false;
        words += t.is_word() || t.is_number();
    }
    return false;
}

bool is_possessive_time(const ArticleAnalysis& a, const TimeExpression& e) {
    if (e.end_token >= a.tokens.size()) return false;
    const std::string_view next = a.word(e.end_token);
    return next == "'s" || next == "\u2019s";
}

namespace {

// A verb of having or being: what "as of" measures ("held 19 percent", "accounts for 70%").
bool is_verb_of_a_state(std::string_view w) {
    static constexpr std::string_view kWords[] = {
        "holds",   "held",      "hold",     "accounts", "accounted", "account", "stands",  "stood",    "owns",
        "owned",   "own",       "remains",  "remained", "remain",    "totals",  "totaled", "totalled", "numbers",
        "numbered", "controls", "controlled", "employs", "employed", "has",     "had",     "have",     "is",
        "was",     "are",       "were"};
    static const std::unordered_set<std::string_view> kSet(std::begin(kWords), std::end(kWords));
    return kSet.count(w) > 0;
}

}  // namespace

bool is_state_as_of(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    const bool as_of = e.first_token >= s.first_token + 2 && a.word(e.first_token - 1) == "of" && a.word(e.first_token - 2) == "as";
    // "at the end of 2009", the expression holding "the end of" (or starting at "end").
    const bool at_the_end = (e.first_token >= s.first_token + 1 && a.word(e.first_token - 1) == "at" &&
                             a.word(e.first_token) == "the" && a.word(e.first_token + 1) == "end" && a.word(e.first_token + 2) == "of") ||
                            (e.first_token >= s.first_token + 2 && a.word(e.first_token) == "end" && a.word(e.first_token - 1) == "the" &&
                             a.word(e.first_token - 2) == "at");
    if (!as_of && !at_the_end) return false;
    const uint32_t opening = as_of ? e.first_token - 2 : (a.word(e.first_token) == "end" ? e.first_token - 2 : e.first_token - 1);
    // The clause's verb: the first word of a verb group after the date (a subject of up to eight
    // words between), else, for a date at the clause's end, the last one before "as of".
    auto state_at = [&](uint32_t i) {
        const std::string_view w = a.word(i);
        if (a.tokens[i].capitalised && i != s.first_token) return std::optional<bool>{};
        if (is_verb_of_a_state(w)) {
            const std::string_view next = i + 1 < s.end_token ? a.word(i + 1) : std::string_view{};
            const bool participle_after = !next.empty() && !a.tokens[i + 1].capitalised &&
                                          (is_past_participle(next) || next.ends_with("ed") || next == "been");  // "had died"
            return std::optional<bool>{!participle_after};
        }
        if (is_past_participle(w)) return std::optional<bool>{false};  // a happening: "dropped", "had died"
        return std::optional<bool>{};
    };
    constexpr uint32_t kMostWordsToTheVerb = 9;
    for (uint32_t i = e.end_token, steps = 0; i < s.end_token && steps < kMostWordsToTheVerb; ++i, ++steps) {
        if (a.tokens[i].is(';') || a.in_timex[i]) break;
        if (const auto state = state_at(i)) return *state;
    }
    for (uint32_t i = opening, steps = 0; i-- > s.first_token && steps < kMostWordsToTheVerb; ++steps) {
        if (a.tokens[i].is(',') || a.tokens[i].is(';')) break;
        if (const auto state = state_at(i)) return *state;
    }
    return false;
}

}  // namespace dateline
