// The timeline: the story's lanes (by country, by actor or one: story.h), an axis whose ticks
// follow the zoom, markers culled to the visible range and merged when too close, and the playhead.
//
// Mouse: the wheel zooms around the cursor; dragging the background pans; dragging the playhead
// (or anywhere on the axis) scrubs; a click on a marker selects its event, on a cluster zooms
// into it. Touch: one finger pans or scrubs, two fingers pinch (App::handle_event).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>

#include "app.h"
#include "text_fit.h"
#include "palette.h"

namespace dateline {

namespace {

ImU32 rgba(float r, float g, float b, float a) { return ImGui::GetColorU32(ImVec4(r, g, b, a)); }

// Lane colours (palette.h, where their contrast is measured): a hue of its own for each
// country's or actor's lane, in order; muted ones for the shared lanes (several, the rest), which
// are no place or party of their own.
ImVec4 lane_colour(const Palette& palette, const Lanes& lanes, int lane) {
    auto imgui = [](Colour c) { return ImVec4(c.r, c.g, c.b, 1.0f); };
    if (lane < 0 || lane >= static_cast<int>(lanes.lanes.size())) return imgui(palette.rest_lane);
    switch (lanes.lanes[static_cast<size_t>(lane)].kind) {
        case Lanes::Kind::Own: return imgui(palette.own_lanes[static_cast<size_t>(lane) % Palette::kOwnLanes]);
        case Lanes::Kind::Several: return imgui(palette.several_lane);
        case Lanes::Kind::Rest: break;
    }
    return imgui(palette.rest_lane);
}

// A marker's colour after the playhead: lighter, yet at least the palette's ratio (3:1, or 4.5:1
// with more contrast) against the darker of the lanes' grounds (WCAG 1.4.11).
ImVec4 dimmed_colour(const Palette& palette, ImVec4 c) {
    const Colour d = dimmed({c.x, c.y, c.z, 1}, palette.stripe, palette.marker_least_ratio);
    return ImVec4(d.r, d.g, d.b, 1.0f);
}

ImU32 ink_on(ImVec4 c) {
    const Colour r = readable_on(Colour{c.x, c.y, c.z, 1});
    return ImGui::GetColorU32(ImVec4(r.r, r.g, r.b, 1.0f));
}

ImU32 with_alpha(ImVec4 c, float a) {
    c.w *= a;
    return ImGui::GetColorU32(c);
}

}  // namespace

void approximate_whiskers(ImDrawList* dl, float x0, float x1, float cy, ImU32 colour, float thickness, float tick) {
    dl->AddLine(ImVec2(x0, cy), ImVec2(x1, cy), colour, thickness);
    dl->AddLine(ImVec2(x0, cy - tick / 2), ImVec2(x0, cy + tick / 2), colour, thickness);
    dl->AddLine(ImVec2(x1, cy - tick / 2), ImVec2(x1, cy + tick / 2), colour, thickness);
}

ImVec4 App::lane_colour_of(int lane) const { return lane_colour(dateline::palette(more_contrast_), model_.lanes(), lane); }
ImVec4 App::dimmed(ImVec4 colour) const { return dimmed_colour(dateline::palette(more_contrast_), colour); }

void App::draw_timeline(ImVec2 size) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 origin = ImGui::GetCursorScreenPos();
    size.x = std::max(size.x, px(100));
    size.y = std::max(size.y, px(100));
    // The lanes' names in a gutter of their own at the left, so that no name is ever drawn over a
    // marker (at 320 px or at 200% zoom they covered the first markers); the timeline proper
    // starts after it.
    const float gutter = lane_gutter_width(size.x);
    const ImVec2 gutter_min = origin;
    origin.x += gutter;
    size.x -= gutter;
    ImGui::SetCursorScreenPos(origin);
    ImGui::InvisibleButton("timeline", size, ImGuiButtonFlags_MouseButtonLeft);
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    timeline_min_ = origin;
    timeline_max_ = ImVec2(origin.x + size.x, origin.y + size.y);
    model_.set_view_width(size.x);
    const TimelineView& view = model_.view();
    const Timeline& timeline = model_.timeline();
    const std::vector<EventBox>& boxes = model_.boxes();

