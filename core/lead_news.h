// The news of the day told without a date. A lead such as "Airbus has won an order from Qatar
// Airways for up to 60 A350 jets" says what happened, and its present perfect says it is news:
// a careful reader dates it to the day of publication, as newsrooms mean it. Only the lead (the
// first sentence of the body) is read this way, and only when it holds no date of its own: later
// sentences in the present perfect are as often background ("Boeing has received more orders
// this year") as news.
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

// Does this sentence tell the news of the day without a date: it holds no dated date or time
// expression (that would date it, or make it a plan or a state; "current", "recently" date
// nothing), is no question, does not open
// inside a quotation, and has a present perfect told as fact?
bool tells_news_of_the_day(const ArticleAnalysis& a, const Sentence& s);

// The expression that dates such a lead: the verb phrase ("has won"), valued as the day of
// publication, and saying so in its `how` (with where the publication date came from).
TimeExpression publication_day_expression(const ArticleAnalysis& a, uint32_t verb_token, CivilDate published,
                                          std::string_view published_how);

}  // namespace dateline
