// Lexicons: the word lists the core's rules read (page furniture, and later places, actors,
// abbreviations). They live as plain text files in assets/lexicons/, one entry per line, '#' for
// comments, and are compiled into the core at build time (cmake/embed_lexicons.cmake), so the
// native tool and the WebAssembly app carry the same lists and need no file access for them.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dateline {

struct LexiconText {
    std::string_view name;  // the file name without ".txt"
    std::string_view text;  // the file's content
};

// Every file of assets/lexicons/, as embedded at build time (generated source).
const std::vector<LexiconText>& embedded_lexicons();

// The entries of one lexicon: trimmed, comment and blank lines removed, in file order.
// Unknown names give an empty list (a build without that file is a programming error, caught by tests).
const std::vector<std::string>& lexicon_entries(std::string_view name);

// ASCII lower-casing, the only case folding the rules need (lexicon entries are ASCII).
std::string ascii_lower(std::string_view text);

// Hash containers looked up by string_view without building a string (the scanners' hot path).
struct TransparentHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using WordMap = std::unordered_map<std::string, V, TransparentHash, std::equal_to<>>;
using WordSet = std::unordered_set<std::string, TransparentHash, std::equal_to<>>;

}  // namespace dateline
