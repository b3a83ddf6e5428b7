#include "app.h"

#include <emscripten.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "article_inputs.h"
#include "calendar.h"

namespace dateline {

// ---------------------------------------------------------------------------------------------
// Style: ink on warm paper, readable in a bright classroom
// ---------------------------------------------------------------------------------------------

void App::style(ImGuiStyle& s) {
    ImGui::StyleColorsLight(&s);
    s.WindowPadding = ImVec2(12, 10);
    s.FramePadding = ImVec2(8, 5);
    s.ItemSpacing = ImVec2(8, 6);
    s.CellPadding = ImVec2(6, 4);
    s.WindowRounding = 0;
    s.ChildRounding = 4;
    s.FrameRounding = 4;
    s.GrabRounding = 4;
    s.ScrollbarSize = 14;
    s.WindowBorderSize = 0;
    s.ChildBorderSize = 0;
    ImVec4* c = s.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.96f, 0.95f, 0.93f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 0.55f);
    c[ImGuiCol_Text] = ImVec4(0.11f, 0.11f, 0.12f, 1.0f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.38f, 0.38f, 0.40f, 1.0f);
    c[ImGuiCol_Button] = ImVec4(0.88f, 0.86f, 0.82f, 1.0f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.82f, 0.78f, 0.72f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.76f, 0.70f, 0.62f, 1.0f);
    c[ImGuiCol_FrameBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_Header] = ImVec4(0.77f, 0.30f, 0.18f, 0.18f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.77f, 0.30f, 0.18f, 0.28f);
    c[ImGuiCol_HeaderActive] = ImVec4(0.77f, 0.30f, 0.18f, 0.38f);
    c[ImGuiCol_Tab] = ImVec4(0.88f, 0.86f, 0.82f, 1.0f);
    c[ImGuiCol_TabActive] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_TabHovered] = ImVec4(0.95f, 0.93f, 0.90f, 1.0f);
}

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

void App::load_articles(const std::string& folder) {
    GatheredInputs inputs = gather_article_inputs({folder});
    for (ArticleInput& in : inputs.articles) in.label = "the bundled " + in.file;  // not a path inside the app
    bundled_ = inputs.articles;  // kept: the timeline is rebuilt with them when articles are added
    bundled_problems_ = inputs.problems;
    timeline_ = build_timeline(std::move(inputs.articles), std::move(inputs.problems));
    bundled_read_ = timeline_.articles.size();
    for (const Problem& p : timeline_.problems)
        if (p.severity == Problem::Severity::Skipped) errors_.push_back(p.input + ": " + p.message);
    build_boxes();
    // The story this page tells: June 2017 to the fall of Baghouz in March 2019.
    view_.set_range(static_cast<double>(days_from_civil({2017, 6, 1})), static_cast<double>(days_from_civil({2019, 4, 1})));
    // The playhead starts on the first event of that view (the view itself stays put).
    int first = -1;
    for (size_t i = 0; i < timeline_.events.size() && first < 0; ++i)
        if (timeline_.events[i].first_day >= view_.from()) first = static_cast<int>(i);
    if (first >= 0) {
        selected_ = first;
        playhead_ = static_cast<double>(timeline_.events[first].first_day) + 0.5;
    } else {
        set_playhead(view_.from(), false);
    }
    url_dirty_ = false;  // the opening state is not a moment the reader chose
    ready_ = true;
}

// One box per event, in the events' order, for the timeline's layout.
void App::build_boxes() {
    boxes_.clear();
    boxes_.reserve(timeline_.events.size());
    longest_ = 0;
    for (const Event& e : timeline_.events) {
        longest_ = std::max(longest_, static_cast<double>(e.last_day - e.first_day + 1));
        EventBox b;
        b.first_day = static_cast<double>(e.first_day);
        b.last_day = static_cast<double>(e.last_day);
        b.lane = static_cast<int>(theatre_of(timeline_, e));
        b.point = e.precision == Precision::Day;
        b.sources = static_cast<int>(e.sources.size());
        boxes_.push_back(b);
    }
}

