#include "time_expression.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "tense.h"

namespace dateline {

std::string_view to_string(TimexType t) {
    switch (t) {
        case TimexType::Date: return "DATE";
        case TimexType::Time: return "TIME";
        case TimexType::Duration: return "DURATION";
        case TimexType::Set: return "SET";
    }
    return "DATE";
}

std::string_view to_string(Precision p) {
    switch (p) {
        case Precision::Day: return "day";
        case Precision::Week: return "week";
        case Precision::PartOfMonth: return "part-of-month";
        case Precision::Month: return "month";
        case Precision::Quarter: return "quarter";
        case Precision::Season: return "season";
        case Precision::Half: return "half-year";
        case Precision::PartOfYear: return "part-of-year";
        case Precision::Year: return "year";
        case Precision::Decade: return "decade";
        case Precision::Century: return "century";
        case Precision::Range: return "range";
        case Precision::None: break;
    }
    return "none";
}

std::string lower_case_text(std::string_view text) {
    std::string out(text);
    // Written as an addition for every byte, not a conditional store, so that the compiler
    // vectorises it: every article's whole text passes here.
    for (char& c : out) c = static_cast<char>(c + (c >= 'A' && c <= 'Z' ? 'a' - 'A' : 0));
    return out;
}

// =============================================================================================
// Step 1: recognition
// =============================================================================================
//
// A hand-written matcher over tokens. At each token every pattern is tried; the longest match
// wins and the scan resumes after it. Patterns read words through time_word() (the lexicon
// assets/lexicons/time_words.txt) and numbers through the tokens' values. Each pattern fills a
// TimexMeaning: what the words say, not yet what date they are.

namespace {

// "earlier this year/month/week" and "later this ...": the publication's unit, cut at the day of
// publication (parts of TimexMeaning, never a TIMEX3 mod: the value stays the unit's).
constexpr std::string_view kUpToPublication = "UP_TO_PUBLICATION", kFromPublication = "FROM_PUBLICATION";

using Anchor = TimexMeaning::Anchor;
using TWC = TimeWordClass;

struct Match {
    size_t end = 0;  // one past the last token
    TimexType type = TimexType::Date;
    TimexMeaning m;
};

// Prepositions and words that, just before a bare year or month, make it a date ("in 2014").
bool is_date_signal(std::string_view w) {
    static constexpr std::string_view kSignals[] = {
        "in", "since", "by", "until", "till", "from", "to", "before", "after", "during", "throughout", "of", "early", "late",
        "mid", "between", "and", "or", "around", "circa", "through", "for", "last", "next", "this", "that", "every", "each",
        "as", "at", "on", "into", "spring", "summer", "autumn", "fall", "winter", "the", "end", "start", "beginning", "middle"};
    for (std::string_view s : kSignals)
        if (w == s) return true;
    return false;
}

// The day of a feast that moves with the year (TimexMeaning::feast) in `year`.
CivilDate feast_day(const TimexMeaning& m, int year) {
    const CivilDate base = m.feast_nth ? nth_weekday_of_month(year, m.month, m.feast_weekday, m.feast_nth) : easter_sunday(year);
    return civil_from_days(days_from_civil(base) + m.feast_shift);
}

class Recognizer {
public:
    Recognizer(std::string_view text, std::string_view lower, const std::vector<Token>& tokens)
        : text_(text), lower_(lower), t_(tokens), words_(tokens.size(), nullptr) {
        for (size_t i = 0; i < t_.size(); ++i) {
            if (!t_[i].is_word() || t_[i].end - t_[i].start > 16) continue;
            const TimeWord& w = time_word(text_.substr(t_[i].start, t_[i].end - t_[i].start));
            if (w.cls != TWC::None) words_[i] = &w;
        }
    }

    size_t too_long() const { return too_long_; }

    std::vector<TimeExpression> run() {
        std::vector<TimeExpression> out;
        for (size_t i = 0; i < t_.size();) {
            // Quick filter: a time expression starts with a word, a number or an apostrophe.
            const Token& t = t_[i];
            if (t.kind == Token::Kind::Punct && !t.is('\'') && !t.is(0x2019)) {
                ++i;
                continue;
            }
            if (!may_start(i)) {
                ++i;
                continue;
            }
            Match best = longest_at(i);
            if (best.end <= i) {
                ++i;
                continue;
            }
            if (best.end - i > kLongestTimeExpressionTokens) {  // a guard: no pattern is this long
                ++too_long_;
                ++i;
                continue;
            }
            TimeExpression e;
            e.first_token = static_cast<uint32_t>(i);
            e.end_token = static_cast<uint32_t>(best.end);
            e.start = t_[i].start;
            e.end = t_[best.end - 1].end;
            e.type = best.type;
            e.meaning = best.m;
            e.signal = signal_before(i);
            out.push_back(std::move(e));
            i = best.end;
        }
        return out;
    }

private:
    // ---- a quick test before the patterns ---------------------------------------------------
    // Can a time expression start at token i? Numbers, apostrophes ('90s), time words, and the
    // few other words patterns start with; "the", "a", "an" only before one of those.
    bool may_start(size_t i) const {
        const Token& t = t_[i];
        if (t.kind != Token::Kind::Word) return true;  // numbers and apostrophes
        if (words_[i]) return true;                     // time words and starters (time_words.txt)
        const size_t length = t.end - t.start;
        if (length <= 3) {
            const std::string_view w = lw(i);
            if (w == "the" || w == "a" || w == "an")
                return ok(i + 1) && (t_[i + 1].kind != Token::Kind::Word || words_[i + 1]);
            return length == 2 && text_[t.start] == 'Q';  // Q3
        }
        return length == 6 && text_[t.start] == 'F' && text_[t.start + 1] == 'Y';  // FY2009

    }

    // ---- token access --------------------------------------------------------------------
    size_t n() const { return t_.size(); }
    bool ok(size_t i) const { return i < t_.size(); }
    const TimeWord& W(size_t i) const {
        static const TimeWord none;
        return ok(i) && words_[i] ? *words_[i] : none;
    }
    TWC cls(size_t i) const { return W(i).cls; }
    std::string_view lw(size_t i) const { return ok(i) ? lower_.substr(t_[i].start, t_[i].end - t_[i].start) : std::string_view{}; }
    // Asked at every token by many patterns: tokens.h's is_lower_word, one branch seldom taken.
    bool is(size_t i, std::string_view w) const { return ok(i) && is_lower_word(t_[i], lower_, w); }
    bool punct(size_t i, char32_t c) const { return ok(i) && t_[i].is(c); }
    bool attached(size_t i) const { return ok(i) && !t_[i].space_before; }
    bool number(size_t i) const { return ok(i) && t_[i].is_number() && !t_[i].decimal; }
    bool capital(size_t i) const { return ok(i) && (t_[i].capitalised); }
    // The lower-case word before token i (skipping nothing), or empty.
    std::string_view prev_word(size_t i) const { return i > 0 && t_[i - 1].is_word() ? lw(i - 1) : std::string_view{}; }
    std::string_view signal_before(size_t i) const {
        if (i == 0 || !t_[i - 1].is_word()) return {};
        const std::string_view w = lw(i - 1);
        static constexpr std::string_view kPrepositions[] = {"on", "in", "since", "by", "until", "till", "before", "after",
                                                             "during", "from", "to", "at", "of", "for", "within",
                                                             "throughout", "between", "through", "around", "as"};
        for (std::string_view p : kPrepositions)
            if (w == p) return p;
        return {};
    }

    // ---- building blocks -----------------------------------------------------------------
    // Day of month: 1-31, one or two digits, or an ordinal ("21st"). Sets `next`.
    int day_at(size_t i, size_t& next) const {
        if (!number(i) || t_[i].grouped || t_[i].digits > 2 || t_[i].value < 1 || t_[i].value > 31) return 0;
        next = i + 1;
        return static_cast<int>(t_[i].value);
    }
    // A four-digit year, 1000-2999 (not "2,017", not "2017th").
    int year_at(size_t i, size_t& next) const {
        if (!number(i) || t_[i].grouped || t_[i].ordinal || t_[i].digits != 4 || t_[i].value < 1000 || t_[i].value > 2999) return 0;
        if (ok(i + 1) && attached(i + 1) && (t_[i + 1].is_word() || t_[i + 1].is('%'))) {
            // "2017World" (a scraped header) is still a year; "1990s" and "2017th" are not.
            if (!(t_[i + 1].is_word() && t_[i + 1].capitalised)) return 0;
        }
        next = i + 1;
        return static_cast<int>(t_[i].value);
    }
    // A month name: capitalised full name, or a capitalised abbreviation followed by a dot, a
    // comma or a number. "May" and "March" also need a number or a date word around them.
    int month_at(size_t i, size_t& next) const {
        const TimeWord& w = W(i);
        if (!ok(i) || !(t_[i].capitalised)) return 0;
        if (w.cls == TWC::Month) {
            next = i + 1;
            if ((w.value == 5 || w.value == 3) && !month_context(i)) return 0;
            if (punct(next, '.') && attached(next) && w.value != 5) {
                // "June." ends a sentence: leave the dot.
            }
            return w.value;
        }
        if (w.cls == TWC::MonthAbbrev) {
            size_t j = i + 1;
            if (punct(j, '.') && attached(j)) ++j;
            if (!(number(j) || punct(j, ',') || j > i + 1)) return 0;
            next = j;
            return w.value;
        }
        return 0;
    }
    bool month_context(size_t i) const {
        size_t k;
        if (day_at(i + 1, k) || year_at(i + 1, k)) return true;
        if (punct(i + 1, ',') && year_at(i + 2, k)) return true;
        if (is(i + 1, "of") && year_at(i + 2, k)) return true;  // "compared to March of 2008"
        const std::string_view p = prev_word(i);
        if (!p.empty() && is_date_signal(p) && p != "to" && p != "and" && p != "or" && p != "as" && p != "the") return true;
        // "a March bombing", "the May elections": a month naming what follows.
        if ((p == "a" || p == "an" || p == "the" || p == "last" || p == "this" || p == "next") && ok(i + 1) &&
            t_[i + 1].is_word() && !t_[i + 1].capitalised && lw(i + 1).size() > 3)
            return true;
        if (i > 0 && t_[i - 1].is('-') && i > 1 && (is(i - 2, "mid") || is(i - 2, "early") || is(i - 2, "late"))) return true;
        if (i > 0 && day_at(i - 1, k)) return true;  // "on 3 March", day first
        return relative_year_at(i + 1);                                      // "March last year"
    }
    int weekday_at(size_t i, size_t& next) const {
        const TimeWord& w = W(i);
        if (!ok(i) || !t_[i].capitalised) return 0;
        if (w.cls == TWC::Weekday) {
            next = i + 1;
            // "Wednesday's" is the weekday too.
            return w.value;
        }
        if (w.cls == TWC::WeekdayAbbrev && (punct(i + 1, ',') || (punct(i + 1, '.') && attached(i + 1)))) {
            next = punct(i + 1, '.') ? i + 2 : i + 1;
            return w.value;
        }
        return 0;
    }
    // A number written in words, as TimeML values need it in figures: "twenty-five" and "twenty
    // five" (tens and units), "one hundred", "two thousand", "three hundred and fifty". Starts at
    // a number word; returns its value and sets `next` past it.
    double spelled_number_at(size_t i, size_t& next) const {
        auto small_at = [&](size_t k, size_t& after) -> long {
            if (cls(k) != TWC::Number || is(k, "hundred") || is(k, "dozen")) return -1;
            long v = W(k).value;
            after = k + 1;
            if (v >= 20 && v % 10 == 0) {  // "twenty-five", "twenty five"
                size_t u = after;
                if (punct(u, '-') && attached(u)) ++u;
                if (cls(u) == TWC::Number && W(u).value < 10 && !is(u, "hundred")) after = u + 1, v += W(u).value;
            }
            return v;
        };
        if (is(i, "hundred") || is(i, "dozen")) {  // "hundred" alone ("a hundred" is read by the caller)
            next = i + 1;
            return W(i).value;
        }
        size_t k = i;
        long total = small_at(i, k);
        if (total < 0) {
            next = i + 1;
            return W(i).value;
        }
        if (is(k, "hundred")) {
            total *= 100;
            ++k;
            size_t after;
            if (is(k, "and") && cls(k + 1) == TWC::Number) {
                if (long rest = small_at(k + 1, after); rest > 0 && rest < 100) total += rest, k = after;
            } else if (long rest = small_at(k, after); rest > 0 && rest < 100) {
                total += rest, k = after;
            }
        }
        if (is(k, "thousand")) {
            total *= 1000;
            ++k;
        }
        next = k;
        return static_cast<double>(total);
    }

    // An amount: a number, a number word ("four", "twenty-five"), "a"/"an"/"one", "half a",
    // or a fuzzy quantity ("several", "a few", "a couple of": returns -1, meaning X).
    bool amount_at(size_t i, size_t& next, double& amount) const {
        if (!ok(i)) return false;
        if (t_[i].is_number() && !t_[i].ordinal) {
            if (t_[i].digits == 4 && !t_[i].grouped && t_[i].value >= 1800 && t_[i].value <= 2100) return false;  // a year
            amount = t_[i].decimal ? std::strtod(std::string(text_.substr(t_[i].start, t_[i].end - t_[i].start)).c_str(), nullptr)
                                   : static_cast<double>(t_[i].value);
            next = i + 1;
            // "two and a half"
            return true;
        }
        if (is(i, "a") || is(i, "an")) {
            if (is(i + 1, "few")) { amount = -1; next = i + 2; return true; }
            if (is(i + 1, "couple") && is(i + 2, "of")) { amount = 2; next = i + 3; return true; }
            if (is(i + 1, "half")) { amount = 0.5; next = i + 2; return true; }
            if (is(i + 1, "hundred") || is(i + 1, "thousand")) {  // "a hundred years"
                amount = W(i + 1).value;
                next = i + 2;
                return true;
            }
            amount = 1;
            next = i + 1;
            return true;
        }
        if (is(i, "half") && (is(i + 1, "a") || is(i + 1, "an"))) { amount = 0.5; next = i + 2; return true; }
        // "single-day", "single-year": one, in the adjective form only.
        if (is(i, "single") && punct(i + 1, '-') && attached(i + 1)) { amount = 1; next = i + 1; return true; }
        const TimeWord& w = W(i);
        if (w.cls == TWC::Number) {
            amount = spelled_number_at(i, next);
            if (is(next, "and") && is(next + 1, "a") && is(next + 2, "half")) {
                amount += 0.5;
                next += 3;
            }
            return true;
        }
        if (w.cls == TWC::Fuzzy) {
            if (is(i, "couple") && is(i + 1, "of")) { amount = 2; next = i + 2; return true; }
            if (is(i, "some") || is(i, "many")) { amount = -1; next = i + 1; return true; }
            amount = -1;
            next = i + 1;
            return true;
        }
        if (is(i, "dozens") && is(i + 1, "of")) { amount = -1; next = i + 2; return true; }
        return false;
    }
    // A unit word (singular or plural) at i: returns the unit, `plural` set.
    TimeUnit unit_at(size_t i, bool& plural) const {
        if (!ok(i) || !t_[i].is_word()) return TimeUnit::None;
        const TimeWord& w = W(i);
        if (w.cls == TWC::Unit || w.cls == TWC::Units) {
            plural = w.cls == TWC::Units;
            return w.unit;
        }
        // "second" reads as an ordinal first; as a unit only here.
        if (lw(i) == "second" || lw(i) == "seconds") {
            plural = lw(i) == "seconds";
            return TimeUnit::Second;
        }
        return TimeUnit::None;
    }

    // ---- patterns ------------------------------------------------------------------------
    Match longest_at(size_t i) const {
        Match best;
        auto consider = [&](Match m) {
            if (m.end > best.end) best = m;
        };
        consider(date_at(i));
        consider(part_of_day_of_date_at(i));
        consider(time_at(i));
        consider(weekday_pattern(i));
        consider(deictic_at(i));
        consider(day_ref_at(i));
        consider(relative_at(i));
        consider(part_of_at(i));
        consider(week_of_month_at(i));
        consider(days_of_month_at(i));
        consider(quarter_at(i));
        consider(season_at(i));
        consider(decade_at(i));
        consider(year_pattern(i));
        consider(month_alone_at(i));
        consider(ref_at(i));
        consider(duration_at(i));
        consider(set_at(i));
        consider(holiday_at(i));
        consider(approx_at(i));
        consider(fiscal_year_at(i));
        consider(age_at(i));
        consider(year_earlier_at(i));
        consider(the_period_at(i));
        consider(earlier_in_the_unit_at(i));
        consider(possessive_period_at(i));
        consider(same_period_last_year_at(i));
        consider(year_end_at(i));
        return best;
    }

    // "this year", "last year", "next year" at token i: the year of a month or day before it.
    bool relative_year_at(size_t i) const { return (is(i, "this") || is(i, "last") || is(i, "next")) && is(i + 1, "year"); }

