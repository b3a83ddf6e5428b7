// The first look: the overview strip under the timeline (the whole story, each pixel column
// shaded by how many events fall in it, lane by lane, in the lanes' colours; the visible window
// as a brush: drag it to pan, drag its edges to zoom, press outside it to move the window there),
// the axis breaks' marks on the timeline, a one-line legend of what the markers mean, the hint
// of a first visit, and the story's title on phones. The logic (binning, hit-testing, the whole
// story's mapping) is overview.h's, tested natively.
#include <algorithm>
#include <cmath>
#include <string>

#include "app.h"

namespace dateline {

namespace {

ImU32 rgba(float r, float g, float b, float a) { return ImGui::GetColorU32(ImVec4(r, g, b, a)); }

ImU32 with_alpha(ImVec4 c, float a) {
    c.w *= a;
    return ImGui::GetColorU32(c);
}

// A zig-zag from top to bottom at x: the mark of a break in the axis.
void zig_zag(ImDrawList* dl, float x, float top, float bottom, float step, ImU32 colour, float thickness) {
    ImVec2 points[64];
    int n = 0;
    for (float y = top; y < bottom && n < 63; y += step, ++n) points[n] = ImVec2(x + ((n % 2) ? step / 2 : -step / 2), y);
    points[n++] = ImVec2(x, bottom);
    dl->AddPolyline(points, n, colour, 0, thickness);
}

}  // namespace

float App::overview_height() const { return px(embedded_ ? 20 : 28); }

void App::draw_overview(ImVec2 size) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    size.x = std::max(size.x, px(100));
    ImGui::InvisibleButton("overview", size, ImGuiButtonFlags_MouseButtonLeft);
    const bool hovered = ImGui::IsItemHovered(), active = ImGui::IsItemActive();
    overview_min_ = origin;
    overview_max_ = ImVec2(origin.x + size.x, origin.y + size.y);
    const TimelineView& view = model_.view();
    const std::vector<EventBox>& boxes = model_.boxes();
    const int lanes = std::max(1, static_cast<int>(model_.lanes().lanes.size()));
    const int columns = std::max(1, static_cast<int>(size.x));
    // The whole story's map and density change only with the events or the strip's width.
    if (overview_boxes_seen_ != model_.boxes_serial() || overview_density_.columns != columns || overview_density_.lanes != lanes) {
        overview_map_.set(view, boxes, static_cast<float>(columns));
        bin_events(view, overview_map_, boxes, lanes, columns, overview_density_);
        overview_boxes_seen_ = model_.boxes_serial();
    }

    // --- the brush -----------------------------------------------------------------------------
    const ImGuiIO& io = ImGui::GetIO();
    const float mouse_x = io.MousePos.x - origin.x;
    brush_x0_ = overview_map_.x_of_axis(view.axis_from());
    brush_x1_ = overview_map_.x_of_axis(view.axis_to());
    const float grip = px(7);
    if (ImGui::IsItemClicked(ImGuiMouseButton_Left)) {
        brush_drag_ = hit_brush(mouse_x, brush_x0_, brush_x1_, grip);
        AxisRange now{view.axis_from(), view.axis_to()};
        if (brush_drag_ == BrushPart::Outside) {  // the window moves there, and the drag goes on from there
            now = centre_brush_at(mouse_x, now, overview_map_);
            model_.show_axis_range(now.from, now.to);
            brush_drag_ = BrushPart::Inside;
        }
        brush_press_ = now;
        brush_press_x_ = mouse_x;
        model_.pause();
    }
    if (!active) {
        brush_drag_ = BrushPart::Outside;
    } else if (brush_drag_ != BrushPart::Outside && io.MouseDelta.x != 0) {
        const AxisRange r = drag_brush(brush_drag_, brush_press_, mouse_x - brush_press_x_, overview_map_, TimelineView::kShortestSpan);
        model_.show_axis_range(r.from, r.to);
    }
    if (hovered || active) {
        const BrushPart part = active ? brush_drag_ : hit_brush(mouse_x, brush_x0_, brush_x1_, grip);
        ImGui::SetMouseCursor(part == BrushPart::LeftEdge || part == BrushPart::RightEdge ? ImGuiMouseCursor_ResizeEW
                                                                                          : ImGuiMouseCursor_Hand);
        if (hovered && !active) {
            ImGui::SetTooltip("The whole story: drag the window to move, its edges to zoom; click to jump there");
        }
    }
    // After a move this frame, draw where the view now is.
    brush_x0_ = overview_map_.x_of_axis(view.axis_from());
    brush_x1_ = overview_map_.x_of_axis(view.axis_to());

