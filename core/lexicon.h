// Lexicons: the word lists the core's rules read (page furniture, and later places, actors,
// abbreviations). They live as plain text files in assets/lexicons/, one entry per line, '#' for
// comments, and are compiled into the core at build time (cmake/embed_files.cmake), so the
// native tool and the WebAssembly app carry the same lists and need no file access for them.
#pragma once

#include <cstdint>
#include <cstring>
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

// The scanners' own word table: open addressing, a hash of the word's bytes read eight at a time,
// and ASCII case folding done while hashing and comparing, so a word is looked up straight from
// the text with no copy. Keys are stored folded (lower-case) when the table folds. Built once,
// read many times.
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
    // The word read in at most two 64-bit values, not a byte at a time: a loop over each byte
    // ends at the word's length, a branch every word mispredicts (cachegrind: 0.29 M a 1 MB
    // corpus, over every table). Up to 16 bytes by overlapping loads (3 bytes for 1-3, 4-byte
    // loads for 4-16), longer words 16 bytes a step; folded eight bytes at once (A-Z only).
    static uint64_t load4(const char* p) {
        uint32_t x;
        std::memcpy(&x, p, 4);
        return x;
    }
    static uint64_t load8(const char* p) {
        uint64_t x;
        std::memcpy(&x, p, 8);
        return x;
    }
    static uint64_t fold8(uint64_t x) {  // 'A'-'Z' bytes get 0x20; others (UTF-8's too) unchanged
        constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
        const uint64_t low = x & ~kHigh;
        const uint64_t from_a = low + (0x80 - 'A') * kOnes, past_z = low + (0x80 - 'Z' - 1) * kOnes;
        return x | ((from_a & ~past_z & ~x & kHigh) >> 2);
    }
    static uint64_t mix(uint64_t a, uint64_t b) {
        uint64_t h = a * 0x9E3779B97F4A7C15ull ^ b * 0xC2B2AE3D27D4EB4Full;
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDull;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53ull;
        return h ^ (h >> 33);
    }
    uint64_t hash(std::string_view s) const {
        const char* p = s.data();
        const size_t n = s.size();
        uint64_t a = 0, b = 0, seed = n;
        if (n > 16) {
            for (size_t i = 0; i + 16 < n; i += 16)
                seed = mix(seed ^ (fold_ ? fold8(load8(p + i)) : load8(p + i)), fold_ ? fold8(load8(p + i + 8)) : load8(p + i + 8));
            a = load8(p + n - 16);
            b = load8(p + n - 8);
        } else if (n >= 4) {
            const size_t m = (n >> 3) << 2;
            a = load4(p) << 32 | load4(p + m);
            b = load4(p + n - 4) << 32 | load4(p + n - 4 - m);
        } else if (n > 0) {
            a = uint64_t{static_cast<unsigned char>(p[0])} << 16 | uint64_t{static_cast<unsigned char>(p[n >> 1])} << 8 |
                static_cast<unsigned char>(p[n - 1]);
        }
        if (fold_) {
            a = fold8(a);
            b = fold8(b);
        }
        return mix(a ^ (seed << 56 | seed), b);
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
