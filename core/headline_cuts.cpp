#include "headline_cuts.h"

#include <cstddef>

#include "events.h"

namespace dateline {

namespace {

// Is `w` one of `words`? (A static list read by a loop: smaller code than a chain of compares.)
template <size_t N>
bool is_one_of(std::string_view w, const std::string_view (&words)[N]) {
    for (std::string_view x : words)
        if (w == x) return true;
    return false;
}

// Words a "to" after them completes: auxiliaries, verbs that take an infinitive, "up to".
bool wants_to_after(std::string_view w) {
    static constexpr std::string_view kWords[] = {"has", "have", "had", "is", "was", "are", "were", "be", "been",
                                                  "being", "going", "able", "about", "plans", "plan", "planned",
                                                  "wants", "want", "wanted", "agreed", "agrees", "decided", "decides",
                                                  "tried", "tries", "seeks", "sought", "hopes", "hoped", "expects",
                                                  "expected", "used", "due", "likely", "set", "up", "down", "back",
                                                  "close", "next", "according", "order", "compared", "ought", "need",
                                                  "needs", "needed", "continue", "continues", "continued", "began",
                                                  "begins", "started", "starts", "refused", "refuses", "failed",
                                                  "fails", "voted", "votes", "moved", "moves", "promised", "promises",
                                                  "threatened", "threatens", "vowed", "vows", "asked", "urged",
                                                  "allowed", "forced", "ordered", "told", "called", "helped",
                                                  "intends", "intended", "aims", "aimed"};
    return is_one_of(w, kWords);
}

// Nouns in "-ing" that a participle test must not take for a verb.
bool is_noun_in_ing(std::string_view w) {
    static constexpr std::string_view kWords[] = {"funding", "trading", "building", "meeting", "morning", "evening",
                                                  "spending", "housing", "offering", "ceiling", "thing", "nothing",
                                                  "something", "anything", "everything", "king", "spring", "string",
                                                  "bombing", "shooting", "fighting", "financing", "earnings",
                                                  "opening", "hearing", "ruling", "briefing", "landing", "wedding",
                                                  "painting", "clothing", "training", "warning", "rating", "setting",
                                                  "during", "bring", "sing", "ring", "wing", "swing", "sibling",
                                                  "pudding", "shipping", "banking", "lending", "marketing",
                                                  "advertising", "manufacturing", "engineering", "accounting",
                                                  "being"};
    return is_one_of(w, kWords);
}

}  // namespace

bool is_cut_before_to(std::string_view before) {
    if (before.empty() || is_stop_word(before) || wants_to_after(before) || is_report_verb(before)) return false;
    if (before.size() >= 5 && before.ends_with("ed")) return false;  // a past form: "managed to", "failed to"
    return true;
}

bool is_cut_before_participle(std::string_view before, std::string_view next) {
    if (next.size() < 6 || !next.ends_with("ing") || is_noun_in_ing(next)) return false;
    if (before.empty() || is_stop_word(before) || is_noun_in_ing(before) || before.ends_with("ing")) return false;
    static constexpr std::string_view kWords[] = {"was", "is", "were", "are", "be", "been", "am", "in", "on", "at",
                                                  "of", "for", "by", "from", "with", "after", "before", "without",
                                                  "while", "when", "about", "of", "start", "stop", "started",
                                                  "stopped", "keep", "kept", "began", "begin", "continued",
                                                  "continue", "avoid", "avoided", "finished", "spent"};
    return !is_one_of(before, kWords);
}

bool wants_its_complement(std::string_view w) {
    static constexpr std::string_view kWords[] = {"involved", "accused", "suspected", "based", "located", "linked",
                                                  "tied", "related", "aimed", "engaged", "charged", "convicted",
                                                  "trapped", "caught", "known", "responsible", "subjected",
                                                  "exposed", "devoted", "dedicated", "committed", "opposed",
                                                  "attributed", "compared", "bound", "destined",
                                                  // a participle after a noun that wants its agent:
                                                  // "a team led | by Daniel Thomas", "a deal brokered | by Qatar"
                                                  "led", "headed", "backed", "funded", "sponsored", "owned",
                                                  "brokered", "chaired", "commissioned", "financed", "operated"};
    // Asked at most spaces of every long headline: the last letter first (all but three end in "d").
    if (w.empty() || (w.back() != 'd' && w != "caught" && w != "known" && w != "responsible")) return false;
    return is_one_of(w, kWords);
}

bool is_cut_before_complement_participle(std::string_view before, std::string_view next) {
    if (!wants_its_complement(next) || before.empty() || is_stop_word(before) || before.ends_with("ly")) return false;
    static constexpr std::string_view kWords[] = {"was", "is", "were", "are", "be", "been", "being", "am", "has",
                                                  "have", "had", "get", "got", "become", "became", "remain",
                                                  "remained", "and", "or", "not", "also"};
    return !is_one_of(before, kWords);
}

}  // namespace dateline