    const ImGuiIO& io = ImGui::GetIO();
    const float axis_height = px(26);
    const float top_band = px(22);  // the playhead's date label
    lanes_top_ = origin.y + top_band;
    lanes_bottom_ = timeline_max_.y - axis_height;
    const Lanes& lanes = model_.lanes();
    const Palette& palette = dateline::palette(more_contrast_);
    const int lane_count = std::max(1, static_cast<int>(lanes.lanes.size()));
    const float lane_height = (lanes_bottom_ - lanes_top_) / static_cast<float>(lane_count);
    const float mouse_x = io.MousePos.x - origin.x;
    const float playhead_x = view.x_of(model_.playhead());

    // --- interaction -------------------------------------------------------------------------
    if (ImGui::IsItemClicked(ImGuiMouseButton_Left)) {
        const bool on_playhead = std::abs(mouse_x - playhead_x) < px(10);
        const bool on_axis = io.MousePos.y > lanes_bottom_ || io.MousePos.y < lanes_top_;
        drag_ = (on_playhead || on_axis) ? Drag::Playhead : Drag::Pan;
        model_.pause();
    }
    if (!active) drag_ = Drag::None;
    if (active && fingers_ < 2) {
        if (drag_ == Drag::Playhead) {
            model_.set_playhead(std::clamp(view.day_at(mouse_x), view.from(), view.to() - 1e-6), false);
        } else if (drag_ == Drag::Pan && io.MouseDelta.x != 0 && !ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
            // (Not on the press itself: a touch jumps the pointer there, which is no drag.)
            model_.pan_pixels(io.MouseDelta.x);
        }
    }

    // --- background, lanes, axis ---------------------------------------------------------------
    dl->PushClipRect(timeline_min_, timeline_max_, true);
    dl->AddRectFilled(timeline_min_, timeline_max_, rgba(1, 1, 1, 0.85f), px(4), gutter > 0 ? ImDrawFlags_RoundCornersRight : ImDrawFlags_None);
    for (int lane = 0; lane < lane_count; ++lane) {
        const float y0 = lanes_top_ + lane_height * static_cast<float>(lane);
        if (lane % 2 == 1) dl->AddRectFilled(ImVec2(origin.x, y0), ImVec2(timeline_max_.x, y0 + lane_height), rgba(0, 0, 0, 0.025f));
    }
    draw_axis_breaks(origin, lanes_top_, lanes_bottom_, timeline_max_.y);
    const auto ticks = axis_ticks(view, px(48));
    ImFont* small = fonts_.small;
    for (const AxisTick& t : ticks) {
        const float x = origin.x + view.x_of(t.day);
        dl->AddLine(ImVec2(x, lanes_top_), ImVec2(x, lanes_bottom_), rgba(0, 0, 0, t.major ? 0.14f : 0.06f), px(1));
        dl->AddLine(ImVec2(x, lanes_bottom_), ImVec2(x, lanes_bottom_ + px(t.major ? 7 : 4)), rgba(0, 0, 0, 0.45f), px(1));
        dl->AddText(small, small->FontSize, ImVec2(x + px(3), lanes_bottom_ + px(5)),
                    ImGui::GetColorU32(t.major ? ImGuiCol_Text : ImGuiCol_TextDisabled), t.label.c_str());
    }
    dl->AddLine(ImVec2(origin.x, lanes_bottom_), ImVec2(timeline_max_.x, lanes_bottom_), rgba(0, 0, 0, 0.35f), px(1));