    // --- the strip -------------------------------------------------------------------------------
    dl->PushClipRect(overview_min_, overview_max_, true);
    dl->AddRectFilled(overview_min_, overview_max_, rgba(1, 1, 1, 0.85f), px(3));
    const float pad = px(2);
    const float row = (size.y - 2 * pad) / static_cast<float>(lanes);
    const float most = static_cast<float>(std::max<uint32_t>(1, overview_density_.most));
    for (int lane = 0; lane < lanes; ++lane) {
        const ImVec4 colour = lane_colour_of(lane);
        const float y0 = origin.y + pad + row * static_cast<float>(lane), y1 = y0 + std::max(row - px(0.5f), px(1));
        // Runs of columns with the same shade are one rectangle. A single event stays visible
        // (at least 0.35); the busiest column is full colour.
        int run = 0, run_level = 0;
        auto level_of = [&](int c) {
            const uint32_t n = overview_density_.at(lane, c);
            return n == 0 ? 0 : 1 + static_cast<int>(std::lround(std::sqrt(static_cast<float>(n) / most) * 7));
        };
        for (int c = 0; c <= columns; ++c) {
            const int level = c < columns ? level_of(c) : -1;
            if (c < columns && level == run_level) continue;
            if (run_level > 0)
                dl->AddRectFilled(ImVec2(origin.x + static_cast<float>(run), y0), ImVec2(origin.x + static_cast<float>(c), y1),
                                  with_alpha(colour, 0.35f + 0.65f * static_cast<float>(run_level - 1) / 7));
            run = c;
            run_level = level;
        }
    }
    // The breaks, as on the timeline.
    for (const AxisBreak& b : view.breaks()) {
        const float x0 = origin.x + overview_map_.x_of_axis(view.axis_of(b.from)), x1 = origin.x + overview_map_.x_of_axis(view.axis_of(b.to));
        dl->AddRectFilled(ImVec2(x0, origin.y), ImVec2(x1, overview_max_.y), rgba(0.96f, 0.95f, 0.93f, 1));
        zig_zag(dl, (x0 + x1) / 2, origin.y + pad, overview_max_.y - pad, px(4), rgba(0, 0, 0, 0.35f), px(1));
    }
    // Outside the window: veiled. The window: framed, with grips on its edges.
    const float bx0 = origin.x + brush_x0_, bx1 = origin.x + std::max(brush_x1_, brush_x0_ + px(2));
    const ImU32 veil = rgba(0.96f, 0.95f, 0.93f, 0.62f);
    dl->AddRectFilled(origin, ImVec2(bx0, overview_max_.y), veil);
    dl->AddRectFilled(ImVec2(bx1, origin.y), overview_max_, veil);
    const ImU32 ink = rgba(0.10f, 0.10f, 0.12f, 0.85f);
    dl->AddRect(ImVec2(bx0, origin.y + px(0.5f)), ImVec2(bx1, overview_max_.y - px(0.5f)), ink, px(2), 0, px(1.5f));
    const float gy0 = origin.y + size.y * 0.3f, gy1 = origin.y + size.y * 0.7f;
    dl->AddRectFilled(ImVec2(bx0 - px(2), gy0), ImVec2(bx0 + px(2), gy1), ink, px(1));
    dl->AddRectFilled(ImVec2(bx1 - px(2), gy0), ImVec2(bx1 + px(2), gy1), ink, px(1));
    dl->PopClipRect();
}

