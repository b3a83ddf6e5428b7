#include "episode_dates.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "calendar.h"
#include "events.h"
#include "headline.h"
#include "lead_news.h"

namespace dateline {

namespace {

// Verbs of saying or judging: what follows them is someone's words or view, not a happening of
// the episode ("Reid said that he was disappointed", "Wagoner described the plan as ..."), and
// of expecting: what follows is a forecast ("he also expected the New GM to focus on four
// brands"). "reported", "announced", "confirmed" stay: "General Motors reported a 49% decline"
// is news.
bool is_saying_or_judging(std::string_view w) {
    if (w == "reported" || w == "announced" || w == "confirmed" || w == "acknowledged") return false;
    return is_report_verb(w) || w == "described" || w == "called" || w == "criticised" || w == "criticized" ||
           w == "praised" || w == "urged" || w == "argued" || w == "believed" || w == "thought" || w == "felt" ||
           w == "expected" || w == "hoped" || w == "predicted" || w == "feared" || w == "anticipated" || w == "indicated" ||
           w == "commented" || w == "remarked" || w == "stressed" || w == "emphasised" || w == "emphasized";
}

// An occasion for announcing: "keynote", "speech", "address", "conference" ("press conference",
// "news conference"), "presentation", "briefing".
bool is_occasion_noun(std::string_view w) {
    return w == "keynote" || w == "speech" || w == "address" || w == "conference" || w == "presentation" ||
           w == "briefing";
}

// A verb telling what was made known at an occasion, in the simple past.
bool is_announcement_verb(std::string_view w) {
    return w == "announced" || w == "unveiled" || w == "introduced" || w == "revealed" || w == "demonstrated" ||
           w == "demoed" || w == "presented" || w == "showed" || w == "showcased" || w == "launched" || w == "previewed";
}

// The most words before an episode's verb (see episode_verb_at).
constexpr uint32_t kLongestEpisodeSubject = 8;

bool is_negation(std::string_view w) { return w == "not" || w == "n't" || w == "never" || w == "no"; }

// A word's stem for telling a happening's noun from its verb: "opening", "opened" -> "open";
// "attack", "attacked" -> "attack"; "election", "elected" -> "elect"; "announcement",
// "announced" -> "announc". One ending goes, then a final "e".
std::string_view happening_stem(std::string_view w) {
    for (const std::string_view end : {"ment", "ion", "ing", "ed", "es", "s"})
        if (w.size() > end.size() + 2 && w.ends_with(end)) {
            w.remove_suffix(end.size());
            break;
        }
    if (w.size() > 3 && w.ends_with('e')) w.remove_suffix(1);
    return w;
}

}  // namespace

bool names_the_happening_before(const ArticleAnalysis& a, const Sentence& s, const Sentence& before) {
    for (uint32_t i = s.first_token; i + 1 < s.end_token; ++i) {
        const std::string_view det = a.word(i);
        if (det != "the" && det != "this" && det != "that" && det != "its") continue;
        const std::string_view noun = happening_stem(a.word(i + 1));
        if (noun.size() < 3) continue;
        for (uint32_t j = before.first_token; j < before.end_token; ++j) {
            const std::string_view verb = a.word(j);
            if (verb.size() > 4 && verb.ends_with("ed") && happening_stem(verb) == noun) return true;
        }
    }
    return false;
}

std::optional<uint32_t> same_day_opening(const ArticleAnalysis& a, const Sentence& s) {
    const uint32_t f = s.first_token;
    if (f + 3 > s.end_token) return std::nullopt;
    auto after = [&](uint32_t next) -> std::optional<uint32_t> {
        return next < s.end_token && a.tokens[next].is(',') ? next + 1 : next;
    };
    const std::string_view w0 = a.word(f), w1 = a.word(f + 1);
    if ((w0 == "hours" || w0 == "minutes" || w0 == "moments") && w1 == "later") return after(f + 2);
    if (w0 == "later" && w1 == "that" && (a.word(f + 2) == "day" || a.word(f + 2) == "evening")) return after(f + 3);
    if ((w0 == "shortly" || w0 == "soon") && (w1 == "afterwards" || w1 == "afterward" || w1 == "after")) {
        if (a.tokens[f + 2].is(',')) return f + 3;
        return std::nullopt;  // "Soon after the vote, ..." names its own reference
    }
    return std::nullopt;
}

std::optional<uint32_t> part_of_day_opening(const ArticleAnalysis& a, const Sentence& s) {
    uint32_t i = s.first_token;
    if (i + 4 > s.end_token) return std::nullopt;
    const std::string_view w0 = a.word(i);
    if (w0 == "throughout" || w0 == "during" || w0 == "by" || w0 == "in" || w0 == "later" || w0 == "early" ||
        w0 == "late")
        ++i;
    const std::string_view determiner = a.word(i);
    if (!(determiner == "the" || (determiner == "that" && i + 1 < s.end_token))) return std::nullopt;
    if (determiner == "the" && i == s.first_token) return std::nullopt;  // "The morning was calm": a subject
    const std::string_view part = a.word(i + 1);
    if (!(part == "morning" || part == "afternoon" || part == "evening" || part == "night")) return std::nullopt;
    if (!a.tokens[i + 2].is(',')) return std::nullopt;  // "During the night of 4 May": a date of its own
    return i + 3;
}

// (Both scans look for their noun first, "bell", "close", "week": one test a token, word_is.)
bool tells_the_close_of_trading(const ArticleAnalysis& a, const Sentence& s) {
    for (uint32_t i = s.first_token + 2; i < s.end_token; ++i) {
        if (a.word_is(i, "bell")) {
            if (a.word(i - 1) == "closing" && i >= s.first_token + 3 && a.word(i - 2) == "the" &&
                (a.word(i - 3) == "by" || a.word(i - 3) == "at"))
                return true;
        } else if (a.word_is(i, "close") && a.word(i - 1) == "the" && (a.word(i - 2) == "by" || a.word(i - 2) == "at")) {
            if (i + 1 >= s.end_token || a.word(i + 1) != "of") return true;
            return i + 2 < s.end_token && (a.word(i + 2) == "trading" || a.word(i + 2) == "business");
        }
    }
    return false;
}

std::optional<uint32_t> the_week_told_before(const ArticleAnalysis& a, const Sentence& s) {
    auto is_span_word = [&](uint32_t i) {
        const std::string_view w = a.word(i);
        return w == "over" || w == "during" || w == "throughout" || w == "across";
    };
    for (uint32_t i = s.first_token + 2; i < s.end_token; ++i) {
        if (!a.word_is(i, "week") || a.word(i - 1) != "the") continue;
        const bool course = i >= s.first_token + 5 && a.word(i - 2) == "of" && a.word(i - 3) == "course" && a.word(i - 4) == "the";
        if (!(is_span_word(i - 2) || (course && is_span_word(i - 5)))) continue;
        const std::string_view after = i + 1 < s.end_token ? a.word(i + 1) : std::string_view{};
        if (after == "of" || after == "before" || after == "after" || after == "ahead" || after == "'s" || after == "earlier" ||
            after == "later")
            continue;
        return i;
    }
    return std::nullopt;
}

bool refers_to_the_day_dated_before(const ArticleAnalysis& a, const Sentence& s) {
    return part_of_day_opening(a, s) || tells_the_close_of_trading(a, s) || the_week_told_before(a, s);
}

std::optional<uint32_t> adds_to_the_news_at(const ArticleAnalysis& a, const Sentence& s, const Sentence& lead) {
    if (s.end_token <= s.first_token + 3 || is_quote_mark(a.tokens[s.first_token]) || a.tokens[s.end_token - 1].is('?'))
        return std::nullopt;
    bool also = false;  // looked for first: most sentences have none, and the verb searches cost more
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
        if (a.in_timex[i]) return std::nullopt;  // a time of its own
        also |= a.word(i) == "also";
    }
    if (!also) return std::nullopt;
    // "has also been reduced": a present perfect with "also" inside it.
    if (const std::optional<uint32_t> perfect = present_perfect_at(a, s.first_token, s.end_token)) {
        for (uint32_t i = *perfect + 1; i < s.end_token && i <= *perfect + 3; ++i)
            if (a.word(i) == "also") return perfect;
        return std::nullopt;
    }
    // "Apple also demonstrated": a simple past right after "also", its subject named in the lead.
    const std::optional<uint32_t> verb = simple_past_at(a, s.first_token, s.end_token);
    if (!verb || *verb < s.first_token + 2 || a.word(*verb - 1) != "also" || is_saying_or_judging(a.word(*verb))) return std::nullopt;
    uint32_t subject = *verb - 1;
    while (subject > s.first_token && !a.tokens[subject - 1].is(',')) --subject;
    // "He also announced that QuickTime 7 would be available": a person's pronoun that opens the
    // sentence, with a verb of announcing (news made known, not "He also served as governor").
    if (subject == s.first_token && subject + 2 == *verb && (a.word(subject) == "he" || a.word(subject) == "she") &&
        is_announcement_verb(a.word(*verb)))
        return verb;
    for (uint32_t i = subject; i + 1 < *verb; ++i) {
        if (!a.tokens[i].is_word() || !a.tokens[i].capitalised || is_stop_word(a.word(i))) continue;
        for (uint32_t k = lead.first_token; k < lead.end_token; ++k)
            if (a.tokens[k].capitalised && a.word(k) == a.word(i)) return verb;
    }
    return std::nullopt;
}

