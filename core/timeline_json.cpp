#include "timeline_json.h"

#include <nlohmann/json.hpp>

namespace dateline {

using Json = nlohmann::ordered_json;

namespace {

template <typename T, typename F>
Json optional_json(const std::optional<T>& value, F to_json) {
    return value ? Json(to_json(*value)) : Json(nullptr);
}

Json article_json(const Article& a) {
    Json j;
    j["id"] = a.id;
    j["file"] = a.file;
    j["title"] = a.title;
    j["outlet"] = optional_json(a.outlet, [](const std::string& s) { return s; });
    j["url"] = optional_json(a.url, [](const std::string& s) { return s; });
    j["published"] = optional_json(a.published, [](const CivilDate& d) { return to_iso(d); });
    j["published_from"] = a.published_from == PublishedFrom::Unknown ? Json(nullptr) : Json(std::string(to_string(a.published_from)));
    // How it was found, and the words it was read from: an inferred date says what it rests on.
    j["published_how"] = a.published_how.empty() ? Json(nullptr) : Json(a.published_how);
    j["published_evidence"] = a.published_evidence.empty() ? Json(nullptr) : Json(a.published_evidence);
    if (a.published_not_before || a.published_not_after) {  // only a window could be inferred
        Json w;
        w["from"] = optional_json(a.published_not_before, [](const CivilDate& d) { return to_iso(d); });
        w["to"] = optional_json(a.published_not_after, [](const CivilDate& d) { return to_iso(d); });
        j["published_window"] = std::move(w);
    } else {
        j["published_window"] = nullptr;
    }
    j["bytes"] = a.bytes;
    j["byline"] = a.byline.empty() ? Json(nullptr) : Json(a.byline);
    if (a.dateline_end > a.dateline_start) {  // without the dash that ends it
        std::string d = a.text.clean.substr(a.dateline_start, a.dateline_end - a.dateline_start);
        for (;;) {
            if (!d.empty() && (d.back() == ' ' || d.back() == '-')) d.pop_back();
            else if (d.ends_with("\xE2\x80\x94") || d.ends_with("\xE2\x80\x93")) d.resize(d.size() - 3);
            else break;
        }
        j["dateline"] = d;
    } else {
        j["dateline"] = nullptr;
    }
    return j;
}

Json event_json(const Timeline& t, const Event& e, bool explain) {
    Json j;
    j["id"] = e.id;
    j["start"] = to_iso(civil_from_days(e.first_day));
    j["end"] = to_iso(civil_from_days(e.last_day));
    j["precision"] = std::string(to_string(e.precision));
    // An approximate day ("a week ago"): how many days either way it may be off (added in
    // version 1, only on such events; absent, the dates are as stated).
    if (e.give_or_take_days > 0) j["give_or_take_days"] = e.give_or_take_days;
    j["title"] = e.title;
    j["places"] = Json::array();
    for (uint32_t p : e.places) j["places"].push_back(t.gazetteer->places()[p].name);
    // The same places with their country code and coordinates, for a map (added in version 1).
    j["where"] = Json::array();
    for (uint32_t p : e.places) {
        const Place& place = t.gazetteer->places()[p];
        Json w;
        w["name"] = place.name;
        w["country_code"] = place.country_code.empty() ? Json(nullptr) : Json(place.country_code);
        w["lat"] = place.located ? Json(place.lat) : Json(nullptr);
        w["lon"] = place.located ? Json(place.lon) : Json(nullptr);
        j["where"].push_back(std::move(w));
    }
    j["actors"] = Json::array();
    for (uint32_t a : e.actors) j["actors"].push_back(t.gazetteer->actors()[a].name);
    j["sources"] = Json::array();
    for (const EventSource& s : e.sources) {
        const Article& a = t.articles[s.article];
        const OffsetMap& map = a.text.offsets;
        Json js;
        js["article"] = a.id;
        js["start"] = map.to_original(s.start);
        js["end"] = map.to_original(s.end);
        Json timex;
        timex["text"] = a.text.clean.substr(s.timex_start, s.timex_end - s.timex_start);
        timex["start"] = map.to_original(s.timex_start);
        timex["end"] = map.to_original(s.timex_end);
        timex["value"] = source_timex(t, s).value;
        js["timex"] = std::move(timex);
        js["how"] = source_timex(t, s).how;
        if (explain) js["passage"] = a.text.clean.substr(s.start, s.end - s.start);
        j["sources"].push_back(std::move(js));
    }
    if (explain)
        for (const MergeNote& note : t.merge_notes)
            if (note.event_id == e.id) j["merged"] = note.reason;
    return j;
}

}  // namespace

std::string timeline_document_json(const Timeline& t, bool pretty, bool explain) {
    Json doc;
    doc["version"] = kTimelineDocumentVersion;
    doc["articles"] = Json::array();
    for (const Article& a : t.articles) doc["articles"].push_back(article_json(a));
    doc["events"] = Json::array();
    for (const Event& e : t.events) doc["events"].push_back(event_json(t, e, explain));
    doc["figures"] = Json::array();
    for (const FigureGroup& g : t.figures) {
        Json j;
        j["id"] = g.id;
        j["counts"] = g.counts;
        j["place"] = t.gazetteer->places()[static_cast<size_t>(g.place)].name;
        j["agree"] = g.agree;
        j["values"] = Json::array();
        for (const FigureMention& m : g.values) {
            const Article& a = t.articles[m.article];
            Json v;
            v["article"] = a.id;
            v["start"] = a.text.offsets.to_original(m.start);
            v["end"] = a.text.offsets.to_original(m.end);
            v["text"] = a.text.clean.substr(m.start, m.end - m.start);
            v["low"] = m.low;
            v["high"] = m.high;
            if (explain) v["passage"] = a.text.clean.substr(m.sentence_start, m.sentence_end - m.sentence_start);
            j["values"].push_back(std::move(v));
        }
        doc["figures"].push_back(std::move(j));
    }
    // Article text is valid UTF-8 by construction; `replace` keeps a stray byte from aborting.
    return doc.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace dateline
