#include "timeline_view.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "calendar.h"

namespace dateline {

// ---------------------------------------------------------------------------------------------
// The visible range
// ---------------------------------------------------------------------------------------------

void TimelineView::set_breaks(std::vector<AxisBreak> breaks) {
    const double from = this->from(), to = this->to();
    const double target_from = this->target_from(), target_to = this->target_to();
    std::sort(breaks.begin(), breaks.end(), [](const AxisBreak& a, const AxisBreak& b) { return a.from < b.from; });
    breaks_.clear();
    axis_starts_.clear();
    double left_out = 0;  // days the breaks so far leave out of the axis
    for (const AxisBreak& b : breaks) {
        // Only well-formed breaks, apart from each other: others would make the axis fold back.
        if (!(b.to > b.from) || !(b.drawn > 0) || !(b.drawn < b.days())) continue;
        if (!breaks_.empty() && b.from < breaks_.back().to) continue;
        breaks_.push_back(b);
        axis_starts_.push_back(b.from - left_out);
        left_out += b.days() - b.drawn;
    }
    set_range(from, to);
    if (gliding_) {
        target_from_ = axis_of(target_from);
        target_to_ = axis_of(target_to);
    }
}

double TimelineView::axis_of(double day) const {
    // The last break starting at or before the day.
    const auto it = std::upper_bound(breaks_.begin(), breaks_.end(), day, [](double d, const AxisBreak& b) { return d < b.from; });
    if (it == breaks_.begin()) return day;
    const size_t i = static_cast<size_t>(it - breaks_.begin()) - 1;
    const AxisBreak& b = breaks_[i];
    if (day < b.to) return axis_starts_[i] + (day - b.from) * (b.drawn / b.days());
    return axis_starts_[i] + b.drawn + (day - b.to);
}

double TimelineView::day_of_axis(double axis) const {
    const auto it = std::upper_bound(axis_starts_.begin(), axis_starts_.end(), axis);
    if (it == axis_starts_.begin()) return axis;
    const size_t i = static_cast<size_t>(it - axis_starts_.begin()) - 1;
    const AxisBreak& b = breaks_[i];
    const double into = axis - axis_starts_[i];
    if (into < b.drawn) return b.from + into * (b.days() / b.drawn);
    return b.to + (into - b.drawn);
}

int TimelineView::break_at(double day) const {
    const auto it = std::upper_bound(breaks_.begin(), breaks_.end(), day, [](double d, const AxisBreak& b) { return d < b.from; });
    if (it == breaks_.begin()) return -1;
    const size_t i = static_cast<size_t>(it - breaks_.begin()) - 1;
    return day < breaks_[i].to ? static_cast<int>(i) : -1;
}

// A range set outright replaces any glide under way (a link's or a host's view arriving while the
// view still glides to an event would otherwise be carried off to the glide's end).
void TimelineView::set_range(double from, double to) {
    set_axis_range(axis_of(from), axis_of(to));
    gliding_ = false;
}

void TimelineView::set_axis_range(double from, double to) {
    // The closest zoom is kShortestSpan days, not axis units: inside a break a day is drawn
    // shorter, so a range of days asked for there (a link, a host's `view`) is a shorter stretch
    // of axis, and clamping it to kShortestSpan on the axis would show far more than was asked.
    const double asked_middle = (from + to) / 2, middle_day = day_of_axis(asked_middle);
    const double shortest = std::min(kShortestSpan, axis_of(middle_day + kShortestSpan / 2) - axis_of(middle_day - kShortestSpan / 2));
    if (!(to > from)) to = from + shortest;
    double span = std::clamp(to - from, shortest, kLongestSpan);
    const double middle = (from + to) / 2;
    // Keep the range within years 1..9999.
    const double lo = axis_of(static_cast<double>(days_from_civil({1, 1, 1}))),
                 hi = axis_of(static_cast<double>(days_from_civil({9999, 12, 31})));
    from_ = std::clamp(middle - span / 2, lo, hi - span);
    to_ = from_ + span;
}

void TimelineView::zoom_around(double factor, float x) {
    if (!(factor > 0)) return;
    const double anchor = from_ + (static_cast<double>(x) / width_) * (to_ - from_);
    // A view inside a break may be shorter on the axis than kShortestSpan: no jump out from it.
    double span = std::clamp(span_of(factor), std::min(kShortestSpan, to_ - from_), kLongestSpan);
    const double left = (static_cast<double>(x) / width_) * span;
    set_axis_range(anchor - left, anchor - left + span);
    gliding_ = false;
}

void TimelineView::pan_pixels(float dx) {
    const double days = -static_cast<double>(dx) / pixels_per_day();
    set_axis_range(from_ + days, to_ + days);
    gliding_ = false;
}

void TimelineView::glide_to(double from, double to) { glide_to_axis(axis_of(from), axis_of(to)); }

void TimelineView::glide_to_axis(double from, double to) {
    TimelineView target = *this;
    target.set_axis_range(from, to);
    target_from_ = target.from_;
    target_to_ = target.to_;
    gliding_ = true;
}

void TimelineView::centre_on(double day) {
    // The span the view is heading to: a zoom under way (a click on a counted circle) keeps it.
    const double middle = axis_of(day), span = gliding_ ? target_to_ - target_from_ : to_ - from_;
    glide_to_axis(middle - span / 2, middle + span / 2);
}

bool TimelineView::step(double dt) {
    if (!gliding_) return false;
    // Exponential easing: a quarter of a second to cover most of the way, whatever the frame rate.
    const double k = 1.0 - std::exp(-dt * 12.0);
    const double f = from_ + (target_from_ - from_) * k;
    const double t = to_ + (target_to_ - to_) * k;
    set_axis_range(f, t);
    if (std::abs(from_ - target_from_) * pixels_per_day() < 0.25 && std::abs(to_ - target_to_) * pixels_per_day() < 0.25) {
        set_axis_range(target_from_, target_to_);
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

enum class Unit { Day, Week, Month, Quarter, Year, FiveYears, Decade, FiftyYears, Century };

double unit_days(Unit u) {
    switch (u) {
        case Unit::Day: return 1;
        case Unit::Week: return 7;
        case Unit::Month: return 30.44;
        case Unit::Quarter: return 91.3;
        case Unit::Year: return 365.25;
        case Unit::FiveYears: return 365.25 * 5;
        case Unit::Decade: return 3652.5;
        case Unit::FiftyYears: return 365.25 * 50;
        case Unit::Century: return 36525;
    }
    return 1;
}

Unit choose_unit(const TimelineView& view, float min_spacing) {
    for (Unit u : {Unit::Day, Unit::Week, Unit::Month, Unit::Quarter, Unit::Year, Unit::FiveYears, Unit::Decade, Unit::FiftyYears,
                   Unit::Century})
        if (unit_days(u) * view.pixels_per_day() >= min_spacing) return u;
    return Unit::Century;
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
        case Unit::FiftyYears: return "50 years";
        case Unit::Century: return "century";
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
        if (day >= view.from() - 0.5 && day <= view.to() + 0.5 && view.break_at(static_cast<double>(day)) < 0)
            out.push_back({static_cast<double>(day), std::move(label), major});
    };
    // Ticks skip a break: the first day after the break holding `day`, else `day` itself.
    auto past_break = [&](int64_t day) {
        const int b = view.break_at(static_cast<double>(day));
        return b < 0 ? day : static_cast<int64_t>(std::ceil(view.breaks()[static_cast<size_t>(b)].to));
    };
    switch (unit) {
        case Unit::Day:
            for (int64_t d = first; d <= last; ++d) {
                d = past_break(d);
                const CivilDate c = civil_from_days(d);
                add(d, c.day == 1 ? std::string(kMonths[c.month - 1]) + " " + std::to_string(c.year) : std::to_string(c.day),
                    c.day == 1);
            }
            break;
        case Unit::Week: {
            int64_t monday = first - (iso_weekday(a) - 1);
            for (int64_t d = monday; d <= last; d += 7) {
                if (const int64_t after = past_break(d); after != d) d += (after - d + 6) / 7 * 7;  // still a Monday
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
                if (const int64_t after = past_break(d); after != d) {  // on to the first whole step after the break
                    const CivilDate a2 = civil_from_days(after);
                    c = add_months(CivilDate{a2.year, ((a2.month - 1) / step) * step + 1, 1}, step);
                    continue;
                }
                add(d, c.month == 1 ? std::to_string(c.year) : std::string(kMonths[c.month - 1]), c.month == 1);
                c = add_months(c, step);
            }
            break;
        }
        case Unit::Year:
        case Unit::FiveYears:
        case Unit::Decade:
        case Unit::FiftyYears:
        case Unit::Century: {
            const int step = unit == Unit::Year ? 1 : unit == Unit::FiveYears ? 5 : unit == Unit::Decade ? 10 : unit == Unit::FiftyYears ? 50 : 100;
            const int major = step == 1 ? 10 : step == 5 ? 10 : step == 10 ? 50 : step == 50 ? 100 : 500;  // labels in bold
            for (int y = (a.year / step) * step; y <= 9999; y += step) {
                const int64_t d = days_from_civil({std::max(1, y), 1, 1});
                if (d > last) break;
                if (const int64_t after = past_break(d); after != d) {  // on to the first whole step after the break
                    y = (civil_from_days(after).year / step) * step;
                    continue;
                }
                add(d, std::to_string(y), y % major == 0);
            }
            break;
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Markers
// ---------------------------------------------------------------------------------------------

void layout_markers(const TimelineView& view, const std::vector<EventBox>& boxes, double longest, int lanes,
                    float merge_pixels, MarkerLayout& out, size_t max_spans) {
    out.markers.clear();
    out.events.clear();
    lanes = std::max(lanes, 1);
    struct Item {
        float x0, x1;
        int event;
    };
    thread_local std::vector<std::vector<Item>> points, spans;  // per lane, reused
    points.resize(static_cast<size_t>(lanes));
    spans.resize(static_cast<size_t>(lanes));
    for (int l = 0; l < lanes; ++l) {
        points[static_cast<size_t>(l)].clear();
        spans[static_cast<size_t>(l)].clear();
    }
    // Only boxes that can reach the view: starting after (its start - the longest box) and
    // not after its end. Boxes are sorted by first day.
    auto by_day = [](const EventBox& b, double d) { return b.first_day < d; };
    const auto first = std::lower_bound(boxes.begin(), boxes.end(), view.from() - longest - 1, by_day);
    const auto last = std::upper_bound(boxes.begin(), boxes.end(), view.to(),
                                       [](double to, const EventBox& b) { return to < b.first_day; });
    for (auto it = first; it < last; ++it) {
        const EventBox& b = *it;
        if (b.last_day + 1 < view.from()) continue;  // ended before the view
        const int lane = std::clamp(b.lane, 0, lanes - 1);
        const float x0 = view.x_of(b.first_day), x1 = view.x_of(b.last_day + 1);
        const int index = static_cast<int>(it - boxes.begin());
        if (!b.point && x1 - x0 >= merge_pixels) spans[static_cast<size_t>(lane)].push_back({x0, x1, index});
        else points[static_cast<size_t>(lane)].push_back({(x0 + x1) / 2, (x0 + x1) / 2, index});
    }
    auto emit = [&](int lane, bool span, float x0, float x1, const Item* from, const Item* to) {
        Marker m;
        m.lane = lane;
        m.span = span;
        m.x0 = x0;
        m.x1 = x1;
        m.first = static_cast<uint32_t>(out.events.size());
        for (const Item* i = from; i < to; ++i) {
            out.events.push_back(i->event);
            m.sources = std::max(m.sources, boxes[static_cast<size_t>(i->event)].sources);
            m.key |= boxes[static_cast<size_t>(i->event)].key;
        }
        m.count = static_cast<uint32_t>(to - from);
        out.markers.push_back(m);
    };
    for (int lane = 0; lane < lanes; ++lane) {
        // Spans: each its own, unless the lane is crowded; then overlapping runs become bands.
        std::vector<Item>& sp = spans[static_cast<size_t>(lane)];
        if (sp.size() <= max_spans) {
            for (const Item& i : sp) emit(lane, true, i.x0, i.x1, &i, &i + 1);
        } else {
            std::sort(sp.begin(), sp.end(), [](const Item& a, const Item& b) { return a.x0 < b.x0; });
            size_t run = 0;
            float reach = sp[0].x1;
            for (size_t k = 1; k <= sp.size(); ++k) {
                if (k < sp.size() && sp[k].x0 <= reach + merge_pixels) {
                    reach = std::max(reach, sp[k].x1);
                    continue;
                }
                emit(lane, true, sp[run].x0, reach, sp.data() + run, sp.data() + k);
                if (k < sp.size()) {
                    run = k;
                    reach = sp[k].x1;
                }
            }
        }
        // Points: clusters of those closer than merge_pixels (chained), drawn at their mean.
        std::vector<Item>& pt = points[static_cast<size_t>(lane)];
        std::stable_sort(pt.begin(), pt.end(), [](const Item& a, const Item& b) { return a.x0 < b.x0; });
        size_t run = 0;
        double sum = 0;
        for (size_t k = 0; k <= pt.size(); ++k) {
            if (k < pt.size() && k > run && pt[k].x0 - pt[k - 1].x0 < merge_pixels) {
                sum += pt[k].x0;
                continue;
            }
            if (k > run) {
                const float x = static_cast<float>(sum / static_cast<double>(k - run));
                emit(lane, false, x, x, pt.data() + run, pt.data() + k);
            }
            if (k < pt.size()) {
                run = k;
                sum = pt[k].x0;
            }
        }
    }
}

}  // namespace dateline
