// Tokens: the words, numbers and punctuation of an article's clean text, with byte offsets.
//
// One hand-written scanner, no regular expressions, one pass. What it decides:
//   - a word is letters (any non-ASCII letter counts), with inner apostrophes ("Daesh's",
//     "Daesh’s") and dotted abbreviations ("U.S.", "a.m."); hyphens split words ("850-year-old"
//     is 850 - year - old) and the tokens record that no space separated them;
//   - a number is digits, with thousands groups ("2,500", not "01,2017") and decimals ("1.5");
//     ordinals ("21st") keep their suffix in the token and set `ordinal`;
//   - anything else is punctuation, one character per token (curly quotes and dashes included).
// Each token knows whether a space or a line break came before it: later stages use that to
// tell "Jul 01,2017" from a list and paragraphs from sentences.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace dateline {

struct Token {
    enum class Kind : uint8_t { Word, Number, Punct };
    uint32_t start = 0;  // byte offsets into the clean text, half-open
    uint32_t end = 0;
    Kind kind = Kind::Word;
    bool space_before = false;    // whitespace (or start of text) before this token
    bool line_before = false;     // a line break before this token (a new paragraph)
    bool capitalised = false;     // a word starting with an upper-case ASCII letter
    bool all_caps = false;        // a word of two or more letters, all upper-case
    bool ordinal = false;         // "21st", "3rd"
    bool decimal = false;         // "1.5"
    bool grouped = false;         // "2,500"
    uint8_t digits = 0;           // digits in a plain number ("07" has 2)
    int64_t value = 0;            // a number's value (integer part), saturating
    char32_t punct = 0;           // the character of a punctuation token

    bool is_word() const { return kind == Kind::Word; }
    bool is_number() const { return kind == Kind::Number; }
    bool is(char32_t c) const { return kind == Kind::Punct && punct == c; }
    // Whether a reader is inside quotation marks after this token, given whether they were before
    // it: an opening curly quote opens, a closing one closes, a straight one toggles.
    // Asked of every token by the rules that skip quotations: worked out without branches, which
    // a token stream of words and punctuation would mispredict.
    bool inside_quote_after(bool before) const {
        const bool mark = kind == Kind::Punct;
        const bool opens = mark & (punct == 0x201C), closes = mark & (punct == 0x201D), toggles = mark & (punct == '"');
        return opens | ((before ^ toggles) & !closes);
    }
};

// Is token t the lower-case word w, read in `lower` (the lower-case text its offsets index)? For
// the scans that look for one key word at every token ("has", "days", "the"): the kind, the
// length and the first letter are tested together, one branch that is seldom taken, not a chain
// of them that a stream of words and punctuation mispredicts.
inline bool is_lower_word(const Token& t, std::string_view lower, std::string_view w) {
    if (w.empty() || t.end > lower.size())  // (a token past the text: only a clipped read)
        return t.is_word() && t.start <= lower.size() && lower.substr(t.start, t.end - t.start) == w;
    const bool maybe = (static_cast<int>(t.kind == Token::Kind::Word) & static_cast<int>(t.end - t.start == w.size()) &
                        static_cast<int>(lower[t.start] == w[0])) != 0;
    return maybe && lower.substr(t.start + 1, w.size() - 1) == w.substr(1);
}

std::vector<Token> tokenize(std::string_view text);

// A token's text.
inline std::string_view token_text(std::string_view text, const Token& t) { return text.substr(t.start, t.end - t.start); }

// Lower-case ASCII copy of a word into `out` (non-ASCII bytes kept; curly apostrophes become ').
// Returns a view of `out`.
std::string_view lower_word(std::string_view word, std::string& out);

// Is this code point a letter for the purposes of word scanning (ASCII letters, and every
// non-ASCII character that is not punctuation or a symbol we know)?
bool is_word_character(char32_t c);

}  // namespace dateline
