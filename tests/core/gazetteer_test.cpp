// The world gazetteer: the packed GeoNames table, coordinates for every place, and the rules that
// decide whether and which place a name is (core/gazetteer.cpp). Texts are written for the test
// in the style of wire news from outside the Middle East.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "article_inputs.h"
#include "gazetteer.h"
#include "lexicon.h"
#include "timeline.h"
#include "timeline_json.h"
#include "world_places.h"

using namespace dateline;

namespace {

// The places the bundled gazetteer finds in a one-article text, as "name [CC]".
std::vector<std::string> places_in(const std::string& text) {
    const Gazetteer& g = Gazetteer::bundled();
    const std::vector<Token> tokens = tokenize(text);
    std::vector<std::string> out;
    for (const NameMention& m : g.find(text, tokens, 0, tokens.size()))
        if (m.kind == NameMention::Kind::Place) out.push_back(g.places()[m.index].name + " [" + g.places()[m.index].country_code + "]");
    return out;
}

// A lexicon file of the source tree (places.txt and actors.txt travel in the packed table, not as text).
std::string lexicon_file(const std::string& name) {
    std::string out;
    if (FILE* f = std::fopen((std::string(DATELINE_SOURCE_DIR) + "/assets/lexicons/" + name + ".txt").c_str(), "rb")) {
        char buffer[65536];
        for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;) out.append(buffer, n);
        std::fclose(f);
    }
    return out;
}

const Place* place_named(const std::string& name) {
    const int i = Gazetteer::bundled().place_index(name);
    return i < 0 ? nullptr : &Gazetteer::bundled().places()[static_cast<size_t>(i)];
}

}  // namespace

// --- The packed table ---------------------------------------------------------------------------

// The bundled table, opened (every test of it starts here).
static const WorldTable& bundled_table() {
    static const WorldTable table = [] {
        WorldTable t;
        std::string problem;
        EXPECT_TRUE(t.open(world_places_table(), problem)) << problem;
        return t;
    }();
    return table;
}

TEST(WorldTable, LoadsAndFindsANameByBinarySearch) {
    const WorldTable& t = bundled_table();
    ASSERT_GT(t.rows(), 10000u) << "the packed world table is missing or empty";
    std::vector<WorldPlaceRow> rows;
    t.for_each_name("hyderabad", [&](uint32_t row, std::string_view) {
        WorldPlaceRow r;
        if (t.read_row(row, r)) rows.push_back(r);
    });
    ASSERT_EQ(rows.size(), 2u);  // India's and Pakistan's
    for (const WorldPlaceRow& r : rows) {
        EXPECT_EQ(r.name, "Hyderabad");
        EXPECT_TRUE(r.country_code == "IN" || r.country_code == "PK");
        EXPECT_GT(r.population, 1000000u);
        EXPECT_GT(r.lat, 15);
        EXPECT_LT(r.lat, 30);
    }
    // Multi-word names are found by their first word, case folded; the run stops at other words.
    size_t new_names = 0, other = 0;
    t.for_each_name("NEW", [&](uint32_t, std::string_view name) {
        (name.substr(0, 4) == "New " || name.substr(0, 4) == "New-" ? new_names : other)++;
    });
    EXPECT_GT(new_names, 5u);
    EXPECT_EQ(other, 0u);
    // The spelling without accents finds the same row as the name itself.
    std::vector<uint32_t> written, plain;
    t.for_each_name("Gdańsk", [&](uint32_t row, std::string_view) { written.push_back(row); });
    t.for_each_name("Gdansk", [&](uint32_t row, std::string_view) { plain.push_back(row); });
    ASSERT_EQ(written.size(), 1u);
    EXPECT_EQ(plain, written);
    WorldPlaceRow r;
    ASSERT_TRUE(t.read_row(written[0], r));
    EXPECT_EQ(r.name, "Gdańsk");
    EXPECT_EQ(r.country_code, "PL");
    EXPECT_EQ(t.ascii_spelling("Gdańsk"), "Gdansk");
    EXPECT_EQ(t.folded("Łódź"), t.folded("Łodz"));
}

TEST(WorldTable, EveryRowIsSortedAndWellFormed) {
    const WorldTable& t = bundled_table();
    std::string previous;
    for (uint32_t row = 0; row < t.rows(); ++row) {
        WorldPlaceRow r;
        ASSERT_TRUE(t.read_row(row, r)) << "row " << row;
        const std::string key = t.folded(r.name);
        ASSERT_LE(previous, key) << "not sorted at " << r.name;
        ASSERT_EQ(r.country_code.size(), 2u) << r.name;
        ASSERT_TRUE(r.lat >= -90 && r.lat <= 90 && r.lon >= -180 && r.lon <= 180) << r.name;
        // Every row is found by its own name.
        bool found = false;
        t.for_each_name(r.name, [&](uint32_t other, std::string_view) { found |= other == row; });
        ASSERT_TRUE(found) << r.name << " is not found by its name";
        previous = key;
    }
    WorldPlaceRow r;
    EXPECT_FALSE(t.read_row(t.rows(), r));
    EXPECT_EQ(t.name(t.rows()), "");
}

