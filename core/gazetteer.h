// Gazetteer: the places and actors an article names, found by their names and aliases.
//
// The lists are assets/lexicons/places.txt ("Raqqa | Raqqah | al-Raqqa ; Syria ; city ; -") and
// assets/lexicons/actors.txt ("Islamic State | IS | ISIS | ISIL | Daesh ; armed group"). Matching
// is on whole tokens and case-sensitive ("IS" the group, not "is" the verb), except that an
// all-capitals word matches a place whatever its case ("MOSUL, Iraq" in a dateline). The longest
// name wins. Every alias resolves to its entry's canonical name, so IS, ISIS and Daesh are one actor.
// The bundled gazetteer reads both lists from the packed places table (world_places.h, version 3),
// where the packer has already cut every alias into tokens: start-up tokenises and sorts nothing.
//
// The bundled gazetteer also knows the world's towns and cities of 40,000+ people, every capital
// and every seat of a first-level region, from GeoNames (core/world_places.h), and every place
// has coordinates. A name that is the hand-made list's and GeoNames', or several GeoNames
// places', is resolved per article (see find); a world place is added to places() when an
// article first names it, so start-up builds nothing for the 12,000 places no article names.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon.h"
#include "tokens.h"
#include "world_places.h"

namespace dateline {

struct Place {
    std::string name;     // canonical
    std::string country;  // "Iraq", "Syria"... or "" when it spans countries
    std::string kind;     // country, region, city, landmark, river, area
    std::string within;   // canonical name of the enclosing place, or ""
    std::string country_code;  // ISO 3166-1 alpha-2 ("IQ"), or "" for places spanning countries
    std::string region_code;   // first-level region, GeoNames' "CC.admin1" ("US.TX", "IQ.15"), or ""
    uint32_t population = 0;   // GeoNames' figure, 0 when not known
    double lat = 0, lon = 0;   // degrees north and east (WGS 84); meaningful when `located`
    bool located = false;      // has coordinates (its own, or its `within` place's)
};

struct Actor {
    std::string name;  // canonical
    std::string kind;  // armed group, state forces, government, coalition, organisation, person, media
};

struct NameMention {
    enum class Kind : uint8_t { Place, Actor };
    uint32_t first_token = 0, end_token = 0;  // tokens [first_token, end_token)
    Kind kind = Kind::Place;
    uint32_t index = 0;  // into Gazetteer::places() or actors()
};

class Gazetteer {
public:
    // The gazetteer of the bundled lexicons (built once).
    static const Gazetteer& bundled();

    // Builds from lexicon text (the format above); lines that do not parse are skipped. With a
    // packed world table (world_places.h), the hand-made places take their codes and coordinates
    // from it and world places are found too; a table that does not open (malformed, another
    // version) is left out, and world_table_problem() says why.
    Gazetteer(std::string_view places_text, std::string_view actors_text, std::string_view world_table = {});
    // Builds from a packed table alone: its own copy of the hand-made lists, already tokenised
    // (version 3), read in place with nothing to tokenise or sort (the bundled gazetteer). A table
    // that does not open gives an empty gazetteer, and world_table_problem() says why. `world_table`
    // must outlive the gazetteer.
    explicit Gazetteer(std::string_view world_table);

    const std::vector<Place>& places() const { return places_; }
    // Why the world table given to the constructor was left out, or "".
    const std::string& world_table_problem() const { return world_problem_; }
    const std::vector<Actor>& actors() const { return actors_; }

    // Names among tokens [first, end) of `text`, in text order, not overlapping. A place name
    // several places share is resolved with the other names of the same range (pass a whole
    // article): see the rules in gazetteer.cpp. May add world places to places(): indices stay
    // valid, references into places() do not survive a call.
    std::vector<NameMention> find(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t end) const;

    // The place a place is in, up the `within` chain to a country: "Iraq" for the Nuri mosque.
    std::string_view country_of(uint32_t place) const;
    // Can two places be the same scene? The same place, one within the other, or one a country
    // or region holding the other.
    bool compatible(uint32_t a, uint32_t b) const;
    // Is the place a whole country? (Merging weighs many pairs of places: this reads a flag
    // kept beside each place instead of comparing its kind's text.)
    bool is_country(uint32_t place) const { return place < scene_.size() && scene_[place] == SceneKind::Country; }
    // Index of a place by canonical name, or -1.
    int place_index(std::string_view name) const;
    // The country a demonym names ("Chinese" China, "Iraqi" Iraq, "American" the United States by
    // its alias America): the word read back through the regular English endings (-ese, -ian,
    // -an, -i, -ish) to a one-word name of a listed country. The countries are the lists' (no list
    // of demonyms is kept); irregular demonyms ("French", "Dutch", "Swiss") are not read. -1 when
    // the word names none.
    int country_of_demonym(std::string_view word) const;

