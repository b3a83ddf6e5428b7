// Source manifest: `sources.json`, the editorial facts gathered about a folder's articles
// (outlet, link, and the publication date when the text itself does not give one).
//
//   {"articles": [{"file": "x.txt", "outlet": "...", "url": "..." | null,
//                  "published": "YYYY-MM-DD" | null, ...}], ...}
//
// Hand-edited files get things wrong: every entry is checked on its own, a bad field is reported
// and ignored, a bad entry is skipped, and the good ones are kept.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "calendar.h"
#include "problem.h"

namespace dateline {

struct EditorialFacts {
    std::optional<std::string> outlet;
    std::optional<std::string> url;
    std::optional<CivilDate> published;
    // Who gave `published`, as explanations name it: empty for sources.json; a caller that asks
    // the reader for the date (the page's "Your articles") puts e.g. "the reader". The date given
    // overrides whatever the article's text states or allows.
    std::string published_by = {};
};

struct SourceManifest {
    std::map<std::string, EditorialFacts, std::less<>> by_file;  // keyed by file name
};

// `manifest_name` names the manifest in problems (e.g. "articles/sources.json").
SourceManifest parse_source_manifest(std::string_view json, std::string_view manifest_name, Problems& problems);

// Where and why text fails to parse as JSON, in words a person editing the file can act on
// ("line 3, column 12: syntax error while parsing object - unexpected '}'"); "" if it parses.
std::string json_error(std::string_view json);

}  // namespace dateline
