#include "dated_opening.h"

#include <algorithm>
#include <string>
#include <vector>

#include "time_expression.h"
#include "tokens.h"

namespace dateline {

namespace {

bool is_dash(const Token& t) { return t.is('-') || t.is(0x2014) || t.is(0x2013); }

// After "BAGHDAD, ": the region the place is in and its dash ("Iraq — ", "Kurdistan Region — ",
// "Fla. — "), up to four capitalised words, skipped; else `from` itself (the date follows the comma).
size_t after_region_and_dash(const std::vector<Token>& tokens, size_t from) {
    size_t i = from;
    for (size_t words = 0; i < tokens.size() && words < 4; ++i) {
        if (tokens[i].is_word() && tokens[i].capitalised) ++words;
        else if (!(tokens[i].is('.') && i > from && tokens[i - 1].is_word())) break;  // "Fla."
    }
    return i > from && i < tokens.size() && is_dash(tokens[i]) ? i + 1 : from;
}

}  // namespace

size_t dated_opening_length(std::string_view s) {
    // Only the paragraph's opening is looked at: a dateline is short.
    const std::string_view head = s.substr(0, std::min<size_t>(s.size(), 80));
    const std::vector<Token> tokens = tokenize(head);
    if (tokens.size() < 4) return 0;
    // A place in capitals and its dash or comma before the date: "DETROIT — ", "NEW YORK, ", maybe
    // with its country or state before the dash: "BAGHDAD, Iraq — ", "PORTVILLE, Fla. — ".
    size_t first = 0;
    while (first < tokens.size() && first < 4 && tokens[first].is_word() && tokens[first].all_caps) ++first;
    if (first > 0) {
        const Token& t = tokens[first < tokens.size() ? first : 0];
        if (first >= tokens.size() || !(t.is(',') || is_dash(t))) return 0;
        ++first;
        if (t.is(',')) first = after_region_and_dash(tokens, first);
    }
    if (first >= tokens.size()) return 0;
    const std::string lower = lower_case_text(head);
    for (const TimeExpression& e : find_time_expressions(head, lower, tokens)) {
        if (e.first_token != first) return 0;  // the first expression must open the paragraph (after the place)
        const TimexMeaning& m = e.meaning;
        if (m.anchor != TimexMeaning::Anchor::Absolute || !m.year || !m.month || !m.day) return 0;
        size_t at = e.end;
        while (at < head.size() && head[at] == ' ') ++at;
        size_t after = 0;
        if (head.substr(at).starts_with("--")) after = at + 2;
        else if (head.substr(at).starts_with("\xE2\x80\x94") || head.substr(at).starts_with("\xE2\x80\x93")) after = at + 3;
        else if (head.substr(at).starts_with("- ") && at > e.end) after = at + 1;
        else if (head.substr(at).starts_with(":") && at == e.end) after = at + 1;
        if (!after) return 0;
        while (after < head.size() && head[after] == ' ') ++after;
        return after < head.size() ? after : 0;  // the story follows on the same line
    }
    return 0;
}

}  // namespace dateline
