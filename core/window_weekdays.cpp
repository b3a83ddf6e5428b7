#include "window_weekdays.h"

#include <algorithm>
#include <optional>
#include <string>

#include "tense.h"

namespace dateline {

namespace {

// The tense of the clause around expression `e`, `sentence` moved on to the sentence holding it
// (none: past the last sentence).
template <class Iterator>
std::optional<Tense> clause_tense(const ArticleAnalysis& a, Iterator& sentence, const TimeExpression& e) {
    while (sentence != a.sentences.end() && sentence->end_token <= e.first_token) ++sentence;
    if (sentence == a.sentences.end()) return std::nullopt;
    return tense_around(a.lower, a.tokens, sentence->first_token, sentence->end_token, e.first_token, e.end_token);
}

// Calls `place(e)` for each date that reading against no publication date left undated, counted
// from publication ("Tuesday", "December 14"), that `wanted(meaning)` accepts and whose clause is
// past or tenseless: a plan ("will meet on Tuesday") or a present says nothing of days gone by.
// None when the latest full date is stale (names_a_later_year).
template <class Wanted, class Place>
void for_each_undated_past_date(ArticleAnalysis& a, const CivilDate& latest, Wanted wanted, Place place) {
    if (names_a_later_year(a, latest)) return;
    auto sentence = a.sentences.begin();
    for (TimeExpression& e : a.timexes) {
        const TimexMeaning& m = e.meaning;
        if (e.dated || e.type != TimexType::Date || m.anchor != TimexMeaning::Anchor::Tense || m.deictic_unit || !wanted(m))
            continue;
        const std::optional<Tense> tense = clause_tense(a, sentence, e);
        if (!tense) break;
        if (*tense == Tense::Future || *tense == Tense::Present) continue;
        place(e);
    }
}

// Dates `e` to `day`, its how saying the day is inferred and why.
void date_as_inferred(const ArticleAnalysis& a, TimeExpression& e, int64_t day, const std::string& why) {
    e.dated = true;
    e.first_day = e.last_day = day;
    e.precision = Precision::Day;
    e.value = to_iso(civil_from_days(day));
    e.how = "'" + std::string(a.text.substr(e.start, e.end - e.start)) + "' is " + describe_interval(day, day, Precision::Day) +
            ", inferred: " + why;
}

}  // namespace

bool names_a_later_year(const ArticleAnalysis& a, const CivilDate& latest) {
    auto sentence = a.sentences.begin();
    for (const TimeExpression& e : a.timexes) {
        if (!e.dated || e.meaning.anchor != TimexMeaning::Anchor::Absolute || e.meaning.year <= latest.year) continue;
        const std::optional<Tense> tense = clause_tense(a, sentence, e);
        if (!tense) break;
        if (*tense == Tense::Past) return true;
    }
    return false;
}

void place_weekdays_after_latest_date(ArticleAnalysis& a, const CivilDate& latest) {
    const int64_t from = days_from_civil(latest);
    const int latest_weekday = iso_weekday(latest);
    const std::string why = "the first such day on or after " + describe_interval(from, from, Precision::Day) +
                            ", the latest date the article reports (it states no publication date; news tells of the days just before)";
    for_each_undated_past_date(
        a, latest, [](const TimexMeaning& m) { return m.weekday && !m.month && !m.day && !m.year; },
        [&](TimeExpression& e) { date_as_inferred(a, e, from + (e.meaning.weekday - latest_weekday + 7) % 7, why); });
}

void place_month_days_near_latest_date(ArticleAnalysis& a, const CivilDate& latest) {
    // News tells of days just before it is written: from half a year before the latest full date
    // to a month after it (the story may be written some weeks after that date, not a year).
    constexpr int64_t kDaysBefore = 183, kDaysAfter = 31;
    const int64_t from = days_from_civil(latest);
    const std::string why = "the latest such day up to a month after " + describe_interval(from, from, Precision::Day) +
                            ", the latest date the article reports (it states no publication date; a story tells of days close together)";
    for_each_undated_past_date(
        a, latest, [](const TimexMeaning& m) { return m.month && m.day && !m.year; },
        [&](TimeExpression& e) {
            const TimexMeaning& m = e.meaning;
            std::optional<int64_t> best;
            for (int year : {latest.year - 1, latest.year, latest.year + 1}) {
                const CivilDate d{year, m.month, m.day};
                if (!is_valid(d) || (m.weekday && iso_weekday(d) != m.weekday)) continue;
                const int64_t day = days_from_civil(d);
                if (day >= from - kDaysBefore && day <= from + kDaysAfter && (!best || day > *best)) best = day;
            }
            if (best) date_as_inferred(a, e, *best, why);
        });
}

}  // namespace dateline
