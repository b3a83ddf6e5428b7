#include "event_merging.h"

#include <algorithm>
#include <numeric>

namespace dateline {

namespace {

struct Pair {
    uint32_t a = 0, b = 0;
    double score = 0;
    std::string reason;
};

bool is_fine(Precision p) { return p == Precision::Day || p == Precision::Week; }

double jaccard(const std::vector<std::string>& x, const std::vector<std::string>& y) {
    if (x.empty() || y.empty()) return 0;
    size_t shared = 0, i = 0, j = 0;
    while (i < x.size() && j < y.size()) {
        if (x[i] == y[j]) ++shared, ++i, ++j;
        else if (x[i] < y[j]) ++i;
        else ++j;
    }
    return static_cast<double>(shared) / static_cast<double>(x.size() + y.size() - shared);
}

// Places conflict when both events name places and no two of them can be one scene.
bool places_conflict(const Event& a, const Event& b, const Gazetteer& g) {
    if (a.places.empty() || b.places.empty()) return false;
    for (uint32_t p : a.places)
        for (uint32_t q : b.places)
            if (g.compatible(p, q)) return false;
    return true;
}

bool places_agree(const Event& a, const Event& b, const Gazetteer& g) {
    return !a.places.empty() && !b.places.empty() && !places_conflict(a, b, g);
}

// How much two reports agree, or a negative score when they cannot be one event.
double agreement(const Event& a, const MergeEvidence& ea, const Event& b, const MergeEvidence& eb, const Gazetteer& g,
                 std::string& reason) {
    if (a.first_day > b.last_day || b.first_day > a.last_day) return -1;
    if (places_conflict(a, b, g)) return -1;
    // One article telling the same event twice tells it with the same precision: "this month"
    // and "on Thursday" in one article are two events.
    if (a.sources[0].article == b.sources[0].article && a.precision != b.precision) return -1;
    double score = 0;
    std::vector<std::string> said;
    const bool main_verbs_match = !ea.verbs.empty() && !eb.verbs.empty() && ea.verbs[0] == eb.verbs[0];
    bool shared_verb = main_verbs_match;
    if (main_verbs_match) {
        score += 3;
        said.push_back("both a " + ea.verbs[0]);
    } else {
        for (const std::string& v : ea.verbs)
            if (std::find(eb.verbs.begin(), eb.verbs.end(), v) != eb.verbs.end()) {
                score += 1.5;
                shared_verb = true;
                said.push_back("both tell of a " + v);
                break;
            }
    }
    int shared_actors = 0;
    for (uint32_t x : a.actors)
        if (std::find(b.actors.begin(), b.actors.end(), x) != b.actors.end() && shared_actors < 2) ++shared_actors;
    score += shared_actors;
    if (shared_actors) said.push_back(std::to_string(shared_actors) + " actor(s) in common");
    if (places_agree(a, b, g)) {
        score += 1;
        said.push_back("same scene");
    }
    const double j = jaccard(ea.terms, eb.terms);
    score += 4 * j;
    const bool fine = is_fine(a.precision) && is_fine(b.precision);
    const bool enough = fine ? score >= 2.5 && (shared_verb || j >= 0.25)
                             : score >= 4 && (main_verbs_match || j >= 0.35);
    if (!enough) return -1;
    char words[32];
    std::snprintf(words, sizeof words, "%.0f%% of words shared", j * 100);
    said.push_back(words);
    reason = fine ? "dates agree to the day or week" : "dates overlap";
    for (const std::string& s : said) reason += "; " + s;
    return score;
}

}  // namespace

std::vector<Event> merge_events(std::vector<Event> events, const std::vector<MergeEvidence>& evidence,
                                const Gazetteer& gazetteer, std::vector<MergeNote>* notes) {
    const size_t n = events.size();
    // Candidate pairs: events whose intervals overlap (a sweep over start days).
    std::vector<uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) { return events[x].first_day < events[y].first_day; });
    std::vector<Pair> pairs;
    std::vector<uint32_t> active;
    for (uint32_t x : order) {
        active.erase(std::remove_if(active.begin(), active.end(),
                                    [&](uint32_t y) { return events[y].last_day < events[x].first_day; }),
                     active.end());
        for (uint32_t y : active) {
            Pair p{std::min(x, y), std::max(x, y), 0, {}};
            p.score = agreement(events[p.a], evidence[p.a], events[p.b], evidence[p.b], gazetteer, p.reason);
            if (p.score > 0) pairs.push_back(std::move(p));
        }
        active.push_back(x);
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& p, const Pair& q) {
        return p.score != q.score ? p.score > q.score : (p.a != q.a ? p.a < q.a : p.b < q.b);
    });

    // Greedy grouping; a group stays consistent: every member overlaps every other in time and
    // no two members' places conflict.
    std::vector<uint32_t> group(n);
    std::iota(group.begin(), group.end(), 0u);
    std::vector<std::vector<uint32_t>> members(n);
    for (uint32_t i = 0; i < n; ++i) members[i] = {i};
    std::vector<std::string> reasons(n);
    for (const Pair& p : pairs) {
        const uint32_t ga = group[p.a], gb = group[p.b];
        if (ga == gb) continue;
        bool consistent = true;
        for (uint32_t x : members[ga])
            for (uint32_t y : members[gb]) {
                const Event& ex = events[x];
                const Event& ey = events[y];
                if (ex.first_day > ey.last_day || ey.first_day > ex.last_day || places_conflict(ex, ey, gazetteer))
                    consistent = false;
            }
        if (!consistent) continue;
        for (uint32_t y : members[gb]) {
            group[y] = ga;
            members[ga].push_back(y);
        }
        members[gb].clear();
        reasons[ga] += (reasons[ga].empty() ? "" : " | ") + p.reason;
        if (!reasons[gb].empty()) reasons[ga] += " | " + reasons[gb];
    }

    // One event per group: the most precise member's date, every source.
    std::vector<Event> out;
    for (uint32_t root = 0; root < n; ++root) {
        if (members[root].empty()) continue;
        std::vector<uint32_t> m = members[root];
        std::sort(m.begin(), m.end());  // input order: article order, then text order
        uint32_t best = m[0];
        for (uint32_t x : m) {
            const Event& e = events[x];
            const Event& b = events[best];
            if (e.last_day - e.first_day < b.last_day - b.first_day) best = x;
        }
        Event merged = events[best];
        merged.id = events[m[0]].id;  // the first report's id: stable while that report exists
        merged.sources.clear();
        merged.places.clear();
        merged.actors.clear();
        for (uint32_t x : m) {
            for (const EventSource& s : events[x].sources) merged.sources.push_back(s);
            for (uint32_t p : events[x].places)
                if (std::find(merged.places.begin(), merged.places.end(), p) == merged.places.end()) merged.places.push_back(p);
            for (uint32_t a : events[x].actors)
                if (std::find(merged.actors.begin(), merged.actors.end(), a) == merged.actors.end()) merged.actors.push_back(a);
        }
        // The headline that stands best on its own.
        uint32_t titled = m[0];
        for (uint32_t x : m)
            if (evidence[x].title_quality > evidence[titled].title_quality) titled = x;
        merged.title = events[titled].title;
        std::sort(merged.sources.begin(), merged.sources.end(), [](const EventSource& a, const EventSource& b) {
            return a.article != b.article ? a.article < b.article : a.start < b.start;
        });
        if (notes && m.size() > 1) notes->push_back({merged.id, reasons[root]});
        out.push_back(std::move(merged));
    }
    // Sorted by start, then end; ties in input order (stable).
    std::stable_sort(out.begin(), out.end(), [](const Event& a, const Event& b) {
        return a.first_day != b.first_day ? a.first_day < b.first_day : a.last_day < b.last_day;
    });
    return out;
}

}  // namespace dateline
