// Headline rules for how a news sentence opens, shortening it to who did what (applied by
// make_headline in headline.cpp; each a rule over a HeadlineDraft, each with its unit test):
//   9b. drop_opening_participle   "Citing a precautionary measure, Airbus announced" -> "Airbus announced"
//   9c. drop_descriptor_before_name  "The US automobile manufacturer Ford has said" -> "Ford has said"
//  11a. drop_own_saying            "Ford has said that it posted a profit" -> "Ford posted a profit"
//   9f. drop_opening_interval      "One year later he was fired" -> "he was fired" (then 11c: "Steve Jobs was fired")
//  11b0. drop_repeated_subject_pronoun  "he was fired from the company and he founded NeXT" -> "... and founded NeXT"
//   9e. drop_long_opening_setting  "In a ceremony attended by ... 5,000 VIP guests, Airbus unveiled" -> "Airbus unveiled"
// Without them a long opening left no room for the event within about 90 characters, and the
// line was cut inside a phrase.
#pragma once

#include "headline.h"

namespace dateline {

// A participle phrase up to its comma opening the headline, before a capitalised subject:
// "Citing "a precautionary measure", Airbus announced ..." -> "Airbus announced ...". At most 12
// tokens; not a noun in "-ing" ("Trading was halted, ...": no subject after a comma). A past
// participle's phrase may hold a place's or a date's commas: "Born in Fuerth, Germany, in 1923,
// Kissinger fled" -> "Kissinger fled" (it ends at the comma a name and its verb follow).
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

// A long phrase setting the scene before the clause that tells who did what: "In a televised
// speech from the White House, Barack Obama presented a plan ..." -> "Barack Obama presented a
// plan ...", "In a ceremony attended by several European political leaders and 5,000 VIP guests,
// Airbus unveiled plans ..." -> "Airbus unveiled plans ...". Kept, it leaves no room for the
// clause within about 90 characters, and the line was cut at its comma: a headline with no
// subject ("In a televised speech from the White House"). Only a phrase opening with "in", "at",
// "during" or "amid" up to its comma (8 to 20 words: shorter ones are drop_opening_words'), a
// capitalised subject right after the comma, and a line longer than a headline with it.
void drop_long_opening_setting(HeadlineDraft& d);

// An opening that tells how long after the sentence before the happening came: "One year later
// he was fired", "Two weeks earlier, the board met", "A month later the plant closed". The event's
// date says when; a timeline entry standing alone has no "before" to count from, and the phrase
// kept its pronoun from being read as the headline's subject. Only a number (digits, "a", "an",
// "one" to "ten", "several", "a few") with a unit of time and "later" or "earlier", comma or not.
void drop_opening_interval(HeadlineDraft& d);

// The same subject pronoun twice, joined by "and": "he was fired from the company and he founded
// NeXT" -> "he was fired from the company and founded NeXT". A reader takes both for one person
// (the pronoun opening the headline, which resolve_pronoun then names); a headline that names
// him once needs no second pronoun. Only "he", "she" or "they" opening the headline, and the same
// word right after an "and" later in it.
void drop_repeated_subject_pronoun(HeadlineDraft& d);

}  // namespace dateline
