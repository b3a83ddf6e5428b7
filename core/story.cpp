#include "story.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "source_manifest.h"  // json_error

namespace dateline {

std::string_view to_string(LaneRule rule) {
    switch (rule) {
        case LaneRule::Country: return "country";
        case LaneRule::Actor: return "actor";
        case LaneRule::Single: break;
    }
    return "single";
}

// ---------------------------------------------------------------------------------------------
// The story file
// ---------------------------------------------------------------------------------------------

namespace {

constexpr size_t kLongestStoryText = 2000;  // characters of a title, description or credit

// A value as a problem quotes it: short, and never a whole nested structure (whose dump would
// recurse as deep as the file nests).
std::string quoted(const nlohmann::json& value) {
    if (value.is_object()) return "an object";
    if (value.is_array()) return "a list";
    std::string out = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (out.size() > 60) {
        out.resize(57);
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
        if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
        out += "...";
    }
    return out;
}

}  // namespace

Story parse_story(std::string_view text, std::string_view file_name, Problems& problems) {
    Story story;
    const std::string name(file_name);
    auto note = [&](std::string message) { problems.push_back({name, std::move(message), Problem::Severity::Note}); };
    auto unusable = [&](std::string message) {
        problems.push_back({name, std::move(message) + "; the story's settings are the defaults", Problem::Severity::Skipped});
    };
    if (text.size() > kLargestStoryBytes) {
        unusable("is " + std::to_string(text.size() / 1024) + " KB, more than the " + std::to_string(kLargestStoryBytes / 1024) +
                 " KB a story file may hold");
        return story;
    }
    const nlohmann::json doc = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) {
        const std::string why = json_error(text);
        unusable("is not valid JSON" + (why.empty() ? std::string() : " (" + why + ")"));
        return story;
    }
    if (!doc.is_object()) {
        unusable("is not a JSON object ({\"version\": 1, \"title\": ...})");
        return story;
    }
    if (!doc.contains("version")) {
        note("has no \"version\"; read as version 1");
    } else if (!doc["version"].is_number_integer() || doc["version"].get<int64_t>() != 1) {
        unusable("has \"version\": " + quoted(doc["version"]) + ", and this Dateline reads version 1");
        return story;
    }

    auto text_field = [&](const char* key, std::string& out) {
        if (!doc.contains(key) || doc[key].is_null()) return;
        if (!doc[key].is_string()) {
            note(std::string("\"") + key + "\" is not text; ignored");
            return;
        }
        out = doc[key].get<std::string>();
        if (out.size() > kLongestStoryText) {
            note(std::string("\"") + key + "\" is longer than " + std::to_string(kLongestStoryText) + " characters; cut");
            out.resize(kLongestStoryText);
            while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();  // no half character
            if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
        }
    };
    text_field("title", story.title);
    text_field("description", story.description);
    text_field("credit", story.credit);

    if (doc.contains("view") && !doc["view"].is_null()) {
        const nlohmann::json& v = doc["view"];
        auto date = [&](const char* key) -> std::optional<CivilDate> {
            if (!v.contains(key) || !v[key].is_string()) {
                note(std::string("\"view\" has no \"") + key + "\" date (\"YYYY-MM-DD\"); the view is chosen from the events");
                return std::nullopt;
            }
            auto d = parse_iso_date(v[key].get<std::string>());
            if (!d) note(std::string("\"view\": \"") + key + "\" is not a date (\"YYYY-MM-DD\"): " + quoted(v[key]) +
                         "; the view is chosen from the events");
            return d;
        };
        if (!v.is_object()) {
            note("\"view\" is not {\"from\": \"YYYY-MM-DD\", \"to\": \"YYYY-MM-DD\"}; the view is chosen from the events");
        } else {
            auto from = date("from");
            auto to = from ? date("to") : std::nullopt;
            if (from && to && days_from_civil(*to) < days_from_civil(*from)) {
                note("\"view\" ends (" + to_iso(*to) + ") before it starts (" + to_iso(*from) + "); the view is chosen from the events");
            } else if (from && to) {
                story.view_from = from;
                story.view_to = to;
            }
        }
    }

    if (doc.contains("lanes") && !doc["lanes"].is_null()) {
        const nlohmann::json& l = doc["lanes"];
        if (!l.is_object()) {
            note("\"lanes\" is not {\"by\": \"country\" | \"actor\" | \"single\"}; lanes by country");
        } else {
            if (l.contains("by")) {
                const std::string by = l["by"].is_string() ? l["by"].get<std::string>() : quoted(l["by"]);
                if (by == "country") story.lanes.by = LaneRule::Country;
                else if (by == "actor") story.lanes.by = LaneRule::Actor;
                else if (by == "single") story.lanes.by = LaneRule::Single;
                else note("\"lanes\": \"by\" is \"" + by + "\", not \"country\", \"actor\" or \"single\"; lanes by country");
            }
            if (l.contains("most")) {
                if (l["most"].is_number_integer() && l["most"].get<int64_t>() >= 1 && l["most"].get<int64_t>() <= 12)
                    story.lanes.most = static_cast<size_t>(l["most"].get<int64_t>());
                else
                    note("\"lanes\": \"most\" is not a whole number from 1 to 12: " + quoted(l["most"]) + "; " +
                         std::to_string(story.lanes.most) + " is used");
            }
        }
    }

    static constexpr const char* kKnown[] = {"version", "title", "description", "credit", "view", "lanes"};
    for (const auto& item : doc.items())
        if (std::find_if(std::begin(kKnown), std::end(kKnown), [&](const char* k) { return item.key() == k; }) == std::end(kKnown))
            note("\"" + item.key() + "\" is not a story setting; ignored");
    return story;
}

