// The map's logic without a screen: the packed outlines, the projection, fitting, zooming and
// panning, the story's places and where each stands at the playhead, and hit-testing.
#include "map_view.h"

#include <gtest/gtest.h>

#include <cmath>

#include "gazetteer.h"
#include "timeline.h"

using namespace dateline;

namespace {

// The packer's layout (scripts/pack_map.mjs), written here for hand-made outlines.
struct Packer {
    std::vector<unsigned char> bytes;
    Packer() {
        for (char c : std::string("DLM1")) bytes.push_back(static_cast<unsigned char>(c));
    }
    void varint(uint64_t n) {
        do {
            unsigned char b = n & 0x7F;
            n >>= 7;
            if (n) b |= 0x80;
            bytes.push_back(b);
        } while (n);
    }
    void zigzag(int64_t n) { varint(n >= 0 ? static_cast<uint64_t>(2 * n) : static_cast<uint64_t>(-2 * n - 1)); }
    // An arc of points given in grid units.
    void arc(int kind, const std::vector<std::pair<int, int>>& points) {
        varint(static_cast<uint64_t>(kind));
        varint(points.size());
        int x = 0, y = 0;
        for (auto [px, py] : points) {
            zigzag(px - x);
            zigzag(py - y);
            x = px;
            y = py;
        }
    }
};

Packer two_arcs() {
    Packer p;
    p.varint(10);  // 10 units a degree
    p.varint(2);
    p.arc(0, {{0, 0}, {100, 0}, {100, 50}, {0, 0}});       // a coast: (0,0) (10,0) (10,5) degrees
    p.arc(1, {{-300, -200}, {-310, -190}});                // a border near (-30,-20)
    return p;
}

MapView sized(float w, float h) {
    MapView v;
    v.set_size(w, h);
    return v;
}

}  // namespace

// --- Outlines ---------------------------------------------------------------------------------

TEST(MapOutlines, DecodesThePackedLayout) {
    const Packer p = two_arcs();
    const WorldOutlines o = decode_outlines(p.bytes.data(), p.bytes.size());
    ASSERT_EQ(o.problem, "");
    ASSERT_EQ(o.arcs.size(), 2u);
    EXPECT_FALSE(o.arcs[0].border);
    EXPECT_TRUE(o.arcs[1].border);
    EXPECT_EQ(o.arcs[0].count, 4u);
    EXPECT_EQ(o.arcs[1].first, 4u);
    EXPECT_FLOAT_EQ(o.points[2 * 2], 10.0f);      // third point's lon
    EXPECT_FLOAT_EQ(o.points[2 * 2 + 1], 5.0f);   // and lat
    EXPECT_FLOAT_EQ(o.arcs[0].east, 10.0f);
    EXPECT_FLOAT_EQ(o.arcs[0].north, 5.0f);
    EXPECT_FLOAT_EQ(o.arcs[1].west, -31.0f);
    EXPECT_FLOAT_EQ(o.arcs[1].south, -20.0f);
}

TEST(MapOutlines, BadBytesAreNamedNotRead) {
    const Packer good = two_arcs();
    // Cut anywhere: a problem, never a read past the end (the sanitizer build checks).
    for (size_t n = 0; n < good.bytes.size(); ++n) {
        const WorldOutlines o = decode_outlines(good.bytes.data(), n);
        EXPECT_NE(o.problem, "") << n;
        EXPECT_TRUE(o.arcs.empty());
    }
    Packer wrong = good;
    wrong.bytes[0] = 'X';
    EXPECT_NE(decode_outlines(wrong.bytes.data(), wrong.bytes.size()).problem.find("DLM1"), std::string::npos);
    Packer lying;
    lying.varint(10);
    lying.varint(1000000);  // a million arcs in a few bytes
    lying.arc(0, {{0, 0}, {1, 1}});
    EXPECT_NE(decode_outlines(lying.bytes.data(), lying.bytes.size()).problem.find("more than the bytes"), std::string::npos);
    Packer off_globe;
    off_globe.varint(1);
    off_globe.varint(1);
    off_globe.arc(0, {{0, 0}, {500, 0}});
    EXPECT_NE(decode_outlines(off_globe.bytes.data(), off_globe.bytes.size()).problem.find("leaves the globe"), std::string::npos);
    Packer trailing = good;
    trailing.bytes.push_back(0);
    EXPECT_NE(decode_outlines(trailing.bytes.data(), trailing.bytes.size()).problem.find("after the last arc"), std::string::npos);
}

