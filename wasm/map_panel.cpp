// The map: the world's country outlines (Natural Earth, packed at build time: map_view.h), the
// story's places on them, on the playhead. Drawn with ImGui's draw list: no tiles, no network.
//
// The current event's places are marked and named; places of events before the playhead are
// dimmed; places whose first event is still to come are faint rings, and hidden while the
// reader scrubs or plays (so the map tells the story as it unfolds). A dot grows with its
// place's events. Hovering a place names it and counts its events; a click shows only its
// events (a chip in the map and above the list clears it). The wheel and a pinch zoom around
// the pointer, dragging pans, "Fit" shows every place again.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "app.h"

namespace dateline {

namespace {

// The first look shows the places holding this share of the events named at places (core_points).
constexpr double kMapCoreShare = 0.8;

ImU32 rgba(float r, float g, float b, float a) { return ImGui::GetColorU32(ImVec4(r, g, b, a)); }

// What the fit keys on: the map is fitted again when the places change (articles added or
// removed), not when the reader moves.
size_t places_key(const std::vector<MapPlace>& places) {
    size_t key = places.size();
    for (const MapPlace& p : places) key = key * 31 + p.place * 7 + p.events;
    return key;
}

}  // namespace

void App::draw_place_chip() {
    const int place = model_.place_filter();
    if (place < 0) return;
    const std::string label = "\xC3\x97  Only " + model_.timeline().gazetteer->places()[static_cast<size_t>(place)].name;  // ×
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.77f, 0.30f, 0.18f, 0.22f));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, px(10));
    if (ImGui::SmallButton(label.c_str())) model_.set_place_filter(-1);
    note_control("place-chip");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show the events of every place");
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

// The event where neither the map nor the list stands beside it (a phone's Event tab, a small
// embed's event): a place chosen on the map narrows the timeline there too, so its chip comes
// first, to say so and to clear it.
void App::draw_reading_under_place_chip(ImVec2 size) {
    if (model_.place_filter() >= 0) {
        const float top = ImGui::GetCursorPosY();
        draw_place_chip();
        size.y -= ImGui::GetCursorPosY() - top;
    }
    draw_reading(size);
}

// The map in an embed (a host page's frame). An embed keeps its promise first: at 480x360 the
// headline, the date and the start of the passage show without scrolling, so the map takes no
// room from the event where the frame is small. Where the frame is wide, the map stands beside
// the timeline as on the hosted page; where it is of a tablet's width, beside the event under
// the timeline; in a phone-sized frame, a Map switch in the header shows it in the event's place.
void App::choose_embed_map(float css_width) {
    constexpr float kBesideTimeline = 1000;  // CSS pixels: the timeline keeps 70% and room for months
    constexpr float kBesideReading = 640;    // the event keeps 55%: a readable line
    if (!embedded_) embed_map_ = EmbedMap::None;
    else if (css_width >= kBesideTimeline) embed_map_ = EmbedMap::BesideTimeline;
    else if (css_width >= kBesideReading) embed_map_ = EmbedMap::BesideReading;
    else embed_map_ = EmbedMap::Switched;
}

namespace {
const char* embed_switch_label(bool map_open) { return map_open ? "Event##embed-map" : "Map##embed-map"; }
}  // namespace

float App::embed_map_switch_width() const {
    if (embed_map_ != EmbedMap::Switched) return 0;
    // The wider of its two labels, so the header does not move when it is pressed.
    const float text = std::max(ImGui::CalcTextSize("Event", nullptr, true).x, ImGui::CalcTextSize("Map", nullptr, true).x);
    return text + 2 * ImGui::GetStyle().FramePadding.x;
}

void App::draw_embed_map_switch() {
    const bool open = embed_map_open_ && model_.article_event() < 0;
    if (open) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(embed_switch_label(open), ImVec2(embed_map_switch_width(), 0))) {
        embed_map_open_ = !open;
        if (embed_map_open_) model_.close_article();
    }
    if (open) ImGui::PopStyleColor();
    note_control("embed-map");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip(open ? "Back to the event" : "Where the events happened");
}

