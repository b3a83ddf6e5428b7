#include "since_dates.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <span>
#include <unordered_set>

#include "headline.h"
#include "lead_news.h"

namespace dateline {

namespace {

bool is_perfect(std::string_view w) { return w == "has" || w == "have" || w == "had"; }

bool is_negation(std::string_view w) { return w == "not" || w == "never" || w == "n't" || w == "no"; }

// Adverbs that may stand inside the verb group ("had already been effectively isolated").
bool is_verb_adverb(std::string_view w) {
    return w == "already" || w == "effectively" || w == "also" || w == "largely" || w == "mostly" || w == "officially" ||
           w == "formally" || w == "reportedly" || w == "temporarily" || w == "indefinitely" || w == "completely";
}

// Participles of a change in a value: what "has fallen 40% since" measures.
bool is_change_participle(std::string_view w) {
    static constexpr std::string_view kChange[] = {
        "fallen",  "risen",    "lost",     "gained",  "dropped",  "climbed",   "declined", "increased", "decreased",
        "grown",   "shrunk",   "doubled",  "tripled", "halved",   "slumped",   "plunged",  "surged",    "jumped",
        "soared",  "tumbled",  "slid",     "sunk",    "shed",     "added",     "rallied",  "recovered", "contracted",
        "expanded", "slipped", "sank",     "rose",    "fell"};
    static const std::unordered_set<std::string_view> kSet(std::begin(kChange), std::end(kChange));
    return kSet.count(w) > 0;
}

// The time expressions of sentence `s` (an article's are in text order): found by a binary
// search, so that rules asked of every sentence do not walk the whole article's.
std::span<const TimeExpression> expressions_of(const ArticleAnalysis& a, const Sentence& s) {
    auto before = [](const TimeExpression& t, uint32_t token) { return t.first_token < token; };
    const auto from = std::lower_bound(a.timexes.begin(), a.timexes.end(), s.first_token, before);
    const auto to = std::lower_bound(from, a.timexes.end(), s.end_token, before);
    // Pointer and count: the libc++ of Emscripten's toolchain has no span from two iterators.
    return {a.timexes.data() + (from - a.timexes.begin()), static_cast<size_t>(to - from)};
}

// Is token i inside quotation marks within the sentence (a speaker's words)?
bool quoted_at(const ArticleAnalysis& a, const Sentence& s, uint32_t i) {
    bool quoted = false;
    for (uint32_t k = s.first_token; k < i; ++k) {
        const Token& t = a.tokens[k];
        quoted = t.inside_quote_after(quoted);
    }
    return quoted;
}

// Back from the verb form at token `form` ("suspended", "attempting"): "been" (adverbs between),
// then a perfect ("has", "have", "had"; adverbs between), not negated.
bool perfect_been_before(const ArticleAnalysis& a, const Sentence& s, uint32_t form) {
    uint32_t j = form;
    while (j > s.first_token && is_verb_adverb(a.word(j - 1))) --j;
    if (j <= s.first_token + 1 || a.word(j - 1) != "been") return false;
    --j;
    while (j > s.first_token && is_verb_adverb(a.word(j - 1))) --j;
    if (j <= s.first_token || !is_perfect(a.word(j - 1))) return false;
    return !(j >= s.first_token + 2 && is_negation(a.word(j - 2)));
}

}  // namespace

std::optional<uint32_t> perfect_progressive_at(const ArticleAnalysis& a, uint32_t first, uint32_t end) {
    // The sentence holding `first` (sentences are in text order): the verb group stays inside it.
    const auto after = std::upper_bound(a.sentences.begin(), a.sentences.end(), first,
                                        [](uint32_t t, const Sentence& x) { return t < x.first_token; });
    if (after == a.sentences.begin()) return std::nullopt;
    const Sentence& s = *std::prev(after);
    end = std::min(end, s.end_token);
    for (uint32_t k = first + 2; k < end; ++k) {
        const std::string_view w = a.word(k);
        if (a.tokens[k].capitalised || w.size() < 5 || !w.ends_with("ing")) continue;
        if (perfect_been_before(a, s, k) && !quoted_at(a, s, k)) return k;
    }
    return std::nullopt;
}

bool state_began_on_since_date(const ArticleAnalysis& a, const Sentence& s, uint32_t since) {
    // Back from "since": the participle right before it (adverbs between), then "been", then the perfect.
    uint32_t i = since;
    while (i > s.first_token && is_verb_adverb(a.word(i - 1))) --i;
    if (i <= s.first_token + 2) return false;
    const uint32_t participle = i - 1;
    if (a.tokens[participle].capitalised || !is_past_participle(a.word(participle))) return false;
    // "Payments on student loans, paused since March 2020, ...": a participle aside after a
    // comma is the state the noun before it has been in since then.
    if (a.tokens[participle - 1].is(',') && participle - 1 > s.first_token + 1) return true;
    return perfect_been_before(a, s, participle);
}

bool activity_began_on_since_date(const ArticleAnalysis& a, const Sentence& s, uint32_t since) {
    // Back from "since", within the clause: the "-ing" form, then "been", then the perfect.
    constexpr uint32_t kMostWordsBetween = 8;  // "attempting to take over Aer Lingus" before "since"
    for (uint32_t k = since, steps = 0; k > s.first_token + 2 && steps < kMostWordsBetween; ++steps) {
        --k;
        if (a.tokens[k].is(',') || a.tokens[k].is(';') || a.tokens[k].is(':')) return false;
        const std::string_view w = a.word(k);
        if (a.tokens[k].capitalised || w.size() < 5 || !w.ends_with("ing")) continue;
        return perfect_been_before(a, s, k);
    }
    return false;
}

bool change_spans_to_publication(const ArticleAnalysis& a, const Sentence& s, uint32_t since) {
    // The change participle within the few words before "since" ("has fallen almost fifteen
    // percent since"), with "has"/"have" (not "had": a change that ended before now) before it.
    constexpr uint32_t kMostWordsBetween = 6;
    for (uint32_t k = since, steps = 0; k > s.first_token + 1 && steps < kMostWordsBetween; ++steps) {
        --k;
        if (a.tokens[k].is(',') || a.tokens[k].is(';')) return false;
        if (!is_change_participle(a.word(k))) continue;
        uint32_t j = k;
        while (j > s.first_token && is_verb_adverb(a.word(j - 1))) --j;
        if (j <= s.first_token) return false;
        const std::string_view aux = a.word(j - 1);
        if (aux != "has" && aux != "have") return false;
        return !(j >= s.first_token + 2 && is_negation(a.word(j - 2)));
    }
    return false;
}

bool opening_since_frames_present_perfect(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    if (e.first_token != s.first_token + 1 || a.word(s.first_token) != "since") return false;
    // The clause after the date (a comma may follow it): its first "has"/"have" within a few
    // words and before any other comma, then the participle (adverbs between).
    constexpr uint32_t kMostWordsToTheVerb = 8;
    uint32_t i = e.end_token;
    if (i < s.end_token && a.tokens[i].is(',')) ++i;
    for (uint32_t steps = 0; i + 1 < s.end_token && steps < kMostWordsToTheVerb; ++i, ++steps) {
        if (a.tokens[i].is(',') || a.tokens[i].is(';')) return false;
        if (!is_perfect(a.word(i)) || a.word(i) == "had") continue;
        uint32_t j = i + 1;
        if (j < s.end_token && is_negation(a.word(j))) return false;
        while (j < s.end_token && is_verb_adverb(a.word(j))) ++j;
        if (j >= s.end_token || a.word(j) == "been" || a.tokens[j].capitalised) return false;
        return is_past_participle(a.word(j));
    }
    return false;
}

namespace {
// The "when" clause right after date `e` (after its comma), with a simple past among its words.
std::optional<std::pair<uint32_t, uint32_t>> when_clause_at(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    if (!e.dated || e.type != TimexType::Date || e.first_token == 0 || e.first_token <= s.first_token) return std::nullopt;
    const uint32_t when = e.end_token + 1;
    if (when + 2 >= s.end_token || !a.tokens[e.end_token].is(',') || a.word(when) != "when") return std::nullopt;
    if (quoted_at(a, s, e.first_token - 1)) return std::nullopt;
    uint32_t end = when + 1;
    while (end < s.end_token && !a.tokens[end].is(';') && !a.tokens[end].is(':')) ++end;
    while (end > when + 1 && (a.tokens[end - 1].is('.') || a.tokens[end - 1].is('!'))) --end;
    if (!simple_past_at(a, when + 1, end)) return std::nullopt;
    return std::pair<uint32_t, uint32_t>{when + 1, end};
}
}  // namespace

std::optional<std::pair<uint32_t, uint32_t>> when_clause_of_since_date(const ArticleAnalysis& a, const Sentence& s,
                                                                       const TimeExpression& e) {
    if (e.signal != "since") return std::nullopt;
    return when_clause_at(a, s, e);
}

std::optional<std::pair<uint32_t, uint32_t>> when_clause_after_date(const ArticleAnalysis& a, const Sentence& s,
                                                                    const TimeExpression& e) {
    const auto clause = when_clause_at(a, s, e);
    if (!clause) return std::nullopt;
    for (uint32_t k = clause->first; k < clause->second; ++k)
        if (a.in_timex[k]) return std::nullopt;  // a date of its own dates it
    return clause;
}

bool told_of_a_state(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    for (uint32_t k = e.first_token; k-- > s.first_token;) {
        const Token& t = a.tokens[k];
        if (t.is(',') || t.is(';') || t.is(':')) return false;
        if (!t.is_word() || t.capitalised || a.in_timex[k]) continue;
        const std::string_view w = a.word(k);
        const bool copula = w == "was" || w == "were" || w == "is" || w == "are" || w == "been";  // "had been dormant"
        if (!copula) {
            if (is_past_participle(w) || w == "has" || w == "have" || w == "had" || w.ends_with("ed")) return false;  // another verb
            continue;
        }
        const std::string_view after = k + 1 < e.first_token ? a.word(k + 1) : std::string_view{};
        return !(is_past_participle(after) || after.ends_with("ed") || after.ends_with("ing"));
    }
    return false;
}

SinceReading read_since(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    if (e.signal != "since" || !e.dated || e.type != TimexType::Date) return SinceReading::None;
    switch (e.precision) {
        case Precision::Day: case Precision::Week: case Precision::PartOfMonth: case Precision::Month:
        case Precision::Quarter: case Precision::Season: case Precision::Half: case Precision::PartOfYear:
        case Precision::Year: break;
        default: return SinceReading::None;
    }
    if (e.first_token == 0 || e.first_token <= s.first_token || a.word(e.first_token - 1) != "since") return SinceReading::None;
    const uint32_t since = e.first_token - 1;
    if (quoted_at(a, s, since)) return SinceReading::None;
    if (state_began_on_since_date(a, s, since) || activity_began_on_since_date(a, s, since)) return SinceReading::StateBegan;
    if (change_spans_to_publication(a, s, since)) return SinceReading::ChangeToPublication;
    if (opening_since_frames_present_perfect(a, s, e)) return SinceReading::ChangeToPublication;
    return SinceReading::None;
}

std::optional<TimeExpression> since_expression(const TimeExpression& e, SinceReading reading, std::optional<CivilDate> published) {
    if (reading == SinceReading::None) return std::nullopt;
    if (published && e.first_day > days_from_civil(*published)) return std::nullopt;  // "since" a later day: not read
    TimeExpression out = e;
    out.signal = {};
    if (reading == SinceReading::StateBegan) {
        out.how.insert(0, "'since' after a state ('has been ... since'): the state began then; ");
        return out;
    }
    if (!published) return std::nullopt;
    const int64_t today = days_from_civil(*published);
    if (today < e.first_day) return std::nullopt;
    out.last_day = today;
    out.precision = Precision::Range;
    const std::string start_value = e.value;
    out.value = start_value + "/" + to_iso(*published);
    out.how = "a change measured 'since' " + start_value + " up to the day of publication (" + e.how + ")";
    return out;
}

std::optional<uint32_t> since_then_at(const ArticleAnalysis& a, const Sentence& s) {
    for (uint32_t i = s.first_token + 1; i + 1 < s.end_token; ++i) {
        if (a.word(i) != "since") continue;
        const std::string_view aux = a.word(i - 1);
        if (aux != "has" && aux != "have") continue;
        if (a.tokens[i + 1].capitalised || !is_past_participle(a.word(i + 1))) continue;
        if (quoted_at(a, s, i)) continue;
        return i;
    }
    return std::nullopt;
}

std::optional<TimeExpression> since_then_expression(const ArticleAnalysis& a, uint32_t since, const TimeExpression& previous,
                                                    std::optional<CivilDate> published) {
    if (!published || previous.precision != Precision::Day) return std::nullopt;
    const int64_t today = days_from_civil(*published);
    if (previous.first_day > today) return std::nullopt;
    TimeExpression out;
    out.first_token = since;
    out.end_token = since + 1;
    out.start = a.tokens[since].start;
    out.end = a.tokens[since].end;
    out.type = TimexType::Date;
    out.meaning.anchor = TimexMeaning::Anchor::Previous;
    out.dated = true;
    out.first_day = previous.first_day;
    out.last_day = today;
    out.precision = Precision::Range;
    out.value = to_iso(civil_from_days(previous.first_day)) + "/" + to_iso(*published);
    out.how = "'since' as an adverb in a present perfect: from the date of the sentence before (" + previous.value +
              ") up to the day of publication";
    return out;
}

std::optional<TimeExpression> duration_since_expression(const ArticleAnalysis& a, const Sentence& s,
                                                        std::optional<CivilDate> published) {
    if (!published) return std::nullopt;
    for (const TimeExpression& e : a.timexes) {
        if (e.first_token < s.first_token || e.first_token >= s.end_token || e.type != TimexType::Duration) continue;
        if (e.first_token == 0 || a.word(e.first_token - 1) != "the" || e.end_token >= s.end_token ||
            a.word(e.end_token) != "since")
            continue;
        // "P2W": a count and a unit.
        const std::string& v = e.value;
        if (v.size() < 3 || v[0] != 'P' || v[1] < '0' || v[1] > '9') continue;
        const char unit = v.back();
        const int count = std::atoi(v.c_str() + 1);
        if (count <= 0 || !(unit == 'D' || unit == 'W' || unit == 'M' || unit == 'Y')) continue;
        const uint32_t since = e.end_token;
        if (since + 1 < s.end_token && a.in_timex[since + 1]) continue;  // "since May": a date of its own
        const uint32_t clause_end = std::min<uint32_t>(s.end_token, since + 9);
        std::optional<uint32_t> verb = simple_past_at(a, since + 1, clause_end);
        for (uint32_t i = since + 1; !verb && i + 1 < clause_end; ++i)  // a passive: "since the vote was held"
            if ((a.word(i) == "was" || a.word(i) == "were") && is_past_participle(a.word(i + 1))) verb = i + 1;
        if (!verb) continue;
        const int64_t today = days_from_civil(*published);
        TimeExpression out;
        out.first_token = *verb;
        out.end_token = *verb + 1;
        out.start = a.tokens[*verb].start;
        out.end = a.tokens[*verb].end;
        out.type = TimexType::Date;
        out.meaning.anchor = TimexMeaning::Anchor::Previous;
        out.dated = true;
        if (unit == 'D' || unit == 'W') {
            const int64_t day = today - static_cast<int64_t>(count) * (unit == 'W' ? 7 : 1);
            out.first_day = unit == 'W' ? day - (iso_weekday(civil_from_days(day)) - 1) : day;
            out.last_day = unit == 'W' ? out.first_day + 6 : day;
            out.precision = unit == 'W' ? Precision::Week : Precision::Day;
        } else {
            CivilDate d = *published;
            if (unit == 'Y') d.year -= count;
            else d.year -= (count + 12 - d.month) / 12, d.month = (d.month - 1 - count % 12 + 12) % 12 + 1;
            out.first_day = days_from_civil(CivilDate{d.year, unit == 'Y' ? 1 : d.month, 1});
            out.last_day = days_from_civil(CivilDate{d.year, unit == 'Y' ? 12 : d.month, unit == 'Y' ? 31 : days_in_month(d.year, d.month)});
            out.precision = unit == 'Y' ? Precision::Year : Precision::Month;
        }
        out.value = to_iso(civil_from_days(out.first_day)) + "/" + to_iso(civil_from_days(out.last_day));
        out.how = "'" + std::string(a.text.substr(e.start, e.end - e.start)) + " since' counted back from publication (" +
                  to_iso(*published) + "): '" + std::string(a.token(*verb)) + "' happened then, inferred";
        return out;
    }
    return std::nullopt;
}

bool is_less_than_ago(const ArticleAnalysis& a, const TimeExpression& e) {
    return e.meaning.anchor == TimexMeaning::Anchor::Publication && e.meaning.offset < 0 && e.first_token >= 2 &&
           a.word(e.end_token - 1) == "ago" && a.word(e.first_token - 1) == "than" && a.word(e.first_token - 2) == "less";
}

namespace {

// `e` read as the range [first, last] of days before publication, with how it was read.
TimeExpression range_before_publication(const TimeExpression& e, int64_t first, int64_t last, std::string how) {
    TimeExpression out = e;
    out.dated = true;
    out.first_day = first;
    out.last_day = last;
    out.precision = Precision::Range;
    out.signal = {};
    out.how = std::move(how);
    return out;
}

// Rule: "less than two weeks ago", "under a year ago": at most that many units before
// publication, so the span from there up to the day of publication (14 days before it to it).
std::optional<TimeExpression> less_than_ago_expression(const ArticleAnalysis& a, const TimeExpression& e, const CivilDate& p) {
    const int n = -e.meaning.offset;
    const int64_t today = days_from_civil(p);
    int64_t first = 0;
    switch (e.meaning.unit) {
        case TimeUnit::Day: first = today - n; break;
        case TimeUnit::Week: first = today - 7 * n; break;
        case TimeUnit::Fortnight: first = today - 14 * n; break;
        case TimeUnit::Month: first = days_from_civil(add_months(p, -n)); break;
        case TimeUnit::Year: first = days_from_civil(add_months(p, -12 * n)); break;
        default: return std::nullopt;
    }
    return range_before_publication(e, first, today,
                                    "'" + std::string(a.text.substr(e.start, e.end - e.start)) + "' is at most that long before publication (" +
                                        to_iso(p) + "): " + to_iso(civil_from_days(first)) + " to " + to_iso(p) + ", a range, inferred");
}

}  // namespace

std::optional<TimeExpression> some_time_ago_expression(const ArticleAnalysis& a, const TimeExpression& e,
                                                       std::optional<CivilDate> published) {
    if (published && is_less_than_ago(a, e)) return less_than_ago_expression(a, e, *published);
    if (!published || e.meaning.anchor != TimexMeaning::Anchor::Reference || e.meaning.reference != "PAST_REF") return std::nullopt;
    const CivilDate p = *published;
    const int64_t today = days_from_civil(p);
    int64_t first = 0, last = 0;
    std::string_view span;
    switch (e.meaning.unit) {
        case TimeUnit::Day: first = today - 7, last = today - 2, span = "2 to 7 days"; break;
        case TimeUnit::Week: first = today - 56, last = today - 14, span = "2 to 8 weeks"; break;
        case TimeUnit::Month:
            first = days_from_civil(add_months(p, -12)), last = days_from_civil(add_months(p, -2)), span = "2 to 12 months";
            break;
        case TimeUnit::Year:
            first = days_from_civil(add_months(p, -120)), last = days_from_civil(add_months(p, -24)), span = "2 to 10 years";
            break;
        default: return std::nullopt;
    }
    return range_before_publication(e, first, last,
                                    "'" + std::string(a.text.substr(e.start, e.end - e.start)) + "' counts no number of units: read as " +
                                        std::string(span) + " before publication (" + to_iso(p) + "), " + to_iso(civil_from_days(first)) +
                                        " to " + to_iso(civil_from_days(last)) + ", a range, inferred");
}

std::optional<TimeExpression> past_days_span_expression(const ArticleAnalysis& a, const Sentence& s,
                                                        std::optional<CivilDate> published) {
    if (!published) return std::nullopt;
    for (const TimeExpression& e : expressions_of(a, s)) {
        if (e.type != TimexType::Duration) continue;
        // "the past three days": "past"/"last" inside the expression or right before it.
        bool past = false;
        for (uint32_t i = e.first_token >= 2 ? e.first_token - 2 : 0; i < e.end_token && i < e.first_token + 2; ++i)
            past |= (a.word(i) == "past" || a.word(i) == "last") && i > 0 && a.word(i - 1) == "the";
        if (!past) continue;
        const std::string& v = e.value;  // "P3D", "P2W", "P1Y"
        if (v.size() < 3 || v[0] != 'P' || v[1] < '0' || v[1] > '9') continue;
        const char unit = v.back();
        if (!(unit == 'D' || unit == 'W' || unit == 'M' || unit == 'Y')) continue;
        const int n = std::atoi(v.c_str() + 1);
        const int count = n * (unit == 'W' ? 7 : 1);
        if (count <= 0 || count > 366) continue;
        // A present perfect ("has lost 631 points in the past three days"), or a simple past told
        // of those days ("fell over 2,000 points in the past nine days"); not "will".
        if (!present_perfect_at(a, s.first_token, s.end_token) && !simple_past_at(a, s.first_token, s.end_token) &&
            !perfect_progressive_at(a, s.first_token, s.end_token))  // "have been falling for the last six days"
            continue;
        const int64_t today = days_from_civil(*published);
        TimeExpression out = e;
        out.type = TimexType::Date;
        out.dated = true;
        out.precision = Precision::Range;
        out.signal = {};
        if (unit == 'M' || unit == 'Y') {
            // "In the past year, the index has lost three quarters of its value": from the same day
            // that many months or years back up to the day of publication.
            CivilDate d = *published;
            const int months = d.year * 12 + (d.month - 1) - (unit == 'Y' ? 12 * n : n);
            d.year = months / 12, d.month = months % 12 + 1;
            d.day = std::min(d.day, days_in_month(d.year, d.month));
            out.first_day = days_from_civil(d);
            out.last_day = today;
            out.how = "'" + std::string(a.text.substr(e.start, e.end - e.start)) + "' of a happening told as past: from " +
                      to_iso(d) + " up to publication (" + to_iso(*published) + "), a span, inferred";
        } else {
            out.first_day = today - count;
            out.last_day = today - 1;
            out.how = "'" + std::string(a.text.substr(e.start, e.end - e.start)) + "' of a happening told as past: the " +
                      std::to_string(count) + " days before publication (" + to_iso(*published) + "), a span, inferred";
        }
        out.value = to_iso(civil_from_days(out.first_day)) + "/" + to_iso(civil_from_days(out.last_day));
        return out;
    }
    return std::nullopt;
}

std::optional<TimeExpression> activity_began_for_duration_expression(const ArticleAnalysis& a, const Sentence& s,
                                                                    std::optional<CivilDate> published) {
    if (!published) return std::nullopt;
    for (const TimeExpression& e : expressions_of(a, s)) {
        if (e.first_token < s.first_token + 3 || e.type != TimexType::Duration) continue;
        // "for", then "more than"/"over" (at least that long) or "about"/"nearly"/"almost", then the count.
        uint32_t f = e.first_token - 1;
        bool at_least = false;
        if (a.word(f) == "than" && f > s.first_token + 1 && a.word(f - 1) == "more") f -= 2, at_least = true;
        else if (a.word(f) == "over") --f, at_least = true;
        else if (a.word(f) == "about" || a.word(f) == "nearly" || a.word(f) == "almost" || a.word(f) == "some") --f;
        if (f <= s.first_token || a.word(f) != "for") continue;
        const std::string& v = e.value;  // "P1W", "P3D", "P2Y"
        if (v.size() < 3 || v[0] != 'P' || v[1] < '0' || v[1] > '9') continue;
        const char unit = v.back();
        const int count = std::atoi(v.c_str() + 1);
        if (count <= 0 || count > 100 || !(unit == 'D' || unit == 'W' || unit == 'M' || unit == 'Y')) continue;
        // The "-ing" form of "has/have been" within eight words before "for", in one clause.
        const uint32_t from = f >= s.first_token + 8 ? f - 8 : s.first_token;
        const std::optional<uint32_t> form = perfect_progressive_at(a, from, f);
        if (!form) continue;
        bool one_clause = true;
        for (uint32_t k = *form; k < f && one_clause; ++k) one_clause = !a.tokens[k].is(',') && !a.tokens[k].is(';');
        if (!one_clause) continue;
        // When it began: that long before publication; "more than" a span up to one unit longer.
        const CivilDate p = *published;
        auto back = [&](int n) {
            if (unit == 'D' || unit == 'W') return days_from_civil(p) - static_cast<int64_t>(n) * (unit == 'W' ? 7 : 1);
            CivilDate d = p;
            const int months = unit == 'Y' ? 12 * n : n;
            int m = d.year * 12 + (d.month - 1) - months;
            d.year = m / 12, d.month = m % 12 + 1;
            d.day = std::min(d.day, days_in_month(d.year, d.month));
            return days_from_civil(d);
        };
        TimeExpression out = e;
        out.type = TimexType::Date;
        out.dated = true;
        out.signal = {};
        out.meaning.anchor = TimexMeaning::Anchor::Previous;
        if (at_least) {
            out.first_day = back(count + 1);
            out.last_day = back(count);
            out.precision = Precision::Range;
        } else if (unit == 'D') {
            out.first_day = out.last_day = back(count);
            out.precision = Precision::Day;
        } else {  // "for two weeks", "for three months": about then, the unit's width around it
            const int64_t day = back(count);
            const int64_t half = unit == 'W' ? 3 : unit == 'M' ? 15 : 182;
            out.first_day = day - half;
            out.last_day = std::min<int64_t>(day + half, days_from_civil(p));
            out.precision = Precision::Range;
        }
        out.value = to_iso(civil_from_days(out.first_day)) + (out.first_day == out.last_day ? "" : "/" + to_iso(civil_from_days(out.last_day)));
        out.how = "'" + std::string(a.token(*form)) + " for " + (at_least ? "more than " : "") +
                  std::string(a.text.substr(e.start, e.end - e.start)) + "', an activity still going on at publication (" +
                  to_iso(p) + "): it began that long before, " + to_iso(civil_from_days(out.first_day)) +
                  (out.first_day == out.last_day ? "" : " to " + to_iso(civil_from_days(out.last_day))) + ", inferred";
        return out;
    }
    return std::nullopt;
}

}  // namespace dateline