std::optional<uint32_t> attributed_news_at(const ArticleAnalysis& a, const Sentence& s) {
    if (s.end_token <= s.first_token + 5 || is_quote_mark(a.tokens[s.first_token]) || a.tokens[s.end_token - 1].is('?'))
        return std::nullopt;
    for (uint32_t i = s.first_token; i < s.end_token; ++i)
        if (a.in_timex[i]) return std::nullopt;  // a time of its own
    // The attribution: a comma, then "said" within a few words (", a Syrian military source said",
    // ", said the ministry").
    uint32_t said = s.end_token;
    for (uint32_t c = s.first_token + 3; c < s.end_token && said == s.end_token; ++c) {
        if (!a.tokens[c].is(',')) continue;
        for (uint32_t k = c + 1; k < s.end_token && k <= c + 7; ++k)
            if (a.word(k) == "said" || a.word(k) == "says") {
                said = k;
                break;
            }
        if (said != s.end_token) said = c;  // the happening is told before the comma
    }
    if (said == s.end_token) return std::nullopt;
    const std::optional<uint32_t> verb = simple_past_at(a, s.first_token, said);
    if (!verb || is_saying_or_judging(a.word(*verb))) return std::nullopt;
    for (uint32_t i = s.first_token; i <= *verb + 1 && i < said; ++i)
        if (is_negation(a.word(i))) return std::nullopt;
    return verb;
}

