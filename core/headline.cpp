// Headline rules, in the order make_headline applies them:
//
//   1. clause_around_date            the smallest clause around the date that still tells something
//   2. mark_relative_clause          a clause opening "which..."/"where..." stands less well alone
//   3. drop_dates                    the dating expression and its preposition ("on Friday")
//   4. drop_bracketed_asides         "(...)" and "[...]"
//   5. drop_quotation_after_colon    "...: <quotation>"
//   6. drop_trailing_clause_or_attribution  ", as ...", ", advancing ...", ", X said"
//   7. drop_participial_asides       ", hiding among civilians,"
//   8. drop_apposition_after_subject "The SDF, the U.S.-backed alliance, took"
//   9. drop_opening_words            "But", "Meanwhile,", "As his men closed in,", "In Mosul,"
//  10. drop_site_before_where        "the site where X made..." -> "X made..."
//  11. drop_leading_attribution      "the Observatory said the SDF took" -> "the SDF took"
//  12. drop_dangling_end             "... compared", "... was and"
//  13. spell_kept_words              the kept tokens with their original spacing
//  14. with_speaker                  "A senior commander: ..." when the saying is the event
//  15. shortened                     at most about a hundred characters
//  16. stand_alone_quality           how well it reads alone (merging keeps the best)
//  17. (make_headline)               too little left: the clause as written
#include "headline.h"

#include <algorithm>

#include "events.h"

