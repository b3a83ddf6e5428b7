// The reading panel (the current event: its headline, its date as known, how the date was
// derived, places, actors, every source with its passage), the chronological event list with
// its filter, and the article view (the whole cleaned article, the passage in view).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>

#include "app.h"
#include "imgui_stdlib.h"
#include "text_fit.h"

namespace dateline {

namespace {

// ---------------------------------------------------------------------------------------------
// Rich text: wrapped text whose runs may be highlighted (the event's clause) or marked (the
// time expression). ImGui has no such widget; words are placed one by one.
// ---------------------------------------------------------------------------------------------

enum class Run : uint8_t { Plain, Clause, Timex, Dim };

struct Segment {
    std::string_view text;
    Run run = Run::Plain;
};

// Draws segments wrapped to `width` from the cursor; returns the y of the highlighted clause
// (for scrolling to it), or -1.
float rich_text(const std::vector<Segment>& segments, float width, float ratio) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const float line_height = ImGui::GetTextLineHeightWithSpacing();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float space = font->CalcTextSizeA(size, 1e9f, 0, " ").x;
    float x = 0, y = 0, clause_y = -1;
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 dim = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const ImU32 mark = ImGui::GetColorU32(ImVec4(0.62f, 0.20f, 0.08f, 1.0f));
    const ImU32 highlight = ImGui::GetColorU32(ImVec4(1.0f, 0.86f, 0.45f, 0.55f));
    // The clause's highlight is one band a line, drawn under the words (channel 0, the words on
    // channel 1): a translucent box a word overlapped its neighbours and, rounded, left notches
    // between the words, which showed as a row of separate boxes at a phone's pixel ratio.
    ImDrawListSplitter layers;  // its own splitter: a caller may be splitting the list (a table)
    layers.Split(dl, 2);
    layers.SetCurrentChannel(dl, 1);
    float band_x0 = 0, band_x1 = 0, band_y = -1;  // band_y < 0: no band open
    const auto close_band = [&] {
        if (band_y < 0) return;
        layers.SetCurrentChannel(dl, 0);
        dl->AddRectFilled(ImVec2(start.x + band_x0 - 1 * ratio, start.y + band_y),
                          ImVec2(start.x + band_x1 + 1 * ratio, start.y + band_y + size + 2 * ratio), highlight, 2 * ratio);
        layers.SetCurrentChannel(dl, 1);
        band_y = -1;
    };
    for (const Segment& seg : segments) {
        std::string_view rest = seg.text;
        while (!rest.empty()) {
            if (rest.front() == '\n') {
                x = 0;
                y += line_height * 1.4f;
                rest.remove_prefix(1);
                continue;
            }
            if (rest.front() == ' ') {
                if (x > 0) x += space;
                rest.remove_prefix(1);
                continue;
            }
            size_t n = 0;
            while (n < rest.size() && rest[n] != ' ' && rest[n] != '\n') ++n;
            const std::string_view word = rest.substr(0, n);
            rest.remove_prefix(n);
            const float w = font->CalcTextSizeA(size, 1e9f, 0, word.data(), word.data() + word.size()).x;
            if (x > 0 && x + w > width) {
                x = 0;
                y += line_height;
            }
            const ImVec2 at(start.x + x, start.y + y);
            if (seg.run == Run::Clause || seg.run == Run::Timex) {
                if (clause_y < 0) clause_y = y;
                if (band_y != y) {  // a new line, or the first word of the clause
                    close_band();
                    band_x0 = x;
                    band_y = y;
                }
                band_x1 = x + w;
            } else {
                close_band();
            }
            const ImU32 colour = seg.run == Run::Timex ? mark : seg.run == Run::Dim ? dim : ink;
            dl->AddText(font, size, at, colour, word.data(), word.data() + word.size());
            if (seg.run == Run::Timex)
                dl->AddLine(ImVec2(at.x, at.y + size + 1 * ratio), ImVec2(at.x + w, at.y + size + 1 * ratio), mark, 1.5f * ratio);
            x += w;
        }
    }
    close_band();
    layers.Merge(dl);
    ImGui::Dummy(ImVec2(width, y + line_height));
    return clause_y < 0 ? -1 : start.y + clause_y;
}

// A source's passage as segments: the clause highlighted, its time expression marked.
std::vector<Segment> passage_segments(const Article& a, const EventSource& s) {
    const std::string_view text = a.text.clean;
    std::vector<Segment> out;
    auto add = [&](uint32_t from, uint32_t to, Run run) {
        if (to > from) out.push_back({text.substr(from, to - from), run});
    };
    const uint32_t c0 = std::max(s.start, s.clause_start), c1 = std::min(s.end, s.clause_end);
    add(s.start, c0, Run::Plain);
    add(c0, std::max(c0, std::min(s.timex_start, c1)), Run::Clause);
    add(std::max(c0, s.timex_start), std::min(s.timex_end, c1), Run::Timex);
    add(std::max(c0, s.timex_end), c1, Run::Clause);
    add(c1, s.end, Run::Plain);
    return out;
}

std::string short_date(const Event& e) {
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const CivilDate d = civil_from_days(e.first_day);
    char b[32];
    switch (e.precision) {
        case Precision::Day:  // an approximate day ("a week ago") is "c." (circa) that day
            std::snprintf(b, sizeof b, "%s%d %s %d", e.give_or_take_days > 0 ? "c. " : "", d.day, kMonths[d.month - 1], d.year);
            break;
        case Precision::Week: std::snprintf(b, sizeof b, "wk %d %s %d", d.day, kMonths[d.month - 1], d.year); break;
        case Precision::Month:
        case Precision::PartOfMonth: std::snprintf(b, sizeof b, "%s %d", kMonths[d.month - 1], d.year); break;
        default: std::snprintf(b, sizeof b, "%d", d.year); break;
    }
    return b;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// The reading panel
// ---------------------------------------------------------------------------------------------

void App::draw_intro() {
    const Timeline& timeline = model_.timeline();
    ImGui::PushTextWrapPos(0);
    const Story& story = model_.story();
    if (!story.description.empty()) ImGui::TextUnformatted(story.description.c_str());
    ImGui::TextUnformatted("Drag the playhead along the timeline, or pick an event from the list.");
    ImGui::TextDisabled("%zu events from %zu articles. Every event keeps the passages that report it.", timeline.events.size(),
                        timeline.articles.size());
    if (!story.credit.empty()) ImGui::TextDisabled("%s", story.credit.c_str());
    ImGui::PopTextWrapPos();
}

void App::draw_reading(ImVec2 size) {
    const Timeline& timeline = model_.timeline();
    const int selected = model_.selected();
    ImGui::BeginChild("reading", size, false);
    if (reading_seen_event_ != selected) {  // a new event is read from its top
        ImGui::SetScrollY(0);
        reading_seen_event_ = selected;
    }
    touch_scroll(Panel::Reading, reading_scroll_);
    if (selected < 0) {
        draw_intro();
        ImGui::EndChild();
        return;
    }
    const Event& e = timeline.events[selected];
    const float width = ImGui::GetContentRegionAvail().x;
    ScreenFacts::Reading& facts = reading_facts_;  // what the reader sees, for state()
    facts.drawn = true;
    facts.panel = {ImGui::GetWindowPos().x / ratio_, ImGui::GetWindowPos().y / ratio_, ImGui::GetWindowSize().x / ratio_,
                   ImGui::GetWindowSize().y / ratio_};
    facts.scroll_y = ImGui::GetScrollY() / ratio_;
    facts.scroll_max = ImGui::GetScrollMaxY() / ratio_;
    facts.headline_top = ImGui::GetCursorScreenPos().y / ratio_;
    ImGui::PushTextWrapPos(0);
    ImGui::PushFont(fonts_.title);
    ImGui::TextUnformatted(e.title.c_str());
    ImGui::PopFont();
    // The date written the way it is known, and how it was derived.
    ImGui::TextUnformatted(model_.date_words(selected).c_str());
    if (e.precision != Precision::Day) {
        ImGui::SameLine();
        ImGui::TextDisabled("(known to the %s)", to_string(e.precision).data());
    }
    facts.date_bottom = ImGui::GetItemRectMax().y / ratio_;
    // How the date was read, the places and the actors: under the date, or in an embed (a small
    // frame, where the passage must show without scrolling) after the sources.
    auto how_places_actors = [&] {
        ImGui::PushFont(fonts_.small);
        ImGui::TextDisabled("How this date was read: %s", source_timex(timeline, e.sources.front()).how.c_str());
        std::string tags;
        for (uint32_t p : e.places) tags += (tags.empty() ? "" : " \xC2\xB7 ") + timeline.gazetteer->places()[p].name;
        if (!tags.empty()) ImGui::Text("Places: %s", tags.c_str());
        tags.clear();
        for (uint32_t a : e.actors) tags += (tags.empty() ? "" : " \xC2\xB7 ") + timeline.gazetteer->actors()[a].name;
        if (!tags.empty()) ImGui::Text("Actors: %s", tags.c_str());
        ImGui::PopFont();
    };
    draw_event_marks(selected);
    draw_edit_controls(selected);
    if (!embedded_) {
        how_places_actors();
        ImGui::Separator();
        ImGui::TextDisabled("%zu source%s", e.sources.size(), e.sources.size() == 1 ? "" : "s");
    }
    for (size_t i = 0; i < e.sources.size(); ++i) {
        const EventSource& s = e.sources[i];
        const Article& a = timeline.articles[s.article];
        ImGui::PushID(static_cast<int>(i));
        ImGui::Spacing();
        if (reveal_source_ == static_cast<int>(i)) {  // the mirror's focus is on this source's buttons
            ImGui::SetScrollHereY(0.15f);
            reveal_source_ = -1;
        }
        if (embedded_) {  // the passage first, its outlet and article after it
            if (i == 0) {
                facts.passage_top = ImGui::GetCursorScreenPos().y / ratio_;
                facts.passage_line_bottom = facts.passage_top + ImGui::GetTextLineHeight() / ratio_;
            }
            rich_text(passage_segments(a, s), width - px(4), ratio_);
        }
        ImGui::PushFont(embedded_ ? fonts_.small : fonts_.title);
        ImGui::TextUnformatted(a.outlet ? a.outlet->c_str() : "Unknown outlet");
        ImGui::PopFont();
        if (model_.is_added(s.article)) {
            ImGui::SameLine();
            ImGui::AlignTextToFramePadding();
            ImGui::TextDisabled("added by you: %s", timeline.labels[s.article].c_str());
        }
        ImGui::TextUnformatted(a.title.c_str());
        if (a.published)
            ImGui::TextDisabled("Published %s%s", describe_interval(days_from_civil(*a.published), days_from_civil(*a.published), Precision::Day).c_str(),
                                a.published_from == PublishedFrom::Text       ? " (as the article says)"
                                : a.published_from == PublishedFrom::Inferred ? " (inferred, not stated)"
                                                                              : "");
        else
            ImGui::TextDisabled("Publication date unknown");
        const std::string& how = source_timex(timeline, s).how;
        if (e.sources.size() > 1 && how != source_timex(timeline, e.sources.front()).how) {
            ImGui::PushFont(fonts_.small);
            ImGui::TextDisabled("Date here: %s", how.c_str());
            ImGui::PopFont();
        }
        if (!embedded_) {
            if (i == 0) {
                facts.passage_top = ImGui::GetCursorScreenPos().y / ratio_;
                facts.passage_line_bottom = facts.passage_top + ImGui::GetTextLineHeight() / ratio_;
            }
            rich_text(passage_segments(a, s), width - px(4), ratio_);
        }
        if (ImGui::SmallButton("Copy citation")) model_.copy_citation(selected, i);
        note_control("copy-" + std::to_string(i));
        ImGui::SameLine();
        if (ImGui::SmallButton("Open article")) model_.open_article(selected, static_cast<int>(i));
        note_control("open-" + std::to_string(i));
        if (a.url) {
            ImGui::SameLine();
            if (ImGui::SmallButton("Original \xE2\x86\x97")) model_.open_original(*a.url);  // ↗ is not in the font: shown as text
            note_control("original-" + std::to_string(i));
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", a.url->c_str());
        }
        draw_source_edit(selected, i);
        ImGui::PopID();
    }
    if (embedded_) {
        ImGui::Spacing();
        how_places_actors();
    }
    draw_figures_for(e);
    if (!model_.story().credit.empty() && !embedded_) {  // who the story's articles come from
        ImGui::Spacing();
        ImGui::PushFont(fonts_.small);
        ImGui::TextDisabled("%s", model_.story().credit.c_str());
        ImGui::PopFont();
    }
    ImGui::PopTextWrapPos();
    if (embedded_) note_wanted_height(ImGui::GetCursorPosY());
    ImGui::EndChild();
}

// Figures the sources report about the event's places, side by side when they disagree.
void App::draw_figures_for(const Event& e) {
    const Timeline& timeline = model_.timeline();
    for (const FigureGroup& g : timeline.figures) {
        bool here = false;
        for (uint32_t p : e.places) here |= timeline.gazetteer->compatible(p, static_cast<uint32_t>(g.place));
        if (!here || std::abs(g.values.front().day - e.first_day) > 45) continue;
        ImGui::Spacing();
        ImGui::Separator();
        ImGui::Text("How many %s in %s?", g.counts.c_str(), timeline.gazetteer->places()[g.place].name.c_str());
        ImGui::SameLine();
        if (g.agree) ImGui::TextDisabled("(the sources agree)");
        else ImGui::TextColored(ImVec4(0.62f, 0.20f, 0.08f, 1.0f), "(the sources disagree)");
        for (const FigureMention& m : g.values) {
            const Article& a = timeline.articles[m.article];
            ImGui::BulletText("%s: \xE2\x80\x9C%s\xE2\x80\x9D", a.outlet ? a.outlet->c_str() : a.title.c_str(),
                              std::string(std::string_view(a.text.clean).substr(m.start, m.end - m.start)).c_str());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The event list
// ---------------------------------------------------------------------------------------------

void App::draw_list(ImVec2 size) {
    const Timeline& timeline = model_.timeline();
    const std::vector<int>& shown = model_.shown();
    const int selected = model_.selected();
    const bool scroll_to_selection = list_seen_selection_ != model_.selection_serial();
    ImGui::BeginChild("list", size, false);
    ImGui::SetNextItemWidth(-1);
    std::string filter = model_.filter();
    if (ImGui::InputTextWithHint("##filter", "Filter: words, places, actors", &filter)) model_.set_filter(std::move(filter));
    note_control("filter");
    draw_place_chip();  // a place chosen on the map (map_panel.cpp)
    ImGui::BeginChild("rows", ImVec2(0, 0), false);
    note_window("list");
    touch_scroll(Panel::List, list_scroll_);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown.size()));
    int selected_row = -1;
    for (size_t r = 0; r < shown.size(); ++r)
        if (shown[r] == selected) selected_row = static_cast<int>(r);
    if (scroll_to_selection && selected_row >= 0) {
        clipper.ForceDisplayRangeByIndices(selected_row, selected_row + 1);
    }
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const int index = shown[static_cast<size_t>(r)];
            const Event& e = timeline.events[index];
            ImGui::PushID(index);
            const std::string date = short_date(e);
            const bool is_selected = index == selected;
            char label[64];
            std::snprintf(label, sizeof label, "##row%d", index);
            const float row_height = ImGui::GetTextLineHeight() * 2 + px(6);
            if (ImGui::Selectable(label, is_selected, 0, ImVec2(0, row_height))) {
                model_.select(index, true);
                show_event_tab_ = narrow_;  // on a phone, a tapped event is shown at once
            }
            if (is_selected && scroll_to_selection) {
                ImGui::SetScrollHereY(0.4f);
                list_seen_selection_ = model_.selection_serial();
            }
            const ImVec2 min = ImGui::GetItemRectMin();
            ImDrawList* dl = ImGui::GetWindowDrawList();
            dl->AddText(fonts_.small, fonts_.small->FontSize, ImVec2(min.x + px(4), min.y + px(2)),
                        ImGui::GetColorU32(ImGuiCol_TextDisabled),
                        (date + (e.sources.size() > 1 ? "  \xC2\xB7  " + std::to_string(e.sources.size()) + " sources" : "")).c_str());
            const float text_width = ImGui::GetContentRegionAvail().x - px(8);
            // One line: the headline cut to the row ends with "…".
            const std::string title = fit_to_width(e.title, text_width, [](std::string_view t) {
                return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x;
            });
            dl->AddText(ImVec2(min.x + px(4), min.y + px(4) + fonts_.small->FontSize), ImGui::GetColorU32(ImGuiCol_Text), title.c_str());
            if (ImGui::IsItemVisible()) list_rows_.push_back({index, title});
            ImGui::PopID();
        }
    }
    if (shown.empty()) ImGui::TextDisabled("No event matches \xE2\x80\x9C%s\xE2\x80\x9D.", model_.filter().c_str());
    ImGui::EndChild();
    ImGui::EndChild();
}

// ---------------------------------------------------------------------------------------------
// The article view
// ---------------------------------------------------------------------------------------------

void App::draw_article(ImVec2 size) {
    const Timeline& timeline = model_.timeline();
    const Event& e = timeline.events[static_cast<size_t>(model_.article_event())];
    const EventSource& s = e.sources[static_cast<size_t>(model_.article_source())];
    const Article& a = timeline.articles[s.article];
    ImGui::BeginChild("article", size, false);
    if (ImGui::Button("\xE2\x97\x80 Back to the event (Esc)")) model_.close_article();
    note_control("back");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", a.outlet ? a.outlet->c_str() : "Unknown outlet");
    ImGui::Separator();
    ImGui::BeginChild("article text", ImVec2(0, 0), false);
    touch_scroll(Panel::Article, article_scroll_);
    const float width = ImGui::GetContentRegionAvail().x - px(8);
    float passage_y = -1;
    const std::string_view text = a.text.clean;
    for (const ArticleLine& l : a.lines) {
        if (l.kind == ArticleLine::Kind::Blank || l.kind == ArticleLine::Kind::Furniture) continue;
        if (l.kind == ArticleLine::Kind::Title) {
            ImGui::PushFont(fonts_.title);
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(a.title.c_str());
            ImGui::PopTextWrapPos();
            ImGui::PopFont();
            continue;
        }
        std::vector<Segment> segments;
        const Run base = (l.kind == ArticleLine::Kind::Caption || l.kind == ArticleLine::Kind::Byline ||
                          l.kind == ArticleLine::Kind::DateLine)
                             ? Run::Dim
                             : Run::Plain;
        if (l.kind == ArticleLine::Kind::Caption) segments.push_back({"Caption: ", Run::Dim});
        // The passage, where it falls in this line.
        const uint32_t p0 = std::clamp(s.start, l.start, l.end), p1 = std::clamp(s.end, l.start, l.end);
        if (p1 > p0) {
            segments.push_back({text.substr(l.start, p0 - l.start), base});
            const uint32_t t0 = std::clamp(s.timex_start, p0, p1), t1 = std::clamp(s.timex_end, p0, p1);
            segments.push_back({text.substr(p0, t0 - p0), Run::Clause});
            segments.push_back({text.substr(t0, t1 - t0), Run::Timex});
            segments.push_back({text.substr(t1, p1 - t1), Run::Clause});
            segments.push_back({text.substr(p1, l.end - p1), base});
        } else {
            segments.push_back({text.substr(l.start, l.end - l.start), base});
        }
        const float y = rich_text(segments, width, ratio_);
        if (y >= 0 && passage_y < 0) passage_y = y;
        ImGui::Spacing();
    }
    if (article_seen_ != model_.article_serial() && passage_y >= 0) {
        // Bring the passage to a third of the way down.
        const float window_top = ImGui::GetWindowPos().y;
        ImGui::SetScrollY(ImGui::GetScrollY() + (passage_y - window_top) - ImGui::GetWindowHeight() / 3);
        article_seen_ = model_.article_serial();
    }
    ImGui::EndChild();
    ImGui::EndChild();
}

}  // namespace dateline