    // --- markers -----------------------------------------------------------------------------
    if (const std::vector<EventBox>* filtered = model_.filtered_boxes()) {
        // The filter leaves events out: only those it shows are laid out (their indices then
        // point into the filter's list, and are turned back into events).
        layout_markers(view, *filtered, model_.longest_event_days(), lane_count, px(12), markers_);
        for (int& e : markers_.events) e = model_.shown()[static_cast<size_t>(e)];
    } else {
        layout_markers(view, boxes, model_.longest_event_days(), lane_count, px(12), markers_);
    }
    const int current = model_.selected();
    const double playhead = model_.playhead();
    int hovered_marker = -1;
    const float radius = px(5.5f);
    marker_boxes_.clear();
    for (size_t i = 0; i < markers_.markers.size(); ++i) {
        const Marker& m = markers_.markers[i];
        const float cy = lanes_top_ + lane_height * (static_cast<float>(m.lane) + 0.5f);
        const ImVec4 full = lane_colour(palette, lanes, m.lane);
        bool future = true;  // dim what comes after the playhead
        bool holds_current = false;
        for (const int* e = markers_.begin(m); e != markers_.end(m); ++e) {
            future &= boxes[*e].first_day > playhead;
            holds_current |= *e == current;
        }
        // Dimmed, not faded: a solid lighter colour that keeps its contrast (an opacity would not).
        const ImVec4 colour = future ? dimmed_colour(palette, full) : full;
        const float x0 = origin.x + m.x0, x1 = origin.x + m.x1;
        bool over = false;
        if (m.span) {
            const float h = px(m.count == 1 && model_.is_key(*markers_.begin(m)) ? 15 : 9);  // a key event: taller
            dl->AddRectFilled(ImVec2(x0, cy - h / 2), ImVec2(std::max(x1, x0 + px(2)), cy + h / 2), with_alpha(colour, 0.30f), px(3));
            dl->AddRect(ImVec2(x0, cy - h / 2), ImVec2(std::max(x1, x0 + px(2)), cy + h / 2), with_alpha(colour, 1.0f), px(3), 0,  // the outline is the marker (3:1)
                        px(holds_current ? 2.5f : 1));
            over = hovered && io.MousePos.x >= x0 && io.MousePos.x <= x1 && std::abs(io.MousePos.y - cy) < px(8);
            marker_boxes_.emplace_back(x0, cy - h / 2, std::max(x1, x0 + px(2)), cy + h / 2);
        } else if (m.count > 1) {
            // A circle holding a key event is larger, with the key event's dark ring (legend).
            const float r = px(m.key ? 11 : 9);
            dl->AddCircleFilled(ImVec2(x0, cy), r, with_alpha(colour, 1.0f));
            if (m.key) dl->AddCircle(ImVec2(x0, cy), r, rgba(0.1f, 0.1f, 0.1f, 0.85f), 0, px(2));
            char count[16];
            std::snprintf(count, sizeof count, "%u", m.count);
            const ImVec2 ts = small->CalcTextSizeA(small->FontSize, 1e9f, 0, count);
            // White or ink, whichever reads better on the marker (4.5:1, palette_test.cpp).
            dl->AddText(small, small->FontSize, ImVec2(x0 - ts.x / 2, cy - ts.y / 2), ink_on(colour), count);
            if (holds_current) dl->AddCircle(ImVec2(x0, cy), r + px(3), rgba(0.1f, 0.1f, 0.1f, 0.9f), 0, px(2));
            over = hovered && std::abs(io.MousePos.x - x0) < r + px(2) && std::abs(io.MousePos.y - cy) < r + px(2);
            const float reach = holds_current ? r + px(4) : r;
            marker_boxes_.emplace_back(x0 - reach, cy - reach, x0 + reach, cy + reach);
        } else {
            // A key event (the author's mark) is drawn larger, with a dark ring.
            const bool key = model_.is_key(*markers_.begin(m));
            const float r = (m.sources > 1 ? radius + px(1.5f) : radius) * (key ? 1.6f : 1.0f);
            // An approximate day ("a week ago"): whiskers over the days it may be (legend).
            if (const EventBox& b = boxes[*markers_.begin(m)]; b.give_or_take_days > 0)
                approximate_whiskers(dl, origin.x + view.x_of(b.first_day - b.give_or_take_days),
                                     origin.x + view.x_of(b.last_day + 1 + b.give_or_take_days), cy, with_alpha(colour, 1.0f), px(1.5f), px(4));
            dl->AddCircleFilled(ImVec2(x0, cy), r, with_alpha(colour, 1.0f));
            if (key) dl->AddCircle(ImVec2(x0, cy), r, rgba(0.1f, 0.1f, 0.1f, 0.85f), 0, px(2));
            if (m.sources > 1) dl->AddCircle(ImVec2(x0, cy), r + px(2.5f), with_alpha(colour, 1.0f), 0, px(1.5f));
            if (holds_current) dl->AddCircle(ImVec2(x0, cy), r + px(5), rgba(0.1f, 0.1f, 0.1f, 0.9f), 0, px(2));
            over = hovered && std::abs(io.MousePos.x - x0) < r + px(3) && std::abs(io.MousePos.y - cy) < r + px(3);
            const float reach = holds_current ? r + px(6) : m.sources > 1 ? r + px(3.25f) : r;
            marker_boxes_.emplace_back(x0 - reach, cy - reach, x0 + reach, cy + reach);
        }
        if (over) hovered_marker = static_cast<int>(i);
    }
    // --- playhead ----------------------------------------------------------------------------
    const float phx = origin.x + view.x_of(playhead);
    const ImU32 accent = rgba(0.10f, 0.10f, 0.12f, 0.95f);
    dl->AddLine(ImVec2(phx, lanes_top_ - px(2)), ImVec2(phx, lanes_bottom_), accent, px(2));
    const std::string label = describe_interval(static_cast<int64_t>(std::floor(playhead)), static_cast<int64_t>(std::floor(playhead)),
                                                Precision::Day);
    const ImVec2 ls = small->CalcTextSizeA(small->FontSize, 1e9f, 0, label.c_str());
    float lx = std::clamp(phx - ls.x / 2 - px(6), origin.x + px(2), timeline_max_.x - ls.x - px(14));
    dl->AddRectFilled(ImVec2(lx, origin.y + px(2)), ImVec2(lx + ls.x + px(12), origin.y + top_band - px(2)), accent, px(4));
    dl->AddText(small, small->FontSize, ImVec2(lx + px(6), origin.y + (top_band - ls.y) / 2), rgba(1, 1, 1, 1), label.c_str());
    dl->PopClipRect();
    if (gutter > 0) draw_lane_gutter(gutter_min, ImVec2(origin.x, timeline_max_.y), lane_height);

