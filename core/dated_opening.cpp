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

// "Baghdad, ", "Kafr Nabl, ": a place in mixed case (up to three capitalised words) and its
// comma, opening a dateline as regional papers write it; the token of the comma, else 0.
size_t mixed_case_place_end(const std::vector<Token>& tokens) {
    size_t i = 0;
    while (i < tokens.size() && i < 3 && tokens[i].is_word() && tokens[i].capitalised) ++i;
    return i > 0 && i < tokens.size() && tokens[i].is(',') ? i : 0;
}

// After a dateline's date, a source's credit in brackets ("(IraqiNews.com)", "(Xinhua)"), of at
// most 30 bytes, and the spaces after it: the offset after them, else `at` itself.
size_t after_credit(std::string_view head, size_t at) {
    if (at >= head.size() || head[at] != '(') return at;
    const size_t close = head.find(')', at);
    if (close == std::string_view::npos || close - at > 30) return at;
    at = close + 1;
    while (at < head.size() && head[at] == ' ') ++at;
    return at;
}

}  // namespace

size_t dated_opening_length(std::string_view s) {
    // Only the paragraph's opening is looked at: a dateline is short.
    const std::string_view head = s.substr(0, std::min<size_t>(s.size(), 80));
    const std::vector<Token> tokens = tokenize(head);
    if (tokens.size() < 4) return 0;
    // A place in capitals and its dash or comma before the date: "DETROIT — ", "NEW YORK, ", maybe
    // with its country or state before the dash: "BAGHDAD, Iraq — ", "PORTVILLE, Fla. — "; or a
    // place in mixed case and its comma ("Baghdad, "), whose words are no time ("On Monday, ").
    const std::string lower = lower_case_text(head);
    const std::vector<TimeExpression> expressions = find_time_expressions(head, lower, tokens);
    size_t first = 0;
    while (first < tokens.size() && first < 4 && tokens[first].is_word() && tokens[first].all_caps) ++first;
    if (first == 0 && !expressions.empty()) {
        const size_t comma = mixed_case_place_end(tokens);
        if (comma && expressions.front().first_token > comma) first = comma;
    }
    const bool place_before = first > 0;
    if (first > 0) {
        const Token& t = tokens[first < tokens.size() ? first : 0];
        if (first >= tokens.size() || !(t.is(',') || is_dash(t))) return 0;
        ++first;
        if (t.is(',')) first = after_region_and_dash(tokens, first);
    }
    if (first >= tokens.size()) return 0;
    for (const TimeExpression& e : expressions) {
        if (e.first_token != first) return 0;  // the first expression must open the paragraph (after the place)
        const TimexMeaning& m = e.meaning;
        // A full date; after a place, a day and month without the year too ("Baghdad, Dec 14 -"),
        // as the wires date their copy: its year is inferred (rule 5 of publication_date.h).
        const bool full = m.anchor == TimexMeaning::Anchor::Absolute && m.year;
        const bool day_of_month = m.anchor == TimexMeaning::Anchor::Tense && !m.year && place_before;
        if (!(full || day_of_month) || !m.month || !m.day) return 0;
        size_t at = e.end;
        while (at < head.size() && head[at] == ' ') ++at;
        at = after_credit(head, at);
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
