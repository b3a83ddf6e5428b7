// Tense: is a clause about the past, the present or the future? It decides which "Thursday" a
// bare "on Thursday" is: "attacked on Thursday" (the one before publication), "will meet on
// Thursday" (the one after). The verbs are in assets/lexicons/verb_tenses.txt; regular "-ed"
// forms count as past, "has/have + participle" as past, "will/would/going to" as future, and so do
// a modal of what may come ("could reach") and what is expected of another ("expected inflation to
// fall this year": the year of the fall, not of the expecting).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "tokens.h"

namespace dateline {

enum class Tense : uint8_t { Unknown, Past, Present, Future };
std::string_view to_string(Tense tense);  // "past", "present", "future", "unknown"

// The tense nearest to tokens [at_begin, at_end), looking within tokens [first, end) (the
// sentence). `lower` is the lower-cased clean text.
Tense tense_around(std::string_view lower, const std::vector<Token>& tokens, size_t first, size_t end, size_t at_begin,
                   size_t at_end);

// A verb of expecting, whose object is a forecast: "expected", "predicts", "hoped", "forecast".
bool is_expecting_verb(std::string_view lower_word);

// Is token i a modal of what may come: "should be completed", "may rise", "could reach its
// outskirts by the weekend"? Not "may have been killed", "should not have" (a past told as
// uncertain, or judged), nor "could be to blame" (a view of what is: "be" counts only before a
// participle), nor "could not reach the village on Tuesday" (an inability, as often past).
bool is_modal_of_what_may_come(std::string_view lower, const std::vector<Token>& tokens, size_t i);

}  // namespace dateline