    // --- hover and click on markers ------------------------------------------------------------
    if (hovered_marker >= 0 && drag_ == Drag::None) {
        const Marker& m = markers_.markers[static_cast<size_t>(hovered_marker)];
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(px(360));
        if (m.count == 1) {
            const int index = *markers_.begin(m);
            const Event& e = timeline.events[index];
            ImGui::TextUnformatted(e.title.c_str());
            ImGui::TextDisabled("%s \xC2\xB7 %zu source%s", model_.date_words(index).c_str(), e.sources.size(),
                                e.sources.size() == 1 ? "" : "s");
        } else {
            const int first = *markers_.begin(m);
            bool one_day = true;
            for (const int* e = markers_.begin(m); e != markers_.end(m); ++e)
                one_day &= boxes[*e].first_day == boxes[first].first_day && boxes[*e].last_day == boxes[first].last_day;
            ImGui::Text("%u events%s", m.count, m.key ? ", with a key event" : "");
            if (one_day) ImGui::TextDisabled("%s \xC2\xB7 click to list them", model_.date_words(first).c_str());
            else ImGui::TextDisabled("Click to zoom in");
        }
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    if (hovered_marker >= 0 && ImGui::IsMouseReleased(ImGuiMouseButton_Left) && io.MouseDragMaxDistanceSqr[0] < px(6) * px(6)) {
        const Marker& m = markers_.markers[static_cast<size_t>(hovered_marker)];
        if (m.count == 1) {
            model_.select(*markers_.begin(m), true);
        } else {
            choices_at_ = ImVec2(origin.x + m.x0, lanes_top_ + lane_height * (static_cast<float>(m.lane) + 0.5f) + px(12));
            model_.open_cluster(std::vector<int>(markers_.begin(m), markers_.end(m)));
        }
    }
    draw_choices();
    if (hovered && drag_ == Drag::None && std::abs(mouse_x - playhead_x) < px(10)) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
}

// How wide the lanes' gutter is for a timeline panel `width` wide: the widest name and its
// padding, but at most 30% of the panel (a longer name is cut, whole in its tooltip); none with
// one lane, which has no name drawn.
float App::lane_gutter_width(float width) const {
    const Lanes& lanes = model_.lanes();
    if (lanes.lanes.size() < 2) return 0;
    float widest = 0;
    for (const auto& lane : lanes.lanes)
        widest = std::max(widest, fonts_.small->CalcTextSizeA(fonts_.small->FontSize, 1e9f, 0, lane.name.c_str()).x);
    return std::floor(std::min(widest + px(16), width * 0.3f));
}

// The gutter from `min` to `max` (the timeline's left edge, top and bottom): each lane's name,
// in its colour, level with its lane's markers, on the lane's own stripe.
void App::draw_lane_gutter(ImVec2 min, ImVec2 max, float lane_height) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Lanes& lanes = model_.lanes();
    const Palette& palette = dateline::palette(more_contrast_);
    ImFont* small = fonts_.small;
    dl->PushClipRect(min, max, true);
    dl->AddRectFilled(min, max, rgba(1, 1, 1, 0.85f), px(4), ImDrawFlags_RoundCornersLeft);
    dl->AddLine(ImVec2(max.x - px(1), lanes_top_), ImVec2(max.x - px(1), lanes_bottom_), rgba(0, 0, 0, 0.12f), px(1));
    const float room = max.x - min.x - px(12);
    for (int lane = 0; lane < static_cast<int>(lanes.lanes.size()); ++lane) {
        const float y0 = lanes_top_ + lane_height * static_cast<float>(lane);
        if (lane % 2 == 1) dl->AddRectFilled(ImVec2(min.x, y0), ImVec2(max.x, y0 + lane_height), rgba(0, 0, 0, 0.025f));
        const std::string& whole = lanes.lanes[static_cast<size_t>(lane)].name;
        const std::string name = fit_to_width(whole, room, [&](std::string_view t) {
            return small->CalcTextSizeA(small->FontSize, 1e9f, 0, t.data(), t.data() + t.size()).x;
        });
        const ImVec2 ts = small->CalcTextSizeA(small->FontSize, 1e9f, 0, name.c_str());
        const ImVec2 at(min.x + px(7), y0 + (lane_height - ts.y) / 2);
        dl->AddText(small, small->FontSize, at, with_alpha(lane_colour(palette, lanes, lane), 1), name.c_str());
        const ImVec2 end(at.x + ts.x, at.y + ts.y);
        controls_.push_back({"lane-" + std::to_string(lane), at, end, true});  // where the name is (state().controls)
        if (name != whole && ImGui::IsWindowHovered() && ImGui::IsMouseHoveringRect(ImVec2(min.x, y0), ImVec2(max.x, y0 + lane_height)))
            ImGui::SetTooltip("%s", whole.c_str());
    }
    dl->PopClipRect();
}

