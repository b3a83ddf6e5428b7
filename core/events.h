// Events: what happened, was said or was declared, when, where and by whom, and the exact
// passages that report it.
//
// An event comes from a sentence of an article's body (or standfirst) that holds a date
// resolved to a concrete interval on or before publication: "Iraqi forces launched the battle
// for Mosul on October 17". Where a sentence holds several such dates ("...declared the caliphate
// in 2014 and which fighters blew up a week ago"), each date's clause is an event. Durations,
// sets, vague references ("recently"), dates after publication (plans) and "since" dates
// (states that last) anchor nothing. A sentence that only continues an event ("At least 15
// people died in the attack.") joins that event's passage instead of becoming an undated event.
//
// extract_events works on one article; event_merging.h then joins reports of the same event
// across articles.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "article.h"
#include "article_analysis.h"
#include "figures.h"
#include "gazetteer.h"
#include "time_expression.h"

namespace dateline {

// One article's report of an event: the passage (a sentence or clause, maybe followed by the
// sentences that continue it) and the time expression that dates it.
struct EventSource {
    uint32_t article = 0;          // index into Timeline::articles
    uint32_t start = 0, end = 0;   // the passage: clean-text byte offsets of that article
    uint32_t clause_start = 0, clause_end = 0;  // the reporting sentence or clause within it
    uint32_t timex_start = 0, timex_end = 0;    // the dating expression (clean text)
    uint32_t timex = 0;            // that expression: Timeline::timexes[article][timex] (value, how)
    int64_t first_day = 0, last_day = 0;
    Precision precision = Precision::None;
};

struct Event {
    std::string id;  // stable across runs and machines (deep links use it)
    int64_t first_day = 0, last_day = 0;  // days since 1970-01-01, inclusive
    Precision precision = Precision::None;
    int give_or_take_days = 0;          // an approximate day ("a week ago"): off by up to this many days either way
    std::string title;                  // a short headline of its own
    std::vector<uint32_t> places;       // Gazetteer::places() indices, in order of mention
    std::vector<uint32_t> actors;       // Gazetteer::actors() indices
    std::vector<EventSource> sources;   // at least one; several when articles agree
};

// What a clause says, in the form event merging compares (event_merging.h).
struct MergeEvidence {
    std::vector<uint64_t> terms;     // sorted hashes of the clause's word stems, without dates and common words
    std::vector<std::string> verbs;  // verb classes ("capture", "declare"...), main verb first
    int title_quality = 0;           // how well the headline stands alone; merging keeps the best
    std::vector<uint64_t> names;     // sorted hashes (as terms) of its proper names: capitalised words not opening a sentence
    bool news_without_date = false;  // dated to the day of publication only as news told without a date (TimeExpression)
    bool further_happening = false;  // "a second quake", "another attack": one more of a kind told (tells_a_further_happening)
};

// What extraction keeps of an article besides its events: its time expressions (for display)
// and, per event in the same order, the evidence merging compares.
struct ArticleReading {
    std::vector<TimeExpression> timexes;
    std::vector<Event> events;
    std::vector<MergeEvidence> evidence;
    std::vector<FigureMention> figures;  // counted figures of its body (figures.h)
    uint32_t sentence_pieces = 0;        // pieces of over-long sentences read (sentences.h)
    uint32_t events_left_out = 0;        // dated events past kMostEventsPerArticle
    uint32_t expressions_too_long = 0;   // time expressions past kLongestTimeExpressionTokens
};

// A bound on what one article can put on the timeline. A chronology of a whole war holds a few
// hundred dated events; past this, the rest of the article's events are left out (and counted).
inline constexpr uint32_t kMostEventsPerArticle = 2000;

ArticleReading read_events(const Article& article, uint32_t article_index, const Gazetteer& gazetteer);

// A stable event id from what identifies its first report (and its time expression's value); a
// second event of the same sentence and date (`second_part`) also by where its clause starts.
std::string event_id(const Article& article, const EventSource& source, std::string_view timex_value,
                     bool second_part = false);

// What merging compares of the clause in tokens [first, end) of an analysed article (its dates
// left out): the stems of its words ("bail out", "bailed out" and "bailout" one term; rule
// `phrasal_term`), and its verb classes, main verb first (an approval that failed, "failed to pass
// the Senate", is a rejection; rule `negated_approval`; "fell 3 percent" is a price's move, no
// capture; rule `price_move`; a verb with its particle takes the class the lexicon gives the two,
// "stepped down" a resignation, rule `phrasal_verb_class`), and its proper names ("Jobs", as
// terms), and whether it tells a further happening (tells_a_further_happening). title_quality
// and news_without_date are left to the caller.
MergeEvidence evidence_of_clause(const ArticleAnalysis& article, uint32_t first, uint32_t end);

// "A second large quake struck the region", "Another attack hit the market", "a fresh strike":
// does the clause in tokens [first, end) tell one more happening of a kind it names ("another",
// or "a second" ... "a fifth", "a new", "a fresh", "a further", up to two words before a
// happening's noun)? Such a clause is not the first one told, whatever words they share.
bool tells_a_further_happening(const ArticleAnalysis& article, uint32_t first, uint32_t end);

// The verb class of a lower-case word ("captured" -> "capture"), or empty; and whether a word is
// a verb of saying or a common word (both from assets/lexicons/event_words.txt).
std::string_view verb_class(std::string_view lower_word);
bool is_report_verb(std::string_view lower_word);
bool is_saying_verb(std::string_view lower_word);  // takes what was said without "that" ("said the SDF took")
bool is_stop_word(std::string_view lower_word);
bool is_event_noun(std::string_view lower_word);

}  // namespace dateline