TEST(MapOutlines, TheBuildsOutlinesCoverTheWorld) {
    const WorldOutlines& o = world_outlines();
    ASSERT_EQ(o.problem, "");
    EXPECT_GT(o.arcs.size(), 500u);
    size_t borders = 0;
    float west = 180, east = -180, south = 90, north = -90;
    for (const auto& a : o.arcs) {
        borders += a.border;
        west = std::min(west, a.west);
        east = std::max(east, a.east);
        south = std::min(south, a.south);
        north = std::max(north, a.north);
    }
    EXPECT_GT(borders, 100u) << "land borders between countries";
    EXPECT_LT(borders, o.arcs.size()) << "and coasts";
    EXPECT_LT(west, -170);
    EXPECT_GT(east, 170);
    EXPECT_LT(south, -50);
    EXPECT_GT(north, 70);
}

// --- Projection ---------------------------------------------------------------------------------

TEST(MapView, ProjectsNorthUpEastRightAndBack) {
    MapView v = sized(400, 300);
    v.fit({{30, 40}, {36, 48}}, 20);
    const MapPoint a = v.to_screen(33, 44), north = v.to_screen(35, 44), east = v.to_screen(33, 46);
    EXPECT_LT(north.y, a.y);
    EXPECT_GT(east.x, a.x);
    const GeoPoint back = v.to_geo(a.x, a.y);
    EXPECT_NEAR(back.lat, 33, 1e-4);
    EXPECT_NEAR(back.lon, 44, 1e-4);
    // Equirectangular with its standard parallel at the middle: a degree east is cos(33) of a
    // degree north there, as on the globe.
    EXPECT_NEAR(v.standard_parallel(), 33, 1e-9);
    EXPECT_NEAR((east.x - a.x) / (a.y - north.y), std::cos(33 * 3.14159265358979 / 180), 1e-3);
}

TEST(MapView, FitShowsEveryPlaceWithinTheMargin) {
    MapView v = sized(400, 300);
    // Wider and taller than kSmallestFitDegrees, so the fit is the places' own.
    const std::vector<GeoPoint> places{{36.3, 43.1}, {33.3, 44.4}, {41.0, 29.0}, {24.5, 54.4}};
    v.fit(places, 24);
    float left = 1e9f, right = -1e9f, top = 1e9f, bottom = -1e9f;
    for (const GeoPoint& g : places) {
        const MapPoint p = v.to_screen(g.lat, g.lon);
        left = std::min(left, p.x);
        right = std::max(right, p.x);
        top = std::min(top, p.y);
        bottom = std::max(bottom, p.y);
    }
    EXPECT_GE(left, 24 - 0.01f);
    EXPECT_LE(right, 400 - 24 + 0.01f);
    EXPECT_GE(top, 24 - 0.01f);
    EXPECT_LE(bottom, 300 - 24 + 0.01f);
    // Fitted, not merely inside: one side of the places' box touches the margins.
    EXPECT_TRUE(std::abs(left - 24) < 0.5f || std::abs(top - 24) < 0.5f);
}

