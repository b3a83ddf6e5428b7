#include "world_places.h"

#include <algorithm>

namespace dateline {

namespace {

constexpr uint32_t kBlockRows = 16;  // rows per entry of the blocks section (the packer's kBlock)
constexpr uint16_t kSections = 16;

enum Section : uint16_t {
    kNames, kBlocks, kCountry, kCountries, kRegion, kRegions, kPopulation, kPopulations, kLatitude, kLongitude,
    kFolds, kHand, kCodes, kPlaceList, kActorList, kAliases
};
constexpr const char* kSectionNames[kSections] = {"names", "blocks", "country", "countries", "region", "regions",
                                                  "population", "populations", "latitude", "longitude", "folds",
                                                  "hand", "codes", "place list", "actor list", "aliases"};

// Lines of a section of "\n"-ended lines, or -1 when its last line has no "\n".
int64_t line_count(std::string_view text) {
    if (text.empty()) return 0;
    if (text.back() != '\n') return -1;
    return std::count(text.begin(), text.end(), '\n');
}

uint16_t u16_at(std::string_view s, size_t at) {
    return static_cast<uint16_t>(static_cast<unsigned char>(s[at]) | static_cast<unsigned char>(s[at + 1]) << 8);
}
uint32_t u32_at(std::string_view s, size_t at) {
    return static_cast<uint32_t>(u16_at(s, at)) | static_cast<uint32_t>(u16_at(s, at + 2)) << 16;
}
// A 16-bit column stored as two byte planes (low bytes of every row, then high bytes).
uint16_t plane_at(std::string_view column, uint32_t rows, uint32_t row) {
    return static_cast<uint16_t>(static_cast<unsigned char>(column[row]) | static_cast<unsigned char>(column[rows + row]) << 8);
}

unsigned char lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c - 'A' + 'a') : c; }

// Bytes of the UTF-8 character whose lead byte is c (1 for a stray continuation byte).
size_t utf8_length(unsigned char c) {
    if (c >= 0xF0) return 4;
    if (c >= 0xE0) return 3;
    if (c >= 0xC0) return 2;
    return 1;
}

// The `n`th line of a text of "\n"-ended lines (0-based), or "" when there are fewer.
std::string_view nth_line(std::string_view text, uint32_t n) {
    size_t at = 0;
    for (; n > 0; --n) {
        const size_t eol = text.find('\n', at);
        if (eol == std::string_view::npos) return {};
        at = eol + 1;
    }
    const size_t eol = text.find('\n', at);
    return eol == std::string_view::npos ? std::string_view{} : text.substr(at, eol - at);
}

}  // namespace

