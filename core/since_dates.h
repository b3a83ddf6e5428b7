// What a "since DATE" tells a careful reader. A date after "since" is not when the sentence's
// verb happened, so it anchors no event by itself (events.cpp), but three shapes of sentence do
// date one:
// - a state that began on the date: "Boeing had been suspended since July 24, 2003" (the
//   suspension happened on 24 July 2003), "the road has been closed since Monday", and an
//   activity: "has been attempting to take over Aer Lingus since December";
// - a change measured from the date up to now: "The Dow has fallen almost 15% since the start of
//   this year" (the fall spans 1 January to the day of publication);
// - an opening "since" phrase framing a present perfect: "Since December GM and Chrysler have
//   received US$17.4 billion in loans" (from December up to the day of publication).
// A fourth shape dates the happening told after the date: "the strongest since 1939, when an
// earthquake killed 33,000 people" (when_clause_of_since_date); so does a "when" clause after a
// date told of a state: "was in turmoil a year ago, when 15 players quit" (told_of_a_state).
// Everything else after "since" stays no event: "lows not seen since 1982", "Japan has not been
// in recession since 2001", "106 people have died since December" (a count, not one happening).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

#include "article_analysis.h"
#include "calendar.h"

namespace dateline {

enum class SinceReading : uint8_t {
    None,               // no event dated by it
    StateBegan,         // the state began on the date: the event is the date itself
    ChangeToPublication  // a change from the date to the day of publication: the span
};

// "has/have/had been <participle> since DATE" (adverbs such as "already", "effectively" between),
// not negated: the participle's action ("suspended", "closed", "held") happened on the date.
// Token `since` is the "since" before the expression.
bool state_began_on_since_date(const ArticleAnalysis& a, const Sentence& s, uint32_t since);

// "has/have/had been <verb>-ing ... since DATE" (at most eight words from the "-ing" form to
// "since", in one clause), not negated: an activity that began on the date and goes on ("Ryanair
// has been attempting to take over Aer Lingus since December", "Jobs has been fighting
// pancreatic cancer since 2004"): the attempt began in December. Read as a state that began.
bool activity_began_on_since_date(const ArticleAnalysis& a, const Sentence& s, uint32_t since);

// "has/have <change verb> ... since DATE" in the present perfect, not negated, with the verb at
// most a few words before "since" ("has fallen almost fifteen percent since"): a change of a
// value (fallen, risen, lost, gained, dropped, climbed, doubled...) measured up to now.
bool change_spans_to_publication(const ArticleAnalysis& a, const Sentence& s, uint32_t since);

// "Since December GM and Chrysler have received US$17.4 billion in loans": a "since" phrase that
// opens the sentence frames the whole clause after it, and a present perfect there (not negated,
// not "has been") tells what has happened from the date up to now: a span to publication, as a
// change is. A month without a year is the latest one before publication (the tagger's reading).
// Only the opening phrase: "106 people have died since December" (after the verb) stays a count.
bool opening_since_frames_present_perfect(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e);

// "The quake was the strongest since 1939, when an earthquake killed 33,000 people": a "when"
// clause right after the "since" date (after its comma) tells what happened on the date. The
// tokens of that clause, from the word after "when" to the sentence's end (or its next ';' or
// ':'), when a verb in the simple past is among them; nullopt otherwise. Not inside quotation marks.
std::optional<std::pair<uint32_t, uint32_t>> when_clause_of_since_date(const ArticleAnalysis& a, const Sentence& s,
                                                                       const TimeExpression& e);

// The same "when" clause after any date of a sentence ("breaking a record set in 1941, when it
// reached 4.76 metres"), whatever its signal: the tokens from the word after "when" to the
// sentence's end (or its next ';' or ':'), when the date is followed by a comma and "when", a verb
// in the simple past is among them and no date of their own; nullopt otherwise. Not inside quotation
// marks. Whether the clause or the sentence's main clause is the date's event is the caller's to say.
std::optional<std::pair<uint32_t, uint32_t>> when_clause_after_date(const ArticleAnalysis& a, const Sentence& s,
                                                                    const TimeExpression& e);

// Is expression `e` told of a state, so that a "when" clause after it (when_clause_after_date) is
// what happened then: "a team that was in turmoil a year ago, when 15 players quit"? The verb
// nearest before the date in its clause (no comma between) is a copula ("was", "were", "is",
// "are") not followed by a participle or an "-ing" form ("was arrested a year ago, when ..." is a
// happening of its own).
bool told_of_a_state(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e);

// How a "since" expression of sentence `s` dates an event, by the three rules above. Only a dated
// date of a year or finer, not inside quotation marks.
SinceReading read_since(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e);

// The expression an event of such a sentence is dated by: for StateBegan the date itself, for
// ChangeToPublication the span from its first day to the day of publication (value
// "START/END"); its `how` says which rule read it. nullopt when the reading needs the
// publication date and there is none, or the date lies after it.
std::optional<TimeExpression> since_expression(const TimeExpression& e, SinceReading reading, std::optional<CivilDate> published);

// "Its fighters have since captured two districts": "since" as an adverb, in a present perfect
// ("has/have since <participle>"), counts from the date of the sentence before ("The SDF broke
// into Raqqa on June 6") up to now. Returns the token of "since", or nullopt.
std::optional<uint32_t> since_then_at(const ArticleAnalysis& a, const Sentence& s);

// The span such a sentence is dated by: from the first day of `previous` (the last date of the
// sentence before) to the day of publication; nullopt without a publication date, or when
// `previous` is no day or lies after publication.
std::optional<TimeExpression> since_then_expression(const ArticleAnalysis& a, uint32_t since, const TimeExpression& previous,
                                                    std::optional<CivilDate> published);

// "in the two weeks since the operations began", "in the 10 days since the vote was held": a
// duration counted back from publication to a happening told after "since" in the simple past.
// A careful reader dates the happening that long before publication, as finely as the duration's
// unit: the week (Monday to Sunday) holding the day so many weeks before, that day for days, that
// month for months, that year for years. Only a counted duration ("two weeks", not "weeks") after
// "the", with "since" right after it and a simple past (or "was"/"were" and a participle)
// within eight words. Returns the
// expression (at the verb), or nullopt, also without a publication date.
std::optional<TimeExpression> duration_since_expression(const ArticleAnalysis& a, const Sentence& s,
                                                        std::optional<CivilDate> published);

// "Mac OS X Lion was announced at a different Apple event several months ago": an unnumbered
// count of units before publication ("a few days ago", "several weeks ago", "some months ago",
// "years ago"; the tagger's PAST_REF) is no day, but a careful reader still places it: more than
// one unit back and less than the next larger unit (a few days ago: 2 to 7 days before; weeks: 2
// to 8 weeks; months: 2 to 12 months; years: 2 to 10 years), a range, said to be inferred.
// Returns that expression for a PAST_REF expression `e` with a unit, or nullopt (also without a
// publication date). "less than two weeks ago" (is_less_than_ago) is read here too: at most that
// long before publication, the range from then to the day of publication.
// Is `e` a count of units before publication after "less than" ("less than two weeks ago"; the
// tagger's expression is "two weeks ago", its TIMEX value that day)? No day: events.cpp reads it
// as a range (some_time_ago_expression), not an anchor. ("nearly two weeks ago" is about a day.)
bool is_less_than_ago(const ArticleAnalysis& a, const TimeExpression& e);

std::optional<TimeExpression> some_time_ago_expression(const ArticleAnalysis& a, const TimeExpression& e,
                                                       std::optional<CivilDate> published);

// "In the past three days, the DJIA has lost 631 points": a count of days (or weeks) after "the
// past" or "the last", framing a happening told as past, is the span those days make up to
// publication: the three days before the day of publication (told on Friday 7 May: 4 to 6 May),
// a range, not a day; a count of months or years ("In the past year, the index has lost three
// quarters of its value") reaches from the same day that far back to the day of publication.
// Only a counted duration ("three days", not "days"), and a present perfect
// or a simple past told as fact in the sentence ("fell over 2,000 points in the past nine days";
// not "will", not a plan). Returns the expression (at the duration), or nullopt, also without a
// publication date.
std::optional<TimeExpression> past_days_span_expression(const ArticleAnalysis& a, const Sentence& s,
                                                        std::optional<CivilDate> published);

// The "-ing" form of a present perfect progressive ("have been falling", "has been shipping";
// adverbs between, not negated, not in quotation marks) in tokens [first, end), or nullopt.
std::optional<uint32_t> perfect_progressive_at(const ArticleAnalysis& a, uint32_t first, uint32_t end);

// "Tiger has been shipping for more than a week now", "The protesters have been camped ... for
// three days": an activity told in the present perfect progressive with how long it has gone on
// began that long before publication. The beginning is the event: a day for a count of days
// ("for three days": three days before), the unit's width around it for weeks, months and years,
// and for "more than"/"over" N units the span between N and N + 1 units before ("more than a week"
// told on 7 May: 23 to 30 April). "for the last six days" is a span of its own
// (past_days_span_expression). Only "for" right before the count (or "more than", "over",
// "about", "nearly"), the "-ing" form within eight words before "for", in one clause. Returns the
// expression (at the duration), or nullopt, also without a publication date.
std::optional<TimeExpression> activity_began_for_duration_expression(const ArticleAnalysis& a, const Sentence& s,
                                                                    std::optional<CivilDate> published);

}  // namespace dateline
