// Time words: what a word means to the temporal tagger ("june" is month 6, "weeks" is the plural
// of the unit W, "last" is the deictic -1...). The vocabulary is assets/lexicons/time_words.txt;
// this file turns it into a fast lookup from a lower-case word.
#pragma once

#include <cstdint>
#include <string_view>

namespace dateline {

enum class TimeWordClass : uint8_t {
    None,
    Month, MonthAbbrev, Weekday, WeekdayAbbrev,
    Number, Ordinal, Unit, Units,
    PartOfDay, Season, Part, Earlier, Later,
    Deictic, Anaphoric, DayRef, Ref, Ago, Every, SetAdverb,
    Fuzzy, Approx, Zone, Meridiem,
    Starter,  // no meaning of its own; a pattern may start with it or look at it
};

// Units, in the letters TIMEX3 values use.
enum class TimeUnit : uint8_t { None, Year, Quarter, Month, Week, Fortnight, Weekend, Day, Hour, Minute, Second, Decade, Century };

struct TimeWord {
    TimeWordClass cls = TimeWordClass::None;
    int value = 0;                    // month, weekday, number, ordinal, deictic offset...
    TimeUnit unit = TimeUnit::None;   // for Unit / Units
    std::string_view code;            // the value field as written ("MO", "PAST_REF", "P1D", "START"...)
};

// The meaning of a word, whatever its ASCII case; cls None if not a time word.
const TimeWord& time_word(std::string_view lower);

// "Y" -> Year ... as written in the lexicon and in TIMEX3 durations.
TimeUnit time_unit_from_code(std::string_view code);

}  // namespace dateline