// Does an undated sentence tell its time against something else than the episode before it: a
// time counted from another happening ("The ruling came a day after the court ended affirmative
// action": that day is not the episode's), or a span of weeks or more ("The fossils took years to
// prepare")? Then it is no happening of the episode.
bool told_against_another_time(const ArticleAnalysis& a, const Sentence& s) {
    auto is_measure = [&](uint32_t k) {
        const std::string_view w = a.word(k);
        return a.tokens[k].is_number() || w == "a" || w == "an" || w == "few" || w == "several" || w == "some" || w == "many" ||
               w == "two" || w == "three" || w == "four" || w == "five" || w == "six" || w == "ten";
    };
    auto unit_at = [&](uint32_t k) {
        const std::string_view w = a.word(k);
        return w == "day" || w == "days" || w == "week" || w == "weeks" || w == "month" || w == "months" || w == "year" ||
               w == "years" || w == "decade" || w == "decades";
    };
    for (uint32_t i = s.first_token + 1; i + 1 < s.end_token; ++i) {
        const std::string_view first_letter = a.word(i).substr(0, 1);  // the units' letters first: this runs per token
        if (first_letter != "d" && first_letter != "w" && first_letter != "m" && first_letter != "y") continue;
        if (!unit_at(i)) continue;
        const std::string_view next = a.word(i + 1);
        if ((next == "after" || next == "before") && is_measure(i - 1)) return true;
        // "took years to prepare", "lasted two months": a span longer than the day it would be carried to.
        const std::string_view w = a.word(i);
        const bool weeks_or_more = w != "day" && w != "days";
        for (uint32_t k = i; k-- > s.first_token && k + 3 > i;) {
            const std::string_view v = a.word(k);
            if (v == "took" || v == "lasted" || v == "spent") return weeks_or_more;
            if (!is_measure(k)) break;
        }
    }
    return false;
}

std::optional<uint32_t> episode_verb_at(const ArticleAnalysis& a, const Sentence& s) {
    if (s.end_token <= s.first_token + 2) return std::nullopt;
    if (is_quote_mark(a.tokens[s.first_token])) return std::nullopt;  // a speaker's words
    if (a.tokens[s.end_token - 1].is('?')) return std::nullopt;
    for (uint32_t i = s.first_token; i < s.end_token; ++i)
        if (a.in_timex[i]) return std::nullopt;  // a time of its own
    const uint32_t first = same_day_opening(a, s).value_or(s.first_token);
    const std::optional<uint32_t> verb = simple_past_at(a, first, s.end_token);
    if (!verb || is_saying_or_judging(a.word(*verb))) return std::nullopt;
    if (told_against_another_time(a, s)) return std::nullopt;
    // A subject is a short stretch before its verb: a past form far from the sentence's opening
    // or last comma is more often a participle inside a present sentence's object ("The
    // program's demise leaves the jet as the only one built in California").
    uint32_t words = 0;
    for (uint32_t i = *verb; i-- > first && !a.tokens[i].is(',');) words += a.tokens[i].is_word() ? 1 : 0;
    if (words > kLongestEpisodeSubject) return std::nullopt;
    for (uint32_t i = first; i <= *verb + 1 && i < s.end_token; ++i)
        if (is_negation(a.word(i))) return std::nullopt;  // "did not", "refused" is fine, "was not" is no happening
    return verb;
}

bool reacts_to_the_news(const ArticleAnalysis& a, const Sentence& s) {
    for (uint32_t i = s.first_token; i + 1 < s.end_token; ++i) {
        const std::string_view w = a.word(i);
        if (!(w == "on" || w == "after" || w == "following" || w == "to")) continue;
        if (w == "to" && !(i > s.first_token && a.word(i - 1) == "reaction")) continue;  // "in reaction to the news"
        uint32_t j = i + 1;
        if (a.word(j) == "the") ++j;
        else if (w != "on") continue;  // "on news of/that", but not "after news": "after news conferences"
        if (j >= s.end_token) return false;
        const std::string_view noun = a.word(j);
        if (noun == "announcement") return j > i + 1;
        // "Sterling fell after the data", "Shares rose on the results": the report the article
        // leads with, named alone (not "after the report of an attack", another happening).
        if (j > i + 1 && (noun == "data" || noun == "figures" || noun == "results" || noun == "report" || noun == "decision" ||
                          noun == "ruling" || noun == "verdict" || noun == "statement")) {
            const bool alone = j + 1 >= s.end_token || !a.tokens[j + 1].is_word() || a.word(j + 1) == "was" || a.word(j + 1) == "were";
            if (alone) return true;
            continue;
        }
        if (noun != "news") continue;
        if (j == i + 1) {  // "on news of the deal", "on news that"
            const std::string_view next = j + 1 < s.end_token ? a.word(j + 1) : std::string_view{};
            return next == "of" || next == "that";
        }
        return true;
    }
    return false;
}