void App::draw_embed_panels(ImVec2 size) {
    if (embed_map_ == EmbedMap::BesideReading) {
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        const float reading = std::floor((size.x - spacing) * 0.55f);
        draw_reading(ImVec2(reading, size.y));
        ImGui::SameLine();
        draw_map(ImVec2(size.x - reading - spacing, size.y));
    } else if (embed_map_ == EmbedMap::Switched && embed_map_open_) {
        draw_map(size);
    } else {
        draw_reading_under_place_chip(size);
    }
}

// The outlines in view, as lines on the draw list: each arc projected, its points nearer than a
// pixel and a half to the last one kept dropped, arcs smaller than that left out altogether.
void App::draw_outlines(ImDrawList* dl, ImVec2 origin, double west, double south, double east, double north) {
    const WorldOutlines& world = world_outlines();
    const ImU32 coast = rgba(0.30f, 0.42f, 0.52f, 0.85f), border = rgba(0.45f, 0.45f, 0.45f, 0.55f);
    const float min_step = px(1.5f);  // points nearer than this to the last drawn add nothing
    const double scale = map_view_.pixels_per_degree(), cos_parallel = std::cos(map_view_.standard_parallel() * 3.14159265358979323846 / 180);
    for (const WorldOutlines::Arc& arc : world.arcs) {
        if (arc.east < west || arc.west > east || arc.north < south || arc.south > north) continue;
        // An islet or a bend of a border smaller than the thinning step: nothing a reader would see.
        if ((arc.east - arc.west) * cos_parallel * scale < min_step && (arc.north - arc.south) * scale < min_step) continue;
        map_line_.clear();
        const float* p = &world.points[2 * static_cast<size_t>(arc.first)];
        for (uint32_t i = 0; i < arc.count; ++i, p += 2) {
            const MapPoint s = map_view_.to_screen(p[1], p[0]);
            const ImVec2 v(origin.x + s.x, origin.y + s.y);
            if (!map_line_.empty() && i + 1 < arc.count && std::abs(v.x - map_line_.back().x) < min_step &&
                std::abs(v.y - map_line_.back().y) < min_step)
                continue;
            map_line_.push_back(v);
        }
        if (map_line_.size() >= 2)
            dl->AddPolyline(map_line_.data(), static_cast<int>(map_line_.size()), arc.border ? border : coast, 0,
                            px(arc.border ? 1.0f : 1.2f));
    }
}

// The triangles draw_outlines made for this view, again, moved with the map's corner.
void App::copy_outlines(ImDrawList* dl, ImVec2 origin) {
    const int vertices = outline_vertices_.Size, indices = outline_indices_.Size;
    dl->PrimReserve(indices, vertices);
    const ImVec2 shift(origin.x - outlines_origin_.x, origin.y - outlines_origin_.y);
    ImDrawVert* v = dl->_VtxWritePtr;
    for (const ImDrawVert& from : outline_vertices_) {
        *v = from;
        v->pos.x += shift.x;
        v->pos.y += shift.y;
        ++v;
    }
    ImDrawIdx* ix = dl->_IdxWritePtr;
    const unsigned int base = dl->_VtxCurrentIdx;
    for (const ImDrawIdx i : outline_indices_) *ix++ = static_cast<ImDrawIdx>(i + base);
    dl->_VtxWritePtr = v;
    dl->_IdxWritePtr = ix;
    dl->_VtxCurrentIdx += static_cast<unsigned int>(vertices);
}

