// Time expressions: the dates, times, durations and sets a text mentions, found and normalised
// to TIMEX3-style values (TimeML), each with the interval of days it stands for and a one-line
// account of how it was derived.
//
// Two steps, kept apart because they need different knowledge:
//   1. find_time_expressions reads the words alone: "on Thursday" is a weekday, "last week" is
//      the week before the reference, "for four years" is a duration, "2,500" is nothing.
//   2. resolve_time_expressions anchors them: against the publication date (deictic words), the
//      tense of their clause (a bare "Thursday" or "October 17" in a past-tense clause is the
//      latest one on or before publication), or the previous date of the text ("the day before").
//
// Granularity is kept: "last week" is a week, "in May" a month, "in 2014" a year, "early 2014"
// the first third of 2014. Durations ("for four years", "five-year reign") and sets ("every
// week") are never dates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.h"
#include "sentences.h"
#include "time_words.h"
#include "tokens.h"

namespace dateline {

enum class TimexType : uint8_t { Date, Time, Duration, Set };
std::string_view to_string(TimexType type);  // "DATE", "TIME", "DURATION", "SET"

// How finely a resolved date is known.
enum class Precision : uint8_t {
    None,
    Day,          // Thursday 29 June 2017 (also a time of day)
    Week,         // the week of 19 June 2017
    PartOfMonth,  // early January 2019
    Month,        // June 2017
    Quarter,      // the third quarter of 2009
    Season,       // summer 2014
    Half,         // the first half of 2017
    PartOfYear,   // early 2014
    Year,         // 2014
    Decade,       // the 1970s
    Century,      // the 19th century
    Range,        // since December 2018 (from a date to publication)
};
std::string_view to_string(Precision precision);  // "day", "week", ...

// What the words of an expression say, before anything anchors them.
struct TimexMeaning {
    enum class Anchor : uint8_t {
        Absolute,     // a year is written: "June 30, 2017", "2014", "the 1970s"
        Publication,  // counted from the publication date: "last week", "three years ago", "today"
        Tense,        // a calendar name without a year: "Thursday", "October 17", "in May"
        Previous,     // counted from the previous date in the text: "the day before", "that day"
        Reference,    // PRESENT_REF / PAST_REF / FUTURE_REF
        None,         // durations and sets
    };
    Anchor anchor = Anchor::None;
    // Calendar fields (0 when not said).
    int year = 0, month = 0, day = 0, weekday = 0, quarter = 0, half = 0;
    bool fiscal = false;  // "fiscal 2009": the year is a fiscal year (value FY2009)
    // "the year-earlier quarter": the previous date of the text moved by `offset` years, keeping
    // its granularity (a quarter stays a quarter). Anchor Previous.
    bool same_period = false;
    int decade = 0;   // 197 for "the 1970s"
    int century = 0;  // 18 for "the 19th century"
    std::string_view season;      // "SP", "SU", "FA", "WI"
    // A shift from the anchor, in units: "last week" (Week, -1), "three years ago" (Year, -3).
    TimeUnit unit = TimeUnit::None;
    int offset = 0;
    bool deictic_unit = false;    // "this/last/next <unit>": the whole unit, not a day
    std::string_view part;        // "START", "MID", "END": early, mid, late; "W1".."WL": a week of a
                                  // month; "UP_TO_PUBLICATION", "FROM_PUBLICATION": earlier/later this unit
    // "the first quarter of last year", "October of next year": the year is the publication
    // year plus this offset (anchor Publication, calendar fields as said).
    bool relative_year = false;
    int year_offset = 0;
    // "December that year", "in March of the same year", "April the following year": the year of
    // the date told before it, moved by `year_offset` (anchor Previous, calendar fields as said).
    bool year_of_previous = false;
    // "the following April", "the next Tuesday", "the previous March": the first such month or
    // weekday after (`offset` +1) or before (-1) the date told before it (anchor Previous).
    bool after_previous = false;
    std::string_view reference;   // "PRESENT_REF"...
    // A feast whose day moves with the year (holiday_at): Easter Sunday when `feast_nth` is 0, else
    // the feast_nth `feast_weekday` of `month` (-1: the last), moved by `feast_shift` days ("Black
    // Friday": the fourth Thursday of November, +1). `day` stays 0: only a year places it.
    bool feast = false;
    int feast_nth = 0, feast_weekday = 0, feast_shift = 0;
    // Time of day.
    int hour = -1, minute = -1;
    std::string_view part_of_day;  // "MO", "AF", "EV", "NI", "MI"...
    bool utc = false;
    bool weekend = false;
    // Durations and sets.
    double amount = 0;       // < 0: unspecified ("several years": X)
    TimeUnit amount_unit = TimeUnit::None;
    std::string_view set_value;  // for set adverbs ("P1W")
    std::string_view mod;        // "APPROX", "LESS_THAN"
};

struct TimeExpression {
    uint32_t start = 0, end = 0;             // byte offsets into the clean text, half-open
    uint32_t first_token = 0, end_token = 0; // tokens [first_token, end_token)
    TimexType type = TimexType::Date;
    TimexMeaning meaning;
    std::string_view signal;  // the preposition before it, lower-case ("on", "since", "in"...)