bool WorldTable::open(std::string_view bytes, std::string& problem) {
    *this = WorldTable{};
    auto fail = [&](std::string why) {
        problem = "places table: " + std::move(why);
        *this = WorldTable{};
        return false;
    };
    if (bytes.size() < 16 || bytes.substr(0, 8) != "DLPLACES") return fail("not a places table (no DLPLACES mark at its start)");
    const uint16_t version = u16_at(bytes, 8);
    if (version != kWorldTableVersion)
        return fail("version " + std::to_string(version) + ", but this build reads version " + std::to_string(kWorldTableVersion) +
                    " (rebuild the table with scripts/pack_places.mjs)");
    if (u16_at(bytes, 10) != kSections)
        return fail(std::to_string(u16_at(bytes, 10)) + " sections, version " + std::to_string(version) + " has " +
                    std::to_string(kSections));
    if (bytes.size() < 16 + 8u * kSections) return fail("cut short inside its header");
    const uint32_t rows = u32_at(bytes, 12);
    std::string_view section[kSections];
    for (uint16_t i = 0; i < kSections; ++i) {
        const uint64_t offset = u32_at(bytes, 16 + 8u * i), size = u32_at(bytes, 20 + 8u * i);
        if (offset + size > bytes.size())
            return fail("section " + std::to_string(i) + " (" + kSectionNames[i] + ") runs past the table's end");
        section[i] = bytes.substr(offset, size);
    }
    const uint64_t blocks = (uint64_t(rows) + kBlockRows - 1) / kBlockRows;
    auto sized = [&](Section s, uint64_t expected) { return section[s].size() == expected; };
    for (Section s : {kCountry, kRegion})
        if (!sized(s, rows)) return fail(std::string(kSectionNames[s]) + " holds " + std::to_string(section[s].size()) + " bytes for " + std::to_string(rows) + " rows");
    for (Section s : {kPopulation, kLatitude, kLongitude})
        if (!sized(s, 2ull * rows)) return fail(std::string(kSectionNames[s]) + " holds " + std::to_string(section[s].size()) + " bytes for " + std::to_string(rows) + " rows");
    if (!sized(kBlocks, 4 * blocks)) return fail("blocks does not index its " + std::to_string(rows) + " rows");
    if (section[kCountries].size() % 6 != 0 || section[kPopulations].size() % 4 != 0)
        return fail("countries or populations is not a whole number of entries");
    const std::string_view names = section[kNames];
    if (rows > 0 && (names.empty() || names.back() != '\n')) return fail("names does not end with a line break");
    uint32_t previous = 0;
    for (uint64_t b = 0; b < blocks; ++b) {  // ~800 reads: cheap, and no search can stray after them
        const uint32_t at = u32_at(section[kBlocks], 4 * b);
        if (at >= names.size() || (b > 0 && at <= previous) || (at > 0 && names[at - 1] != '\n'))
            return fail("block " + std::to_string(b) + " does not start a name");
        previous = at;
    }
    // The hand-made lists: a line per place in 11 and 13, per actor in 14, per entry in 15.
    // Each section counted once (the page reads this table before its first frame).
    const Section listed[] = {kHand, kPlaceList, kActorList, kAliases};
    int64_t lines[4];
    for (int k = 0; k < 4; ++k)
        if ((lines[k] = line_count(section[listed[k]])) < 0) return fail(std::string(kSectionNames[listed[k]]) + " does not end with a line break");
    const int64_t hand = lines[0], places = lines[1], actors = lines[2], entries = lines[3];
    if (hand != places) return fail("hand has " + std::to_string(hand) + " places, place list " + std::to_string(places));
    if (entries != places + actors)
        return fail("aliases has " + std::to_string(entries) + " entries for " + std::to_string(places) + " places and " +
                    std::to_string(actors) + " actors");
    listed_places_ = static_cast<uint32_t>(places);
    listed_actors_ = static_cast<uint32_t>(actors);
    place_list_ = section[kPlaceList];
    actor_list_ = section[kActorList];
    aliases_ = section[kAliases];
    rows_ = rows;
    names_ = names;
    blocks_ = section[kBlocks];
    country_ = section[kCountry];
    countries_ = section[kCountries];
    region_ = section[kRegion];
    regions_ = section[kRegions];
    population_ = section[kPopulation];
    populations_ = section[kPopulations];
    latitude_ = section[kLatitude];
    longitude_ = section[kLongitude];
    folds_ = section[kFolds];
    hand_ = section[kHand];
    codes_ = section[kCodes];
    problem.clear();
    return true;
}

std::string_view WorldTable::name(uint32_t row) const {
    if (row >= rows_) return {};
    size_t at = u32_at(blocks_, 4 * (row / kBlockRows));
    for (uint32_t k = row % kBlockRows; k > 0; --k) {
        const size_t eol = names_.find('\n', at);
        if (eol == std::string_view::npos) return {};
        at = eol + 1;
    }
    const size_t eol = names_.find('\n', at);
    return eol == std::string_view::npos ? std::string_view{} : names_.substr(at, eol - at);
}

bool WorldTable::read_row(uint32_t row, WorldPlaceRow& out) const {
    if (row >= rows_) return false;
    const uint32_t country = static_cast<unsigned char>(country_[row]);
    const uint32_t region = static_cast<unsigned char>(region_[row]);
    const uint32_t population = plane_at(population_, rows_, row);
    if (6ull * country + 6 > countries_.size() || 4ull * population + 4 > populations_.size()) return false;
    out.row = row;
    out.name = name(row);
    out.country_code = countries_.substr(6 * country, 2);
    out.region_code = region == 0 ? std::string_view{} : nth_line(regions_, region - 1);
    if (region != 0 && out.region_code.empty()) return false;
    out.population = u32_at(populations_, 4 * population);
    const int south = static_cast<int16_t>(u16_at(countries_, 6 * country + 2));
    const int west = static_cast<int16_t>(u16_at(countries_, 6 * country + 4));
    out.lat = (south + plane_at(latitude_, rows_, row)) / 10.0;
    out.lon = (west + plane_at(longitude_, rows_, row)) / 10.0;
    return !out.name.empty() && out.lat >= -90 && out.lat <= 90 && out.lon >= -180 && out.lon <= 180;
}