// `from`'s value placed on tokens [first, end) of the text: the words an inferred date is shown on.
static TimeExpression placed_on(const ArticleAnalysis& a, const TimeExpression& from, uint32_t first, uint32_t end) {
    TimeExpression e = from;
    e.first_token = first;
    e.end_token = end;
    e.start = a.tokens[first].start;
    e.end = a.tokens[end - 1].end;
    e.signal = {};
    return e;
}

// `before`'s value, placed on the verb it dates, its `how` opening "'<verb>' has no date of its own: ".
static TimeExpression at_verb(const ArticleAnalysis& a, uint32_t verb_token, const TimeExpression& before) {
    TimeExpression e = placed_on(a, before, verb_token, verb_token + 1);
    const std::string_view verb = a.text.substr(e.start, e.end - e.start);
    e.how.clear();
    e.how.append("'").append(verb).append("' has no date of its own: ");
    return e;
}

TimeExpression part_of_day_expression(const ArticleAnalysis& a, const Sentence& s, uint32_t verb_token, const TimeExpression& day) {
    TimeExpression e = at_verb(a, verb_token, day);
    const std::string_view dating = a.text.substr(day.start, day.end - day.start);
    if (!part_of_day_opening(a, s) && !tells_the_close_of_trading(a, s) && the_week_told_before(a, s)) {
        const CivilDate last = civil_from_days(day.last_day);
        e.first_day = day.last_day - (iso_weekday(last) - 1);
        e.precision = Precision::Range;
        e.value = to_iso(civil_from_days(e.first_day)) + "/" + to_iso(last);
        e.how.append("'the week' is the week of the day last dated, '").append(dating).append("', from its Monday up to that day, inferred (");
    } else {
        e.how.append("it names a part of the day last dated, '").append(dating).append("', and is dated as it, inferred (");
    }
    e.how.append(day.how).append(")");
    return e;
}

TimeExpression added_news_expression(const ArticleAnalysis& a, uint32_t verb_token, const TimeExpression& news,
                                     std::string_view why) {
    TimeExpression e = at_verb(a, verb_token, news);
    e.how.append(why).append(", '")
        .append(a.text.substr(news.start, news.end - news.start))
        .append("', and dated as it, inferred (")
        .append(news.how)
        .append(")");
    return e;
}

TimeExpression carried_expression(const ArticleAnalysis& a, uint32_t verb_token, const TimeExpression& before, bool reaction) {
    TimeExpression e = at_verb(a, verb_token, before);
    // Carried from a sentence that was itself carried: the same reason, from the first date.
    static constexpr std::string_view kAfter = "told right after '", kReaction = "a reaction to the news of '";
    for (const std::string_view reason : {kAfter, kReaction})
        if (const size_t carried = before.how.find(reason); carried != std::string::npos) {
            e.how.append(std::string_view(before.how).substr(carried));
            return e;
        }
    const std::string_view dating = a.text.substr(before.start, before.end - before.start);
    if (reaction)
        e.how.append(kReaction).append(dating).append("' that the article leads with, dated as it, inferred (");
    else
        e.how.append(kAfter).append(dating).append("', it continues that episode and is dated as it, inferred (");
    e.how.append(before.how).append(")");
    return e;
}

namespace {

// A verb of saying a speaker's words follow: the lexicon's report verbs, and the admissions.
bool is_saying_of_a_speaker(std::string_view w) {
    if (w == "according") return false;
    return is_report_verb(w) || w == "admitted" || w == "conceded" || w == "admits" || w == "concedes";
}

}  // namespace

std::optional<uint32_t> named_saying_at(const ArticleAnalysis& a, const Sentence& s) {
    if (s.first_token >= s.end_token) return std::nullopt;
    bool quoted = a.tokens[s.first_token].inside_quote_after(false);
    for (uint32_t i = s.first_token + 1; i < s.end_token; ++i) {
        quoted = a.tokens[i].inside_quote_after(quoted);
        // A lower-case word after a name or a four-letter word ("also"): flags of two tokens,
        // tested together (one branch, seldom taken); then the name, then the verb (a lexicon look-up).
        const Token& verb = a.tokens[i];
        const Token& before = a.tokens[i - 1];
        const bool candidate = verb.is_word() & !verb.capitalised & (before.capitalised | (before.end - before.start == 4));
        if (!candidate || quoted) continue;
        uint32_t name = i - 1;
        if (a.word(name) == "also" && name > s.first_token) --name;
        const Token& t = a.tokens[name];
        if (!t.is_word() || !t.capitalised || is_stop_word(a.word(name))) continue;
        if (is_saying_of_a_speaker(a.word(i))) return i;
    }
    return std::nullopt;
}

std::string_view speaker_of_saying(const ArticleAnalysis& a, uint32_t verb_token) {
    const uint32_t name = a.word(verb_token - 1) == "also" ? verb_token - 2 : verb_token - 1;
    return a.word(name);
}

std::optional<uint32_t> says_more_at_the_occasion_at(const ArticleAnalysis& a, const Sentence& s, std::string_view speaker) {
    if (speaker.empty() || s.end_token <= s.first_token + 3 || is_quote_mark(a.tokens[s.first_token]) ||
        a.tokens[s.end_token - 1].is('?'))
        return std::nullopt;
    for (const TimeExpression& e : a.timexes) {
        if (e.end_token <= s.first_token) continue;
        if (e.first_token >= s.end_token) break;
        if (e.dated && (e.type == TimexType::Date || e.type == TimexType::Time)) return std::nullopt;  // a date of its own
    }
    const std::optional<uint32_t> verb = named_saying_at(a, s);
    if (!verb || speaker_of_saying(a, *verb) != speaker) return std::nullopt;
    return verb;
}