    // Filled by resolve_time_expressions.
    std::string value;        // TIMEX3 value: "2017-06-29", "2017-W25", "P4Y", "PRESENT_REF"...
    std::string mod;          // TIMEX3 mod: "START", "END", "APPROX"... or empty
    bool dated = false;       // a DATE/TIME anchored to a concrete interval of days
    int64_t first_day = 0;    // the interval, days since 1970-01-01, inclusive
    int64_t last_day = 0;
    Precision precision = Precision::None;
    // An approximate day ("a week ago"): the day above, give or take this many days. 0: as stated.
    int give_or_take_days = 0;
    // News told without a date of its own ("has chosen to step down"), given the day of
    // publication because that is all the text says: it may have happened a day or two before.
    bool news_without_date = false;
    std::string how;          // one line: how the value was derived
};

// How far off "N weeks ago" may be, either way: half a week.
inline constexpr int kWeeksAgoGiveOrTakeDays = 3;

// What a text's dates are read against.
struct ReferenceDate {
    std::optional<CivilDate> date;  // the publication date (document creation time)
    std::string_view source;        // where it came from: "sources.json", "the text", "--dct"
};

// Step 1: recognise. `lower` is the clean text lower-cased byte for byte (same offsets).
// A bound: no time expression spans more than kLongestTimeExpressionTokens tokens. The patterns
// are of fixed shape (the longest seen, "Fri, 08 Sep 2017 - 03:02 GMT", is 10), so the bound is
// a guard: a match past it is not taken, and counted in `too_long`.
inline constexpr uint32_t kLongestTimeExpressionTokens = 24;
std::vector<TimeExpression> find_time_expressions(std::string_view text, std::string_view lower,
                                                  const std::vector<Token>& tokens, size_t* too_long = nullptr);

// Step 2: anchor and normalise, in text order (anaphoric expressions look back).
void resolve_time_expressions(std::string_view text, std::string_view lower, const std::vector<Token>& tokens,
                              const std::vector<Sentence>& sentences, const ReferenceDate& reference,
                              std::vector<TimeExpression>& expressions);

// Convenience: tokenise, split, find and resolve in one call (the `dateline timex` command).
std::vector<TimeExpression> tag_time_expressions(std::string_view text, const ReferenceDate& reference);

// ASCII lower-casing that keeps byte offsets (the `lower` argument above).
std::string lower_case_text(std::string_view text);

// The interval [first_day, last_day] a date value covers at a precision, for display and merging.
std::string describe_interval(int64_t first_day, int64_t last_day, Precision precision);

}  // namespace dateline
