#include "calendar.h"

#include <gtest/gtest.h>

using namespace dateline;

TEST(Calendar, DaysRoundTripOverFourCenturies) {
    for (int64_t day = days_from_civil({1800, 1, 1}); day <= days_from_civil({2200, 12, 31}); ++day) {
        const CivilDate d = civil_from_days(day);
        ASSERT_TRUE(is_valid(d)) << day;
        ASSERT_EQ(days_from_civil(d), day) << to_iso(d);
    }
    EXPECT_EQ(days_from_civil({1970, 1, 1}), 0);
    EXPECT_EQ(days_from_civil({2017, 6, 29}) - days_from_civil({2017, 6, 22}), 7);
}

TEST(Calendar, WeekdaysOfKnownDays) {
    EXPECT_EQ(iso_weekday({2017, 6, 29}), 4);  // Thursday: the Nuri mosque was taken
    EXPECT_EQ(iso_weekday({2017, 6, 30}), 5);  // Friday
    EXPECT_EQ(iso_weekday({2019, 3, 22}), 5);  // Friday: "100 per cent" statement
    EXPECT_EQ(iso_weekday({2016, 10, 17}), 1); // Monday: the battle for Mosul began
    EXPECT_EQ(iso_weekday({2000, 1, 2}), 7);   // Sunday
}

// Feasts that move with the year: checked against published calendars.
TEST(Calendar, MovableFeasts) {
    EXPECT_EQ(nth_weekday_of_month(2023, 11, 4, 4), (CivilDate{2023, 11, 23}));  // Thanksgiving
    EXPECT_EQ(nth_weekday_of_month(2024, 11, 4, 4), (CivilDate{2024, 11, 28}));
    EXPECT_EQ(nth_weekday_of_month(2023, 5, 1, -1), (CivilDate{2023, 5, 29}));   // Memorial Day
    EXPECT_EQ(nth_weekday_of_month(2024, 5, 1, -1), (CivilDate{2024, 5, 27}));
    EXPECT_EQ(nth_weekday_of_month(2023, 9, 1, 1), (CivilDate{2023, 9, 4}));     // Labor Day
    EXPECT_EQ(nth_weekday_of_month(2024, 9, 1, 1), (CivilDate{2024, 9, 2}));
    EXPECT_EQ(nth_weekday_of_month(2024, 2, 4, 5), (CivilDate{2024, 2, 29}));    // a fifth Thursday
    EXPECT_EQ(nth_weekday_of_month(2023, 2, 4, 5), (CivilDate{2023, 2, 23}));    // none: the last
    EXPECT_EQ(easter_sunday(2019), (CivilDate{2019, 4, 21}));
    EXPECT_EQ(easter_sunday(2023), (CivilDate{2023, 4, 9}));
    EXPECT_EQ(easter_sunday(2024), (CivilDate{2024, 3, 31}));
    EXPECT_EQ(easter_sunday(2025), (CivilDate{2025, 4, 20}));
    EXPECT_EQ(easter_sunday(2038), (CivilDate{2038, 4, 25}));  // the latest possible
    EXPECT_EQ(easter_sunday(2285), (CivilDate{2285, 3, 22}));  // the earliest possible
    EXPECT_EQ(easter_sunday(1998), (CivilDate{1998, 4, 12}));
}

TEST(Calendar, LeapYearsAndMonthLengths) {
    EXPECT_TRUE(is_leap_year(2016));
    EXPECT_FALSE(is_leap_year(2017));
    EXPECT_FALSE(is_leap_year(1900));
    EXPECT_TRUE(is_leap_year(2000));
    EXPECT_EQ(days_in_month(2016, 2), 29);
    EXPECT_EQ(days_in_month(2017, 2), 28);
    EXPECT_EQ(days_in_month(2017, 13), 0);
}

TEST(Calendar, ParsesOnlyRealIsoDates) {
    ASSERT_TRUE(parse_iso_date("2017-06-29"));
    EXPECT_EQ(*parse_iso_date("2017-06-29"), (CivilDate{2017, 6, 29}));
    EXPECT_EQ(*parse_iso_date("2016-02-29"), (CivilDate{2016, 2, 29}));
    for (const char* bad : {"2017-02-31", "2017-02-29", "2017-13-01", "2017-00-10", "2017-06-00", "0000-01-01",
                            "99999-01-01", "2017-6-29", "2017/06/29", "", "2017-06-29T00:00", "2O17-06-29"})
        EXPECT_FALSE(parse_iso_date(bad)) << bad;
}

TEST(Calendar, FormatsIso) {
    EXPECT_EQ(to_iso({2017, 6, 9}), "2017-06-09");
    EXPECT_EQ(to_iso({14, 1, 1}), "0014-01-01");
}