    // The lists' aliases, as the scanner matches them: how many, and one's tokens, kind and entry.
    size_t aliases() const {
        ensure_index();
        return names_.size();
    }
    std::vector<std::string_view> alias_tokens(size_t alias) const;
    NameMention alias_entry(size_t alias) const;  // its kind and index (no tokens)
    // The aliases whose first token is `word` (as written, or in any case with `any_case`, places
    // only), in the lists' order.
    std::span<const uint32_t> aliases_starting(std::string_view word, bool any_case) const;

private:
    struct Name {
        uint32_t first_token = 0, tokens = 0;  // the alias, tokenised: name_tokens_[first_token, +tokens)
        NameMention::Kind kind = NameMention::Kind::Place;
        uint32_t index = 0;
    };
    // The aliases grouped by first word, built in one pass over them (hashing, no sorting): the
    // scanner's look-up of a word.
    class FirstWords {
    public:
        void build(const std::vector<Name>& names, const std::vector<std::string_view>& tokens, bool fold_case,
                   bool places_only);
        std::span<const uint32_t> find(std::string_view word) const;
        // What the scanner weighs of each alias before reading it: its length in tokens, and its
        // last token's length and first byte (upper-cased in the any-case index). Kept beside the
        // group's ids, in their order, so that rejecting an alias reads no name or token of it:
        // a group can hold hundreds ("al" opens most names of one list).
        struct Shape {
            uint32_t tokens = 0;
            uint16_t last_size = 0;  // kUnknownSize when too long to keep
            unsigned char last_first = 0;
        };
        static constexpr uint16_t kUnknownSize = 0xFFFF;
        // The shapes of find()'s answer, in the same order.
        // (An empty answer may point nowhere in ids_: no arithmetic on it.)
        std::span<const Shape> shapes_of(std::span<const uint32_t> ids) const {
            if (ids.empty()) return {};
            return {shapes_.data() + (ids.data() - ids_.data()), ids.size()};
        }

    private:
        uint64_t hash(std::string_view s) const;
        bool equal(std::string_view key, std::string_view word) const;
        // The keys' outlines: bit (first byte, last byte, length up to 15) set for each key
        // (folded in the any-case index). The scanner asks of every lower-case word, and few
        // names open in lower case ("al", "the", "northern"): an 8 KB bit set settles most words
        // with one read, before any hashing or probe of the large table. Bytes are kept apart by
        // case (a-z, A-Z, then others by their low bits), so "the" is not let in by "Tire".
        static size_t outline(std::string_view s, bool fold) {  // s not empty
            static constexpr auto kClasses = [] {  // [fold][byte]: a table, not a branch a byte
                std::array<std::array<uint8_t, 256>, 2> t{};
                for (size_t f = 0; f < 2; ++f)
                    for (size_t c = 0; c < 256; ++c)
                        t[f][c] = static_cast<uint8_t>(c >= 'a' && c <= 'z'   ? c - 'a'
                                                       : c >= 'A' && c <= 'Z' ? c - 'A' + (f ? 0 : 26)
                                                                              : 52 + c % 12);
                return t;
            }();
            const auto& cls = kClasses[fold];
            return (size_t{cls[static_cast<unsigned char>(s.front())]} << 10) |
                   (size_t{cls[static_cast<unsigned char>(s.back())]} << 4) | std::min<size_t>(s.size(), 15);
        }
        std::vector<uint64_t> outlines_;  // 1 << 16 bits, or empty before build()
        bool fold_ = false;
        // Open addressing, two numbers a slot: a group + 1 (0 for an empty slot), and the low bits
        // of its key's hash (most misses end without comparing words).
        std::vector<uint32_t> slots_;
        std::vector<std::string_view> keys_;  // each group's first word
        std::vector<uint32_t> starts_;        // group g's aliases are ids_[starts_[g], starts_[g + 1])
        std::vector<uint32_t> ids_;
        std::vector<Shape> shapes_;  // shapes_[k] is ids_[k]'s
    };
    struct Candidate;  // a place a name may stand for (gazetteer.cpp)
    struct Mention;
    void add_names(std::string_view names, NameMention::Kind kind, uint32_t index);
    void add_packed_names(std::string_view aliases, NameMention::Kind kind, uint32_t index) const;
    void read_packed_lists();
    void read_packed_index() const;
    void read_codes() const;
    void index_names() const;
    // The name index (the aliases, tokenised, grouped by first word, and what the world table's
    // codes stand for) is what find() and the alias queries read; the places, the actors and
    // their links are not in it. The bundled gazetteer reads it from the packed table on the
    // first of those calls, not when it is built: the page draws the bundled story from the
    // reading made at build time (places by index), and its first frame needs no name looked up.
    void ensure_index() const;
    bool contains(uint32_t outer, uint32_t inner) const;
    void link_places();  // resolves `within` names to indices, once
    void read_world_facts();
    size_t list_name_at(std::string_view text, const std::vector<Token>& tokens, size_t i, size_t end, uint32_t& best) const;
    // The world rows whose name matches the tokens from i on: the longest match's rows.
    size_t world_names_at(std::string_view text, const std::vector<Token>& tokens, size_t i, size_t end,
                          std::vector<WorldPlaceRow>& rows) const;
    uint32_t add_world_place(const WorldPlaceRow& row) const;  // its places() index, added once
    std::vector<NameMention> resolve(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t end,
                                     std::vector<Mention>& found, const std::vector<Candidate>& candidates) const;
    void link_place(size_t i) const;
    std::string_view intern_country(const std::string& name) const;

