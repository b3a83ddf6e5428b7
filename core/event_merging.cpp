#include "event_merging.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <unordered_map>

namespace dateline {

namespace {

struct Pair {
    uint32_t a = 0, b = 0;
    double score = 0;
    bool late = false;  // admitted by rule "news_told_late": their days do not overlap
};

bool is_fine(Precision p) { return p == Precision::Day || p == Precision::Week; }

// The days an event may have happened on: its interval, widened by how far off an approximate
// day may be ("a week ago": give or take three days).
int64_t earliest_day(const Event& e) { return e.first_day - e.give_or_take_days; }
int64_t latest_day(const Event& e) { return e.last_day + e.give_or_take_days; }

// An approximate day gives way: a report of the same happening stated firmly ("on June 21"), or
// more coarsely but surely ("last week"), sets the date and the span a group can still take;
// the approximate one joins without narrowing it.
bool is_approximate(const Event& e) { return e.give_or_take_days > 0; }

// Rule "news_told_late": a report dated to the day of publication only because it is told as
// news without a date of its own ("Steve Jobs ... has chosen to step down", published on 25
// August) may tell a happening of a day or two before. Another article's report stated on one of
// those days ("On August 24, Jobs resigned") can be the same happening, when it tells the same
// action of the same actor; its stated day then dates the event (an inferred day never overrides
// a stated one). True when `news` is such a report and `stated` such a day, before it.
constexpr int64_t kDaysNewsMayLag = 2;
constexpr double kWordsForNewsToldLate = 0.2;
bool news_told_late(const Event& news, const MergeEvidence& en, const Event& stated, const MergeEvidence& es) {
    return en.news_without_date && !es.news_without_date && news.sources[0].article != stated.sources[0].article &&
           news.precision == Precision::Day && stated.precision == Precision::Day && !is_approximate(stated) &&
           stated.first_day == stated.last_day && stated.last_day < news.first_day &&
           stated.last_day >= news.first_day - kDaysNewsMayLag;
}

// The same actor, as evidence: a listed actor both name, or a proper name both use ("Jobs").
bool share_a_name(const MergeEvidence& a, const MergeEvidence& b) {
    for (size_t i = 0, j = 0; i < a.names.size() && j < b.names.size();) {
        if (a.names[i] == b.names[j]) return true;
        a.names[i] < b.names[j] ? ++i : ++j;
    }
    return false;
}

// Two reports from the same sentence of one article (their passages start together).
bool same_sentence(const EventSource& a, const EventSource& b) { return a.article == b.article && a.start == b.start; }

double jaccard(const std::vector<uint64_t>& x, const std::vector<uint64_t>& y) {
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

// The same scene, as evidence: two places that can be one, neither of them a whole country
// (being both "in Syria" says little).
bool places_agree(const Event& a, const Event& b, const Gazetteer& g) {
    for (uint32_t p : a.places)
        for (uint32_t q : b.places)
            if (!g.is_country(p) && !g.is_country(q) && g.compatible(p, q)) return true;
    return false;
}

// Rule "different main actions": both clauses' main verbs are of a known class, and the classes
// differ (a plea and a rejection, a purchase and a sale). Shared words then say the two reports
// are of one story, not of one happening.
constexpr double kWordsForDifferentActions = 0.5;
bool different_main_actions(const MergeEvidence& a, const MergeEvidence& b) {
    return !a.verbs.empty() && !b.verbs.empty() && a.verbs[0] != b.verbs[0];
}

// How much two reports agree, or a negative score when they cannot be one event.
double agreement(const Event& a, const MergeEvidence& ea, const Event& b, const MergeEvidence& eb, const Gazetteer& g,
                 std::string* reason) {
    bool late = false;  // rule "news_told_late"
    if (earliest_day(a) > latest_day(b) || earliest_day(b) > latest_day(a)) {
        late = news_told_late(a, ea, b, eb) || news_told_late(b, eb, a, ea);
        if (!late) return -1;
    }
    if (places_conflict(a, b, g)) return -1;
    // One article telling the same event twice tells it with the same precision: "this month"
    // and "on Thursday" in one article are two events.
    if (a.sources[0].article == b.sources[0].article && a.precision != b.precision) return -1;
    // Nor is one sentence that names two dates one event told twice: each date is its own
    // clause's ("marched a week ago, police said on Monday": the march is not Monday's).
    if (same_sentence(a.sources[0], b.sources[0])) return -1;
    // "A second large quake struck the region" is not the quake told first; told by one article,
    // not the second told again either (it would have said so in other words).
    if (ea.further_happening != eb.further_happening) return -1;
    if (ea.further_happening && a.sources[0].article == b.sources[0].article) return -1;
    // A change measured over a span up to publication ("has fallen 40% since the beginning of the
    // year") sums up many days: it is not one day's report inside that span.
    if ((a.precision == Precision::Range) != (b.precision == Precision::Range)) return -1;
    double score = 0;
    std::vector<std::string> said;  // filled only when a reason is asked for
    const bool say = reason != nullptr;
    const bool main_verbs_match = !ea.verbs.empty() && !eb.verbs.empty() && ea.verbs[0] == eb.verbs[0];
    bool shared_verb = main_verbs_match;
    if (main_verbs_match) {
        score += 3;
        if (say) said.push_back("both a " + ea.verbs[0]);
    } else {
        for (const std::string& v : ea.verbs)
            if (std::find(eb.verbs.begin(), eb.verbs.end(), v) != eb.verbs.end()) {
                score += 1.5;
                shared_verb = true;
                if (say) said.push_back("both tell of a " + v);
                break;
            }
    }
    int shared_actors = 0;
    for (uint32_t x : a.actors)
        if (std::find(b.actors.begin(), b.actors.end(), x) != b.actors.end() && shared_actors < 2) ++shared_actors;
    score += shared_actors;
    if (shared_actors && say) said.push_back(std::to_string(shared_actors) + " actor(s) in common");
    const bool scene = places_agree(a, b, g);
    if (scene) {
        score += 1;
        if (say) said.push_back("same scene");
    }
    const double j = jaccard(ea.terms, eb.terms);
    score += 4 * j;
    // News told a day or two after the stated day: the same action of the same actor, told with
    // words in common (an attack on troops and an ally's attacks on other groups are two).
    if (late && !(main_verbs_match && (shared_actors > 0 || share_a_name(ea, eb)) && j >= kWordsForNewsToldLate)) return -1;
    if (late && !shared_actors && say) said.push_back("a name in common");
    // What is enough depends on how precise the two dates are. Two reports of the same day or
    // week: the same main action with a common actor, scene or words; or some action in common
    // with a common actor or scene and some words (or two actors and the scene); or many words. Reports dated only to a
    // month or a year, where many things happen: the same main action, a common actor and some
    // words, when both are as vague; a day and a month need the words to agree.
    const bool fine = is_fine(a.precision) && is_fine(b.precision);
    // Words alone are enough only when the two clauses could tell one action: two known, different
    // main actions ("the automakers pleaded before Congress for $14 billion", "the Senate rejected
    // the $14 billion bailout") share their story's words, not their happening, unless worded
    // nearly alike.
    const double enough_words = different_main_actions(ea, eb) ? kWordsForDifferentActions : 0.3;
    bool enough;
    if (fine)
        enough = (main_verbs_match && (shared_actors > 0 || scene || j >= 0.1)) ||
                 (shared_verb && (shared_actors > 0 || scene) && (j >= 0.08 || (shared_actors >= 2 && scene))) ||
                 j >= enough_words;
    else if (a.precision == b.precision)
        enough = (main_verbs_match && shared_actors > 0 && j >= 0.05) || j >= std::max(0.35, enough_words);
    else
        enough = (main_verbs_match && j >= 0.2) || j >= std::max(0.35, enough_words);
    if (!enough) return -1;
    if (say) {
        char words[32];
        std::snprintf(words, sizeof words, "%.0f%% of words shared", j * 100);
        said.push_back(words);
        *reason = late   ? "told as news without a date a day or two after another report's stated day, which dates it"
                  : fine ? "dates agree to the day or week"
                         : "dates overlap";
        for (const std::string& s : said) *reason += "; " + s;
    }
    return score;
}

}  // namespace

std::vector<Event> merge_events(std::vector<Event> events, const std::vector<MergeEvidence>& evidence,
                                const Gazetteer& gazetteer, std::vector<MergeNote>* notes) {
    const size_t n = events.size();
    // Candidate pairs: events whose intervals overlap (a sweep over start days) and that share
    // at least a verb class or a word (agreement needs one or the other). An index of the
    // events still open in the sweep finds them without comparing every pair; a word shared by
    // very many open events (a common word in a large corpus) is too common to count on.
    constexpr size_t kCommonKey = 200;
    constexpr size_t kMostCandidates = 64;
    constexpr size_t kMostPlaceSets = 16;
    // Each event's possible days, read once into two arrays: the sort and the sweep ask them of
    // events scattered over the whole list, and each look at an Event (160 bytes) is a cache miss.
    // The sweep starts news told without a date (rule "news_told_late") the days before its own
    // that a stated report of it may have given.
    std::vector<int64_t> earliest(n), latest(n), sweep_from(n);
    std::vector<bool> news(n);
    for (uint32_t i = 0; i < n; ++i) {
        earliest[i] = earliest_day(events[i]);
        latest[i] = latest_day(events[i]);
        news[i] = evidence[i].news_without_date;
        sweep_from[i] = earliest[i] - (news[i] ? kDaysNewsMayLag : 0);
    }
    std::vector<uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) { return sweep_from[x] < sweep_from[y]; });
    // Keys: the clause's word hashes, and its verb classes (hashed apart from words).
    auto keys_of = [&](uint32_t x) {
        std::vector<uint64_t> keys = evidence[x].terms;
        for (const std::string& v : evidence[x].verbs) keys.push_back(std::hash<std::string>{}("verb:" + v));
        return keys;
    };
    std::unordered_map<uint64_t, std::vector<uint32_t>> open;  // key -> open events (pruned as the sweep goes)
    std::vector<Pair> pairs;
    std::vector<uint16_t> shared(n, 0);  // keys shared with the event being placed
    std::vector<uint32_t> touched;
    for (uint32_t x : order) {
        const int64_t day = sweep_from[x];
        touched.clear();
        for (uint64_t key : keys_of(x)) {
            std::vector<uint32_t>& list = open[key];
            list.erase(std::remove_if(list.begin(), list.end(), [&](uint32_t y) { return latest[y] < day; }),
                       list.end());
            if (list.size() <= kCommonKey)
                for (uint32_t y : list) {
                    // Days apart: only news told without a date and a stated report can be one.
                    if (news[x] == news[y] && (latest[y] < earliest[x] || earliest[y] > latest[x])) continue;
                    if (shared[y]++ == 0) touched.push_back(y);
                }
            list.push_back(x);
        }
        // Agreement needs two things in common at least (an action and a word, or two words).
        // Only the candidates sharing most are scored: text that repeats itself (hundreds of
        // clauses about one year, say) then costs a bounded amount per event, not per pair.
        if (touched.size() > kMostCandidates) {
            std::nth_element(touched.begin(), touched.begin() + kMostCandidates, touched.end(), [&](uint32_t p, uint32_t q) {
                return shared[p] != shared[q] ? shared[p] > shared[q] : p < q;
            });
            for (size_t k = kMostCandidates; k < touched.size(); ++k) shared[touched[k]] = 0;
            touched.resize(kMostCandidates);
        }
        for (uint32_t y : touched) {
            if (shared[y] >= 2) {
                Pair p{std::min(x, y), std::max(x, y), 0};
                p.score = agreement(events[p.a], evidence[p.a], events[p.b], evidence[p.b], gazetteer, nullptr);
                p.late = latest[p.a] < earliest[p.b] || latest[p.b] < earliest[p.a];
                if (p.score > 0) pairs.push_back(p);
            }
            shared[y] = 0;
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& p, const Pair& q) {
        return p.score != q.score ? p.score > q.score : (p.a != q.a ? p.a < q.a : p.b < q.b);
    });

