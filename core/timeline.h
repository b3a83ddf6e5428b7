// Timeline: the document Dateline builds from a set of articles. It holds the articles read,
// the events found in them, the figures they report and every problem met on the way.
// This is the core's front door: the command-line tool and the browser app both build one from
// ArticleInputs and only query it afterwards. Building reads each article (article.h), reads
// its events (events.h) and joins the reports of the same event across articles
// (event_merging.h).
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "article.h"
#include "event_merging.h"
#include "events.h"
#include "gazetteer.h"
#include "problem.h"
#include "source_manifest.h"
#include "time_expression.h"

namespace dateline {

// One article as handed to the core: its bytes, and the editorial facts about it if any.
struct ArticleInput {
    std::string file;   // the file name, as sources.json names it
    std::string label;  // how problems name it (the path the user gave, say)
    std::string bytes;  // all of the file, or its first kLargestArticleBytes
    std::optional<EditorialFacts> facts;
    uint64_t full_size = 0;  // the file's size when `bytes` holds only its beginning (else 0)
};

// The most one article may hold, in bytes (a long news article is 50 KB; a whole novel, 3 MB).
// Reading costs time and memory in proportion (natively about 0.09 s and 15 MB of memory per MB
// of text). The page reads an article within one frame, so this bounds how long the page can
// stop: a 3 MB line takes 0.35 s in Chromium here, so a slow classroom laptop stays near a
// second. A news article is rarely over 100 KB. Past this, only the beginning is read, ended at
// a line break, and said so.
inline constexpr size_t kLargestArticleBytes = 4u * 1024u * 1024u;

struct Timeline {
    std::vector<Article> articles;                   // in input order
    std::vector<std::string> labels;                 // per article: how problems name it (its path)
    std::vector<std::vector<TimeExpression>> timexes;  // per article: every time expression it holds
    std::vector<Event> events;                       // sorted by start, then end
    std::vector<MergeNote> merge_notes;              // why events with several sources were joined
    std::vector<FigureGroup> figures;                // counted figures reported more than once
    Problems problems;                               // in the order met
    const Gazetteer* gazetteer = nullptr;            // names of places and actors
};

// A bound on the whole timeline (the page stays responsive and within memory well past it):
// articles read once it is full keep their text, but their events are left out, and said so.
inline constexpr size_t kMostEvents = 200000;

// Builds the timeline. `problems` met earlier (while gathering inputs) are carried in first.
// Inputs that are not article text (empty, binary) are skipped with a problem; all others are read.
Timeline build_timeline(std::vector<ArticleInput> inputs, Problems problems = {});

// The same, one article at a time, for callers that show progress or must stay responsive (the
// page reads added files between frames): add() reads one article and its events, a bounded
// amount of work; finish() joins the reports of the same event and groups the figures.
class TimelineBuilder {
public:
    explicit TimelineBuilder(Problems problems = {});
    void add(ArticleInput input);
    size_t inputs_seen() const { return inputs_seen_; }
    size_t events_read() const { return events_.size(); }
    size_t articles_read() const { return t_.articles.size(); }
    Timeline finish();  // the builder is empty again afterwards

private:
    Timeline t_;
    size_t inputs_seen_ = 0;
    std::set<std::string, std::less<>> ids_;
    std::unordered_map<uint64_t, uint32_t> texts_;  // a hash of each article's clean text -> its index
    std::vector<Event> events_;
    std::vector<MergeEvidence> evidence_;
    std::vector<FigureMention> figures_;
};

// ---------------------------------------------------------------------------------------------
// Queries (what the app asks of a built timeline)
// ---------------------------------------------------------------------------------------------

// The lanes of the events come from the story's settings: lanes_of() in story.h.

// The time expression that dates a source (its value, and how it was derived).
inline const TimeExpression& source_timex(const Timeline& t, const EventSource& s) { return t.timexes[s.article][s.timex]; }

// The event with this id, or -1.
int find_event(const Timeline& timeline, std::string_view id);

// The current event at a day: the latest starting on or before it (-1 before the first).
int event_at(const Timeline& timeline, int64_t day);

// Does the event match every word of `query` (case-insensitive) in its headline, places,
// actors, outlets or passages? An empty query matches everything.
bool event_matches(const Timeline& timeline, const Event& event, std::string_view query);

// An event's date in words as a reader should take it: describe_interval's words, and for an
// approximate day ("a week ago") "about" and how far off it may be ("about 23 June 2017, give or
// take 3 days"), so no view, export or page shows a guess as an exact day.
std::string event_date_words(const Event& event);

// A citation of one source: outlet, title, date, link.
std::string citation(const Timeline& timeline, const Event& event, size_t source);

// Why these bytes cannot be an article ("is empty", "looks like a PNG image, not text"), or
// empty when they can.
std::string why_not_article_text(std::string_view bytes);

}  // namespace dateline
