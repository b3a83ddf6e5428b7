// Exports: a (corrected) timeline handed on in the forms other tools read.
//
//   TimelineJS3 JSON   {"title": slide, "events": [slide]}, a slide per shown event:
//                      {"start_date": {"year", "month", "day"}, "end_date": {...},
//                       "display_date": "week of 19 June 2017", "text": {"headline", "text"},
//                       "group": lane, "unique_id": event id, "autolink": false}
//   CSV                the columns of the TimelineJS sheet template, one row per shown event
//   Dateline JSON      the timeline document (timeline_json.h) with what edits add: per event
//                      "note" and "key", per article "text_hash" (to anchor edits), and "edits":
//                      {"applied", "hidden", "no_longer_found": [messages]}
//
// Dates keep what is known: a day is {year, month, day}; a month {year, month}; a year {year};
// a week, part of a month, quarter, season, half or part of a year, and a range of days are
// their first and last days, and every date that is not a day carries a "display_date"
// ("week of 19 June 2017", "Q3 2009", "2014") so it is not shown as a false exact day.
//
// Safety: TimelineJS reads a slide's headline and text (and the sheet's cells) as HTML, so every
// text that comes from an article, an edit or story settings is HTML-escaped (& < > " ' and also
// { }, so a template engine that a published file passes through never sees "{{"); the only
// markup is Dateline's own (<p>, <blockquote>, and <a> around a source's http(s) link from
// sources.json). Slides set "autolink": false, so no text of an article becomes a link. The JSON
// writes "</" as "<\/", so it can be inlined in a <script> element. A CSV cell starting with
// = + - @ tab or carriage return (a formula to a spreadsheet) starts instead with that
// character's HTML reference ("&#61;"): TimelineJS shows the same text, a spreadsheet shows no
// formula.
//
// Hidden events are not in the timeline after apply_edits, so no export shows them.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "edits.h"
#include "timeline.h"

namespace dateline {

// The lane an event is shown in (TimelineJS "group"); unset or empty: no group.
using LaneOf = std::function<std::string(const Event&)>;

struct ExportOptions {
    std::string title;        // the story's title: a title slide (or "title" row) when not empty
    std::string description;  // the story's description, on its title slide
    LaneOf lane;
    bool explain = false;     // Dateline JSON: each source's passage and why events were merged
};

// `timeline` is the corrected one (after apply_edits), `edits` what applying them gave (its
// marks are per event of `timeline`; empty when no edits were applied).
std::string timelinejs_json(const Timeline& timeline, const EditOutcome& edits, const ExportOptions& options);
std::string timelinejs_csv(const Timeline& timeline, const EditOutcome& edits, const ExportOptions& options);
std::string dateline_json(const Timeline& timeline, const EditOutcome& edits, const ExportOptions& options);

// The column headers of the TimelineJS sheet template, in its order (the current Google Sheets
// template has "Alt Text", the media's description, between Media Thumbnail and Type; TimelineJS
// reads the columns by header, so a sheet without it still loads). A row pasted into the template
// lands in the right columns only when the order is the same.
inline constexpr std::string_view kTimelineJsColumns[] = {
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date", "Headline",
    "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Alt Text", "Type", "Group", "Background"};

// Text as HTML text: & < > " ' { } become character references.
std::string escape_html(std::string_view text);
// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a leading
// formula character becomes its HTML reference (see above).
std::string csv_field(std::string_view text);

}  // namespace dateline