    // "that year", "the same year", "that same year" at token i: the year of the date told before
    // it; "the following year", "the next year" (+1), "the previous year", "the year before" (-1):
    // that year moved (`offset`). Returns the token after it, or 0.
    size_t previous_year_at(size_t i, int* offset = nullptr) const {
        int moved = 0;
        size_t after = 0;
        if (is(i, "that") && is(i + 1, "year")) after = i + 2;
        else if ((is(i, "that") || is(i, "the")) && is(i + 1, "same") && is(i + 2, "year")) after = i + 3;
        else if (is(i, "the") && (is(i + 1, "following") || is(i + 1, "next")) && is(i + 2, "year")) after = i + 3, moved = 1;
        else if (is(i, "the") && (is(i + 1, "previous") || is(i + 1, "preceding")) && is(i + 2, "year")) after = i + 3, moved = -1;
        else if (is(i, "the") && is(i + 1, "year") && is(i + 2, "before")) after = i + 3, moved = -1;
        if (moved != 0 && !offset) return 0;  // a moved year only where the caller takes the offset
        if (offset) *offset = moved;
        return after;
    }

    // [Weekday ,] Month Day [, Year] | [Weekday ,] Day [of] Month [Year] | Month [of|,] Year |
    // ISO 2017-06-30 | 6/30/2017 ; optionally followed by a time ("- 02:56 GMT").
    Match date_at(size_t i) const {
        Match m;
        size_t j = i, k = 0;
        int weekday = weekday_at(i, k);
        if (weekday) {
            j = k;
            if (punct(j, ',')) ++j;
        }
        int month = 0, day = 0, year = 0;
        size_t end = 0;
        if ((month = month_at(j, k))) {
            size_t after_month = k;
            if ((day = day_at(after_month, k)) && !(ok(k) && t_[k].is(':'))) {
                end = k;
                size_t y = k;
                if (punct(y, ',')) ++y;
                if ((year = year_at(y, k))) end = k;
                else if (relative_year_at(end)) {  // "March 3 last year"
                    m.m.relative_year = true;
                    m.m.year_offset = W(end).value;
                    end += 2;
                } else if (size_t after = previous_year_at(end, &m.m.year_offset)) {  // "March 3 that year"
                    m.m.year_of_previous = true;
                    end = after;
                }
            } else {
                day = 0;
                size_t y = after_month;
                if (is(y, "of") || punct(y, ',')) ++y;
                if ((year = year_at(y, k))) end = k;
                else if (is(after_month, "of") && relative_year_at(y)) {
                    m.m.relative_year = true;  // "October of next year"
                    m.m.year_offset = W(y).value;
                    end = y + 2;
                } else if (relative_year_at(after_month)) {
                    m.m.relative_year = true;  // "October last year", "in March this year"
                    m.m.year_offset = W(after_month).value;
                    end = after_month + 2;
                } else if (size_t after = previous_year_at(is(after_month, "of") ? after_month + 1 : after_month, &m.m.year_offset)) {
                    m.m.year_of_previous = true;  // "December that year", "March of the same year", "April the following year"
                    end = after;
                } else month = 0;  // a month alone is another pattern
            }
        } else if ((day = day_at(j + (is(j, "the") && !weekday && number(j + 1) && t_[j + 1].ordinal ? 1 : 0), k))) {
            // "the 3rd of March": the article belongs to the date (an ordinal day only).
            size_t mpos = k;
            if (is(mpos, "of")) ++mpos;
            if ((month = month_at(mpos, k))) {
                end = k;
                size_t y = k;
                if (punct(y, ',')) ++y;
                if ((year = year_at(y, k))) end = k;
                else if (relative_year_at(end)) {  // "3 March last year"
                    m.m.relative_year = true;
                    m.m.year_offset = W(end).value;
                    end += 2;
                } else if (size_t after = previous_year_at(end, &m.m.year_offset)) {  // "3 March that year"
                    m.m.year_of_previous = true;
                    end = after;
                }
            } else {
                day = 0;
            }
        }
        if (!end && !weekday) {
            // ISO dates and numeric dates.
            if (number(i) && t_[i].digits == 4 && punct(i + 1, '-') && attached(i + 1) && number(i + 2) && attached(i + 2) &&
                t_[i + 2].digits == 2 && punct(i + 3, '-') && attached(i + 3) && number(i + 4) && attached(i + 4) &&
                t_[i + 4].digits == 2) {
                CivilDate d{static_cast<int>(t_[i].value), static_cast<int>(t_[i + 2].value), static_cast<int>(t_[i + 4].value)};
                if (is_valid(d)) {
                    year = d.year, month = d.month, day = d.day;
                    end = i + 5;
                }
            } else if (number(i) && t_[i].digits <= 2 && punct(i + 1, '/') && attached(i + 1) && number(i + 2) &&
                       attached(i + 2) && t_[i + 2].digits <= 2 && punct(i + 3, '/') && attached(i + 3) && number(i + 4) &&
                       attached(i + 4) && (t_[i + 4].digits == 2 || t_[i + 4].digits == 4)) {
                int a = static_cast<int>(t_[i].value), b = static_cast<int>(t_[i + 2].value), y = static_cast<int>(t_[i + 4].value);
                if (y < 100) y += y < 50 ? 2000 : 1900;
                // Month first (American news style) unless that is impossible.
                int mo = a, d = b;
                if (a > 12 && b <= 12) mo = b, d = a;
                if (is_valid({y, mo, d})) {
                    year = y, month = mo, day = d;
                    end = i + 5;
                }
            }
        }
        if (!end) return m;
        m.end = end;
        m.type = TimexType::Date;
        m.m.anchor = year                  ? Anchor::Absolute
                     : m.m.relative_year      ? Anchor::Publication
                     : m.m.year_of_previous   ? Anchor::Previous
                                              : Anchor::Tense;
        m.m.year = year;
        m.m.month = month;
        m.m.day = day;
        m.m.weekday = weekday;
        // A time right after a full date: "Fri, 30 Jun 2017 - 02:56 GMT", "June 1, 16:15 UTC".
        if (day) {
            size_t t = end;
            if (punct(t, '-') || punct(t, ',') || punct(t, 0x2013) || punct(t, 0x2014)) ++t;
            Match tm = clock_at(t);
            if (tm.end) {
                m.end = tm.end;
                m.type = TimexType::Time;
                m.m.hour = tm.m.hour;
                m.m.minute = tm.m.minute;
                m.m.utc = tm.m.utc;
            }
        }
        return m;
    }

    // the morning/afternoon/evening/night of <date>: "the morning of Sept. 21"
    Match part_of_day_of_date_at(size_t i) const {
        if (!is(i, "the") || cls(i + 1) != TWC::PartOfDay || !is(i + 2, "of")) return Match{};
        Match d = date_at(i + 3);
        if (!d.end || !d.m.day) {
            size_t k;
            if (!weekday_at(i + 3, k)) return Match{};
            d = weekday_pattern(i + 3);
            if (!d.end) return Match{};
        }
        d.m.part_of_day = W(i + 1).code;
        d.type = TimexType::Time;
        return d;
    }

    // A clock time: 14:30, 2:30 p.m., 6 pm, 0800 GMT, noon, midnight; with a zone if given.
    Match clock_at(size_t i) const {
        Match m;
        size_t j = i;
        int hour = -1, minute = 0;
        if (number(i) && t_[i].digits <= 2 && t_[i].value <= 24 && punct(i + 1, ':') && attached(i + 1) && number(i + 2) &&
            attached(i + 2) && t_[i + 2].digits == 2 && t_[i + 2].value < 60) {
            hour = static_cast<int>(t_[i].value);
            minute = static_cast<int>(t_[i + 2].value);
            j = i + 3;
        } else if (number(i) && t_[i].digits <= 2 && t_[i].value >= 1 && t_[i].value <= 12 && cls(i + 1) == TWC::Meridiem) {
            hour = static_cast<int>(t_[i].value);
            j = i + 1;
        } else if (number(i) && t_[i].digits == 4 && t_[i].value <= 2359 && t_[i].value % 100 < 60 && cls(i + 1) == TWC::Zone &&
                   text_[t_[i].start] == '0') {
            hour = static_cast<int>(t_[i].value / 100);
            minute = static_cast<int>(t_[i].value % 100);
            j = i + 1;
        } else if (is(i, "noon") || is(i, "midday")) {
            hour = 12;
            j = i + 1;
        } else if (is(i, "midnight")) {
            hour = 0;
            j = i + 1;
        } else {
            return m;
        }
        if (cls(j) == TWC::Meridiem) {
            const bool pm = W(j).code == "PM";
            if (hour == 12) hour = pm ? 12 : 0;
            else if (pm && hour < 12) hour += 12;
            ++j;
            if (punct(j, '.') && attached(j) && lw(j - 1).size() <= 2 && false) ++j;
        }
        if (cls(j) == TWC::Zone) {
            m.m.utc = W(j).code == "Z";  // other zones are kept in the span, not in the value
            ++j;
        } else if (is(j, "local") && is(j + 1, "time")) {
            j += 2;
        }
        m.end = j;
        m.type = TimexType::Time;
        m.m.hour = hour;
        m.m.minute = minute;
        return m;
    }

    // A clock time, optionally followed by a day: "16:00 UTC today", "12:00 UTC Monday", "at 5:30 on Friday".
    Match time_at(size_t i) const {
        Match m = clock_at(i);
        if (!m.end) return m;
        // "noon" alone is a time of the publication day only after "at": otherwise leave it.
        size_t k;
        if (cls(m.end) == TWC::DayRef) {
            m.m.anchor = Anchor::Publication;
            m.m.unit = TimeUnit::Day;
            m.m.offset = W(m.end).value;
            m.end += 1;
        } else if (int wd = weekday_at(m.end + (is(m.end, "on") ? 1 : 0), k)) {  // "12:00 UTC Monday", "5:30 a.m. on Friday"
            m.m.anchor = Anchor::Tense;
            m.m.weekday = wd;
            m.end = k;
        } else {
            Match d = date_at(m.end + (is(m.end, "on") ? 1 : 0));
            if (d.end && d.m.day) {
                TimexMeaning keep = m.m;
                m.m = d.m;
                m.m.hour = keep.hour, m.m.minute = keep.minute, m.m.utc = keep.utc;
                m.end = d.end;
            } else if (Match after = punct(m.end, ',') ? date_at(m.end + 1) : Match{}; after.end && after.m.day) {
                // "16:15 UTC, June 1st": the day is the date that follows (which stays its own expression).
                TimexMeaning keep = m.m;
                m.m = after.m;
                m.m.hour = keep.hour, m.m.minute = keep.minute, m.m.utc = keep.utc;
            } else {
                m.m.anchor = Anchor::Previous;  // a bare time: the day of the previous date
                m.m.unit = TimeUnit::Day;
                m.m.offset = 0;
            }
        }
        m.type = TimexType::Time;
        return m;
    }

    // Weekday [part of day] | Weekday [,] Month Day (handled by date_at).
    Match weekday_pattern(size_t i) const {
        Match m;
        size_t k;
        int wd = weekday_at(i, k);
        if (!wd || t_[i].kind != Token::Kind::Word) return m;
        if (cls(i) == TWC::WeekdayAbbrev) return m;  // abbreviations only inside full dates
        // Named days are not weekdays: "Black Monday", "Good Friday", "Super Tuesday".
        static constexpr std::string_view kNamedDay[] = {"black", "good", "bloody", "super", "cyber", "holy", "easter",
                                                         "ash", "palm", "shrove", "maundy"};
        if (i > 0 && t_[i - 1].capitalised)
            for (std::string_view w : kNamedDay)
                if (lw(i - 1) == w) return m;
        m.end = k;
        m.type = TimexType::Date;
        m.m.anchor = Anchor::Tense;
        m.m.weekday = wd;
        if (cls(k) == TWC::PartOfDay && !is(k, "midnight")) {
            m.m.part_of_day = W(k).code;
            m.type = TimexType::Time;
            m.end = k + 1;
        }
        return m;
    }

    // "April" or "Tuesday" at token x after "the following"/"the next" (+1) or "the previous" (-1):
    // the first such month or weekday after (before) the date told before. Nothing for 0 ("the same").
    Match month_or_weekday_after_previous(size_t x, int direction) const {
        Match m;
        if (direction == 0 || !ok(x)) return m;
        size_t k;
        if (cls(x) == TWC::Month && t_[x].capitalised) {
            m.end = x + 1;
            m.m.month = W(x).value;
        } else if (int wd = weekday_at(x, k); wd && cls(x) == TWC::Weekday) {
            m.end = k;
            m.m.weekday = wd;
        } else {
            return m;
        }
        m.m.anchor = Anchor::Previous;
        m.m.after_previous = true;
        m.m.offset = direction;
        return m;
    }

    // "allowed to return during the day last month", "during the day and at night": "the day" at
    // i + 1 after "during" is the daylight hours, not a date, when another time follows it or
    // the night is set against it within three words.
    bool is_daylight_hours(size_t i) const {
        if (!(is(i - 1, "during") || is(i - 1, "throughout")) || !is(i, "the") || !is(i + 1, "day")) return false;
        const TWC next = cls(i + 2);
        if (next == TWC::Month || next == TWC::Weekday || next == TWC::Deictic || next == TWC::Season || is(i + 2, "only"))
            return true;
        if (is(i + 2, "and") || is(i + 2, "or") || is(i + 2, "but"))
            for (size_t k = i + 3; k <= i + 5; ++k)
                if (is(k, "night") || is(k, "nights") || is(k, "evening") || is(k, "evenings")) return true;
        return false;
    }

