// Sentences: an article's paragraphs (its lines) cut into sentences.
//
// A sentence ends at ".", "!" or "?" (with any closing quotes or brackets after it) when the
// next token starts a new sentence (a capital, a digit, an opening quote), and always at the end
// of a line. A full stop after an abbreviation ("Sept.", "Gen.", "Lt."; assets/lexicons/
// abbreviations.txt), a dotted abbreviation ("U.S.") or an initial ("W.") does not end one.
//
// A bound: no sentence is longer than kLongestSentenceTokens. Text with no sentence ends (a
// scraped page flattened to one line, a list of thousands of dates) is cut into pieces at the
// last comma, semicolon or colon before the bound (else at the bound), and the pieces are marked:
// everything read per sentence then costs at most a bounded amount per piece.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "tokens.h"

namespace dateline {

struct Sentence {
    uint32_t first_token = 0;  // tokens [first_token, end_token)
    uint32_t end_token = 0;
    uint32_t start = 0;        // byte offsets into the clean text, half-open
    uint32_t end = 0;
    bool starts_line = false;  // the first sentence of its line (paragraph)
    bool cut = false;          // a piece of an over-long sentence
};

inline constexpr uint32_t kLongestSentenceTokens = 250;  // news sentences rarely pass 120

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens);

// "(By the following day this theory had been abandoned.)": a sentence in brackets is an aside,
// told outside the story's order. Its date is its own and ends with it: a date read after it
// ("the day", time_expression.cpp) counts from the dates before it, and the sentences after it go
// on from the sentence before it (events.cpp). Is the sentence wholly in round brackets (an
// opening "(" first, its closing ")" last, or just before a final full stop)?
bool is_bracketed_aside(const std::vector<Token>& tokens, const Sentence& s);

// Is `word` (any case, no dot) an abbreviation that a full stop does not end a sentence after?
bool is_abbreviation(std::string_view word);

}  // namespace dateline
