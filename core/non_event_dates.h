// Dates that tell no happening, though they sit in a past sentence: a careful reader does not
// put these on a timeline.
// - a date of a landmark a record is measured from: "its biggest fall since the September 11,
//   2001, terrorist attacks";
// - the base a change is measured from: "a 2.99 percent decrease from the close of trading
//   Wednesday"; the year a record ranges over: "the second-biggest loss of 2007";
// - a date of an "as ... as" comparison: "the market had not fallen as quickly as it had in
//   October" (October is what today is measured against; "as early as 2005" still dates);
// - a date inside a speaker's words that are no past happening: "\"Today Apple is going to
//   reinvent the phone\"", "\"the GM equity today is largely uninvestable\"" (a quotation is an
//   event only where it tells what happened: "\"We lost $5 billion in March,\" he said").
#pragma once

#include "article_analysis.h"

namespace dateline {

// Is expression `e` of sentence `s` what an "as <word> as" comparison is measured against? Only
// when the second "as" stands at most a few words before the date, in the same clause, and the
// word is no time adverb ("as early as 2005", "as late as", "as soon as", "as long ago as").
bool is_as_comparison(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e);

// Is expression `e` the date of a landmark a record is measured from: "its biggest fall since the
// September 11, 2001, terrorist attacks", "the worst decline since the re-opening of the markets
// following the September 11th attacks"? "since" stands at most twelve words before the date, in
// the same clause, with only a noun phrase between (no verb: "since the bridges were destroyed on
// Monday" dates the destruction), and a record a few words before it ("biggest", "worst", "first
// time": "Since its 1967 debut, the 737 has ..." tells of the debut). ("since 2004" itself is a
// span's start, left out already.)
bool is_since_a_landmark(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e);

// Is expression `e` the base a change is measured from: "a 2.99 percent decrease from the close of
// trading Wednesday", "fell two percent from Monday's closing price"? The change happened later
// (that day's close is where it started), so the date dates nothing. "from" stands at most six
// words before the date, in the same clause, with only a noun phrase between (no verb) and a
// change right before it: a figure's unit ("percent", "points", "%") or a word of rising or
// falling ("decrease", "fell", "up", "having boosted from $5.8 billion in 2005"); or, with only
// a figure between "from" and the date (and "at", "in" or "on" right before it: "halve inflation
// from 10.7% at the end of 2022", "fallen back from a peak of 6.65% in October"), such a word
// (also "halve", "double", "cut", "reduce", "raise")
// up to sixteen words before "from", past an aside ("Net income rose to $9.24 billion, or $3.71 a
// share, from $680 million a year earlier").
// Not a span ("from Monday to Friday"), nor a move away from a place ("withdrew from the city on
// Monday": no change word before "from").
bool is_change_baseline(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e);

// Is expression `e` a day declared to be something: "declared Monday a national day of
// mourning", "named Friday a public holiday", "designated March 8 as Women's Day"? The day is
// what was declared, not when: "declared", "named", "designated", "proclaimed" or "made" right
// before the date (no preposition between, no passive: "was named Monday as coach" is Monday's)
// and "a", "an" or "as" right after it.
bool is_declared_day(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e);

// Is expression `e` the date of an earlier occasion a happening is likened to: "limped off in the
// first half, as he did in the 2021 final", "matching Manchester United's achievement in 1999"?
// The likeness tells nothing new of that date. "as" and a subject of at most three words, then
// "did", "had", "was" or "were" right before the date's preposition; or "matching", "equalling",
// "emulating" or "repeating" at most six words before the date with no verb or comma between.
bool is_likened_occasion(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e);

// Is expression `e` the date of a previous record a figure is measured against: "more than double
// the previous record set in 1989", "above the old high of 6.7% in October 2022"? Today's figure
// is the news; the old record's date is what it is measured against. A record's noun ("record",
// "high", "low", "peak") right after "previous", "prior", "old", "former" or "earlier" (an
// "all-time" between) at most ten words before the date, in the same clause, with no verb between
// but the record's own ("set", "established", "reached", "recorded"). Not "set a record in
// 1989", "hit a record high in March": records of their own, which happened then.
bool is_previous_record(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e);

// Is expression `e` a year a superlative ranges over: "marking the second-biggest loss of 2007"?
// The year is the span the record is counted within, not the happening's date: a careful reader
// dates the loss by its context (the day's session), not as "some time in 2007". "of" right
// before the year, a superlative ("biggest", "worst", "best") at most six words before it, in the
// same clause. Not "its first loss of 2008" (a loss in 2008), nor "in 2008" ("the worst day in
// 2008" may be read either way).
bool is_record_period(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e);

// Is expression `e` inside quotation marks of sentence `s`, with the quoted clause around it not
// in the past tense (a present state, a plan, a forecast)? A sentence that opens no quotation
// before the date but closes one after it (',"' then the speaker) continues a quotation opened
// in an earlier sentence: the date is inside it.
bool is_quoted_non_happening(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e);

// Is expression `e` a bare year used as a modifier of a noun: "violated the 1991 agreement", "its
// 2004 settlement"? The year dates the noun (when the agreement was made), not the happening the
// sentence tells: beside another date of that sentence ("The suit, filed in September 2003, claims
// that the company violated the 1991 agreement") it dates nothing (events.cpp). A four-digit year
// alone, with no preposition, after "the", "a", "its", "their", "his", "her", "this", "that" or a
// possessive "'s", before a lower-case word.
bool is_year_of_a_noun(const ArticleAnalysis& a, const TimeExpression& e);

// Is expression `e` the time of a habit: "It typically forms in August", "The council usually
// meets in March"? What is told happens every year, not once then. An adverb of habit
// ("typically", "usually", "normally", "generally", "always", "routinely", "regularly",
// "traditionally", "customarily") at most ten words before the date in its sentence, with no
// semicolon or colon between.
bool is_habit(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e);

// Is expression `e` a year that names a level measured then: "recover to 1980 levels", "below
// 2019 highs", "in 2010 dollars"? What is told is measured against that year; nothing happened in
// it. A year right before a noun of level ("level(s)", "high(s)", "low(s)", "peak(s)", "prices",
// "rates", "values", "figures", "dollars"). Not "the 2019 final" (an event the year dates).
bool is_year_of_a_level(const ArticleAnalysis& a, const TimeExpression& e);

// Is expression `e` the deadline of an intention: "had promised in January to halve inflation by
// the end of the year", "vowed to finish the bridge by 2025", "a goal of eliminating the deficit
// in 2024"? The date is when something was meant to happen, not when anything did. The date
// comes after "to" and its verb (or "of" and an "-ing" form), which follow, within six words, a
// verb or noun of intending ("promised", "pledged", "vowed", "planned", "aimed", "hoped",
// "wanted", "intended", "agreed", "threatened", "sought", "goal", "target", "plan", "pledge",
// "promise", "aim"), with no other verb between ("a plan to rescue the carmakers failed to pass
// the Senate on Monday" is a happening); in one clause (no comma, semicolon or colon between).
// The promise's own date ("promised in January to ...") comes before the "to" and stays.
bool is_deadline_of_an_intention(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e);

// Is expression `e` the current year, quarter or month a state is told in: "It is Ford's third
// large recall this year", "Inflation is 4.6% this month"? A verb in the present ("is", "are",
// not before a participle or an "-ing" form: "is recalling" is a happening) is the clause's
// nearest verb before the date: a count or a level as of now, no happening of the period.
// "this year", "this month", "this quarter".
bool is_state_in_the_current_period(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e);

// Is expression `e` a model year: "some 2019-2022 Explorer and Lincoln Aviator SUVs", "2015
// Ford F-150 pickups", "the 2020 model year"? The year names the make of a product, not a time
// anything happened. A four-digit year (alone, or ending a year-to-year range "2019-2022") right
// before "model year(s)", or before at most five words of a name (capitalised words, numbers,
// hyphens, "and") that end in a noun of vehicles ("vehicles", "cars", "SUVs", "trucks",
// "pickups", "models", "sedans", "vans", "minivans", "motorcycles", "buses"). Not "the 2022 World
// Cup" (an event the year dates).
bool is_model_year(const ArticleAnalysis& a, const TimeExpression& e);

// Is expression `e` a possessive that dates a noun: "this year's conference", "today's
// activities", "Tuesday's attack"? The time is the noun's; beside another date of the sentence
// ("Yesterday, at this year's Developers Conference, Jobs unveiled the phone"; "today's
// activities were related to the takeover on Tuesday") it dates nothing (events.cpp). The
// expression is followed by "'s" (or "’s").
bool is_possessive_time(const ArticleAnalysis& a, const TimeExpression& e);

// Is expression `e` a holiday naming a season of trade, not its day: "the Christmas and New Year
// sales period", "successful Christmas sales", "the Christmas shopping season"? Sales told of it
// span weeks around the holiday, so the day dates nothing. The holiday's name, then (past "and New
// Year" or "holiday") a noun of such a season: sales, season, period, shopping, rush, trading,
// quarter, spending.
bool is_holiday_season(const ArticleAnalysis& a, const TimeExpression& e);

// Is expression `e` the year in a law's name: "the Gold Reserve Act of 1934", "the Civil Rights
// Act of 1964"? The name cites the law; the sentence tells no happening of that year. A year
// after "of" after "Act" (capitalised).
bool is_year_in_a_laws_name(const ArticleAnalysis& a, const TimeExpression& e);

// Is expression `e` the time a state was measured at: "as of January 2008, Apple's iTunes held 19
// percent of the market", "as of February, the store accounts for 70% of sales"? "As of" says when
// a state held, not that anything happened then. The state: the clause's verb (the first verb
// after the date within a few words, else the last before it) is one of having or being ("holds",
// "held", "accounts", "stood", "owns", "remains", "totals", "has", "was") with no participle after
// it. "As of 14:48 UTC, the FTSE dropped 6%" (a change) and "As of Friday, 120 people had died"
// (a perfect of a happening) still date their events. So does "at the end of", where a balance is
// struck: "Ford had a $34.3 billion debt at the end of 2009", "At the end of last year, the maker
// had just over 54,000 employees" (a state); "At the end of 2008, it was forced to close plants"
// still dates.
bool is_state_as_of(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e);

// Is expression `e` the subject of a copula that tells what the time was: "2009 was a pivotal
// year for Ford", "Friday is the deadline for bids", "Tuesday was another bad day for stocks"? A
// judgement of the time or a statement about it, no happening: nothing is dated by it. The
// expression opens its clause (the sentence, a quotation, or a clause after a comma) with no
// preposition of its own, and "was", "is", "were", "will be" or "has been" follows, then a noun
// phrase ("a", "an", "the", "another", "one", a possessive, an adjective before a noun: "2008 was
// a year", "Monday was its worst day"). Not "Sunday was chosen as its date" (a participle: the
// choice is a happening), nor "In 2009 was ..." (a preposition), nor "2007 was the year of the
// iPhone" (the time named by what happened in it).
bool is_time_as_subject(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e);

}  // namespace dateline