std::vector<std::string_view> occasion_speaker_of_lead(const ArticleAnalysis& a, const Sentence& lead) {
    bool occasion = false;
    for (uint32_t i = lead.first_token; i < lead.end_token && !occasion; ++i) occasion = is_occasion_noun(a.word(i));
    if (!occasion) return {};
    const std::optional<uint32_t> verb = simple_past_at(a, lead.first_token, lead.end_token);
    if (!verb) return {};
    std::vector<std::string_view> name;
    for (uint32_t i = *verb; i-- > lead.first_token && name.size() < 3;) {
        const Token& t = a.tokens[i];
        if (!t.is_word() || !t.capitalised || is_stop_word(a.word(i))) break;
        name.push_back(a.word(i));
    }
    return name;
}

std::optional<uint32_t> announces_at_the_occasion_at(const ArticleAnalysis& a, const Sentence& s,
                                                     const std::vector<std::string_view>& speaker) {
    if (speaker.empty() || s.end_token <= s.first_token + 3 || is_quote_mark(a.tokens[s.first_token]) ||
        a.tokens[s.end_token - 1].is('?'))
        return std::nullopt;
    for (uint32_t i = s.first_token; i < s.end_token; ++i)
        if (a.in_timex[i]) return std::nullopt;  // a time of its own
    const std::optional<uint32_t> verb = simple_past_at(a, s.first_token, s.end_token);
    if (!verb || !is_announcement_verb(a.word(*verb)) || *verb == s.first_token) return std::nullopt;
    uint32_t name = *verb - 1;
    if ((a.word(name) == "also" || a.word(name) == "then") && name > s.first_token) --name;
    if (!a.tokens[name].capitalised || is_stop_word(a.word(name))) return std::nullopt;  // a name, not "He"
    for (const std::string_view w : speaker)
        if (a.word(name) == w) return verb;
    return std::nullopt;
}

TimeExpression announcement_expression(const ArticleAnalysis& a, uint32_t verb_token, const TimeExpression& occasion) {
    TimeExpression e = at_verb(a, verb_token, occasion);
    e.how.append("announced by the speaker of the occasion the article leads with, '")
        .append(a.text.substr(occasion.start, occasion.end - occasion.start))
        .append("', told with no date of its own: made there and dated as it, inferred (")
        .append(occasion.how)
        .append(")");
    return e;
}

TimeExpression occasion_expression(const ArticleAnalysis& a, uint32_t verb_token, const TimeExpression& occasion) {
    TimeExpression e = at_verb(a, verb_token, occasion);
    static constexpr std::string_view kOccasion = "another saying of the speaker of '";
    if (const size_t carried = occasion.how.find(kOccasion); carried != std::string::npos) {
        e.how.append(std::string_view(occasion.how).substr(carried));
        return e;
    }
    e.how.append(kOccasion)
        .append(a.text.substr(occasion.start, occasion.end - occasion.start))
        .append("', told after it with no date of its own: said at the same occasion and dated as it, inferred (")
        .append(occasion.how)
        .append(")");
    return e;
}


std::optional<DaysAfter> days_after_at(const ArticleAnalysis& a, const Sentence& s) {
    if (s.end_token <= s.first_token + 5 || is_quote_mark(a.tokens[s.first_token]) || a.tokens[s.end_token - 1].is('?'))
        return std::nullopt;
    for (uint32_t i = s.first_token; i + 1 < s.end_token; ++i) {
        if (!a.word_is(i, "days") || a.word(i + 1) != "after") continue;  // the key word first: most words are not "days"
        uint32_t opening_first = i;
        const std::string_view before = i > s.first_token ? a.word(i - 1) : std::string_view{};
        if (before == "just" || before == "only" || before == "few") opening_first = before == "few" ? i - 2 : i - 1;
        if (opening_first < s.first_token) continue;
        DaysAfter d{i, i + 2, i + 2, false};
        if (opening_first == s.first_token) {  // "Days after Sen. McCain's remarks, ..."
            while (d.phrase_end < s.end_token && !a.tokens[d.phrase_end].is(',')) ++d.phrase_end;
            if (d.phrase_end >= s.end_token || d.phrase_end == d.phrase_first) return std::nullopt;
            d.opening = true;
            return d;
        }
        // "... came just days after <clause>"
        const uint32_t came = opening_first - 1;
        if (came <= s.first_token || (a.word(came) != "came" && a.word(came) != "comes")) return std::nullopt;
        d.phrase_end = s.end_token;
        return d;
    }
    return std::nullopt;
}

