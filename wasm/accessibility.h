// What a screen reader gets: the content of the page's accessible DOM mirror (accessibility.js).
// Dear ImGui draws to a canvas and has no accessibility of its own, so the page keeps a mirror of
// what the canvas shows in real HTML elements (buttons, a search box, a list of events, the
// current event as an article), as Flutter web does with its semantics tree. This file says what
// that mirror holds, from the model alone; the page turns it into elements (text only, never
// markup: article text is untrusted), and only when accessibility_version() changed.
//
// Plain C++ (no ImGui, SDL or Emscripten), built into dateline_model and tested natively
// (tests/app/accessibility_test.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "app_model.h"

namespace dateline {

// How many events of the list the mirror holds on each side of the selection: a list of 100,000
// events is not 100,000 elements. The mirror says how many there are in all.
inline constexpr size_t kMirroredEventsAround = 20;

// Changes whenever what the mirror shows changes (the selection, the filter and what it shows,
// playing or not, the open article, the timeline itself); the page rebuilds the mirror only then,
// not at every frame.
uint64_t accessibility_version(const AppModel& model);

// An event's date as a person says it, with how precisely it is known: "Thursday 29 June 2017"
// for a day, "June 2017, known to the month" otherwise.
std::string date_as_known(const AppModel& model, int event);

// One sentence for the live region when the selection changes: "Event 4 of 28: <headline>.
// <date as known>. <lane>. 2 sources." (the position among the events the filter shows).
std::string event_announcement(const AppModel& model, int event);

// The mirror's content as JSON (README, "Accessibility"):
//   {"version", "ready", "playing", "filter", "events", "shown", "selected", "position",
//    "list": {"first", "items": [{"event", "id", "iso", "date", "precision", "headline", "lane", "sources"}]},
//    "current": null | {"event", "id", "iso", "date", "precision", "headline", "lane", "how",
//                       "places", "actors", "sources": [{"outlet", "title", "published", "passage", "citation", "link"}]},
//    "article": null | {"event", "source", "outlet", "title", "paragraphs": [{"text", "passage"}]},
//    "announcement", "notice", "added": null | {"files", "kept", "problems"},
//    "story": {"title", "description"},
//    "editing": null | {"corrections", "undo", "redo", "key", "merge": [{"event", "label"}], "hidden": [headline]},
//    "saveWithBundled"}
// `around`: events of the list on each side of the selection.
std::string accessibility_json(const AppModel& model, size_t around = kMirroredEventsAround);


}  // namespace dateline