    // this/last/next/past/coming + unit | weekday | month | season | part of day;
    // the previous/following/next/same + unit (anaphoric); that + unit.
    Match deictic_at(size_t i) const {
        Match m;
        size_t j = i;
        const bool the = is(i, "the");
        if (the) ++j;
        const TimeWord& d = W(j);
        bool plural = false;
        if (the && is(j, "weekend") && !is(j + 1, "of")) {  // "during the weekend": the nearest one, by tense
            m.end = j + 1;
            m.m.anchor = Anchor::Tense;
            m.m.weekend = true;
            m.m.unit = TimeUnit::Week;
            return m;
        }
        if (the && is(j, "day") && i > 0 && !is_daylight_hours(i)) {
            // "ending the day", "for the day", "later in the day": the day being told about.
            static constexpr std::string_view kDayVerbs[] = {"end", "ending", "ended", "ends", "finish", "finishing",
                                                             "finished", "for", "during", "throughout", "close", "closing",
                                                             "in", "start", "began", "begin"};
            for (std::string_view v : kDayVerbs)
                if (lw(i - 1) == v && !is(j + 1, "of") && !is(j + 1, "before") && !is(j + 1, "after")) {
                    m.end = j + 1;
                    m.m.anchor = Anchor::Previous;
                    m.m.unit = TimeUnit::Day;
                    m.m.deictic_unit = true;
                    return m;
                }
        }
        if (!the && is(j, "that") && cls(j + 1) == TWC::PartOfDay && !is(j + 1, "midnight") && !is(j + 1, "noon") &&
            !is(j + 1, "midday") && !is(j + 1, "mornings")) {
            // "that night", "that morning": a part of the day the text is talking about.
            m.end = j + 2;
            m.type = TimexType::Time;
            m.m.anchor = Anchor::Previous;
            m.m.unit = TimeUnit::Day;
            m.m.offset = 0;
            m.m.part_of_day = W(j + 1).code;
            return m;
        }
        if (!the && is(j, "that")) {
            TimeUnit u = unit_at(j + 1, plural);
            if (u == TimeUnit::Day || u == TimeUnit::Week || u == TimeUnit::Month || u == TimeUnit::Year || is(j + 1, "time")) {
                if (plural) return m;
                m.end = j + 2;
                m.m.anchor = Anchor::Previous;
                m.m.unit = is(j + 1, "time") ? TimeUnit::Day : u;
                m.m.offset = 0;
                m.m.deictic_unit = true;
                return m;
            }
            return m;
        }
        bool plural_unit = false;
        const bool next_day = the && is(j, "next") && (unit_at(j + 1, plural_unit) == TimeUnit::Day || is(j + 1, "morning")) &&
                              !plural_unit;
        if (d.cls == TWC::Anaphoric || next_day) {
            // the previous day, the following week, the same month, the next day
            if (!the) return m;
            TimeUnit u = unit_at(j + 1, plural);
            if (u == TimeUnit::None || plural) {
                if (Match named = month_or_weekday_after_previous(j + 1, d.value); named.end) return named;
                if (is(j, "same") && (is(j + 1, "period") || is(j + 1, "time"))) {
                    m.end = j + 2;
                    m.m.anchor = Anchor::Previous;
                    m.m.unit = TimeUnit::Day;
                    m.m.deictic_unit = true;
                    return m;
                }
                return m;
            }
            m.end = j + 2;
            m.m.anchor = Anchor::Previous;
            m.m.unit = u;
            m.m.offset = d.value;
            m.m.deictic_unit = true;
            return m;
        }
        if (d.cls != TWC::Deictic) return m;
        const int offset = d.value;
        const size_t x = j + 1;
        // "the next April", "the next Tuesday": told as a story, from the date before it.
        if (the && is(j, "next"))
            if (Match named = month_or_weekday_after_previous(j + 1, 1); named.end) return named;
        // the past/last/next/coming [amount] units: a duration ("the past nine days").
        if (the && (is(j, "past") || is(j, "last") || is(j, "next") || is(j, "coming") || is(j, "previous"))) {
            size_t k = x;
            double amount = 1;
            bool has_amount = amount_at(x, k, amount);
            if (!has_amount) k = x;
            TimeUnit u = unit_at(k, plural);
            if (u == TimeUnit::Quarter && !plural && !has_amount) return Match{};  // "the last quarter": quarter_at
            if (is(j, "coming") && !has_amount && u != TimeUnit::None && u != TimeUnit::Weekend && !is(k + 1, "of"))
                return coming_units(k + 1, u, plural);
            if (u != TimeUnit::None && u != TimeUnit::Weekend && (plural || !has_amount || amount == 1)) {
                if (!has_amount && !plural) amount = 1;
                if (!has_amount && plural) amount = -1;
                // "the last week of March" is a date we do not read: stop before "of".
                if (is(k + 1, "of") && !plural) return Match{};
                m.end = k + 1;
                m.type = TimexType::Duration;
                m.m.amount = amount;
                m.m.amount_unit = u;
                return m;
            }
            if (is(j, "past") && !has_amount) {
                // "the past" alone: PAST_REF (ref_at handles it).
            }
            return Match{};
        }
        if (the) return m;
        if (is(j, "current") && unit_at(x, plural) == TimeUnit::None) return m;
        if (is(j, "coming") && unit_at(x, plural) != TimeUnit::None && plural) return coming_units(x + 1, TimeUnit::Day, true);
        size_t k;
        TimeUnit u = unit_at(x, plural);
        if (u != TimeUnit::None && !plural) {
            m.end = x + 1;
            m.m.anchor = Anchor::Publication;
            m.m.unit = u;
            m.m.offset = offset;
            m.m.deictic_unit = true;
            if (u == TimeUnit::Weekend) {
                m.m.unit = TimeUnit::Week;
                m.m.weekend = true;
            }
            if (u == TimeUnit::Day || u == TimeUnit::Hour || u == TimeUnit::Minute || u == TimeUnit::Second) return Match{};
            return m;
        }
        if (int wd = weekday_at(x, k); wd && cls(x) == TWC::Weekday) {
            m.end = k;
            m.m.anchor = Anchor::Tense;
            m.m.weekday = wd;
            m.m.offset = offset;  // -1: the one before; +1: the one after; 0: this week's
            m.m.deictic_unit = true;
            if (cls(k) == TWC::PartOfDay) {
                m.m.part_of_day = W(k).code;
                m.type = TimexType::Time;
                m.end = k + 1;
            }
            return m;
        }
        if (cls(x) == TWC::Month && t_[x].capitalised) {
            m.end = x + 1;
            m.m.anchor = Anchor::Tense;
            m.m.month = W(x).value;
            m.m.offset = offset;
            m.m.deictic_unit = true;
            return m;
        }
        if (cls(x) == TWC::Season) {
            m.end = x + 1;
            m.m.anchor = Anchor::Tense;
            m.m.season = W(x).code;
            m.m.offset = offset;
            m.m.deictic_unit = true;
            return m;
        }
        if (cls(x) == TWC::PartOfDay) {
            // this morning / this afternoon / this evening / last night
            if (is(j, "this") || (is(j, "last") && (is(x, "night") || is(x, "evening")))) {
                m.end = x + 1;
                m.type = TimexType::Time;
                m.m.anchor = Anchor::Publication;
                m.m.unit = TimeUnit::Day;
                m.m.offset = is(j, "last") ? -1 : 0;
                m.m.part_of_day = W(x).code;
                return m;
            }
        }
        return m;
    }

    // "for the quarter", "in the year", "during the year": the period the text is talking about.
    // Anchored like "the day": the quarter or year of the previous date when it is that fine,
    // else from publication (see from_previous).
    Match the_period_at(size_t i) const {
        Match m;
        if (!is(i, "the") || i == 0) return m;
        const bool quarter = is(i + 1, "quarter"), year = is(i + 1, "year");
        if (!quarter && !year) return m;
        const std::string_view p = lw(i - 1);
        if (!(p == "for" || p == "in" || p == "during" || p == "throughout" || p == "through")) return m;
        // "the year before", "the year ago", "the year's end", "the year-earlier": other readings.
        if (ok(i + 2) && (number(i + 2) || punct(i + 2, '-') || punct(i + 2, '\'') || punct(i + 2, 0x2019) || cls(i + 2) == TWC::Ago ||
                          is(i + 2, "before") || is(i + 2, "after") || is(i + 2, "earlier") || is(i + 2, "of") ||
                          is(i + 2, "ended") || is(i + 2, "ending") || is(i + 2, "to")))
            return m;
        m.end = i + 2;
        m.m.anchor = Anchor::Previous;
        m.m.unit = quarter ? TimeUnit::Quarter : TimeUnit::Year;
        m.m.offset = 0;
        m.m.deictic_unit = true;
        return m;
    }

    // "earlier in the week", "later in the month", "early in the year", "late in the week": a part
    // of the week, month or year the story is in. Anchored like "in the year" (the_period_at):
    // that unit of the previous date when it is that fine, else publication's. "earlier" is cut
    // at the day of publication when the unit holds it ("earlier this week"'s reading, which the
    // same words mean told in the week of publication); "early" and "late" are its first and last
    // thirds; "later" is the whole unit (later than a date before it, which a span cannot say).
    // "earlier in the day" stays "the day" (the_period's day rules read it).
    Match earlier_in_the_unit_at(size_t i) const {
        Match m;
        const bool earlier = is(i, "earlier"), later = is(i, "later"), early = is(i, "early"), late = is(i, "late");
        if (!(earlier || later || early || late) || !is(i + 1, "in") || !is(i + 2, "the")) return m;
        bool plural = false;
        const TimeUnit unit = unit_at(i + 3, plural);
        if (plural || !(unit == TimeUnit::Week || unit == TimeUnit::Month || unit == TimeUnit::Year)) return m;
        // "later in the year's second half", "early in the month of May": another reading.
        if (ok(i + 4) && (punct(i + 4, '\'') || punct(i + 4, 0x2019) || is(i + 4, "of"))) return m;
        m.end = i + 4;
        m.m.anchor = Anchor::Previous;
        m.m.unit = unit;
        m.m.offset = 0;
        m.m.deictic_unit = true;
        if (earlier) m.m.part = kUpToPublication;
        else if (early || late) m.m.part = W(i).code;
        return m;
    }

    // "year-end", "by year-end": the end of the year of publication (mod END), as "the end of the year".
    Match year_end_at(size_t i) const {
        Match m;
        if (!(is(i, "year") && punct(i + 1, '-') && attached(i + 1) && is(i + 2, "end") && attached(i + 2))) return m;
        if (punct(i + 3, '-') && attached(i + 3)) return m;  // "year-end-based": part of a longer word
        m.end = i + 3;
        m.m.anchor = Anchor::Publication;
        m.m.unit = TimeUnit::Year;
        m.m.offset = 0;
        m.m.deictic_unit = true;
        m.m.part = "END";
        return m;
    }

    // "the coming days/weeks/months" names no length, only that it is ahead: FUTURE_REF (a date,
    // as "the future"). "the coming week/year" is the next one: a date counted from publication.
    Match coming_units(size_t end, TimeUnit u, bool plural) const {
        Match m;
        m.end = end;
        m.type = TimexType::Date;
        if (plural) {
            m.m.anchor = Anchor::Reference;
            m.m.reference = "FUTURE_REF";
            return m;
        }
        if (u == TimeUnit::Day || u == TimeUnit::Hour || u == TimeUnit::Minute || u == TimeUnit::Second) return Match{};
        m.m.anchor = Anchor::Publication;
        m.m.unit = u;
        m.m.offset = 1;
        m.m.deictic_unit = true;
        return m;
    }

    // [earlier|later] today | yesterday | tomorrow | tonight [part of day]
    Match day_ref_at(size_t i) const {
        Match m;
        size_t j = i;
        if ((is(i, "earlier") || is(i, "later")) && cls(i + 1) == TWC::DayRef) j = i + 1;
        if (cls(j) != TWC::DayRef) return m;
        m.end = j + 1;
        m.m.anchor = Anchor::Publication;
        m.m.unit = TimeUnit::Day;
        m.m.offset = W(j).value;
        if (is(j, "tonight")) {
            m.type = TimexType::Time;
            m.m.part_of_day = "NI";
        } else if (cls(j + 1) == TWC::PartOfDay && !is(j + 1, "midnight")) {
            m.type = TimexType::Time;
            m.m.part_of_day = W(j + 1).code;
            m.end = j + 2;
        }
        return m;
    }

    // "57 million years ago", "thousands of years ago": the unit at i follows a count too large to
    // read as an amount (a multiplier after a figure, or "hundreds of"). Deep time, not an
    // unspecified past of a few units, and no date of the news.
    bool follows_an_unread_count(size_t i) const {
        if (i == 0) return false;
        static constexpr std::string_view multipliers[] = {"hundred", "thousand", "million", "billion", "trillion"};
        static constexpr std::string_view counts[] = {"tens", "dozens", "hundreds", "thousands", "millions", "billions"};
        for (std::string_view w : multipliers)
            if (is(i - 1, w)) return true;
        if (i >= 2 && is(i - 1, "of"))
            for (std::string_view w : counts)
                if (is(i - 2, w)) return true;
        return false;
    }

    // [about] amount unit(s) ago | amount unit(s) later/earlier | the day before/after
    Match relative_at(size_t i) const {
        Match m;
        size_t j = i;
        std::string_view mod;
        if (cls(i) == TWC::Approx) {
            mod = W(i).code;
            j = i + 1;
        }
        if (is(j, "the") && (is(j + 1, "day") || is(j + 1, "night")) && (is(j + 2, "before") || is(j + 2, "after"))) {
            // "the day before" ends the clause: not "the day before the vote".
            const size_t after = j + 3;
            if (ok(after) && t_[after].is_word() && !t_[after].capitalised && cls(after) == TWC::None &&
                !is(after, "and") && !is(after, "but"))
                return m;
            m.end = j + 3;
            m.m.anchor = Anchor::Previous;
            m.m.unit = TimeUnit::Day;
            m.m.offset = is(j + 2, "before") ? -1 : 1;
            if (is(j + 1, "night")) {
                m.type = TimexType::Time;
                m.m.part_of_day = "NI";
            }
            return m;
        }
        size_t k;
        double amount;
        bool plural = false;
        if (!amount_at(j, k, amount)) {
            // "years ago": an unspecified past
            TimeUnit u = unit_at(j, plural);
            if (u != TimeUnit::None && plural && cls(j + 1) == TWC::Ago && !follows_an_unread_count(j)) {
                m.end = j + 2;
                m.m.anchor = Anchor::Reference;
                m.m.reference = "PAST_REF";
                m.m.unit = u;  // its value stays PAST_REF; extraction reads a span from the unit
                return m;
            }
            return m;
        }
        TimeUnit u = unit_at(k, plural);
        if (u == TimeUnit::None) return m;
        const size_t after = k + 1;
        if (cls(after) == TWC::Ago) {
            m.end = after + 1;
            m.m.mod = mod;
            if (amount < 0) {  // "several months ago", "a few weeks ago"
                m.m.anchor = Anchor::Reference;
                m.m.reference = "PAST_REF";
                m.m.unit = u;  // its value stays PAST_REF; extraction reads a span from the unit
                return m;
            }
            m.m.anchor = Anchor::Publication;
            m.m.unit = u;
            m.m.offset = -static_cast<int>(std::lround(amount));
            if (amount != std::floor(amount)) return Match{};
            if (u == TimeUnit::Hour || u == TimeUnit::Minute || u == TimeUnit::Second) {
                m.m.unit = TimeUnit::Day;
                m.m.offset = 0;
                m.type = TimexType::Date;
            }
            return m;
        }
        if (is(after, "later") || is(after, "earlier")) {
            if (amount < 0 || amount != std::floor(amount)) return m;
            m.end = after + 1;
            m.m.mod = mod;
            m.m.anchor = Anchor::Previous;
            m.m.unit = u;
            m.m.offset = (is(after, "later") ? 1 : -1) * static_cast<int>(amount);
            if (u == TimeUnit::Hour || u == TimeUnit::Minute || u == TimeUnit::Second) {
                m.m.unit = TimeUnit::Day;
                m.m.offset = 0;
            }
            return m;
        }
        return m;
    }

    // A period that a part can apply to: a year, a month [year], this/last/next year|month|week,
    // a season [year], a decade. Used after early/mid/late and "the end of".
    Match period_at(size_t i) const {
        Match best;
        for (Match m : {date_at(i), deictic_at(i), season_at(i), decade_at(i), year_pattern(i, true), month_alone_at(i, true)}) {
            if (!m.end || m.type != TimexType::Date) continue;
            if (m.m.day || m.m.weekday) continue;  // parts of days are not read here
            if (m.m.anchor == Anchor::Publication && !m.m.deictic_unit) continue;
            if (m.end > best.end) best = m;
        }
        return best;
    }

    // early/mid/late [-] period | the end/beginning/start/middle of period | earlier/later this year
    Match part_of_at(size_t i) const {
        Match m;
        size_t j;
        std::string_view part;
        if (cls(i) == TWC::Part && (is(i, "early") || is(i, "mid") || is(i, "late") || is(i, "middle"))) {
            part = W(i).code;
            j = i + 1;
            if (punct(j, '-') && attached(j)) ++j;
            if (is(i, "middle")) return m;
            if (j == i + 1 && !is(i, "mid")) {
                // "late Tuesday", "early yesterday", "late Friday night": a day and its part
                // (TimeML puts the modifier in the span, mod START/END; the value stays the day).
                Match day = weekday_pattern(j);
                if (!day.end) day = day_ref_at(j);
                if (day.end && day.m.anchor != Anchor::Reference) {
                    day.m.part = part;
                    return day;
                }
            }
        } else if ((is(i, "earlier") || is(i, "later")) && (is(i + 1, "this") || is(i + 1, "last") || is(i + 1, "next"))) {
            Match inner = deictic_at(i + 1);
            if (!inner.end || inner.type != TimexType::Date) return m;
            if (!inner.m.deictic_unit || inner.m.unit == TimeUnit::None) return m;
            // "earlier this year": the part of the year before publication (publication_side_of).
            if (is(i + 1, "this")) inner.m.part = is(i, "earlier") ? kUpToPublication : kFromPublication;
            return Match{inner.end, TimexType::Date, inner.m};
        } else if (is(i, "the") && (is(i + 1, "end") || is(i + 1, "beginning") || is(i + 1, "start") || is(i + 1, "middle") ||
                                    is(i + 1, "turn")) && is(i + 2, "of")) {
            part = is(i + 1, "end") ? "END" : is(i + 1, "middle") ? "MID" : "START";
            j = i + 3;
            // "the end of the year": the publication year
            bool plural = false;
            if (is(j, "the") && unit_at(j + 1, plural) != TimeUnit::None && !plural) {
                TimeUnit u = unit_at(j + 1, plural);
                if (u == TimeUnit::Year || u == TimeUnit::Month || u == TimeUnit::Week || u == TimeUnit::Decade) {
                    m.end = j + 2;
                    m.m.anchor = Anchor::Publication;
                    m.m.unit = u;
                    m.m.offset = 0;
                    m.m.deictic_unit = true;
                    m.m.part = part;
                    return m;
                }
                return m;
            }
        } else {
            return m;
        }
        Match inner = period_at(j);
        if (!inner.end) return m;
        inner.m.part = part;
        return Match{inner.end, TimexType::Date, inner.m};
    }

    // the first|second|third|fourth|last|final week of <a month>: one expression, a week of that
    // month ("the last week of March" is its last seven days), not "last week" and a month.
    Match week_of_month_at(size_t i) const {
        Match m;
        if (!is(i, "the")) return m;
        const size_t j = i + 1;
        std::string_view part;
        if (is(j, "last") || is(j, "final")) part = "WL";
        else if (cls(j) == TWC::Ordinal && W(j).value >= 1 && W(j).value <= 4) part = kWeekOfMonthParts[W(j).value - 1];
        else return m;
        if (!is(j + 1, "week") || !is(j + 2, "of")) return m;
        return month_with_part_at(j + 3, part);
    }
    static constexpr std::string_view kWeekOfMonthParts[] = {"W1", "W2", "W3", "W4"};

    // A month at token i ("October", "October 2023", "this month") with `part` of it, or no match.
    Match month_with_part_at(size_t i, std::string_view part) const {
        Match inner = period_at(i);
        if (!inner.end || inner.type != TimexType::Date || !inner.m.part.empty()) return {};
        const bool month = (inner.m.month && !inner.m.day) || (inner.m.deictic_unit && inner.m.unit == TimeUnit::Month);
        if (!month) return {};
        inner.m.part = part;
        return Match{inner.end, TimexType::Date, inner.m};
    }

