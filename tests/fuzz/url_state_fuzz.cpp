// Fuzz target: the URL hash, which anybody can type or link. Parsing never crashes; what it keeps
// is real (dates exist, the view runs forwards, a place's name is text within bounds); and
// writing it back then reading that again gives the same state (a shared link survives being
// shared again).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "url_state.h"
#include "invariant.h"

using fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view hash(reinterpret_cast<const char*>(data), size);
    const dateline::UrlState state = dateline::parse_url_state(hash);
    if (state.playhead) require(dateline::is_valid(*state.playhead), "the playhead is a real day");
    require(state.view_from.has_value() == state.view_to.has_value(), "a view has both ends or none");
    if (state.view_from) {
        require(dateline::is_valid(*state.view_from) && dateline::is_valid(*state.view_to), "the view's days are real");
        require(dateline::days_from_civil(*state.view_from) <= dateline::days_from_civil(*state.view_to), "the view runs forwards");
    }
    if (state.place) {
        require(!state.place->empty() && state.place->size() <= dateline::kLongestPlaceName, "a place's name is kept only within bounds");
        for (unsigned char c : *state.place) require(c >= 0x20 && c != 0x7F, "a place's name holds no control character");
    }
    const std::string written = dateline::format_url_state(state);
    const dateline::UrlState again = dateline::parse_url_state(written);
    require(again.ignored.empty(), "what was written is understood in full");
    require(dateline::format_url_state(again) == written, "writing and reading back is stable");
    return 0;
}
