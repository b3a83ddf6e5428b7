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

// The scanners' own word table: open addressing, FNV-1a, and ASCII case folding done while
// hashing and comparing, so a word is looked up straight from the text with no copy. Keys are
// stored folded (lower-case) when the table folds. Built once, read many times.
template <typename V>
class WordTable {
public:
    explicit WordTable(bool fold_case = true) : fold_(fold_case) { slots_.resize(64); }

    void insert(std::string_view key, V value) {
        if ((count_ + 1) * 2 > slots_.size()) grow();
        place(fold_ ? folded(key) : std::string(key), std::move(value));
    }
    const V* find(std::string_view word) const {
        const uint64_t h = hash(word);
        for (size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
            const Slot& s = slots_[i];
            if (!s.used) return nullptr;
            if (s.hash == h && equal(s.key, word)) return &s.value;
        }
    }
    V* find(std::string_view word) { return const_cast<V*>(static_cast<const WordTable&>(*this).find(word)); }
    size_t size() const { return count_; }

private:
    struct Slot {
        uint64_t hash = 0;
        std::string key;
        V value{};
        bool used = false;
    };
    static char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
    std::string folded(std::string_view s) const {
        std::string out(s);
        for (char& c : out) c = fold(c);
        return out;
    }
    uint64_t hash(std::string_view s) const {
        uint64_t h = 1469598103934665603ull;
        for (char c : s) h = (h ^ static_cast<unsigned char>(fold_ ? fold(c) : c)) * 1099511628211ull;
        return h;
    }
    bool equal(const std::string& key, std::string_view word) const {
        if (key.size() != word.size()) return false;
        for (size_t i = 0; i < word.size(); ++i)
            if (key[i] != (fold_ ? fold(word[i]) : word[i])) return false;
        return true;
    }
    void place(std::string key, V value) {
        const uint64_t h = hash(key);
        for (size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
            Slot& s = slots_[i];
            if (!s.used) {
                s = Slot{h, std::move(key), std::move(value), true};
                ++count_;
                return;
            }
            if (s.hash == h && s.key == key) return;  // the first entry wins
        }
    }
    void grow() {
        std::vector<Slot> old;
        old.swap(slots_);
        slots_.resize(old.size() * 2);
        count_ = 0;
        for (Slot& s : old)
            if (s.used) place(std::move(s.key), std::move(s.value));
    }

    bool fold_;
    std::vector<Slot> slots_;
    size_t count_ = 0;
};

}  // namespace dateline
