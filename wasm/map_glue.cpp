// Part of the browser glue (browser_glue.h): the exported functions of the map's part of the
// accessible mirror (wasm/map_mirror.js; its content: map_mirror.h). Listed in
// wasm/CMakeLists.txt's exported functions.
#include <emscripten.h>

#include <string>

#include "browser_glue.h"
#include "map_mirror.h"

namespace {
dateline::AppModel* model() { return dateline::browser::connected_model(); }
}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE double dateline_map_mirror_version() {
    return model() ? static_cast<double>(dateline::map_mirror_version(*model())) : 0;
}

// Valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* dateline_map_mirror_json() {
    static std::string json;
    json = model() ? dateline::map_mirror_json(*model()) : std::string("{}");
    return json.c_str();
}

// The mirror's choice of a place (a Gazetteer::places() index; -1: every place), as a click on
// its dot: 1 if the filter now shows that place (or every place for -1).
EMSCRIPTEN_KEEPALIVE int dateline_map_choose(int place) {
    if (!model()) return 0;
    model()->set_place_filter(place);
    dateline::browser::wake();
    return model()->place_filter() == (place < 0 ? -1 : place) ? 1 : 0;
}

}  // extern "C"
