#include "map_mirror.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "calendar.h"

namespace dateline {

namespace {

using Json = nlohmann::ordered_json;

const char* phase_name(PlacePhase phase) {
    return phase == PlacePhase::Current ? "current" : phase == PlacePhase::Past ? "past" : "later";
}

std::vector<uint32_t> current_places(const AppModel& model) {
    const int selected = model.selected();
    if (selected < 0 || static_cast<size_t>(selected) >= model.timeline().events.size()) return {};
    return model.timeline().events[static_cast<size_t>(selected)].places;
}

}  // namespace

uint64_t map_mirror_version(const AppModel& model) {
    // FNV-1a over what the list depends on.
    uint64_t h = 14695981039346656037ull;
    auto add = [&](uint64_t v) {
        for (int i = 0; i < 8; ++i) h = (h ^ ((v >> (8 * i)) & 0xFF)) * 1099511628211ull;
    };
    add(model.ready());
    add(model.boxes_serial());  // the events and their places were read or edited
    add(model.map_places().size());
    add(model.timeline().events.size());
    add(model.selection_serial());
    add(static_cast<uint64_t>(static_cast<int64_t>(model.selected())));
    add(static_cast<uint64_t>(static_cast<int64_t>(model.place_filter())));
    return h & 0x1FFFFFFFFFFFFFull;  // 53 bits: exact as a JavaScript number
}

std::string map_place_words(const MapPlace& place, PlacePhase phase) {
    std::string words = place.name;
    if (!place.country.empty() && place.country != place.name) words += ", " + place.country;
    words += ": " + std::to_string(place.events) + (place.events == 1 ? " event" : " events");
    if (phase == PlacePhase::Current) words += ", a place of the current event";
    else if (phase == PlacePhase::Later) words += place.events == 1 ? ", still to come" : ", the first still to come";
    return words;
}

std::string events_count_words(const AppModel& model) {
    const size_t events = model.timeline().events.size(), shown = model.shown().size();
    const int place = model.place_filter();
    const std::vector<Place>* places = model.timeline().gazetteer ? &model.timeline().gazetteer->places() : nullptr;
    const bool by_place = place >= 0 && places && static_cast<size_t>(place) < places->size();
    const bool by_words = !model.filter().empty();
    const std::string all = std::to_string(events) + (events == 1 ? " event" : " events");
    if (!by_place && !by_words) return all;
    std::string out = std::to_string(shown) + " of " + all;
    const std::string match = "match \"" + model.filter() + "\"";
    if (!by_place) return out + " " + match;
    out += ": the events of " + (*places)[static_cast<size_t>(place)].name;
    if (by_words) out += " that " + match;
    return out;
}

std::string map_mirror_json(const AppModel& model, size_t most) {
    const std::vector<MapPlace>& places = model.map_places();
    const Timeline& timeline = model.timeline();
    const std::vector<uint32_t> current = current_places(model);
    const int chosen = model.place_filter();
    Json j;
    j["version"] = map_mirror_version(model);
    j["places"] = places.size();
    j["chosen"] = nullptr;
    j["items"] = Json::array();
    for (size_t k = 0; k < places.size(); ++k) {
        const MapPlace& m = places[k];
        const PlacePhase phase = place_phase(m, current, model.playhead());
        const bool is_chosen = static_cast<int>(m.place) == chosen;
        if (is_chosen) j["chosen"] = {{"place", m.place}, {"name", m.name}};
        // The places with the most events (the list's order), and always the current event's and the chosen one.
        if (k >= most && phase != PlacePhase::Current && !is_chosen) continue;
        Json item;
        item["place"] = m.place;
        item["name"] = m.name;
        item["country"] = m.country;
        item["events"] = m.events;
        item["phase"] = phase_name(phase);
        item["chosen"] = is_chosen;
        item["words"] = map_place_words(m, phase);
        item["first"] = Json::array();
        for (uint32_t e : m.first_events) {
            if (e >= timeline.events.size()) continue;
            const Event& event = timeline.events[e];
            item["first"].push_back({{"event", e},
                                     {"id", event.id},
                                     {"iso", to_iso(civil_from_days(event.first_day))},
                                     {"date", model.date_words(static_cast<int>(e))},
                                     {"headline", event.title}});
        }
        j["items"].push_back(std::move(item));
    }
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace dateline
