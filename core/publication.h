// Publication: a timeline handed on as one self-contained HTML page. The page is Dateline's
// engine (the offline single-file page, dist/dateline-offline.html: script, wasm, font and
// stylesheet inlined) with the author's material inlined as data, which the engine reads when it
// starts instead of (or besides) its bundled articles:
//
//   <script type="application/json" id="dateline-publication">
//   {"version": 1,
//    "generator": "Dateline 0.1.0",
//    "bundled": false,                      // true: the engine's bundled articles are shown too
//    "story": {...} | null,                 // a story file's document (story.h), or none
//    "edits": {"version": 1, "edits": [...]} | null,   // an edits document (edits.h), or none
//    "files": [{"name": "report.txt", "base64": "...", "full_size": 0}]}   // articles, sources.json
//   </script>
//
// Files are kept byte for byte (base64), so the page reads exactly what `dateline export` reads
// and the edits' anchors (offsets into the original files) hold. A JSON data block is not run
// (no script-src needed under the page's Content-Security-Policy), and the HTML parser never
// leaves it early: every '<' of the JSON is written \u003c, so no "</script" or "<!--" appears.
//
// The same writer serves `dateline publish` (cli/) and "Save as page" in the browser (wasm/).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "article_inputs.h"
#include "edits.h"
#include "problem.h"
#include "story.h"

namespace dateline {

inline constexpr int kPublicationVersion = 1;
inline constexpr std::string_view kPublicationBlockId = "dateline-publication";

struct Publication {
    int version = kPublicationVersion;
    std::string generator;             // "Dateline 0.1.0": who wrote it (for people reading the file)
    bool bundled = false;              // the engine's bundled articles are shown too
    std::optional<std::string> story;  // a story document (JSON text), or none
    std::vector<Edit> edits;
    std::vector<NamedFile> files;      // the author's articles and sources.json, byte for byte
};

// The data block's JSON (every '<' written \u003c, so it can sit inside a <script> element).
std::string publication_json(const Publication& publication);
// The whole element: <script type="application/json" id="dateline-publication">JSON</script>.
std::string publication_block(const Publication& publication);

// Reads a data block's JSON; `name` names it in problems ("the page's publication data"). A
// block that is not JSON, not an object, or of a newer version gives a Skipped problem and
// nullopt; a bad file entry, story or edit is a problem of its own and the rest is kept.
std::optional<Publication> parse_publication(std::string_view json, std::string_view name, Problems& problems);

// Why `engine` cannot be the engine of a published page, or empty when it can: it must be
// Dateline's offline single-file page (its inline engine script, its Content-Security-Policy, its
// engine's data block: the hosted index.html has the first two, not the third).
std::string why_not_engine_page(std::string_view engine);
// The engine page with the block put in (before the page's first inline script: the wasm's
// loader, then the engine's data blocks and script, which reads the block at start), replacing a
// block it already holds (a published page can be the engine of another); the rest of the page,
// every data block with it, is kept as it was. The engine must pass why_not_engine_page.
std::string publish_page(std::string_view engine, const Publication& publication);

// A story's settings written as a story document that parse_story reads back to the same
// settings (the page's story, saved with the page).
std::string story_document_json(const Story& story);

// Base64 (RFC 4648, with padding) of bytes, and back; nullopt for text that is not base64.
std::string base64_encode(std::string_view bytes);
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace dateline