// ---------------------------------------------------------------------------------------------
// Moving through the story
// ---------------------------------------------------------------------------------------------

void App::select(int event, bool move_playhead) {
    if (event < 0 || event >= static_cast<int>(timeline_.events.size())) return;
    selected_ = event;
    if (move_playhead) {
        playhead_ = static_cast<double>(timeline_.events[event].first_day) + 0.5;
        // Keep the playhead in view: glide when it leaves the middle 80%.
        const float x = view_.x_of(playhead_);
        if (x < view_.width() * 0.1f || x > view_.width() * 0.9f) {
            const double span = view_.span();
            view_.glide_to(playhead_ - span / 2, playhead_ + span / 2);
        }
    }
    scroll_list_to_selection_ = true;
    mark_moved();
}

void App::set_playhead(double day, bool follow) {
    playhead_ = day;
    const int at = event_at(timeline_, static_cast<int64_t>(std::floor(day)));
    if (at != selected_) {
        selected_ = at;
        scroll_list_to_selection_ = true;
    }
    if (follow) {
        const float x = view_.x_of(day);
        if (x < 0 || x > view_.width()) view_.glide_to(day - view_.span() / 2, day + view_.span() / 2);
    }
    mark_moved();
}

void App::step_play(double dt) {
    constexpr double kSecondsPerEvent = 2.2;  // long enough to read a headline
    play_clock_ += dt;
    if (play_clock_ < kSecondsPerEvent) return;
    play_clock_ = 0;
    const int next = selected_ + 1;
    if (next >= static_cast<int>(timeline_.events.size())) {
        playing_ = false;
        return;
    }
    select(next, true);
}

void App::fit_all() {
    if (timeline_.events.empty()) return;
    double lo = static_cast<double>(timeline_.events.front().first_day), hi = lo;
    for (const Event& e : timeline_.events) {
        lo = std::min(lo, static_cast<double>(e.first_day));
        hi = std::max(hi, static_cast<double>(e.last_day + 1));
    }
    const double pad = (hi - lo) * 0.04 + 2;
    view_.glide_to(lo - pad, hi + pad);
    mark_moved();
}

bool App::go_to(const std::string& target) {
    if (const int e = find_event(timeline_, target); e >= 0) {
        select(e, true);
        return true;
    }
    if (auto d = parse_iso_date(target)) {
        set_playhead(static_cast<double>(days_from_civil(*d)) + 0.5, true);
        return true;
    }
    return false;
}

void App::apply_url_hash(const std::string& hash) {
    const UrlState s = parse_url_state(hash);
    for (const std::string& n : s.ignored) show_notice("Link: " + n);
    if (s.view_from && s.view_to) {
        view_.set_range(static_cast<double>(days_from_civil(*s.view_from)), static_cast<double>(days_from_civil(*s.view_to) + 1));
        view_set_ = true;
    }
    if (s.event) {
        const int e = find_event(timeline_, *s.event);
        if (e >= 0) {
            selected_ = e;
            playhead_ = static_cast<double>(timeline_.events[e].first_day) + 0.5;
            scroll_list_to_selection_ = true;
        } else {
            show_notice("Link: no event \"" + *s.event + "\" in these articles");
        }
    }
    if (s.playhead && !(s.event && find_event(timeline_, *s.event) >= 0))
        set_playhead(static_cast<double>(days_from_civil(*s.playhead)) + 0.5, !view_set_);
    url_dirty_ = false;
}

void App::show_notice(std::string text) {
    notices_.push_back(text);
    toast_ = std::move(text);
    toast_left_ = 4.0;
}