std::optional<TimeExpression> days_after_expression(const ArticleAnalysis& a, const DaysAfter& d, const TimeExpression& anchor,
                                                    int64_t published_day) {
    int64_t first = 0, last = 0;
    if (d.opening) {
        first = anchor.first_day + 1;
        last = std::min(anchor.last_day + 6, published_day);
    } else {
        first = anchor.first_day - 6;
        last = anchor.first_day - 1;
    }
    if (first > last) return std::nullopt;
    TimeExpression e = placed_on(a, anchor, d.days_token, d.days_token + 2);
    e.first_day = first;
    e.last_day = last;
    e.precision = Precision::Range;
    e.value = to_iso(civil_from_days(first)) + "/" + to_iso(civil_from_days(last));
    e.how = std::string("'days after' counts from '")
                .append(a.text.substr(anchor.start, anchor.end - anchor.start))
                .append(d.opening ? "': one to six days after that happening" : "': the happening after 'after' is one to six days before it")
                .append(d.opening ? ", up to the day of publication, inferred (" : ", inferred (")
                .append(anchor.how)
                .append(")");
    return e;
}

namespace {

// A count of days at token f: "a day", "one day" ("the day" when `the_day`), "two days" up to
// seven (in words or a digit), "a week" when `a_week` (seven). 0 when none.
int days_counted_at(const ArticleAnalysis& a, uint32_t f, bool the_day, bool a_week) {
    const std::string_view count = a.word(f), unit = a.word(f + 1);
    const bool one = count == "a" || count == "one" || (the_day && count == "the");
    if (unit == "day" && one) return 1;
    if (unit == "week" && a_week && (count == "a" || count == "one")) return 7;
    if (unit != "days") return 0;
    static constexpr std::string_view kCounts[] = {"two", "three", "four", "five", "six", "seven"};
    for (int n = 0; n < 6; ++n)
        if (count == kCounts[n]) return n + 2;
    if (a.tokens[f].is_number() && a.tokens[f].digits == 1 && count >= "2" && count <= "7") return count[0] - '0';
    return 0;
}

// `anchor`'s day moved by `days`, as the expression of tokens [first, last]; its how quotes those
// words, `joint`, the anchor's words, `before_how`, then the anchor's how. Nothing when `anchor`
// is no single day.
std::optional<TimeExpression> day_moved_expression(const ArticleAnalysis& a, const TimeExpression& anchor, uint32_t first,
                                                   uint32_t last, int days, std::string_view joint, std::string_view before_how) {
    if (anchor.precision != Precision::Day || anchor.first_day != anchor.last_day) return std::nullopt;
    TimeExpression e = placed_on(a, anchor, first, last + 1);
    e.first_day = e.last_day = anchor.first_day + days;
    e.value = to_iso(civil_from_days(e.first_day));
    e.how = std::string("'")
                .append(a.text.substr(e.start, e.end - e.start))
                .append(joint)
                .append(a.text.substr(anchor.start, anchor.end - anchor.start))
                .append(before_how)
                .append(anchor.how)
                .append(")");
    return e;
}

}  // namespace

std::optional<DaysFromAHappening> days_from_a_happening_at(const ArticleAnalysis& a, const Sentence& s) {
    const uint32_t f = s.first_token;
    if (s.end_token <= f + 6) return std::nullopt;
    const std::string_view side = a.word(f + 2);
    if (side != "before" && side != "after") return std::nullopt;
    const int days = days_counted_at(a, f, true, false);
    if (!days || a.word(f + 3) != "the") return std::nullopt;
    uint32_t comma = f + 4;
    while (comma < s.end_token && comma < f + 8 && !a.tokens[comma].is(',')) ++comma;
    if (comma >= s.end_token || !a.tokens[comma].is(',') || comma == f + 4) return std::nullopt;
    const uint32_t noun = comma - 1;  // "the announcement", "the party's vote": the last word is the happening
    if (!a.tokens[noun].is_word() || a.tokens[noun].capitalised || happening_stem(a.word(noun)).size() < 3) return std::nullopt;
    return DaysFromAHappening{side == "before" ? -days : days, noun, f, comma + 1};
}

std::optional<HappeningCountedBack> happening_counted_back_from(const ArticleAnalysis& a, const Sentence& s,
                                                                 const TimeExpression& date) {
    uint32_t f = date.end_token;
    if (f < s.end_token && a.tokens[f].is(',')) ++f;
    if (f + 4 >= s.end_token) return std::nullopt;
    if (a.word(f + 2) != "after") return std::nullopt;
    const int days = days_counted_at(a, f, false, true);
    if (!days) return std::nullopt;
    const uint32_t first = f + 3;
    uint32_t end = first;
    while (end < s.end_token && !a.tokens[end].is(';')) ++end;
    while (end > first && (a.tokens[end - 1].is('.') || a.tokens[end - 1].is('!'))) --end;
    for (uint32_t k = first; k < end; ++k)
        if (a.in_timex[k]) return std::nullopt;  // a date of its own dates it
    if (end <= first + 2 || !simple_past_at(a, first, end)) return std::nullopt;
    return HappeningCountedBack{days, f, first, end};
}

std::optional<TimeExpression> counted_back_expression(const ArticleAnalysis& a, const HappeningCountedBack& h,
                                                      const TimeExpression& date) {
    return day_moved_expression(a, date, h.count_first, h.count_first + 2, -h.days, "' counts back from '", "' (");
}

bool tells_the_happening_of(const ArticleAnalysis& a, uint32_t i, uint32_t noun_token) {
    if (i == noun_token || !a.tokens[i].is_word()) return false;
    const std::string_view w = a.word(i);
    return w.size() > 3 && happening_stem(w) == happening_stem(a.word(noun_token));
}

