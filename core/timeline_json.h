// Timeline document: the JSON form of a Timeline, version 1, as `dateline extract` prints it and
// the browser app reads it. Keys are written in a fixed order so the output is byte-identical
// across runs and machines.
//
//   {"version": 1,
//    "articles": [{"id", "file", "title", "outlet", "url", "published", "published_from", "published_how",
//                  "published_evidence", "published_window": {"from", "to"} | null, "bytes", "byline", "dateline"}],
//    "events": [{"id", "start", "end", "precision", ["give_or_take_days",] "title", "places": [], "actors": [],
//                "sources": [{"article", "start", "end", "timex": {"text", "start", "end", "value"}, "how"}]}],
//    "figures": [{"id", "counts", "place", "agree", "values": [{"article", "start", "end", "text", "low", "high"}]}]}
//
// "figures" holds counted figures reported more than once about the same thing and place
// (figures.h), disagreeing ones side by side ("agree": false). Unknown values are null; dates are "YYYY-MM-DD"; "published_from" is "sources", "text" or "inferred"
// (publication_date.h; an inferred window leaves "published" null and fills "published_window").
// "give_or_take_days" is only on an approximate day ("a week ago": "start" = "end", off by up to
// that many days either way).
// Offsets are UTF-8 byte offsets into the original files, half-open. With `explain`, each source
// also carries its "passage" text and each merged event the reasons it was merged ("merged").
#pragma once

#include <string>

#include "timeline.h"

namespace dateline {

inline constexpr int kTimelineDocumentVersion = 1;

// Indented with two spaces when `pretty`, one line otherwise; always ends without a newline.
std::string timeline_document_json(const Timeline& timeline, bool pretty = true, bool explain = false);

}  // namespace dateline