// The URL hash follows the reader, quietly: written once the state rests for a moment.
// Written when the reader rests a moment (a third of a second), or at least every second and a
// half while they keep moving: history.replaceState is not free, and a URL changing at every
// frame helps nobody.
void App::sync_url(double dt) {
    if (!url_dirty_ || !ready_) return;
    url_quiet_ += dt;
    url_pending_ += dt;
    if (url_quiet_ < 0.3 && url_pending_ < 1.5) return;
    url_quiet_ = url_pending_ = 0;
    url_dirty_ = false;
    UrlState s;
    if (selected_ >= 0) s.event = timeline_.events[selected_].id;
    s.playhead = civil_from_days(static_cast<int64_t>(std::floor(playhead_)));
    s.view_from = civil_from_days(static_cast<int64_t>(std::floor(view_.from())));
    s.view_to = civil_from_days(static_cast<int64_t>(std::ceil(view_.to())) - 1);
    const std::string hash = format_url_state(s);
    EM_ASM({ if (Module.replaceHash) Module.replaceHash(UTF8ToString($0)); }, hash.c_str());
}

std::string App::date_words(int event) const {
    if (event < 0) return {};
    const Event& e = timeline_.events[event];
    return describe_interval(e.first_day, e.last_day, e.precision);
}

// ---------------------------------------------------------------------------------------------
// Input the interface reads itself
// ---------------------------------------------------------------------------------------------

bool App::handle_event(const SDL_Event& ev) {
    auto over_timeline = [&](float x, float y) {
        return x >= timeline_min_.x && x < timeline_max_.x && y >= timeline_min_.y && y < timeline_max_.y;
    };
    switch (ev.type) {
        case SDL_MOUSEWHEEL: {
            // Where the wheel turned (window coordinates are CSS pixels; the interface draws in
            // device pixels). Not io.MousePos: after an idle pause it is a frame behind.
            const float x = static_cast<float>(ev.wheel.mouseX) * ratio_, y = static_cast<float>(ev.wheel.mouseY) * ratio_;
            if (!over_timeline(x, y)) return false;
            // Browsers give between half a unit and one unit per wheel notch, fractions from touchpads.
            const float steps = ev.wheel.preciseY != 0 ? ev.wheel.preciseY : static_cast<float>(ev.wheel.y);
            zoom_at(std::pow(1.5f, std::clamp(steps, -3.0f, 3.0f)), x - timeline_min_.x, true);
            return true;
        }
        case SDL_KEYDOWN: keys_pressed_.push_back(ev.key.keysym.scancode); return false;
        case SDL_FINGERDOWN: ++fingers_; return false;
        case SDL_FINGERUP: fingers_ = std::max(0, fingers_ - 1); return false;
        case SDL_MULTIGESTURE: {
            // Two fingers: pinch zooms around the fingers' centre.
            const float x = ev.mgesture.x * ImGui::GetIO().DisplaySize.x;
            if (ev.mgesture.numFingers >= 2 && std::abs(ev.mgesture.dDist) > 0.0005f) {
                zoom_at(1.0f + ev.mgesture.dDist * 4.0f, x - timeline_min_.x, false);
                drag_ = Drag::None;
                return true;
            }
            return false;
        }
        default: return false;
    }
}

