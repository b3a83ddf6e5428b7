#include "sentence_subject.h"

#include <algorithm>
#include <string_view>

#include "events.h"
#include "lead_news.h"

namespace dateline {

namespace {

// The end of a name's run of capitalised words from token i (not past `end`): words joined by
// spaces, hyphens, an ampersand ("S&P", "AT&T": one name, not "S") or "of" ("Bank of England"),
// and a number right after a word ("CAC 40", "FTSE 100").
uint32_t name_run_end(const ArticleAnalysis& a, uint32_t i, uint32_t end) {
    uint32_t j = i;
    while (j < end) {
        const Token& t = a.tokens[j];
        if (j > i && t.line_before) break;
        if (t.is_word() && t.capitalised) {
            ++j;
        } else if (j > i && t.is('&') && j + 1 < end && a.tokens[j + 1].is_word() && a.tokens[j + 1].capitalised) {
            ++j;
        } else if (j > i && t.is_word() && a.word(j) == "of" && j + 1 < end && a.tokens[j + 1].is_word() &&
                   a.tokens[j + 1].capitalised && !a.tokens[j + 1].line_before) {
            ++j;  // "Bank of England", "University of Cambridge"
        } else if (j > i && t.is_number() && !t.decimal && a.tokens[j - 1].is_word()) {
            ++j;
        } else if (j > i && t.is('-') && !t.space_before && j + 1 < end && !a.tokens[j + 1].space_before &&
                   a.tokens[j + 1].is_word() && a.tokens[j + 1].capitalised) {
            ++j;
        } else if (j > i && t.is('-') && !t.space_before && j + 1 < end && !a.tokens[j + 1].space_before &&
                   a.tokens[j + 1].is_number() && !a.tokens[j + 1].decimal && a.tokens[j - 1].is_word()) {
            j += 2;  // a number joined to the name: "Luna-25", "Chandrayaan-3"
        } else {
            break;
        }
    }
    return j;
}

std::string text_of(const ArticleAnalysis& a, uint32_t first, uint32_t end) {
    return std::string(a.text.substr(a.tokens[first].start, a.tokens[end - 1].end - a.tokens[first].start));
}

// A common noun that a name before it qualifies, which the pronoun stands for with it ("the
// Merval index", "the US economy"): the kinds of things news says "it" of.
bool is_thing_noun(std::string_view w) {
    static constexpr std::string_view kNouns[] = {"index", "economy", "company", "firm", "group", "government", "airline",
                                                  "carrier", "bank", "market", "exchange", "army", "party", "automaker",
                                                  "carmaker", "manufacturer", "agency", "currency"};
    for (std::string_view n : kNouns)
        if (w == n) return true;
    return false;
}

// The name in tokens [first, run_end) as a pronoun's stand-in: with its noun and "the" when a
// thing noun follows ("the Merval index"), else the name alone ("Dow Jones").
std::string name_with_its_noun(const ArticleAnalysis& a, uint32_t first, uint32_t run_end, uint32_t end) {
    if (run_end < end && is_thing_noun(a.word(run_end))) return "the " + text_of(a, first, run_end + 1);
    return text_of(a, first, run_end);
}

// Is a name the gazetteer knows as a person at token i?
bool is_person_at(const ArticleAnalysis& a, uint32_t i) {
    if (!a.gazetteer) return false;
    for (const NameMention& n : a.names) {
        if (n.first_token > i) break;
        if (n.first_token <= i && i < n.end_token && n.kind == NameMention::Kind::Actor)
            return a.gazetteer->actors()[n.index].kind == "person";
    }
    return false;
}

// Is the gazetteer's name at token i a group (an organisation, an armed group, a government)?
bool is_group_at(const ArticleAnalysis& a, uint32_t i) {
    if (!a.gazetteer) return false;
    for (const NameMention& n : a.names) {
        if (n.first_token > i) break;
        if (n.first_token == i && n.kind == NameMention::Kind::Actor) {
            const std::string& kind = a.gazetteer->actors()[n.index].kind;
            return kind != "person" && kind != "media";
        }
    }
    return false;
}

// "Chandrayaan-3 was launched on July 14", "Boeing reported ...": one capitalised word opening
// the sentence right before its verb is the sentence's subject, and a thing's name, when it reads
// as a name: a number joined to it ("Luna-25"), or the article writes it capitalised inside a
// sentence too and never in lower case ("Markets fell", "Shares fell" open sentences with common
// nouns). Not the surname of a person named before ("Steve Jobs" ... "Jobs said").
bool lone_name_before_its_verb(const ArticleAnalysis& a, uint32_t first, uint32_t run_end, uint32_t end) {
    if (run_end >= end || is_stop_word(a.word(first))) return false;
    const std::string_view verb = a.word(run_end);
    const bool auxiliary = verb == "was" || verb == "is" || verb == "were" || verb == "are" || verb == "has" || verb == "had";
    if (!auxiliary && simple_past_at(a, first, end) != run_end) return false;
    const std::string_view name = a.token(first), lower = a.word(first);
    bool inside = run_end > first + 1;  // a number joined to it
    // Within some hundred sentences either way: a pasted book of a text is not walked whole for
    // every "It" that opens a sentence.
    constexpr uint32_t kReach = 2000;
    const uint32_t from = first > kReach ? first - kReach : 1;
    const uint32_t to = static_cast<uint32_t>(std::min<size_t>(a.tokens.size(), size_t{first} + kReach));
    for (uint32_t k = from; k < to; ++k) {
        if (a.word(k) != lower || k == first) continue;
        if (a.token(k) != name) return false;  // in lower case somewhere: a common noun
        const Token& before = a.tokens[k - 1];
        if (k < first && before.is_word() && before.capitalised && a.word(k - 1) != "the" && !a.tokens[k].line_before)
            return false;  // "Steve Jobs": a surname
        inside |= !a.tokens[k].line_before && before.is_word();
    }
    return inside;
}

}  // namespace

std::string thing_named_as_subject(const ArticleAnalysis& a, const Sentence& s) {
    const uint32_t first = s.first_token, end = s.end_token;
    if (first >= end) return {};
    // "The Merval index ...": "the" makes the run a name of a thing, not of a person.
    if (a.word(first) == "the" && first + 1 < end && a.tokens[first + 1].is_word() && a.tokens[first + 1].capitalised) {
        const uint32_t run_end = name_run_end(a, first + 1, end);
        if (!is_person_at(a, first + 1)) return name_with_its_noun(a, first + 1, run_end, end);
    }
    if (a.tokens[first].is_word() && a.tokens[first].capitalised && a.word(first) != "the") {
        const uint32_t run_end = name_run_end(a, first, end);
        // "GM", "AT&T", "S&P": capitals only, one word or letters joined by an ampersand.
        auto capitals = [&](uint32_t k) { return a.tokens[k].all_caps || (a.tokens[k].capitalised && a.token(k).size() == 1); };
        bool acronym = run_end == first + 1 ? a.tokens[first].all_caps : capitals(first);
        for (uint32_t k = first + 1; k < run_end && acronym; ++k)
            acronym = !a.tokens[k].space_before && (a.tokens[k].is('&') || capitals(k));
        if (acronym || is_group_at(a, first)) return text_of(a, first, run_end);
        uint32_t words = 0;  // capitalised words of the run ("Chandrayaan-3" is one)
        for (uint32_t k = first; k < run_end; ++k) words += a.tokens[k].is_word() && a.tokens[k].capitalised;
        if (words > 1 || is_person_at(a, first)) return {};  // maybe a person: not "it"
        if (lone_name_before_its_verb(a, first, run_end, end)) return text_of(a, first, run_end);
    }
    // "One of the worst ... was the Brazilian Bovespa index": the subject names nothing, the
    // copula's complement does. Only before any comma (a clause of its own after it).
    for (uint32_t i = first + 1; i + 2 < end; ++i) {
        if (a.tokens[i].is(',') || a.tokens[i].is(';')) break;
        const std::string_view w = a.word(i);
        if ((w == "was" || w == "is") && a.word(i + 1) == "the" && a.tokens[i + 2].is_word() && a.tokens[i + 2].capitalised &&
            !is_person_at(a, i + 2))
            return name_with_its_noun(a, i + 2, name_run_end(a, i + 2, end), end);
    }
    return {};
}

std::string thing_before_pronoun(const ArticleAnalysis& a, uint32_t pronoun) {
    const std::string_view w = a.word(pronoun);
    if (w != "it" && w != "its" && w != "they" && w != "their") return {};
    auto it = std::partition_point(a.sentences.begin(), a.sentences.end(), [&](const Sentence& s) { return s.end_token <= pronoun; });
    if (it == a.sentences.end() || it == a.sentences.begin() || it->first_token != pronoun) return {};
    std::string thing = thing_named_as_subject(a, *std::prev(it));
    if (thing.empty() && (w == "it" || w == "its")) thing = body_named_as_subject(a, *std::prev(it));
    return thing;
}

std::string body_named_as_subject(const ArticleAnalysis& a, const Sentence& s) {
    static constexpr std::string_view kBodies[] = {"jury", "court", "panel", "committee", "board", "council", "tribunal",
                                                   "commission", "parliament", "senate", "assembly", "cabinet", "regulator",
                                                   "inquiry", "coalition", "alliance", "union"};
    const uint32_t first = s.first_token;
    const std::string_view article = a.word(first);
    if (first + 2 >= s.end_token || !(article == "a" || article == "an" || article == "the")) return {};
    const std::string_view noun = a.word(first + 1);
    if (a.tokens[first + 1].capitalised || std::find(std::begin(kBodies), std::end(kBodies), noun) == std::end(kBodies)) return {};
    uint32_t verb = first + 2;  // past "in San Jose", "of appeals": a place or a name qualifying it
    if (verb < s.end_token && (a.word(verb) == "in" || a.word(verb) == "of" || a.word(verb) == "at"))
        for (++verb; verb < s.end_token && verb < first + 8 && a.tokens[verb].is_word() && a.tokens[verb].capitalised;) ++verb;
    if (simple_past_at(a, first, s.end_token) != verb) return {};
    return "the " + std::string(noun);
}

std::string subject_before_where_clause(const ArticleAnalysis& a, uint32_t pronoun) {
    const std::string_view w = a.word(pronoun);
    if ((w != "it" && w != "they") || pronoun < 3) return {};
    const std::string_view opener = a.word(pronoun - 1);
    if ((opener != "where" && opener != "when") || !a.tokens[pronoun - 2].is(',')) return {};
    auto it = std::partition_point(a.sentences.begin(), a.sentences.end(), [&](const Sentence& s) { return s.end_token <= pronoun; });
    if (it == a.sentences.end() || it->first_token >= pronoun - 2) return {};
    const uint32_t first = it->first_token;
    uint32_t end = first;
    if (a.word(first) == "the") {
        const uint32_t verb = simple_past_at(a, first, pronoun).value_or(pronoun);
        end = first + 1;
        while (end < verb && end < first + 4 && a.tokens[end].is_word() && !a.tokens[end].capitalised && a.word(end) != "has" &&
               a.word(end) != "had" && a.word(end) != "have")
            ++end;
        const bool auxiliary = a.word(end) == "has" || a.word(end) == "had" || a.word(end) == "have";
        if (end == first + 1 || (!auxiliary && verb != end)) return {};
        return "the " + text_of(a, first + 1, end);
    }
    if (!a.tokens[first].is_word() || !a.tokens[first].capitalised || is_stop_word(a.word(first)) || is_person_at(a, first))
        return {};
    end = name_run_end(a, first, pronoun);
    if (end == first || end >= pronoun || a.tokens[end].capitalised || !a.tokens[end].is_word()) return {};
    return text_of(a, first, end);
}

}  // namespace dateline
