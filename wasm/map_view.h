// Map view: where the story's places are, on a map of the world's countries beside the
// timeline. Plain C++ with no UI library (like timeline_view.h), so it is tested natively:
//   - the country outlines, packed at build time by scripts/pack_map.mjs, decoded once;
//   - the projection (equirectangular, its standard parallel at the middle of the places it was
//     fitted to, so shapes stay true there), fitting to the places, zooming and panning;
//   - the story's places (those with coordinates), how many events each has, and which are the
//     current event's, the past's or still to come at a playhead day;
//   - which place is under the pointer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace dateline {

struct Event;
struct Timeline;

// --- Country outlines --------------------------------------------------------------------------

// The arcs of the world's country outlines: coasts, and land borders between two countries
// (each drawn once). Points are interleaved lon, lat in degrees.
struct WorldOutlines {
    struct Arc {
        uint32_t first = 0, count = 0;  // points [first, first + count) of `points`
        bool border = false;            // between two countries (else a coast)
        float west = 0, south = 0, east = 0, north = 0;  // its bounds, degrees
    };
    std::vector<float> points;  // lon, lat, lon, lat...
    std::vector<Arc> arcs;
    std::string problem;  // why the bytes could not be read (then nothing else is set), or ""
};

// Reads the byte layout scripts/pack_map.mjs writes. Bytes that are not that layout give an
// empty map and a problem naming what is wrong; they never read past `size`.
WorldOutlines decode_outlines(const unsigned char* bytes, size_t size);
// The build's outlines (Natural Earth 1:50m via world-atlas), decoded on first use.
const WorldOutlines& world_outlines();

// --- Projection, fit, zoom, pan ------------------------------------------------------------------

struct GeoPoint {
    double lat = 0, lon = 0;  // degrees north and east
};
struct MapPoint {
    float x = 0, y = 0;  // pixels from the map's top-left corner
};

class MapView {
public:
    static constexpr double kSmallestFitDegrees = 8;    // a lone place is shown with its region
    static constexpr double kClosestDegrees = 1.5;      // the closest zoom: degrees across the narrower side
    static constexpr double kFarthestLatitude = 80;     // the map stops there (nothing happens nearer the poles)

    void set_size(float width, float height);
    float width() const { return width_; }
    float height() const { return height_; }

    MapPoint to_screen(double lat, double lon) const;
    GeoPoint to_geo(float x, float y) const;
    double pixels_per_degree() const { return scale_; }  // along the standard parallel
    double standard_parallel() const { return parallel_; }
    // The map's bounds on screen, in degrees (for culling arcs).
    void bounds(double& west, double& south, double& east, double& north) const;

    // Shows every point with `margin` pixels around them; a lone point (or close ones) with its
    // region, kSmallestFitDegrees across. Without points, the whole world. Sets the standard
    // parallel to the points' middle latitude.
    void fit(const std::vector<GeoPoint>& points, float margin);
    // factor > 1 zooms in; the place under (x, y) stays there.
    void zoom_at(double factor, float x, float y);
    void pan(float dx, float dy);

private:
    double smallest_scale() const;  // the whole world fits
    double largest_scale() const;   // kClosestDegrees across
    void clamp();

    float width_ = 1, height_ = 1;
    double parallel_ = 0, cos_parallel_ = 1;
    double centre_x_ = 0, centre_y_ = 0;  // projected degrees: x = lon * cos(parallel), y = lat
    double scale_ = 1;                     // pixels per projected degree
};

// --- The story's places --------------------------------------------------------------------------

// A place of the story that has coordinates, with its events.
struct MapPlace {
    uint32_t place = 0;  // Gazetteer::places() index
    std::string name, country;
    double lat = 0, lon = 0;
    uint32_t events = 0;    // events naming it
    int64_t first_day = 0;  // the first of those events' start
    std::vector<uint32_t> first_events;  // its first kFirstEventsKept events (timeline indices, in the timeline's order)
    static constexpr size_t kFirstEventsKept = 3;
};

// The located places the events name, most events first (then by name), each once.
std::vector<MapPlace> gather_map_places(const Timeline& timeline);

// Does the event name the place (a Gazetteer::places() index)? Any event does for -1 (no place
// filter).
bool event_names_place(const Event& event, int place);

// The places a first look is fitted to: from the middle of the story (the events' median
// latitude and longitude) outwards, until they hold `share` of the events named at places. A
// place far from where most of the story happens (a statement from a faraway capital) is left
// out of the first look; it is one "Fit" away.
std::vector<GeoPoint> core_points(const std::vector<MapPlace>& places, double share);

// Where a place stands at the playhead: one of the current event's places, a place of events
// before (or at) the playhead, or one whose first event is still to come.
enum class PlacePhase : uint8_t { Later, Past, Current };
PlacePhase place_phase(const MapPlace& place, const std::vector<uint32_t>& current_places, double playhead);

// The place drawn nearest to (x, y) within `radius` pixels, among those drawn: an index into
// `at`, or -1.
int place_under(const std::vector<MapPoint>& at, const std::vector<bool>& drawn, float x, float y, float radius);

}  // namespace dateline