// --- A malformed table: named, never a crash ------------------------------------------------------

namespace {

std::string bundled_bytes() { return std::string(world_places_table()); }
void put_u16(std::string& b, size_t at, uint16_t v) {
    b[at] = static_cast<char>(v & 255);
    b[at + 1] = static_cast<char>(v >> 8);
}
void put_u32(std::string& b, size_t at, uint32_t v) {
    put_u16(b, at, static_cast<uint16_t>(v & 0xffff));
    put_u16(b, at + 2, static_cast<uint16_t>(v >> 16));
}
std::string problem_of(const std::string& bytes) {
    WorldTable t;
    std::string problem;
    const bool opened = t.open(bytes, problem);
    EXPECT_EQ(opened, problem.empty()) << problem;
    if (!opened) {
        EXPECT_TRUE(t.empty());
    }
    return problem;
}

}  // namespace

TEST(WorldTableProblems, AreNamedClearly) {
    EXPECT_EQ(problem_of(bundled_bytes()), "");
    EXPECT_EQ(problem_of(""), "places table: not a places table (no DLPLACES mark at its start)");
    EXPECT_EQ(problem_of("Paris\tFR\n"), "places table: not a places table (no DLPLACES mark at its start)");
    std::string newer = bundled_bytes();
    put_u16(newer, 8, kWorldTableVersion + 1);
    EXPECT_EQ(problem_of(newer), "places table: version " + std::to_string(kWorldTableVersion + 1) + ", but this build reads version " +
                                     std::to_string(kWorldTableVersion) + " (rebuild the table with scripts/pack_places.mjs)");
    std::string cut = bundled_bytes();
    cut.resize(cut.size() / 2);
    EXPECT_NE(problem_of(cut).find("runs past the table's end"), std::string::npos) << problem_of(cut);
    EXPECT_NE(problem_of(bundled_bytes().substr(0, 20)).find("cut short inside its header"), std::string::npos);
    std::string more_rows = bundled_bytes();
    put_u32(more_rows, 12, 70000);
    EXPECT_NE(problem_of(more_rows).find("bytes for 70000 rows"), std::string::npos) << problem_of(more_rows);
    std::string stray_block = bundled_bytes();
    const uint32_t blocks_at = static_cast<uint32_t>(static_cast<unsigned char>(stray_block[24])) |
                               static_cast<uint32_t>(static_cast<unsigned char>(stray_block[25])) << 8 |
                               static_cast<uint32_t>(static_cast<unsigned char>(stray_block[26])) << 16;
    put_u32(stray_block, blocks_at + 4, 3);  // the second block would start inside the first name
    EXPECT_NE(problem_of(stray_block).find("block 1 does not start a name"), std::string::npos) << problem_of(stray_block);
}

TEST(WorldTableProblems, AGazetteerWithABadTableKeepsTheHandMadeListAndSaysWhy) {
    const std::string places = lexicon_file("places"), actors = lexicon_file("actors");
    ASSERT_FALSE(places.empty() || actors.empty()) << "assets/lexicons/places.txt and actors.txt";
    std::string bad = bundled_bytes();
    put_u16(bad, 8, 1);
    const Gazetteer g(places, actors, bad);
    EXPECT_EQ(g.world_table_problem(), "places table: version 1, but this build reads version " + std::to_string(kWorldTableVersion) +
                                           " (rebuild the table with scripts/pack_places.mjs)");
    const std::string text = "Floods hit Mosul and Porto Alegre.";
    const std::vector<Token> tokens = tokenize(text);
    std::vector<std::string> found;
    for (const NameMention& m : g.find(text, tokens, 0, tokens.size())) found.push_back(g.places()[m.index].name);
    EXPECT_EQ(found, (std::vector<std::string>{"Mosul"}));  // the list's place; no world place without the table
    EXPECT_EQ(Gazetteer::bundled().world_table_problem(), "");
}

TEST(WorldTableProblems, ARowPointingOutsideItsSectionsIsNotRead) {
    // Every byte of the country and region columns set past their lists: no row reads, none crashes.
    std::string bytes = bundled_bytes();
    WorldTable t;
    std::string problem;
    ASSERT_TRUE(t.open(bytes, problem)) << problem;
    const uint32_t rows = t.rows();
    auto section_at = [&](int s) {
        size_t at = 16 + 8 * static_cast<size_t>(s);
        return static_cast<uint32_t>(static_cast<unsigned char>(bytes[at])) | static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 8 |
               static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 2])) << 16 | static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 3])) << 24;
    };
    const uint32_t country = section_at(2), region = section_at(4);
    for (uint32_t r = 0; r < rows; ++r) bytes[country + r] = static_cast<char>(255);
    ASSERT_TRUE(t.open(bytes, problem)) << problem;  // the header is sound; the rows are not
    WorldPlaceRow row;
    EXPECT_FALSE(t.read_row(0, row));
    EXPECT_FALSE(t.read_row(rows - 1, row));
    bytes = bundled_bytes();
    for (uint32_t r = 0; r < rows; ++r) bytes[region + r] = static_cast<char>(255);
    ASSERT_TRUE(t.open(bytes, problem)) << problem;
    EXPECT_FALSE(t.read_row(0, row));
    const Gazetteer g("", "", bytes);  // finds nothing in the world table, and does not crash
    const std::string text = "Floods hit Porto Alegre and Hyderabad.";
    const std::vector<Token> tokens = tokenize(text);
    EXPECT_TRUE(g.find(text, tokens, 0, tokens.size()).empty());
}

