// Lexicons: the word lists the core's rules read (page furniture, and later places, actors,
// abbreviations). They live as plain text files in assets/lexicons/, one entry per line, '#' for
// comments, and are compiled into the core at build time (cmake/embed_lexicons.cmake), so the
// native tool and the WebAssembly app carry the same lists and need no file access for them.
#pragma once

#include <cstdint>
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
// The probe reads only a compact array of 32-bit tags (part of each key's hash, 0 for an empty
// slot), kept at most a quarter full: most words of a text are in no table, and their look-up
// ends at the first tag read, one cache line of a small array, without touching any key.
template <typename V>
class WordTable {
public:
    explicit WordTable(bool fold_case = true) : fold_(fold_case) {
        tags_.resize(64);
        slots_.resize(64);
    }

    void insert(std::string_view key, V value) {
        if ((count_ + 1) * 4 > tags_.size()) grow();
        place(fold_ ? folded(key) : std::string(key), std::move(value));
    }
    const V* find(std::string_view word) const {
        const uint64_t h = hash(word);
        const uint32_t tag = tag_of(h);
        const size_t mask = tags_.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            const uint32_t t = tags_[i];
            if (t == 0) return nullptr;
            if (t == tag && equal(slots_[i].key, word)) return &slots_[i].value;
        }
    }
    V* find(std::string_view word) { return const_cast<V*>(static_cast<const WordTable&>(*this).find(word)); }
    size_t size() const { return count_; }

private:
    struct Slot {
        std::string key;
        V value{};
    };
    static char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
    static uint32_t tag_of(uint64_t h) { return static_cast<uint32_t>(h >> 32) | 1u; }  // never 0
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
        const uint32_t tag = tag_of(h);
        const size_t mask = tags_.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            if (tags_[i] == 0) {
                tags_[i] = tag;
                slots_[i] = Slot{std::move(key), std::move(value)};
                ++count_;
                return;
            }
            if (tags_[i] == tag && slots_[i].key == key) return;  // the first entry wins
        }
    }
    void grow() {
        std::vector<uint32_t> old_tags(tags_.size() * 2, 0);
        std::vector<Slot> old(tags_.size() * 2);
        old_tags.swap(tags_);
        old.swap(slots_);
        count_ = 0;
        for (size_t i = 0; i < old.size(); ++i)
            if (old_tags[i]) place(std::move(old[i].key), std::move(old[i].value));
    }

    bool fold_;
    std::vector<uint32_t> tags_;  // tags_[i] is slots_[i]'s key's tag, 0 for an empty slot
    std::vector<Slot> slots_;
    size_t count_ = 0;
};

}  // namespace dateline