// The breaks on the timeline: a quiet band where the axis skips, zig-zags on its edges, and how
// long the skipped stretch is.
void App::draw_axis_breaks(ImVec2 origin, float top, float axis_y, float bottom) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const TimelineView& view = model_.view();
    ImFont* small = fonts_.small;
    for (const AxisBreak& b : view.breaks()) {
        if (b.to < view.from() || b.from > view.to()) continue;
        const float x0 = origin.x + view.x_of(b.from), x1 = origin.x + view.x_of(b.to);
        dl->AddRectFilled(ImVec2(x0, top), ImVec2(x1, bottom), rgba(0.93f, 0.92f, 0.89f, 1));
        const ImU32 edge = rgba(0, 0, 0, 0.40f);
        zig_zag(dl, x0, top, bottom, px(6), edge, px(1));
        zig_zag(dl, x1, top, bottom, px(6), edge, px(1));
        const std::string words = skipped_span_words(b.days());
        const ImVec2 ts = small->CalcTextSizeA(small->FontSize, 1e9f, 0, words.c_str());
        if (x1 - x0 > ts.x + px(8)) {
            dl->AddText(small, small->FontSize, ImVec2((x0 + x1 - ts.x) / 2, axis_y + px(5)), ImGui::GetColorU32(ImGuiCol_TextDisabled),
                        words.c_str());
        } else if (ImGui::IsMouseHoveringRect(ImVec2(x0, top), ImVec2(x1, bottom))) {
            ImGui::SetTooltip("%s with no event, skipped", words.c_str());
        }
    }
}

// What the markers mean, in one line: drawn with the timeline's own shapes.
void App::draw_legend(float width) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* small = fonts_.small;
    const float height = small->FontSize + px(6);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float right = origin.x + width;
    ImGui::Dummy(ImVec2(width, height));
    const ImVec4 colour = lane_colour_of(0);
    const float cy = origin.y + height / 2;
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    float x = origin.x + px(2);
    // Each item: its glyph (drawn at x, `glyph` wide), then its words; items that do not fit are left out.
    auto item = [&](float glyph, const char* words, auto&& draw) {
        const float w = glyph + px(4) + small->CalcTextSizeA(small->FontSize, 1e9f, 0, words).x;
        if (x + w > right) return;
        draw(x);
        dl->AddText(small, small->FontSize, ImVec2(x + glyph + px(4), cy - small->FontSize / 2), text, words);
        x += w + px(14);
    };
    item(px(11), "an event", [&](float at) { dl->AddCircleFilled(ImVec2(at + px(5.5f), cy), px(5), with_alpha(colour, 1)); });
    if (model_.has_key_events()) {  // the author's key events: alone, and inside a counted circle
        item(px(18), "key event", [&](float at) {
            dl->AddCircleFilled(ImVec2(at + px(9), cy), px(8), with_alpha(colour, 1));
            dl->AddCircle(ImVec2(at + px(9), cy), px(8), rgba(0.1f, 0.1f, 0.1f, 0.85f), 0, px(2));
        });
        item(px(22), "ringed count: holds a key event", [&](float at) {
            dl->AddCircleFilled(ImVec2(at + px(11), cy), px(10), with_alpha(colour, 1));
            dl->AddCircle(ImVec2(at + px(11), cy), px(10), rgba(0.1f, 0.1f, 0.1f, 0.85f), 0, px(2));
            const ImVec2 ts = small->CalcTextSizeA(small->FontSize * 0.85f, 1e9f, 0, "3");
            dl->AddText(small, small->FontSize * 0.85f, ImVec2(at + px(11) - ts.x / 2, cy - ts.y / 2), rgba(1, 1, 1, 1), "3");
        });
    }
    item(px(14), "reported by several sources", [&](float at) {
        dl->AddCircleFilled(ImVec2(at + px(7), cy), px(4.5f), with_alpha(colour, 1));
        dl->AddCircle(ImVec2(at + px(7), cy), px(6.5f), with_alpha(colour, 0.7f), 0, px(1.5f));
    });
    item(px(22), "known to the month or year", [&](float at) {
        dl->AddRectFilled(ImVec2(at, cy - px(4)), ImVec2(at + px(22), cy + px(4)), with_alpha(colour, 0.30f), px(3));
        dl->AddRect(ImVec2(at, cy - px(4)), ImVec2(at + px(22), cy + px(4)), with_alpha(colour, 0.75f), px(3));
    });
    if (model_.has_approximate_days())  // "a week ago": a day give or take a few
        item(px(22), "about that day", [&](float at) {
            approximate_whiskers(dl, at, at + px(22), cy, with_alpha(colour, 1), px(1.5f), px(4));
            dl->AddCircleFilled(ImVec2(at + px(11), cy), px(5), with_alpha(colour, 1));
        });
    item(px(16), "events too close to tell apart: click to zoom", [&](float at) {
        dl->AddCircleFilled(ImVec2(at + px(8), cy), px(8), with_alpha(colour, 0.85f));
        const ImVec2 ts = small->CalcTextSizeA(small->FontSize * 0.85f, 1e9f, 0, "3");
        dl->AddText(small, small->FontSize * 0.85f, ImVec2(at + px(8) - ts.x / 2, cy - ts.y / 2), rgba(1, 1, 1, 1), "3");
    });
    item(px(11), "after the playhead", [&](float at) { dl->AddCircleFilled(ImVec2(at + px(5.5f), cy), px(5), with_alpha(dimmed(colour), 1)); });
    if (!model_.view().breaks().empty())
        item(px(10), "stretch with no event, shortened", [&](float at) { zig_zag(dl, at + px(5), cy - px(6), cy + px(6), px(4), rgba(0, 0, 0, 0.5f), px(1)); });
}