    // The first or second half of a month, its first or last two or three weeks: "the second half
    // of October", "the last two weeks of October", "the first three weeks of May" (parts of
    // kDaysOfMonth; the value stays the month's, the interval is those days). Without "of" and a
    // month ("the second half", "the last two weeks") they are other patterns' (a half-year, a span).
    Match days_of_month_at(size_t i) const {
        Match m;
        if (!is(i, "the")) return m;
        size_t j = i + 1;
        std::string_view part;
        if (cls(j) == TWC::Ordinal && is(j + 1, "half") && (W(j).value == 1 || W(j).value == 2)) {
            part = W(j).value == 1 ? "H1" : "H2";
            j += 2;
        } else if ((is(j, "first") || is(j, "last") || is(j, "final")) && (is(j + 1, "two") || is(j + 1, "three")) &&
                   is(j + 2, "weeks")) {
            part = is(j, "first") ? (is(j + 1, "two") ? "F14" : "F21") : (is(j + 1, "two") ? "L14" : "L21");
            j += 3;
        } else {
            return m;
        }
        return is(j, "of") ? month_with_part_at(j + 1, part) : m;
    }

    // Is a year written at token k ("first half 2023")?
    bool ok_year_after(size_t k) const {
        size_t y;
        return year_at(k, y) != 0;
    }

    // Does the text around token i tell of a game ("Rodri's second-half goal", "limped off in the
    // first half" after "hit the bar with a header")? Then a half with no year is the game's, not
    // the year's. Words of play within sixty tokens either way; "game" and "match" are not among
    // them (a video game's sales, matching forecasts).
    bool tells_of_a_game(size_t i) const {
        static constexpr std::string_view kPlay[] = {  // (hyphened words are tokens apart: not "half-time")
            "goal",      "goals",     "scored",    "scorer",     "penalty",  "penalties", "header",      "striker",
            "goalkeeper", "halftime", "equaliser", "equalizer",  "equalise", "equalize",  "equalised",   "equalized",
            "referee",   "touchdown", "touchdowns", "innings",   "wicket",   "quarterback", "midfielder", "defender"};
        const size_t from = i > 60 ? i - 60 : 0, to = std::min(t_.size(), i + 60);
        for (size_t k = from; k < to; ++k) {
            if (!t_[k].is_word()) continue;
            const std::string_view w = lw(k);
            if (std::find(std::begin(kPlay), std::end(kPlay), w) != std::end(kPlay)) return true;
        }
        return false;
    }

    // [the] first|second|third|fourth|final|last quarter [of year|this year|last year]; Q1 [2017];
    // third-quarter; the first|second half [of year]
    Match quarter_at(size_t i) const {
        Match m;
        size_t j = i;
        if (is(j, "the")) ++j;
        int q = 0;
        bool half = false;
        int deictic = 0;
        bool has_deictic = false;
        if (cls(j) == TWC::Ordinal && (is(j + 1, "quarter") || is(j + 1, "half") ||
                                       (punct(j + 1, '-') && attached(j + 1) && (is(j + 2, "quarter") || is(j + 2, "half"))))) {
            q = W(j).value;
            if (q == -1) q = 4;
            half = is(j + 1, "half") || is(j + 2, "half");  // "first-half profit" too
            j += punct(j + 1, '-') ? 3 : 2;
        } else if ((is(j, "last") || is(j, "this") || is(j, "next") || is(j, "current") || is(j, "previous") ||
                    is(j, "past")) && is(j + 1, "quarter")) {
            has_deictic = true;
            deictic = is(j, "last") || is(j, "previous") || is(j, "past") ? -1 : is(j, "next") ? 1 : 0;
            j += 2;
            if (j == i + 2 && !is(i, "the")) return m;  // "last quarter" without "the" is handled by deictic_at
            if (is(j, "of")) return m;
        } else if (ok(j) && t_[j].is_word() && t_[j].end - t_[j].start == 2 && (text_[t_[j].start] == 'Q') &&
                   text_[t_[j].start + 1] >= '1' && text_[t_[j].start + 1] <= '4') {
            q = text_[t_[j].start + 1] - '0';
            ++j;
        } else {
            return m;
        }
        if (half && (q < 1 || q > 2)) return m;
        if (half && !is(j, "of") && !ok_year_after(j) && tells_of_a_game(i)) return m;  // "a second-half goal"
        if (!has_deictic && (q < 1 || q > 4)) return m;
        m.type = TimexType::Date;
        m.end = j;
        if (has_deictic) {
            m.m.anchor = Anchor::Publication;
            m.m.unit = TimeUnit::Quarter;
            m.m.offset = deictic;
            m.m.deictic_unit = true;
            return m;
        }
        (half ? m.m.half : m.m.quarter) = q;
        m.m.anchor = Anchor::Tense;
        size_t k = j;
        if (is(k, "of")) ++k;
        size_t y;
        if (int year = year_at(k, y)) {
            m.m.year = year;
            m.m.anchor = Anchor::Absolute;
            m.end = y;
        } else if (is(j, "of") && (is(k, "this") || is(k, "last") || is(k, "next")) && is(k + 1, "year")) {
            m.m.anchor = Anchor::Publication;
            m.m.relative_year = true;
            m.m.year_offset = W(k).value;
            m.end = k + 2;
        } else if (is(j, "of") && is(k, "the") && is(k + 1, "year")) {
            m.m.anchor = Anchor::Publication;
            m.m.relative_year = true;
            m.m.year_offset = 0;
            m.end = k + 2;
        } else if (is(j, "of") && (is(k, "the") || is(k, "its") || is(k, "their") || is(k, "this")) &&
                   (is(k + 1, "financial") || is(k + 1, "fiscal")) && is(k + 2, "year")) {
            m.m.fiscal = true;  // "the first quarter of the financial year": a company's quarter (by_tense)
            m.end = k + 3;
        } else if (i > 0 && is(i - 1, "fiscal")) {
            m.m.fiscal = true;  // "its fiscal first quarter"
        }
        return m;
    }

    // [the|this|last|next] season [of year] | season year | that season | the season of that year
    Match season_at(size_t i) const {
        Match m;
        size_t j = i;
        const bool the = is(i, "the"), that = is(i, "that");
        if (the || that) ++j;
        if (cls(j) != TWC::Season) return m;
        m.m.season = W(j).code;
        size_t k = j + 1;
        if (is(k, "of")) ++k;
        size_t y;
        if (int year = year_at(k, y)) {
            m.m.year = year;
            m.m.anchor = Anchor::Absolute;
            m.end = y;
            return m;
        }
        // "that summer", "the summer of that year": the season in the year of the date told before it.
        const size_t after_year = the && is(j + 1, "of") ? previous_year_at(j + 2) : 0;
        // Not "that" opening what was said, with the season its subject ("said that spring was early").
        static constexpr std::string_view kSaying[] = {"said", "says", "say", "told", "believe", "believed", "think", "thought",
                                                       "know", "knew", "hope", "hoped", "expect", "expected", "warned", "noted",
                                                       "added", "announced", "predicted", "forecast", "feared", "so", "such"};
        static constexpr std::string_view kVerbs[] = {"is", "was", "were", "are", "will", "would", "has", "had", "could",
                                                      "should", "may", "might", "came", "comes", "brought", "brings", "saw"};
        const std::string_view before_that = i > 0 ? lw(i - 1) : std::string_view{};
        const std::string_view after_season = ok(j + 1) ? lw(j + 1) : std::string_view{};
        if (that && (std::find(std::begin(kSaying), std::end(kSaying), before_that) != std::end(kSaying) ||
                     std::find(std::begin(kVerbs), std::end(kVerbs), after_season) != std::end(kVerbs)))
            return m;
        if (that || after_year) {
            m.m.year_of_previous = true;
            m.m.anchor = Anchor::Previous;
            m.end = that ? j + 1 : after_year;
            return m;
        }
        // A bare season needs "the" or a signal before it; "fall" always needs "the".
        const std::string_view p = prev_word(the ? j - 1 + 0 : j);
        const bool signal = the || (!p.empty() && (p == "in" || p == "during" || p == "since" || p == "until" || p == "by" ||
                                                    p == "early" || p == "late" || p == "this" || p == "last" || p == "next"));
        if (!signal || (is(j, "fall") && !the)) return m;
        if (the && is(j + 1, "of")) return m;  // "the summer of discontent"
        m.end = j + 1;
        m.m.anchor = Anchor::Tense;
        return m;
    }

    // 1990s | the '90s | the 90s | the 19th century | the twentieth century
    Match decade_at(size_t i) const {
        Match m;
        size_t j = i;
        const bool the = is(i, "the");
        if (the) ++j;
        // "the 1980's": a decade written with an apostrophe, as older news writes it (not the year 1980).
        // Asked only after a number that could be a decade (asked at every token, it mispredicts).
        auto apostrophe = [&] {
            return ok(j + 2) && (punct(j + 1, '\'') || punct(j + 1, 0x2019)) && attached(j + 1) && attached(j + 2) &&
                   t_[j + 2].is_word() && lw(j + 2) == "s";
        };
        if (number(j) && (t_[j].digits == 4 || t_[j].digits == 2) && t_[j].value % 10 == 0 && ok(j + 1) && attached(j + 1) &&
            ((t_[j + 1].is_word() && lw(j + 1) == "s") || (t_[j].digits == 4 && apostrophe()))) {
            int v = static_cast<int>(t_[j].value);
            if (t_[j].digits == 2) {
                if (!the && !(i > 0 && (is(i - 1, "the") || is(i - 1, "and")))) return m;  // "in his 70s" is an age
                v += 1900;
            }
            if (v < 1000) return m;
            m.end = j + (t_[j + 1].is_word() ? 2 : 3);
            m.m.anchor = Anchor::Absolute;
            m.m.decade = v / 10;
            return m;
        }
        if ((punct(j, '\'') || punct(j, 0x2019)) && number(j + 1) && attached(j + 1) && t_[j + 1].digits == 2 &&
            t_[j + 1].value % 10 == 0 && ok(j + 2) && attached(j + 2) && lw(j + 2) == "s") {
            m.end = j + 3;
            m.m.anchor = Anchor::Absolute;
            m.m.decade = (1900 + static_cast<int>(t_[j + 1].value)) / 10;
            return m;
        }
        if (the) {
            // "the eighties", "the nineties": decades of the 20th century, as news writes them.
            static constexpr std::string_view kDecades[] = {"twenties", "thirties", "forties", "fifties",
                                                            "sixties",  "seventies", "eighties", "nineties"};
            for (size_t d = 0; d < std::size(kDecades); ++d)
                if (is(j, kDecades[d])) {
                    m.end = j + 1;
                    m.m.anchor = Anchor::Absolute;
                    m.m.decade = 192 + static_cast<int>(d);
                    return m;
                }
        }
        if (the && ((number(j) && t_[j].ordinal) || cls(j) == TWC::Ordinal) && is(j + 1, "century")) {
            const int c = number(j) ? static_cast<int>(t_[j].value) : W(j).value;
            if (c < 1 || c > 30) return m;
            m.end = j + 2;
            m.m.anchor = Anchor::Absolute;
            m.m.century = c - 1;
            return m;
        }
        return m;
    }

    // A year alone: 2014. Must look like a date: a signal before it or nothing count-like after it.
    // `inside` = part of a larger expression ("early 2014"), which is signal enough.
    Match year_pattern(size_t i, bool inside = false) const {
        Match m;
        size_t k;
        int year = year_at(i, k);
        if (!year) {
            // '82 after "since"/"in"
            if ((punct(i, '\'') || punct(i, 0x2019)) && number(i + 1) && attached(i + 1) && t_[i + 1].digits == 2 &&
                !(ok(i + 2) && attached(i + 2) && t_[i + 2].is_word()) && (is(i - 1, "since") || is(i - 1, "in"))) {
                m.end = i + 2;
                m.m.anchor = Anchor::Absolute;
                m.m.year = 1900 + static_cast<int>(t_[i + 1].value);  // resolved against the publication year later
                m.m.offset = 100;  // marks a two-digit year
                return m;
            }
            return m;
        }
        if (!inside) {
            const std::string_view p = prev_word(i);
            if (i > 0 && (t_[i - 1].is('$') || t_[i - 1].is(0x00A3) || t_[i - 1].is(0x20AC) || t_[i - 1].is('#'))) return m;
            if (p == "no" || p == "number" || p == "flight" || p == "route" || p == "room" || p == "page" || p == "about" ||
                p == "some" || p == "nearly" || p == "over" || p == "than" || p == "almost" || p == "least")
                return m;
            const bool signal = !p.empty() && is_date_signal(p);
            // "Russell 2000 Index", "Euro 2016", "Windows 2000": a name, not a year.
            if (!signal && i > 0 && t_[i - 1].is_word() && t_[i - 1].capitalised && cls(i - 1) == TWC::None) return m;
            // "2014 fighters": a count. A plural word right after a bare year makes it a number.
            if (!signal && ok(k) && t_[k].is_word() && !t_[k].capitalised && lw(k).size() > 3 && lw(k).back() == 's' &&
                !lw(k).ends_with("'s"))
                return m;
            if (ok(k) && (t_[k].is('%') || is(k, "percent") || is(k, "per"))) return m;
            // "1,000-2,000", "2014-2016": ranges of years are two dates; "1000 km" is not a year.
            if (year < 1800 && !signal) return m;
        }
        m.end = k;
        m.m.anchor = Anchor::Absolute;
        m.m.year = year;
        return m;
    }

    // A month alone ("in May", "a January bombing"): resolved by tense.
    Match month_alone_at(size_t i, bool inside = false) const {
        Match m;
        size_t k;
        int month = month_at(i, k);
        if (!month || cls(i) != TWC::Month) return m;
        if (!inside && month != 5 && month != 3) {
            // Capitalised month names are months; "June" as a first name is rare in news.
        }
        m.end = i + 1;
        m.m.anchor = Anchor::Tense;
        m.m.month = month;
        return m;
    }

    // now, currently, recently, the past, the future, at present, the time being...
    Match ref_at(size_t i) const {
        Match m;
        m.m.anchor = Anchor::Reference;
        if (is(i, "right") && is(i + 1, "now")) {
            m.end = i + 2;
            m.m.reference = "PRESENT_REF";
            return m;
        }
        if (is(i, "very") && is(i + 1, "soon")) {
            m.end = i + 2;
            m.m.reference = "FUTURE_REF";
            return m;
        }
        if (is(i, "the") && (is(i + 1, "past") || is(i + 1, "future"))) {
            size_t k;
            double a;
            bool plural;
            if (amount_at(i + 2, k, a) || unit_at(i + 2, plural) != TimeUnit::None) return m;
            if (ok(i + 2) && t_[i + 2].is_word() && !is(i + 2, "and") && !is(i + 2, "or") && !is(i + 2, "as") && is(i + 1, "past"))
                return m;  // "the past decade", "the past tense"
            m.end = i + 2;
            m.m.reference = is(i + 1, "past") ? "PAST_REF" : "FUTURE_REF";
            return m;
        }
        if (is(i, "the") && is(i + 1, "near") && is(i + 2, "future")) {
            m.end = i + 3;
            m.m.reference = "FUTURE_REF";
            return m;
        }
        if (is(i, "the") && (is(i + 1, "long") || is(i + 1, "near") || is(i + 1, "short")) && is(i + 2, "term")) {
            m.end = i + 3;
            m.m.reference = "FUTURE_REF";
            return m;
        }
        if (is(i, "the") && is(i + 1, "time") && is(i + 2, "being")) {
            m.end = i + 3;
            m.m.reference = "PRESENT_REF";
            return m;
        }
        if (is(i, "present") && is(i - 1, "at")) {
            m.end = i + 1;
            m.m.reference = "PRESENT_REF";
            return m;
        }
        if (is(i, "current")) {
            bool plural;
            if (unit_at(i + 1, plural) != TimeUnit::None) return m;  // "the current year": deictic_at
            m.end = i + 1;
            m.m.reference = "PRESENT_REF";
            return m;
        }
        if (cls(i) != TWC::Ref) return m;
        if (is(i, "now") && (is(i + 1, "that") || punct(i - 1, '-') || (punct(i + 1, '-') && attached(i + 1)))) return m;
        if (is(i, "soon") || is(i, "future")) return m;  // only "very soon", "the future"
        if (is(i, "recent")) {
            bool plural;
            if (unit_at(i + 1, plural) != TimeUnit::None) return m;  // "recent years": a duration
        }
        m.end = i + 1;
        m.m.reference = W(i).code;
        return m;
    }

