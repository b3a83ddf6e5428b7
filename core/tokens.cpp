#include "tokens.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>

#include "article_text.h"

namespace dateline {

bool is_word_character(char32_t c) {
    if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (c >= 0x2000 && c <= 0x206F) return false;  // general punctuation: quotes, dashes, bullets
    if (c >= 0x00A1 && c <= 0x00BF) return false;  // Latin-1 symbols: ¡ « » ° ...
    if (c == 0x00D7 || c == 0x00F7) return false;  // × ÷
    if (c >= 0x2190 && c <= 0x2BFF) return false;  // arrows, maths, shapes
    if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
    if (c == 0xFFFD || c == 0xFEFF) return false;
    if (c >= 0x20A0 && c <= 0x20CF) return false;  // currency
    return true;
}

std::string_view lower_word(std::string_view word, std::string& out) {
    out.clear();
    for (size_t i = 0; i < word.size(); ++i) {
        const char c = word[i];
        if (c >= 'A' && c <= 'Z') {
            out.push_back(static_cast<char>(c - 'A' + 'a'));
        } else if (c == '\xE2' && i + 2 < word.size() && word[i + 1] == '\x80' && word[i + 2] == '\x99') {
            out.push_back('\'');  // ’ as an apostrophe
            i += 2;
        } else {
            out.push_back(c);
        }
    }
    return out;
}

namespace {

inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// ASCII character classes for the scanner's fast paths.
constexpr uint8_t kLower = 1, kUpper = 2, kDigit = 3;  // everything else is 0
constexpr auto kAscii = [] {
    std::array<uint8_t, 256> t{};
    for (int c = 'a'; c <= 'z'; ++c) t[static_cast<size_t>(c)] = kLower;
    for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<size_t>(c)] = kUpper;
    for (int c = '0'; c <= '9'; ++c) t[static_cast<size_t>(c)] = kDigit;
    return t;
}();
inline bool is_ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Eight bytes' ASCII classes at once: the high bit of each byte set in `letters`, `upper` or
// `digits` when that byte is an ASCII letter, an upper-case one or a digit (as kAscii says).
constexpr uint64_t kHighBits = 0x8080808080808080ull, kOnes = 0x0101010101010101ull;
struct AsciiClasses {
    uint64_t letters, upper, digits;
};
inline AsciiClasses ascii_classes(const char* p) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    const uint64_t ascii = ~x & kHighBits;  // bytes under 0x80
    const uint64_t low = x & ~kHighBits;    // each byte's low seven bits: sums below never carry
    auto at_least = [](uint64_t v, unsigned c) { return (v + (0x80 - c) * kOnes) & kHighBits; };
    const uint64_t folded = low | 0x20 * kOnes;  // 'A'-'Z' as 'a'-'z'
    return {at_least(folded, 'a') & ~at_least(folded, 'z' + 1) & ascii,
            at_least(low, 'A') & ~at_least(low, 'Z' + 1) & ascii,
            at_least(low, '0') & ~at_least(low, '9' + 1) & ascii};
}
// How many bytes have their high bit set (a multiply sums them: no popcount instruction needed).
inline unsigned bytes_set(uint64_t high_bits) { return static_cast<unsigned>(((high_bits >> 7) * kOnes) >> 56); }
inline bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

class Scanner {
public:
    explicit Scanner(std::string_view text) : s_(text) {}

    std::vector<Token> run() {
        std::vector<Token> out;
        out.reserve(s_.size() / 5 + 8);
        bool space = true, line = true;
        size_t i = 0;
        while (i < s_.size()) {
            const char c = s_[i];
            if (c == ' ' || c == '\t') {
                space = true;
                ++i;
                continue;
            }
            if (c == '\n') {
                space = line = true;
                ++i;
                continue;
            }
            Token t;
            t.start = static_cast<uint32_t>(i);
            t.space_before = space;
            t.line_before = line;
            space = line = false;
            if (is_ascii_digit(c)) {
                i = number(i, t);
            } else if (size_t n = possessive_at(i); n && !out.empty() && out.back().is_word() && out.back().end == i) {
                t.kind = Token::Kind::Word;  // "'s" after a word, split off by word()
                i += n;
            } else {
                size_t len = 1;
                const char32_t cp = static_cast<unsigned char>(c) < 0x80 ? char32_t(c) : decode_utf8(s_, i, len);
                if (is_word_character(cp)) {
                    i = word(i, t);
                } else {
                    t.kind = Token::Kind::Punct;
                    t.punct = cp;
                    i += len;
                }
            }
            t.end = static_cast<uint32_t>(i);
            out.push_back(t);
        }
        return out;
    }

private:
    // Length of a possessive "'s" / "’s" at i (followed by no letter), or 0.
    size_t possessive_at(size_t i) const {
        size_t q = 0;
        if (s_[i] == '\'') q = 1;
        else if (s_[i] == '\xE2' && s_.compare(i, 3, "\xE2\x80\x99") == 0) q = 3;  // the first byte before memcmp
        if (!q || i + q >= s_.size() || s_[i + q] != 's') return 0;
        size_t len;
        const char32_t after = at(i + q + 1, len);
        if (len && is_word_character(after)) return 0;
        return q + 1;
    }

    // Code point at i (and its length); 0 at the end.
    char32_t at(size_t i, size_t& len) const {
        len = 0;
        if (i >= s_.size()) return 0;
        len = 1;
        const unsigned char c = static_cast<unsigned char>(s_[i]);
        if (c < 0x80) return c;
        return decode_utf8(s_, i, len);
    }