// One line on a first visit, until dismissed.
void App::draw_hint() {
    if (!hint_ || embedded_) return;
    ImGui::PushFont(fonts_.small);
    // The longest of these that fits on one line (the shortest wraps on a phone).
    const char* const kWords[] = {
        ("Tip: drag the timeline to move, scroll to zoom, drag the window in the strip below it to travel the whole story; "
         "\xE2\x86\x90 \xE2\x86\x92 step through the events."),
        "Tip: drag to move, scroll to zoom, drag the strip's window to travel the story; \xE2\x86\x90 \xE2\x86\x92 step.",
        "Tip: drag to move, pinch to zoom, or drag the window in the strip below the timeline."};
    const float button = ImGui::CalcTextSize("Got it").x + ImGui::GetStyle().FramePadding.x * 2;
    const float room = ImGui::GetContentRegionAvail().x - button - px(12);
    const char* words = kWords[2];
    for (const char* w : kWords)
        if (!narrow_ && ImGui::CalcTextSize(w).x <= room) {
            words = w;
            break;
        }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - button - px(12));
    ImGui::TextUnformatted(words);
    ImGui::PopTextWrapPos();
    ImGui::SameLine();
    const bool dismissed = ImGui::SmallButton("Got it");
    hint_button_min_ = ImGui::GetItemRectMin();
    hint_button_max_ = ImGui::GetItemRectMax();
    if (dismissed) {
        hint_ = false;
        if (hint_dismissed_) hint_dismissed_();
    }
    ImGui::PopFont();
}

// Phones: the story's title (the wide header has it beside the app's name); a tap shows its
// description.
void App::draw_story_title_narrow() {
    const Story& story = model_.story();
    if (!narrow_ || story.title.empty()) return;
    if (!story.description.empty()) {  // first, so that a long title wraps beside it
        ImGui::PushFont(fonts_.small);
        if (ImGui::SmallButton(story_open_narrow_ ? "Less" : "About")) story_open_narrow_ = !story_open_narrow_;
        note_control("about");  // the accessible mirror's twin (accessibility.js)
        ImGui::PopFont();
        ImGui::SameLine();
    }
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(story.title.c_str());
    if (story_open_narrow_ && !story.description.empty()) {
        ImGui::PushFont(fonts_.small);
        ImGui::TextDisabled("%s", story.description.c_str());
        ImGui::PopFont();
    }
    ImGui::PopTextWrapPos();
}

}  // namespace dateline
