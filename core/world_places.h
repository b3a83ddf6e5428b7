// World places: the towns and cities of the world from GeoNames, packed at build time by
// scripts/pack_places.mjs into sorted text (see that script for the three texts' lines), and
// compiled into the core like the lexicons, so the native tool and the WebAssembly app carry the
// same table and read it in place: a name is found by binary search over the sorted lines, and
// nothing is parsed or indexed when the program starts.
#pragma once

#include <cstdint>
#include <string_view>

namespace dateline {

struct WorldPlacesText {
    std::string_view world;  // name \t display \t CC \t admin1 \t population \t lat \t lon, sorted by folded name
    std::string_view hand;   // canonical \t CC \t admin1 \t population \t lat \t lon \t source [\t shared] (places.txt entries)
    std::string_view codes;  // CC \t admin1 \t country \t region: the hand-made places codes stand for
};

// The table of the build (generated source).
const WorldPlacesText& world_places_text();
// Might a name of the build's table start with this word (any case)? False means surely not: a
// filter of first words, so that most capitalised words of an article cost one hash.
bool may_start_world_name(std::string_view word);

// One place of the world table.
struct WorldPlaceRow {
    uint32_t offset = 0;          // of its line in WorldPlacesText::world: the row's identity
    std::string_view name;        // as written ("São Paulo")
    std::string_view country_code;
    std::string_view region_code;  // GeoNames first-level region code, within the country ("TX", "15")
    uint32_t population = 0;
    double lat = 0, lon = 0;
};

// The lines of a sorted world text whose name's first word is `word` (ASCII case folded), e.g.
// "Paris" and "New York" for "paris" and "new": calls f(line_offset, name) for each, where name
// is the line's name field. Returns how many lines it visited.
template <typename F>
size_t for_each_world_name(std::string_view world, std::string_view word, F f);

// A decimal number as the packed table and places.txt write degrees ("36.34", "-97.1"), or false.
// (std::from_chars for double is not in every standard library the project builds with.)
bool parse_decimal(std::string_view s, double& out);

// Reads the line at `offset`; an alias line ("Sao Paulo" -> "São Paulo") is followed to its
// name's own line. False when the line is not a well-formed row.
bool read_world_row(std::string_view world, uint32_t offset, WorldPlaceRow& out);

// ---------------------------------------------------------------------------------------------

namespace world_detail {
inline unsigned char fold(char c) { return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); }
// <0, 0, >0 as the folded name at `at` (up to its tab) compares with the folded `word`, looking
// only at word.size() bytes of the name and then at whether the name goes on.
int compare_name(std::string_view text, size_t at, std::string_view word);
inline size_t line_start(std::string_view text, size_t at) {
    while (at > 0 && text[at - 1] != '\n') --at;
    return at;
}
inline size_t next_line(std::string_view text, size_t at) {
    const size_t eol = text.find('\n', at);
    return eol == std::string_view::npos ? text.size() : eol + 1;
}
}  // namespace world_detail

template <typename F>
size_t for_each_world_name(std::string_view world, std::string_view word, F f) {
    using namespace world_detail;
    if (word.empty()) return 0;
    size_t lo = 0, hi = world.size();  // both line starts; lines before lo sort before word
    while (lo < hi) {
        const size_t mid = line_start(world, lo + (hi - lo) / 2);
        if (compare_name(world, mid, word) < 0) lo = next_line(world, mid);
        else hi = mid;
    }
    size_t visited = 0;
    for (size_t at = lo; at < world.size(); at = next_line(world, at)) {
        // The run of names that are `word` or start with it and a separator (" ", "-", "'", ".",
        // all sorting before digits and letters).
        size_t i = 0;
        for (; i < word.size() && at + i < world.size(); ++i)
            if (fold(world[at + i]) != fold(word[i])) return visited;
        if (i < word.size()) return visited;
        const unsigned char next = at + i < world.size() ? static_cast<unsigned char>(world[at + i]) : '\t';
        if (next != '\t' && next >= '0') return visited;
        const size_t tab = world.find('\t', at);
        ++visited;
        f(static_cast<uint32_t>(at), world.substr(at, tab - at));
    }
    return visited;
}

}  // namespace dateline
