// Bare weekdays in an article whose publication date is known only as "on or after D", D the
// latest date it reports as past (a pasted text with no date of its own, rule 7 of
// publication_date.h): "Ford lost money in 2009, its chief said on Feb. 12, 2010 ... On Tuesday,
// Toyota recalled 8 million cars." News tells of the days just before it is written, so a reader
// takes "on Tuesday" for the first Tuesday on or after D, and "on December 14" for the latest
// December 14 up to a month after D. The date is shown as inferred in its how.
#pragma once

#include "article_analysis.h"
#include "calendar.h"

namespace dateline {

// Rule: is the latest full date stale as a window's start? It is when a past clause names a later
// year ("born on February 24, 1955 ... then the iPad in 2010"): the text was not written days
// after that date, so neither rule below places anything from it.
bool names_a_later_year(const ArticleAnalysis& a, const CivilDate& latest);

// Dates each bare weekday of a past or tenseless clause ("on Tuesday", not "last Tuesday", "next
// Tuesday" or "will meet on Tuesday") that reading against no publication date left undated: the
// first such weekday on or after `latest`, with its how. Only the sentences' own weekdays: the
// expressions are those of the analysis, nothing else of the article is read.
void place_weekdays_after_latest_date(ArticleAnalysis& a, const CivilDate& latest);

// Dates each day of a month written without its year ("on December 14", "on Thursday, Dec. 14")
// in a past or tenseless clause that reading against no publication date left undated: the
// latest occurrence of that day from half a year before `latest` to a month after it, on the
// weekday the text names if it names one (a story tells of days close to the ones it dates in
// full, and is written soon after them). Shown as inferred in its how; none: left undated.
void place_month_days_near_latest_date(ArticleAnalysis& a, const CivilDate& latest);

}  // namespace dateline