    // amount unit(s) | amount-unit (adjective) | bare plural units after a signal
    Match duration_at(size_t i) const {
        Match m;
        m.type = TimexType::Duration;
        size_t j = i;
        std::string_view mod;
        if (cls(i) == TWC::Approx || is(i, "just") || (is(i, "over") && !is(i + 1, "the"))) {
            mod = is(i, "over") ? "MORE_THAN" : is(i, "just") ? "" : W(i).code;
            j = i + 1;
        }
        size_t k;
        double amount;
        bool plural = false;
        if (amount_at(j, k, amount)) {
            const bool a_an = is(j, "a") || is(j, "an");
            // amount-unit adjective: "five-year", "12-hour"; "850-year-old" is an age, not a duration.
            if (punct(k, '-') && attached(k) && attached(k + 1)) {
                TimeUnit u = unit_at(k + 1, plural);
                if (u == TimeUnit::None || plural || amount < 0) return Match{};
                if (punct(k + 2, '-') && attached(k + 2) && (is(k + 3, "old") || is(k + 3, "olds"))) return Match{};
                m.end = k + 2;
                m.m.amount = amount;
                m.m.amount_unit = u;
                m.m.mod = mod;
                return m;
            }
            TimeUnit u = unit_at(k, plural);
            if (u == TimeUnit::None && !a_an) {
                // "six straight days", "two consecutive quarters", "three full years"
                static constexpr std::string_view kBetween[] = {"straight", "consecutive", "successive", "full", "whole",
                                                                "more", "additional", "extra", "long", "short", "further"};
                for (std::string_view w : kBetween)
                    if (is(k, w)) {
                        TimeUnit v = unit_at(k + 1, plural);
                        if (v != TimeUnit::None && (plural || amount == 1)) {
                            u = v;
                            ++k;
                        }
                        break;
                    }
            }
            if (u == TimeUnit::None || u == TimeUnit::Weekend) return Match{};
            if (a_an && (u == TimeUnit::Quarter || (u == TimeUnit::Second && ok(k + 1) && t_[k + 1].is_word())))
                return Match{};  // "about a quarter of its dealers", "a second consecutive day"
            // "three quarters of its value", "two thirds of the": a share, not a span of quarters.
            if (u == TimeUnit::Quarter && is(k + 1, "of") &&
                (is(k + 2, "its") || is(k + 2, "the") || is(k + 2, "their") || is(k + 2, "all") || is(k + 2, "his") ||
                 is(k + 2, "her") || is(k + 2, "a") || is(k + 2, "an") || is(k + 2, "our") || is(k + 2, "this")))
                return Match{};
            if (a_an && !plural && (is(k + 1, "after") || is(k + 1, "before"))) {
                m.end = k + 1;  // "a day after Chrysler...": a duration and a signal
                m.m.amount = 1;
                m.m.amount_unit = u;
                m.m.mod = mod;
                return m;
            }
            if (a_an && !plural) {
                // "a week" is a duration after "for", "in", "within", "than", "over", "after",
                // "about", "nearly", "almost", "spent", "took", "lasted"; "twice a week" is a set.
                const std::string_view p = j > 0 ? lw(j - 1) : std::string_view{};
                static constexpr std::string_view kDurationSignals[] = {"for", "in", "within", "than", "over", "after",
                                                                        "about", "nearly", "almost", "spent", "took",
                                                                        "lasted", "last", "around", "just", "only"};
                bool signal = false;
                for (std::string_view s : kDurationSignals) signal |= p == s;
                if (!signal) return Match{};
            }
            if (!a_an && amount >= 0 && amount != 1 && !plural && !(amount == 0.5)) {
                // "a 20 year low", "a four day week": an adjective without its hyphen.
                if (!(ok(k + 1) && t_[k + 1].is_word() && !t_[k + 1].capitalised && !is(k + 1, "of") && !is(k + 1, "old") &&
                      cls(k + 1) == TWC::None))
                    return Match{};
            }
            if (amount == 1 && plural && !a_an) return Match{};
            m.end = k + 1;
            m.m.amount = amount;
            m.m.amount_unit = u;
            m.m.mod = mod;
            // "a year and a half"
            if (is(m.end, "and") && is(m.end + 1, "a") && is(m.end + 2, "half")) {
                m.m.amount += 0.5;
                m.end += 3;
            }
            return m;
        }
        // Bare plural units after a signal: "for years", "in recent years", "over the years", "in minutes".
        size_t u_at = j;
        if (is(j, "recent")) u_at = j + 1;
        if (is(j, "the") && is(j + 1, "years") && is(j - 1, "over")) u_at = j + 1;
        TimeUnit u = unit_at(u_at, plural);
        if (u == TimeUnit::None || !plural || u == TimeUnit::Weekend) return Match{};
        const std::string_view p = i > 0 ? lw(i - 1) : std::string_view{};
        const bool long_adjective = punct(u_at + 1, '-') && attached(u_at + 1) && is(u_at + 2, "long");
        if (!(p == "for" || p == "in" || p == "within" || p == "over" || p == "after" || p == "than" || p == "years" ||
              u_at > j || long_adjective))
            return Match{};
        if (ok(u_at + 1) && (cls(u_at + 1) == TWC::Ago || is(u_at + 1, "of"))) return Match{};
        m.end = u_at + 1;
        if (punct(u_at + 1, '-') && attached(u_at + 1) && is(u_at + 2, "long")) m.end = u_at + 3;  // "decades-long"
        m.m.amount = -1;
        m.m.amount_unit = u;
        return m;
    }

    // every/each [other] unit|weekday|part of day; daily, weekly, annual...; once/twice/N times a unit
    Match set_at(size_t i) const {
        Match m;
        m.type = TimexType::Set;
        bool plural;
        if (cls(i) == TWC::Every) {
            size_t j = i + 1;
            if (is(j, "other")) ++j;
            TimeUnit u = unit_at(j, plural);
            size_t k;
            if (u != TimeUnit::None && !plural) {
                m.end = j + 1;
                m.m.amount = j > i + 1 ? 2 : 1;
                m.m.amount_unit = u;
                return m;
            }
            if (int wd = weekday_at(j, k); wd && cls(j) == TWC::Weekday) {
                m.end = k;
                m.m.weekday = wd;
                return m;
            }
            // "every two years", "every 10 minutes": the period is the amount of units (P2Y).
            double amount = 0;
            if (j == i + 1 && !is(j, "a") && !is(j, "an") && amount_at(j, k, amount) && amount > 1 &&
                amount == std::floor(amount)) {
                u = unit_at(k, plural);
                if (u != TimeUnit::None && u != TimeUnit::Weekend && plural) {
                    m.end = k + 1;
                    m.m.amount = amount;
                    m.m.amount_unit = u;
                    return m;
                }
            }
            if (cls(j) == TWC::PartOfDay) {
                m.end = j + 1;
                m.m.part_of_day = W(j).code;
                return m;
            }
            return Match{};
        }
        if (cls(i) == TWC::SetAdverb) {
            m.end = i + 1;
            m.m.set_value = W(i).code;
            return m;
        }
        if ((is(i, "a") || is(i, "per")) && rate_before(i) && unit_at(i + 1, plural) != TimeUnit::None && !plural) {
            m.end = i + 2;  // "a rate of 15 a year", "3% a year", "$2 billion a year"
            m.m.amount = 1;
            m.m.amount_unit = unit_at(i + 1, plural);
            return m;
        }
        if ((is(i, "once") || is(i, "twice") || (cls(i) == TWC::Number && is(i + 1, "times"))) ) {
            size_t j = is(i + 1, "times") ? i + 2 : i + 1;
            if ((is(j, "a") || is(j, "per") || is(j, "every")) && unit_at(j + 1, plural) != TimeUnit::None && !plural) {
                m.end = j + 2;
                m.m.amount = 1;
                m.m.amount_unit = unit_at(j + 1, plural);
                return m;
            }
        }
        return Match{};
    }

    // Is the token before i an amount that "a year" / "per week" makes a rate of? A number, a
    // percent sign, or a word ending an amount ("5 percent", "$2 billion", "300 dollars").
    bool rate_before(size_t i) const {
        if (i == 0) return false;
        const Token& t = t_[i - 1];
        if (t.is_number() || t.is('%')) return true;
        if (!t.is_word()) return false;
        static constexpr std::string_view kAmountEnds[] = {"percent", "million", "billion", "trillion", "dollars",
                                                           "cents", "euros", "pounds", "tons", "barrels"};
        const std::string_view w = lw(i - 1);
        for (std::string_view a : kAmountEnds)
            if (w == a) return i > 1 && (t_[i - 2].is_number() || cls(i - 2) == TWC::Number);
        return false;
    }

    // A holiday by its name, its year by tense or written after it: days fixed in the calendar
    // ("Christmas Day", "New Year's Eve", "Halloween", "Valentine's Day", "St Patrick's Day",
    // "Bastille Day", "Armistice Day") and feasts whose day moves with the year ("Thanksgiving",
    // the fourth Thursday of November; "Black Friday" the day after; "Labor Day", "Memorial Day";
    // "Easter Sunday", "Good Friday", "Easter Monday" from Easter). Names one country keeps on
    // another day are the ones English-language news means by them (the US's Thanksgiving and
    // Labor Day). Not a day where the name names something else: "Christmas Island", "the Easter
    // Rising", "Easter eggs", "the Good Friday Agreement". Holidays of a lunar calendar (Ramadan,
    // Eid, Passover, the Lunar New Year) are not read: their days need tables of their own.
    Match holiday_at(size_t i) const {
        Match m;
        if (!ok(i) || !t_[i].capitalised) return m;
        enum Rule : uint8_t { Fixed, NthWeekday, Easter };
        struct Holiday {
            std::string_view words[3];  // lower-case, "" past the last
            Rule rule;
            int month, day;  // Fixed: the day; NthWeekday: the month, and `day` the weekday
            int nth, shift;  // NthWeekday: which one (-1: the last); both: days moved after
        };
        static constexpr Holiday kHolidays[] = {
            {{"christmas", "eve"}, Fixed, 12, 24, 0, 0},       {{"christmas", "day"}, Fixed, 12, 25, 0, 0},
            {{"christmas"}, Fixed, 12, 25, 0, 0},              {{"new", "year's", "day"}, Fixed, 1, 1, 0, 0},
            {{"new", "year's", "eve"}, Fixed, 12, 31, 0, 0},   {{"halloween"}, Fixed, 10, 31, 0, 0},
            {{"boxing", "day"}, Fixed, 12, 26, 0, 0},          {{"valentine's", "day"}, Fixed, 2, 14, 0, 0},
            {{"patrick's", "day"}, Fixed, 3, 17, 0, 0},        {{"bastille", "day"}, Fixed, 7, 14, 0, 0},
            {{"armistice", "day"}, Fixed, 11, 11, 0, 0},       {{"veterans", "day"}, Fixed, 11, 11, 0, 0},
            {{"remembrance", "day"}, Fixed, 11, 11, 0, 0},     {{"juneteenth"}, Fixed, 6, 19, 0, 0},
            {{"anzac", "day"}, Fixed, 4, 25, 0, 0},            {{"guy", "fawkes", "night"}, Fixed, 11, 5, 0, 0},
            {{"bonfire", "night"}, Fixed, 11, 5, 0, 0},        {{"thanksgiving", "day"}, NthWeekday, 11, 4, 4, 0},
            {{"thanksgiving"}, NthWeekday, 11, 4, 4, 0},       {{"black", "friday"}, NthWeekday, 11, 4, 4, 1},
            {{"cyber", "monday"}, NthWeekday, 11, 4, 4, 4},    {{"labor", "day"}, NthWeekday, 9, 1, 1, 0},
            {{"memorial", "day"}, NthWeekday, 5, 1, -1, 0},    {{"remembrance", "sunday"}, NthWeekday, 11, 7, 2, 0},
            {{"easter", "sunday"}, Easter, 0, 0, 0, 0},        {{"easter", "day"}, Easter, 0, 0, 0, 0},
            {{"easter", "monday"}, Easter, 0, 0, 0, 1},        {{"easter"}, Easter, 0, 0, 0, 0},
            {{"good", "friday"}, Easter, 0, 0, 0, -2},         {{"palm", "sunday"}, Easter, 0, 0, 0, -7},
            {{"maundy", "thursday"}, Easter, 0, 0, 0, -3},     {{"ash", "wednesday"}, Easter, 0, 0, 0, -46},
            {{"shrove", "tuesday"}, Easter, 0, 0, 0, -47},     {{"pentecost"}, Easter, 0, 0, 0, 49},
        };
        // "St Patrick's Day", "St. Patrick's Day", "Saint Patrick's Day": the saint's title before.
        size_t first = i;
        if (is(i, "st") || is(i, "saint")) {
            first = punct(i + 1, '.') && attached(i + 1) ? i + 2 : i + 1;
            if (size_t at = first; !word_at(at, "patrick's")) return m;
        }
        if (!capital(first)) return m;
        for (const Holiday& h : kHolidays) {
            size_t end = first;
            for (std::string_view w : h.words) {
                if (w.empty()) break;
                if (!word_at(end, w)) { end = 0; break; }
            }
            if (!end) continue;
            if (names_something_else(end)) return m;
            m.end = end;
            m.m.anchor = Anchor::Tense;
            if (h.rule == Fixed) {
                m.m.month = h.month;
                m.m.day = h.day;
            } else {
                m.m.feast = true;
                m.m.month = h.month;
                m.m.feast_nth = h.nth;
                m.m.feast_weekday = h.day;
                m.m.feast_shift = h.shift;
            }
            size_t y;
            if (int year = year_at(end, y)) {
                m.m.year = year;
                m.m.anchor = Anchor::Absolute;
                m.end = y;
            } else if (relative_year_at(end)) {  // "Christmas Eve last year"
                m.m.relative_year = true;
                m.m.year_offset = W(end).value;
                m.m.anchor = Anchor::Publication;
                m.end = end + 2;
            }
            return m;
        }
        return m;
    }
    // Is lower-case word `w` at token `at` (moved past it)? A possessive is two tokens, as the
    // tokenizer parts them: "year's" is "Year" and "'s" (or "’s").
    bool word_at(size_t& at, std::string_view w) const {
        if (!w.ends_with("'s")) return is(at, w) && ++at;
        const size_t s = at + 1;
        if (!is(at, w.substr(0, w.size() - 2)) || !ok(s) || !attached(s) || !(lw(s) == "'s" || lw(s) == "\xE2\x80\x99s"))
            return false;
        at += 2;
        return true;
    }
    // Does the word after a holiday's name make the whole the name of something else: a place
    // ("Christmas Island"), an event of history ("the Easter Rising", "the Good Friday
    // Agreement"), a thing ("Easter eggs")?
    bool names_something_else(size_t end) const {
        static constexpr std::string_view kNames[] = {"island", "islands", "rising", "uprising", "agreement", "accord",
                                                      "accords", "egg", "eggs", "bunny", "offensive", "carol", "carols"};
        for (std::string_view w : kNames)
            if (is(end, w)) return true;
        return false;
    }

    // A fiscal year named by its number: "fiscal 2009", "fiscal year 2009", "fiscal-2009", "FY2009".
    // TimeML writes it FY2009: a company's year, which need not start in January.
    Match fiscal_year_at(size_t i) const {
        Match m;
        size_t j = i, k;
        size_t f = is(i, "the") ? i + 1 : i;
        if (cls(f) == TWC::Deictic && is(f + 1, "fiscal") && is(f + 2, "year") && !is(f, "past") && !is(f, "coming")) {
            // "this fiscal year", "the current fiscal year", "last fiscal year": counted from the
            // publication year (a company's fiscal year may end in it or the next; the
            // publication year is the plain reading).
            if (f > i && !is(f, "current") && !is(f, "next") && !is(f, "last")) return m;
            m.end = f + 3;
            m.m.anchor = Anchor::Publication;
            m.m.relative_year = true;
            m.m.year_offset = W(f).value;
            m.m.fiscal = true;
            return m;
        }
        if (is(i, "fiscal")) {
            j = i + 1;
            if (punct(j, '-') && attached(j)) ++j;
            else if (is(j, "year")) ++j;
        } else if (is(i, "fy") && text_[t_[i].start] == 'F' && attached(i + 1) && year_at(i + 1, k)) {
            m.end = k;  // "FY2009" read as two tokens
            m.m.anchor = Anchor::Absolute;
            m.m.year = year_at(i + 1, k);
            m.m.fiscal = true;
            return m;
        } else if (ok(i) && t_[i].is_word() && t_[i].end - t_[i].start == 6 && lw(i).starts_with("fy") &&
                   text_[t_[i].start] == 'F') {
            // "FY2009" is one word token: read its four digits.
            int year = 0;
            for (size_t c = t_[i].start + 2; c < t_[i].end; ++c) {
                if (text_[c] < '0' || text_[c] > '9') return m;
                year = year * 10 + (text_[c] - '0');
            }
            if (year < 1000 || year > 2999) return m;
            m.end = i + 1;
            m.m.anchor = Anchor::Absolute;
            m.m.year = year;
            m.m.fiscal = true;
            return m;
        } else {
            return m;
        }
        const int year = year_at(j, k);
        if (!year) return m;
        m.end = k;
        m.m.anchor = Anchor::Absolute;
        m.m.year = year;
        m.m.fiscal = true;
        return m;
    }

