#include "window_weekdays.h"

#include <algorithm>
#include <optional>
#include <string>

#include "tense.h"

namespace dateline {

void place_weekdays_after_latest_date(ArticleAnalysis& a, const CivilDate& latest) {
    const int64_t from = days_from_civil(latest);
    const int latest_weekday = iso_weekday(latest);
    auto sentence = a.sentences.begin();
    for (TimeExpression& e : a.timexes) {
        const TimexMeaning& m = e.meaning;
        if (e.dated || e.type != TimexType::Date || m.anchor != TimexMeaning::Anchor::Tense || !m.weekday || m.month ||
            m.day || m.year || m.deictic_unit)
            continue;
        while (sentence != a.sentences.end() && sentence->end_token <= e.first_token) ++sentence;
        if (sentence == a.sentences.end()) break;
        const Tense tense =
            tense_around(a.lower, a.tokens, sentence->first_token, sentence->end_token, e.first_token, e.end_token);
        if (tense == Tense::Future || tense == Tense::Present) continue;
        const int64_t day = from + (m.weekday - latest_weekday + 7) % 7;
        const CivilDate d = civil_from_days(day);
        e.dated = true;
        e.first_day = e.last_day = day;
        e.precision = Precision::Day;
        e.value = to_iso(d);
        e.how = "'" + std::string(a.text.substr(e.start, e.end - e.start)) + "' is " +
                describe_interval(day, day, Precision::Day) + ", inferred: the first such day on or after " +
                describe_interval(from, from, Precision::Day) +
                ", the latest date the article reports (it states no publication date; news tells of the days just before)";
    }
}

void place_month_days_near_latest_date(ArticleAnalysis& a, const CivilDate& latest) {
    // News tells of days just before it is written: from half a year before the latest full date
    // to a month after it (the story may be written some weeks after that date, not a year).
    constexpr int64_t kDaysBefore = 183, kDaysAfter = 31;
    const int64_t from = days_from_civil(latest);
    auto sentence = a.sentences.begin();
    for (TimeExpression& e : a.timexes) {
        const TimexMeaning& m = e.meaning;
        if (e.dated || e.type != TimexType::Date || m.anchor != TimexMeaning::Anchor::Tense || !m.month || !m.day || m.year ||
            m.deictic_unit)
            continue;
        while (sentence != a.sentences.end() && sentence->end_token <= e.first_token) ++sentence;
        if (sentence == a.sentences.end()) break;
        const Tense tense =
            tense_around(a.lower, a.tokens, sentence->first_token, sentence->end_token, e.first_token, e.end_token);
        if (tense == Tense::Future || tense == Tense::Present) continue;
        std::optional<int64_t> best;
        for (int year : {latest.year - 1, latest.year, latest.year + 1}) {
            const CivilDate d{year, m.month, m.day};
            if (!is_valid(d) || (m.weekday && iso_weekday(d) != m.weekday)) continue;
            const int64_t day = days_from_civil(d);
            if (day >= from - kDaysBefore && day <= from + kDaysAfter && (!best || day > *best)) best = day;
        }
        if (!best) continue;
        e.dated = true;
        e.first_day = e.last_day = *best;
        e.precision = Precision::Day;
        e.value = to_iso(civil_from_days(*best));
        e.how = "'" + std::string(a.text.substr(e.start, e.end - e.start)) + "' is " +
                describe_interval(*best, *best, Precision::Day) + ", inferred: the latest such day up to a month after " +
                describe_interval(from, from, Precision::Day) +
                ", the latest date the article reports (it states no publication date; a story tells of days close together)";
    }
}

}  // namespace dateline
