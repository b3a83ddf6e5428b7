// Fitting text to a width: a headline cut to one row of the list ends with "…", cut after a whole
// word, or inside a word too long for the row, never inside a UTF-8 character. Plain C++ (the
// measure is given), tested natively (tests/app/text_fit_test.cpp).
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace dateline {

// `text` if it fits in `width` by `measure`; else its longest start that fits with "…" after it:
// ending at a word's end when one fits, else inside the first word at a character boundary;
// spaces and joining punctuation (",;:-") before the "…" are dropped. "…" alone if nothing fits.
std::string fit_to_width(std::string_view text, float width, const std::function<float(std::string_view)>& measure);

// Where the UTF-8 character holding byte `at` starts (at itself on a boundary or past the end).
size_t character_start(std::string_view text, size_t at);

}  // namespace dateline
