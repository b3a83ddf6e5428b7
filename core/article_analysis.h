// Article analysis: an article's clean text read once into everything the later stages look at
// (its lower-case copy, tokens, sentences, time expressions and the names it mentions), so that
// events, figures and headlines read one record instead of being handed its parts one by one.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer.h"
#include "sentences.h"
#include "time_expression.h"
#include "tokens.h"

namespace dateline {

struct ArticleAnalysis {
    std::string_view text;                 // the clean text (owned by the article)
    std::string lower;                     // lower_case_text(text): same byte offsets
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    std::vector<TimeExpression> timexes;   // found and resolved against the reference date, in text order
    std::vector<NameMention> names;        // places and actors named, in text order
    std::vector<bool> in_timex;            // per token: part of a time expression
    size_t expressions_too_long = 0;       // matches past kLongestTimeExpressionTokens (time_expression.h)
    const Gazetteer* gazetteer = nullptr;  // the one the names were found with (their kinds)

    // The lower-case text of word token i, or empty (punctuation, numbers, past the end).
    std::string_view word(uint32_t i) const {
        if (i >= tokens.size()) return {};
        const Token& t = tokens[i];
        // Called for most tokens by most rules: no range check beyond the one that keeps it safe,
        // and a punctuation mark or a number gives an empty view by its length, not by a branch
        // (which the mix of words and marks mispredicts).
        if (t.end > lower.size()) return t.is_word() ? std::string_view(lower).substr(t.start, t.end - t.start) : std::string_view{};
        const size_t length = t.is_word() ? t.end - t.start : 0;
        return std::string_view(lower.data() + t.start, length);
    }
    // Is word token i the (non-empty) word w? For the scans that look for one key word at every
    // token ("has", "days", "week"): tokens.h's is_lower_word, one branch seldom taken.
    bool word_is(uint32_t i, std::string_view w) const { return i < tokens.size() && is_lower_word(tokens[i], lower, w); }
    // The original text of token i.
    std::string_view token(uint32_t i) const { return token_text(text, tokens[i]); }
};

// Reads `text` (which must outlive the result) against the reference date with the gazetteer.
ArticleAnalysis analyse_article(std::string_view text, const ReferenceDate& reference, const Gazetteer& gazetteer);

// Does tokens [first, end) hold a time expression that dates something: a dated date or time, not
// a reference such as "now", "currently", "recently"? Rules that read undated text ask it.
bool holds_a_date(const ArticleAnalysis& a, uint32_t first, uint32_t end);

}  // namespace dateline