    size_t word(size_t i, Token& t) {
        t.kind = Token::Kind::Word;
        const size_t begin = i;
        size_t letters = 0, upper = 0;
        for (;;) {
            // Fast path: runs of ASCII letters and digits, eight bytes at a time while eight
            // remain (a word's end found by a bit scan, not by a branch per letter, which the
            // text's word lengths mispredict); then byte by byte.
            if constexpr (std::endian::native == std::endian::little) {
                while (i + 8 <= s_.size()) {
                    const AsciiClasses k = ascii_classes(s_.data() + i);
                    const uint64_t stop = ~(k.letters | k.digits) & kHighBits;
                    const unsigned n = stop ? static_cast<unsigned>(std::countr_zero(stop)) / 8 : 8;
                    const uint64_t run = n == 8 ? ~uint64_t(0) : (uint64_t(1) << (8 * n)) - 1;
                    letters += bytes_set(k.letters & run);
                    upper += bytes_set(k.upper & run);
                    i += n;
                    if (n < 8) break;
                }
            }
            while (i < s_.size()) {
                const uint8_t k = kAscii[static_cast<unsigned char>(s_[i])];
                if (k == kLower || k == kUpper) {
                    ++letters;
                    upper += k == kUpper;
                    ++i;
                } else if (k == kDigit && i > begin) {
                    ++i;
                } else {
                    break;
                }
            }
            size_t len;
            const char32_t c = at(i, len);
            if (len && is_word_character(c)) {
                if (c < 0x80) {
                    ++letters;
                    if (c >= 'A' && c <= 'Z') ++upper;
                }
                i += len;
                continue;
            }
            if (len && is_ascii_digit(static_cast<char>(c)) && i > begin) {  // "Q3", "F-16" stays split
                i += 1;
                continue;
            }
            // Inner apostrophe: "Daesh's", "n't" (a letter must follow).
            if (len && is_apostrophe(c)) {
                size_t next_len;
                const char32_t n = at(i + len, next_len);
                if (next_len && is_word_character(n)) {
                    i += len;
                    continue;
                }
            }
            // Dotted abbreviation: a single letter, a dot, a letter, a dot ("U.S.", "a.m.").
            if (c == '.' && i - begin == 1 + dotted_ * 2 && i + 1 < s_.size() && is_ascii_letter(s_[i + 1]) &&
                (i + 2 >= s_.size() || s_[i + 2] == '.')) {
                ++dotted_;
                i += 1;
                continue;
            }
            break;
        }
        if (dotted_ > 0 && i < s_.size() && s_[i] == '.') ++i;  // the final dot of "U.S."
        dotted_ = 0;
        // A possessive "'s" is a token of its own ("Monday's" is Monday + 's), as in the Penn
        // Treebank: names and time words then match whatever follows them.
        // (Its last letter tested first, with the length in the same branch: most words end in no "s".)
        if ((s_[i - 1] == 's') & (i - begin > 2)) {
            if (s_[i - 2] == '\'') i -= 2;
            else if (i - begin > 4 && s_[i - 4] == '\xE2' && s_.compare(i - 4, 3, "\xE2\x80\x99") == 0) i -= 4;
        }
        const char first = s_[begin];
        t.capitalised = first >= 'A' && first <= 'Z';
        t.all_caps = letters >= 2 && upper == letters;
        return i;
    }

    size_t number(size_t i, Token& t) {
        t.kind = Token::Kind::Number;
        int64_t value = 0;
        int digits = 0;
        auto add_digit = [&](char d) {
            if (value < (int64_t(1) << 52)) value = value * 10 + (d - '0');
            ++digits;
        };
        while (i < s_.size() && is_ascii_digit(s_[i])) add_digit(s_[i++]);
        t.digits = static_cast<uint8_t>(digits > 255 ? 255 : digits);
        // Thousands groups: ",ddd" not followed by another digit, after 1-3 leading digits.
        if (digits <= 3) {
            while (i + 3 < s_.size() + 0 && s_[i] == ',' && is_ascii_digit(s_[i + 1]) && is_ascii_digit(s_[i + 2]) &&
                   is_ascii_digit(s_[i + 3]) && (i + 4 >= s_.size() || !is_ascii_digit(s_[i + 4]))) {
                add_digit(s_[i + 1]);
                add_digit(s_[i + 2]);
                add_digit(s_[i + 3]);
                i += 4;
                t.grouped = true;
            }
        }
        // Decimal part: ".d" (but not a sentence-ending dot, nor "1.2.3" dates).
        if (i + 1 < s_.size() && s_[i] == '.' && is_ascii_digit(s_[i + 1]) && !t.grouped) {
            size_t j = i + 1;
            while (j < s_.size() && is_ascii_digit(s_[j])) ++j;
            if (j >= s_.size() || s_[j] != '.' || j + 1 >= s_.size() || !is_ascii_digit(s_[j + 1])) {
                t.decimal = true;
                i = j;
            }
        }
        // Ordinal suffix: 1st 2nd 3rd 4th (case-insensitive), not followed by more letters.
        if (!t.decimal && !t.grouped && i + 1 < s_.size()) {
            const char a = static_cast<char>(s_[i] | 0x20), b = static_cast<char>(s_[i + 1] | 0x20);
            if (((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')) &&
                (i + 2 >= s_.size() || !is_ascii_letter(s_[i + 2]))) {
                t.ordinal = true;
                i += 2;
            }
        }
        t.value = value;
        return i;
    }

    std::string_view s_;
    size_t dotted_ = 0;
};

}  // namespace

std::vector<Token> tokenize(std::string_view text) { return Scanner(text).run(); }

}  // namespace dateline
