// World places: the towns and cities of the world from GeoNames, packed at build time by
// scripts/pack_places.mjs into one versioned binary table, compiled into the core like the
// lexicons, so the native tool and the WebAssembly app carry the same table and read it in place:
// a name is found by binary search over the sorted names, and no world row is parsed or indexed
// when the program starts (opening the table checks its header, section bounds and line counts).
// The hand-made lists travel in it too, their aliases already tokenised (sections 13-15).
//
// The table (all numbers little-endian):
//   header    "DLPLACES", u16 version (kWorldTableVersion), u16 section count, u32 rows,
//             then per section u32 offset and u32 size (from the table's start)
//   sections  0 names        each row's name and "\n", rows sorted by folded name (below)
//             1 blocks       u32 per 16 rows: where the block's first name starts in `names`
//             2 country      u8 per row: index into `countries`
//             3 countries    per country: 2-letter ISO code, i16 latitude and i16 longitude of
//                            its south-west corner (tenths of a degree)
//             4 region       u8 per row: 0 for none, else the 1-based line of `regions`
//             5 regions      first-level region codes ("TX", "15"), one a line
//             6 population   u16 per row, low bytes then high bytes: index into `populations`
//             7 populations  u32 per distinct population (two significant digits)
//             8 latitude     u16 per row (two byte planes): tenths of a degree north of the
//             9 longitude    country's corner, and east of it
//            10 folds        "character \t its ASCII spelling \n" ("ñ\tn"), for folding names
//            11 hand         the hand-made places' facts, a line each:
//                            canonical \t CC \t admin1 \t population \t lat \t lon \t [shared]
//            12 codes        what codes stand for: CC \t admin1 \t country \t region
//            13 place list   the hand-made places' own fields, a line each, in the order of `hand`:
//                            country \t kind \t within \t lat,lon (places.txt's fields; "" for "-")
//            14 actor list   the actors (actors.txt), a line each: name \t kind; the name is ""
//                            where the actor's first alias spells it (its tokens, parted as in 15)
//            15 aliases      every entry's aliases, a line per entry (the places of 13, then the
//                            actors of 14): aliases parted by \x1e, each already cut into the
//                            core's tokens (tokens.h), parted by " " where the name has white
//                            space between them and by \x1f where it has none ("al\x1f-\x1fRaqqa")
// Since version 3 the table carries the hand-made lists too (places.txt and actors.txt are not
// compiled in as text): the bundled gazetteer reads its names from 15 with nothing to tokenise.
// A folded name is its ASCII spelling (the folds applied) with ASCII letters in lower case:
// "Gdańsk" and "Gdansk" both fold to "gdansk" and find the same row.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dateline {

constexpr uint16_t kWorldTableVersion = 3;

// The table of the build (generated source).
std::string_view world_places_table();

// One place of the world table.
struct WorldPlaceRow {
    uint32_t row = 0;             // its row in the table: the place's identity
    std::string_view name;        // as written ("São Paulo")
    std::string_view country_code;
    std::string_view region_code;  // GeoNames first-level region code within the country ("TX", "15"), or ""
    uint32_t population = 0;
    double lat = 0, lon = 0;
};

// A packed table read in place. Default-constructed or after a failed open, it is empty.
class WorldTable {
public:
    // Checks the header and that every section lies inside `bytes`; on failure the table stays
    // empty and `problem` names what is wrong ("places table: version 3, this build reads
    // version 2"). `bytes` must outlive the table.
    bool open(std::string_view bytes, std::string& problem);

    bool empty() const { return rows_ == 0; }
    uint32_t rows() const { return rows_; }
    std::string_view hand() const { return hand_; }    // section 11
    std::string_view codes() const { return codes_; }  // section 12
    std::string_view place_list() const { return place_list_; }  // section 13: as many lines as hand()
    std::string_view actor_list() const { return actor_list_; }  // section 14
    std::string_view aliases() const { return aliases_; }        // section 15: a line per entry of 13 and 14
    // Lines of sections 13 and 14 (checked by open: 11 has as many as 13, 15 as many as both).
    uint32_t listed_places() const { return listed_places_; }
    uint32_t listed_actors() const { return listed_actors_; }

    // The name of a row ("" past the end or in a malformed table).
    std::string_view name(uint32_t row) const;
    // All of a row's fields; false for a row past the end or whose fields point nowhere.
    bool read_row(uint32_t row, WorldPlaceRow& out) const;

    // The rows whose folded name is the folded `word` or starts with it and a separator (" ",
    // "-", "'", "."): "Paris" finds Paris and Paris-l'Hôpital, "new" finds New York, "Gdansk"
    // finds Gdańsk. Calls f(row, name) for each, in table order; returns how many.
    template <typename F>
    size_t for_each_name(std::string_view word, F f) const;

    // The name with the folds applied, case kept ("Gdańsk" -> "Gdansk").
    std::string ascii_spelling(std::string_view name) const;
    // The folded name ("Gdańsk" -> "gdansk").
    std::string folded(std::string_view name) const;

private:
    // The ASCII spelling of the character at name[i] (its UTF-8 bytes in `character`), or the
    // character itself when the folds do not list it.
    std::string_view fold_of(std::string_view character) const;
    // <0, 0, >0 as the folded `name`'s first word.size() bytes compare with `word` (folded);
    // 0 only when they are equal, and then `after` is the folded byte after them (0 at the end).
    int compare_folded(std::string_view name, std::string_view word, unsigned char& after) const;
    // The first row whose folded name is not below `word`.
    uint32_t lower_bound(std::string_view word) const;

    uint32_t rows_ = 0, listed_places_ = 0, listed_actors_ = 0;
    std::string_view place_list_, actor_list_, aliases_;
    std::string_view names_, blocks_, country_, countries_, region_, regions_, population_, populations_,
        latitude_, longitude_, folds_, hand_, codes_;
};

template <typename F>
size_t WorldTable::for_each_name(std::string_view word, F f) const {
    if (word.empty() || empty()) return 0;
    const std::string key = folded(word);
    size_t visited = 0;
    for (uint32_t row = lower_bound(key); row < rows_; ++row) {
        const std::string_view n = name(row);
        unsigned char after = 0;
        if (compare_folded(n, key, after) != 0) break;
        if (after != 0 && after >= '0') break;  // "Parisot" is not "Paris" and a separator
        ++visited;
        f(row, n);
    }
    return visited;
}

// A decimal number as places.txt and the hand-made facts write degrees ("36.34", "-97.1"), or
// false. (std::from_chars for double is not in every standard library the project builds with.)
bool parse_decimal(std::string_view s, double& out);

}  // namespace dateline
