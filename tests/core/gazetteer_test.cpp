// The world gazetteer: the packed GeoNames table, coordinates for every place, and the rules that
// decide whether and which place a name is (core/gazetteer.cpp). Texts are written for the test
// in the style of wire news from outside the Middle East.
#include <gtest/gtest.h>

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

const Place* place_named(const std::string& name) {
    const int i = Gazetteer::bundled().place_index(name);
    return i < 0 ? nullptr : &Gazetteer::bundled().places()[static_cast<size_t>(i)];
}

}  // namespace

// --- The packed table ---------------------------------------------------------------------------

TEST(WorldTable, LoadsAndFindsANameByBinarySearch) {
    const WorldPlacesText& t = world_places_text();
    ASSERT_GT(t.world.size(), 100000u) << "the packed world table is missing or empty";
    std::vector<WorldPlaceRow> rows;
    for_each_world_name(t.world, "hyderabad", [&](uint32_t offset, std::string_view) {
        WorldPlaceRow r;
        if (read_world_row(t.world, offset, r)) rows.push_back(r);
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
    for_each_world_name(t.world, "NEW", [&](uint32_t, std::string_view name) {
        (name.substr(0, 4) == "New " || name.substr(0, 4) == "New-" ? new_names : other)++;
    });
    EXPECT_GT(new_names, 5u);
    EXPECT_EQ(other, 0u);
    // An accent-free spelling leads to the name's own row.
    size_t found = 0;
    for_each_world_name(t.world, "Gdańsk", [&](uint32_t, std::string_view) { ++found; });
    for_each_world_name(t.world, "Gdansk", [&](uint32_t offset, std::string_view) {
        WorldPlaceRow r;
        ASSERT_TRUE(read_world_row(t.world, offset, r));
        EXPECT_EQ(r.name, "Gdańsk");
        EXPECT_EQ(r.country_code, "PL");
        ++found;
    });
    EXPECT_EQ(found, 2u);
}

TEST(WorldTable, EveryLineIsSortedAndWellFormed) {
    const std::string_view world = world_places_text().world;
    std::string previous;
    size_t lines = 0;
    for (size_t at = 0; at < world.size();) {
        const size_t eol = world.find('\n', at);
        ASSERT_NE(eol, std::string_view::npos);
        const std::string_view line = world.substr(at, eol - at);
        std::string key(line.substr(0, line.find('\t')));
        for (char& c : key) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        ASSERT_LE(previous, key) << "not sorted at " << line;
        WorldPlaceRow r;
        ASSERT_TRUE(read_world_row(world, static_cast<uint32_t>(at), r)) << line;
        ASSERT_TRUE(r.lat >= -90 && r.lat <= 90 && r.lon >= -180 && r.lon <= 180) << line;
        previous = std::move(key);
        at = eol + 1;
        ++lines;
    }
    EXPECT_GT(lines, 10000u);
}

TEST(WorldTable, BundledGazetteerLoadTime) {
    // A measure, not a timed test: what building the gazetteer costs with the world table and
    // without (the world table is read in place: it should cost next to nothing).
    std::string places, actors;
    for (const LexiconText& l : embedded_lexicons()) {
        if (l.name == "places") places = l.text;
        if (l.name == "actors") actors = l.text;
    }
    auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
    const auto t0 = std::chrono::steady_clock::now();
    const Gazetteer full(places, actors, &world_places_text());
    const auto t1 = std::chrono::steady_clock::now();
    const Gazetteer hand_only(places, actors);
    const auto t2 = std::chrono::steady_clock::now();
    std::printf("GAZETTEER load: with the world table %.2f ms, hand-made list only %.2f ms\n", ms(t0, t1), ms(t1, t2));
    EXPECT_EQ(full.places().size(), hand_only.places().size()) << "world places are added only when an article names them";
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