    // A year's quarter or half in the possessive: "1990's second half", "last year's fourth
    // quarter", "this year's first quarter": one date, the quarter of that year.
    Match possessive_period_at(size_t i) const {
        Match m;
        size_t k = 0;
        Match head;
        if (int year = year_at(i, k)) {
            head.end = k;
            head.m.anchor = Anchor::Absolute;
            head.m.year = year;
        } else {
            head = deictic_at(i);
            if (!head.end || head.m.unit != TimeUnit::Year || head.m.anchor != Anchor::Publication) return m;
        }
        // The possessive is one token after a word ("year's") and two after a number ("1990" "'" "s").
        size_t s = head.end;
        if ((is(s, "'s") || is(s, "\xE2\x80\x99s")) && attached(s)) s += 1;
        else if ((punct(s, '\'') || punct(s, 0x2019)) && attached(s) && is(s + 1, "s") && attached(s + 1)) s += 2;
        else return m;
        Match period = quarter_at(s);
        if (!period.end || period.m.anchor != Anchor::Tense || (!period.m.quarter && !period.m.half)) return m;
        m = period;
        if (head.m.anchor == Anchor::Absolute) {
            m.m.anchor = Anchor::Absolute;
            m.m.year = head.m.year;
        } else {
            m.m.anchor = Anchor::Publication;
            m.m.relative_year = true;
            m.m.year_offset = head.m.offset;
        }
        return m;
    }

    // "the year-earlier quarter", "the year-ago period", "year-earlier": the same period a year
    // before the date the text is talking about (earnings news compares each period with it).
    Match year_earlier_at(size_t i) const {
        Match m;
        size_t j = is(i, "the") ? i + 1 : i;
        if (!(is(j, "year") && punct(j + 1, '-') && attached(j + 1) && attached(j + 2) &&
              (is(j + 2, "earlier") || is(j + 2, "ago"))))
            return m;
        size_t end = j + 3;
        static constexpr std::string_view kPeriods[] = {"period", "quarter", "month", "week", "day", "year", "half"};
        bool period = false;
        for (std::string_view p : kPeriods) period |= is(end, p);
        if (period) ++end;
        else if (j > i) return m;  // "the year-earlier figure": only the adjective is the time
        m.end = end;
        m.m.anchor = Anchor::Previous;
        m.m.unit = TimeUnit::None;  // the granularity of the date before it
        m.m.offset = -1;
        m.m.same_period = true;
        return m;
    }

    // "the same period last year", "the same month a year ago", "the same quarter of the previous
    // year": one expression (TimeML), the period the text is talking about a year back. The unit
    // named (month, quarter, week, day) gives the granularity; "period" takes the previous date's.
    Match same_period_last_year_at(size_t i) const {
        Match m;
        if (!is(i, "the") || !is(i + 1, "same")) return m;
        bool plural = false;
        TimeUnit u = unit_at(i + 2, plural);
        if (plural || !(is(i + 2, "period") || u == TimeUnit::Month || u == TimeUnit::Quarter || u == TimeUnit::Week ||
                        u == TimeUnit::Day))
            return m;
        size_t j = i + 3;
        if (is(j, "of") || is(j, "in")) ++j;
        size_t end = 0;
        if (is(j, "last") && is(j + 1, "year")) end = j + 2;                                       // last year
        else if (is(j, "the") && (is(j + 1, "last") || is(j + 1, "previous") || is(j + 1, "prior")) && is(j + 2, "year"))
            end = j + 3;                                                                          // the previous year
        else if ((is(j, "a") || is(j, "one")) && is(j + 1, "year") && (is(j + 2, "earlier") || is(j + 2, "ago") || is(j + 2, "before")))
            end = j + 3;                                                                          // a year earlier
        else if (is(j, "the") && is(j + 1, "year") && (is(j + 2, "before") || is(j + 2, "earlier"))) end = j + 3;
        if (!end) return m;
        m.end = end;
        m.m.anchor = Anchor::Previous;
        m.m.unit = is(i + 2, "period") ? TimeUnit::None : u;
        m.m.offset = -1;
        m.m.same_period = true;
        return m;
    }

    // An age is a duration in TimeML: "25 years old", "a 25-year-old", "the six-month-old
    // company". The span covers "old"; the value is the length of life (P25Y).
    Match age_at(size_t i) const {
        Match m;
        size_t k;
        double amount;
        bool plural = false;
        if (!amount_at(i, k, amount) || amount <= 0 || is(i, "a") || is(i, "an")) return m;
        size_t u = k;
        const bool hyphenated = punct(k, '-') && attached(k) && attached(k + 1);
        if (hyphenated) ++u;
        const TimeUnit unit = unit_at(u, plural);
        if (unit == TimeUnit::None || unit == TimeUnit::Weekend) return m;
        size_t old = u + 1;
        if (hyphenated) {
            if (plural || !(punct(old, '-') && attached(old))) return m;
            ++old;
        } else if (!plural && amount != 1) {
            return m;
        }
        if (!is(old, "old") && !is(old, "olds")) return m;
        m.end = old + 1;
        m.type = TimexType::Duration;
        m.m.amount = amount;
        m.m.amount_unit = unit;
        return m;
    }

    // about/around/nearly + an expression: the modifier joins it ("almost two years").
    Match approx_at(size_t i) const {
        if (cls(i) != TWC::Approx) return Match{};
        Match inner = relative_at(i + 1);
        if (!inner.end) inner = duration_at(i + 1);
        if (!inner.end) return Match{};
        inner.m.mod = W(i).code;
        return inner;
    }