TEST(WorldTable, BundledGazetteerLoadTime) {
    // A measure, not a timed test: what building the gazetteer costs with the world table and
    // without (the world table is read in place: it should cost next to nothing).
    const std::string places = lexicon_file("places"), actors = lexicon_file("actors");
    auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
    const auto t0 = std::chrono::steady_clock::now();
    const Gazetteer packed(world_places_table());
    const auto t1 = std::chrono::steady_clock::now();
    const Gazetteer from_text(places, actors, world_places_table());
    const auto t2 = std::chrono::steady_clock::now();
    const Gazetteer hand_only(places, actors);
    const auto t3 = std::chrono::steady_clock::now();
    std::printf("GAZETTEER load: from the packed table %.2f ms, from the lists' text with the table %.2f ms, lists only %.2f ms\n",
                ms(t0, t1), ms(t1, t2), ms(t2, t3));
    EXPECT_EQ(packed.places().size(), hand_only.places().size()) << "world places are added only when an article names them";
}

// The packed table carries the hand-made lists already tokenised (scripts/pack_places.mjs cuts
// the aliases with its own copy of the tokenizer): read from it, they must be what the core
// makes of the lists' text, alias for alias, token for token, and group for group.
// The packed gazetteer reads its name index (the aliases, and what codes stand for) on its first
// look-up, not when it is built (the page's first frame needs only places and actors): a fresh
// one whose first call is find() must find the lists' names and a world place, with its country.
TEST(PackedLists, TheNameIndexIsReadOnTheFirstLookUp) {
    const Gazetteer g(world_places_table());
    ASSERT_EQ(g.world_table_problem(), "");
    const std::string text = "Fighters of the Islamic State left Mosul for Grenoble, France.";
    const std::vector<Token> tokens = tokenize(text);
    std::vector<std::string> found;
    for (const NameMention& m : g.find(text, tokens, 0, tokens.size()))
        found.push_back(m.kind == NameMention::Kind::Actor ? g.actors()[m.index].name
                                                           : g.places()[m.index].name + " (" + g.places()[m.index].country + ")");
    EXPECT_EQ(found, (std::vector<std::string>{"Islamic State", "Mosul (Iraq)", "Grenoble (France)", "France (France)"}));
}

TEST(PackedLists, AreTheListsAsTheCoreReadsTheirText) {
    const std::string places = lexicon_file("places"), actors = lexicon_file("actors");
    ASSERT_FALSE(places.empty() || actors.empty());
    const Gazetteer from_text(places, actors, world_places_table());
    const Gazetteer& packed = Gazetteer::bundled();
    ASSERT_EQ(packed.world_table_problem(), "");
    ASSERT_GT(from_text.aliases(), 4000u);
    ASSERT_EQ(packed.aliases(), from_text.aliases()) << "the table's lists are not assets/lexicons' (rebuild)";
    size_t differ = 0;
    for (size_t a = 0; a < from_text.aliases(); ++a) {
        const auto want = from_text.alias_tokens(a), got = packed.alias_tokens(a);
        const NameMention we = from_text.alias_entry(a), ge = packed.alias_entry(a);
        if (want != got || we.kind != ge.kind || we.index != ge.index) {
            std::string w, g;
            for (auto t : want) w.append("[").append(t).append("]");
            for (auto t : got) g.append("[").append(t).append("]");
            if (++differ <= 5) ADD_FAILURE() << "alias " << a << ": the core's tokens " << w << ", the table's " << g;
        }
        for (bool any_case : {false, true}) {
            const auto wg = from_text.aliases_starting(want.empty() ? "" : want[0], any_case);
            const auto gg = packed.aliases_starting(want.empty() ? "" : want[0], any_case);
            if (!std::equal(wg.begin(), wg.end(), gg.begin(), gg.end()) && ++differ <= 5)
                ADD_FAILURE() << "the aliases starting with " << want[0] << (any_case ? " (any case)" : "") << " differ";
        }
    }
    EXPECT_EQ(differ, 0u);
    // (The bundled gazetteer also holds the world places other tests' articles named: after the list's.)
    ASSERT_GE(packed.places().size(), from_text.places().size());
    for (size_t i = 0; i < from_text.places().size(); ++i) {
        const Place &a = packed.places()[i], &b = from_text.places()[i];
        EXPECT_TRUE(a.name == b.name && a.country == b.country && a.kind == b.kind && a.within == b.within &&
                    a.country_code == b.country_code && a.region_code == b.region_code && a.population == b.population &&
                    a.located == b.located && a.lat == b.lat && a.lon == b.lon)
            << a.name << " / " << b.name;
    }
    ASSERT_EQ(packed.actors().size(), from_text.actors().size());
    for (size_t i = 0; i < packed.actors().size(); ++i)
        EXPECT_TRUE(packed.actors()[i].name == from_text.actors()[i].name && packed.actors()[i].kind == from_text.actors()[i].kind)
            << packed.actors()[i].name;
    // A word that starts no name, and lower-case words: the scanner's quick "no".
    EXPECT_TRUE(packed.aliases_starting("Zzyzx", false).empty());
    EXPECT_FALSE(packed.aliases_starting("MOSUL", true).empty());
    EXPECT_TRUE(packed.aliases_starting("MOSUL", false).empty());
}

