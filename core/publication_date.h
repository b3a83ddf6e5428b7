// Publication dates from the text: the places newsrooms write an article's date, one named rule
// each, and what can honestly be inferred when no date is written.
//
// Stated (the article or its link says it). read_article (article.cpp) takes the first of:
//   1. above the first paragraph: a "Published/Posted/Updated/Last modified ..." line, the date
//      line under the headline ("08 November, 2017"), a byline block with a date; a date of
//      publication beats an update ("Updated ...") wherever both are given;
//   2. the dateline opening the first paragraph, when it has a year
//      ("WASHINGTON, Dec. 14, 2017 (Reuters) -");
//   3. a "Published ..." line further down (some sites print it under the text);
//   4. a date in the article's link (sources.json's url, else a link written in the text):
//      ".../2017/12/14/...", ".../20171214/...", "...-2017-12-14", ".../2017/dec/14/...".
// Inferred (always shown as an inference, with its evidence):
//   5. the dateline has a day and month but no year ("BEIRUT, Dec 14 (Reuters) -"): the latest
//      year the text allows, near a full date it names (dateline_year below); so has a date line
//      under the headline that leaves out the year, as sites do for the current year ("December
//      14 at 8:15 PM", "Thursday, Dec. 14") (header_day_without_year);
//   6. a photo caption carries a date ("REUTERS/Jane Doe, Dec 13, 2017"): taken as the
//      publication day (a news photo runs the day it is taken or just after; file photos are
//      not read);
//   7. none of these: only a window, "on or after the latest date the article reports as past".
//      A window places no day, so expressions counted from publication ("on Friday", "last
//      week") stay unplaced rather than pinned to an invented day.
// Numbers-only dates ("14/12/2017") are stated only where the order of day and month is certain
// (one of them above 12, or both equal); a date line under the headline whose order is not
// ("04/07/2017") gives an inferred day, in the order the text allows (ambiguous_date_reading).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.h"
#include "tokens.h"

