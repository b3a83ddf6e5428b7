#include "timeline_view.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "calendar.h"

namespace dateline {

// ---------------------------------------------------------------------------------------------
// The visible range
// ---------------------------------------------------------------------------------------------

void TimelineView::set_range(double from, double to) {
    if (!(to > from)) to = from + kShortestSpan;
    double span = std::clamp(to - from, kShortestSpan, kLongestSpan);
    const double middle = (from + to) / 2;
    // Keep the range within years 1..9999.
    const double lo = static_cast<double>(days_from_civil({1, 1, 1})), hi = static_cast<double>(days_from_civil({9999, 12, 31}));
    from_ = std::clamp(middle - span / 2, lo, hi - span);
    to_ = from_ + span;
}

void TimelineView::zoom_around(double factor, float x) {
    if (!(factor > 0)) return;
    const double anchor = day_at(x);
    double span = std::clamp(span_of(factor), kShortestSpan, kLongestSpan);
    const double left = (static_cast<double>(x) / width_) * span;
    set_range(anchor - left, anchor - left + span);
    gliding_ = false;
}

void TimelineView::pan_pixels(float dx) {
    const double days = -static_cast<double>(dx) / pixels_per_day();
    set_range(from_ + days, to_ + days);
    gliding_ = false;
}

void TimelineView::glide_to(double from, double to) {
    TimelineView target = *this;
    target.set_range(from, to);
    target_from_ = target.from_;
    target_to_ = target.to_;
    gliding_ = true;
}

bool TimelineView::step(double dt) {
    if (!gliding_) return false;
    // Exponential easing: a quarter of a second to cover most of the way, whatever the frame rate.
    const double k = 1.0 - std::exp(-dt * 12.0);
    const double f = from_ + (target_from_ - from_) * k;
    const double t = to_ + (target_to_ - to_) * k;
    set_range(f, t);
    if (std::abs(from_ - target_from_) * pixels_per_day() < 0.25 && std::abs(to_ - target_to_) * pixels_per_day() < 0.25) {
        set_range(target_from_, target_to_);
        gliding_ = false;
    }
    return gliding_;
}

double TimelineView::span_of(double factor) const { return (to_ - from_) / factor; }

// ---------------------------------------------------------------------------------------------
// The axis
// ---------------------------------------------------------------------------------------------

namespace {

const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

enum class Unit { Day, Week, Month, Quarter, Year, FiveYears, Decade };

double unit_days(Unit u) {
    switch (u) {
        case Unit::Day: return 1;
        case Unit::Week: return 7;
        case Unit::Month: return 30.44;
        case Unit::Quarter: return 91.3;
        case Unit::Year: return 365.25;
        case Unit::FiveYears: return 365.25 * 5;
        case Unit::Decade: return 3652.5;
    }
    return 1;
}

Unit choose_unit(const TimelineView& view, float min_spacing) {
    for (Unit u : {Unit::Day, Unit::Week, Unit::Month, Unit::Quarter, Unit::Year, Unit::FiveYears, Unit::Decade})
        if (unit_days(u) * view.pixels_per_day() >= min_spacing) return u;
    return Unit::Decade;
}

}  // namespace

std::string axis_unit(const TimelineView& view, float min_spacing) {
    switch (choose_unit(view, min_spacing)) {
        case Unit::Day: return "day";
        case Unit::Week: return "week";
        case Unit::Month: return "month";
        case Unit::Quarter: return "quarter";
        case Unit::Year: return "year";
        case Unit::FiveYears: return "5 years";
        case Unit::Decade: return "decade";
    }
    return "day";
}

std::vector<AxisTick> axis_ticks(const TimelineView& view, float min_spacing) {
    std::vector<AxisTick> out;
    const Unit unit = choose_unit(view, min_spacing);
    const int64_t first = static_cast<int64_t>(std::floor(view.from())) - 1;
    const int64_t last = static_cast<int64_t>(std::ceil(view.to())) + 1;
    const CivilDate a = civil_from_days(first);
    auto add = [&](int64_t day, std::string label, bool major) {
        if (day >= view.from() - 0.5 && day <= view.to() + 0.5) out.push_back({static_cast<double>(day), std::move(label), major});
    };
    switch (unit) {
        case Unit::Day:
            for (int64_t d = first; d <= last; ++d) {
                const CivilDate c = civil_from_days(d);
                add(d, c.day == 1 ? std::string(kMonths[c.month - 1]) + " " + std::to_string(c.year) : std::to_string(c.day),
                    c.day == 1);
            }
            break;
        case Unit::Week: {
            int64_t monday = first - (iso_weekday(a) - 1);
            for (int64_t d = monday; d <= last; d += 7) {
                const CivilDate c = civil_from_days(d);
                add(d, std::to_string(c.day) + " " + kMonths[c.month - 1] + (c.day <= 7 && c.month == 1 ? " " + std::to_string(c.year) : ""),
                    c.day <= 7);
            }
            break;
        }
        case Unit::Month:
        case Unit::Quarter: {
            const int step = unit == Unit::Month ? 1 : 3;
            CivilDate c{a.year, ((a.month - 1) / step) * step + 1, 1};
            for (int guard = 0; guard < 2000; ++guard) {
                const int64_t d = days_from_civil(c);
                if (d > last) break;
                add(d, c.month == 1 ? std::to_string(c.year) : std::string(kMonths[c.month - 1]), c.month == 1);
                c = add_months(c, step);
            }
            break;
        }
        case Unit::Year:
        case Unit::FiveYears:
        case Unit::Decade: {
            const int step = unit == Unit::Year ? 1 : unit == Unit::FiveYears ? 5 : 10;
            for (int y = (a.year / step) * step; y <= 9999; y += step) {
                const int64_t d = days_from_civil({std::max(1, y), 1, 1});
                if (d > last) break;
                add(d, std::to_string(y), y % (step == 10 ? 50 : 10) == 0);
            }
            break;
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Markers
// ---------------------------------------------------------------------------------------------

std::vector<Marker> layout_markers(const TimelineView& view, const std::vector<EventBox>& boxes, int lanes,
                                   float merge_pixels) {
    std::vector<Marker> out;
    // Boxes are sorted by first day: everything starting after the view's end is skipped at once.
    const auto end = std::upper_bound(boxes.begin(), boxes.end(), view.to(),
                                      [](double to, const EventBox& b) { return to < b.first_day; });
    std::vector<std::vector<Marker>> points(static_cast<size_t>(std::max(lanes, 1)));
    for (auto it = boxes.begin(); it != end; ++it) {
        const EventBox& b = *it;
        if (b.last_day + 1 < view.from()) continue;  // ended before the view
        const int lane = std::clamp(b.lane, 0, std::max(lanes, 1) - 1);
        const float x0 = view.x_of(b.first_day), x1 = view.x_of(b.last_day + 1);
        Marker m;
        m.lane = lane;
        m.events.push_back(static_cast<int>(it - boxes.begin()));
        m.sources = b.sources;
        if (!b.point && x1 - x0 >= merge_pixels) {
            m.span = true;
            m.x0 = x0;
            m.x1 = x1;
            out.push_back(std::move(m));
        } else {
            m.x0 = m.x1 = (x0 + x1) / 2;
            points[static_cast<size_t>(lane)].push_back(std::move(m));
        }
    }
    // Merge points of a lane closer than merge_pixels (in x order).
    for (auto& lane : points) {
        std::stable_sort(lane.begin(), lane.end(), [](const Marker& p, const Marker& q) { return p.x0 < q.x0; });
        size_t open = SIZE_MAX;  // index in `out` of the cluster being grown (indices survive reallocation)
        size_t open_count = 0;
        double sum = 0;
        auto close = [&] {
            if (open != SIZE_MAX) out[open].x0 = out[open].x1 = static_cast<float>(sum / static_cast<double>(open_count));
        };
        for (Marker& p : lane) {
            if (open != SIZE_MAX && p.x0 - out[open].x1 < merge_pixels) {
                Marker& o = out[open];
                o.events.insert(o.events.end(), p.events.begin(), p.events.end());
                o.sources = std::max(o.sources, p.sources);
                sum += p.x0;
                ++open_count;
                o.x1 = p.x0;  // the cluster's reach, for chaining
                continue;
            }
            close();
            out.push_back(std::move(p));
            open = out.size() - 1;
            open_count = 1;
            sum = out[open].x0;
        }
        close();
    }
    return out;
}

}  // namespace dateline