// The scanners' word table: every word put in is found, in any case when it folds, as written
// when it does not; words never put in are not; the first value given a word stays (the table
// grows as it fills, past many sizes here).
TEST(WordTable, FindsWhatWasPutInAndNothingElse) {
    WordTable<int> folding, exact(false);
    for (int i = 0; i < 3000; ++i) {
        const std::string w = "Word" + std::to_string(i);
        folding.insert(w, i);
        exact.insert(w, i);
    }
    folding.insert("word7", -1);  // already there (folded): the first entry wins
    EXPECT_EQ(folding.size(), 3000u);
    for (int i = 0; i < 3000; ++i) {
        const std::string w = "Word" + std::to_string(i), lower = "word" + std::to_string(i);
        ASSERT_NE(folding.find(lower), nullptr) << lower;
        EXPECT_EQ(*folding.find(lower), i);
        ASSERT_NE(exact.find(w), nullptr) << w;
        EXPECT_EQ(*exact.find(w), i);
        EXPECT_EQ(exact.find(lower), nullptr) << lower;
        EXPECT_EQ(folding.find("Word" + std::to_string(i + 3000)), nullptr);
    }
    EXPECT_EQ(folding.find(""), nullptr);
}

// The hash reads a word in overlapping pieces (1-3 bytes, 4-16, then 16 at a time) and folds
// eight bytes at once: a word of any length is found in any ASCII case, a word that differs from
// a key in any one byte is not, and bytes past ASCII are never folded.
TEST(WordTable, WordsOfEveryLengthAreFoundInAnyCaseAndOnlyThem) {
    WordTable<size_t> folding;
    auto key = [](size_t length) {
        std::string w;
        for (size_t k = 0; k < length; ++k) w += static_cast<char>('a' + (k * 7 + length) % 26);
        return w;
    };
    for (size_t length = 1; length <= 40; ++length) folding.insert(key(length), length);
    for (size_t length = 1; length <= 40; ++length) {
        std::string upper = key(length);
        for (char& c : upper) c = static_cast<char>(c - 'a' + 'A');
        ASSERT_NE(folding.find(upper), nullptr) << upper;
        EXPECT_EQ(*folding.find(upper), length);
        for (size_t k = 0; k < length; ++k) {
            std::string other = key(length);
            other[k] = other[k] == 'z' ? 'y' : 'z';
            EXPECT_EQ(folding.find(other), nullptr) << other;
        }
    }
    folding.insert("caf\xC3\xA9", 100);                             // "café"
    EXPECT_NE(folding.find("CAF\xC3\xA9"), nullptr);                // ASCII letters fold
    EXPECT_EQ(folding.find("caf\xC3\x89"), nullptr);                // "É" is not "é"
    folding.insert("\xE1\xE1\xE1\xE1\xE1", 101);
    EXPECT_EQ(folding.find("\xC1\xC1\xC1\xC1\xC1"), nullptr);  // 0xC1 is not 'A' with its high bit
}

// A table whose lists do not add up is named, not read.
TEST(PackedLists, ATableWhoseListsDoNotAddUpIsNamed) {
    std::string bytes = bundled_bytes();
    auto section = [&](int s, uint32_t& offset, uint32_t& size) {
        auto u32 = [&](size_t at) {
            return static_cast<uint32_t>(static_cast<unsigned char>(bytes[at])) | static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 8 |
                   static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 2])) << 16 | static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 3])) << 24;
        };
        offset = u32(16 + 8 * static_cast<size_t>(s));
        size = u32(20 + 8 * static_cast<size_t>(s));
    };
    uint32_t at = 0, size = 0;
    section(15, at, size);
    ASSERT_GT(size, 100u);
    bytes[at + size - 1] = 'x';  // the last entry's line break
    EXPECT_EQ(problem_of(bytes), "places table: aliases does not end with a line break");
    bytes = bundled_bytes();
    const size_t eol = bytes.find('\n', at);
    bytes[eol] = '\x1e';  // two entries' aliases on one line: one entry fewer
    EXPECT_NE(problem_of(bytes).find("places table: aliases has "), std::string::npos) << problem_of(bytes);
    const Gazetteer g(bytes);
    EXPECT_TRUE(g.places().empty() && g.actors().empty() && g.aliases() == 0);
    EXPECT_NE(g.world_table_problem().find("aliases has "), std::string::npos);
    section(13, at, size);
    bytes = bundled_bytes();
    bytes[bytes.find('\n', at)] = '\t';  // a place fewer in the place list than in hand
    EXPECT_NE(problem_of(bytes).find("places table: hand has "), std::string::npos) << problem_of(bytes);
}

