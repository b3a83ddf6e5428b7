// What a sentence is about, for a pronoun that opens the next one: "The Merval index fared badly
// today. It dropped 10%." A reader takes "It" for the sentence before's subject, not for the last
// name mentioned anywhere before ("the Dow Jones" three sentences up). Likewise "it" opening a
// ", where" clause stands for its own sentence's subject (subject_before_where_clause).
#pragma once

#include <string>

#include "article_analysis.h"

namespace dateline {

// The name a sentence opens with as its subject, when it is a thing ("it", "they") and not a
// person: a run of capitalised words after "The", with the noun it qualifies ("The Merval index
// ..." -> "the Merval index", "The Dow Jones, was down" -> "Dow Jones"), an acronym ("GM said ...") or a group the gazetteer names. When the
// subject names nothing ("One of the worst indexes of the day was the Brazilian Bovespa index"),
// the name after "was the"/"is the" is what the sentence is about ("the Brazilian Bovespa index"). Empty when
// neither: a lone capitalised word opening a sentence may be any word ("Shares of ..."), and two
// or three capitalised words with no "the" may be a person ("Steve Jobs announced ...").
std::string thing_named_as_subject(const ArticleAnalysis& a, const Sentence& s);

// A body of people that acts as one, told as the sentence's subject right before its simple past:
// "A jury in San Jose convicted Holmes" -> "the jury" (a jury, court, panel, committee, board,
// council, tribunal, commission, parliament...), for an "it" that opens the next sentence ("It
// acquitted her of four other counts"). Empty otherwise.
std::string body_named_as_subject(const ArticleAnalysis& a, const Sentence& s);

// For "it", "its", "they" or "their" at token `pronoun` opening its sentence: what the sentence
// right before is about (thing_named_as_subject; for "it"/"its", else a body it names as its
// subject, body_named_as_subject); empty when the pronoun opens no sentence, the article's first
// sentence holds it, or the sentence before names no thing as its subject.
std::string thing_before_pronoun(const ArticleAnalysis& a, uint32_t pronoun);

// For "it" or "they" at token `pronoun` opening a clause of a place or time that follows a comma
// (", where it left the island without power", ", when they ..."): what the sentence opens with as
// its subject ("Ian had earlier battered western Cuba, where it left ..." -> "Ian"), since the
// clause goes on telling what the subject did there or then. The subject is a run of capitalised
// words (not a person the gazetteer names) or "the" and up to three words (the storm) before the
// sentence's first verb in the simple past, or after "has"/"had"; empty otherwise.
std::string subject_before_where_clause(const ArticleAnalysis& a, uint32_t pronoun);

}  // namespace dateline