void App::keyboard() {
    const ImGuiIO& io = ImGui::GetIO();
    std::vector<SDL_Scancode> keys;
    keys.swap(keys_pressed_);
    if (io.WantTextInput) return;  // typing in the filter box
    const int last = static_cast<int>(timeline_.events.size()) - 1;
    if (last < 0) return;
    // Moves go through the events the filter shows.
    auto neighbour = [&](int direction) {
        if (shown_.empty()) return -1;
        if (selected_ < 0) return direction > 0 ? shown_.front() : shown_.back();
        if (direction > 0) {
            for (int e : shown_)
                if (e > selected_) return e;
        } else {
            for (auto it = shown_.rbegin(); it != shown_.rend(); ++it)
                if (*it < selected_) return *it;
        }
        return -1;
    };
    const float centre = std::clamp(view_.x_of(playhead_), 0.0f, view_.width());
    for (SDL_Scancode key : keys) {
        switch (key) {
            case SDL_SCANCODE_RIGHT: select(neighbour(+1), true); break;
            case SDL_SCANCODE_LEFT: select(neighbour(-1), true); break;
            case SDL_SCANCODE_HOME: if (!shown_.empty()) select(shown_.front(), true); break;
            case SDL_SCANCODE_END: if (!shown_.empty()) select(shown_.back(), true); break;
            case SDL_SCANCODE_EQUALS: case SDL_SCANCODE_KP_PLUS: zoom_at(1.5f, centre, true); break;
            case SDL_SCANCODE_MINUS: case SDL_SCANCODE_KP_MINUS: zoom_at(1 / 1.5f, centre, true); break;
            case SDL_SCANCODE_SPACE:
                playing_ = !playing_;
                play_clock_ = 0;
                break;
            case SDL_SCANCODE_ESCAPE: article_event_ = -1; break;
            case SDL_SCANCODE_C:  // copy the current event's first citation
                if (selected_ >= 0) {
                    EM_ASM({ if (Module.copyText) Module.copyText(UTF8ToString($0)); },
                           citation(timeline_, timeline_.events[selected_], 0).c_str());
                    show_notice("Citation copied");
                }
                break;
            case SDL_SCANCODE_RETURN:  // open the current event's first article
                if (selected_ >= 0) {
                    article_event_ = selected_;
                    article_source_ = 0;
                    scroll_article_to_passage_ = true;
                }
                break;
            default: break;
        }
    }
}

bool App::animating() const {
    return playing_ || view_.gliding() || url_dirty_ || toast_left_ > 0 || builder_ != nullptr;
}

// ---------------------------------------------------------------------------------------------
// The frame
// ---------------------------------------------------------------------------------------------

void App::draw() {
    const ImGuiIO& io = ImGui::GetIO();
    const double dt = std::min(0.1, static_cast<double>(io.DeltaTime));
    if (playing_) step_play(dt);
    if (view_.gliding()) {
        view_.step(dt);
        url_dirty_ = true;  // the view moves by itself: no reset of the quiet time
    }
    if (toast_left_ > 0) toast_left_ -= dt;
    if (builder_) read_some();
    keyboard();
    if (filter_dirty_) {
        shown_.clear();
        for (size_t i = 0; i < timeline_.events.size(); ++i)
            if (event_matches(timeline_, timeline_.events[i], filter_)) shown_.push_back(static_cast<int>(i));
        filter_dirty_ = false;
    }
    layout_and_draw();
    sync_url(dt);
}

void App::layout_and_draw() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("Dateline", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const float css_width = viewport->Size.x / ratio_;
    narrow_ = css_width < 760 && !embedded_;
    draw_header(viewport->Size.x);
    if (!errors_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.62f, 0.16f, 0.10f, 1.0f));
        for (const std::string& e : errors_) ImGui::TextWrapped("%s", e.c_str());
        ImGui::PopStyleColor();
    }
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float timeline_height =
        embedded_ ? std::max(px(140), avail.y * 0.45f) : narrow_ ? std::max(px(190), avail.y * 0.34f) : std::max(px(220), avail.y * 0.42f);
    draw_timeline(ImVec2(avail.x, std::min(timeline_height, avail.y - px(80))));
    const ImVec2 rest = ImGui::GetContentRegionAvail();
    if (article_event_ >= 0) {
        draw_article(rest);
    } else if (narrow_) {
        if (ImGui::BeginTabBar("views")) {
            if (ImGui::BeginTabItem("Event")) {
                tab_ = 0;
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem("All events")) {
                tab_ = 1;
                ImGui::EndTabItem();
            }
            ImGui::EndTabBar();
        }
        const ImVec2 r = ImGui::GetContentRegionAvail();
        if (tab_ == 0) draw_reading(r);
        else draw_list(r);
    } else if (embedded_) {
        draw_reading(rest);
    } else {
        const float list_width = std::max(px(260), rest.x * 0.36f);
        draw_list(ImVec2(list_width, rest.y));
        ImGui::SameLine();
        draw_reading(ImVec2(ImGui::GetContentRegionAvail().x, rest.y));
    }
    draw_added_panel();
    // A quiet notice, fading at the bottom.
    if (toast_left_ > 0 && !toast_.empty()) {
        ImDrawList* dl = ImGui::GetForegroundDrawList();
        ImGui::PushFont(fonts_.small);
        const ImVec2 size = ImGui::CalcTextSize(toast_.c_str(), nullptr, false, viewport->Size.x - px(60));
        const ImVec2 at(viewport->Pos.x + (viewport->Size.x - size.x) / 2, viewport->Pos.y + viewport->Size.y - size.y - px(24));
        const float alpha = static_cast<float>(std::min(1.0, toast_left_));
        dl->AddRectFilled(ImVec2(at.x - px(10), at.y - px(6)), ImVec2(at.x + size.x + px(10), at.y + size.y + px(6)),
                          ImGui::GetColorU32(ImVec4(0.15f, 0.15f, 0.17f, 0.88f * alpha)), px(6));
        dl->AddText(fonts_.small, fonts_.small->FontSize, at, ImGui::GetColorU32(ImVec4(1, 1, 1, alpha)), toast_.c_str(), nullptr,
                    viewport->Size.x - px(60));
        ImGui::PopFont();
    }
    ImGui::End();
}

