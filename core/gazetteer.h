// Gazetteer: the places and actors an article names, found by their names and aliases.
//
// The lists are assets/lexicons/places.txt ("Raqqa | Raqqah | al-Raqqa ; Syria ; city ; -") and
// assets/lexicons/actors.txt ("Islamic State | IS | ISIS | ISIL | Daesh ; armed group"). Matching
// is on whole tokens and case-sensitive ("IS" the group, not "is" the verb), except that an
// all-capitals word matches a place whatever its case ("MOSUL, Iraq" in a dateline). The longest
// name wins. Every alias resolves to its entry's canonical name, so IS, ISIS and Daesh are one actor.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon.h"
#include "tokens.h"

namespace dateline {

struct Place {
    std::string name;     // canonical
    std::string country;  // "Iraq", "Syria"... or "" when it spans countries
    std::string kind;     // country, region, city, landmark, river, area
    std::string within;   // canonical name of the enclosing place, or ""
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

    // Builds from lexicon text (the format above); lines that do not parse are skipped.
    Gazetteer(std::string_view places_text, std::string_view actors_text);

    const std::vector<Place>& places() const { return places_; }
    const std::vector<Actor>& actors() const { return actors_; }

    // Names among tokens [first, end) of `text`, in text order, not overlapping.
    std::vector<NameMention> find(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t end) const;

    // The place a place is in, up the `within` chain to a country: "Iraq" for the Nuri mosque.
    std::string_view country_of(uint32_t place) const;
    // Can two places be the same scene? The same place, one within the other, or one a country
    // or region holding the other.
    bool compatible(uint32_t a, uint32_t b) const;
    // Index of a place by canonical name, or -1.
    int place_index(std::string_view name) const;

private:
    struct Name {
        std::vector<std::string> tokens;  // the alias, tokenised; the first is the map key
        NameMention::Kind kind;
        uint32_t index;
    };
    void add_names(std::string_view names, NameMention::Kind kind, uint32_t index);
    bool contains(uint32_t outer, uint32_t inner) const;
    void link_places();  // resolves `within` names to indices, once

    template <typename V>
    using Map = WordMap<V>;

    std::vector<Place> places_;
    std::vector<int> parent_;                // index of `within`, or -1
    std::vector<int> city_;                  // the city a place is or is in, or -1
    std::vector<std::string_view> country_;  // country_of, precomputed
    std::vector<Actor> actors_;
    std::vector<Name> names_;
    // Names start with a capital, but for a few ("al-Hol", "coalition forces"): the lower-case
    // words that start one. Any other lower-case word is skipped without a lookup.
    WordTable<bool> lower_starters_{false};
    WordTable<std::vector<uint32_t>> by_first_{false};       // exact first token -> names
    WordTable<std::vector<uint32_t>> by_first_folded_{true};  // any-case first token -> place names
    Map<uint32_t> place_by_name_;
};

}  // namespace dateline