TEST(MapView, ALonePlaceIsShownWithItsRegion) {
    MapView v = sized(400, 300);
    v.fit({{48.85, 2.35}}, 20);
    const MapPoint p = v.to_screen(48.85, 2.35);
    EXPECT_NEAR(p.x, 200, 0.01);
    EXPECT_NEAR(p.y, 150, 0.01);
    // kSmallestFitDegrees fit the height less the margins: a region, not a street.
    EXPECT_NEAR(v.pixels_per_degree(), (300 - 40) / MapView::kSmallestFitDegrees, 1e-6);
    // And no places at all: the whole world.
    v.fit({}, 20);
    double west, south, east, north;
    v.bounds(west, south, east, north);
    EXPECT_LE(west, -179);
    EXPECT_GE(east, 179);
}

TEST(MapView, ZoomKeepsThePlaceUnderThePointerAndStopsAtTheClosest) {
    MapView v = sized(400, 300);
    v.fit({{30, 40}, {36, 48}}, 20);
    const GeoPoint under = v.to_geo(120, 90);
    const double before = v.pixels_per_degree();
    v.zoom_at(2, 120, 90);
    EXPECT_NEAR(v.pixels_per_degree(), 2 * before, 1e-9);
    const MapPoint p = v.to_screen(under.lat, under.lon);
    EXPECT_NEAR(p.x, 120, 0.01);
    EXPECT_NEAR(p.y, 90, 0.01);
    for (int i = 0; i < 40; ++i) v.zoom_at(2, 120, 90);
    EXPECT_NEAR(v.pixels_per_degree(), 300 / MapView::kClosestDegrees, 1e-6);
    for (int i = 0; i < 40; ++i) v.zoom_at(0.5, 120, 90);
    double west, south, east, north;
    v.bounds(west, south, east, north);
    EXPECT_LE(west, -179) << "out no farther than the whole world";
    v.zoom_at(std::nan(""), 0, 0);  // ignored
    EXPECT_TRUE(std::isfinite(v.pixels_per_degree()));
}

TEST(MapView, PanMovesTheMapWithThePointer) {
    MapView v = sized(400, 300);
    v.fit({{30, 40}, {36, 48}}, 20);
    const MapPoint before = v.to_screen(33, 44);
    v.pan(30, -10);
    const MapPoint after = v.to_screen(33, 44);
    EXPECT_NEAR(after.x - before.x, 30, 0.01);
    EXPECT_NEAR(after.y - before.y, -10, 0.01);
    for (int i = 0; i < 1000; ++i) v.pan(-500, 0);
    double west, south, east, north;
    v.bounds(west, south, east, north);
    EXPECT_LT(west, 180) << "the map does not leave the world";
}

// --- The story's places -------------------------------------------------------------------------

namespace {

Event event_at_places(int64_t day, std::vector<uint32_t> places) {
    Event e;
    e.first_day = e.last_day = day;
    e.places = std::move(places);
    return e;
}

uint32_t place(const char* name) {
    const int i = Gazetteer::bundled().place_index(name);
    EXPECT_GE(i, 0) << name;
    return static_cast<uint32_t>(i);
}

}  // namespace

TEST(MapPlaces, EachLocatedPlaceOnceWithItsEventsMostFirst) {
    Timeline t;
    t.gazetteer = &Gazetteer::bundled();
    const uint32_t paris = place("Paris"), lyon = place("Lyon");
    t.events.push_back(event_at_places(100, {paris}));
    t.events.push_back(event_at_places(90, {lyon, paris, paris}));  // a repeat counts once
    t.events.push_back(event_at_places(120, {lyon}));
    t.events.push_back(event_at_places(130, {lyon, 999999}));  // an index past the list is skipped
    const auto places = gather_map_places(t);
    ASSERT_EQ(places.size(), 2u);
    EXPECT_EQ(places[0].name, "Lyon");
    EXPECT_EQ(places[0].events, 3u);
    EXPECT_EQ(places[0].first_day, 90);
    EXPECT_EQ(places[1].name, "Paris");
    EXPECT_EQ(places[1].events, 2u);
    EXPECT_EQ(places[1].first_day, 90);
    EXPECT_EQ(places[1].country, "France");
    EXPECT_NEAR(places[1].lat, 48.85, 0.1);
    EXPECT_NEAR(places[1].lon, 2.35, 0.1);
    Timeline none;  // no gazetteer: no places, no crash
    EXPECT_TRUE(gather_map_places(none).empty());
}