void App::draw_map(ImVec2 size) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    size.x = std::max(size.x, px(120));
    size.y = std::max(size.y, px(100));
    map_min_ = origin;
    map_max_ = ImVec2(origin.x + size.x, origin.y + size.y);
    map_shown_ = true;
    const std::vector<MapPlace>& places = model_.map_places();
    map_view_.set_size(size.x, size.y);
    const size_t key = places_key(places);
    if (!map_fitted_ || key != map_fitted_key_ || std::abs(size.x - map_fitted_size_.x) > 1 || std::abs(size.y - map_fitted_size_.y) > 1) {
        // The first look: where most of the story happens. "Fit": every place.
        std::vector<GeoPoint> points;
        if (map_fit_all_) {
            points.reserve(places.size());
            for (const MapPlace& p : places) points.push_back({p.lat, p.lon});
        } else {
            points = core_points(places, kMapCoreShare);
        }
        map_view_.fit(points, px(28));
        map_fitted_ = true;
        map_fit_all_ = false;
        map_fitted_key_ = key;
        map_fitted_size_ = size;
    }

    // --- paper and outlines ----------------------------------------------------------------------
    dl->PushClipRect(map_min_, map_max_, true);
    dl->AddRectFilled(map_min_, map_max_, rgba(0.93f, 0.95f, 0.97f, 1.0f), px(4));
    double west = 0, south = 0, east = 0, north = 0;
    map_view_.bounds(west, south, east, north);
    // Prepare, then draw: the outlines' triangles are made when the map's view changes (a zoom,
    // a pan, a new size) and copied from then on. While the reader scrubs the timeline or plays,
    // the map's view stays put, and projecting, thinning and tessellating 1,500 arcs at every
    // frame would be work for the same triangles.
    const ImVec2 white = ImGui::GetFontTexUvWhitePixel();  // (the font atlas built again moves it)
    const OutlineKey view_key{west, south, east, north, size.x, size.y, px(1), white.x, white.y};
    if (!(view_key == outlines_key_) || outline_vertices_.empty()) {
        const int first_vertex = dl->VtxBuffer.Size, first_index = dl->IdxBuffer.Size;
        const unsigned int base = dl->_VtxCurrentIdx;
        draw_outlines(dl, origin, west, south, east, north);
        outline_vertices_.resize(dl->VtxBuffer.Size - first_vertex);
        if (!outline_vertices_.empty()) std::memcpy(outline_vertices_.Data, dl->VtxBuffer.Data + first_vertex, sizeof(ImDrawVert) * outline_vertices_.size());
        outline_indices_.resize(dl->IdxBuffer.Size - first_index);
        for (int i = 0; i < outline_indices_.Size; ++i) outline_indices_[i] = dl->IdxBuffer[first_index + i] - base;
        outlines_origin_ = origin;
        outlines_key_ = view_key;
    } else {
        copy_outlines(dl, origin);
    }

    // --- places --------------------------------------------------------------------------------
    current_places_.clear();
    if (model_.selected() >= 0) current_places_ = model_.timeline().events[static_cast<size_t>(model_.selected())].places;
    const double playhead = model_.playhead();
    const bool moving = model_.playing() || drag_ == Drag::Playhead;  // later places wait their turn
    map_dots_.resize(places.size());
    map_drawn_.assign(places.size(), false);
    const ImU32 accent = rgba(0.77f, 0.30f, 0.18f, 1.0f), ink = rgba(0.10f, 0.10f, 0.12f, 0.95f);
    const int filter = model_.place_filter();
    // Drawn in reverse (fewest events last, on top): a small place beside a big one stays visible.
    for (size_t k = places.size(); k-- > 0;) {
        const MapPlace& m = places[k];
        const MapPoint s = map_view_.to_screen(m.lat, m.lon);
        map_dots_[k] = s;
        if (s.x < -px(10) || s.y < -px(10) || s.x > size.x + px(10) || s.y > size.y + px(10)) continue;
        const PlacePhase phase = place_phase(m, current_places_, playhead);
        if (phase == PlacePhase::Later && moving) continue;
        map_drawn_[k] = true;
        const ImVec2 c(origin.x + s.x, origin.y + s.y);
        const float r = px(std::min(3.5f + 1.4f * std::sqrt(static_cast<float>(m.events)), 11.0f));
        switch (phase) {
            case PlacePhase::Later: dl->AddCircle(c, r, rgba(0.77f, 0.30f, 0.18f, 0.45f), 0, px(1.2f)); break;
            case PlacePhase::Past:
                dl->AddCircleFilled(c, r, rgba(0.77f, 0.30f, 0.18f, 0.38f));
                dl->AddCircle(c, r, rgba(0.77f, 0.30f, 0.18f, 0.6f), 0, px(1));
                break;
            case PlacePhase::Current: break;  // drawn last, above all
        }
        if (static_cast<int>(m.place) == filter) dl->AddCircle(c, r + px(3), ink, 0, px(1.5f));
        if (static_cast<int>(k) == map_hovered_) dl->AddCircle(c, r + px(2), ink, 0, px(2));
    }
    // The current event's places: full colour, ringed and named.
    ImFont* small = fonts_.small;
    for (size_t k = 0; k < places.size(); ++k) {
        if (!map_drawn_[k] || place_phase(places[k], current_places_, playhead) != PlacePhase::Current) continue;
        const ImVec2 c(origin.x + map_dots_[k].x, origin.y + map_dots_[k].y);
        const float r = px(std::min(3.5f + 1.4f * std::sqrt(static_cast<float>(places[k].events)), 11.0f));
        dl->AddCircleFilled(c, r, accent);
        dl->AddCircle(c, r + px(3), ink, 0, px(2));
        const char* name = places[k].name.c_str();
        const ImVec2 ts = small->CalcTextSizeA(small->FontSize, 1e9f, 0, name);
        const ImVec2 at(std::min(c.x + r + px(6), map_max_.x - ts.x - px(4)), c.y - ts.y / 2);
        dl->AddRectFilled(ImVec2(at.x - px(3), at.y - px(1)), ImVec2(at.x + ts.x + px(3), at.y + ts.y + px(1)), rgba(1, 1, 1, 0.85f), px(3));
        dl->AddText(small, small->FontSize, at, ink, name);
    }
    // Credit for the outlines (public domain, but a reader should know where shapes come from).
    const char* credit = "Natural Earth";
    const ImVec2 cs = small->CalcTextSizeA(small->FontSize, 1e9f, 0, credit);
    dl->AddText(small, small->FontSize, ImVec2(map_max_.x - cs.x - px(6), map_max_.y - cs.y - px(3)), rgba(0, 0, 0, 0.45f), credit);
    dl->PopClipRect();

    // --- controls over the map (submitted before the map's own button, so they take the pointer)
    ImGui::SetCursorScreenPos(ImVec2(map_max_.x - px(44), origin.y + px(6)));
    if (ImGui::SmallButton("Fit##map")) {
        map_fitted_ = false;
        map_fit_all_ = true;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show every place");
    if (model_.place_filter() >= 0) {
        ImGui::SetCursorScreenPos(ImVec2(origin.x + px(6), origin.y + px(6)));
        draw_place_chip();
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::InvisibleButton("map", size, ImGuiButtonFlags_MouseButtonLeft);
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();

    // --- pointer -------------------------------------------------------------------------------
    if (active && fingers_ < 2 && !ImGui::IsMouseClicked(ImGuiMouseButton_Left) && (io.MouseDelta.x != 0 || io.MouseDelta.y != 0))
        map_view_.pan(io.MouseDelta.x, io.MouseDelta.y);
    map_hovered_ = hovered || active ? place_under(map_dots_, map_drawn_, io.MousePos.x - origin.x, io.MousePos.y - origin.y, px(12)) : -1;
    if (map_hovered_ >= 0 && !(active && io.MouseDragMaxDistanceSqr[0] > px(6) * px(6))) {
        const MapPlace& m = places[static_cast<size_t>(map_hovered_)];
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(px(240));
        if (m.country.empty() || m.country == m.name) ImGui::TextUnformatted(m.name.c_str());
        else ImGui::Text("%s, %s", m.name.c_str(), m.country.c_str());
        ImGui::TextDisabled("%u event%s \xC2\xB7 %s", m.events, m.events == 1 ? "" : "s",
                            static_cast<int>(m.place) == filter ? "click to show every place" : "click to show only these");
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    if (hovered && ImGui::IsMouseReleased(ImGuiMouseButton_Left) && io.MouseDragMaxDistanceSqr[0] < px(6) * px(6) && map_hovered_ >= 0) {
        const int place = static_cast<int>(places[static_cast<size_t>(map_hovered_)].place);
        model_.set_place_filter(place == filter ? -1 : place);
    }
    if (hovered && map_hovered_ >= 0) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
}

}  // namespace dateline
