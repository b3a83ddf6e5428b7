// The map in the accessible mirror (wasm/map_mirror.h): the places a screen reader hears must be
// the map's (same names, counts, phases at the playhead), bounded however many places there are,
// and the list must change exactly when the map's meaning does.
#include "map_mirror.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "bundled_story.h"
#include "recording_host.h"

namespace dateline {
namespace {

class MapMirrorTest : public ::testing::Test {
protected:
    void SetUp() override {
        open_bundled_story(model);
    }
    nlohmann::json mirror(size_t most = kMirroredPlaces) const { return nlohmann::json::parse(map_mirror_json(model, most)); }
    RecordingHost host;
    AppModel model{host};
};

TEST_F(MapMirrorTest, EachPlaceOfTheMapIsListedWithItsCountPhaseAndFirstEvents) {
    const std::vector<MapPlace>& places = model.map_places();
    ASSERT_GE(places.size(), 3u);
    model.first_shown();
    model.tick(0);
    const auto m = mirror(places.size());
    EXPECT_EQ(m["places"], places.size());
    ASSERT_EQ(m["items"].size(), places.size()) << "every place when the bound allows";
    EXPECT_TRUE(m["chosen"].is_null());
    const Event& first = model.timeline().events[static_cast<size_t>(model.selected())];
    size_t current = 0, later = 0;
    for (size_t k = 0; k < places.size(); ++k) {
        const auto& item = m["items"][k];
        EXPECT_EQ(item["name"], places[k].name) << "the map's order: most events first";
        EXPECT_EQ(item["events"], places[k].events);
        const bool of_current = std::find(first.places.begin(), first.places.end(), places[k].place) != first.places.end();
        EXPECT_EQ(item["phase"] == "current", of_current) << places[k].name;
        current += item["phase"] == "current";
        later += item["phase"] == "later";
        // Its first events are events naming it, the earliest first.
        ASSERT_FALSE(item["first"].empty()) << places[k].name;
        EXPECT_LE(item["first"].size(), std::min<size_t>(MapPlace::kFirstEventsKept, places[k].events));
        int64_t last_day = INT64_MIN;
        for (const auto& e : item["first"]) {
            const Event& event = model.timeline().events.at(e["event"].get<size_t>());
            EXPECT_TRUE(event_names_place(event, static_cast<int>(places[k].place))) << event.title;
            EXPECT_EQ(e["headline"], event.title);
            EXPECT_GE(event.first_day, last_day);
            last_day = event.first_day;
        }
        EXPECT_NE(item["words"].get<std::string>().find(std::to_string(places[k].events) + " event"), std::string::npos) << item["words"];
    }
    EXPECT_GT(current, 0u) << "the first event names a place";
    EXPECT_GT(later, 0u) << "at the first event, places are still to come";
}

TEST_F(MapMirrorTest, TheListIsBoundedButKeepsTheCurrentAndTheChosenPlaces) {
    const std::vector<MapPlace>& places = model.map_places();
    ASSERT_GE(places.size(), 4u);
    // Choose the place with the fewest events, and select an event of it: it is listed though it
    // is past the bound.
    const MapPlace& few = places.back();
    model.set_place_filter(static_cast<int>(few.place));
    model.tick(0);
    model.first_shown();
    model.tick(0);
    const auto m = mirror(1);
    EXPECT_EQ(m["places"], places.size()) << "it says how many there are in all";
    EXPECT_LT(m["items"].size(), places.size());
    ASSERT_FALSE(m["chosen"].is_null());
    EXPECT_EQ(m["chosen"]["name"], few.name);
    bool listed = false;
    for (const auto& item : m["items"]) {
        if (item["place"] == few.place) {
            listed = true;
            EXPECT_EQ(item["chosen"], true);
            EXPECT_EQ(item["phase"], "current");
        } else {
            EXPECT_EQ(item["chosen"], false);
        }
        EXPECT_TRUE(item["name"] == places[0].name || item["phase"] == "current" || item["chosen"] == true) << item["name"];
    }
    EXPECT_TRUE(listed) << "the chosen place is listed";
}

TEST_F(MapMirrorTest, TheVersionChangesWithTheSelectionAndThePlaceFilterOnly) {
    model.first_shown();
    model.tick(0);
    const uint64_t v = map_mirror_version(model);
    model.tick(0.05);
    EXPECT_EQ(map_mirror_version(model), v) << "time passing alone changes nothing";
    model.set_filter("zzzz");  // the words' filter does not change the map's places
    model.tick(0);
    EXPECT_EQ(map_mirror_version(model), v);
    model.set_filter("");
    model.tick(0);
    model.step(+1);
    const uint64_t stepped = map_mirror_version(model);
    EXPECT_NE(stepped, v);
    model.set_place_filter(static_cast<int>(model.map_places().front().place));
    EXPECT_NE(map_mirror_version(model), stepped);
}

// The events' count in the mirror names every filter in force: a list narrowed by a place chosen
// on the map once read as matching "" (issue 13).
TEST_F(MapMirrorTest, TheEventsCountSaysWhichFiltersAreInForce) {
    const size_t events = model.timeline().events.size();
    ASSERT_GT(events, 3u);
    EXPECT_EQ(events_count_words(model), std::to_string(events) + " events");
    const MapPlace place = model.map_places().front();
    ASSERT_LT(place.events, events);
    model.set_place_filter(static_cast<int>(place.place));
    model.tick(0);
    const std::string of = " of " + std::to_string(events) + " events";
    EXPECT_EQ(events_count_words(model), std::to_string(model.shown().size()) + of + ": the events of " + place.name);
    EXPECT_EQ(model.shown().size(), place.events);
    // A word of an event headline that names the place: both filters, said together.
    const Event& e = model.timeline().events[model.shown().front()];
    const std::string word = e.title.substr(0, e.title.find(' '));
    model.set_filter(word);
    model.tick(0);
    ASSERT_FALSE(model.shown().empty());
    EXPECT_EQ(events_count_words(model),
              std::to_string(model.shown().size()) + of + ": the events of " + place.name + " that match \"" + word + "\"");
    model.set_place_filter(-1);
    model.tick(0);
    EXPECT_EQ(events_count_words(model), std::to_string(model.shown().size()) + of + " match \"" + word + "\"");
    EXPECT_EQ(events_count_words(model).find("match \"\""), std::string::npos);
}

TEST(MapMirror, APlaceIsSaidWithItsCountryCountAndPhase) {
    MapPlace p;
    p.name = "Lyon";
    p.country = "France";
    p.events = 3;
    EXPECT_EQ(map_place_words(p, PlacePhase::Past), "Lyon, France: 3 events");
    EXPECT_EQ(map_place_words(p, PlacePhase::Current), "Lyon, France: 3 events, a place of the current event");
    EXPECT_EQ(map_place_words(p, PlacePhase::Later), "Lyon, France: 3 events, the first still to come");
    p.name = p.country;
    p.events = 1;
    EXPECT_EQ(map_place_words(p, PlacePhase::Later), "France: 1 event, still to come") << "a country is not said twice";
}

}  // namespace
}  // namespace dateline