std::optional<TimeExpression> days_from_a_happening_expression(const ArticleAnalysis& a, const DaysFromAHappening& d,
                                                               const TimeExpression& anchor) {
    return day_moved_expression(a, anchor, d.opening_first, d.noun_token, d.days, "' counts from '",
                                "', which dates that happening, inferred (");
}

std::optional<SpanBefore> span_before_the_present_at(const ArticleAnalysis& a, const Sentence& s) {
    if (s.end_token <= s.first_token + 8 || a.tokens[s.end_token - 1].is('?')) return std::nullopt;
    uint32_t i = s.first_token;
    static constexpr std::string_view kHedges[] = {"just", "only", "barely", "nearly", "almost", "about", "some"};
    if (std::find(std::begin(kHedges), std::end(kHedges), a.word(i)) != std::end(kHedges)) ++i;
    SpanBefore d{};
    d.count_token = i;
    const std::string_view count = a.word(i);
    if (count == "a" || count == "an") d.count = 1;
    else if (const TimeWord& w = time_word(count); w.cls == TimeWordClass::Number) d.count = w.value;
    else if (!count.empty() && std::all_of(count.begin(), count.end(), [](char c) { return c >= '0' && c <= '9'; }) && count.size() <= 3)
        d.count = std::stoi(std::string(count));
    if (d.count <= 0) return std::nullopt;
    d.unit_token = i + 1;
    const TimeWord& unit = time_word(a.word(d.unit_token));
    if (unit.cls != TimeWordClass::Unit && unit.cls != TimeWordClass::Units) return std::nullopt;
    d.unit = unit.unit;
    if (d.unit != TimeUnit::Day && d.unit != TimeUnit::Week && d.unit != TimeUnit::Month && d.unit != TimeUnit::Year) return std::nullopt;
    if (a.word(d.unit_token + 1) != "after") return std::nullopt;
    d.phrase_first = d.unit_token + 2;
    d.phrase_end = d.phrase_first;
    while (d.phrase_end < s.end_token && !a.tokens[d.phrase_end].is(',')) {
        if (is_quote_mark(a.tokens[d.phrase_end])) return std::nullopt;
        ++d.phrase_end;
    }
    if (d.phrase_end >= s.end_token || d.phrase_end < d.phrase_first + 2) return std::nullopt;
    const uint32_t main = d.phrase_end + 1;
    // No dated expression anywhere in the sentence ("two weeks" itself is a duration), and the
    // main clause told in the present.
    if (holds_a_date(a, s.first_token, s.end_token)) return std::nullopt;
    // Its first verb, within its first sixteen words (its subject before): no past form before it.
    bool quoted = false, present = false;
    for (uint32_t k = main; k + 1 < s.end_token && k < main + 16 && !present; ++k) {
        quoted = a.tokens[k].inside_quote_after(quoted);
        if (quoted) continue;
        const std::string_view w = a.word(k);
        if (!a.tokens[k].capitalised && (w.ends_with("ed") || w == "was" || w == "were" || w == "had")) return std::nullopt;
        if (w != "is" && w != "are" && w != "has" && w != "have") continue;
        uint32_t next = k + 1;
        if (a.word(next) == "still" || a.word(next) == "now" || a.word(next) == "also") ++next;
        const std::string_view v = a.word(next);
        present = (w == "is" || w == "are") ? v.size() > 4 && v.ends_with("ing") : is_past_participle(v);
        if (!present) break;  // the main clause's first verb is another form
    }
    if (!present) return std::nullopt;
    return d;
}

TimeExpression span_before_the_present_expression(const ArticleAnalysis& a, const SpanBefore& d, CivilDate published,
                                                  std::string_view published_how) {
    TimeExpression e;
    e.first_token = d.count_token;
    e.end_token = d.unit_token + 2;  // "two weeks after"
    e.start = a.tokens[e.first_token].start;
    e.end = a.tokens[e.end_token - 1].end;
    e.type = TimexType::Date;
    e.meaning.anchor = TimexMeaning::Anchor::Publication;
    e.dated = true;
    const int64_t today = days_from_civil(published);
    std::string counted;
    switch (d.unit) {
        case TimeUnit::Day:
        case TimeUnit::Week: {
            const int64_t day = today - d.count * (d.unit == TimeUnit::Week ? 7 : 1);
            e.first_day = e.last_day = day;
            e.precision = Precision::Day;
            e.value = to_iso(civil_from_days(day));
            if (d.unit == TimeUnit::Week) e.give_or_take_days = kWeeksAgoGiveOrTakeDays;
            counted = d.unit == TimeUnit::Week ? "about that day, give or take " + std::to_string(kWeeksAgoGiveOrTakeDays) + " days"
                                               : "that day";
            break;
        }
        case TimeUnit::Month: {
            const CivilDate m = add_months(CivilDate{published.year, published.month, 1}, -d.count);
            e.first_day = days_from_civil(m);
            e.last_day = e.first_day + days_in_month(m.year, m.month) - 1;
            e.precision = Precision::Month;
            e.value = to_iso(m).substr(0, 7);
            counted = "that month";
            break;
        }
        default: {
            const int year = published.year - d.count;
            e.first_day = days_from_civil(CivilDate{year, 1, 1});
            e.last_day = days_from_civil(CivilDate{year, 12, 31});
            e.precision = Precision::Year;
            e.value = std::to_string(year);
            counted = "that year";
            break;
        }
    }
    e.how.append("'").append(a.text.substr(e.start, e.end - e.start)).append("': the happening after it is that long before the sentence's present, the day of publication (");
    e.how.append(published_how.empty() ? std::string_view("the publication date") : published_how).append("): ");
    e.how.append(to_iso(civil_from_days(e.first_day))).append(", ").append(counted).append(", inferred");
    return e;
}

