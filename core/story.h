// Story: what a set of articles is about, as its author says it, and how its timeline is laid
// out. The settings live beside the articles in a story file (assets/articles/story.json for
// the bundled story; README, "The story file"), so nothing about one story is written in code:
//
//   {"version": 1,
//    "title": "...", "description": "...", "credit": "...",
//    "view": {"from": "YYYY-MM-DD", "to": "YYYY-MM-DD"},       // the opening view, inclusive
//    "lanes": {"by": "country" | "actor" | "single", "most": 4}}
//
// Every field may be missing: a missing one takes its default (no title, the view chosen from the
// events, lanes by country). A bad field is reported and ignored; a file that is not a story
// (not JSON, another version) is reported and the defaults are used. Never fatal.
//
// Lanes come from the events' places or actors (lanes_of): a lane for each country (or actor)
// that enough events name, the busiest first; then one for events in several of them; then one
// for the rest. Empty lanes are left out.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.h"
#include "events.h"
#include "gazetteer.h"
#include "problem.h"

namespace dateline {

enum class LaneRule : uint8_t {
    Country,  // a lane per country with enough events, then "Several countries", then "Elsewhere"
    Actor,    // a lane per actor with enough events, then "Several actors", then "Other actors or none"
    Single,   // one lane for every event
};
std::string_view to_string(LaneRule rule);  // "country", "actor", "single"

struct LaneSettings {
    LaneRule by = LaneRule::Country;
    // At most this many lanes of their own (countries or actors); the others join the rest.
    size_t most = 4;
};

struct Story {
    int version = 1;
    std::string title;        // "" when the story file gives none
    std::string description;  // a sentence or two
    std::string credit;       // who wrote or gathered the articles
    std::optional<CivilDate> view_from, view_to;  // the opening view (inclusive days), if given
    LaneSettings lanes;
};

// The most a story file may hold, in bytes: settings, not articles.
inline constexpr size_t kLargestStoryBytes = 64u * 1024u;

// Reads a story file's text; `file_name` names it in problems ("story.json: ..."). Problems are
// notes (the rest of the file is still used) or, for a file that cannot be read as a story at
// all, Skipped (the defaults are used).
Story parse_story(std::string_view json, std::string_view file_name, Problems& problems);

// --- Lanes ---------------------------------------------------------------------------------------

struct Lanes {
    enum class Kind : uint8_t { Own, Several, Rest };  // a country's or actor's own; the shared ones
    struct Lane {
        std::string name;  // "Iraq"; "Several countries"; "Elsewhere"; "All events"
        Kind kind = Kind::Own;
        size_t events = 0;
    };
    std::vector<Lane> lanes;    // in the order drawn, top to bottom
    std::vector<int> of_event;  // per event: its lane
};

// A key (country or actor) gets a lane of its own when at least this share of the events name
// it, and at least kLeastLaneEvents of them: a lane for one stray mention helps nobody.
inline constexpr double kLaneShare = 0.1;
inline constexpr size_t kLeastLaneEvents = 2;

Lanes lanes_of(const std::vector<Event>& events, const Gazetteer& gazetteer, const LaneSettings& settings);
// Each rule on its own (lanes_of picks one).
Lanes lanes_by_country(const std::vector<Event>& events, const Gazetteer& gazetteer, size_t most);
Lanes lanes_by_actor(const std::vector<Event>& events, const Gazetteer& gazetteer, size_t most);
Lanes single_lane(const std::vector<Event>& events);

// --- The opening view ----------------------------------------------------------------------------

struct DayRange {
    int64_t first = 0, last = 0;  // inclusive days since 1970-01-01
};

// The least span an opening view shows (a single event sits in a month around it).
inline constexpr int64_t kLeastViewDays = 30;

// The view a story opens on when its file gives none: the middle of its events (from the 5th to
// the 95th percentile of their days, so a stray event years away does not squeeze the rest into
// a corner), with a margin, and at least kLeastViewDays. Nothing when there are no events.
std::optional<DayRange> default_view(const std::vector<Event>& events);
// The story's own view when it gives one, else default_view().
std::optional<DayRange> opening_view(const Story& story, const std::vector<Event>& events);

}  // namespace dateline