// ---------------------------------------------------------------------------------------------
// Lanes
// ---------------------------------------------------------------------------------------------

namespace {

// The shared rule of lanes by a key (a country, an actor): `keys_of(event)` gives each event's
// distinct keys. Keys named by enough events get lanes (the busiest first, at most `most`); an
// event goes to the lane of the one such key it names, to `several` when it names two or more
// keys and not exactly one of them has a lane, and to `rest` otherwise (one key without a lane,
// or none).
template <typename KeysOf>
Lanes lanes_by_key(const std::vector<Event>& events, KeysOf keys_of, size_t most, const char* several, const char* rest) {
    std::vector<std::vector<std::string>> keys(events.size());
    std::map<std::string, size_t, std::less<>> count;
    for (size_t i = 0; i < events.size(); ++i) {
        keys[i] = keys_of(events[i]);
        std::sort(keys[i].begin(), keys[i].end());
        keys[i].erase(std::unique(keys[i].begin(), keys[i].end()), keys[i].end());
        for (const std::string& k : keys[i]) ++count[k];
    }
    const size_t enough = std::max(kLeastLaneEvents, static_cast<size_t>(std::ceil(kLaneShare * static_cast<double>(events.size()))));
    std::vector<std::pair<std::string, size_t>> own;
    for (const auto& [k, n] : count)
        if (n >= enough) own.emplace_back(k, n);
    std::stable_sort(own.begin(), own.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (own.size() > most) own.resize(most);

    Lanes out;
    for (const auto& [k, n] : own) out.lanes.push_back({k, Lanes::Kind::Own, 0});
    const int several_lane = static_cast<int>(out.lanes.size()), rest_lane = several_lane + 1;
    out.lanes.push_back({several, Lanes::Kind::Several, 0});
    out.lanes.push_back({rest, Lanes::Kind::Rest, 0});
    out.of_event.resize(events.size());
    for (size_t i = 0; i < events.size(); ++i) {
        int lane = -1;
        size_t with_lane = 0;
        for (const std::string& k : keys[i])
            for (size_t l = 0; l < own.size(); ++l)
                if (own[l].first == k) {
                    lane = static_cast<int>(l);
                    ++with_lane;
                }
        if (with_lane != 1) lane = keys[i].size() >= 2 ? several_lane : rest_lane;
        out.of_event[i] = lane;
        ++out.lanes[static_cast<size_t>(lane)].events;
    }
    // Empty lanes go; events follow their lane's new index.
    std::vector<int> renumber(out.lanes.size(), -1);
    std::vector<Lanes::Lane> kept;
    for (size_t l = 0; l < out.lanes.size(); ++l)
        if (out.lanes[l].events > 0) {
            renumber[l] = static_cast<int>(kept.size());
            kept.push_back(std::move(out.lanes[l]));
        }
    out.lanes = std::move(kept);
    for (int& lane : out.of_event) lane = renumber[static_cast<size_t>(lane)];
    return out;
}

}  // namespace

Lanes lanes_by_country(const std::vector<Event>& events, const Gazetteer& gazetteer, size_t most) {
    return lanes_by_key(
        events,
        [&](const Event& e) {
            std::vector<std::string> countries;
            for (uint32_t p : e.places)
                if (std::string_view c = gazetteer.country_of(p); !c.empty()) countries.emplace_back(c);
            return countries;
        },
        most, "Several countries", "Elsewhere");
}

Lanes lanes_by_actor(const std::vector<Event>& events, const Gazetteer& gazetteer, size_t most) {
    return lanes_by_key(
        events,
        [&](const Event& e) {
            std::vector<std::string> actors;
            for (uint32_t a : e.actors) actors.push_back(gazetteer.actors()[a].name);
            return actors;
        },
        most, "Several actors", "Other actors or none");
}

Lanes single_lane(const std::vector<Event>& events) {
    Lanes out;
    if (!events.empty()) out.lanes.push_back({"All events", Lanes::Kind::Rest, events.size()});
    out.of_event.assign(events.size(), 0);
    return out;
}

Lanes lanes_of(const std::vector<Event>& events, const Gazetteer& gazetteer, const LaneSettings& settings) {
    switch (settings.by) {
        case LaneRule::Country: return lanes_by_country(events, gazetteer, settings.most);
        case LaneRule::Actor: return lanes_by_actor(events, gazetteer, settings.most);
        case LaneRule::Single: break;
    }
    return single_lane(events);
}

// ---------------------------------------------------------------------------------------------
// The opening view
// ---------------------------------------------------------------------------------------------

std::optional<DayRange> default_view(const std::vector<Event>& events) {
    if (events.empty()) return std::nullopt;
    std::vector<int64_t> days;
    days.reserve(events.size() * 2);
    for (const Event& e : events) {
        days.push_back(e.first_day);
        days.push_back(e.last_day);
    }
    std::sort(days.begin(), days.end());
    // The middle 90% of the events' days (all of them when there are few: below 20 days, the
    // 5th percentile is the first).
    const size_t cut = days.size() / 20;
    int64_t first = days[cut], last = days[days.size() - 1 - cut];
    const int64_t margin = (last - first) / 20 + 1;
    first -= margin;
    last += margin;
    if (last - first + 1 < kLeastViewDays) {
        const int64_t middle = first + (last - first) / 2;
        first = middle - kLeastViewDays / 2;
        last = first + kLeastViewDays - 1;
    }
    return DayRange{first, last};
}

std::optional<DayRange> opening_view(const Story& story, const std::vector<Event>& events) {
    if (story.view_from && story.view_to) return DayRange{days_from_civil(*story.view_from), days_from_civil(*story.view_to)};
    return default_view(events);
}

}  // namespace dateline
