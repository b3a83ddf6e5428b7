// Edits: an author's corrections to a timeline Dateline drafted, kept as a small JSON document
// beside the articles, so the draft becomes theirs and survives reading the articles again.
//
//   {"version": 1,
//    "edits": [
//      {"kind": "rename", "anchor": A, "headline": "Iraqi forces retake the Nuri mosque"},
//      {"kind": "redate", "anchor": A, "date": "2017-06-29"},   // or "2017-W26", "2017-06", "2017",
//                                                              // or a range "2017-06-01/2017-06-10"
//      {"kind": "hide",   "anchor": A},                        // "hidden": false shows it again
//      {"kind": "merge",  "anchor": A, "with": B},             // B's event joins A's
//      {"kind": "split",  "anchor": A, "headline": "..."},     // A's source becomes its own event
//                                                              // (alone already: only the headline)
//      {"kind": "note",   "anchor": A, "note": "Disputed by..."},  // "" removes the note
//      {"kind": "key",    "anchor": A, "key": true}]}          // false unmarks
//
//   an anchor: {"text_hash": "9b1c0e55d6a1f2a4", "file": "report.txt",
//               "start": 1204, "end": 1377, "quote": "Iraqi forces took the mosque on Thursday",
//               "dated_by": "on Thursday"}
//
// An edit is anchored to the passage that reports the event it changes, never to an event id:
// ids, dates and the grouping of reports can change when the articles are read again by a better
// extractor; the article's text and its passages do not. An anchor is the article's text (its
// clean text, FNV-1a 64-bit hash in 16 hex digits), the passage's offsets (UTF-8 byte offsets into
// the original file, half-open, as in the timeline document) and the passage's own words; and,
// optionally, the words of the time expression that dates the event ("dated_by"), because one
// sentence can report two events ("said on Monday that talks would resume, as in 2019").
//
// How an anchor finds its source (anchor_source), in order:
//   1. The article: the one whose clean text has `text_hash`; failing that (the article was
//      corrected since), the one with the same `file` name whose text still holds the quote.
//   2. The quote: its occurrence in that article nearest to `start` (the anchored place when the
//      file is unchanged; elsewhere when the offsets moved, e.g. line ends changed).
//   3. The source: the passage of an event read from that article that overlaps the quote most,
//      by at least half of the shorter of the two (a better extractor may cut the passage a
//      clause shorter or a sentence longer). Among those, one dated by the `dated_by` words
//      comes first, then the one overlapping most, then the one starting nearest.
// An edit whose anchor finds nothing is reported, with its quote ("no longer found: ..."),
// never dropped in silence. Edit positions are not checked against dates or ids at all.
//
// Edits apply in document order, each to the timeline the ones before it left (a rename after a
// merge renames the merged event). So an app keeps its undo/redo stack as this list (EditHistory):
// doing appends an edit, undo removes the last (kept for redo), and the timeline shown is always
// the drafted one with the list applied; undoing everything gives back the draft exactly.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "problem.h"
#include "timeline.h"

