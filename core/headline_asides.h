// Headline rules for clauses whose own subject and verb are not the dated happening (applied by
// make_headline in headline.cpp; each a rule over a HeadlineDraft, each with its unit test):
//   2c. happening_of_dated_aside   "The end of the battle will usher in new challenges, including
//       retribution against residents — an issue highlighted by the UN rights office on Friday"
//       -> "The UN rights office highlighted retribution against residents"
//   9d. happening_for_demonstrative_subject  "Those issues were underscored on Friday with the
//       death of the son of X, a woman who ..." -> "The son of X died"
//  11f. drop_participle_before_stray_comma  "All territory held in Syria, has been eliminated"
//       -> "All territory has been eliminated"
//   2d. report_of_a_dated_source  "X passed Y, according to figures released April 3 by NPD
//       Group" dated April 3 -> "NPD Group reported X passed Y"
//   2c'. happening_of_dated_participle_aside  "Jobs, born in San Francisco on February 24, 1955,
//       has built ..." -> "Jobs was born in San Francisco"; happening_of_dated_participle_opening
//       "Born in X in 1935, Alves worked ..." -> "Alves was born in X"
//  11c'. object_from_sentence_before  "He explained this during a CBS interview" -> "James Mattis
//       explained the "annihilation" strategy during a CBS interview"
// Without them the headline was the forecast ("... will usher in ...") or opened on a word that
// refers back to a sentence the reader of the timeline does not have ("Those issues").
#pragma once

#include "headline.h"

namespace dateline {

// A forecast clause whose date is in an aside after a dash that renames a phrase of the clause:
// "<forecast>, including <phrase> — a/an/the <noun> <participle> by <agent> <date>". What happened
// on the date is the agent's doing, told of the phrase: "<agent> <participle> <phrase>". Only
// when the clause before the dash is a forecast or a plan (is_forecast_verb; a happening there is
// dated by the aside too) and the phrase opens after a comma (", including", ", such as" go).
void happening_of_dated_aside(HeadlineDraft& d);

// A date inside an aside of the subject that tells a happening, when the sentence's own verb
// tells a state: "Jobs, born in San Francisco on February 24, 1955, has built the most valuable
// technology company" -> "Jobs was born in San Francisco"; "Ford, which was founded in 1903, is
// the second largest carmaker" -> "Ford was founded". The date dates the aside's participle (the
// state it is told beside has no date of its own). The subject is a short noun phrase opening the
// clause (a name, or "the" and up to four words) and the aside a past participle (after "who
// was"/"which were", or alone) up to the comma after the date; the sentence's verb after it is
// "has", "have", "is", "are", "remains" or "remain", or another verb in the present ("Nvidia's
// H100 chip, launched in March 2022, powers many of the models": what it does now), or any verb
// with a date of its own after it ("Webb, launched on Christmas Day 2021, began science operations
// in July 2022": two happenings, each with its date). A happening there with no date of its own
// ("Troops, backed by air strikes on Friday, stormed the village") is what the date dates:
// nothing changes.
void happening_of_dated_participle_aside(HeadlineDraft& d);

// The same participle opening the sentence: "Born in a village near Coimbra in 1935, Alves worked
// as a schoolteacher" -> "Alves was born in a village near Coimbra"; "Elected in 2010, Smith
// served two terms" -> "Smith was elected". The date lies in the opening phrase (a past
// participle, capitalised, up to the first comma after the date, with no other verb: "Born in
// Fuerth, Germany, in 1923," holds a place's comma), which a name (one to four capitalised words,
// or "the" and up to three words, or "she"/"he" for the person it stands for) and its verb
// follow: the date is the participle's, whatever the sentence's verb tells.
void happening_of_dated_participle_opening(HeadlineDraft& d);

// A date inside an "according to" phrase ("..., according to figures released April 3 by NPD
// Group, a market research firm", "According to an April 2nd report in Ars Technica, a memo
// showed ..."): what happened on that date is the source's report, not the clause's happening
// (whose own date, if it has one, makes an event of its own). The headline says who reported it:
// "NPD Group reported <the clause>". The source is the name (capitalised words) after "by", "in",
// "from" or "of" in the phrase, else right after "according to"; a leading phrase goes with its
// comma, a trailing one with the comma before it and all after it (the source's apposition).
// Nothing changes without a date in the phrase or without a name.
void report_of_a_dated_source(HeadlineDraft& d);

// A headline that opens on a demonstrative ("This", "These", "Those", "That", with up to two
// nouns: "Those issues") which a passive verb ties to a happening ("were underscored with the
// death of ...", "was followed by the arrest of ..."): the happening is the headline. The
// demonstrative refers to sentences before, which a timeline entry standing alone lacks. A
// happening to someone that has a verb of its own is told with it, as a reader would: "the death
// of the son of X, a woman who ..." -> "the son of X died" (up to a comma or "who"/"which").
void happening_for_demonstrative_subject(HeadlineDraft& d);

// A subject with a participle phrase after it, then a comma the source put between the subject
// and its verb: "All territory (no longer) held in Syria, has been eliminated". The comma is no
// place to end (a line cut there reads "territory held in Syria" as the news); the participle
// phrase, which only describes the subject, goes with the comma: "All territory has been
// eliminated". Only for the first comma of the clause, before a finite verb ("has", "was",
// "will"...), with no verb before the participle; not after an opening phrase ("In the town
// held by rebels, troops have ...": a preposition first).
void drop_participle_before_stray_comma(HeadlineDraft& d);

// An object pronoun that points at the sentence before: "Senator John McCain entered them into
// the Congressional Record" (them: the "Emails exchanged among Air Force officials ..." the
// sentence before opens with), "James Mattis explained this during a CBS interview" (this: the
// "annihilation" strategy the sentence before ends with). A timeline entry stands alone, so the
// headline says what the pronoun stands for: "entered the emails into ...", "explained the
// "annihilation" strategy during ...". Only right after a past verb ("-ed"), with nothing after
// it that it could qualify ("this strategy" stays); "them" takes the plural noun that opens the
// sentence before as its subject (a common noun: the article writes it lower-case elsewhere);
// "this" the noun phrase the sentence before ends with after "a"/"an"/"the" (at most four
// words, no name, no stop word). Anything else stays as written.
void object_from_sentence_before(HeadlineDraft& d);

}  // namespace dateline