// Events of one day from a clicked counted circle, listed under it to choose from: headline and
// date, one row each; a click selects one, a click elsewhere (or Esc) closes the list.
void App::draw_choices() {
    const std::vector<int>& choices = model_.choices();
    if (choices.empty()) {  // chosen or closed by the model (a key, another selection)
        if (ImGui::IsPopupOpen("same day") && ImGui::BeginPopup("same day")) {
            ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
        }
        return;
    }
    if (choices_seen_ != model_.choices_serial()) {
        choices_seen_ = model_.choices_serial();
        ImGui::OpenPopup("same day");
        const ImVec2 display = ImGui::GetIO().DisplaySize;
        ImGui::SetNextWindowPos(ImVec2(std::clamp(choices_at_.x, 0.0f, std::max(0.0f, display.x - px(380))), choices_at_.y));
    }
    ImGui::SetNextWindowSizeConstraints(ImVec2(px(200), 0), ImVec2(px(380), px(320)));
    if (!ImGui::BeginPopup("same day")) {
        model_.dismiss_choices();  // closed by a click elsewhere
        return;
    }
    ImGui::TextDisabled("%zu events on %s", choices.size(), model_.date_words(choices.front()).c_str());
    const Timeline& timeline = model_.timeline();
    ImVec2 rows_min(1e9f, 1e9f), rows_max(-1e9f, -1e9f);
    int chosen = -1;
    for (int e : choices) {
        ImGui::PushID(e);
        const std::string title = fit_to_width(timeline.events[e].title, px(360), [&](std::string_view t) {
            return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x;
        });
        if (ImGui::Selectable(title.c_str(), e == model_.selected())) chosen = e;
        if (ImGui::IsItemHovered() && title != timeline.events[e].title) ImGui::SetTooltip("%s", timeline.events[e].title.c_str());
        rows_min = ImVec2(std::min(rows_min.x, ImGui::GetItemRectMin().x), std::min(rows_min.y, ImGui::GetItemRectMin().y));
        rows_max = ImVec2(std::max(rows_max.x, ImGui::GetItemRectMax().x), std::max(rows_max.y, ImGui::GetItemRectMax().y));
        ImGui::PopID();
    }
    // Rows are spaced by the item spacing: the box runs to the last row's end plus half of it.
    rows_max.y += ImGui::GetStyle().ItemSpacing.y;
    choices_min_ = rows_min;
    choices_max_ = rows_max;
    if (chosen >= 0) {
        model_.select(chosen, true);  // also closes the list in the model
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace dateline