TEST(MapPlaces, CurrentPastAndLaterAtThePlayhead) {
    MapPlace early, late;
    early.place = 1;
    early.first_day = 100;
    late.place = 2;
    late.first_day = 200;
    EXPECT_EQ(place_phase(early, {}, 150.5), PlacePhase::Past);
    EXPECT_EQ(place_phase(late, {}, 150.5), PlacePhase::Later);
    EXPECT_EQ(place_phase(late, {2}, 150.5), PlacePhase::Current) << "the current event's place, whenever it began";
    EXPECT_EQ(place_phase(early, {2}, 150.5), PlacePhase::Past);
    EXPECT_EQ(place_phase(late, {}, 200.0), PlacePhase::Past) << "its first event's day has come";
    EXPECT_EQ(place_phase(late, {}, 199.99), PlacePhase::Later);
}

TEST(MapPlaces, TheFirstLookShowsWhereMostOfTheStoryHappens) {
    auto at = [](double lat, double lon, uint32_t events) {
        MapPlace m;
        m.lat = lat;
        m.lon = lon;
        m.events = events;
        return m;
    };
    // Most events around (35, 40); one event at a faraway capital.
    const std::vector<MapPlace> places{at(36, 43, 9), at(33, 44, 6), at(35.9, 39, 4), at(38.9, -77, 1)};
    const auto core = core_points(places, 0.8);
    ASSERT_EQ(core.size(), 3u) << "19 of 20 events without the faraway place";
    for (const GeoPoint& g : core) EXPECT_GT(g.lon, 0) << "the faraway place is left out";
    EXPECT_EQ(core_points(places, 1.0).size(), 4u) << "every place when all events are asked for";
    // A story spread evenly keeps its places; one place, or none, stays as it is.
    EXPECT_EQ(core_points({at(0, 0, 1), at(0, 90, 1)}, 0.8).size(), 2u);
    EXPECT_EQ(core_points({at(10, 10, 1)}, 0.8).size(), 1u);
    EXPECT_TRUE(core_points({}, 0.8).empty());
}

TEST(MapOutlines, NoArcJumpsAcrossTheMap) {
    // An arc crossing the antimeridian is cut at build time, else it would be drawn as a line
    // from one edge of the map to the other.
    const WorldOutlines& o = world_outlines();
    for (const auto& a : o.arcs)
        for (uint32_t i = 1; i < a.count; ++i)
            ASSERT_LT(std::abs(o.points[2 * (a.first + i)] - o.points[2 * (a.first + i - 1)]), 180.0f);
}

TEST(MapPlaces, AnEventNamesAPlaceOrThereIsNoPlaceFilter) {
    const Event e = event_at_places(1, {4, 7});
    EXPECT_TRUE(event_names_place(e, 7));
    EXPECT_FALSE(event_names_place(e, 5));
    EXPECT_TRUE(event_names_place(e, -1));
}

TEST(MapPlaces, ThePlaceUnderThePointerIsTheNearestDrawnWithinReach) {
    const std::vector<MapPoint> at{{10, 10}, {20, 10}, {14, 10}};
    EXPECT_EQ(place_under(at, {true, true, true}, 13, 10, 8), 2);
    EXPECT_EQ(place_under(at, {true, true, false}, 13, 10, 8), 0) << "a hidden place is not under the pointer";
    EXPECT_EQ(place_under(at, {true, true, true}, 60, 60, 8), -1);
    EXPECT_EQ(place_under(at, {true}, 15, 10, 8), 0) << "drawn flags shorter than the places: the rest are not drawn";
}
