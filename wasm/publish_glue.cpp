// Part of the browser glue (browser_glue.h): the exported functions of publishing, called by
// wasm/publish.js (window.dateline.exportText(), savePage(), printLayout(); the Share menu's
// downloads). Listed in wasm/CMakeLists.txt's exported functions.
#include <emscripten.h>

#include <string>

#include "browser_glue.h"

namespace {
using dateline::browser::wake;
dateline::AppModel* model() { return dateline::browser::connected_model(); }
}  // namespace

extern "C" {

// The corrected timeline exported: "timelinejs", "csv" or "json" (valid until the next call).
EMSCRIPTEN_KEEPALIVE const char* dateline_export(const char* format) {
    static std::string text;
    text = model() && format ? model()->export_text(format) : std::string();
    return text.c_str();
}

// The same, offered to the reader as a download (the Share menu's items).
EMSCRIPTEN_KEEPALIVE void dateline_download(const char* format) {
    if (model() && format) model()->download_export(format);
}

// The engine page (UTF-8 bytes, the caller's buffer) with this page's publication inlined; an
// empty text when the engine is not Dateline's offline page (dateline_publish_why() says why).
std::string publish_why;
EMSCRIPTEN_KEEPALIVE const char* dateline_publication_page(const char* engine, int length, int include_bundled) {
    static std::string page;
    page.clear();
    publish_why = "the page is not ready";
    if (model() && engine && length >= 0)
        page = model()->publication_page(std::string_view(engine, static_cast<size_t>(length)), include_bundled != 0, publish_why);
    return page.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* dateline_publish_why() { return publish_why.c_str(); }

// The print layout's data (AppModel::print_document).
EMSCRIPTEN_KEEPALIVE const char* dateline_print_document() {
    static std::string text;
    text = model() ? model()->print_document() : std::string("{}");
    return text.c_str();
}

// Save as page, from the page's API (the menu asks the model, which asks the page the same way).
EMSCRIPTEN_KEEPALIVE void dateline_save_page(int include_bundled) {
    if (model()) model()->save_page(include_bundled != 0);
}

// Edit on or off (published pages open read-only).
EMSCRIPTEN_KEEPALIVE void dateline_set_editing(int on) {
    if (model()) model()->set_editing(on != 0);
    wake();
}

// What publish.js could not do (fetch the engine, make the picture): shown with the app's errors.
EMSCRIPTEN_KEEPALIVE void dateline_publish_failed(const char* message) {
    if (model() && message) model()->add_error(message);
    wake();
}

}  // extern "C"