void App::draw_header(float width) {
    if (!embedded_ && !narrow_) {
        ImGui::PushFont(fonts_.title);
        ImGui::TextUnformatted("Dateline");
        ImGui::PopFont();
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("The fall of the Islamic State's territory, from the news");
    }
    const char* play_label = playing_ ? "\xE2\x96\xA0 Pause" : "\xE2\x96\xB6 Play";
    if (narrow_) ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(px(6), px(4)));
    if (ImGui::Button(play_label)) {
        playing_ = !playing_;
        play_clock_ = 0;
        if (playing_ && selected_ >= static_cast<int>(timeline_.events.size()) - 1) select(0, true);
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Step through the events (Space)");
    ImGui::SameLine();
    if (ImGui::Button("Fit all")) fit_all();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show every event, 2014 included");
    ImGui::SameLine();
    const float centre = std::clamp(view_.x_of(playhead_), 0.0f, view_.width());
    if (ImGui::Button(" \xE2\x88\x92 ")) zoom_at(1 / 1.5f, centre, true);  // −
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Zoom out (-)");
    ImGui::SameLine();
    if (ImGui::Button(" + ")) zoom_at(1.5f, centre, true);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Zoom in (+)");
    ImGui::SameLine();
    if (ImGui::Button("\xE2\x97\x80")) select(selected_ > 0 ? selected_ - 1 : 0, true);  // ◀
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Previous event (Left)");
    ImGui::SameLine();
    if (ImGui::Button("\xE2\x96\xB6##next")) select(std::min(selected_ + 1, static_cast<int>(timeline_.events.size()) - 1), true);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Next event (Right)");
    if (narrow_) ImGui::PopStyleVar();
    // The playhead's date, where there is room (the playhead's own label shows it anyway).
    const std::string at = describe_interval(static_cast<int64_t>(std::floor(playhead_)), static_cast<int64_t>(std::floor(playhead_)),
                                             Precision::Day);
    // At the right end: adding articles (or the progress of reading them).
    const float button = embedded_ ? 0.0f : added_button_width();
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x > ImGui::CalcTextSize(at.c_str()).x + button + spacing) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(at.c_str());
        ImGui::SameLine();
    } else if (ImGui::GetContentRegionAvail().x < button) {
        ImGui::NewLine();
    }
    if (!embedded_) {
        ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - button));
        draw_added_button();
    } else {
        ImGui::NewLine();
    }
    (void)width;
}

// ---------------------------------------------------------------------------------------------
// Performance measurement
// ---------------------------------------------------------------------------------------------

void App::record_frame_time(double ms, double build_ms) {
    if (frame_ms_.size() < 20000) {
        frame_ms_.push_back(static_cast<float>(ms));
        build_ms_.push_back(static_cast<float>(build_ms));
    }
}