std::string_view WorldTable::fold_of(std::string_view character) const {
    // Binary search over the folds' lines, sorted by their bytes (a few hundred short lines).
    size_t lo = 0, hi = folds_.size();  // line starts; lines before lo sort before the character
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        while (mid > lo && folds_[mid - 1] != '\n') --mid;
        const size_t eol = folds_.find('\n', mid);
        const std::string_view line = folds_.substr(mid, eol == std::string_view::npos ? std::string_view::npos : eol - mid);
        const size_t tab = line.find('\t');
        if (tab == std::string_view::npos) return character;  // malformed: no fold
        const int order = line.substr(0, tab).compare(character);
        if (order == 0) return line.substr(tab + 1);
        if (order < 0) lo = eol == std::string_view::npos ? folds_.size() : eol + 1;
        else hi = mid;
    }
    return character;
}

std::string WorldTable::ascii_spelling(std::string_view name) const {
    std::string out;
    out.reserve(name.size());
    for (size_t i = 0; i < name.size();) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
            ++i;
            continue;
        }
        const size_t n = std::min(utf8_length(c), name.size() - i);
        out.append(fold_of(name.substr(i, n)));
        i += n;
    }
    return out;
}

std::string WorldTable::folded(std::string_view name) const {
    std::string out = ascii_spelling(name);
    for (char& c : out) c = static_cast<char>(lower(static_cast<unsigned char>(c)));
    return out;
}

int WorldTable::compare_folded(std::string_view name, std::string_view word, unsigned char& after) const {
    // Folds as it goes: most names are ASCII and differ from the word within a few bytes.
    size_t i = 0, k = 0;
    std::string_view pending;  // the rest of a folded non-ASCII character
    auto next = [&]() -> int {
        for (;;) {
            if (!pending.empty()) {
                const unsigned char c = static_cast<unsigned char>(pending.front());
                pending.remove_prefix(1);
                return lower(c);
            }
            if (i >= name.size()) return -1;
            const unsigned char c = static_cast<unsigned char>(name[i]);
            if (c < 0x80) {
                ++i;
                return lower(c);
            }
            const size_t n = std::min(utf8_length(c), name.size() - i);
            pending = fold_of(name.substr(i, n));
            i += n;
        }
    };
    for (; k < word.size(); ++k) {
        const int a = next();
        const unsigned char b = static_cast<unsigned char>(word[k]);
        if (a < 0) return -1;  // the name is a prefix of the word: it sorts first
        if (a != b) return a < b ? -1 : 1;
    }
    const int a = next();
    after = a < 0 ? 0 : static_cast<unsigned char>(a);
    return 0;
}

uint32_t WorldTable::lower_bound(std::string_view word) const {
    // Blocks first: the last block whose first name sorts below the word holds the first row
    // not below it, or that row starts the next block.
    uint32_t lo = 0, hi = static_cast<uint32_t>(blocks_.size() / 4);
    unsigned char after = 0;
    while (lo < hi) {
        const uint32_t mid = lo + (hi - lo) / 2;
        if (compare_folded(name(mid * kBlockRows), word, after) < 0) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return 0;
    // Then the names of that block, one after another.
    uint32_t row = (lo - 1) * kBlockRows;
    size_t at = u32_at(blocks_, 4 * (lo - 1));
    for (; row < rows_ && row < lo * kBlockRows; ++row) {
        const size_t eol = names_.find('\n', at);
        if (eol == std::string_view::npos || compare_folded(names_.substr(at, eol - at), word, after) >= 0) break;
        at = eol + 1;
    }
    return row;
}

bool parse_decimal(std::string_view s, double& out) {
    if (s.empty()) return false;
    const bool negative = s.front() == '-';
    if (negative) s.remove_prefix(1);
    double value = 0, scale = 0;
    for (char c : s) {
        if (c == '.' && scale == 0) scale = 1;
        else if (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            if (scale != 0) scale *= 10;
        } else return false;
    }
    out = (negative ? -value : value) / (scale == 0 ? 1 : scale);
    return true;
}

}  // namespace dateline