// --- Coordinates ----------------------------------------------------------------------------------

TEST(Coordinates, EveryHandMadePlaceHasCoordinatesAndACountryCodeWhereItHasACountry) {
    const Gazetteer& g = Gazetteer::bundled();
    for (uint32_t i = 0; i < g.places().size(); ++i) {
        const Place& p = g.places()[i];
        EXPECT_TRUE(p.located) << p.name << " has no coordinates";
        if (!g.country_of(i).empty()) {
            EXPECT_EQ(p.country_code.size(), 2u) << p.name << " has no country code";
        }
    }
}

TEST(Coordinates, PlacesNewsUsesThatGeoNamesLacksTakeTheirParentsOrTheirOwn) {
    const Place* mosul = place_named("Mosul");
    const Place* mosque = place_named("Grand al-Nuri Mosque");
    const Place* old_city = place_named("Old City of Mosul");
    const Place* hol = place_named("al-Hol camp");
    ASSERT_TRUE(mosul && mosque && old_city && hol);
    EXPECT_NEAR(mosul->lat, 36.34, 0.1);
    EXPECT_NEAR(mosul->lon, 43.13, 0.1);
    EXPECT_EQ(mosul->country_code, "IQ");
    EXPECT_EQ(mosque->lat, mosul->lat);
    EXPECT_EQ(old_city->lon, mosul->lon);
    EXPECT_EQ(hol->country_code, "SY");
    EXPECT_NEAR(hol->lat, 36.4, 0.5);  // al-Hol (or its governorate, Hasakah) in north-east Syria
    EXPECT_NEAR(hol->lon, 41.0, 1.0);
    // A country sits at its people's centre; a US state at its towns' centre.
    const Place* iraq = place_named("Iraq");
    const Place* texas = place_named("Texas");
    ASSERT_TRUE(iraq && texas);
    EXPECT_NEAR(iraq->lat, 33.5, 2.0);
    EXPECT_NEAR(iraq->lon, 44.0, 2.0);
    EXPECT_EQ(texas->region_code, "US.TX");
    EXPECT_NEAR(texas->lat, 31.0, 2.0);
    EXPECT_NEAR(texas->lon, -98.0, 3.0);
}

TEST(Coordinates, EveryPlaceTaggedInTheBundledStoryHasCoordinates) {
    const GatheredInputs gathered = gather_article_inputs({std::string(DATELINE_SOURCE_DIR) + "/assets/articles"});
    ASSERT_FALSE(gathered.articles.empty());
    const Timeline t = build_timeline(gathered.articles);
    size_t tags = 0;
    for (const Event& e : t.events)
        for (uint32_t p : e.places) {
            EXPECT_TRUE(t.gazetteer->places()[p].located) << t.gazetteer->places()[p].name;
            ++tags;
        }
    EXPECT_GT(tags, 20u);
}

// --- Places from the world table ----------------------------------------------------------------

TEST(WorldPlaces, AreFoundInArticlesFromAnywhere) {
    EXPECT_EQ(places_in("Floods swept through Porto Alegre on Sunday, officials said."),
              (std::vector<std::string>{"Porto Alegre [BR]"}));
    EXPECT_EQ(places_in("An earthquake struck near Kumamoto, Japan, on Thursday."),
              (std::vector<std::string>{"Kumamoto [JP]", "Japan [JP]"}));
    EXPECT_EQ(places_in("Dockers in Gdansk went on strike."), (std::vector<std::string>{"Gdańsk [PL]"}));
    EXPECT_EQ(places_in("A factory in SAO PAULO closed."), (std::vector<std::string>{"Sao Paulo [BR]"}));
    // A world place has its coordinates, country and region.
    const Gazetteer& g = Gazetteer::bundled();
    const int kumamoto = g.place_index("Kumamoto");
    ASSERT_GE(kumamoto, 0);
    const Place& k = g.places()[static_cast<size_t>(kumamoto)];
    EXPECT_TRUE(k.located);
    EXPECT_NEAR(k.lat, 32.8, 0.1);
    EXPECT_NEAR(k.lon, 130.7, 0.1);
    EXPECT_EQ(k.country, "Japan");
    EXPECT_EQ(g.country_of(static_cast<uint32_t>(kumamoto)), "Japan");
    EXPECT_TRUE(g.compatible(static_cast<uint32_t>(kumamoto), static_cast<uint32_t>(g.place_index("Japan"))));
}