std::string App::frame_stats_json(bool reset) {
    std::vector<float> v = frame_ms_, b = build_ms_;
    if (reset) {
        frame_ms_.clear();
        build_ms_.clear();
    }
    std::sort(v.begin(), v.end());
    std::sort(b.begin(), b.end());
    auto at = [](const std::vector<float>& x, double q) {
        return x.empty() ? 0.0 : static_cast<double>(x[std::min(x.size() - 1, static_cast<size_t>(q * static_cast<double>(x.size())))]);
    };
    nlohmann::ordered_json j;
    j["count"] = v.size();
    j["p50"] = at(v, 0.5);
    j["p95"] = at(v, 0.95);
    j["max"] = v.empty() ? 0.0 : static_cast<double>(v.back());
    j["buildP50"] = at(b, 0.5);
    j["buildP95"] = at(b, 0.95);
    return j.dump();
}

// Copies of the real events, spread over 2014-2019 at other dates, each keeping its sources.
// Built in date order and merged with the real ones (no sort of the events themselves: with
// 100,000 of them a sort's buffer would double the heap).
void App::add_generated_events(size_t count) {
    if (timeline_.events.empty()) return;
    const int64_t lo = days_from_civil({2014, 1, 1}), hi = days_from_civil({2019, 12, 31});
    const size_t real = timeline_.events.size();
    struct Plan {
        int64_t day;
        uint32_t copy_of;
    };
    std::vector<Plan> plan(count);
    uint64_t seed = 0x9E3779B97F4A7C15ull;  // a fixed seed: the same events every time
    for (size_t i = 0; i < count; ++i) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        const Event& e = timeline_.events[i % real];
        plan[i] = {lo + static_cast<int64_t>((seed >> 33) % static_cast<uint64_t>(hi - lo - (e.last_day - e.first_day))),
                   static_cast<uint32_t>(i % real)};
    }
    std::sort(plan.begin(), plan.end(), [](const Plan& a, const Plan& b) { return a.day < b.day; });
    std::vector<Event> all;
    all.reserve(real + count);
    size_t r = 0;
    for (size_t i = 0; i <= count; ++i) {
        // Real events that start before the next generated one come first.
        while (r < real && (i == count || timeline_.events[r].first_day <= plan[i].day)) all.push_back(std::move(timeline_.events[r++]));
        if (i == count) break;
        Event e;  // filled from its model below, once the real events have found their places
        e.first_day = plan[i].day;
        e.id = "generated-" + std::to_string(i);
        all.push_back(std::move(e));
    }
    // Fill the generated ones from their models (the real events, moved into `all` in order).
    std::vector<const Event*> models(real);
    {
        size_t k = 0;
        for (const Event& e : all)
            if (!e.id.starts_with("generated-")) models[k++] = &e;
    }
    size_t g = 0;
    for (Event& e : all) {
        if (!e.id.starts_with("generated-") || !e.title.empty()) continue;
        const Event& m = *models[plan[g].copy_of];
        e.last_day = e.first_day + (m.last_day - m.first_day);
        e.precision = m.precision;
        e.title = m.title;
        e.places = m.places;
        e.actors = m.actors;
        e.sources = m.sources;
        ++g;
    }
    timeline_.events = std::move(all);
    build_boxes();
    filter_dirty_ = true;
    selected_ = event_at(timeline_, static_cast<int64_t>(std::floor(playhead_)));
    show_notice(std::to_string(count) + " generated events added (for measuring)");
}

// ---------------------------------------------------------------------------------------------
// State for JavaScript
// ---------------------------------------------------------------------------------------------

