// Where a long headline may stop besides before a preposition or a conjunction (headline.cpp,
// rule 15 `shortened`): before an infinitive of purpose ("had a two hour work stoppage | to
// protest the cuts"), before a participle phrase ("shared a map | showing how ...", "images of
// its warriors | involved in a gun battle"); and where it may not (after "involved"). Both
// end the clause on its object, a place a reader would stop; without them a line with no
// preposition in reach was cut inside a phrase and marked "…".
#pragma once

#include <string_view>

namespace dateline {

// May a headline stop before "to" that follows `before` (lower case)? Yes after a noun ("a
// stoppage to protest", "a contract to purchase"); no after a verb, an auxiliary or a small word,
// where "to" completes what came before ("agreed to purchase", "has to", "up to", "plans to").
bool is_cut_before_to(std::string_view before);

// May a headline stop before `next` (lower case), a present participle opening a phrase of its
// own ("showing", "reaching", "citing"), after `before` (lower case)? Not after a small word, a
// preposition or a verb of being, where the "-ing" word is the verb or a noun ("was fighting",
// "the building", "in morning trading"), and not before a noun in "-ing" ("funding", "trading").
bool is_cut_before_participle(std::string_view before, std::string_view next);

// Does the past participle `w` (lower case) want the phrase after it, as "involved in",
// "accused of", "linked to" do? A headline does not stop after it ("images of its warriors
// involved" leaves the reader asking in what).
bool wants_its_complement(std::string_view w);

// May a headline stop before such a participle `next` opening a phrase of its own after the
// noun `before` ("released images of its warriors | involved in a gun battle")? Not after a
// small word or a verb of being, where it is the clause's verb ("were involved in").
bool is_cut_before_complement_participle(std::string_view before, std::string_view next);

}  // namespace dateline
