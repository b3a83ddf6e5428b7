// The figures of a market report's session. A report that leads with a day of trading ("US stock
// markets saw an unusually turbulent day yesterday, with the Dow ...") goes on to give the
// session's figures without a date of their own, sentences later and after other news: "The
// Nasdaq fell 82.65 points or 3.44%", "Japan's Nikkei index closed at a three-year low",
// "Meanwhile, oil prices also dropped". A careful reader dates each to the session the lead
// dates: markets report a figure for the day they tell of.
//
// Not when something else dates the figure: a date or span of its own ("has fallen 15% since
// January", "this year", "over the week"), a forecast ("is expected to fall"), a comparison, or a
// day other than the lead's dated in between ("On Monday the Dow fell 3%" leaves the session), or
// an opening "Before the suspension," (the figure placed before a happening of its own day).
// A time inside the session ("in the first 90 minutes") or the point a level is measured from
// ("lows not reached since February", "its best since 1993") dates nothing else and stays.
#pragma once

#include <cstdint>
#include <optional>

#include "article_analysis.h"

namespace dateline {

// Does the sentence name a market: an index ("the Nasdaq", "Standard & Poor's 500", "FTSE 100",
// "Japan's Nikkei index"), stocks or shares, oil or crude prices?
bool names_a_market(const ArticleAnalysis& a, const Sentence& s);

// The verb of a session figure told without a date: a sentence naming a market
// (names_a_market) whose first simple past told as fact is a move of a price or index ("fell",
// "dropped", "closed", "surged", "took heavy losses"), or with no simple past a move told as a
// level ("were lower by nine percent", "was in a freefall ..., ending down 12.7 percent"), with a
// figure (points, a percentage, a share spelled out, a price, a level crossed, "to lows"), no
// forecast word, no quotation, no question, no opening "Before", no "over the week", and no time
// expression but a time inside the session (minutes or hours), a level's measure ("a three-year
// low"), a level's "since" point or a state's date inside a relative clause after the subject
// ("which was positive yesterday"). Returns the verb's token, or nullopt.
std::optional<uint32_t> session_figure_at(const ArticleAnalysis& a, const Sentence& s);

}  // namespace dateline