TEST(WorldPlaces, LowerCaseWordsAreNeverPlaces) {
    EXPECT_TRUE(places_in("the reading of the bill, a mobile phone and a nice day in march").empty());
}

// --- Which place a shared name is -----------------------------------------------------------------

TEST(Ambiguity, ThePopulousPlaceWinsWhenTheArticleSaysNothingMore) {
    EXPECT_EQ(places_in("Floods hit Hyderabad on Monday."), (std::vector<std::string>{"Hyderabad, India [IN]"}));
    EXPECT_EQ(places_in("Leaders met in Paris on Monday."), (std::vector<std::string>{"Paris [FR]"}));
}

TEST(Ambiguity, TheCountriesTheArticleNamesDecide) {
    EXPECT_EQ(places_in("Floods hit Hyderabad on Monday. Pakistan's army sent boats."),
              (std::vector<std::string>{"Hyderabad, Pakistan [PK]", "Pakistan [PK]"}));
    // "Paris" in a Texas story is Paris, Texas: the region named decides among US towns too.
    EXPECT_EQ(places_in("A tornado tore through Paris late on Tuesday. Storms crossed northeast Texas overnight."),
              (std::vector<std::string>{"Paris, Texas [US]", "Texas [US]"}));
    EXPECT_EQ(places_in("Residents of Paris, Texas, cleared debris."), (std::vector<std::string>{"Paris, Texas [US]", "Texas [US]"}));
}

TEST(Ambiguity, AQualifyingPlaceAfterACommaDecides) {
    EXPECT_EQ(places_in("The plant in Reading, Pennsylvania, closed."),
              (std::vector<std::string>{"Reading, Pennsylvania [US]", "Pennsylvania [US]"}));
}

// --- Which place a shared name is, from the article's other places ---------------------------------

TEST(Ambiguity, AWorldPlaceOfOneCountryNamesItBeforeOrAfterTheSharedName) {
    // Sukkur is Pakistan's alone: Hyderabad beside it is Pakistan's, wherever it stands.
    EXPECT_EQ(places_in("Floods hit Hyderabad on Monday. Boats came from Sukkur."),
              (std::vector<std::string>{"Hyderabad, Pakistan [PK]", "Sukkur [PK]"}));
    EXPECT_EQ(places_in("Boats left Sukkur at dawn. By noon they had reached Hyderabad."),
              (std::vector<std::string>{"Sukkur [PK]", "Hyderabad, Pakistan [PK]"}));
    // Murcia is Spain's city of 440,000 or a Philippine town of 17,000 nothing puts in play: Spain.
    EXPECT_EQ(places_in("The storm reached Valencia overnight. Roads out of Murcia were cut."),
              (std::vector<std::string>{"Valencia, Spain [ES]", "Murcia, Spain [ES]"}));
}

TEST(Ambiguity, PlacesThatAgreeNameTheirCountryThoughItIsNeverWritten) {
    // Orihuela (86,000) is Spain's alone, and Valencia may be Spain's: together they are Spain.
    EXPECT_EQ(places_in("The river burst its banks near Orihuela. By Friday the water had reached Valencia."),
              (std::vector<std::string>{"Orihuela [ES]", "Valencia, Spain [ES]"}));
    EXPECT_EQ(places_in("Water reached the outskirts of Valencia. Farmers near Orihuela lost their crops."),
              (std::vector<std::string>{"Valencia, Spain [ES]", "Orihuela [ES]"}));
}

TEST(Ambiguity, AQualifierStillDecidesAfterTheArticleAddedPlaces) {
    // A fresh gazetteer holds exactly its hand-made places: the first world place an article
    // names (Kumamoto) moves them, and the qualifier read before ("Pennsylvania") must survive
    // that (the unit tests run under AddressSanitizer too).
    const Gazetteer g(world_places_table());
    const std::string text = "Floods hit Kumamoto. The plant in Reading, Pennsylvania, closed.";
    const std::vector<Token> tokens = tokenize(text);
    std::vector<std::string> found;
    for (const NameMention& m : g.find(text, tokens, 0, tokens.size())) found.push_back(g.places()[m.index].name);
    EXPECT_EQ(found, (std::vector<std::string>{"Kumamoto", "Reading, Pennsylvania", "Pennsylvania"}));
}

TEST(Ambiguity, WeakEvidenceLeavesThePopulousPlace) {
    EXPECT_EQ(places_in("Water reached the outskirts of Valencia."), (std::vector<std::string>{"Valencia, Venezuela [VE]"}));
    // A US story that names Paris once: a small American town is no evidence for Paris, Texas.
    EXPECT_EQ(places_in("A jury in Paris ruled on Monday. Crowds gathered near Kenner. The United States mourned."),
              (std::vector<std::string>{"Paris [FR]", "Kenner [US]", "United States [US]"}));
    // Valencia, California, and Kenner, Louisiana, are of one country but of two regions.
    EXPECT_EQ(places_in("Water reached the outskirts of Valencia. Crowds gathered near Kenner."),
              (std::vector<std::string>{"Valencia, Venezuela [VE]"}));
    // A name the article has already decided vouches for no other country.
    EXPECT_EQ(places_in("Water reached Valencia, Venezuela. Farmers near Orihuela lost their crops."),
              (std::vector<std::string>{"Valencia, Venezuela [VE]", "Venezuela [VE]"}));
    // A person's name, and a name several countries' towns share, vouch for nothing.
    EXPECT_EQ(places_in("Water reached the outskirts of Valencia. Then Orihuela Gomez spoke."),
              (std::vector<std::string>{"Valencia, Venezuela [VE]"}));
    EXPECT_EQ(places_in("Water reached the outskirts of Valencia. Fans near Mercedes cheered."),
              (std::vector<std::string>{"Valencia, Venezuela [VE]"}));
}