    template <typename V>
    using Map = WordMap<V>;

    // World places are appended as articles name them (find is const to its callers).
    mutable std::vector<Place> places_;
    mutable std::vector<int> parent_;       // index of `within`, or -1
    mutable std::vector<int> city_;         // the city a place is or is in, or -1
    // A place's kind as compatible() weighs it, read once from Place::kind (set in link_place).
    enum class SceneKind : uint8_t { Other, Country, RegionOrArea };
    mutable std::vector<SceneKind> scene_;
    mutable std::vector<std::string_view> country_;  // country_of, precomputed (into country_names_)
    mutable WordSet country_names_;          // every country name once, at addresses that do not move
    mutable std::unordered_map<uint32_t, uint32_t> world_place_;  // world table row -> places() index
    mutable std::mutex mutex_;
    struct WorldRun {
        uint32_t first = 0, count = 0;  // the world rows whose names start with a word
    };
    mutable WordTable<WorldRun> world_runs_{false};  // by exact word, filled as words are met
    WorldTable world_;                      // empty without a table (or with one that did not open)
    std::string world_problem_;
    size_t hand_places_ = 0;                // places_[0, hand_places_) are the hand-made list's
    std::vector<bool> shared_;              // per hand-made place: a world place has one of its names
    struct CodeFacts {
        std::string country;  // the hand-made country a code stands for
        std::string region;   // a territory listed as a region of it ("Hong Kong"), or ""
    };
    mutable Map<CodeFacts> by_code_;        // "HK" -> China, Hong Kong; "US.TX" -> United States, Texas
    WordTable<bool> common_words_{true};    // assets/lexicons/place_common_words.txt
    struct Demonym {
        uint32_t place = 0, rank = 0;  // the country, and how far down the endings it was made
    };
    mutable std::once_flag demonyms_once_;
    mutable WordTable<Demonym> demonyms_{false};  // country_of_demonym's, made on first use
    std::vector<Actor> actors_;
    std::string lists_text_;                    // built from text: the lists, which name_tokens_ view
    // The name index (ensure_index): built with the gazetteer from text, on first use from a table.
    mutable std::once_flag index_once_;
    bool index_in_table_ = false;  // the index is still to be read from the packed table
    mutable std::vector<Name> names_;
    mutable std::vector<std::string_view> name_tokens_;  // into lists_text_ or the packed table
    // Names start with a capital, but for a few ("al-Hol", "coalition forces"): a lower-case word
    // that starts no name is skipped after one look-up in by_first_.
    mutable FirstWords by_first_;         // exact first token -> names
    mutable FirstWords by_first_folded_;  // any-case first token -> place names
    mutable Map<uint32_t> place_by_name_;
};

}  // namespace dateline
