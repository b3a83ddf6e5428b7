// Tense: is a clause about the past, the present or the future? It decides which "Thursday" a
// bare "on Thursday" is: "attacked on Thursday" (the one before publication), "will meet on
// Thursday" (the one after). The verbs are in assets/lexicons/verb_tenses.txt; regular "-ed"
// forms count as past, "has/have + participle" as past, "will/would/going to" as future.
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

}  // namespace dateline
