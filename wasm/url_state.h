// URL state: the moment a reader shares, kept in the page's URL hash.
//
//   #event=<event id>&t=YYYY-MM-DD&view=YYYY-MM-DD..YYYY-MM-DD&q=<filter, URL-encoded>&place=<place name, URL-encoded>
//
// Any part may be missing; parts are separated by "&" (or ";"). A hash from anywhere is
// untrusted: unknown keys, malformed dates, impossible days, over-long or strange values are
// each ignored with a plain note, and whatever is valid is still used. Plain C++, tested natively.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.h"

namespace dateline {

struct UrlState {
    std::optional<std::string> event;                // an event id
    std::optional<CivilDate> playhead;               // t=
    std::optional<CivilDate> view_from, view_to;     // view=FROM..TO (inclusive days)
    std::optional<std::string> filter;               // q=: the filter's text (UTF-8, no control characters)
    std::optional<std::string> place;                // place=: the map's place filter, by the place's name (not empty)
    std::vector<std::string> ignored;                // what was not understood, in plain words
};

UrlState parse_url_state(std::string_view hash);  // with or without the leading '#'
std::string format_url_state(const UrlState& state);  // "#event=...&t=...&view=...&q=...&place=..." (no notes)

constexpr size_t kLongestFilter = 200;  // bytes of a filter a link may carry
constexpr size_t kLongestPlaceName = 100;  // bytes of a place's name a link may carry

}  // namespace dateline