    std::string_view text_, lower_;
    const std::vector<Token>& t_;
    std::vector<const TimeWord*> words_;
    size_t too_long_ = 0;
};

}  // namespace

std::vector<TimeExpression> find_time_expressions(std::string_view text, std::string_view lower,
                                                  const std::vector<Token>& tokens, size_t* too_long) {
    Recognizer recognizer(text, lower, tokens);
    std::vector<TimeExpression> found = recognizer.run();
    if (too_long) *too_long = recognizer.too_long();
    return found;
}

// =============================================================================================
// Step 2: anchoring and normalisation
// =============================================================================================

namespace {

const char* const kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
const char* const kWeekdayNames[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

std::string two(int v) {
    char b[8];
    std::snprintf(b, sizeof b, "%02d", v);
    return b;
}
std::string four(int v) {
    char b[8];
    std::snprintf(b, sizeof b, "%04d", v);
    return b;
}

std::string long_date(const CivilDate& d) {
    return std::string(kWeekdayNames[iso_weekday(d) - 1]) + " " + std::to_string(d.day) + " " + kMonthNames[d.month - 1] + " " +
           std::to_string(d.year);
}

// Interval helpers (inclusive day numbers).
struct Interval {
    int64_t first = 0, last = 0;
    Precision precision = Precision::None;
    std::string value;
    int give_or_take_days = 0;  // an approximate day (TimeExpression::give_or_take_days)
};

Interval day_interval(const CivilDate& d) {
    const int64_t n = days_from_civil(d);
    return {n, n, Precision::Day, to_iso(d)};
}
Interval month_interval(int year, int month) {
    return {days_from_civil({year, month, 1}), days_from_civil({year, month, days_in_month(year, month)}), Precision::Month,
            four(year) + "-" + two(month)};
}
Interval year_interval(int year) {
    return {days_from_civil({year, 1, 1}), days_from_civil({year, 12, 31}), Precision::Year, four(year)};
}
Interval week_interval(int64_t any_day_of_week) {
    const CivilDate d = civil_from_days(any_day_of_week);
    const IsoWeek w = iso_week(d);
    const int64_t monday = monday_of_iso_week(w.year, w.week);
    return {monday, monday + 6, Precision::Week, four(w.year) + "-W" + two(w.week)};
}
Interval quarter_interval(int year, int q) {
    const int m1 = (q - 1) * 3 + 1;
    return {days_from_civil({year, m1, 1}), days_from_civil({year, m1 + 2, days_in_month(year, m1 + 2)}), Precision::Quarter,
            four(year) + "-Q" + std::to_string(q)};
}
Interval half_interval(int year, int h) {
    return {days_from_civil({year, h == 1 ? 1 : 7, 1}), days_from_civil({year, h == 1 ? 6 : 12, h == 1 ? 30 : 31}),
            Precision::Half, four(year) + "-H" + std::to_string(h)};
}
// Meteorological seasons of the northern hemisphere; winter Y is December Y to February Y+1.
Interval season_interval(int year, std::string_view s) {
    int m1 = 3;
    if (s == "SU") m1 = 6;
    else if (s == "FA") m1 = 9;
    else if (s == "WI") m1 = 12;
    const CivilDate end = add_months({year, m1, 1}, 2);
    return {days_from_civil({year, m1, 1}), days_from_civil({end.year, end.month, days_in_month(end.year, end.month)}),
            Precision::Season, four(year) + "-" + std::string(s)};
}
Interval decade_interval(int decade) {
    return {days_from_civil({decade * 10, 1, 1}), days_from_civil({decade * 10 + 9, 12, 31}), Precision::Decade,
            std::to_string(decade)};
}
Interval century_interval(int century) {
    const int y0 = std::max(1, century * 100);
    return {days_from_civil({y0, 1, 1}), days_from_civil({century * 100 + 99, 12, 31}), Precision::Century, two(century)};
}

bool is_publication_side(std::string_view part) { return part == kUpToPublication || part == kFromPublication; }

// Rule: "earlier this year" is what a reader gives, 1 January up to the day of publication, not
// the whole year (which runs past the day the text was written); "later this year" the day of
// publication to 31 December. Likewise for this month and this week, except that at a week's
// scale "earlier" ends the day before publication ("earlier this week" told on a Friday is Monday
// to Thursday: that day's news says "today"); told on the week's first day, it is that day.
// Returns whether the interval was cut short of publication (the week's case).
bool publication_side_of(Interval& iv, std::string_view part, int64_t publication) {
    if (publication < iv.first || publication > iv.last) return false;
    if (part == kUpToPublication) {
        const bool day_before = iv.precision == Precision::Week && publication > iv.first;
        iv.last = day_before ? publication - 1 : publication;
        return day_before;
    }
    if (part == kFromPublication) iv.first = publication;
    return false;
}

// early/mid/late: the first, middle or last third of the interval. Years split by months
// (January-April, May-August, September-December), months by days (1-10, 11-20, 21-end).
// A week of a month ("W1".."W4": its first to fourth seven days, "WL": its last seven), valued
// as the ISO week holding most of those days (TimeML has no week-of-month value).
const char* const kOrdinalWords[] = {"first", "second", "third", "fourth"};
bool is_week_of_month_part(std::string_view part) { return part.size() == 2 && part[0] == 'W'; }

// Days of a month (days_of_month_at): its halves (1-15, 16-end) and its first or last two or three
// weeks, each with the words the reading's explanation uses.
struct DaysOfMonth {
    std::string_view part, words;
    int first_day, days;  // first_day < 0: counted back from the month's end; days 0: to its end
};
constexpr DaysOfMonth kDaysOfMonth[] = {{"H1", "the month's first half", 1, 15},    {"H2", "the month's second half", 16, 0},
                                        {"F14", "the month's first two weeks", 1, 14}, {"F21", "the month's first three weeks", 1, 21},
                                        {"L14", "the month's last two weeks", -14, 0}, {"L21", "the month's last three weeks", -21, 0}};
const DaysOfMonth* days_of_month_part(std::string_view part) {
    for (const DaysOfMonth& d : kDaysOfMonth)
        if (d.part == part) return &d;
    return nullptr;
}

// Narrows a month's interval to those days; its value stays the month's.
void apply_days_of_month(Interval& iv, const DaysOfMonth& d) {
    const CivilDate a = civil_from_days(iv.first);
    const int length = days_in_month(a.year, a.month);
    const int first = d.first_day < 0 ? length + d.first_day + 1 : d.first_day;
    const int last = d.days ? first + d.days - 1 : length;
    iv.first = days_from_civil({a.year, a.month, first});
    iv.last = days_from_civil({a.year, a.month, last});
    iv.precision = Precision::PartOfMonth;
}

void apply_week_of_month(Interval& iv, std::string_view part) {
    const CivilDate a = civil_from_days(iv.first);
    const int first_day = part[1] == 'L' ? days_in_month(a.year, a.month) - 6 : (part[1] - '1') * 7 + 1;
    iv.first = days_from_civil({a.year, a.month, first_day});
    iv.last = iv.first + 6;
    iv.precision = Precision::Week;
    iv.value = week_interval(iv.first + 3).value;
}

void apply_part(Interval& iv, std::string_view part) {
    if (part.empty()) return;
    if (is_week_of_month_part(part)) {
        if (iv.precision == Precision::Month) apply_week_of_month(iv, part);
        return;
    }
    const CivilDate a = civil_from_days(iv.first), b = civil_from_days(iv.last);
    if (iv.precision == Precision::Year) {
        const int m1 = part == "START" ? 1 : part == "MID" ? 5 : 9;
        iv.first = days_from_civil({a.year, m1, 1});
        iv.last = days_from_civil({a.year, m1 + 3, days_in_month(a.year, m1 + 3)});
        iv.precision = Precision::PartOfYear;
        return;
    }
    if (iv.precision == Precision::Month) {
        const int d1 = part == "START" ? 1 : part == "MID" ? 11 : 21;
        const int d2 = part == "START" ? 10 : part == "MID" ? 20 : days_in_month(b.year, b.month);
        iv.first = days_from_civil({a.year, a.month, d1});
        iv.last = days_from_civil({a.year, a.month, d2});
        iv.precision = Precision::PartOfMonth;
        return;
    }
    const int64_t length = iv.last - iv.first + 1;
    const int64_t third = std::max<int64_t>(1, length / 3);
    if (part == "START") iv.last = iv.first + third - 1;
    else if (part == "END") iv.first = iv.last - third + 1;
    else if (part == "MID") {
        iv.first += third;
        iv.last = std::max(iv.first, iv.last - third);
    }
    if (iv.precision == Precision::Half) iv.precision = Precision::PartOfYear;
}

int quarter_of(int month) { return (month - 1) / 3 + 1; }

// Chooses among yearly candidates (intervals for year-1, year, year+1 around the reference) by
// tense: past takes the latest starting on or before the reference, future the earliest ending
// on or after it, otherwise the nearest.
template <typename Make>
Interval choose_by_tense(int ref_year, int64_t ref_day, Tense tense, Make make, std::string& why, bool near_window = true) {
    Interval c[3] = {make(ref_year - 1), make(ref_year), make(ref_year + 1)};
    // News names a date without its year only when it is near: a past-tense reading that lands
    // most of a year back, when the same date comes within two months, is the tense reading
    // failing (a future plan reported in the past tense), not the writer.
    constexpr int64_t kFar = 270, kNear = 60;
    if (tense == Tense::Past) {
        for (int k = 2; k >= 0; --k)
            if (c[k].first <= ref_day) {
                // How far back a past interval is counts from its middle: "the first half", said
                // in November, is about seven months back, not ten (its start).
                const int64_t middle = c[k].first + (c[k].last - c[k].first) / 2;
                if (near_window && ref_day - middle > kFar && k < 2 && c[k + 1].first - ref_day <= kNear) {
                    why = "a past-tense clause, but a year back is far for a date without a year: the next one after";
                    return c[k + 1];
                }
                why = "a past-tense clause: the latest one on or before";
                return c[k];
            }
    }
    if (tense == Tense::Future) {
        for (int k = 0; k < 3; ++k)
            if (c[k].last >= ref_day) {
                if (near_window && c[k].first - ref_day > kFar && k > 0 && ref_day - c[k - 1].last <= kNear) {
                    why = "a future-tense clause, but a year ahead is far for a date without a year: the one before";
                    return c[k - 1];
                }
                why = "a future-tense clause: the next one on or after";
                return c[k];
            }
    }
    int best = 1;
    int64_t best_distance = INT64_MAX;
    for (int k = 0; k < 3; ++k) {
        const int64_t distance = ref_day < c[k].first ? c[k].first - ref_day : ref_day > c[k].last ? ref_day - c[k].last : 0;
        if (distance < best_distance || (distance == best_distance && k < best)) {
            best_distance = distance;
            best = k;
        }
    }
    why = tense == Tense::Present ? "a present-tense clause: the nearest one to" : "no tense to go by: the nearest one to";
    return c[best];
}

std::string quote(std::string_view text, const TimeExpression& e) {
    std::string s(text.substr(e.start, e.end - e.start));
    for (char& c : s)
        if (c == '\n') c = ' ';
    return "'" + s + "'";
}

std::string duration_value(double amount, TimeUnit u) {
    std::string n;
    if (amount < 0) n = "X";
    else if (amount == std::floor(amount)) n = std::to_string(static_cast<long long>(amount));
    else {
        char b[32];
        std::snprintf(b, sizeof b, "%g", amount);
        n = b;
    }
    switch (u) {
        case TimeUnit::Year: return "P" + n + "Y";
        case TimeUnit::Quarter: return amount < 0 ? "PXQ" : "P" + n + "Q";
        case TimeUnit::Month: return "P" + n + "M";
        case TimeUnit::Week: return "P" + n + "W";
        case TimeUnit::Fortnight: return amount < 0 ? "PXW" : "P" + std::to_string(static_cast<long long>(amount * 2)) + "W";
        case TimeUnit::Day: return "P" + n + "D";
        case TimeUnit::Hour: return "PT" + n + "H";
        case TimeUnit::Minute: return "PT" + n + "M";
        case TimeUnit::Second: return "PT" + n + "S";
        case TimeUnit::Decade: return amount < 0 ? "PXDE" : "P" + std::to_string(static_cast<long long>(amount * 10)) + "Y";
        case TimeUnit::Century: return amount < 0 ? "PXCE" : "P" + std::to_string(static_cast<long long>(amount * 100)) + "Y";
        case TimeUnit::Weekend: return "P" + n + "WE";
        case TimeUnit::None: break;
    }
    return "PX";
}

std::string unit_name(TimeUnit u, bool plural) {
    const char* s = "unit";
    switch (u) {
        case TimeUnit::Year: s = "year"; break;
        case TimeUnit::Quarter: s = "quarter"; break;
        case TimeUnit::Month: s = "month"; break;
        case TimeUnit::Week: s = "week"; break;
        case TimeUnit::Fortnight: s = "fortnight"; break;
        case TimeUnit::Weekend: s = "weekend"; break;
        case TimeUnit::Day: s = "day"; break;
        case TimeUnit::Hour: s = "hour"; break;
        case TimeUnit::Minute: s = "minute"; break;
        case TimeUnit::Second: s = "second"; break;
        case TimeUnit::Decade: s = "decade"; break;
        case TimeUnit::Century: s = "century"; break;
        case TimeUnit::None: break;
    }
    return plural ? std::string(s) + "s" : std::string(s);
}

// The interval `offset` units away from the unit containing `day`.
Interval shifted_unit(int64_t day, TimeUnit u, int offset) {
    const CivilDate d = civil_from_days(day);
    switch (u) {
        case TimeUnit::Day: return day_interval(civil_from_days(day + offset));
        case TimeUnit::Week:
        case TimeUnit::Weekend: return week_interval(day + 7 * static_cast<int64_t>(offset));
        case TimeUnit::Fortnight: return week_interval(day + 14 * static_cast<int64_t>(offset));
        case TimeUnit::Month: {
            const CivilDate m = add_months({d.year, d.month, 1}, offset);
            return month_interval(m.year, m.month);
        }
        case TimeUnit::Quarter: {
            int index = d.year * 4 + (quarter_of(d.month) - 1) + offset;
            return quarter_interval(index / 4, index % 4 + 1);
        }
        case TimeUnit::Year: return year_interval(d.year + offset);
        case TimeUnit::Decade: return decade_interval(d.year / 10 + offset);
        case TimeUnit::Century: return century_interval(d.year / 100 + offset);
        default: return day_interval(d);
    }
}

class Resolver {
public:
    Resolver(std::string_view text, const ReferenceDate& ref) : text_(text), ref_(ref) {
        if (ref.date) {
            dct_ = days_from_civil(*ref.date);
            dct_words_ = long_date(*ref.date) + (ref.source.empty() ? "" : " (" + std::string(ref.source) + ")");
        }
    }

    // Whether the expression being resolved is inside quotation marks (a speaker's words).
    void set_quoted(bool quoted) { quoted_ = quoted; }
    // Whether it is inside a bracketed aside (is_bracketed_aside).
    void set_aside(bool aside) { aside_ = aside; }

    void resolve(TimeExpression& e, Tense tense) {
        const TimexMeaning& m = e.meaning;
        e.mod = std::string(m.mod);
        if (e.type == TimexType::Duration) {
            e.value = duration_value(m.amount, m.amount_unit);
            e.how = quote(text_, e) + " is a duration (" + e.value + "), not a date";
            return;
        }
        if (e.type == TimexType::Set) {
            if (!m.set_value.empty()) e.value = std::string(m.set_value);
            else if (m.weekday) e.value = "XXXX-WXX-" + std::to_string(m.weekday);
            else if (!m.part_of_day.empty()) e.value = "TXX" + std::string(m.part_of_day);
            else e.value = duration_value(m.amount, m.amount_unit);
            e.how = quote(text_, e) + " is a recurring time (" + e.value + "), not a date";
            return;
        }
        if (m.anchor == Anchor::Reference) {
            e.value = std::string(m.reference);
            if (m.reference == "PRESENT_REF" && dct_) {
                e.dated = true;
                e.first_day = e.last_day = *dct_;
                e.precision = Precision::Day;
                e.how = quote(text_, e) + " is the present: publication day, " + dct_words_;
            } else {
                e.how = quote(text_, e) + " is a vague reference (" + e.value + "), not a date";
            }
            return;
        }

        Interval iv;
        std::string how;
        bool ok = false;
        switch (m.anchor) {
            case Anchor::Absolute: ok = absolute(e, iv, how); break;
            case Anchor::Tense: ok = by_tense(e, tense, iv, how); break;
            case Anchor::Publication: ok = from_publication(e, iv, how); break;
            case Anchor::Previous: ok = from_previous(e, iv, how); break;
            default: break;
        }
        if (!ok) {
            e.value = unresolved_value(m);
            e.how = quote(text_, e) + (how.empty() ? " needs a publication date to be placed" : " " + how);
            return;
        }
        if (is_publication_side(m.part)) {
            const bool day_before = publication_side_of(iv, m.part, *dct_);
            how += m.part == kFromPublication ? ", from the day of publication on"
                   : day_before             ? ", up to the day before publication"
                                            : ", up to the day of publication";
        } else if (const DaysOfMonth* days = days_of_month_part(m.part)) {
            if (iv.precision == Precision::Month) {
                apply_days_of_month(iv, *days);
                how += ": " + describe_interval(iv.first, iv.last, Precision::Range) + ", " + std::string(days->words);
            }
        } else if (is_week_of_month_part(m.part)) {
            apply_part(iv, m.part);
            how += ": " + describe_interval(iv.first, iv.last, Precision::Range) + ", the month's " +
                   (m.part[1] == 'L' ? std::string("last") : std::string(kOrdinalWords[m.part[1] - '1'])) + " seven days";
        } else if (!m.part.empty()) {
            apply_part(iv, m.part);
            e.mod = std::string(m.part);
        }
        e.value = iv.value;
        // Times of day.
        if (e.type == TimexType::Time && iv.precision == Precision::Day) {
            if (m.hour >= 0) e.value += "T" + two(m.hour) + ":" + two(m.minute) + (m.utc ? "Z" : "");
            else if (!m.part_of_day.empty()) e.value += "T" + std::string(m.part_of_day == "MIDNIGHT" ? "24:00" : m.part_of_day);
        }
        if (m.weekend && iv.precision == Precision::Week) {
            e.value += "-WE";
            iv.first += 5;
        }
        e.dated = true;
        e.first_day = iv.first;
        e.last_day = iv.last;
        e.precision = iv.precision;
        e.give_or_take_days = iv.give_or_take_days;
        e.how = how;
        if (aside_) return;  // an aside's date ends with it (sentences.h): later dates count from those before it
        if (iv.precision == Precision::Day) last_day_ = iv.first;
        if (iv.precision == Precision::Day && !quoted_) last_told_day_ = iv.first;
        last_any_ = iv;
        has_last_ = true;
    }

private:
    std::string unresolved_value(const TimexMeaning& m) const {
        if (m.weekday) return "XXXX-WXX-" + std::to_string(m.weekday);
        if (m.feast) return m.month ? "XXXX-" + two(m.month) : "XXXX";
        if (m.month && m.day) return "XXXX-" + two(m.month) + "-" + two(m.day);
        if (m.month) return "XXXX-" + two(m.month);
        if (m.quarter) return "XXXX-Q" + std::to_string(m.quarter);
        if (!m.season.empty()) return "XXXX-" + std::string(m.season);
        if (m.offset < 0) return "PAST_REF";
        if (m.offset > 0) return "FUTURE_REF";
        return "PRESENT_REF";
    }

    bool absolute(const TimeExpression& e, Interval& iv, std::string& how) {
        const TimexMeaning& m = e.meaning;
        int year = m.year;
        if (m.offset == 100) {  // a two-digit year ('82): the latest such year not after publication
            const int yy = year % 100;
            const int ref_year = ref_.date ? ref_.date->year : 2000;
            year = (ref_year / 100) * 100 + yy;
            if (year > ref_year) year -= 100;
        }
        if (m.decade) {
            iv = decade_interval(m.decade);
            how = quote(text_, e) + " names a decade: the " + std::to_string(m.decade * 10) + "s";
            return true;
        }
        if (m.century) {
            iv = century_interval(m.century);
            how = quote(text_, e) + " names a century";
            return true;
        }
        if (m.feast) {
            if (year < 1 || year > 9999) return false;
            const CivilDate d = feast_day(m, year);
            iv = day_interval(d);
            how = quote(text_, e) + " is a holiday of a given year: " + long_date(d);
            return true;
        }
        if (m.day) {
            const CivilDate d{year, m.month, m.day};
            if (!is_valid(d)) {
                how = "is not a real day";
                return false;
            }
            iv = day_interval(d);
            how = quote(text_, e) + " is a full date: " + long_date(d);
            if (m.weekday && m.weekday != iso_weekday(d))
                how += " (the text's weekday, " + std::string(kWeekdayNames[m.weekday - 1]) + ", does not match)";
            return true;
        }
        if (m.month) {
            iv = month_interval(year, m.month);
            how = quote(text_, e) + " names a month: " + kMonthNames[m.month - 1] + " " + std::to_string(year);
            return true;
        }
        if (m.quarter) {
            iv = quarter_interval(year, m.quarter);
            how = quote(text_, e) + " names a quarter of " + std::to_string(year);
            return true;
        }
        if (m.half) {
            iv = half_interval(year, m.half);
            how = quote(text_, e) + " names a half of " + std::to_string(year);
            return true;
        }
        if (!m.season.empty()) {
            iv = season_interval(year, m.season);
            how = quote(text_, e) + " names a season of " + std::to_string(year);
            return true;
        }
        if (year < 1 || year > 9999) return false;
        iv = year_interval(year);
        if (m.fiscal) {
            iv.value = "FY" + iv.value;
            how = quote(text_, e) + " names a fiscal year: the company's year numbered " + std::to_string(year) +
                  " (its months depend on the company; the calendar year is shown)";
            return true;
        }
        how = quote(text_, e) + " names a year" + (m.part.empty() ? "" : std::string(" (") + part_words(m.part) + " of it)");
        return true;
    }

    static const char* part_words(std::string_view part) {
        return part == "START" ? "the first third" : part == "END" ? "the last third" : "the middle third";
    }

    bool by_tense(const TimeExpression& e, Tense tense, Interval& iv, std::string& how) {
        const TimexMeaning& m = e.meaning;
        if (!dct_) return false;
        const CivilDate ref = *ref_.date;
        // "since" looks back; "until" and "by" do not decide.
        if (e.signal == "since" && tense != Tense::Past) tense = Tense::Past;
        if ((e.signal == "until" || e.signal == "till" || e.signal == "by") && tense == Tense::Past) tense = Tense::Unknown;
        std::string why;
        if (m.weekday && !m.month) {
            const int64_t ref_weekday = iso_weekday(ref);
            if (m.deictic_unit) {  // last / next / this <weekday>
                int64_t day;
                if (m.offset < 0) {
                    day = *dct_ - ((ref_weekday - m.weekday + 7) % 7);
                    if (day == *dct_) day -= 7;
                    why = "'last' weekday: the one before";
                } else if (m.offset > 0) {
                    day = *dct_ + ((m.weekday - ref_weekday + 7) % 7);
                    if (day == *dct_) day += 7;
                    why = "'next' weekday: the one after";
                } else {
                    day = *dct_ - (ref_weekday - 1) + (m.weekday - 1);
                    why = "'this' weekday: the one in the week of";
                }
                iv = day_interval(civil_from_days(day));
                how = quote(text_, e) + " is " + long_date(civil_from_days(day)) + ": " + why + " publication, " + dct_words_;
                return true;
            }
            const int64_t back = (ref_weekday - m.weekday + 7) % 7;     // days back to the previous such weekday
            const int64_t forward = (m.weekday - ref_weekday + 7) % 7;  // days forward to the next
            int64_t day;
            if (tense == Tense::Future) {
                day = *dct_ + forward;
                why = "a future-tense clause: the next one on or after";
            } else if (tense == Tense::Past) {
                day = *dct_ - back;
                why = "a past-tense clause: the latest one on or before";
            } else if (tense == Tense::Present) {
                day = back <= forward ? *dct_ - back : *dct_ + forward;
                why = "a present-tense clause: the nearest one to";
            } else {
                // No verb tells: news mostly reports what happened, so the latest one.
                day = *dct_ - back;
                why = "no tense to go by, and news mostly reports the past: the latest one on or before";
            }
            iv = day_interval(civil_from_days(day));
            how = quote(text_, e) + " is " + long_date(civil_from_days(day)) + ": " + why + " publication, " + dct_words_;
            return true;
        }
        if (m.weekend && !m.weekday) {
            // The weekend of publication if it falls on one; else the last (past) or next one.
            const int wd = iso_weekday(ref);
            int64_t day = *dct_;
            if (wd < 6) day = tense == Tense::Future ? *dct_ + (6 - wd) : *dct_ - wd;  // Saturday ahead, or last Sunday
            iv = week_interval(day);
            how = quote(text_, e) + ": the weekend " + (wd >= 6 ? "of" : tense == Tense::Future ? "after" : "before") +
                  " publication, " + dct_words_;
            return true;
        }
        if (m.feast) {
            auto make = [&](int y) { return day_interval(feast_day(m, y)); };
            iv = choose_by_tense(ref.year, *dct_, tense, make, why);
            how = quote(text_, e) + " is a holiday with no year: " + long_date(civil_from_days(iv.first)) + ", " + why +
                  " publication, " + dct_words_;
            return true;
        }
        if (m.month && m.day) {
            auto make = [&](int y) {
                const CivilDate d{y, m.month, std::min(m.day, days_in_month(y, m.month))};
                return day_interval(d);
            };
            iv = choose_by_tense(ref.year, *dct_, tense, make, why);
            if (m.weekday) {
                // "Wednesday, Oct. 4": the year around publication in which that date is that
                // weekday, when exactly one is; else the tense's choice.
                int matches = 0;
                Interval match;
                for (int y = ref.year - 1; y <= ref.year + 1; ++y) {
                    const CivilDate d{y, m.month, m.day};
                    if (is_valid(d) && iso_weekday(d) == m.weekday) ++matches, match = day_interval(d);
                }
                if (matches == 1) {
                    iv = match;
                    why = "the only year near publication in which it falls on the weekday given";
                }
            }
            if (m.day > days_in_month(civil_from_days(iv.first).year, m.month)) {
                how = "is not a real day";
                return false;
            }
            how = quote(text_, e) + " has no year: " + long_date(civil_from_days(iv.first)) + ", " + why + " publication, " +
                  dct_words_;
            return true;
        }
        if (m.month) {
            if (m.deictic_unit && m.offset != 0) {
                // last May / next January
                int y = m.offset < 0 ? (m.month < ref.month ? ref.year : ref.year - 1) : (m.month > ref.month ? ref.year : ref.year + 1);
                iv = month_interval(y, m.month);
                why = m.offset < 0 ? "'last' month name: the one before" : "'next' month name: the one after";
            } else {
                // (A whole month named in a past-tense clause is the latest one, however far.)
                auto make = [&](int y) { return month_interval(y, m.month); };
                iv = choose_by_tense(ref.year, *dct_, tense, make, why, false);
            }
            how = quote(text_, e) + " has no year: " + kMonthNames[m.month - 1] + " " + std::to_string(civil_from_days(iv.first).year) +
                  ", " + why + " publication, " + dct_words_;
            return true;
        }
        if (!m.season.empty()) {
            auto make = [&](int y) { return season_interval(y, m.season); };
            if (m.deictic_unit && m.offset != 0) {
                // last summer: the latest such season that ended before publication
                Interval c[3] = {make(ref.year - 1), make(ref.year), make(ref.year + 1)};
                iv = c[1];
                if (m.offset < 0) {
                    for (int k = 2; k >= 0; --k)
                        if (c[k].last < *dct_) { iv = c[k]; break; }
                } else {
                    for (int k = 0; k < 3; ++k)
                        if (c[k].first > *dct_) { iv = c[k]; break; }
                }
                why = m.offset < 0 ? "'last' season: the one before" : "'next' season: the one after";
            } else {
                iv = choose_by_tense(ref.year, *dct_, tense, make, why);
            }
            how = quote(text_, e) + " has no year: " + why + " publication, " + dct_words_;
            return true;
        }
        if ((m.quarter || m.half) && m.fiscal && tense == Tense::Past) {
            // A company's fiscal quarter numbers its own year, which need not be the calendar's
            // (Apple's first quarter ends in December): told as past, it is the quarter (or half)
            // that ended last before publication, as results are reported after their period.
            const CivilDate p = civil_from_days(*dct_);
            if (m.quarter) {
                const int index = p.year * 4 + (quarter_of(p.month) - 1) - 1;
                iv = quarter_interval(index / 4, index % 4 + 1);
            } else {
                iv = p.month <= 6 ? half_interval(p.year - 1, 2) : half_interval(p.year, 1);
            }
            how = quote(text_, e) + " names a company's fiscal " + (m.quarter ? "quarter" : "half") +
                  " with no year, told as past: the calendar " + (m.quarter ? "quarter" : "half") +
                  " that ended last before publication, " + dct_words_ + " (its number is the company's own), inferred";
            return true;
        }
        if (m.quarter || m.half) {
            auto make = [&](int y) { return m.quarter ? quarter_interval(y, m.quarter) : half_interval(y, m.half); };
            iv = choose_by_tense(ref.year, *dct_, tense, make, why);
            how = quote(text_, e) + " has no year: " + why + " publication, " + dct_words_;
            return true;
        }
        return false;
    }

    bool from_publication(const TimeExpression& e, Interval& iv, std::string& how) {
        const TimexMeaning& m = e.meaning;
        if (!dct_) return false;
        if (m.relative_year) {  // "the first quarter of last year"
            TimeExpression copy = e;
            copy.meaning.year = ref_.date->year + m.year_offset;
            copy.meaning.relative_year = false;
            const bool ok = absolute(copy, iv, how);
            how += " (its year counted from publication, " + dct_words_ + ")";
            return ok;
        }
        if (m.unit == TimeUnit::None) return false;
        if (m.deictic_unit || m.offset == 0 || m.unit == TimeUnit::Day) {
            iv = shifted_unit(*dct_, m.unit, m.offset);
            std::string rel = m.offset == 0 ? "the " + unit_name(m.unit, false) + " of publication"
                              : m.offset == -1 && m.unit == TimeUnit::Day ? "the day before publication"
                              : m.offset == 1 && m.unit == TimeUnit::Day ? "the day after publication"
                              : std::to_string(std::abs(m.offset)) + " " + unit_name(m.unit, std::abs(m.offset) != 1) +
                                    (m.offset < 0 ? " before" : " after") + " the " + unit_name(m.unit, false) + " of publication";
            if (m.offset == -1 && m.unit != TimeUnit::Day) rel = "the " + unit_name(m.unit, false) + " before the one of publication";
            if (m.offset == 1 && m.unit != TimeUnit::Day) rel = "the " + unit_name(m.unit, false) + " after the one of publication";
            how = quote(text_, e) + " is " + rel + ", " + dct_words_;
            return true;
        }
        // "N units ago": days stay days; weeks an approximate day (weeks_ago_as_approximate_day);
        // months, years, decades their whole unit.
        const int n = -m.offset;
        if (m.unit == TimeUnit::Week || m.unit == TimeUnit::Fortnight) {
            weeks_ago_as_approximate_day(e, *dct_, 7 * -m.offset * (m.unit == TimeUnit::Fortnight ? 2 : 1), iv, how);
            return true;
        }
        iv = shifted_unit(*dct_, m.unit, m.offset);
        how = quote(text_, e) + ": " + std::to_string(n) + " " + unit_name(m.unit, n != 1) + " before publication (" + dct_words_ +
              "), read as " + std::string(to_string(iv.precision) == "day" ? "that day" : "that " + std::string(to_string(iv.precision)));
        return true;
    }

    // "a week ago", "two weeks ago", "a fortnight ago": a reader hears a day about that many days
    // before publication, give or take a few (half a week either way), not a calendar week and
    // not an exact day. The value is that day (as TIMEX3 annotators write it); the expression
    // carries how far off it may be, which event merging uses to let a firmer or coarser report of
    // the same happening ("last week") set the date.
    void weeks_ago_as_approximate_day(const TimeExpression& e, int64_t publication, int days, Interval& iv, std::string& how) const {
        iv = day_interval(civil_from_days(publication - days));
        iv.give_or_take_days = kWeeksAgoGiveOrTakeDays;
        how = quote(text_, e) + ": about " + std::to_string(days) + " days before publication (" + dct_words_ + "), " +
              describe_interval(iv.first, iv.first, Precision::Day) + ", give or take " + std::to_string(kWeeksAgoGiveOrTakeDays) +
              " days (" + describe_interval(iv.first - kWeeksAgoGiveOrTakeDays, iv.first + kWeeksAgoGiveOrTakeDays, Precision::Range) +
              "): approximate";
    }

    // Can a date known to `precision` anchor "the previous/following <unit>"? Only one at least as
    // fine as the unit: "the previous week" after "in 1997" is not the last week of 1996, it has
    // no anchor in the text and is counted from publication instead.
    static bool anchors_unit(Precision precision, TimeUnit unit) {
        auto rank = [](Precision p) {
            switch (p) {
                case Precision::Day: return 0;
                case Precision::Week: return 1;
                case Precision::PartOfMonth:
                case Precision::Month: return 2;
                case Precision::Quarter:
                case Precision::Season: return 3;
                case Precision::Half:
                case Precision::PartOfYear:
                case Precision::Year: return 4;
                case Precision::Decade: return 5;
                case Precision::Century: return 6;
                default: return 7;
            }
        };
        int needed = 7;
        switch (unit) {
            case TimeUnit::Week:
            case TimeUnit::Weekend:
            case TimeUnit::Fortnight: needed = 1; break;
            case TimeUnit::Month: needed = 2; break;
            case TimeUnit::Quarter: needed = 3; break;
            case TimeUnit::Year: needed = 4; break;
            case TimeUnit::Decade: needed = 5; break;
            case TimeUnit::Century: needed = 6; break;
            default: needed = 0; break;
        }
        return rank(precision) <= needed;
    }

    // "the year-earlier quarter", "the same month a year ago": the previous date's period,
    // `offset` years away, at its own granularity (day, week, month, quarter, half or year) or
    // the one the text names; with no date before it, publication's (a year when none is named).
    bool same_period_years_away(const TimeExpression& e, Interval& iv, std::string& how) {
        const int years = e.meaning.offset;
        if (!has_last_ && !dct_) return false;
        const int64_t anchor = has_last_ ? last_any_.first : *dct_;
        const std::string anchor_words = has_last_ ? "the date before it (" + last_any_.value + ")"
                                                   : "publication, " + dct_words_ + " (no earlier date in the text)";
        const CivilDate a = civil_from_days(anchor);
        const int y = a.year + years;
        Precision precision = has_last_ ? last_any_.precision : Precision::Year;
        switch (e.meaning.unit) {  // a unit named in the text ("the same month") sets the granularity
            case TimeUnit::Day: precision = Precision::Day; break;
            case TimeUnit::Week: precision = Precision::Week; break;
            case TimeUnit::Month: precision = Precision::Month; break;
            case TimeUnit::Quarter: precision = Precision::Quarter; break;
            default: break;
        }
        switch (precision) {
            case Precision::Day: iv = day_interval({y, a.month, std::min(a.day, days_in_month(y, a.month))}); break;
            case Precision::Month: iv = month_interval(y, a.month); break;
            case Precision::Quarter: iv = quarter_interval(y, quarter_of(a.month)); break;
            case Precision::Half: iv = half_interval(y, a.month <= 6 ? 1 : 2); break;
            case Precision::Week: iv = week_interval(anchor + 364 * static_cast<int64_t>(years)); break;
            default: iv = year_interval(y); break;
        }
        how = quote(text_, e) + " is the period of " + anchor_words + " a year " + (years < 0 ? "earlier" : "later");
        return true;
    }

    // "the following April": the first April after the date told before (its month's year, or the
    // next); "the following Tuesday": the first Tuesday after the day told before (a day is needed:
    // after "in May" it could be any of four). "the previous ...": the last one before.
    bool after_previous(const TimeExpression& e, Interval& iv, std::string& how) {
        const TimexMeaning& m = e.meaning;
        if (!has_last_) {
            how = "has no earlier date in the text to count from";
            return false;
        }
        TimeExpression copy = e;
        copy.meaning.after_previous = false;
        copy.meaning.anchor = Anchor::Absolute;
        copy.meaning.offset = 0;
        const bool later = m.offset > 0;
        if (m.month) {
            const CivilDate before = civil_from_days(later ? last_any_.last : last_any_.first);
            copy.meaning.year = later ? before.year + (m.month > before.month ? 0 : 1) : before.year - (m.month < before.month ? 0 : 1);
        } else {
            if (last_any_.precision != Precision::Day) {
                how = "has no day told before it to count from (only " + last_any_.value + ")";
                return false;
            }
            int64_t day = last_any_.first;
            do day += later ? 1 : -1;
            while (iso_weekday(civil_from_days(day)) != m.weekday);
            const CivilDate d = civil_from_days(day);
            copy.meaning.year = d.year;
            copy.meaning.month = d.month;
            copy.meaning.day = d.day;
        }
        const bool ok = absolute(copy, iv, how);
        how += std::string(" (the first ") + (later ? "after" : "before") + " the date mentioned before it, " + last_any_.value + ")";
        return ok;
    }

    bool from_previous(const TimeExpression& e, Interval& iv, std::string& how) {
        const TimexMeaning& m = e.meaning;
        if (m.after_previous) return after_previous(e, iv, how);
        if (m.year_of_previous) {  // "December that year": the month in the year of the date before it
            if (!has_last_) {
                how = "has no earlier date in the text to take its year from";
                return false;
            }
            TimeExpression copy = e;
            const CivilDate before = civil_from_days(last_any_.first);
            // "In January 2022 ... that winter": the winter that January is in, which began in 2021.
            copy.meaning.year = before.year + m.year_offset - (m.season == "WI" && before.month <= 2 ? 1 : 0);
            copy.meaning.year_offset = 0;
            copy.meaning.year_of_previous = false;
            copy.meaning.anchor = Anchor::Absolute;
            const bool ok = absolute(copy, iv, how);
            how += " (its year that of the date mentioned before it, " + last_any_.value + ")";
            return ok;
        }
        std::optional<int64_t> base;
        std::string from;
        if (m.unit == TimeUnit::Day || m.unit == TimeUnit::Hour) {
            // Told outside quotation marks, a bare time ("at midday") is on the last day the story
            // told, not on a day a speaker named ("I dread looking at Wall Street tomorrow").
            const std::optional<int64_t>& last = quoted_ ? last_day_ : last_told_day_;
            if (last) {
                base = *last;
                from = "the date mentioned before it, " + long_date(civil_from_days(*base));
            }
        } else if (has_last_ && anchors_unit(last_any_.precision, m.unit)) {
            base = last_any_.first;
            from = "the date mentioned before it (" + last_any_.value + ")";
        }
        if (!base && dct_) {
            base = *dct_;
            from = "publication, " + dct_words_ + " (no earlier date in the text)";
            if (m.unit == TimeUnit::Quarter && m.offset == 0 && m.deictic_unit) {
                // "for the quarter" with nothing before it: the latest quarter that has ended
                // (a quarter still running is "this quarter").
                iv = shifted_unit(*base, TimeUnit::Quarter, -1);
                how = quote(text_, e) + " is the latest quarter ended before publication, " + dct_words_ +
                      " (no earlier date in the text)";
                return true;
            }
        }
        if (m.same_period) return same_period_years_away(e, iv, how);
        if (!base) return false;
        iv = shifted_unit(*base, m.unit == TimeUnit::None ? TimeUnit::Day : m.unit, m.offset);
        how = quote(text_, e) + " is counted from " + from;
        return true;
    }

    std::string_view text_;
    const ReferenceDate& ref_;
    std::optional<int64_t> dct_;
    std::string dct_words_;
    std::optional<int64_t> last_day_;
    std::optional<int64_t> last_told_day_;  // the last day outside quotation marks
    bool quoted_ = false;
    bool aside_ = false;
    Interval last_any_;
    bool has_last_ = false;
};

}  // namespace

namespace {

// "between September and October of 2007", "from May to July 2008": a month without its year
// that opens a range takes the year written at the range's end (the year before when the month
// comes later in the calendar: "December to February 2009"). So does a year counted from
// publication ("between January and October last year"). Returns the year it takes, or 0.
int year_from_range_end(std::string_view lower, const std::vector<Token>& tokens, const TimeExpression& from,
                        const TimeExpression& to, const std::optional<CivilDate>& published) {
    const TimexMeaning& a = from.meaning;
    const TimexMeaning& b = to.meaning;
    if (a.anchor != Anchor::Tense || !a.month || a.day || a.year || a.weekday || !a.part.empty()) return 0;
    const bool counted = b.anchor == Anchor::Publication && b.relative_year && published;
    if (!(b.anchor == Anchor::Absolute && b.year) && !counted) return 0;
    if (!b.month) return 0;
    const int end_year = counted ? published->year + b.year_offset : b.year;
    if (from.end_token + 1 != to.first_token) return 0;
    const Token& join = tokens[from.end_token];
    const std::string_view w = lower.substr(join.start, join.end - join.start);
    const bool joins = w == "and" || w == "to" || w == "through" || w == "until" || w == "till" || join.is('-') ||
                       w == "\xe2\x80\x93";  // an en dash
    if (!joins) return 0;
    return a.month > b.month ? end_year - 1 : end_year;
}

}  // namespace

void resolve_time_expressions(std::string_view text, std::string_view lower, const std::vector<Token>& tokens,
                              const std::vector<Sentence>& sentences, const ReferenceDate& reference,
                              std::vector<TimeExpression>& expressions) {
    Resolver resolver(text, reference);
    size_t s = 0;
    size_t quote_token = 0;  // quotation marks read up to here, once through the text
    bool quoted = false;
    for (size_t k = 0; k < expressions.size(); ++k) {
        TimeExpression& e = expressions[k];
        for (; quote_token < e.first_token && quote_token < tokens.size(); ++quote_token) {
            if (tokens[quote_token].line_before) quoted = false;  // a quotation ends with its paragraph at the latest
            quoted = tokens[quote_token].inside_quote_after(quoted);
        }
        resolver.set_quoted(quoted);
        const int range_year = k + 1 < expressions.size() ? year_from_range_end(lower, tokens, e, expressions[k + 1], reference.date) : 0;
        if (range_year) {
            e.meaning.anchor = Anchor::Absolute;
            e.meaning.year = range_year;
        }
        while (s < sentences.size() && sentences[s].end_token <= e.first_token) ++s;
        resolver.set_aside(s < sentences.size() && is_bracketed_aside(tokens, sentences[s]));
        Tense tense = Tense::Unknown;
        if (e.meaning.anchor == Anchor::Tense && s < sentences.size())
            tense = tense_around(lower, tokens, sentences[s].first_token, sentences[s].end_token, e.first_token, e.end_token);
        resolver.resolve(e, tense);
        if (range_year && e.dated) {
            const TimeExpression& to = expressions[k + 1];
            e.how.append(" (its year from '").append(text.substr(to.start, to.end - to.start)).append("', the range's end)");
        }
    }
}

std::vector<TimeExpression> tag_time_expressions(std::string_view text, const ReferenceDate& reference) {
    const std::string lower = lower_case_text(text);
    const std::vector<Token> tokens = tokenize(text);
    const std::vector<Sentence> sentences = split_sentences(text, tokens);
    std::vector<TimeExpression> found = find_time_expressions(text, lower, tokens);
    resolve_time_expressions(text, lower, tokens, sentences, reference, found);
    return found;
}

std::string describe_interval(int64_t first_day, int64_t last_day, Precision precision) {
    const CivilDate a = civil_from_days(first_day), b = civil_from_days(last_day);
    switch (precision) {
        case Precision::Day: return long_date(a);
        case Precision::Week: return "week of " + std::to_string(a.day) + " " + kMonthNames[a.month - 1] + " " + std::to_string(a.year);
        case Precision::Month: return std::string(kMonthNames[a.month - 1]) + " " + std::to_string(a.year);
        case Precision::PartOfMonth: {
            const char* part = a.day == 1 ? "early" : b.day == days_in_month(b.year, b.month) ? "late" : "mid";
            return std::string(part) + " " + kMonthNames[a.month - 1] + " " + std::to_string(a.year);
        }
        case Precision::Quarter: return "Q" + std::to_string(quarter_of(a.month)) + " " + std::to_string(a.year);
        case Precision::Season: {
            const char* names[] = {"winter", "spring", "summer", "autumn"};
            const int index = a.month == 12 ? 0 : a.month / 3;
            return std::string(names[index]) + " " + std::to_string(a.year);
        }
        case Precision::Half: return (a.month == 1 ? "first half of " : "second half of ") + std::to_string(a.year);
        case Precision::PartOfYear: {
            const char* part = a.month == 1 ? "early" : b.month == 12 ? "late" : "mid";
            return std::string(part) + " " + std::to_string(a.year);
        }
        case Precision::Year: return std::to_string(a.year);
        case Precision::Decade: return "the " + std::to_string(a.year) + "s";
        case Precision::Century: return "the " + std::to_string(a.year / 100 + 1) + "th century";
        case Precision::Range:
            return std::to_string(a.day) + " " + kMonthNames[a.month - 1] + " " + std::to_string(a.year) + " to " +
                   std::to_string(b.day) + " " + kMonthNames[b.month - 1] + " " + std::to_string(b.year);
        case Precision::None: break;
    }
    return {};
}

}  // namespace dateline
