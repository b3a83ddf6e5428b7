// Calendar: proleptic Gregorian civil dates, the unit every date in Dateline is counted in.
//
// Plain data and pure functions. Days are counted from 1970-01-01 (day 0), so intervals and
// comparisons are integer arithmetic. Years are limited to 1..9999 (TimeML values are 4 digits).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dateline {

struct CivilDate {
    int year = 0;
    int month = 0;  // 1..12
    int day = 0;    // 1..31
    friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);  // 0 for a month outside 1..12
bool is_valid(const CivilDate& date);     // a real day of years 1..9999

// Days since 1970-01-01 (negative before). Defined for any valid date.
int64_t days_from_civil(const CivilDate& date);
CivilDate civil_from_days(int64_t days);

// ISO weekday: 1 = Monday ... 7 = Sunday.
int iso_weekday(const CivilDate& date);

// ISO 8601 week: the Monday-to-Sunday week, numbered 1..53 within its ISO year.
struct IsoWeek {
    int year = 0;
    int week = 0;
};
IsoWeek iso_week(const CivilDate& date);
int64_t monday_of_iso_week(int iso_year, int week);  // day number of that week's Monday

// The n-th `weekday` (ISO, 1 = Monday) of a month: n = 1..5 counted from its start, n = -1 the
// last ("the fourth Thursday of November", "the last Monday of May"). A day past the month's end
// (a fifth weekday it lacks) is clamped to the last such weekday.
CivilDate nth_weekday_of_month(int year, int month, int weekday, int n);
// Easter Sunday of a year in the Gregorian calendar (the Western churches' reckoning: the
// anonymous Gregorian algorithm, Meeus/Jones/Butcher).
CivilDate easter_sunday(int year);

// Adds months to a date's month (the day is clamped to the month's length).
CivilDate add_months(const CivilDate& date, int months);

// "YYYY-MM-DD" exactly, and a real day; anything else is nullopt.
std::optional<CivilDate> parse_iso_date(std::string_view text);
std::string to_iso(const CivilDate& date);  // "YYYY-MM-DD"

}  // namespace dateline
