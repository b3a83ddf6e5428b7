// Headline rules for how a news sentence opens, shortening it to who did what (applied by
// make_headline in headline.cpp; each a rule over a HeadlineDraft, each with its unit test):
//   9b. drop_opening_participle   "Citing a precautionary measure, Airbus announced" -> "Airbus announced"
//   9c. drop_descriptor_before_name  "The US automobile manufacturer Ford has said" -> "Ford has said"
//  11a. drop_own_saying            "Ford has said that it posted a profit" -> "Ford posted a profit"
// Without them a long opening left no room for the event within about 90 characters, and the
// line was cut inside a phrase.
#pragma once

#include "headline.h"

namespace dateline {

// A participle phrase up to its comma opening the headline, before a capitalised subject:
// "Citing "a precautionary measure", Airbus announced ..." -> "Airbus announced ...". At most 12
// tokens; not a noun in "-ing" ("Trading was halted, ...": no subject after a comma).
void drop_opening_participle(HeadlineDraft& d);

// A description before a name opening the headline: "The US automobile manufacturer Ford",
// "The United States automobile manufacturing firm General Motors" -> "Ford", "General Motors".
// Only "the", up to six words, a noun for a business ("manufacturer", "firm", "airline") and then a
// capitalised name; the name is what a headline needs.
void drop_descriptor_before_name(HeadlineDraft& d);

// A name saying what it did itself: "Ford has said that it posted a profit in the third quarter"
// -> "Ford posted a profit ...". Only when the headline opens with the name (capitalised words),
// a verb of saying follows ("has"/"had" may come first), then "that" and "it"/"they", and the
// date is in what was said (the profit's quarter): when the date is the saying's ("stated on
// Thursday that it had signed"), the saying is the event and stays; and not for a plan ("said
// that it will"), which mark_forecast must see.
void drop_own_saying(HeadlineDraft& d);

}  // namespace dateline