namespace dateline {

namespace {

// Words that open a sentence or clause without telling anything: dropped from headlines.
bool is_opening_filler(std::string_view w) {
    static constexpr std::string_view kFillers[] = {"but", "and", "however", "meanwhile", "equally", "also", "so", "yet",
                                                    "still", "then", "now", "where", "which", "who", "while", "as",
                                                    "when", "whereas", "although", "though", "moreover", "furthermore"};
    for (std::string_view f : kFillers)
        if (w == f) return true;
    return false;
}

bool is_preposition(std::string_view w) {
    static constexpr std::string_view kPrepositions[] = {"on", "in", "at", "during", "by", "since", "from", "until", "of",
                                                         "across", "near", "west", "east", "north", "south", "throughout",
                                                         "over", "through", "within", "for", "between", "to"};
    for (std::string_view p : kPrepositions)
        if (w == p) return true;
    return false;
}

// Subordinating words: a clause starts with them ("after his soldiers retook the hospital").
bool is_subordinator(std::string_view w) {
    static constexpr std::string_view kWords[] = {"after", "as", "because", "before", "although", "though", "while",
                                                  "whereas", "when", "where", "which", "who", "once", "until"};
    for (std::string_view k : kWords)
        if (w == k) return true;
    return false;
}

bool is_copula(std::string_view w) { return w == "was" || w == "is" || w == "were" || w == "are" || w == "be" || w == "been"; }

// Words a headline cannot end on: they want what was cut after them. (Not "in", "on", "by",
// "to": they end phrasal verbs, "as Iraqi forces closed in".)
bool is_dangling_end(std::string_view w) {
    static constexpr std::string_view kWords[] = {"and", "or", "but", "of", "at", "from", "with", "between", "the", "a",
                                                  "an", "compared", "than", "since", "for", "was", "is", "were", "are"};
    for (std::string_view k : kWords)
        if (w == k) return true;
    return false;
}

// A colon between clauses, not the one in a time of day ("16:00").
bool is_clause_colon(const std::vector<Token>& tokens, uint32_t i) {
    if (!tokens[i].is(':')) return false;
    const bool in_time = i > 0 && i + 1 < tokens.size() && tokens[i - 1].is_number() && tokens[i + 1].is_number() &&
                         !tokens[i].space_before && !tokens[i + 1].space_before;
    return !in_time;
}

bool is_date_connector(const ArticleAnalysis& a, uint32_t i) {
    const std::string_view w = a.word(i);
    return w == "and" || w == "or" || w == "to" || w == "through" || w == "until" || a.tokens[i].is('-') ||
           a.tokens[i].is(0x2013);
}

}  // namespace

bool is_pronoun_subject(std::string_view w) {
    return w == "they" || w == "he" || w == "she" || w == "it" || w == "its" || w == "their" || w == "his" || w == "her";
}

bool is_quote_mark(const Token& t) {
    return t.is('"') || t.is(0x201C) || t.is(0x201D) || t.is('\'') || t.is(0x2018) || t.is(0x2019);
}

// 1. The smallest clause around the date that still tells something: cut at subordinating words
// and relative pronouns, at semicolons and colons. A clause that is only attribution ("a senior
// commander said Friday") or only a few words gives way to the whole clause. "a January bombing
// that killed four Americans": the event is the noun the date qualifies.
std::pair<uint32_t, uint32_t> clause_around_date(const ArticleAnalysis& article, uint32_t first, uint32_t end,
                                                 const TimeExpression& e) {
    const std::vector<Token>& tokens = article.tokens;
    auto word = [&](uint32_t i) { return article.word(i); };
    uint32_t a = first, b = end;
    auto boundary = [&](uint32_t i) {  // does a clause start at token i?
        if (!tokens[i].is_word() || !is_subordinator(word(i)) || i == first) return false;
        const std::string_view w = word(i);
        if (w == "as" || w == "once" || w == "until") return tokens[i - 1].is(',');  // "as well", "as of": not clauses
        if (w == "who" || w == "which" || w == "where" || w == "whose")  // relative: only after a comma or "and"
            return tokens[i - 1].is(',') || word(i - 1) == "and" || word(i - 1) == "but";
        return true;
    };
    if (e.end_token < end && is_event_noun(word(e.end_token))) {
        uint32_t j = e.end_token + 1;
        while (j < end && !tokens[j].is(',') && !is_copula(word(j))) ++j;
        if (j > e.end_token + 3) return {e.end_token, j};
    }
    for (uint32_t i = e.first_token; i-- > first;) {
        if (tokens[i].is(';') || (is_clause_colon(tokens, i) && i > first + 3)) { a = i + 1; break; }
        if (boundary(i)) { a = i; break; }
    }
    for (uint32_t i = e.end_token; i < end; ++i) {
        if (tokens[i].is(';') || is_clause_colon(tokens, i)) { b = i; break; }
        if (boundary(i)) { b = i; break; }
    }
    size_t words = 0;
    bool reporting = false;
    for (uint32_t i = a; i < b; ++i)
        if (tokens[i].is_word() && (i < e.first_token || i >= e.end_token)) {
            ++words;
            reporting |= is_report_verb(word(i));
        }
    if (words < 4 || (reporting && words < 8)) return {first, end};
    return {a, b};
}

// 2. A clause that opens with a relative or subordinating word ("which fighters blew up") leans
// on the sentence it came from.
void mark_relative_clause(HeadlineDraft& d) {
    const bool relative_clause = is_subordinator(d.word(d.first)) || (d.word(d.first) == "and" && is_subordinator(d.word(d.first + 1)));
    if (relative_clause) d.quality -= 4;
}

// 3. Dates, with their preposition (and "late"/"early", "around" before that); but a date that
// belongs to a noun phrase stays: "this year's conference", "2007 models", "the September 11
// attacks", a date that is the subject ("Today marked..."), and a date that is what the clause
// says ("The first flight of the 777 was in 1994").
void drop_dates(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    const uint32_t first = d.first, end = d.end;
    std::vector<std::pair<uint32_t, uint32_t>> dates;  // token spans to drop, in text order
    for (const TimeExpression& o : d.article.timexes) {
        if (o.first_token < first || o.end_token > end || o.type == TimexType::Duration || o.type == TimexType::Set) continue;
        const uint32_t after = o.end_token;
        const bool possessive = after < end && d.word(after) == "'s";
        const bool modifies_noun = after < end && tokens[after].is_word() && !tokens[after].capitalised &&
                                   !is_stop_word(d.word(after)) && !d.word(after).ends_with("ed") && !is_report_verb(d.word(after));
        const std::string_view before = o.first_token > first ? d.word(o.first_token - 1) : std::string_view{};
        const bool determined = before == "the" || before == "a" || before == "an" || before == "its" || before == "their";
        const bool opens = o.first_token == first || (o.first_token > first && is_quote_mark(tokens[o.first_token - 1]));
        const bool subject = opens && after < end && tokens[after].is_word();
        if (possessive || (modifies_noun && !is_preposition(before)) || determined || subject) continue;
        if (modifies_noun && is_preposition(before) && o.meaning.anchor == TimexMeaning::Anchor::Absolute) continue;
        uint32_t o0 = o.first_token;
        if (o0 > first && is_preposition(d.word(o0 - 1))) --o0;
        if (o0 > first && (d.word(o0 - 1) == "late" || d.word(o0 - 1) == "early" || d.word(o0 - 1) == "around" ||
                           d.word(o0 - 1) == "about"))
            --o0;
        // "between September and October of 2007": dates joined by a connector go as one.
        if (!dates.empty() && dates.back().second + 1 == o0 && is_date_connector(d.article, o0 - 1)) dates.back().second = o.end_token;
        else dates.push_back({o0, o.end_token});
    }
    for (const auto& [from, to] : dates)
        if (!(from > first && is_copula(d.word(from - 1)))) d.drop(from, to);
}

// 4. Asides in brackets.
void drop_bracketed_asides(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    for (uint32_t i = d.first; i < d.end; ++i)
        if (tokens[i].is('(') || tokens[i].is('[')) {
            uint32_t j = i;
            while (j < d.end && !tokens[j].is(')') && !tokens[j].is(']')) ++j;
            d.drop(i, std::min(d.end, j + 1));
            i = j;
        }
}

// 5. A quotation after a colon is not the headline.
void drop_quotation_after_colon(HeadlineDraft& d) {
    for (uint32_t i = d.first + 4; i < d.end; ++i)
        if (is_clause_colon(d.article.tokens, i)) {
            d.drop(i, d.end);
            break;
        }
}

// 6. From the end: trailing "as/while ..." clauses and participles, then attribution (", X
// said", ", according to X"). Attribution is a speaker and a verb (", the Observatory said", ",
// said the commander"); with more than a couple of words after "X said", it is a clause of its
// own (", Apple announced another special event to be held"). The speaker is kept when the
// saying is the event (the date is in it) or the rest is a quotation.
void drop_trailing_clause_or_attribution(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    const uint32_t first = d.first, end = d.end;
    for (uint32_t i = end; i-- > first + 3;) {
        if (!tokens[i].is(',') || !d.kept(i)) continue;
        uint32_t j = i + 1;
        while (j < end && !d.kept(j)) ++j;
        if (j >= end) {  // a comma with nothing kept after it
            d.keep[i - first] = false;
            continue;
        }
        const std::string_view next = d.word(j);
        if (is_subordinator(next) || (next.size() > 4 && next.ends_with("ing") && j + 1 < end)) {
            d.drop(i, end);  // ", as the extremists fell back", ", advancing to the city"
            continue;
        }
        uint32_t verb = end;
        for (uint32_t k = i + 1; k < end && k < i + 16 && verb == end; ++k)
            if (d.kept(k) && is_report_verb(d.word(k))) verb = k;
        size_t before_verb = 0, after_verb = 0;
        for (uint32_t k = i + 1; k < end; ++k)
            if (d.kept(k) && tokens[k].is_word() && k != verb) ++(k < verb ? before_verb : after_verb);
        if (verb < end && end - i <= 16 && (before_verb == 0 || after_verb <= 2)) {
            const bool date_in_tail = d.date.first_token > i;
            const bool quotation = is_quote_mark(tokens[first]);
            if (date_in_tail || quotation)
                for (uint32_t k = before_verb ? i + 1 : verb + 1; k < (before_verb ? verb : end); ++k)
                    if (d.kept(k) && tokens[k].is_word()) {
                        if (!d.speaker.empty()) d.speaker += ' ';
                        d.speaker += d.article.token(k);
                    }
            d.drop(i, end);
        }
        break;
    }
}

// 7. Participial asides between commas: ", hiding among a group of fleeing civilians,".
void drop_participial_asides(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    for (uint32_t i = d.first; i + 1 < d.end; ++i) {
        if (!tokens[i].is(',') || !d.kept(i)) continue;
        const std::string_view w = d.word(i + 1);
        if (w.size() > 4 && w.ends_with("ing")) {
            uint32_t j = i + 2;
            while (j < d.end && !tokens[j].is(',') && j < i + 14) ++j;
            if (j < d.end && tokens[j].is(',')) d.drop(i, j + 1);
        }
    }
}

// 8. An apposition right after the subject: "The SDF, the U.S. backed alliance in Syria, took".
void drop_apposition_after_subject(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    for (uint32_t i = d.first + 1; i < d.end && i < d.first + 5; ++i) {
        if (!tokens[i].is(',') || !(d.word(i + 1) == "the" || d.word(i + 1) == "a" || d.word(i + 1) == "an")) continue;
        uint32_t j = i + 2;
        while (j < d.end && j < i + 14 && !tokens[j].is(',')) ++j;
        if (j < d.end && tokens[j].is(',') && j + 1 < d.end && tokens[j + 1].is_word()) d.drop(i, j + 1);
        break;
    }
}

// 9. Opening words: fillers ("But", "Meanwhile,", "after"), a leading subordinate clause ("As his
// men closed in on ...,"), a short opening phrase ("In Mosul,"), "Speaking,". Sets d.start.
void drop_opening_words(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    const uint32_t end = d.end;
    uint32_t start = d.first;
    for (int guard = 0; guard < 8; ++guard) {
        while (start < end && (!d.kept(start) || tokens[start].is(',') || tokens[start].is(0x2014) || tokens[start].is('-')))
            ++start;
        if (start >= end) break;
        const std::string_view w = d.word(start);
        if (tokens[start].is_word() && (is_opening_filler(w) || is_subordinator(w))) {
            uint32_t j = start + 1;
            while (j < end && j < start + 24 && !tokens[j].is(',')) ++j;
            // A subordinate clause up to its comma ("As his men closed in on the last areas,"); a
            // bare filler word alone otherwise.
            if (is_subordinator(w) && j < end && tokens[j].is(',') && w != "which" && w != "who" && w != "where")
                d.drop(start, j + 1);
            else
                d.keep[start - d.first] = false;
            continue;
        }
        uint32_t next_kept = start + 1;
        while (next_kept < end && !d.kept(next_kept)) ++next_kept;
        if (w.size() > 4 && w.ends_with("ing") && next_kept < end && tokens[next_kept].is(',')) {  // "Speaking,"
            d.drop(start, next_kept + 1);
            continue;
        }
        if (is_preposition(w)) {  // up to 7 words as read, the dates gone: "In a speech at 16:00 UTC on Monday,"
            uint32_t j = start;
            for (int words = 0; j < end && words < 7 && !tokens[j].is(','); ++j) words += d.kept(j);
            if (j < end && tokens[j].is(',')) {
                d.drop(start, j + 1);
                continue;
            }
        }
        break;
    }
    d.start = start;
}

// 10. "the site where Daesh chief ... made": what happened at the site.
void drop_site_before_where(HeadlineDraft& d) {
    const uint32_t start = d.start;
    for (uint32_t i = start; i < d.end && i < start + 4; ++i)
        if (d.kept(i) && (d.word(i) == "where" || d.word(i) == "when") && i > start &&
            (d.word(start) == "the" || d.word(start) == "a" || d.word(start) == "an")) {
            d.drop(start, i + 1);
            d.start = i + 1;
            break;
        }
}

// 11. Leading attribution: "the Observatory said (that) the SDF..." -> "the SDF...", unless what
// is said starts with a pronoun ("Russia said its forces..."). In "said the SDF took...",
// "announced that...", what is said follows; but in "Jobs announced the release of..." the
// announcing is the event.
void drop_leading_attribution(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    const uint32_t start = d.start, end = d.end;
    for (uint32_t i = start; i < end && i < start + 8; ++i) {
        if (!d.kept(i)) continue;
        if (tokens[i].is(',')) break;
        if (tokens[i].is_word() && is_report_verb(d.word(i)) && d.word(i) != "according") {
            uint32_t j = i + 1;
            while (j < end && !d.kept(j)) ++j;
            if (d.word(j) != "that" && !is_saying_verb(d.word(i))) break;
            if (d.word(j) == "that") ++j;
            while (j < end && !d.kept(j)) ++j;
            if (j + 2 < end && !tokens[j].is(',') && !tokens[j].is(':') && !is_pronoun_subject(d.word(j)) &&
                d.word(j) != "this" && d.word(j) != "that")
                d.drop(start, j);
            break;
        }
    }
}

// 12. Nothing dangling at the end once dates and asides are gone: "... compared", "... was and".
void drop_dangling_end(HeadlineDraft& d) {
    const std::vector<Token>& tokens = d.article.tokens;
    for (uint32_t i = d.end; i-- > d.start;) {
        if (!d.kept(i)) continue;
        if (!(tokens[i].is(',') || tokens[i].is('.') || is_dangling_end(d.word(i)))) break;
        d.keep[i - d.first] = false;
    }
}

// 13. The kept tokens from d.start with their original spacing; a gap left by dropped tokens is
// one space, and no punctuation opens the line or follows a comma.
std::string spell_kept_words(const HeadlineDraft& d) {
    std::string out;
    bool gap = false;
    for (uint32_t i = d.start; i < d.end; ++i) {
        if (!d.keep[i - d.first]) {
            gap = true;
            continue;
        }
        const Token& t = d.article.tokens[i];
        const bool tight = t.kind == Token::Kind::Punct && (t.is(',') || t.is('.') || t.is(';') || t.is(':'));
        if (tight && (out.empty() || out.back() == ',' || out.back() == ' ')) {
            while (!out.empty() && (out.back() == ' ' || out.back() == ',')) out.pop_back();
            if (out.empty()) continue;
        }
        if (!out.empty() && (t.space_before || (gap && !tight))) out.push_back(' ');
        out.append(token_text(d.article.text, t));
        gap = false;
    }
    return out;
}

// 14. "A senior commander: ..." when the saying is the event; a pronoun ("He: ...") tells nothing.
// The ends are tidied of punctuation either way.
std::string with_speaker(const HeadlineDraft& d, std::string out) {
    std::string speaker = d.speaker;
    if (is_pronoun_subject(lower_case_text(speaker))) speaker.clear();
    if (!speaker.empty() && !out.empty()) {
        if (speaker[0] >= 'a' && speaker[0] <= 'z') speaker[0] = static_cast<char>(speaker[0] - 'a' + 'A');
        out = speaker + ": " + out;
    }
    while (!out.empty() && (out.back() == ',' || out.back() == ' ' || out.back() == '.' || out.back() == ';' ||
                            out.back() == ':' || out.back() == '-'))
        out.pop_back();
    return out;
}

// 15. At most about a hundred characters, cut at a comma or a space, never inside a character;
// the first letter a capital.
std::string shortened(std::string out) {
    for (char& c : out)
        if (c == '\n') c = ' ';
    while (!out.empty() && (out.back() == ',' || out.back() == ' ' || out.back() == '.' || out.back() == ';')) out.pop_back();
    constexpr size_t kLongest = 110, kCut = 96;
    if (out.size() > kLongest) {
        size_t cut = out.rfind(", ", kCut);
        if (cut == std::string::npos || cut < 48) cut = out.rfind(' ', kCut);
        if (cut == std::string::npos) cut = kCut;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
        out.resize(cut);
        while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
        out += "\xE2\x80\xA6";
    }
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

// 16. How well a headline stands alone: cut short, opening with a pronoun or a quotation, or
// very short, it reads worse.
int stand_alone_quality(std::string_view out, int quality) {
    if (out.ends_with("\xE2\x80\xA6")) quality -= 2;
    const std::string lower_out = lower_case_text(out.substr(0, out.find(' ')));
    if (is_pronoun_subject(lower_out) || lower_out == "this" || lower_out == "those" || lower_out == "these") quality -= 3;
    if (!out.empty() && (out[0] == '"' || out.starts_with("\xE2\x80\x9C"))) quality -= 2;
    if (out.size() < 25) quality -= 2;
    return quality;
}

Headline make_headline(const ArticleAnalysis& article, uint32_t first, uint32_t end, const TimeExpression& date) {
    const auto span = clause_around_date(article, first, end, date);
    HeadlineDraft d(article, date, span.first, span.second);
    mark_relative_clause(d);
    drop_dates(d);
    drop_bracketed_asides(d);
    drop_quotation_after_colon(d);
    drop_trailing_clause_or_attribution(d);
    drop_participial_asides(d);
    drop_apposition_after_subject(d);
    drop_opening_words(d);
    drop_site_before_where(d);
    drop_leading_attribution(d);
    drop_dangling_end(d);
    Headline h;
    h.text = shortened(with_speaker(d, spell_kept_words(d)));
    h.quality = stand_alone_quality(h.text, d.quality);
    // 17. Trimming left too little: the clause as written is a better headline.
    if (std::count(h.text.begin(), h.text.end(), ' ') < 2) {
        const std::vector<Token>& tokens = article.tokens;
        h.text = shortened(std::string(article.text.substr(tokens[first].start, tokens[end - 1].end - tokens[first].start)));
        h.quality -= 4;
    }
    return h;
}

}  // namespace dateline
