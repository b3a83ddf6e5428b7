// The map in the page's accessible mirror (wasm/map_mirror.js): what the map shows, as a list of
// places with their events, for a screen reader. The canvas's map is a picture; this list says
// the same thing in words: each place the story's events name (with coordinates), how many events
// it has, whether it is a place of the current event, of events already passed, or of events
// still to come, and its first events. Choosing a place in the list filters the timeline to it,
// as a click on its dot does.
//
// Bounded like the events' list (accessibility.h): a story with thousands of places does not
// become thousands of elements. The places with the most events are listed, and always the
// current event's places and the chosen one; the list says how many there are in all.
//
// Plain C++ (no ImGui, SDL or Emscripten), built into dateline_model and tested natively
// (tests/app/map_mirror_test.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "app_model.h"

namespace dateline {

// How many places the mirror lists (besides the current event's places and the chosen one).
inline constexpr size_t kMirroredPlaces = 30;

// Changes whenever the list changes (the places, the selection, the place filter); the page
// rebuilds its section only then.
uint64_t map_mirror_version(const AppModel& model);

// The section's content as JSON (README, "Accessibility"):
//   {"version", "places": <how many in all>, "chosen": null | {"place", "name"},
//    "items": [{"place", "name", "country", "events", "phase": "current" | "past" | "later",
//               "chosen", "words": map_place_words(),
//               "first": [{"event", "id", "iso", "date", "headline"}]}]}   (its first events, MapPlace::first_events)
// `most`: how many places to list (the current event's and the chosen one come on top of these).
std::string map_mirror_json(const AppModel& model, size_t most = kMirroredPlaces);

// A place as the mirror's button says it: "Lyon, France: 3 events, a place of the current event".
std::string map_place_words(const MapPlace& place, PlacePhase phase);

// How many events the mirror's list shows, and the filters that choose them, in words: "40
// events"; "12 of 40 events match "strike""; "9 of 40 events: the events of Mosul"; "3 of 40
// events: the events of Mosul that match "strike"". (A place chosen on the map is a filter too;
// without it in words, a list narrowed by it read as matching "".)
std::string events_count_words(const AppModel& model);

}  // namespace dateline