namespace dateline {

inline constexpr int kEditsDocumentVersion = 1;
// Bounds on what an edit may hold (a headline is a line; a note a few sentences).
inline constexpr size_t kLongestEditHeadline = 300;  // bytes
inline constexpr size_t kLongestEditNote = 2000;     // bytes
inline constexpr size_t kMostEdits = 100000;          // entries read from one document

// What an anchor points at: a passage of an article (see the top of this file).
struct Anchor {
    std::string text_hash;   // article_text_hash of the article's clean text
    std::string file;        // the article's file name (messages; the fallback of rule 1)
    uint64_t start = 0, end = 0;  // the passage in the original file, half-open byte offsets
    std::string quote;       // the passage's words (clean text)
    std::string dated_by;    // the words of the time expression dating the event, or empty
    friend bool operator==(const Anchor&, const Anchor&) = default;
};

// A date an author gives an event: a day, an ISO week, a month, a year, or a range of them.
struct EditDate {
    std::string written;  // as in the document: "2017-06-29", "2017-W26", "2017-06", "2017", "A/B"
    int64_t first_day = 0, last_day = 0;  // days since 1970-01-01, inclusive
    Precision precision = Precision::None;
    friend bool operator==(const EditDate&, const EditDate&) = default;
};
// Reads a date as written in an edit; nullopt when it is not one of the forms above, not a real
// date, or a range that ends before it starts.
std::optional<EditDate> parse_edit_date(std::string_view written);

enum class EditKind : uint8_t { Rename, Redate, Hide, Merge, Split, Note, Key };
std::string_view to_string(EditKind kind);  // "rename", "redate", "hide", "merge", "split", "note", "key"

struct Edit {
    EditKind kind = EditKind::Hide;
    Anchor anchor;               // the event changed (merge: the one that stays)
    std::optional<Anchor> with;  // merge: the event that joins it
    std::string text;            // rename and split: the headline (split: may be empty); note: the note
    EditDate date;               // redate
    bool key = true;             // key: mark (true) or unmark (false)
    bool hidden = true;          // hide: hide (true) or show again (false)
    friend bool operator==(const Edit&, const Edit&) = default;
};

// What edits give an event besides changing it.
struct EventMarks {
    std::string note;  // the author's note, or empty
    bool key = false;  // a key event: drawn larger, the first Play stops at
    friend bool operator==(const EventMarks&, const EventMarks&) = default;
};

// An edit whose anchor (or merge partner) no longer finds a passage.
struct StaleEdit {
    size_t edit = 0;      // index into the edits applied
    std::string message;  // "no longer found: rename to “…”: “quote…” in report.txt (why)"
};

struct EditOutcome {
    std::vector<EventMarks> marks;  // per event of the corrected Timeline::events, same order
    std::vector<Event> hidden;      // the events hidden, left out of Timeline::events
    std::vector<StaleEdit> stale;   // in the order of the edits
    size_t applied = 0;             // edits that found what they change
};

// Applies edits in order to a built timeline: its events are corrected in place (hidden ones
// moved out, the rest sorted by start then end as always). Keep a copy of the drafted events to
// apply another list later (undo). Never fails: an edit that finds nothing is in `stale`.
EditOutcome apply_edits(Timeline& timeline, const std::vector<Edit>& edits);

// ---------------------------------------------------------------------------------------------
// Anchors
// ---------------------------------------------------------------------------------------------

// FNV-1a 64-bit hash of an article's clean text, as 16 lower-case hex digits (the same on every
// machine and in wasm).
std::string article_text_hash(std::string_view clean_text);

// The anchor of one source of an event of `timeline` (what the app stores when the author edits).
Anchor anchor_of(const Timeline& timeline, const EventSource& source);

// Where an anchor points in `timeline`, or why it does not.
struct AnchorMatch {
    int event = -1;        // index into timeline.events
    int source = -1;       // index into that event's sources
    std::string missing;   // when not found: why, in a few words
};
AnchorMatch anchor_source(const Timeline& timeline, const Anchor& anchor);

// ---------------------------------------------------------------------------------------------
// The document
// ---------------------------------------------------------------------------------------------

struct EditsDocument {
    std::vector<Edit> edits;
    std::vector<size_t> entries;  // per edit: its entry number in the file (1-based), for messages
};

// Reads an edits document. `name` names it in problems ("edits.json"). A problem with the file
// (not JSON, at "line 3, column 12"; a newer version) or with an entry ("edits.json entry 4: has
// no \"anchor\"") is reported and skipped; every good entry is kept, including the entries
// complete before a syntax error.
EditsDocument parse_edits_document(std::string_view json, std::string_view name, Problems& problems);

// Writes a document parse_edits_document reads back to the same edits (two-space indented).
std::string edits_document_json(const std::vector<Edit>& edits);

// A one-line description of an edit for people: "rename to “Mosul retaken”", "hide".
std::string describe_edit(const Edit& edit);

// ---------------------------------------------------------------------------------------------
// Undo and redo
// ---------------------------------------------------------------------------------------------

// The edits an author made, in order, with the ones undone kept for redo. The timeline shown is
// the draft with edits() applied; a new edit after an undo forgets what was undone.
class EditHistory {
public:
    EditHistory() = default;
    explicit EditHistory(std::vector<Edit> edits) : done_(std::move(edits)) {}
    void push(Edit edit);
    bool undo();  // false when there is nothing to undo
    bool redo();  // false when there is nothing to redo
    bool can_undo() const { return !done_.empty(); }
    bool can_redo() const { return !undone_.empty(); }
    const std::vector<Edit>& edits() const { return done_; }

private:
    std::vector<Edit> done_;
    std::vector<Edit> undone_;  // most recently undone last
};

}  // namespace dateline
