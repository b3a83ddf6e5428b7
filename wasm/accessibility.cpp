#include "accessibility.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string_view>

#include "calendar.h"
#include "map_mirror.h"

namespace dateline {

namespace {

using Json = nlohmann::ordered_json;

// FNV-1a over the values the mirror depends on.
struct Fingerprint {
    uint64_t h = 14695981039346656037ull;
    void add(std::string_view s) {
        for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
        h = (h ^ 0xFF) * 1099511628211ull;  // a separator: "ab","c" differs from "a","bc"
    }
    void add(uint64_t v) {
        for (int i = 0; i < 8; ++i) h = (h ^ ((v >> (8 * i)) & 0xFF)) * 1099511628211ull;
    }
};

std::string lane_name(const AppModel& model, int event) {
    const Lanes& lanes = model.lanes();
    if (event < 0 || static_cast<size_t>(event) >= lanes.of_event.size()) return {};
    const int lane = lanes.of_event[static_cast<size_t>(event)];
    if (lane < 0 || static_cast<size_t>(lane) >= lanes.lanes.size()) return {};
    return lanes.lanes[static_cast<size_t>(lane)].name;
}

std::string sources_words(size_t n) { return std::to_string(n) + (n == 1 ? " source" : " sources"); }

// The row of `event` among the events the filter shows, or where it would be; and whether it is there.
std::pair<size_t, bool> row_of(const std::vector<int>& shown, int event) {
    const auto it = std::lower_bound(shown.begin(), shown.end(), event);
    return {static_cast<size_t>(it - shown.begin()), it != shown.end() && *it == event};
}

Json event_item(const AppModel& model, int index) {
    const Event& e = model.timeline().events[static_cast<size_t>(index)];
    Json j;
    j["event"] = index;
    j["id"] = e.id;
    j["iso"] = to_iso(civil_from_days(e.first_day));
    j["date"] = date_as_known(model, index);
    j["precision"] = std::string(to_string(e.precision));
    j["headline"] = e.title;
    j["lane"] = lane_name(model, index);
    j["sources"] = e.sources.size();
    return j;
}

// The reading panel's content: what the canvas shows of the current event, as text.
Json current_event(const AppModel& model, int index) {
    const Timeline& t = model.timeline();
    const Event& e = t.events[static_cast<size_t>(index)];
    Json j = event_item(model, index);
    j.erase("sources");
    j["how"] = e.sources.empty() ? std::string() : source_timex(t, e.sources.front()).how;
    j["places"] = Json::array();
    for (uint32_t p : e.places) j["places"].push_back(t.gazetteer->places()[p].name);
    j["actors"] = Json::array();
    for (uint32_t a : e.actors) j["actors"].push_back(t.gazetteer->actors()[a].name);
    j["sources"] = Json::array();
    for (size_t i = 0; i < e.sources.size(); ++i) {
        const EventSource& s = e.sources[i];
        const Article& a = t.articles[s.article];
        Json js;
        js["outlet"] = a.outlet ? *a.outlet : std::string("Unknown outlet");
        js["title"] = a.title;
        js["published"] = a.published ? describe_interval(days_from_civil(*a.published), days_from_civil(*a.published), Precision::Day)
                                      : std::string();
        js["passage"] = a.text.clean.substr(s.start, s.end - s.start);
        js["citation"] = citation(t, e, i);
        // Only a web link is offered (a link of any other scheme is not followed).
        const bool web = a.url && (a.url->starts_with("https://") || a.url->starts_with("http://"));
        js["link"] = web ? Json(*a.url) : Json(nullptr);
        j["sources"].push_back(std::move(js));
    }
    return j;
}

// The open article: its paragraphs as the article view shows them (no page furniture), the one
// holding the event's passage marked.
Json open_article(const AppModel& model) {
    const Timeline& t = model.timeline();
    const Event& e = t.events[static_cast<size_t>(model.article_event())];
    const EventSource& s = e.sources[static_cast<size_t>(model.article_source())];
    const Article& a = t.articles[s.article];
    const std::string_view text = a.text.clean;
    Json j;
    j["event"] = model.article_event();
    j["source"] = model.article_source();
    j["outlet"] = a.outlet ? *a.outlet : std::string("Unknown outlet");
    j["title"] = a.title;
    j["paragraphs"] = Json::array();
    for (const ArticleLine& l : a.lines) {
        if (l.kind == ArticleLine::Kind::Blank || l.kind == ArticleLine::Kind::Furniture || l.kind == ArticleLine::Kind::Title) continue;
        std::string words(text.substr(l.start, l.end - l.start));
        if (l.kind == ArticleLine::Kind::Caption) words = "Caption: " + words;
        j["paragraphs"].push_back({{"text", std::move(words)}, {"passage", s.start < l.end && s.end > l.start}});
    }
    return j;
}

// "Your articles": each added file by the name problems give it, and every problem with the
// added files (an open panel only).
Json added_articles(const AppModel& model) {
    std::vector<NamedFile> files;
    for (const AppModel::Added& a : model.added()) files.push_back({a.file.name, {}, 0});
    Json j;
    j["files"] = labels_of(files);
    j["kept"] = model.storage() < 0 ? Json(nullptr) : Json(model.storage() == 1);
    j["problems"] = Json::array();
    for (const Problem& p : model.added_problems())
        j["problems"].push_back(p.input + ": " + p.message + (p.severity == Problem::Severity::Skipped ? "" : " (note)"));
    return j;
}

// While the author edits: what the editing controls need to be named and to act (the undo and
// redo history, the current event's key mark, the events it could merge with, the hidden ones).
Json editing_state(const AppModel& model) {
    if (!model.editing()) return nullptr;
    Json j;
    j["corrections"] = model.edit_history().edits().size();
    j["undo"] = model.can_undo();
    j["redo"] = model.can_redo();
    const int selected = model.selected();
    j["key"] = selected >= 0 && model.is_key(selected);
    j["merge"] = Json::array();
    if (selected >= 0)
        for (int other : merge_candidates(model, selected)) {
            const Event& o = model.timeline().events[static_cast<size_t>(other)];
            j["merge"].push_back({{"event", other}, {"label", (other < selected ? "Before: " : "After: ") + model.date_words(other) + ": " + o.title}});
        }
    j["hidden"] = Json::array();
    for (const Event& e : model.edit_outcome().hidden) j["hidden"].push_back(e.title);
    return j;
}

}  // namespace

uint64_t accessibility_version(const AppModel& model) {
    Fingerprint f;
    f.add(model.ready());
    f.add(model.timeline().events.size());
    f.add(model.timeline().articles.size());
    f.add(model.selection_serial());
    f.add(static_cast<uint64_t>(static_cast<int64_t>(model.selected())));
    f.add(model.article_serial());
    f.add(static_cast<uint64_t>(static_cast<int64_t>(model.article_event())));
    f.add(model.playing());
    f.add(model.filter());
    f.add(static_cast<uint64_t>(static_cast<int64_t>(model.place_filter())));
    f.add(model.shown().size());
    f.add(model.shown().empty() ? 0 : static_cast<uint64_t>(model.shown().front()));
    f.add(model.added_panel_open());
    f.add(model.added().size());
    f.add(model.added_problems().size());
    f.add(model.reading());
    f.add(model.toast());
    f.add(model.story().title);
    f.add(model.story().description);
    f.add(model.editing());
    f.add(model.edit_history().edits().size());
    f.add(model.can_redo());
    f.add(model.selected() >= 0 && model.is_key(model.selected()));
    f.add(model.edit_outcome().hidden.size());
    f.add(model.save_with_bundled());
    return f.h & 0x1FFFFFFFFFFFFFull;  // 53 bits: exact as a JavaScript number
}

std::string date_as_known(const AppModel& model, int event) {
    if (event < 0 || static_cast<size_t>(event) >= model.timeline().events.size()) return {};
    const Precision precision = model.timeline().events[static_cast<size_t>(event)].precision;
    std::string words = model.date_words(event);
    if (precision != Precision::Day) words += ", known to the " + std::string(to_string(precision));
    return words;
}

std::string event_announcement(const AppModel& model, int event) {
    if (event < 0 || static_cast<size_t>(event) >= model.timeline().events.size()) return {};
    const Event& e = model.timeline().events[static_cast<size_t>(event)];
    const auto [row, shown] = row_of(model.shown(), event);
    std::string out = shown ? "Event " + std::to_string(row + 1) + " of " + std::to_string(model.shown().size()) + ": " : "Event: ";
    out += e.title + ". " + date_as_known(model, event) + ".";
    if (const std::string lane = lane_name(model, event); !lane.empty()) out += " " + lane + ".";
    out += " " + sources_words(e.sources.size()) + ".";
    return out;
}

std::string accessibility_json(const AppModel& model, size_t around) {
    const std::vector<int>& shown = model.shown();
    const int selected = model.selected();
    Json j;
    j["version"] = accessibility_version(model);
    j["ready"] = model.ready();
    j["playing"] = model.playing();
    j["filter"] = model.filter();
    j["events"] = model.timeline().events.size();
    j["shown"] = shown.size();
    j["count"] = events_count_words(model);  // the filters in words, the map's place among them (map_mirror.h)
    j["selected"] = selected;
    // The list: a window of the shown events around the selection (or where it would be).
    const auto [row, listed] = selected >= 0 ? row_of(shown, selected) : std::pair<size_t, bool>{0, false};
    j["position"] = listed ? static_cast<int64_t>(row) : -1;
    const size_t first = row > around ? row - around : 0;
    const size_t last = std::min(shown.size(), row + around + 1);
    Json list;
    list["first"] = first;
    list["items"] = Json::array();
    for (size_t r = first; r < last; ++r) list["items"].push_back(event_item(model, shown[r]));
    j["list"] = std::move(list);
    j["current"] = selected >= 0 ? current_event(model, selected) : Json(nullptr);
    j["article"] = model.article_event() >= 0 && model.article_source() >= 0 ? open_article(model) : Json(nullptr);
    j["announcement"] = event_announcement(model, selected);
    j["notice"] = model.toast();  // the quiet notice shown last ("Citation copied")
    j["added"] = model.added_panel_open() ? added_articles(model) : Json(nullptr);
    j["story"] = {{"title", model.story().title}, {"description", model.story().description}};
    j["editing"] = editing_state(model);
    j["saveWithBundled"] = model.save_with_bundled();  // the Share / export menu's checkable item
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace dateline