std::string App::state_json(unsigned long frames_drawn) const {
    using Json = nlohmann::ordered_json;
    Json j;
    j["ready"] = ready_;
    j["articles"] = timeline_.articles.size();
    j["events"] = timeline_.events.size();
    j["selected"] = selected_ >= 0 ? Json(timeline_.events[selected_].id) : Json(nullptr);
    j["selectedTitle"] = selected_ >= 0 ? Json(timeline_.events[selected_].title) : Json(nullptr);
    j["selectedDate"] = selected_ >= 0 ? Json(to_iso(civil_from_days(timeline_.events[selected_].first_day))) : Json(nullptr);
    j["playhead"] = ready_ ? Json(to_iso(civil_from_days(static_cast<int64_t>(std::floor(playhead_))))) : Json(nullptr);
    j["view"] = {{"from", to_iso(civil_from_days(static_cast<int64_t>(std::floor(view_.from()))))},
                 {"to", to_iso(civil_from_days(static_cast<int64_t>(std::ceil(view_.to())) - 1))},
                 {"days", view_.span()}};
    size_t merged = 0;
    for (const Marker& m : markers_.markers) merged += m.count > 1;
    j["markers"] = {{"visible", markers_.markers.size()}, {"merged", merged}};
    // Where the timeline is, in CSS pixels of the canvas, for tests and embedding hosts.
    j["timeline"] = {{"x", timeline_min_.x / ratio_}, {"y", timeline_min_.y / ratio_},
                     {"width", (timeline_max_.x - timeline_min_.x) / ratio_}, {"height", (timeline_max_.y - timeline_min_.y) / ratio_},
                     {"playheadX", (timeline_min_.x + view_.x_of(playhead_)) / ratio_}};
    j["playing"] = playing_;
    j["filter"] = filter_;
    j["shown"] = shown_.size();
    j["articleOpen"] = article_event_ >= 0;
    j["layout"] = embedded_ ? "embed" : narrow_ ? "narrow" : "wide";
    j["errors"] = errors_;
    j["notices"] = notices_;
    Json added;
    added["files"] = added_.size();
    added["articles"] = timeline_.articles.size() - std::min(bundled_read_, timeline_.articles.size());
    added["reading"] = builder_ != nullptr;
    added["read"] = builder_ ? queue_next_ : queue_total_;  // articles read in the latest rebuild (all, once done)
    added["total"] = queue_total_;
    added["kept"] = storage_ < 0 ? Json(nullptr) : Json(storage_ == 1);
    added["panelOpen"] = added_panel_open_;
    added["button"] = {{"x", added_button_min_.x / ratio_}, {"y", added_button_min_.y / ratio_},
                       {"width", (added_button_max_.x - added_button_min_.x) / ratio_},
                       {"height", (added_button_max_.y - added_button_min_.y) / ratio_}};
    if (added_panel_open_ && !added_.empty())
        added["removeAll"] = {{"x", remove_all_min_.x / ratio_}, {"y", remove_all_min_.y / ratio_},
                              {"width", (remove_all_max_.x - remove_all_min_.x) / ratio_},
                              {"height", (remove_all_max_.y - remove_all_min_.y) / ratio_}};
    added["problems"] = Json::array();
    for (const Problem& p : added_problems_)
        added["problems"].push_back({{"file", p.input}, {"message", p.message}, {"skipped", p.severity == Problem::Severity::Skipped}});
    j["added"] = std::move(added);
    j["frames"] = frames_drawn;
    j["firstFrameMs"] = first_frame_ms_;
    j["pixelRatio"] = ratio_;
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string App::markers_json() const {
    using Json = nlohmann::ordered_json;
    Json out = Json::array();
    const float lane_height = (lanes_bottom_ - lanes_top_) / 3;
    for (const Marker& m : markers_.markers) {
        Json j;
        j["x"] = (timeline_min_.x + (m.x0 + m.x1) / 2) / ratio_;
        j["y"] = (lanes_top_ + lane_height * (static_cast<float>(m.lane) + 0.5f)) / ratio_;
        j["span"] = m.span;
        j["events"] = Json::array();
        for (const int* e = markers_.begin(m); e != markers_.end(m); ++e) j["events"].push_back(timeline_.events[*e].id);
        out.push_back(std::move(j));
    }
    return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace dateline
