#include "calendar.h"

#include <algorithm>

namespace dateline {

bool is_leap_year(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

bool is_valid(const CivilDate& d) {
    return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
           d.day <= days_in_month(d.year, d.month);
}

// Howard Hinnant's days_from_civil / civil_from_days algorithms (public domain descriptions).
int64_t days_from_civil(const CivilDate& d) {
    const int64_t y = static_cast<int64_t>(d.year) - (d.month <= 2 ? 1 : 0);
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t mp = (d.month + 9) % 12;
    const int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(int64_t z) {
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

int iso_weekday(const CivilDate& d) {
    const int64_t days = days_from_civil(d);  // 1970-01-01 was a Thursday (4)
    const int64_t w = ((days % 7) + 7 + 3) % 7;  // 0 = Monday
    return static_cast<int>(w) + 1;
}

CivilDate nth_weekday_of_month(int year, int month, int weekday, int n) {
    if (n < 0) {
        const CivilDate last{year, month, days_in_month(year, month)};
        return {year, month, last.day - (iso_weekday(last) - weekday + 7) % 7};
    }
    const int first = 1 + (weekday - iso_weekday({year, month, 1}) + 7) % 7;
    int day = first + 7 * (n - 1);
    while (day > days_in_month(year, month)) day -= 7;
    return {year, month, day};
}

CivilDate easter_sunday(int year) {
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return {year, month, day};
}

IsoWeek iso_week(const CivilDate& d) {
    const int64_t day = days_from_civil(d);
    const int64_t thursday = day - (iso_weekday(d) - 1) + 3;  // the Thursday of d's week decides the year
    const CivilDate t = civil_from_days(thursday);
    const int64_t jan1 = days_from_civil({t.year, 1, 1});
    return {t.year, static_cast<int>((thursday - jan1) / 7 + 1)};
}

int64_t monday_of_iso_week(int iso_year, int week) {
    const CivilDate jan4{iso_year, 1, 4};  // always in week 1
    const int64_t monday1 = days_from_civil(jan4) - (iso_weekday(jan4) - 1);
    return monday1 + static_cast<int64_t>(week - 1) * 7;
}

CivilDate add_months(const CivilDate& d, int months) {
    int64_t index = static_cast<int64_t>(d.year) * 12 + (d.month - 1) + months;
    CivilDate out;
    out.year = static_cast<int>(index / 12);
    out.month = static_cast<int>(index % 12) + 1;
    out.day = std::min(d.day, days_in_month(out.year, out.month));
    return out;
}

std::optional<CivilDate> parse_iso_date(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    auto digits = [&](size_t from, size_t count, int& out) {
        out = 0;
        for (size_t i = from; i < from + count; ++i) {
            if (t[i] < '0' || t[i] > '9') return false;
            out = out * 10 + (t[i] - '0');
        }
        return true;
    };
    CivilDate d;
    if (!digits(0, 4, d.year) || !digits(5, 2, d.month) || !digits(8, 2, d.day)) return std::nullopt;
    if (!is_valid(d)) return std::nullopt;
    return d;
}

std::string to_iso(const CivilDate& d) {
    std::string out(10, '0');
    auto put = [&](size_t at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10) out[at + static_cast<size_t>(i)] = char('0' + value % 10);
    };
    put(0, d.year, 4);
    out[4] = '-';
    put(5, d.month, 2);
    out[7] = '-';
    put(8, d.day, 2);
    return out;
}

}  // namespace dateline