namespace dateline {

// A date written in a line: the day, whether it is the date of an update rather than of
// publication, and the words it was read from.
struct DateStamp {
    CivilDate date;
    bool update = false;
    std::string evidence;
};

// A full date written in numbers whose reading is certain: "2017-12-14", "2017-12-14T08:15:00Z",
// "2017/12/14", "14/12/2017", "12/14/2017", "14.12.2017" ("04/05/2017" is not read: either order fits).
std::optional<CivilDate> numeric_date(std::string_view text, std::string* evidence = nullptr);

// The first full date (day, month, year) in a line, in words or numbers: "Thu December 14, 2017",
// "14 December 2017 08:15 GMT", "Dec. 14, 2017", "2017-12-14T08:15:00Z", "14/12/2017".
std::optional<CivilDate> full_date_in_line(std::string_view line, std::string* evidence = nullptr);

// Rule: a year run together with what follows it, as copying a web page joins a date to the time
// or the second date printed next to it: "December 14, 20178:15 AM ET", "Posted 14 Dec 201714 Dec
// 2017". A run of five or six digits that opens with a plausible year, comes right after a month
// name or a day of the month, and goes on into a clock time ("8:15") or a day and month name
// ("14 Dec"): the offset after its year, where the space belongs, else npos.
size_t glued_year_end(std::string_view line);

// Rule: a date line under the headline that ends on its clock time ("Thursday, Dec. 14, 2017 -
// 8:15 a.m.", "Dec. 14, 2017 at 8:15 p.m. EST"): the full stop of "a.m." closes an abbreviation,
// not a sentence. True when the line is only a full date, maybe a weekday, and that time.
bool is_date_and_clock_time(std::string_view line);

// Rule: a line that stamps the article with a date: "Published 10:32 AM ET, Thu December 14, 2017",
// "Updated: 14 December 2017 08:15 GMT", "Posted on Dec. 14, 2017", "Last modified 2017-12-14T08:15:00Z",
// "First published on Thu 14 Dec 2017". The stamp word opens the line (after an optional
// "This article was" / "Story"); "Updated"/"Last modified"/"Last updated" mark an update.
std::optional<DateStamp> published_line_date(std::string_view line);

// Rule: a header line that gives a date: a published line, else a byline or date line under the
// headline with a full date ("08 November, 2017", "By AFP - Jul 01,2017 - Last updated at Jul 01,2017").
std::optional<DateStamp> header_line_date(std::string_view line);

// Rule: the date in a dateline (the words before the dash opening the first paragraph).
// "BEIRUT, Dec 14 (Reuters) -" gives month 12, day 14, no year; "WASHINGTON, Dec. 14, 2017 -"
// all three; "LONDON, Thursday, Dec 14 -" the weekday too; "MOSUL, Iraq (AP) —" nothing.
struct DatelineDate {
    int year = 0, month = 0, day = 0, weekday = 0;  // 0 when not said; weekday 1 = Monday
    std::string evidence;
};
std::optional<DatelineDate> dateline_date(std::string_view dateline);

// Rule: a date line under the headline with a day and month but no year, as many sites print
// the date of a story of the current year: "December 14 at 8:15 PM", "Thursday, Dec. 14",
// "Published Dec 14, 8:15 UTC+3", "14 December". The line holds nothing but that date, maybe a
// weekday, a clock time with its zone and a stamp word ("Published", "Updated", "at", "on"): a
// heading that tells something ("Talks resume on December 14") is no date line. Its year is
// inferred as a dateline's (dateline_year). `update` is set for "Updated ..." / "Last modified ...".
std::optional<DatelineDate> header_day_without_year(std::string_view line, bool* update = nullptr);

// Rule: a numbers-only date whose order of day and month is not certain ("04/07/2017",
// "10.07.2017"; numeric_date leaves it): its two readings, the separator and the words.
struct AmbiguousDate {
    CivilDate day_first, month_first;
    char separator = 0;
    std::string evidence;
};
std::optional<AmbiguousDate> ambiguous_numeric_date(std::string_view line);

// Rule: a date in a link. Day dates: "/2017/12/14/", "/20171214/", "2017-12-14", "/2017/dec/14/".
// A link that names only a month ("/2017/july/", "/2017/07/") gives day 0.
struct LinkDate {
    int year = 0, month = 0, day = 0;
    std::string evidence;  // the part of the link the date was read from
};
std::optional<LinkDate> link_date(std::string_view url);

// The links written in a text ("https://...", "http://...", "www..."), in order.
std::vector<std::string_view> links_in_text(std::string_view text);

// Rule: the date a photo caption or credit carries ("REUTERS/Jane Doe, Dec 13, 2017",
// "(Photo taken on December 13, 2017)"). Not for file or archive photos.
std::optional<CivilDate> photo_caption_date(std::string_view caption, std::string* evidence = nullptr);

// What the text itself says about when it was written: the dates it reports as past (a past-tense
// clause: publication is on or after them) and as future (publication is before them), and the
// latest year of the dates it mentions outside the future.
struct TextDateBounds {
    std::optional<int64_t> past_from;    // publication is on or after this day
    std::string past_words;              // the expression that says so ("on December 10, 2017")
    std::optional<int64_t> future_to;    // publication is on or before this day
    int latest_year = 0;                 // 0: the text gives no year
    std::vector<int64_t> full_days;      // the days it names with their year, outside plans (sorted)
    struct MonthDay {
        int month = 0, day = 0;
        std::string words;  // "July 3"
    };
    std::vector<MonthDay> past_month_days;  // days of a month without their year in past clauses ("on July 3")
    // The latest year named in a past or tenseless clause that is not a point of comparison
    // ("since mid-2021" says only that the story is later): 0 when none.
    int latest_reported_year = 0;
    // The lead's weekday: a bare weekday ("on Wednesday", not "last Wednesday") in a past or
    // tenseless clause of the text's first two sentences, 1 = Monday; 0 when none.
    int lead_weekday = 0;
    std::string lead_weekday_words;
};
// `readable(offset)` says whether a clean-text offset lies in the article's own text (not page
// furniture). Photo captions count as past: a photo is taken on or before publication. A point of
// comparison is no bound (is_comparison_point).
TextDateBounds date_bounds_in_text(std::string_view text, const std::function<bool(uint32_t)>& readable,
                                   const std::function<bool(uint32_t)>& is_caption);

// Rule: a date the text compares with rather than reports ("the lowest close since October 9,
// 2002", "its biggest fall since the September 11, 2001, attacks", "above its November 20, 2008 low"): a record's or a comparison's reference point, often
// years old, that says nothing of how recent the story is. The words of the expression
// `first`..`end` (tokens) of a lower-cased text with its signal ("since").
bool is_comparison_point(std::string_view lower, const std::vector<Token>& tokens, size_t first, size_t end,
                         std::string_view signal);

// Rule: the reading of an ambiguous date line that the text allows. A reading is allowed when it
// is not before a date the text reports as past nor after one it reports as future; of two
// allowed, the one under which more of the days of a month it reports as past without a year
// ("on July 3") lie in the season (kNearDays) before it, else the one nearer after the latest
// past date (news is written days after what it reports). With no past date to go by, a date written with dots is read day first, as the sites
// that write them so do ("10.07.2017": German, Turkish, Russian); a slash or dash gives none.
// `why` gets the reason, for the how ("the only reading on or after 'July 3, 2017', which the
// text reports as past").
std::optional<CivilDate> ambiguous_date_reading(const AmbiguousDate& date, const TextDateBounds& bounds,
                                                std::string* why = nullptr);

// Rule: the year of a dateline's day and month: the latest year the text allows. A year is
// allowed when that day is not before a date the text reports as past, not after a date it
// reports as future, falls on the weekday the dateline names (if it names one), and lies within
// kNearDays of a full date the text names (news reports what happened days or weeks before; a
// story that names only old dates, "the attacks of September 11, 2001", says nothing of its
// year). The latest allowed year is taken. None allowed: nothing is inferred.
inline constexpr int64_t kNearDays = 92;  // a season
std::optional<int> dateline_year(const DatelineDate& dateline, const TextDateBounds& bounds);

// Rule: the year of a dateline's day and month when the text names no full date to be near, from
// the weekday of its lead: a wire story's lead tells the dateline's day ("BRASILIA, Dec 13
// (Reuters) - Brazil's central bank cut its rate ... on Wednesday"). The years from the latest the
// text reports (not one it compares with) to kLeadWeekdayYears after it, the one in which that day
// falls on the lead's weekday (there is at most one); none: nothing is inferred.
inline constexpr int kLeadWeekdayYears = 4;
std::optional<int> dateline_year_by_lead_weekday(const DatelineDate& dateline, const TextDateBounds& bounds);

}  // namespace dateline