    // Greedy grouping; a group stays consistent: its members' intervals share a day (for
    // intervals, pairwise overlap is the same as a common intersection) and no two of its
    // distinct place sets conflict. Groups keep those two summaries, not their pairs. The
    // interval is the firm members' (is_approximate): an approximate day must fall in it, and
    // only sets it while no firm report has joined.
    struct Group {
        std::vector<uint32_t> members;
        int64_t lo = 0, hi = 0;                    // the members' common interval
        bool firm = false;                         // lo..hi is that of reports stated firmly
        bool news_only = false;                    // every member is news told without a date
        std::vector<uint32_t> place_holders;       // one member per distinct place set
        std::string reasons;
    };
    std::vector<uint32_t> group(n);
    std::vector<Group> groups(n);
    for (uint32_t i = 0; i < n; ++i) {
        group[i] = i;
        groups[i].members = {i};
        groups[i].lo = earliest[i];
        groups[i].hi = latest[i];
        groups[i].firm = !is_approximate(events[i]);
        groups[i].news_only = news[i];
        groups[i].place_holders = {i};
    }
    for (const Pair& p : pairs) {
        const uint32_t ga = group[p.a], gb = group[p.b];
        if (ga == gb) continue;
        Group& a = groups[ga];
        Group& b = groups[gb];
        // News told without a date gives way to a stated day a day or two before it.
        const int64_t a_lo = a.lo - (p.late && a.news_only ? kDaysNewsMayLag : 0);
        const int64_t b_lo = b.lo - (p.late && b.news_only ? kDaysNewsMayLag : 0);
        if (std::max(a_lo, b_lo) > std::min(a.hi, b.hi)) continue;
        // One happening is told with a few sets of places ("Mosul", "Mosul, Iraq", "western
        // Mosul"); a group that would need dozens is many happenings with words in common.
        if (a.place_holders.size() + b.place_holders.size() > kMostPlaceSets) continue;
        bool consistent = true;
        for (uint32_t x : a.place_holders)
            for (uint32_t y : b.place_holders)
                if (places_conflict(events[x], events[y], gazetteer)) consistent = false;
        if (!consistent) continue;
        for (uint32_t y : b.members) {
            group[y] = ga;
            a.members.push_back(y);
        }
        for (uint32_t y : b.place_holders) {
            bool known = false;
            for (uint32_t x : a.place_holders) known |= events[x].places == events[y].places;
            if (!known) a.place_holders.push_back(y);
        }
        if (a.news_only != b.news_only && std::max(a.lo, b.lo) > std::min(a.hi, b.hi)) {
            if (a.news_only) {  // the stated report's days
                a.lo = b.lo;
                a.hi = b.hi;
                a.firm = b.firm;
            }
        } else if (a.firm == b.firm) {
            a.lo = std::max(a.lo, b.lo);
            a.hi = std::min(a.hi, b.hi);
        } else if (b.firm) {
            a.lo = b.lo;
            a.hi = b.hi;
            a.firm = true;
        }
        if (notes) {  // the reason, now that it is needed
            std::string reason;
            agreement(events[p.a], evidence[p.a], events[p.b], evidence[p.b], gazetteer, &reason);
            a.reasons += (a.reasons.empty() ? "" : " | ") + reason;
        }
        if (!b.reasons.empty()) a.reasons += " | " + b.reasons;
        a.news_only = a.news_only && b.news_only;
        b = Group{};
    }
    std::vector<std::vector<uint32_t>> members(n);
    std::vector<std::string> reasons(n);
    for (uint32_t i = 0; i < n; ++i) {
        members[i] = std::move(groups[i].members);
        reasons[i] = std::move(groups[i].reasons);
    }

    // One event per group: the most precise firm member's date (an approximate day gives way, and
    // so does news told without a date outside the group's days: rule "news_told_late"), every
    // source.
    std::vector<Event> out;
    for (uint32_t root = 0; root < n; ++root) {
        if (members[root].empty()) continue;
        std::vector<uint32_t> m = members[root];
        std::sort(m.begin(), m.end());  // input order: article order, then text order
        const auto told_late = [&](uint32_t x) {
            return news[x] && (events[x].last_day < groups[root].lo || events[x].first_day > groups[root].hi);
        };
        uint32_t best = m[0];
        for (uint32_t x : m)
            if (told_late(best)) best = x;
        for (uint32_t x : m) {
            if (told_late(x)) continue;
            const Event& e = events[x];
            const Event& b = events[best];
            if (is_approximate(e) != is_approximate(b) ? is_approximate(b)
                                                       : e.last_day - e.first_day < b.last_day - b.first_day)
                best = x;
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