// --- Common words and people's names --------------------------------------------------------------

TEST(CommonWords, CapitalisedCommonWordsAreNotPlaces) {
    EXPECT_TRUE(places_in("Reading the report, he frowned.").empty());
    EXPECT_TRUE(places_in("Mobile phone sales rose. March was busy. May saw more. Police said so.").empty());
    EXPECT_TRUE(places_in("Of the 20 killed, five were children. Nice work, she said. Bath time came.").empty());
    EXPECT_TRUE(places_in("Shares in Mobile Telesystems fell.").empty());
    // Mid-sentence, without a preposition of place or the country named: a name, not a place.
    EXPECT_TRUE(places_in("Millions watched Victoria on Sunday, and Reading fans cheered.").empty());
}

TEST(CommonWords, AreStillPlacesWhereTheTextMakesThemPlaces) {
    EXPECT_EQ(places_in("A gunman opened fire in Mobile, Alabama, on Friday."),
              (std::vector<std::string>{"Mobile [US]", "Alabama [US]"}));
    EXPECT_EQ(places_in("France mourned. A truck drove into the crowd in Nice."),
              (std::vector<std::string>{"France [FR]", "Nice [FR]"}));
}

TEST(CommonWords, PeoplesNamesAreNotPlaces) {
    EXPECT_TRUE(places_in("Victoria Beckham said. Later Victoria left. Then Kenner Smith arrived.").empty());
    EXPECT_TRUE(places_in("Queen Victoria reigned.").empty());
    EXPECT_TRUE(places_in("Ford outsold Toyota and General Motors.").empty());
    // A city of 1.6 million as a surname, and then alone for the same person.
    EXPECT_TRUE(places_in("The actor Joaquin Phoenix won. Later, Phoenix thanked his fans.").empty());
    EXPECT_EQ(places_in("A heat wave hit Phoenix on Monday."), (std::vector<std::string>{"Phoenix [US]"}));
}

TEST(CommonWords, SmallTownsNeedTheirCountryNamed) {
    // Kenner, Louisiana (67,000 people) is below the well-known population: a town that size is
    // a place where the article names its country or qualifies it.
    const std::vector<std::string> alone = places_in("Crowds gathered in Kenner on Tuesday.");
    EXPECT_TRUE(alone.empty()) << alone[0];
    EXPECT_EQ(places_in("Crowds gathered in Kenner, Louisiana, on Tuesday."),
              (std::vector<std::string>{"Kenner [US]", "Louisiana [US]"}));
    EXPECT_EQ(places_in("Crowds gathered in Kenner on Tuesday. The United States mourned."),
              (std::vector<std::string>{"Kenner [US]", "United States [US]"}));
}

// --- Places inside compound adjectives --------------------------------------------------------------

TEST(CompoundAdjectives, APlaceThatBacksAnActorNamesNoScene) {
    EXPECT_EQ(places_in("U.S.-backed forces entered Raqqa."), (std::vector<std::string>{"Raqqa [SY]"}));
    EXPECT_EQ(places_in("A Britain-based monitor said fighting went on in Aleppo."), (std::vector<std::string>{"Aleppo [SY]"}));
    // The same adjective as some sources write it, without the hyphen.
    EXPECT_EQ(places_in("The SDF, the U.S. backed alliance in Syria, took the district."),
              (std::vector<std::string>{"Syria [SY]"}));
    EXPECT_EQ(places_in("A France funded school opened in Dakar."), (std::vector<std::string>{"Dakar [SN]"}));
}

TEST(CompoundAdjectives, APlaceBeforeAVerbOrAByPhraseIsStillAPlace) {
    EXPECT_EQ(places_in("Rebels in Syria backed by Turkey advanced."), (std::vector<std::string>{"Syria [SY]", "Turkey [TR]"}));
    EXPECT_EQ(places_in("At the summit the United States led the talks."), (std::vector<std::string>{"United States [US]"}));
}

// --- The document ---------------------------------------------------------------------------------