namespace {

// "quake" and "earthquake", "attack" and "attack": nouns of one happening.
bool same_happening_noun(std::string_view x, std::string_view y) {
    if (x.size() < y.size()) std::swap(x, y);
    return y.size() >= 4 && x.ends_with(y);
}

// The happening's noun among the seven tokens from `first`, before token `end`, with no comma
// before it ("The 7.8 magnitude quake"); 0 when none.
uint32_t opening_happening_noun(const ArticleAnalysis& a, uint32_t first, uint32_t end) {
    for (uint32_t i = first; i < end && i < first + 7; ++i) {
        if (a.tokens[i].is(',')) return 0;
        if (is_event_noun(a.word(i))) return i;
    }
    return 0;
}

}  // namespace

std::optional<TimeExpression> time_of_a_happening_dated_before(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& time) {
    const TimexMeaning& m = time.meaning;
    if (!time.dated || m.anchor != TimexMeaning::Anchor::Previous || m.unit != TimeUnit::Day || m.offset != 0 ||
        (m.hour < 0 && m.part_of_day.empty()))
        return std::nullopt;
    const std::string_view determiner = a.word(s.first_token);
    if (!(determiner == "the" || determiner == "this" || determiner == "that")) return std::nullopt;
    uint32_t noun = opening_happening_noun(a, s.first_token + 1, std::min(s.end_token, time.first_token));
    // "The release began at 4:37 p.m.": any noun right before the sentence's simple past, found
    // again below only as that day's object ("carried out a controlled release ... on Monday").
    bool object_only = false;
    if (!noun) {
        const uint32_t head = s.first_token + 1;
        if (head + 1 >= s.end_token || !a.tokens[head].is_word() || a.tokens[head].capitalised || is_stop_word(a.word(head)) ||
            simple_past_at(a, head, head + 2) != head + 1)
            return std::nullopt;
        noun = head;
        object_only = true;
    }
    // The five sentences before, the latest first; in each, its dates of a day, the latest first.
    const auto end = std::partition_point(a.sentences.begin(), a.sentences.end(),
                                          [&](const Sentence& x) { return x.end_token <= s.first_token; });
    // (Ten for a noun found only as an object: "The release" reaches back to the lead that told it.)
    const ptrdiff_t window = object_only ? 10 : 5;
    for (auto before = end; before != a.sentences.begin() && end - before < window;) {
        --before;
        const auto from = std::partition_point(a.timexes.begin(), a.timexes.end(),
                                               [&](const TimeExpression& x) { return x.first_token < before->first_token; });
        const auto to = std::partition_point(from, a.timexes.end(),
                                             [&](const TimeExpression& x) { return x.first_token < before->end_token; });
        for (auto d = to; d != from;) {
            --d;
            if (!d->dated || d->precision != Precision::Day) continue;
            uint32_t named = 0;
            if (object_only) {
                // The same noun after an article, following the dated sentence's simple past.
                const std::optional<uint32_t> verb = simple_past_at(a, before->first_token, before->end_token);
                const uint32_t last = verb ? std::min(before->end_token, *verb + 6) : 0;
                for (uint32_t k = verb ? *verb + 2 : last; k < last && !named; ++k)
                    if (a.word(k) == a.word(noun) && (a.word(k - 1) == "a" || a.word(k - 1) == "an" || a.word(k - 2) == "a" ||
                                                      a.word(k - 2) == "an"))
                        named = k;
            } else if (const auto clause = dated_relative_clause_of_happening(a, before->first_token, before->end_token, *d)) {
                named = clause->first;  // "an earthquake that struck ... on Monday"
            } else {
                // "An earthquake struck Turkey on Monday": the subject, right before its simple past.
                const uint32_t subject = opening_happening_noun(a, before->first_token, d->first_token);
                if (subject && simple_past_at(a, before->first_token, subject + 2) == subject + 1) named = subject;
            }
            if (!named || !same_happening_noun(a.word(named), a.word(noun))) continue;
            if (d->first_day == time.first_day) return std::nullopt;  // on that day already
            TimeExpression e = time;
            e.first_day = e.last_day = d->first_day;
            const size_t clock = e.value.find('T');
            e.value = to_iso(civil_from_days(d->first_day)) + (clock == std::string::npos ? "" : e.value.substr(clock));
            e.how.clear();
            e.how.append("'").append(a.text.substr(time.start, time.end - time.start)).append("' is a time of the ")
                .append(a.text.substr(a.tokens[noun].start, a.tokens[noun].end - a.tokens[noun].start))
                .append(" told before, '").append(a.text.substr(d->start, d->end - d->start)).append("', on its day, ")
                .append(to_iso(civil_from_days(d->first_day))).append(", inferred (").append(d->how).append(")");
            return e;
        }
    }
    return std::nullopt;
}

}  // namespace dateline
