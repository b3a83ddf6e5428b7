// The news of the day told without a date. A lead such as "Airbus has won an order from Qatar
// Airways for up to 60 A350 jets" says what happened, and its present perfect says it is news:
// a careful reader dates it to the day of publication, as newsrooms mean it. Only the lead (the
// first sentence of the body) is read this way, and only when it holds no date of its own (a date
// in an aside opened by a participle, ", begun two years ago,", is the aside's): later sentences
// in the present perfect are as often background ("Boeing has received more orders this year")
// as news. The one exception is a saying ("The exchange has said it will delist the
// lender", saying_in_the_present_perfect_at): a saying told in the present perfect is recent.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "article_analysis.h"
#include "calendar.h"

namespace dateline {

// A past participle: a regular "-ed" form or a listed irregular one ("won", "taken", "sold").
bool is_past_participle(std::string_view lower_word);

// The first present perfect of tokens [first, end) told as fact: "has/have" (adverbs such as
// "also", "now", "just" between), maybe "been", then a past participle ("has won", "have agreed",
// "has been appointed"). Not negated ("has not been"), not after a modal ("will have", "could
// have"), not "has to", not inside quotation marks (a speaker's words). Returns the token of
// "has"/"have", or nullopt.
std::optional<uint32_t> present_perfect_at(const ArticleAnalysis& a, uint32_t first, uint32_t end);

// Rule: a date in a plan the sentence reports ("Alan Mulally has reported that Ford will rename
// the Five Hundred to the Taurus for the 2008 model year") dates the plan, not the report: a
// careful reader still dates the report, the lead's news, to the day of publication. Before the
// date, outside quotation marks, come a verb of reporting ("reported", "said", "announced") and
// after it a future ("will", "would", "plans to", "going to"). A date before the future ("said on
// Monday that it will ...") or in a past clause ("announced that it lost $2 billion in the third
// quarter") dates what happened, no plan.
bool dates_a_reported_plan(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e);

// Rule: a date after a verb of promising and what is promised ("Cisco has promised a compatible
// release before the end of the month", "vowed to rebuild the bridge by June") dates the promised
// thing, not the promise. The verb ("promised", "pledged", "vowed", "committed", "guaranteed"),
// outside quotation marks, then at least one word that is no part of the date, then the date, in
// one clause (no comma, semicolon or new quotation between). A date right after the verb
// ("promised on Monday to ...") dates the promise itself.
bool dates_a_promised_thing(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e);

// The news present of a change ("Mark Papermaster ... is stepping down from his post", "GM is
// recalling 1.3 million cars"): "is"/"are", then the "-ing" form of one of a short list of
// changes a newsroom reports as they are announced (stepping down, resigning, closing, selling,
// suing ...), outside quotation marks. Not activities or states ("is working", "is facing", "is
// expected"). Returns the token of "is"/"are", or nullopt.
std::optional<uint32_t> news_progressive_at(const ArticleAnalysis& a, uint32_t first, uint32_t end);

// The verb that tells the news of the day: the first present perfect told as fact
// (present_perfect_at) or news present of a change (news_progressive_at), or nullopt.
std::optional<uint32_t> news_of_the_day_verb_at(const ArticleAnalysis& a, uint32_t first, uint32_t end);

// Does this sentence tell the news of the day without a date: it holds no dated date or time
// expression (that would date it, or make it a plan or a state; "current", "recently" date
// nothing; a date of a plan it reports, dates_a_reported_plan, dates no happening of it), is no
// question, does not open inside a quotation, and has a present perfect told as fact or the news
// present of a change (news_of_the_day_verb_at)?
bool tells_news_of_the_day(const ArticleAnalysis& a, const Sentence& s);

// Is the comma at token `comma` the end of a sentence adverb set off between commas after the
// subject, within the clause opening at `first` ("The Standard & Poor's 500 Index, meanwhile,
// struck a ten-month high", "The company, however, posted a loss", "Ford, for its part, gained
// 2%", "in turn", "by contrast")? The verb after it is the subject's, and a headline drops the
// aside with its commas.
bool closes_adverb_aside(const ArticleAnalysis& a, uint32_t first, uint32_t comma);

// The first simple past of tokens [first, end) told as fact, with a subject before it: "Airbus
// unveiled plans for the A380", "GM said that it would cut 10,000 jobs". Not a participle
// qualifying a noun ("a ceremony attended by", "the long-awaited phone", "based in"), not after an
// auxiliary, a modal or a preposition, not after a comma (", based in") unless the comma closes an
// aside of examples ("Other indices, such as the Nasdaq, dipped") or a sentence adverb ("The S&P
// 500, meanwhile, struck a ten-month high"; "Ford, for its part, gained 2%"), not inside
// quotation marks, not capitalised (a name).
// Returns the verb's token, or nullopt.
std::optional<uint32_t> simple_past_at(const ArticleAnalysis& a, uint32_t first, uint32_t end);

// The first present verb of saying told as news ("Singapore Airlines says that ...", "GM
// reports ..."), after a subject and outside quotation marks: the news present of a lead, the
// saying happened on the day of publication. Returns its token, or nullopt.
std::optional<uint32_t> news_present_saying_at(const ArticleAnalysis& a, uint32_t first, uint32_t end);

// The same for a lead in the simple past (or the news present of a saying): a news lead that tells, without a date, what "Airbus
// unveiled" happened on or just before the day of publication; a careful reader dates it to the
// day of publication, and the event's `how` says it is inferred. Same conditions as
// tells_news_of_the_day (no date of its own, no question, no opening quotation).
bool tells_past_news_of_the_day(const ArticleAnalysis& a, const Sentence& s);

// Rule "news after a dated opening": a lead that opens with a dated clause of what came first
// ("After a plan to bail out the automakers failed to pass the Senate this week, the White House
// has said that it is considering ...") tells two happenings: the opening's, on its date, and the
// main clause's news of the day, which has no date of its own (the opening's date is the earlier
// happening's). The opening starts with "After" or "Following" and ends at the first comma after
// the sentence's last date (`dates_end`, the token after it); the main clause after that comma
// holds no dated expression, no question, and tells the news of the day (news_of_the_day_verb_at).
// Returns the main clause's first token, or nullopt.
std::optional<uint32_t> news_after_a_dated_opening(const ArticleAnalysis& a, const Sentence& s, uint32_t dates_end);

// Rule "date of a participial aside": a date inside an aside opened by a past participle between
// commas ("Boeing has announced that development of a 737 replacement, begun two years ago, has
// been pushed back") dates the aside's happening, not the sentence's: the lead is still undated
// news, and the aside an event of its own on its date.
bool in_participial_aside(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e);

// Rule "date of a state in a relative aside": a date inside a relative clause of state set off
// between commas after the subject ("The Hang Seng, which was one of the few markets that was
// positive yesterday, fell 7.19%") dates that state, not the subject's verb after the aside: it
// dates nothing, and the verb is read as if the sentence had no date. Only "which"/"who" and a
// form of "be" opening the aside, its closing comma within twenty words, and a verb form right
// after it ("which fell 3% yesterday, rose": a happening of its own, not this rule).
bool in_state_relative_aside(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e);

// Rule "a saying in the present perfect": after the lead, an undated sentence whose main verb is
// a verb of saying in the present perfect told as fact ("The New York Stock Exchange has said it
// will delist New Century", "The Belgian government has announced that it will give ...") reports
// a saying of the last days: news of the day, dated to the day of publication. Only verbs of
// saying, promises among them ("has vowed to appeal", "has promised a release"): other present perfects after the lead are
// as often background ("Boeing has received five orders since 2000"). The verb comes within the sentence's first twelve words, after a subject;
// not negated, not after a modal, not with an adverb of habit ("has long said", "has repeatedly
// said": present_perfect_at reads only "also", "now", "just" and their kin), not in quotation
// marks, not a question; not passive ("It has been reported that the deal was revived" tells of a
// happening whose day is not told), nor a speaker's words quoted after it ("has said, "I don't
// see ..."); the sentence holds no dated expression (is_undated_statement). Returns the token of
// "has"/"have", or nullopt.
std::optional<uint32_t> saying_in_the_present_perfect_at(const ArticleAnalysis& a, const Sentence& s);

// The expression that dates such a lead: the verb phrase ("has won"), valued as the day of
// publication, and saying so in its `how` (with where the publication date came from).
// For a simple past (`simple_past`), the `how` says the day is inferred: on or just before it.
TimeExpression publication_day_expression(const ArticleAnalysis& a, uint32_t verb_token, CivilDate published,
                                          std::string_view published_how, bool simple_past = false);

// The same for a saying in the present perfect after the lead (saying_in_the_present_perfect_at):
// its `how` says so.
TimeExpression recent_saying_expression(const ArticleAnalysis& a, uint32_t verb_token, CivilDate published,
                                        std::string_view published_how);

}  // namespace dateline
