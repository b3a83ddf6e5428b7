// Dates carried from the sentence before. News tells one episode in several sentences and dates
// it once: "Ford's sales dropped 42% last month. General Motors reported a 49% decline." A careful
// reader dates the second sentence as the first: it tells, in the simple past and with a subject of
// its own, another happening of the episode the sentence before dated; so does one opening with
// "Hours later," or "Later that day,". The date is inferred, never stated, and the event's `how`
// says so.
//
// Only the sentence right after a dated event is read this way (events.cpp checks that, and
// that its date is a day or a month: "in 2014" spans too much to carry), and only when it has
// no date or time of its own (a duration, "failed after thirty minutes", is none), is no
// question, does not open inside a quotation, and its verb is no verb of saying or judging
// ("said", "warned", "described"): sayings are someone's words, told beside the episode, not
// part of it. The opening "Hours later," only lets the verb be found after it; a sentence it
// opens is read by the same rules.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "article_analysis.h"
#include "time_words.h"

namespace dateline {

// "Hours later,", "Minutes later,", "Later that day,", "Shortly afterwards,", "Soon after,":
// an opening that puts the sentence on the same day as the sentence before. Returns the token
// after the opening (and its comma), or nullopt.
std::optional<uint32_t> same_day_opening(const ArticleAnalysis& a, const Sentence& s);

// "Throughout the morning,", "During the afternoon,", "By the evening,", "That night,": an opening
// that names a part of a day with "the" or "that", which refers back to the day the article last
// dated ("On the morning of Sept. 21, ... Throughout the morning, Iraqi forces cleared 11
// villages"): a careful reader dates the sentence to that day, however coarse the dates between
// ("in early 2014" has no morning), within five sentences of it (events.cpp). Returns the token
// after the opening's comma, or nullopt.
// events.cpp uses it (and tells_the_close_of_trading) only within a few sentences of a date of a
// day, for a sentence with a happening of its own (episode_verb_at).
std::optional<uint32_t> part_of_day_opening(const ArticleAnalysis& a, const Sentence& s);

// "by the closing bell", "at the close", "at the close of trading": the end of a market's
// session, which refers back to the day of the session the article last dated ("Stocks rose on
// Friday ... The S&P 500 gained eight points by the closing bell"). Not "the close of the
// conference": only a close of trading or business.
bool tells_the_close_of_trading(const ArticleAnalysis& a, const Sentence& s);

// "over the course of the week", "during the week", "throughout the week", "over the week": with
// no date of its own, the week the article last dated a day in, from its Monday up to that day
// ("Stocks rose on Friday ... The Dow gained 3% over the course of the week": Monday to Friday).
// Not "the week of 19 June", "the week before", "the week's": dates or other weeks. Returns the
// token of "week", or nullopt.
std::optional<uint32_t> the_week_told_before(const ArticleAnalysis& a, const Sentence& s);

// Does an undated sentence refer to a day the article dated before: a part of the day opening it
// (part_of_day_opening), the close of trading (tells_the_close_of_trading) or that day's week
// (the_week_told_before)?
bool refers_to_the_day_dated_before(const ArticleAnalysis& a, const Sentence& s);

// The verb that makes an undated sentence another happening of the episode the sentence before
// dated: its first simple past told as fact with a subject before it ("General Motors reported",
// "The UAW refused"), not a verb of saying or judging, not negated ("did not", "was not"), in a
// sentence with no date or time expression, no question, no opening quotation mark, nor a time
// told against something else (told_against_another_time). Returns the verb's token, or nullopt.
std::optional<uint32_t> episode_verb_at(const ArticleAnalysis& a, const Sentence& s);

// Does an undated sentence tell its time against something else than the episode before it: a
// time counted from another happening ("The ruling came a day after the court ended affirmative
// action") or a span of weeks or more ("The fossils took years to prepare")?
bool told_against_another_time(const ArticleAnalysis& a, const Sentence& s);

// Does the sentence name the happening the sentence before told, as a noun after "the", "this",
// "that" or "its" ("The town opened its library on 14 March. Hundreds came to the opening.")?
// Then it tells more of that happening, no other: no event of its own.
bool names_the_happening_before(const ArticleAnalysis& a, const Sentence& s, const Sentence& before);

// "Stock markets fell on the news", "Shares rose after the announcement": a reaction to the news
// the article leads with, which a careful reader dates as that news, however many sentences
// came between. Does the sentence hold "on/after/following the news" or "on/after/following the
// announcement" ("on news of" and "in reaction to the news" too), or the report itself named
// alone: "after the data", "on the figures", "following the results", "after the decision",
// "ruling", "verdict", "statement", "report" (not "the report of an attack": another happening)?
bool reacts_to_the_news(const ArticleAnalysis& a, const Sentence& s);

// "Apple also demonstrated Snow Leopard", "The price has also been reduced to $199": an undated
// sentence that adds, with "also" before its verb, another happening to the news the article
// leads with ("Apple today announced the iPhone 3GS"): a careful reader dates it as that news.
// The verb is a present perfect told as fact, or a simple past whose subject names someone the
// lead names (the same occasion: "Apple ... Apple also"; "He also served as governor" after "Smith
// died today" is no part of it), or "He"/"She" with a verb of announcing ("He also announced that
// QuickTime 7 would be available": news made known at the lead's occasion); no verb of saying or
// judging, no date, no question, no quotation. Returns the verb's token (the perfect's "has"/"have"), or nullopt.
std::optional<uint32_t> adds_to_the_news_at(const ArticleAnalysis& a, const Sentence& s, const Sentence& lead);

// The expression that dates such a sentence: its verb, valued as the dating expression of the
// sentence before (`before`; for a `reaction`, the lead's news), its `how` saying the date is
// carried from it and inferred.
TimeExpression carried_expression(const ArticleAnalysis& a, uint32_t verb_token, const TimeExpression& before,
                                  bool reaction = false);

// "But west of Raqqa, the Syrian army drove the group from its last territory, a military source
// said": an undated happening in the simple past told on a source's word, a few sentences after a
// lead whose news is of a day: part of the day's news the lead sums up (events.cpp reads it so
// within five sentences of the lead). The source is a trailing ", <source> said" (or "said
// <source>"); the verb is the clause's first simple past, no verb of saying or judging, not negated.
// No date, no question, no quotation. Returns the verb's token, or nullopt.
std::optional<uint32_t> attributed_news_at(const ArticleAnalysis& a, const Sentence& s);

// A saying with a named speaker: the first verb of saying or acknowledging outside quotation
// marks ("said", "acknowledged", "admitted", "conceded") right after a capitalised name that is
// no pronoun ("Jobs said", "Jobs also said"; not "he said", "the union said"). Returns the verb's
// token, or nullopt.
std::optional<uint32_t> named_saying_at(const ArticleAnalysis& a, const Sentence& s);

// The speaker of a named saying (named_saying_at): the lower-case name before its verb ("jobs").
std::string_view speaker_of_saying(const ArticleAnalysis& a, uint32_t verb_token);

// "In a press conference on Friday, Jobs said that ... . Jobs also said that those who had
// bought a bumper will receive a refund. ... Jobs acknowledged that ...": sayings of the same
// speaker told in the sentences after a dated saying, with no date of their own, were said at the
// same occasion (a press conference, a speech, an interview): a careful reader dates them as it,
// even with an undated sentence or a plan between (events.cpp: within three sentences of the last
// such saying, no other date told since). No question, no opening quotation mark. Returns the
// verb's token when `s` is such a saying of `speaker`, or nullopt.
std::optional<uint32_t> says_more_at_the_occasion_at(const ArticleAnalysis& a, const Sentence& s, std::string_view speaker);

// "Steve Jobs gave his annual opening keynote ... on Monday": a dated lead that tells an occasion
// for announcing (a keynote, a speech, an address, a press or news conference, a presentation,
// a briefing) given by a named person, the capitalised name right before the lead's first simple
// past. Returns the words of that name, lower case ("steve", "jobs"; at most three), or an empty
// list when the lead tells no such occasion.
std::vector<std::string_view> occasion_speaker_of_lead(const ArticleAnalysis& a, const Sentence& lead);

// "Steve Jobs announced that automatic podcasting subscription would be built in to iTunes",
// "Steve announced that Mac OS X Leopard would be released in 2007", far after such a lead with
// no other date told between: what the speaker announced at the lead's occasion, dated as it (a
// careful reader reads a keynote's announcements as made there, however long the report). The
// verb is an announcement ("announced", "unveiled", "introduced", "revealed", "demonstrated",
// "presented", "showed", "launched"; "also" or "then" may stand before it), right after a word of
// the speaker's name (`speaker`, from occasion_speaker_of_lead); not his other sayings ("said",
// "called": views, not news). No date of its own, no question, no opening quotation mark.
// Returns the verb's token, or nullopt.
std::optional<uint32_t> announces_at_the_occasion_at(const ArticleAnalysis& a, const Sentence& s,
                                                     const std::vector<std::string_view>& speaker);

// The expression that dates such an announcement: its verb, valued as `occasion` (the lead's
// date), its `how` saying it was announced at the occasion the article leads with, inferred.
TimeExpression announcement_expression(const ArticleAnalysis& a, uint32_t verb_token, const TimeExpression& occasion);

// The expression that dates such a saying: its verb, valued as `occasion` (the dated saying's
// date), its `how` saying it is another saying of the speaker at that occasion, inferred.
TimeExpression occasion_expression(const ArticleAnalysis& a, uint32_t verb_token, const TimeExpression& occasion);

// "Days after Sen. McCain's remarks, the Air Force said ...", "The press event came just days
// after Consumer Reports declined to ...": a time counted in days from another happening. When
// the article dates that happening, a careful reader dates the other a few days (one to six)
// from it; when not, the sentence stays undated. Two forms:
// - opening: "(Just|Only|A few) days after <phrase>, <clause>": the clause happened a few days
//   after the happening the phrase names (events.cpp finds its date: the last dated sentence
//   before that shares a name with the phrase);
// - came: "<the happening> came (just|only) days after <clause>": the clause happened a few days
//   before the happening the subject names, the day the article last dated.
struct DaysAfter {
    uint32_t days_token;                  // "days"
    uint32_t phrase_first, phrase_end;    // the words after "after" (opening: up to its comma)
    bool opening;                         // the first form; else "came ... days after"
};
std::optional<DaysAfter> days_after_at(const ArticleAnalysis& a, const Sentence& s);

// "A day before the announcement, GM said it was cancelling the deal", "Two days after the
// vote, the minister resigned": a sentence opening with a count of days before or after a
// happening named by its noun ("the announcement", "the vote", "the attack"). A careful reader
// finds that happening where the article last told it (the last sentence before with a word of
// the same stem: "Smith announced the company's move on Wednesday") and, when that sentence
// dates it to a day, dates the sentence that many days from it, inferred; else not at all. The count is "a", "one", "the" (one day) or a number of days up to
// seven; the phrase is "the" and one to three words up to a comma.
struct DaysFromAHappening {
    int days;                           // negative: before
    uint32_t noun_token;                // the happening's noun ("announcement")
    uint32_t opening_first, clause_first;  // the opening's first token; the clause after its comma
};
std::optional<DaysFromAHappening> days_from_a_happening_at(const ArticleAnalysis& a, const Sentence& s);

// "Heavy fighting resumed on Saturday, a day after a week-long ceasefire expired": a clause after
// a dated one, counted back from its date ("a day", "one day", "two days" up to seven, "a week"
// after). The clause ("a week-long ceasefire expired") happened that many days before the date.
// The count follows the date right away or after a comma; the clause runs from "after" to the
// sentence's end (or its next ';') and tells a happening (a verb in the simple past).
struct HappeningCountedBack {
    int days;                             // 1 to 7, or 7 for "a week"
    uint32_t count_first;                 // "a" of "a day after" (its comma before it, if any, the main clause's end)
    uint32_t clause_first, clause_end;    // the clause after "after"
};
std::optional<HappeningCountedBack> happening_counted_back_from(const ArticleAnalysis& a, const Sentence& s,
                                                                 const TimeExpression& date);

// The expression that dates that clause: `date`'s day less the count, its `how` saying so.
// Nothing when `date` is no single day.
std::optional<TimeExpression> counted_back_expression(const ArticleAnalysis& a, const HappeningCountedBack& h,
                                                      const TimeExpression& date);

// Does token i tell the happening a noun names: the same stem ("announced", "announcement";
// "voted", "vote"), not the noun's own token?
bool tells_the_happening_of(const ArticleAnalysis& a, uint32_t i, uint32_t noun_token);

// The expression that dates such a sentence: `anchor`'s day moved by the count, its `how` saying
// it is counted from that happening and inferred. Nothing when `anchor` is no single day.
std::optional<TimeExpression> days_from_a_happening_expression(const ArticleAnalysis& a, const DaysFromAHappening& d,
                                                               const TimeExpression& anchor);

// The expression that dates such a sentence from `anchor` (the happening counted from): one to
// six days after it (opening), or before it (came), never past `published`; its `how` says so.
std::optional<TimeExpression> days_after_expression(const ArticleAnalysis& a, const DaysAfter& d, const TimeExpression& anchor,
                                                    int64_t published_day);

// Rule "a span counted back from the present": a sentence opening "(Just) two weeks after <a
// happening>, <the present>" ("Just two weeks after China sent global markets into a tumble,
// growing worries about sub-prime lenders are sending jitters through stock exchanges") tells a
// happening that many days, weeks, months or years before the main clause's present, the day of
// publication. The count is a number (a word or digits) or "a"/"an", maybe after "just", "only",
// "barely", "nearly", "almost", "about" or "some"; the opening ends at its comma; the sentence
// holds no dated expression, and the main clause after the comma is told in the present ("is",
// "are", "has", "have" before an "-ing" form or a participle, within its first sixteen words, no
// past form before it), outside quotation marks. A past main clause ("Two weeks after the vote,
// the president resigned") counts from a day this rule does not know: left alone.
struct SpanBefore {
    uint32_t count_token, unit_token;   // "two", "weeks"
    int count;                          // 2
    TimeUnit unit;                      // Day, Week, Month or Year
    uint32_t phrase_first, phrase_end;  // the happening: the words after "after", up to the comma
};
std::optional<SpanBefore> span_before_the_present_at(const ArticleAnalysis& a, const Sentence& s);

// The expression that dates that happening: `count` days before publication (that day), weeks
// (about that day, give or take three days, as "two weeks ago"), months (that month) or years
// (that year); its `how` says it is counted back from the sentence's present.
TimeExpression span_before_the_present_expression(const ArticleAnalysis& a, const SpanBefore& d, CivilDate published,
                                                  std::string_view published_how);

// The expression that dates a sentence adding to the lead's news (adds_to_the_news_at,
// attributed_news_at): its verb, valued as `news`, the lead's dating expression, its `how` saying
// why (`why`: "told with 'also' of the news the article leads with").
TimeExpression added_news_expression(const ArticleAnalysis& a, uint32_t verb_token, const TimeExpression& news,
                                     std::string_view why);

// The expression that dates a sentence referring to a day dated before (refers_to_the_day_dated_before):
// its verb, valued as `day` (or, for the_week_told_before, that day's week up to it), its `how`
// saying so.
TimeExpression part_of_day_expression(const ArticleAnalysis& a, const Sentence& s, uint32_t verb_token, const TimeExpression& day);

// "The death toll from an earthquake that struck Turkey on Monday rose above 2,000 on Tuesday.
// The quake hit at 4:17 a.m.": a time of day without a day of its own is read against the last
// day the text told (Tuesday); but told of a happening the text dated before, it is that
// happening's time, on its day. The sentence `s` opens with the happening's noun after "the",
// "this" or "that" (within the six words after it, no comma before it: "The 7.8 magnitude quake"),
// and `time` (a bare time of day or part of day, "at 4:17 a.m.", "in the afternoon", read
// against the day before) comes after it. The happening was dated a day, within the five
// sentences before, either by a relative clause of its noun ("an earthquake that struck ... on
// Monday") or as a sentence's subject right before its simple past ("An earthquake struck
// Turkey on Monday"); the nouns are the same or one ends with the other ("quake",
// "earthquake"). Any other noun opening `s` right before its simple past ("The release began at
// 4:37 p.m.") is that happening only as the object of a dated sentence's simple past, after "a"
// or "an" ("Officials on Monday carried out a controlled release"), within ten sentences.
// Returns `time` on that day, its `how` saying it is inferred, or nullopt (no such
// happening, or the last telling of it dates it on that day already).
std::optional<TimeExpression> time_of_a_happening_dated_before(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& time);

}  // namespace dateline
