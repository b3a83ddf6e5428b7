// Part of the browser glue (browser_glue.h): the exported functions of the story settings form
// and the merge search, called by wasm/editor.js. Listed in wasm/CMakeLists.txt's exported
// functions. Texts returned stay valid until the next call of the same function.
#include <emscripten.h>

#include <string>

#include "browser_glue.h"

namespace {
using dateline::browser::wake;
dateline::AppModel* model() { return dateline::browser::connected_model(); }
}  // namespace

extern "C" {

// The form's story document: "" when applied, else what is wrong (the form shows it).
EMSCRIPTEN_KEEPALIVE const char* dateline_submit_story_form(const char* document) {
    static std::string problem;
    problem = model() && document ? model()->set_story_settings(document) : std::string("The page is not ready");
    wake();
    return problem.c_str();
}

// The story settings kept in the browser ("" when none), handed over at start after the edits.
EMSCRIPTEN_KEEPALIVE void dateline_restore_story(const char* document) {
    if (model() && document && *document) {
        model()->restore_story(document);
        wake();
    }
}

// The merge search: the events matching the query ([{"event", "date", "headline"}]), and the one chosen.
EMSCRIPTEN_KEEPALIVE const char* dateline_merge_search(const char* query) {
    static std::string json;
    json = model() && query ? model()->merge_search_json(query, 50) : std::string("[]");
    return json.c_str();
}
EMSCRIPTEN_KEEPALIVE void dateline_merge_chosen(int event) {
    if (model()) model()->merge_chosen(event);
    wake();
}

}  // extern "C"