TEST(Document, EveryEventPlaceHasCoordinatesInTheTimelineDocument) {
    std::vector<ArticleInput> in;
    in.push_back({"a.txt", "a.txt",
                  "Tornado hits Texas town\nA tornado tore through Paris, Texas, on Tuesday, officials said. "
                  "On Wednesday, the governor visited Dallas.\n",
                  EditorialFacts{"Outlet", std::nullopt, CivilDate{2021, 5, 6}}});
    const Timeline t = build_timeline(std::move(in));
    const nlohmann::json doc = nlohmann::json::parse(timeline_document_json(t, false, false));
    ASSERT_FALSE(doc["events"].empty());
    size_t places = 0;
    for (const auto& e : doc["events"]) {
        ASSERT_EQ(e["where"].size(), e["places"].size());
        for (size_t i = 0; i < e["where"].size(); ++i) {
            const auto& w = e["where"][i];
            EXPECT_EQ(w["name"], e["places"][i]);
            EXPECT_TRUE(w["lat"].is_number()) << w.dump();
            EXPECT_TRUE(w["lon"].is_number()) << w.dump();
            EXPECT_EQ(w["country_code"], "US");
            ++places;
        }
    }
    EXPECT_GT(places, 0u);
}

// --- What the corpora name stays in the table ------------------------------------------------------

TEST(KnownPlaces, ThePlacesTheBundledAndMeantimeArticlesAreTaggedWithStillResolve) {
    // Every world place the extractor tagged in the bundled articles, the gold's Wikinews
    // articles and the 120 MEANTIME texts on 2026-12-01 (tests/places/places_report.py), by
    // name and country: a smaller table (a higher population threshold, fewer fields) must keep
    // them. Hand-made places are listed by their canonical name.
    const std::pair<const char*, const char*> world[] = {
        {"Beijing", "CN"},   {"Berlin", "DE"},      {"Brussels", "BE"},   {"Detroit", "US"},       {"Everett", "US"},
        {"Jakarta", "ID"},   {"Long Beach", "US"},  {"Los Angeles", "US"}, {"Manhattan", "US"},   {"San Francisco", "US"},
        {"San Jose", "US"},  {"Shanghai", "CN"},    {"Singapore", "SG"},  {"Southampton", "GB"},  {"St. Louis", "US"},
        {"Sydney", "AU"},    {"New York", "US"},    {"Heathrow", "GB"},   {"Paris", "FR"},        {"London", "GB"}};
    const Gazetteer& g = Gazetteer::bundled();
    const WorldTable& t = bundled_table();
    for (const auto& [name, cc] : world) {
        bool found = false;
        t.for_each_name(name, [&](uint32_t row, std::string_view n) {
            WorldPlaceRow r;
            found |= n == name && t.read_row(row, r) && r.country_code == cc;
        });
        const int listed = g.place_index(name);
        found |= listed >= 0 && static_cast<size_t>(listed) < g.places().size() && g.places()[static_cast<size_t>(listed)].country_code == cc;
        EXPECT_TRUE(found) << name << " [" << cc << "] is in neither the world table nor the hand-made list";
    }
    for (const char* name : {"Mosul", "Raqqa", "Hawija", "Grand al-Nuri Mosque", "Old City of Mosul", "al-Hol camp", "Ontario", "Hong Kong",
                             "Euphrates", "North America", "Washington", "Wyoming", "Delaware", "Kuwait"}) {
        const int i = g.place_index(name);
        ASSERT_GE(i, 0) << name;
        EXPECT_TRUE(g.places()[static_cast<size_t>(i)].located) << name;
    }
    // And in a sentence, a well-known one is found with its coordinates.
    EXPECT_EQ(places_in("Officials in Jakarta said so on Monday."), (std::vector<std::string>{"Jakarta [ID]"}));
    EXPECT_EQ(places_in("Shares fell in Shanghai and Sydney."), (std::vector<std::string>{"Shanghai [CN]", "Sydney [AU]"}));
}

// A demonym is read back to its country through the regular English endings; the countries are
// the lists' own. Irregular demonyms and words that only look like one name none.
TEST(Demonyms, ARegularDemonymNamesItsListedCountry) {
    const Gazetteer& g = Gazetteer::bundled();
    const auto country = [&](std::string_view word) {
        const int i = g.country_of_demonym(word);
        return i < 0 ? std::string("-") : g.places()[static_cast<size_t>(i)].name;
    };
    EXPECT_EQ(country("Chinese"), "China");
    EXPECT_EQ(country("Iraqi"), "Iraq");
    EXPECT_EQ(country("Syrian"), "Syria");
    EXPECT_EQ(country("Egyptian"), "Egypt");
    EXPECT_EQ(country("Italian"), "Italy");
    EXPECT_EQ(country("Nigerian"), "Nigeria");  // not Niger
    EXPECT_EQ(country("Turkish"), "Turkey");
    EXPECT_EQ(country("German"), "Germany");
    EXPECT_EQ(country("American"), "United States");  // by its alias America
    EXPECT_EQ(country("French"), "-");  // irregular: not read
    EXPECT_EQ(country("China"), "-");   // the country's own name is no demonym
    EXPECT_EQ(country("Christian"), "-");
    EXPECT_EQ(country("European"), "-");  // Europe is no country
    EXPECT_EQ(country("chinese"), "-");
}
