#include "tense.h"

#include <algorithm>

#include <string>
#include <unordered_map>

#include "lexicon.h"

namespace dateline {

std::string_view to_string(Tense t) {
    switch (t) {
        case Tense::Past: return "past";
        case Tense::Present: return "present";
        case Tense::Future: return "future";
        case Tense::Unknown: break;
    }
    return "unknown";
}

namespace {

// Modal and Expecting are asked of their context (is_modal_of_what_may_come, expects_of_another):
// they are in the table so that one look-up per word finds every marker.
enum class Marker : uint8_t { None, Past, Present, Future, FutureIfTo, Perfect, Modal, Expecting };

constexpr std::string_view kModalsOfWhatMayCome[] = {"should", "may", "might", "could"};
constexpr std::string_view kExpectingVerbs[] = {"expected", "expects",     "expect",    "predicted", "predicts",
                                                "forecast", "forecasts",   "hoped",     "hopes",     "anticipated",
                                                "anticipates", "projected", "projects"};

const WordTable<Marker>& markers() {
    static const WordTable<Marker> m = [] {
        WordTable<Marker> out;
        for (const std::string& entry : lexicon_entries("verb_tenses")) {
            const size_t semi = entry.find(';');
            if (semi == std::string::npos) continue;
            std::string word = entry.substr(0, semi), kind = entry.substr(semi + 1);
            while (!word.empty() && word.back() == ' ') word.pop_back();
            while (!kind.empty() && kind.front() == ' ') kind.erase(kind.begin());
            Marker k = kind == "past" ? Marker::Past : kind == "present" ? Marker::Present : kind == "future" ? Marker::Future
                     : kind == "future-if-to" ? Marker::FutureIfTo : kind == "perfect" ? Marker::Perfect : Marker::None;
            if (k != Marker::None) out.insert(word, k);
        }
        for (std::string_view w : kModalsOfWhatMayCome)
            if (!out.find(w)) out.insert(std::string(w), Marker::Modal);
        for (std::string_view w : kExpectingVerbs)
            if (!out.find(w)) out.insert(std::string(w), Marker::Expecting);  // ("expected" stays future-if-to)
        return out;
    }();
    return m;
}

// Regular past forms: lower-case words ending in "ed" that are not known non-verbs.
bool looks_like_regular_past(std::string_view w) {
    if (w.size() < 5 || !w.ends_with("ed")) return false;
    static constexpr std::string_view kNotVerbs[] = {"hundred", "indeed", "speed", "breed", "creed", "bleed", "embed",
                                                     "freed", "agreed", "exceed", "proceed", "succeed", "steed"};
    for (std::string_view n : kNotVerbs)
        if (w == n) return n == "freed" || n == "agreed";  // those two are past forms after all
    return true;
}

std::string_view word_at(std::string_view lower, const Token& t) { return lower.substr(t.start, t.end - t.start); }

// "Further walkouts are planned for Thursday", "The vote is scheduled for Friday": a plan told in
// the present, a participle of planning right after "is"/"are"/"am"/"be", is what is to come
// (the past form alone, "planned", would read as past).
bool is_plan_told_in_the_present(std::string_view lower, const std::vector<Token>& tokens, size_t i) {
    if (i == 0 || !tokens[i - 1].is_word()) return false;
    const std::string_view w = word_at(lower, tokens[i]);
    if (!(w == "planned" || w == "scheduled" || w == "slated" || w == "set" || w == "due" || w == "expected")) return false;
    const std::string_view before = word_at(lower, tokens[i - 1]);
    return before == "is" || before == "are" || before == "am" || before == "be";
}

// "Holmes was ordered to report to prison on April 27", "were summoned to appear on Monday": a
// passive order to act, then the act; the act comes after the order, so its day is to come. Not
// "was asked to comment on Monday" (the asking's day, as often as not) nor "told".
bool is_ordered_to_act(std::string_view lower, const std::vector<Token>& tokens, size_t i, size_t end) {
    if (i == 0 || i + 2 >= end || !tokens[i - 1].is_word() || !tokens[i + 2].is_word() || tokens[i + 2].capitalised) return false;
    const std::string_view w = word_at(lower, tokens[i]);
    if (!(w == "ordered" || w == "summoned" || w == "required" || w == "instructed" || w == "directed")) return false;
    const std::string_view before = word_at(lower, tokens[i - 1]), after = word_at(lower, tokens[i + 1]);
    return after == "to" && (before == "was" || before == "were" || before == "is" || before == "are" || before == "been" ||
                             before == "be");
}

// "if", "unless": the opening of a condition.
bool is_condition_opening(std::string_view lower, const Token& t) {
    return t.is_word() && !t.capitalised && (word_at(lower, t) == "if" || word_at(lower, t) == "unless");
}

// Is the word at i a verb's plain form, after "to", a modal or "did" ("may spread to other plants",
// "did not cut"; a "not" between)? Spelled like a past ("spread", "cut", "set"), it marks none.
bool is_bare_infinitive_at(std::string_view lower, const std::vector<Token>& tokens, size_t i) {
    size_t k = i;
    if (k > 0 && tokens[k - 1].is_word() && (word_at(lower, tokens[k - 1]) == "not" || word_at(lower, tokens[k - 1]) == "n't")) --k;
    if (k == 0 || !tokens[k - 1].is_word()) return false;
    static constexpr std::string_view kBefore[] = {"to", "will", "would", "shall", "should", "may", "might", "could", "can",
                                                   "must", "did", "does", "do", "didn't", "doesn't", "don't", "won't",
                                                   "wouldn't", "cannot", "can't", "couldn't", "shouldn't"};
    const std::string_view before = word_at(lower, tokens[k - 1]);
    return std::find(std::begin(kBefore), std::end(kBefore), before) != std::end(kBefore);
}

// The past form of a verb, by the lexicon or the regular "-ed" ending.
bool is_past_form(std::string_view w) {
    const Marker* m = markers().find(w);
    return (m && *m == Marker::Past) || looks_like_regular_past(w);
}

// "Bailey said he expected inflation to fall this year", "predicts sales to rise in May": a verb of
// expecting, an object of up to five words, then "to" and a verb: what follows is to come. Not
// "had expected the bank to raise rates on Thursday" (an expectation overtaken, its day maybe past),
// nor "fell more than expected in October to its lowest rate" (no object: no expecting of another).
bool expects_of_another(std::string_view lower, const std::vector<Token>& tokens, size_t i, size_t end) {
    if (!is_expecting_verb(word_at(lower, tokens[i]))) return false;
    if (i > 0 && tokens[i - 1].is_word()) {
        const std::string_view before = word_at(lower, tokens[i - 1]);
        if (before == "had" || before == "hadn't" || before == "than" || before == "as") return false;  // "fell more than expected"
    }
    for (size_t j = i + 1, words = 0; j + 1 < end; ++j) {
        if (!tokens[j].is_word()) return false;
        const std::string_view w = word_at(lower, tokens[j]);
        if (w == "to") return words > 0 && tokens[j + 1].is_word() && !tokens[j + 1].capitalised;
        // The object is a noun phrase: "expected in October to ..." has none.
        if (++words > 5 || w == "in" || w == "on" || w == "at" || w == "by" || w == "for" || w == "since" || w == "during")
            return false;
    }
    return false;
}

// The tense a token marks, looking at the token after it where needed ("going to", "has taken").
Marker marker_at(std::string_view lower, const std::vector<Token>& tokens, size_t i, size_t end) {
    const Token& t = tokens[i];
    if (t.kind != Token::Kind::Word || t.capitalised) {
        // Capitalised words are names, except at the start of a clause ("Was it...") which we ignore.
        if (!(t.kind == Token::Kind::Word && i > 0 && tokens[i - 1].is('"'))) return Marker::None;
    }
    std::string_view w = word_at(lower, t);
    std::string folded;
    if (w.find("\xE2\x80\x99") != std::string_view::npos) {  // ’ as '
        folded.reserve(w.size());
        for (size_t p = 0; p < w.size();) {
            if (w.substr(p, 3) == "\xE2\x80\x99") {
                folded.push_back('\'');
                p += 3;
            } else {
                folded.push_back(w[p++]);
            }
        }
        w = folded;
    }
    // Contractions: "they'll", "it's" (present), "he'd" (past/would: ambiguous, ignored).
    if (w.ends_with("'ll")) return Marker::Future;
    if (is_plan_told_in_the_present(lower, tokens, i) || is_ordered_to_act(lower, tokens, i, end)) return Marker::Future;
    const auto& m = markers();
    const Marker* found = m.find(w);
    if (found && *found == Marker::Modal) return is_modal_of_what_may_come(lower, tokens, i) ? Marker::Future : Marker::None;
    if (found && (*found == Marker::Expecting || *found == Marker::FutureIfTo) && expects_of_another(lower, tokens, i, end))
        return Marker::Future;
    if (found && *found == Marker::Expecting) found = nullptr;  // else as any word: "hoped" a past form, "hopes" none
    if ((found ? *found == Marker::Past : looks_like_regular_past(w)) && is_bare_infinitive_at(lower, tokens, i))
        return Marker::None;  // "may spread", "to cut": a verb's plain form spelled like a past
    if (found) {
        const Marker marker = *found;
        if (marker == Marker::FutureIfTo)
            return (i + 1 < end && tokens[i + 1].is_word() && word_at(lower, tokens[i + 1]) == "to") ? Marker::Future : Marker::None;
        if (marker == Marker::Perfect) {
            // has/have + participle: past; has/have alone: present.
            for (size_t j = i + 1; j < end && j <= i + 3; ++j) {
                if (!tokens[j].is_word()) break;
                const std::string_view n = word_at(lower, tokens[j]);
                const Marker* past = m.find(n);
                if (looks_like_regular_past(n) || (past && *past == Marker::Past) ||
                    n == "been" || n.ends_with("en"))
                    return Marker::Past;
            }
            return Marker::Present;
        }
        return marker;
    }
    // A regular past form, unless it is half of a hyphenated adjective ("U.S.-backed", "so-called").
    if (looks_like_regular_past(w) && !(i > 0 && tokens[i - 1].is('-') && !t.space_before)) return Marker::Past;
    return Marker::None;
}

// Is the verb at `verb` a saying attributed after the clause, behind a comma and a speaker of at
// most four words ("starting in May, the company said"), within the sentence's tokens up to `end`? Its tense is the telling's, not the
// clause's: "Dealers will replace the part starting in May, the company said" is a May to come.
bool is_attribution_after(std::string_view lower, const std::vector<Token>& tokens, size_t from, size_t end, size_t verb) {
    const std::string_view w = word_at(lower, tokens[verb]);
    if (w != "said" && w != "says" && w != "told" && w != "added" && w != "stated") return false;
    // The attribution closes the sentence or a part of it ("..., the company said in a statement.");
    // a verb of saying with what was said after it is the main clause's ("In a July 16 press
    // conference, Jobs said that ...").
    size_t after = verb + 1;
    while (after < end && after <= verb + 5 && tokens[after].is_word() && word_at(lower, tokens[after]) != "that") ++after;
    if (after < end && (tokens[after].is_word() || tokens[after].is_number())) return false;
    for (size_t k = verb, words = 0; k-- > from;) {
        if (tokens[k].is(',')) return true;
        if (++words > 4 || !tokens[k].is_word()) return false;
    }
    return false;
}

}  // namespace

bool is_expecting_verb(std::string_view w) {
    return std::find(std::begin(kExpectingVerbs), std::end(kExpectingVerbs), w) != std::end(kExpectingVerbs);
}

bool is_modal_of_what_may_come(std::string_view lower, const std::vector<Token>& tokens, size_t i) {
    const std::string_view w = word_at(lower, tokens[i]);
    if (!tokens[i].is_word() ||
        std::find(std::begin(kModalsOfWhatMayCome), std::end(kModalsOfWhatMayCome), w) == std::end(kModalsOfWhatMayCome))
        return false;
    size_t next = i + 1;
    if (next < tokens.size() && (word_at(lower, tokens[next]) == "not" || word_at(lower, tokens[next]) == "n't")) {
        if (w == "could") return false;  // "Rescuers could not reach the village on Tuesday": an inability, as often past
        ++next;
    }
    if (next >= tokens.size() || !tokens[next].is_word() || tokens[next].capitalised || word_at(lower, tokens[next]) == "have")
        return false;
    if (word_at(lower, tokens[next]) != "be") return true;
    return next + 1 < tokens.size() && tokens[next + 1].is_word() && is_past_form(word_at(lower, tokens[next + 1]));
}

Tense tense_around(std::string_view lower, const std::vector<Token>& tokens, size_t first, size_t end, size_t at_begin,
                   size_t at_end) {
    // The nearest marker wins; a marker before the expression wins a tie ("said Friday").
    size_t best_distance = SIZE_MAX;
    Marker best = Marker::None;
    // "said in a speech on Thursday that he would pursue a new plan": what follows a "that" right
    // after the expression was said, in a tense of its own; the expression's verb came before it.
    // So does a clause with no "that", opening on its subject pronoun, after a verb of saying
    // ("told Reuters on April 10, 2016 it could take four days"; not "and last month it recalled").
    // (Read past it only when nothing before the expression marks a tense.)
    const auto saying_before = [&] {  // "told Reuters on April 10": a verb of saying a few words before
        for (size_t k = at_begin, steps = 0; k-- > first && steps < 6; ++steps) {
            const std::string_view v = word_at(lower, tokens[k]);
            if (v == "said" || v == "told" || v == "says" || v == "tells" || v == "announced" || v == "added" || v == "reported")
                return true;
        }
        return false;
    };
    const auto opens_what_was_said = [&](std::string_view w) {
        return w == "that" || ((w == "it" || w == "he" || w == "she" || w == "they" || w == "we") && saying_before());
    };
    const bool that_after = at_end < end && at_end < tokens.size() && tokens[at_end].is_word() && !tokens[at_end].capitalised &&
                            opens_what_was_said(word_at(lower, tokens[at_end]));
    if (that_after) {
        for (size_t i = first; i < at_begin && i < tokens.size(); ++i) {
            const Marker m = marker_at(lower, tokens, i, end);
            if (m == Marker::None) continue;
            best = m;  // the nearest before the expression: the last one
        }
        if (best != Marker::None) end = at_end;
        best = Marker::None;
    }
    for (size_t i = first; i < end && i < tokens.size(); ++i) {
        if (i >= at_begin && i < at_end) continue;
        // "could reach its outskirts by the weekend if winds do not change": a condition after the
        // expression is told in the present for what is to come; it is no tense of the expression's.
        if (i >= at_end && is_condition_opening(lower, tokens[i])) break;
        if (i >= at_end && is_attribution_after(lower, tokens, at_end, end, i)) continue;
        const Marker m = marker_at(lower, tokens, i, end);
        if (m == Marker::None) continue;
        const size_t distance = i < at_begin ? (at_begin - i) * 2 - 1 : (i - at_end + 1) * 2;
        if (distance < best_distance) {
            best_distance = distance;
            best = m;
        }
    }
    switch (best) {
        case Marker::Past: return Tense::Past;
        case Marker::Present: return Tense::Present;
        case Marker::Future: return Tense::Future;
        default: return Tense::Unknown;
    }
}

}  // namespace dateline
