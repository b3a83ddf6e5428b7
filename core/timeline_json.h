// Timeline document: the JSON form of a Timeline, version 1, as `dateline extract` prints it and
// the browser app reads it. Keys are written in a fixed order so the output is byte-identical
// across runs and machines.
//
//   {"version": 1,
//    "articles": [{"id", "file", "title", "outlet", "url", "published", "published_from", "bytes"}],
//    "events": []}
//
// Unknown values are null; "published" is "YYYY-MM-DD"; "published_from" is "sources" or "text".
#pragma once

#include <string>

#include "timeline.h"

namespace dateline {

inline constexpr int kTimelineDocumentVersion = 1;

// Indented with two spaces when `pretty`, one line otherwise; always ends without a newline.
std::string timeline_document_json(const Timeline& timeline, bool pretty = true);

}  // namespace dateline
