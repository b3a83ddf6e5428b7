#include "headline_asides.h"

#include <algorithm>
#include <utility>

#include "events.h"
#include "lead_news.h"

namespace dateline {

namespace {

bool is_dash(const Token& t) { return t.is(0x2014) || t.is(0x2013) || (t.is('-') && t.space_before); }

bool is_article(std::string_view w) { return w == "a" || w == "an" || w == "the"; }

bool is_be(std::string_view w) { return w == "was" || w == "were" || w == "is" || w == "are" || w == "been"; }

// Words that introduce an example of what came before: "including retribution" -> "retribution".
bool is_example_marker(std::string_view w) {
    return w == "including" || w == "notably" || w == "especially" || w == "particularly" || w == "namely";
}

// The next kept token from i that is not part of a date ("on Monday" between the verb and "by").
// The past verb a noun of a happening to someone is made from: "the death of X" -> "X died".
// Only verbs without an object, so that "X <verb>" is whole, in the singular and the plural alike.
std::string_view verb_for_happening_noun(std::string_view noun) {
    static constexpr std::pair<std::string_view, std::string_view> kVerbs[] = {
        {"death", "died"}, {"deaths", "died"}, {"collapse", "collapsed"}, {"resignation", "resigned"},
        {"surrender", "surrendered"}, {"withdrawal", "withdrew"}, {"advance", "advanced"}};
    for (const auto& [n, v] : kVerbs)
        if (n == noun) return v;
    return {};
}

uint32_t next_kept(const HeadlineDraft& d, uint32_t i) {
    auto in_date = [&](uint32_t k) {
        return d.article.in_timex[k] || (k + 1 < d.end && d.article.in_timex[k + 1] && d.article.tokens[k].is_word() &&
                                         !d.article.in_timex[k] && (d.word(k) == "on" || d.word(k) == "in" || d.word(k) == "at"));
    };
    while (i < d.end && (!d.kept(i) || in_date(i))) ++i;
    return i;
}

// A verb that makes a clause finite: what follows a subject.
bool is_finite_verb(std::string_view w) {
    return is_be(w) || w == "has" || w == "have" || w == "had" || w == "will" || w == "would" || w == "could";
}

// Words that open a phrase before the subject, not the subject: "In the town ..., troops".
bool opens_a_phrase(std::string_view w) {
    static constexpr std::string_view kWords[] = {"in", "on", "at", "after", "before", "when", "while", "as", "since",
                                                  "by", "with", "for", "from", "during", "although", "though",
                                                  "because", "if", "once", "until", "despite", "among", "under"};
    for (std::string_view x : kWords)
        if (w == x) return true;
    return false;
}

// Of opens_a_phrase's words, those that also qualify a noun ("payments on loans", "the war in Syria").
bool is_noun_preposition(std::string_view w) {
    return w == "in" || w == "on" || w == "at" || w == "by" || w == "with" || w == "for" || w == "from" || w == "among" ||
           w == "under";
}

}  // namespace

void happening_of_dated_aside(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    const uint32_t date = d.date.first_token;
    if (date <= d.first || date >= d.end) return;
    // The date ends the aside: nothing but punctuation after it.
    for (uint32_t i = d.date.end_token; i < d.end; ++i)
        if (!tokens[i].is('.') && !tokens[i].is(',')) return;
    uint32_t dash = date;
    while (dash > d.first && !is_dash(tokens[dash - 1])) --dash;
    if (dash == d.first) return;
    --dash;
    // The aside: an article, at most two nouns, a past participle, "by" and the agent up to the date.
    uint32_t i = dash + 1;
    if (!is_article(d.word(i))) return;
    uint32_t participle = i + 1;
    while (participle < i + 4 && participle < date && !is_past_participle(d.word(participle))) ++participle;
    if (participle == i + 1 || participle >= date || tokens[participle].capitalised || d.word(participle + 1) != "by") return;
    const uint32_t agent = participle + 2;
    uint32_t agent_end = date;
    if (agent_end > agent && (d.word(agent_end - 1) == "on" || d.word(agent_end - 1) == "in" || d.word(agent_end - 1) == "at"))
        --agent_end;
    if (agent_end <= agent || agent_end > agent + 8) return;
    for (uint32_t k = agent; k < agent_end; ++k)
        if (!tokens[k].is_word() && !tokens[k].is('.') && !tokens[k].is('-') && !is_quote_mark(tokens[k])) return;
    // The clause before the dash is a forecast; the phrase the aside renames opens after its last comma.
    bool forecast = false;
    for (uint32_t k = d.first; k < dash && !forecast; ++k) forecast = tokens[k].is_word() && is_forecast_verb(d.article, k, d.first);
    if (!forecast) return;
    uint32_t phrase = dash;
    while (phrase > d.first && !tokens[phrase - 1].is(',')) --phrase;
    if (phrase == d.first) return;
    while (phrase < dash && (is_example_marker(d.word(phrase)) || d.word(phrase) == "such" || d.word(phrase) == "as")) ++phrase;
    if (dash < phrase + 2) return;  // a word or none: nothing to tell of
    d.prefix = std::string(d.article.text.substr(tokens[agent].start, tokens[agent_end - 1].end - tokens[agent].start)) + " " +
               std::string(d.article.token(participle));
    d.drop(d.first, phrase);
    d.drop(dash, d.end);
}

void happening_of_dated_participle_aside(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    const uint32_t date = d.date.first_token;
    if (date <= d.first + 1 || date >= d.end) return;
    // The subject: a name or "the" and a few words, up to the first comma. A clause cut at the
    // aside's "which"/"who" (clause_around_date) has it before, from the sentence's start.
    uint32_t first = d.first;
    if ((d.word(first) == "which" || d.word(first) == "who") && first > 0 && tokens[first - 1].is(',')) {
        const auto s = std::partition_point(d.article.sentences.begin(), d.article.sentences.end(),
                                            [&](const Sentence& x) { return x.end_token <= first; });
        if (s == d.article.sentences.end()) return;
        first = s->first_token;
    }
    uint32_t comma = first;
    while (comma < d.end && comma < first + 6 && tokens[comma].is_word()) ++comma;
    if (comma == first || comma >= date || !tokens[comma].is(',')) return;
    if (!tokens[first].capitalised && d.word(first) != "the") return;
    if (is_article(d.word(first)) && d.word(first) != "the") return;
    // ("Payments on federal student loans, paused since March 2020, ...": a preposition inside it is the noun's.)
    for (uint32_t k = first; k < comma; ++k)
        if (is_be(d.word(k)) || is_finite_verb(d.word(k)) || is_past_participle(d.word(k)) ||
            (opens_a_phrase(d.word(k)) && !(k > first && is_noun_preposition(d.word(k)))))
            return;
    // The aside: "born ...", "who was born ...", "which was founded ...", up to the comma after the date.
    uint32_t participle = comma + 1;
    const bool relative = d.word(participle) == "who" || d.word(participle) == "which";
    if (relative) {
        if (!is_be(d.word(participle + 1)) || d.word(participle + 1) == "been") return;
        participle += 2;
    }
    if (participle >= date || tokens[participle].capitalised || !is_past_participle(d.word(participle))) return;
    // The aside's closing comma, within the sentence: the date's clause may end before it ("paused
    // since March 2020 because of the pandemic, are set to resume": cut at "because").
    const auto sentence = std::partition_point(d.article.sentences.begin(), d.article.sentences.end(),
                                               [&](const Sentence& x) { return x.end_token <= date; });
    const uint32_t sentence_end = sentence == d.article.sentences.end() ? d.end : std::max(d.end, sentence->end_token);
    uint32_t close = d.date.end_token;
    while (close < sentence_end && !tokens[close].is(',')) ++close;
    if (close + 1 >= sentence_end) return;
    for (uint32_t k = participle; k < date; ++k)
        if (tokens[k].is(',') || tokens[k].is(';')) return;  // the date in another phrase of the aside
    // The sentence's own verb tells a state, or what the subject does now: a verb in the present
    // ("Nvidia's H100 chip, launched in March 2022, powers many of the models").
    const std::string_view verb = d.word(close + 1);
    const bool present = !tokens[close + 1].capitalised && verb.size() >= 4 && verb.ends_with('s') && !verb.ends_with("ss") &&
                         !verb.ends_with("'s") && !is_stop_word(verb) && !is_past_participle(verb);
    // Or the sentence's own verb has a date of its own ("Webb, launched on Christmas Day 2021,
    // began science operations in July 2022"): two happenings, the aside's dated by its own.
    bool own_date_after = false;
    for (const TimeExpression& x : expressions_in(d.article, close + 1, sentence_end)) own_date_after |= x.dated;
    if (!(verb == "has" || verb == "have" || verb == "is" || verb == "are" || verb == "remains" || verb == "remain" || present ||
          own_date_after))
        return;
    std::string subject(d.article.text.substr(tokens[first].start, tokens[comma - 1].end - tokens[first].start));
    if (!relative) {
        const std::string_view last = d.word(comma - 1);
        const bool plural = !tokens[comma - 1].capitalised && last.size() > 3 && last.ends_with('s') && !last.ends_with("ss");
        subject += plural ? " were" : " was";
    }
    d.prefix = std::move(subject);
    d.drop(first, relative ? participle - 1 : participle);
    d.drop(std::min(close, d.end), d.end);
}

void happening_of_dated_participle_opening(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    const uint32_t first = d.first, date = d.date.first_token;
    if (date <= first + 1 || date >= d.end || !tokens[first].capitalised || !is_past_participle(d.word(first))) return;
    // The phrase's comma: the first after its date ("Born in Fuerth, Germany, in 1923,": a place's
    // commas come before), with no verb before it but the participle.
    uint32_t comma = d.date.end_token;
    while (comma < d.end && comma < first + 16 && !tokens[comma].is(',') && !tokens[comma].is(';')) ++comma;
    if (comma >= d.end || !tokens[comma].is(',')) return;
    for (uint32_t k = first + 1; k < comma; ++k)
        if (tokens[k].is(';') || is_finite_verb(d.word(k)) || is_be(d.word(k))) return;
    // The name after the comma, then its verb; or "she"/"he", then its verb: the person it stands
    // for ("Born Anna Mae Bullock in Nutbush in 1939, she began her career" -> "Tina Turner was born
    // Anna Mae Bullock in Nutbush").
    uint32_t name = comma + 1, name_end = name;
    if (name + 1 < d.end && (d.word(name) == "she" || d.word(name) == "he") && tokens[name + 1].is_word() &&
        !tokens[name + 1].capitalised) {
        const std::string person = referents_before(d.article, name).person;
        if (person.empty()) return;
        d.prefix = person + " was " + std::string(d.word(first));
        d.drop(first, first + 1);
        d.drop(comma, d.end);
        d.end = comma;
        return;
    }
    if (name < d.end && d.word(name) == "the") {
        name_end = name + 1;
        while (name_end < d.end && name_end < name + 4 && tokens[name_end].is_word() && !is_finite_verb(d.word(name_end)) &&
               !is_be(d.word(name_end)) && !opens_a_phrase(d.word(name_end)))
            ++name_end;
    } else {
        while (name_end < d.end && name_end < name + 4 && tokens[name_end].is_word() && tokens[name_end].capitalised) ++name_end;
    }
    if (name_end == name || name_end >= d.end) return;
    if (!tokens[name_end].is_word() || tokens[name_end].capitalised) return;  // the name's verb
    std::string subject(d.article.text.substr(tokens[name].start, tokens[name_end - 1].end - tokens[name].start));
    if (d.word(name) == "the") subject[0] = 'T';
    d.prefix = subject + " was " + std::string(d.word(first));
    d.drop(first, first + 1);
    d.drop(comma, d.end);
    d.end = comma;  // the phrase is the clause now: no opening phrase for the opening rules to cut
}

void report_of_a_dated_source(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    const uint32_t date = d.date.first_token;
    if (date <= d.first || date >= d.end) return;
    // "according to" before the date, in the same phrase (no comma between); a word's length is
    // compared before its letters (this runs for every headline).
    auto is_according = [&](uint32_t k) { return tokens[k].end - tokens[k].start == 9 && d.word(k) == "according"; };
    uint32_t according = date;
    while (according > d.first && !tokens[according - 1].is(',') && !tokens[according - 1].is(';') &&
           !(is_according(according - 1) && d.word(according) == "to"))
        --according;
    if (according == d.first || !is_according(according - 1)) return;
    --according;
    uint32_t phrase_end = date;
    while (phrase_end < d.end && !tokens[phrase_end].is(',') && !tokens[phrase_end].is(';') && !tokens[phrase_end].is('.'))
        ++phrase_end;
    // The source: a run of capitalised words after "by"/"in"/"from"/"of" (the last such), else
    // right after "to" ("according to NPD's figures released ...").
    // "the FBI and the Cybersecurity and Infrastructure Security Agency": names joined by "and",
    // each with its "the".
    auto capital_at = [&](uint32_t j) { return j < phrase_end && tokens[j].is_word() && tokens[j].capitalised && !d.article.in_timex[j]; };
    auto name_at = [&](uint32_t i) {
        uint32_t j = i;
        while (j < phrase_end && !d.article.in_timex[j]) {
            if ((tokens[j].is_word() && tokens[j].capitalised) || (j > i && (tokens[j].is('.') || tokens[j].is('&')))) ++j;
            else if (j > i && d.word(j) == "and" && (capital_at(j + 1) || (d.word(j + 1) == "the" && capital_at(j + 2)))) j += 2;
            else break;
        }
        return j;
    };
    uint32_t name = 0, name_end = 0;
    for (uint32_t i = according + 2; i + 1 < phrase_end; ++i) {
        const std::string_view w = d.word(i);
        if (!(w == "by" || w == "in" || w == "from" || w == "of")) continue;
        const uint32_t the = d.word(i + 1) == "the" && capital_at(i + 2) ? 1 : 0;  // "issued by the FBI"
        const uint32_t e = name_at(i + 1 + the);
        if (e > i + 1 + the) name = i + 1, name_end = e;
    }
    if (name_end == 0) {
        name_end = name_at(according + 2);
        name = according + 2;  // "according to NPD's figures": the name alone
    }
    if (name_end <= name || d.article.in_timex[name]) return;
    // What is reported: the clause without the phrase (before or after it), of a few words at least.
    const bool leading = according == d.start || according == d.first;
    if (leading) {
        if (phrase_end >= d.end || phrase_end + 3 >= d.end) return;
        d.drop(d.first, phrase_end + 1);
        d.start = phrase_end + 1;
    } else {
        if (according < d.start + 3) return;
        d.drop(tokens[according - 1].is(',') ? according - 1 : according, d.end);  // with the source's apposition
    }
    d.speaker = std::string(d.article.text.substr(tokens[name].start, tokens[name_end - 1].end - tokens[name].start));
    d.speaker_verb = "reported";
}

void happening_for_demonstrative_subject(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    uint32_t i = next_kept(d, d.start);
    const std::string_view w = d.word(i);
    if (!(w == "this" || w == "these" || w == "those" || w == "that")) return;
    // Up to two nouns after it ("Those issues", "This decision"), then the passive: "were underscored".
    uint32_t verb = next_kept(d, i + 1);
    for (int nouns = 0; nouns < 2 && verb < d.end && tokens[verb].is_word() && !is_be(d.word(verb)) &&
                        d.word(verb) != "has" && d.word(verb) != "have" && !is_stop_word(d.word(verb));
         ++nouns)
        verb = next_kept(d, verb + 1);
    if (verb < d.end && (d.word(verb) == "has" || d.word(verb) == "have")) verb = next_kept(d, verb + 1);
    if (verb >= d.end || !is_be(d.word(verb))) return;
    const uint32_t participle = next_kept(d, verb + 1);
    if (participle >= d.end || !is_past_participle(d.word(participle))) return;
    // "with" or "by" and a happening: "the death of", "a wave of arrests", "the attack".
    const uint32_t by = next_kept(d, participle + 1);
    if (by >= d.end || !(d.word(by) == "with" || d.word(by) == "by")) return;
    const uint32_t article = next_kept(d, by + 1);
    const uint32_t noun = next_kept(d, article + 1);
    if (noun >= d.end || !is_article(d.word(article)) || !is_event_noun(d.word(noun))) return;
    // "the death of <someone>": who it happened to, and the verb ("<someone> died"), up to a comma
    // or a relative clause about them (", a British woman who ...").
    const std::string_view verb_of_noun = verb_for_happening_noun(d.word(noun));
    const uint32_t who = next_kept(d, noun + 1) < d.end && d.word(next_kept(d, noun + 1)) == "of" ? next_kept(d, noun + 1) + 1 : d.end;
    if (!verb_of_noun.empty() && who < d.end) {
        uint32_t who_end = who;
        while (who_end < d.end && d.kept(who_end) && !tokens[who_end].is(',') && !tokens[who_end].is('.') &&
               !tokens[who_end].is(';') && d.word(who_end) != "who" && d.word(who_end) != "which")
            ++who_end;
        if (who_end > who + 1) {
            d.drop(d.start, who);
            d.drop(who_end, d.end);
            d.start = who;
            d.spelled_as.emplace_back(who_end - 1, std::string(d.article.token(who_end - 1)) + " " + std::string(verb_of_noun));
            return;
        }
    }
    d.drop(d.start, article);
    d.start = article;
}

void drop_participle_before_stray_comma(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    const uint32_t subject = next_kept(d, d.start);
    if (subject >= d.end || !tokens[subject].is_word() || opens_a_phrase(d.word(subject))) return;
    uint32_t comma = subject;
    while (comma < d.end && comma < subject + 14 && !(d.kept(comma) && tokens[comma].is(','))) ++comma;
    if (comma >= d.end || !tokens[comma].is(',')) return;
    const uint32_t verb = next_kept(d, comma + 1);
    if (verb >= d.end || !is_finite_verb(d.word(verb))) return;
    uint32_t participle = subject + 1;
    while (participle < comma && !(d.kept(participle) && !tokens[participle].capitalised &&
                                   is_past_participle(d.word(participle))))
        ++participle;
    if (participle >= comma) return;
    for (uint32_t k = subject; k < participle; ++k)
        if (is_finite_verb(d.word(k)) || is_report_verb(d.word(k))) return;  // the clause's own verb came first
    uint32_t from = participle;  // with its adverbs: "no longer held", "not yet sold"
    while (from > subject + 1 && (d.word(from - 1) == "no" || d.word(from - 1) == "longer" || d.word(from - 1) == "not" ||
                                  d.word(from - 1) == "yet" || d.word(from - 1) == "once" || d.word(from - 1) == "still"))
        --from;
    d.drop(from, comma + 1);
}

void object_from_sentence_before(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    const std::vector<Sentence>& sentences = d.article.sentences;
    auto next_kept = [&](uint32_t i) {
        while (i < d.end && !d.kept(i)) ++i;
        return i;
    };
    uint32_t previous = d.end;  // the kept word before token i
    for (uint32_t i = next_kept(d.start); i < d.end; previous = i, i = next_kept(i + 1)) {
        const std::string_view w = d.word(i);
        if (!tokens[i].is_word() || (w != "them" && w != "this") || previous == d.end) continue;
        const std::string_view verb = d.word(previous);
        if (!tokens[previous].is_word() || tokens[previous].capitalised || verb.size() < 5 || !verb.ends_with("ed")) return;
        const uint32_t after = next_kept(i + 1);
        if (w == "this" && after < d.end && tokens[after].is_word() && !is_stop_word(d.word(after))) return;  // "this strategy"
        // The sentence before the one the pronoun is in.
        size_t s = 0;
        while (s < sentences.size() && sentences[s].end_token <= i) ++s;
        if (s == 0 || s >= sentences.size() || sentences[s].first_token > i) return;
        const Sentence& before = sentences[s - 1];
        if (before.end_token <= before.first_token + 2) return;
        std::string what;
        if (w == "them") {
            // "Emails exchanged among ... have been entered": a plural common noun as its subject.
            const uint32_t k = before.first_token;
            const std::string_view noun = d.word(k);
            if (!tokens[k].is_word() || !tokens[k].capitalised || tokens[k].all_caps || noun.size() < 4 || !noun.ends_with("s") ||
                noun.ends_with("ss") || is_stop_word(noun) || !tokens[k + 1].is_word() || tokens[k + 1].capitalised)
                return;
            // A common noun, capitalised only as the sentence's first word: the article writes it
            // lower-case elsewhere ("In the released emails"); a name ("Rangers") it never does.
            bool lower_elsewhere = false;
            for (uint32_t j = 0; j < tokens.size() && !lower_elsewhere; ++j)
                lower_elsewhere = j != k && tokens[j].is_word() && !tokens[j].capitalised && d.word(j) == noun;
            if (!lower_elsewhere) return;
            what = "the " + std::string(noun);
        } else {
            // "... has described as an "annihilation" strategy.": the noun phrase it ends with.
            uint32_t last = before.end_token;
            while (last > before.first_token && !tokens[last - 1].is_word()) --last;
            if (last <= before.first_token) return;
            uint32_t article = last - 1;
            int words = 0;  // at most four words after the article (quotation marks apart)
            while (article > before.first_token && words <= 4 && !is_article(d.word(article))) words += tokens[article--].is_word();
            if (!is_article(d.word(article)) || article + 1 >= last || words > 4) return;
            for (uint32_t k = article + 1; k < last; ++k)
                if (tokens[k].is_word() && (tokens[k].capitalised || is_stop_word(d.word(k)))) return;
            const std::string_view phrase =
                d.article.text.substr(tokens[article + 1].start, tokens[last - 1].end - tokens[article + 1].start);
            what = "the " + std::string(phrase);
        }
        d.spelled_as.emplace_back(i, what);
        return;
    }
}

}  // namespace dateline
