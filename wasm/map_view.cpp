#include "map_view.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "timeline.h"

namespace dateline {

// The generated source (scripts/pack_map.mjs).
extern const unsigned char kWorldOutlines[];
extern const size_t kWorldOutlinesSize;

// ---------------------------------------------------------------------------------------------
// Country outlines
// ---------------------------------------------------------------------------------------------

namespace {

// Reads the LEB128 varints of the packed outlines, never past the end.
class VarintReader {
public:
    VarintReader(const unsigned char* bytes, size_t size) : at_(bytes), end_(bytes + size) {}
    bool read(uint64_t& out) {
        out = 0;
        for (int shift = 0; shift < 63; shift += 7) {
            if (at_ == end_) return false;
            const unsigned char b = *at_++;
            out |= static_cast<uint64_t>(b & 0x7F) << shift;
            if (!(b & 0x80)) return true;
        }
        return false;  // longer than any number the packer writes
    }
    bool read_signed(int64_t& out) {
        uint64_t z = 0;
        if (!read(z)) return false;
        out = (z & 1) ? -static_cast<int64_t>(z >> 1) - 1 : static_cast<int64_t>(z >> 1);
        return true;
    }
    bool take(const char* literal, size_t n) {
        if (static_cast<size_t>(end_ - at_) < n || !std::equal(literal, literal + n, at_)) return false;
        at_ += n;
        return true;
    }
    size_t left() const { return static_cast<size_t>(end_ - at_); }

private:
    const unsigned char* at_;
    const unsigned char* end_;
};

WorldOutlines unreadable(std::string why) {
    WorldOutlines out;
    out.problem = "the map's outlines cannot be read: " + std::move(why);
    return out;
}

}  // namespace

WorldOutlines decode_outlines(const unsigned char* bytes, size_t size) {
    VarintReader in(bytes, size);
    if (!in.take("DLM1", 4)) return unreadable("they do not start with DLM1");
    uint64_t grid = 0, arcs = 0;
    if (!in.read(grid) || grid == 0 || grid > 100000) return unreadable("the grid is missing or not a number of units per degree");
    if (!in.read(arcs)) return unreadable("the number of arcs is missing");
    // Every arc takes at least 4 bytes (kind, count, two coordinates): a count past that is a lie.
    if (arcs > in.left() / 4) return unreadable("they say " + std::to_string(arcs) + " arcs, more than the bytes can hold");
    WorldOutlines out;
    out.arcs.reserve(arcs);
    const double unit = 1.0 / static_cast<double>(grid);
    for (uint64_t a = 0; a < arcs; ++a) {
        uint64_t kind = 0, count = 0;
        if (!in.read(kind) || kind > 1) return unreadable("arc " + std::to_string(a) + " has no kind (0 coast, 1 border)");
        if (!in.read(count) || count < 2 || count > in.left() / 2 + 1)
            return unreadable("arc " + std::to_string(a) + " has no sensible number of points");
        WorldOutlines::Arc arc;
        arc.first = static_cast<uint32_t>(out.points.size() / 2);
        arc.count = static_cast<uint32_t>(count);
        arc.border = kind == 1;
        int64_t x = 0, y = 0;
        arc.west = arc.south = 1e9f;
        arc.east = arc.north = -1e9f;
        for (uint64_t i = 0; i < count; ++i) {
            int64_t dx = 0, dy = 0;
            if (!in.read_signed(dx) || !in.read_signed(dy)) return unreadable("arc " + std::to_string(a) + " ends early");
            x += dx;
            y += dy;
            const float lon = static_cast<float>(static_cast<double>(x) * unit), lat = static_cast<float>(static_cast<double>(y) * unit);
            if (std::abs(lon) > 180.5f || std::abs(lat) > 90.5f)
                return unreadable("arc " + std::to_string(a) + " leaves the globe");
            out.points.push_back(lon);
            out.points.push_back(lat);
            arc.west = std::min(arc.west, lon);
            arc.east = std::max(arc.east, lon);
            arc.south = std::min(arc.south, lat);
            arc.north = std::max(arc.north, lat);
        }
        out.arcs.push_back(arc);
    }
    if (in.left() != 0) return unreadable(std::to_string(in.left()) + " bytes after the last arc");
    return out;
}

const WorldOutlines& world_outlines() {
    static const WorldOutlines outlines = decode_outlines(kWorldOutlines, kWorldOutlinesSize);
    return outlines;
}

// ---------------------------------------------------------------------------------------------
// Projection, fit, zoom, pan
// ---------------------------------------------------------------------------------------------

namespace {
constexpr double kDegree = 3.14159265358979323846 / 180;
}

void MapView::set_size(float width, float height) {
    width_ = std::max(width, 1.0f);
    height_ = std::max(height, 1.0f);
    clamp();
}

MapPoint MapView::to_screen(double lat, double lon) const {
    return {static_cast<float>(width_ / 2 + (lon * cos_parallel_ - centre_x_) * scale_),
            static_cast<float>(height_ / 2 - (lat - centre_y_) * scale_)};
}

GeoPoint MapView::to_geo(float x, float y) const {
    GeoPoint g;
    g.lon = (centre_x_ + (x - width_ / 2) / scale_) / cos_parallel_;
    g.lat = centre_y_ - (y - height_ / 2) / scale_;
    return g;
}

void MapView::bounds(double& west, double& south, double& east, double& north) const {
    const GeoPoint nw = to_geo(0, 0), se = to_geo(width_, height_);
    west = nw.lon;
    north = nw.lat;
    east = se.lon;
    south = se.lat;
}

double MapView::smallest_scale() const {
    return std::min(width_ / (360 * cos_parallel_), height_ / (2 * kFarthestLatitude));
}

double MapView::largest_scale() const { return std::min(width_, height_) / kClosestDegrees; }

void MapView::clamp() {
    scale_ = std::clamp(scale_, smallest_scale(), std::max(smallest_scale(), largest_scale()));
    // The map stays on the world: its edges never come inside the view (and when the whole world
    // is narrower than the view, it is centred).
    auto keep = [](double centre, double half_world, double half_view) {
        return half_view >= half_world ? 0.0 : std::clamp(centre, half_view - half_world, half_world - half_view);
    };
    centre_x_ = keep(centre_x_, 180 * cos_parallel_, width_ / 2 / scale_);
    centre_y_ = keep(centre_y_, kFarthestLatitude, height_ / 2 / scale_);
}

void MapView::fit(const std::vector<GeoPoint>& points, float margin) {
    double south = 90, north = -90, west = 180, east = -180;
    for (const GeoPoint& p : points) {
        south = std::min(south, p.lat);
        north = std::max(north, p.lat);
        west = std::min(west, p.lon);
        east = std::max(east, p.lon);
    }
    if (points.empty()) {
        south = -60;
        north = 75;
        west = -180;
        east = 180;
    }
    // Shapes are true along the middle of the places (not past 60 degrees, where a degree of
    // longitude would shrink to nothing).
    parallel_ = std::clamp((south + north) / 2, -60.0, 60.0);
    cos_parallel_ = std::cos(parallel_ * kDegree);
    const double across = std::max((east - west) * cos_parallel_, kSmallestFitDegrees);
    const double down = std::max(north - south, kSmallestFitDegrees);
    centre_x_ = (west + east) / 2 * cos_parallel_;
    centre_y_ = (south + north) / 2;
    const double room_x = width_ > 4 * margin ? width_ - 2 * margin : width_ / 2;
    const double room_y = height_ > 4 * margin ? height_ - 2 * margin : height_ / 2;
    scale_ = std::min(room_x / across, room_y / down);
    clamp();
}

void MapView::zoom_at(double factor, float x, float y) {
    if (!(factor > 0) || !std::isfinite(factor)) return;
    const GeoPoint before = to_geo(x, y);
    scale_ *= factor;
    clamp();
    // Move the centre so that the place under (x, y) is there again.
    centre_x_ = before.lon * cos_parallel_ - (x - width_ / 2) / scale_;
    centre_y_ = before.lat + (y - height_ / 2) / scale_;
    clamp();
}

void MapView::pan(float dx, float dy) {
    centre_x_ -= dx / scale_;
    centre_y_ += dy / scale_;
    clamp();
}

// ---------------------------------------------------------------------------------------------
// The story's places
// ---------------------------------------------------------------------------------------------

std::vector<MapPlace> gather_map_places(const Timeline& timeline) {
    std::vector<MapPlace> out;
    if (!timeline.gazetteer) return out;
    const std::vector<Place>& places = timeline.gazetteer->places();
    std::unordered_map<uint32_t, size_t> slot;  // places() index -> out index
    for (const Event& e : timeline.events) {
        for (size_t i = 0; i < e.places.size(); ++i) {
            const uint32_t p = e.places[i];
            // An event names a place once (a repeat in its list counts once).
            if (std::find(e.places.begin(), e.places.begin() + static_cast<std::ptrdiff_t>(i), p) != e.places.begin() + static_cast<std::ptrdiff_t>(i))
                continue;
            if (p >= places.size() || !places[p].located) continue;
            auto [it, fresh] = slot.try_emplace(p, out.size());
            if (fresh) {
                MapPlace m;
                m.place = p;
                m.name = places[p].name;
                m.country = std::string(timeline.gazetteer->country_of(p));
                m.lat = places[p].lat;
                m.lon = places[p].lon;
                m.first_day = e.first_day;
                out.push_back(std::move(m));
            }
            MapPlace& m = out[it->second];
            if (m.first_events.size() < MapPlace::kFirstEventsKept) m.first_events.push_back(static_cast<uint32_t>(&e - timeline.events.data()));
            ++m.events;
            m.first_day = std::min(m.first_day, e.first_day);
        }
    }
    std::sort(out.begin(), out.end(), [](const MapPlace& a, const MapPlace& b) {
        return a.events != b.events ? a.events > b.events : a.name < b.name;
    });
    return out;
}

namespace {

// The median of values weighted by counts (the value at which half the weight is reached).
double weighted_median(std::vector<std::pair<double, uint32_t>> values) {
    std::sort(values.begin(), values.end());
    uint64_t total = 0, seen = 0;
    for (const auto& v : values) total += v.second;
    for (const auto& v : values) {
        seen += v.second;
        if (2 * seen >= total) return v.first;
    }
    return values.empty() ? 0 : values.back().first;
}

}  // namespace

std::vector<GeoPoint> core_points(const std::vector<MapPlace>& places, double share) {
    std::vector<std::pair<double, uint32_t>> lats, lons;
    uint64_t total = 0;
    for (const MapPlace& m : places) {
        lats.emplace_back(m.lat, m.events);
        lons.emplace_back(m.lon, m.events);
        total += m.events;
    }
    const double lat = weighted_median(std::move(lats)), lon = weighted_median(std::move(lons));
    const double k = std::cos(lat * kDegree);
    std::vector<std::pair<double, const MapPlace*>> by_distance;
    for (const MapPlace& m : places) by_distance.emplace_back(std::hypot((m.lon - lon) * k, m.lat - lat), &m);
    std::stable_sort(by_distance.begin(), by_distance.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<GeoPoint> out;
    uint64_t held = 0;
    for (const auto& [distance, m] : by_distance) {
        if (!out.empty() && static_cast<double>(held) >= share * static_cast<double>(total)) break;
        out.push_back({m->lat, m->lon});
        held += m->events;
    }
    return out;
}

bool event_names_place(const Event& event, int place) {
    return place < 0 || std::find(event.places.begin(), event.places.end(), static_cast<uint32_t>(place)) != event.places.end();
}

PlacePhase place_phase(const MapPlace& place, const std::vector<uint32_t>& current_places, double playhead) {
    if (std::find(current_places.begin(), current_places.end(), place.place) != current_places.end()) return PlacePhase::Current;
    return static_cast<double>(place.first_day) <= playhead ? PlacePhase::Past : PlacePhase::Later;
}

int place_under(const std::vector<MapPoint>& at, const std::vector<bool>& drawn, float x, float y, float radius) {
    int best = -1;
    float best_d2 = radius * radius;
    for (size_t i = 0; i < at.size() && i < drawn.size(); ++i) {
        if (!drawn[i]) continue;
        const float dx = at[i].x - x, dy = at[i].y - y, d2 = dx * dx + dy * dy;
        if (d2 <= best_d2) {
            best_d2 = d2;
            best = static_cast<int>(i);
        }
    }
    return best;
}

}  // namespace dateline
