#include "events.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <functional>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "headline.h"
#include "episode_dates.h"
#include "market_session.h"
#include "lead_news.h"
#include "non_event_dates.h"
#include "since_dates.h"
#include "lexicon.h"
#include "sentences.h"
#include "tense.h"
#include "window_weekdays.h"
#include "tokens.h"

namespace dateline {

// ---------------------------------------------------------------------------------------------
// Event words (assets/lexicons/event_words.txt)
// ---------------------------------------------------------------------------------------------

namespace {

struct EventWords {
    WordTable<std::string> verb_class;
    WordTable<bool> report, says, stop, event_nouns;
};

const EventWords& event_words() {
    static const EventWords w = [] {
        EventWords out;
        for (const std::string& entry : lexicon_entries("event_words")) {
            const size_t semi = entry.find(';');
            if (semi == std::string::npos) continue;
            std::string cls = entry.substr(0, semi);
            while (!cls.empty() && cls.back() == ' ') cls.pop_back();
            std::string_view words = std::string_view(entry).substr(semi + 1);
            while (!words.empty()) {
                while (!words.empty() && words.front() == ' ') words.remove_prefix(1);
                const size_t sp = words.find(' ');
                const std::string word(words.substr(0, sp));
                words = sp == std::string_view::npos ? std::string_view{} : words.substr(sp + 1);
                if (word.empty()) continue;
                if (cls == "report") out.report.insert(word, true);
                else if (cls == "report:says") out.says.insert(word, true);
                else if (cls == "stop") out.stop.insert(word, true);
                else if (cls == "noun:event") out.event_nouns.insert(word, true);
                else out.verb_class.insert(word, cls);  // first class wins
            }
        }
        return out;
    }();
    return w;
}

}  // namespace

std::string_view verb_class(std::string_view w) {
    const std::string* cls = event_words().verb_class.find(w);
    return cls ? std::string_view(*cls) : std::string_view{};
}
bool is_report_verb(std::string_view w) { return event_words().report.find(w) != nullptr; }
// Verbs of saying whose object is what was said, with or without "that" ("said the SDF took").
bool is_saying_verb(std::string_view w) { return event_words().says.find(w) != nullptr; }
bool is_stop_word(std::string_view w) { return event_words().stop.find(w) != nullptr; }
bool is_event_noun(std::string_view w) { return event_words().event_nouns.find(w) != nullptr; }

std::string event_id(const Article& article, const EventSource& source, std::string_view timex_value, bool second_part) {
    // FNV-1a over the article id and the dating expression's place and value: the same inputs
    // give the same id on every run and machine.
    uint64_t h = 1469598103934665603ull;
    auto mix = [&](std::string_view s) {
        for (unsigned char c : s) {
            h ^= c;
            h *= 1099511628211ull;
        }
        h ^= 0xFF;
        h *= 1099511628211ull;
    };
    // Numbers mixed as their decimal digits (as std::to_string writes them), without a string.
    auto mix_number = [&](uint32_t n) {
        char digits[16];
        const auto r = std::to_chars(digits, digits + sizeof digits, n);
        mix(std::string_view(digits, static_cast<size_t>(r.ptr - digits)));
    };
    mix(article.id);
    mix_number(source.timex_start);
    mix(timex_value);
    if (second_part) mix_number(source.clause_start);  // the other clause the same date covers
    const CivilDate d = civil_from_days(source.first_day);
    const unsigned long long low = h & 0xFFFFFF;
    if (d.year < 0 || d.year > 9999 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) {
        char buffer[40];
        std::snprintf(buffer, sizeof buffer, "%04d%02d%02d-%06llx", d.year, d.month, d.day, low);
        return buffer;
    }
    // "YYYYMMDD-xxxxxx", as the snprintf above writes it, by hand: one id per event made.
    std::string id(15, '0');
    const auto put = [&](size_t at, size_t width, unsigned value) {
        for (size_t i = width; i-- > 0; value /= 10) id[at + i] = static_cast<char>('0' + value % 10);
    };
    put(0, 4, static_cast<unsigned>(d.year));
    put(4, 2, static_cast<unsigned>(d.month));
    put(6, 2, static_cast<unsigned>(d.day));
    id[8] = '-';
    for (size_t i = 0; i < 6; ++i) id[14 - i] = "0123456789abcdef"[(low >> (4 * i)) & 0xF];
    return id;
}

namespace {

// ---------------------------------------------------------------------------------------------
// Small text helpers
// ---------------------------------------------------------------------------------------------

std::string stem(std::string_view w) {
    std::string s(w);
    if (s.size() > 2 && s.ends_with("'s")) s.resize(s.size() - 2);
    if (s.size() > 4 && s.ends_with("ies")) s.replace(s.size() - 3, 3, "y");
    else if (s.size() > 4 && s.ends_with("sses")) s.resize(s.size() - 2);
    else if (s.size() > 3 && s.back() == 's' && s[s.size() - 2] != 's') s.pop_back();
    if (s.size() > 5 && s.ends_with("ing")) s.resize(s.size() - 3);
    else if (s.size() > 4 && s.ends_with("ed")) s.resize(s.size() - 2);
    if (s.size() > 3 && s.back() == 'e') s.pop_back();
    return s;
}

// Rule "phrasal_term": a verb and its particle are one term with the noun made of them ("bail
// out", "bailed out" and "bailout"; "sell off", "sell-off" and "selloff"): the stem of the word at
// i, joined to the particle after it (past a hyphen); `next` is set past the particle.
bool is_particle(std::string_view w) { return w == "out" || w == "off" || w == "down" || w == "up" || w == "over" || w == "back"; }
std::string phrasal_term(const ArticleAnalysis& a, uint32_t i, uint32_t end, uint32_t& next) {
    std::string term = stem(a.word(i));
    next = i + 1;
    uint32_t p = i + 1;
    if (p + 1 < end && a.tokens[p].is('-') && !a.tokens[p].space_before && !a.tokens[p + 1].space_before) ++p;
    if (p < end && a.tokens[p].is_word() && !a.in_timex[p] && is_particle(a.word(p))) {
        term += a.word(p);
        next = p + 1;
    }
    return term;
}

// Rule "phrasal_verb_class": a verb whose word alone has no class takes the class the lexicon
// gives it with its particle, written with a hyphen ("stepped down" is "stepped-down", a
// resignation; "step up" is none).
std::string_view phrasal_verb_class(const ArticleAnalysis& a, uint32_t i, uint32_t end) {
    if (i + 1 >= end || a.tokens[i + 1].end - a.tokens[i + 1].start > 4 || !is_particle(a.word(i + 1)) || a.in_timex[i + 1])
        return {};
    std::string joined(a.word(i));
    joined.append("-").append(a.word(i + 1));
    return verb_class(joined);
}

// A proper name, as merging compares actors the gazetteer does not list ("Jobs resigned", "Steve
// Jobs ... has chosen to step down"): a capitalised word that does not open its sentence (after
// a full stop, a colon or a quotation mark any word is capitalised), and no common word.
bool is_proper_name(const ArticleAnalysis& a, uint32_t i) {
    if (i == 0 || !a.tokens[i].capitalised) return false;
    const Token& before = a.tokens[i - 1];
    if (before.is('.') || before.is('!') || before.is('?') || before.is(':') || is_quote_mark(before)) return false;
    return !is_stop_word(a.word(i));
}

// Rule "demonym_is_its_country": a country named ("China") or told by its demonym ("Chinese
// markets", Gazetteer::country_of_demonym) is one actor: both give the country's key among a
// clause's names.
uint64_t country_key(const Gazetteer& g, uint32_t place) { return std::hash<std::string>{}("country:" + g.places()[place].name); }
void add_countries(const ArticleAnalysis& a, uint32_t first, uint32_t end, std::vector<uint64_t>& names) {
    if (!a.gazetteer) return;
    const Gazetteer& g = *a.gazetteer;
    for (const NameMention& m : a.names)
        if (m.kind == NameMention::Kind::Place && m.first_token >= first && m.first_token < end && g.is_country(m.index))
            names.push_back(country_key(g, m.index));
    for (uint32_t i = first; i < end; ++i)
        if (a.tokens[i].capitalised && !a.in_timex[i] && a.tokens[i].end - a.tokens[i].start >= 4)
            if (const int country = g.country_of_demonym(a.token(i)); country >= 0)
                names.push_back(country_key(g, static_cast<uint32_t>(country)));
}

// Rule "negated_approval": an approval that did not happen ("failed to pass the Senate", "refused
// to approve", "did not ratify") is a rejection, as a reader tells it. True when the words before
// the verb at i say so.
bool negated_approval(const ArticleAnalysis& a, uint32_t i, uint32_t first) {
    if (i < first + 2) return i > first && a.word(i - 1) == "not";
    const std::string_view before = a.word(i - 1), two_before = a.word(i - 2);
    if (before == "not" || before == "never") return true;
    return before == "to" && (two_before == "failed" || two_before == "fails" || two_before == "fail" || two_before == "refused" ||
                              two_before == "refuses" || two_before == "declined" || two_before == "declines");
}

// Rule "price_move": "fell" (and "fall", "falls", "fallen") told with a figure after it ("fell
// by 1.5 and 3 percent", "fell 344.65 points", "fell to $2.73") is a price or an index moving,
// not a town falling to an army: no capture. (Two prices that fell on one day are two
// happenings, as event_words.txt says of markets' moves, so it gets no class at all.)
bool price_move(const ArticleAnalysis& a, uint32_t i, uint32_t end) {
    const std::string_view w = a.word(i);
    if (w != "fell" && w != "fall" && w != "falls" && w != "fallen") return false;
    for (uint32_t j = i + 1; j < end && j <= i + 5; ++j) {
        if (a.in_timex[j] || !a.tokens[j].is_number()) continue;
        if (a.tokens[j - 1].is('$') || a.tokens[j - 1].is(0x20AC) || a.tokens[j - 1].is(0xA3)) return true;
        const std::string_view unit = j + 1 < end ? a.word(j + 1) : std::string_view{};
        if ((j + 1 < end && a.tokens[j + 1].is('%')) || unit == "percent" || unit == "per" || unit == "points" || unit == "point" ||
            unit == "cents" || unit == "and")
            return true;
    }
    return false;
}

}  // namespace

MergeEvidence evidence_of_clause(const ArticleAnalysis& a, uint32_t first, uint32_t end) {
    MergeEvidence out;
    std::vector<std::string_view> verbs;
    uint32_t next = first;
    for (uint32_t i = first; i < end; i = std::max(i + 1, next)) {
        if (a.in_timex[i] || !a.tokens[i].is_word()) continue;  // dates are compared apart, by their interval
        const std::string_view w = a.word(i);
        std::string_view cls = verb_class(w);
        if (cls.empty()) cls = phrasal_verb_class(a, i, end);
        if (!cls.empty() && !price_move(a, i, end)) {
            if (cls == "approve" && negated_approval(a, i, first)) cls = verb_class("reject");
            verbs.push_back(cls);
        }
        if (w.size() < 3 || is_stop_word(w) || is_report_verb(w)) continue;
        const bool name = is_proper_name(a, i);
        out.terms.push_back(std::hash<std::string>{}(phrasal_term(a, i, end, next)));
        if (name) out.names.push_back(out.terms.back());
    }
    std::sort(out.terms.begin(), out.terms.end());
    out.terms.erase(std::unique(out.terms.begin(), out.terms.end()), out.terms.end());
    add_countries(a, first, end, out.names);
    std::sort(out.names.begin(), out.names.end());
    out.names.erase(std::unique(out.names.begin(), out.names.end()), out.names.end());
    for (std::string_view v : verbs)  // first occurrence order: the main verb first
        if (std::find(out.verbs.begin(), out.verbs.end(), v) == out.verbs.end()) out.verbs.emplace_back(v);
    out.further_happening = tells_a_further_happening(a, first, end);
    return out;
}

bool tells_a_further_happening(const ArticleAnalysis& a, uint32_t first, uint32_t end) {
    for (uint32_t i = first; i < end; ++i) {
        const std::string_view w = a.word(i);
        uint32_t from = 0;
        if (w == "another") {
            from = i + 1;
        } else if ((w == "a" || w == "an") && i + 1 < end) {
            const std::string_view next = a.word(i + 1);
            if (next == "second" || next == "third" || next == "fourth" || next == "fifth" || next == "new" || next == "fresh" ||
                next == "further")
                from = i + 2;
        }
        if (!from) continue;
        for (uint32_t j = from; j < end && j < from + 3; ++j)
            if (is_event_noun(a.word(j))) return true;
    }
    return false;
}

namespace {

// ---------------------------------------------------------------------------------------------
// The reader of one article
// ---------------------------------------------------------------------------------------------

class EventReader {
public:
    EventReader(const Article& a, uint32_t index, const Gazetteer& g)
        : a_(a), index_(index), g_(g), an_(analyse_article(a.text.clean, ReferenceDate{a.published, a.published_how}, g)) {
        // Dated only as "on or after" the latest date it reports: its bare weekdays from that date,
        // its days of a month without a year near it.
        if (!a.published && a.published_not_before && !a.published_not_after) {
            place_weekdays_after_latest_date(an_, *a.published_not_before);
            place_month_days_near_latest_date(an_, *a.published_not_before);
        }
    }

    ArticleReading run() {
        if (a_.dateline_end > a_.dateline_start) {  // the dateline's places set the scene
            for (const NameMention& n : an_.names)
                if (n.kind == NameMention::Kind::Place && an_.tokens[n.first_token].start < a_.dateline_end) context_place(n.index);
        }
        read_sentences();
        for (const Sentence& sentence : an_.sentences) out_.sentence_pieces += sentence.cut;
        out_.expressions_too_long = static_cast<uint32_t>(an_.expressions_too_long);
        out_.timexes = std::move(an_.timexes);
        return std::move(out_);
    }

private:
    // --- per sentence -----------------------------------------------------------------------
    void read_sentences() {
        size_t line = 0, timex = 0, name = 0;
        int last_event_sentence = -100;
        bool anchored_since_event = false;
        bool lead_read = false;
        int lead_sentence = -1;
        const TimeExpression* previous_anchor = nullptr;  // the last date of the sentence before
        const TimeExpression* market_day = nullptr;       // the last day a sentence naming a market dated
        const TimeExpression* lead_span = nullptr;        // the lead's one date, when it has one
        const TimeExpression* last_day = nullptr;         // the last date of a day, and its sentence
        int last_day_sentence = -1;
        std::pair<size_t, size_t> previous_events{0, 0};  // the events the sentence before made
        size_t events_at_sentence = 0;
        // The last dated saying of a named speaker ("Jobs said yesterday that ..."), its date and
        // the sentence of the last saying of that speaker at that occasion (episode_dates.h).
        struct Occasion {
            std::string_view speaker;
            const TimeExpression* date;
            int sentence;
        };
        std::optional<Occasion> occasion;
        // The occasion a dated lead tells ("Steve Jobs gave his keynote on Monday"): its speaker's
        // name and date, until another date is told (episode_dates.h, occasion_speaker_of_lead).
        std::vector<std::string_view> lead_speaker;
        const TimeExpression* lead_occasion = nullptr;
        // The reading state before a bracketed aside, given back after it.
        struct AsideState {
            size_t sentence;
            int last_event_sentence;
            const TimeExpression* previous_anchor;
            const TimeExpression* last_day;
            int last_day_sentence;
            std::pair<size_t, size_t> previous_events;
            size_t events;  // events made before the aside
        };
        std::optional<AsideState> aside;
        for (size_t s = 0; s < an_.sentences.size(); ++s) {
            if (last_event_sentence == static_cast<int>(s) - 1 && out_.events.size() > events_at_sentence) {
                // (A happening counted back from the sentence's date, made first, is not the episode it goes on with.)
                previous_events = {std::min(events_at_sentence + counted_back_events_, out_.events.size() - 1), out_.events.size()};
                // The lead's dated news ("GM filed for bankruptcy on Monday"): what a reaction is to.
                // Of several, the one of a day: "inflation fell in October, data showed on Wednesday"
                // is Wednesday's news.
                if (!lead_event_ && lead_sentence == static_cast<int>(s) - 1) {
                    lead_event_ = previous_events.first;
                    for (size_t e = previous_events.first; e < previous_events.second; ++e)
                        if (out_.events[e].precision == Precision::Day) {
                            lead_event_ = e;
                            break;
                        }
                }
            }
            events_at_sentence = out_.events.size();
            counted_back_events_ = 0;
            // A bracketed aside's date ends with it (sentences.h): the sentence after it goes on
            // from the sentence before it, as if the aside were not there; its events stay.
            aside_events_ = 0;
            if (aside && aside->sentence + 1 == s) {
                last_event_sentence = aside->last_event_sentence + (aside->last_event_sentence + 1 == static_cast<int>(aside->sentence) ? 1 : 0);
                previous_anchor = aside->previous_anchor;
                last_day = aside->last_day;
                last_day_sentence = aside->last_day_sentence + 1;  // the aside is no sentence of the story
                previous_events = aside->previous_events;
                aside_events_ = out_.events.size() - aside->events;
            }
            if (is_bracketed_aside(an_.tokens, an_.sentences[s]))
                aside = AsideState{s, last_event_sentence, previous_anchor, last_day, last_day_sentence, previous_events, out_.events.size()};
            Sentence sentence = an_.sentences[s];
            while (line < a_.lines.size() && a_.lines[line].end < sentence.start) ++line;
            const bool readable = line < a_.lines.size() && a_.is_readable(a_.lines[line]);
            // Skip the dateline ("MOSUL, Iraq — ") at the head of a paragraph.
            if (a_.dateline_end > sentence.start && a_.dateline_end < sentence.end) {
                while (sentence.first_token < sentence.end_token && an_.tokens[sentence.first_token].start < a_.dateline_end)
                    ++sentence.first_token;
                if (sentence.first_token >= sentence.end_token) continue;
                sentence.start = an_.tokens[sentence.first_token].start;
            }
            // Names and time expressions of this sentence.
            while (name < an_.names.size() && an_.names[name].end_token <= sentence.first_token) ++name;
            size_t name_end = name;
            while (name_end < an_.names.size() && an_.names[name_end].first_token < sentence.end_token) ++name_end;
            while (timex < an_.timexes.size() && an_.timexes[timex].end_token <= sentence.first_token) ++timex;
            std::vector<const TimeExpression*> anchors;
            for (size_t t = timex; t < an_.timexes.size() && an_.timexes[t].first_token < sentence.end_token; ++t)
                if (is_anchor(an_.timexes[t], sentence)) anchors.push_back(&an_.timexes[t]);
            // "The suit, filed in September 2003, claims that the company violated the 1991
            // agreement": beside another date, a year naming a noun dates nothing, nor does a
            // possessive ("this year's conference", "today's activities"; non_event_dates.h).
            if (anchors.size() > 1 &&
                std::any_of(anchors.begin(), anchors.end(), [&](const TimeExpression* e) { return !is_year_of_a_noun(an_, *e); }))
                std::erase_if(anchors, [&](const TimeExpression* e) { return is_year_of_a_noun(an_, *e); });
            // "won a majority in Sunday's election, final results showed on Tuesday": beside only a
            // trailing attribution's date (the saying's, which dates_a_trailing_attribution then
            // leaves out), a possessive time dates the news.
            const bool possessive_dates_the_news =
                std::any_of(anchors.begin(), anchors.end(), [&](const TimeExpression* e) { return is_possessive_time(an_, *e); }) &&
                std::all_of(anchors.begin(), anchors.end(), [&](const TimeExpression* e) {
                    return is_possessive_time(an_, *e) || dates_a_trailing_attribution(sentence, *e, anchors);
                });
            if (anchors.size() > 1 && !possessive_dates_the_news &&
                std::any_of(anchors.begin(), anchors.end(), [&](const TimeExpression* e) { return !is_possessive_time(an_, *e); }))
                std::erase_if(anchors, [&](const TimeExpression* e) { return is_possessive_time(an_, *e); });
            // "iPhone 4 was introduced at the company's 2010 Worldwide Developer's Conference less than
            // two weeks ago": a year holding a span counted back from publication (since_dates.h)
            // says less than the span, and that of the same happening: the span dates it alone.
            if (!anchors.empty() && std::all_of(anchors.begin(), anchors.end(), [](const TimeExpression* e) { return e->precision == Precision::Year; }))
                for (size_t t = timex; t < an_.timexes.size() && an_.timexes[t].first_token < sentence.end_token; ++t)
                    if (const auto span = some_time_ago_expression(an_, an_.timexes[t], a_.published);
                        span && std::all_of(anchors.begin(), anchors.end(), [&](const TimeExpression* e) {
                            return e->first_day <= span->first_day && span->last_day <= e->last_day;
                        })) {
                        anchors.clear();
                        break;
                    }

            if (readable) {
                for (FigureMention& figure : find_figures(an_, sentence, g_, scene_place_)) {
                    figure.article = index_;
                    if (a_.published) figure.day = days_from_civil(*a_.published);
                    out_.figures.push_back(std::move(figure));
                }
            }
            // "in the two weeks since the operations began": the beginning, two weeks before
            // publication (since_dates.h); the sentence's own news is read on below.
            if (readable && anchors.empty()) make_duration_since_event(sentence, name, name_end);
            // How long before publication, told with no date (since_dates.h): "In the past three
            // days, the DJIA has lost 631 points" (those days), "Tiger has been shipping for more
            // than a week now" (it began that long before).
            if (readable && anchors.empty() && a_.published) {
                std::optional<TimeExpression> span = past_days_span_expression(an_, sentence, a_.published);
                if (!span) span = activity_began_for_duration_expression(an_, sentence, a_.published);
                if (span && make_event_dated_as(sentence, sentence.first_token, sentence.end_token, std::move(*span), name, name_end)) {
                    last_event_sentence = static_cast<int>(s);
                    anchored_since_event = false;
                    continue_scene(name, name_end);
                    continue;
                }
            }
            // "sales dropped 23% compared to March of 2008", told in April 2009: March 2009's figure.
            if (readable && anchors.empty() && make_year_on_year_event(sentence, timex, name, name_end)) {
                last_event_sentence = static_cast<int>(s);
                anchored_since_event = false;
                continue_scene(name, name_end);
                continue;
            }
            // "Just two weeks after China sent global markets into a tumble, worries ... are sending
            // jitters": the happening counted back from the sentence's present (episode_dates.h).
            if (readable && anchors.empty() && make_span_before_the_present_event(sentence, name, name_end)) {
                if (!lead_read) {
                    lead_read = true;
                    lead_sentence = static_cast<int>(s);
                }
                last_event_sentence = static_cast<int>(s);
                anchored_since_event = false;
                continue_scene(name, name_end);
                continue;
            }
            // The lead: the first sentence of the body. Undated news in it is the day's news (lead_news.h).
            if (readable && !lead_read) {
                lead_read = true;
                lead_sentence = static_cast<int>(s);
                if (anchors.empty() && !next_sentence_dates_the_lead(sentence, s) && make_lead_event(sentence, name, name_end)) {
                    lead_event_ = out_.events.size() - 1;
                    last_event_sentence = static_cast<int>(s);
                    anchored_since_event = false;
                    continue_scene(name, name_end);
                    continue;
                }
                // "Boeing has announced that development of a 737 replacement, begun two years ago, has
                // been pushed back": the lead's news on the day of publication, the aside's on its date.
                if (anchors.size() == 1 && in_participial_aside(an_, sentence, *anchors[0]) &&
                    !next_sentence_dates_the_lead(sentence, s) && make_lead_event(sentence, name, name_end)) {
                    lead_event_ = out_.events.size() - 1;
                    make_events(sentence, anchors, name, name_end);
                    previous_anchor = anchors[0];
                    last_event_sentence = static_cast<int>(s);
                    anchored_since_event = false;
                    continue_scene(name, name_end);
                    continue;
                }
                if (anchors.size() == 1 && make_news_after_dated_opening_events(sentence, *anchors[0], name, name_end)) {
                    lead_event_ = out_.events.size() - 1;  // the news, what reactions are to
                    previous_anchor = anchors[0];
                    last_event_sentence = static_cast<int>(s);
                    anchored_since_event = false;
                    continue_scene(name, name_end);
                    continue;
                }
            }
            // "On the morning of Sept. 21, ... Throughout the morning, Iraqi forces cleared 11 villages":
            // the day last dated, within five sentences (a paragraph or two; episode_dates.h).
            // In a market's report, the close of trading is that of the market's session last dated,
            // whatever other day the report told of since ("On Friday, the yen fell ... The Shanghai
            // index lost 6.3 percent to close the day": Monday's session).
            const TimeExpression* day_referred = last_day;
            if (market_day && last_day != market_day && tells_the_close_of_trading(an_, sentence) && names_a_market(an_, sentence))
                day_referred = market_day;
            if (readable && anchors.empty() && day_referred && static_cast<int>(s) - last_day_sentence <= 5 &&
                make_part_of_day_event(sentence, *day_referred, name, name_end)) {
                last_event_sentence = static_cast<int>(s);
                last_day_sentence = static_cast<int>(s);  // told of again: the day stays in the reader's mind
                anchored_since_event = false;
                previous_anchor = nullptr;
                continue_scene(name, name_end);
                continue;
            }
            if (readable && anchors.empty() && !out_.events.empty() && !anchored_since_event && out_.events_left_out == 0 &&
                static_cast<int>(s) - last_event_sentence <= 3 && continues_event(sentence))
                extend_last_event(sentence);
            if (readable && make_since_events(sentence, timex, !anchors.empty(), name, name_end)) {
                last_event_sentence = static_cast<int>(s);
                anchored_since_event = false;
            }
            // "announced at a different Apple event several months ago": a range before publication.
            if (readable && make_some_time_ago_events(sentence, timex, !anchors.empty(), name, name_end)) {
                last_event_sentence = static_cast<int>(s);
                anchored_since_event = false;
            }
            // "The SDF broke into Raqqa on June 6. Its fighters have since captured ...": from the
            // date of the sentence before up to now (since_dates.h).
            if (readable && anchors.empty() && previous_anchor && make_since_then_event(sentence, *previous_anchor, name, name_end)) {
                last_event_sentence = static_cast<int>(s);
                anchored_since_event = false;
                previous_anchor = nullptr;
                continue_scene(name, name_end);
                continue;
            }
            // "Ford's sales dropped 42% last month. General Motors reported a 49% decline.": an undated
            // happening right after a dated event, dated as it; a reaction to the lead's news, and more
            // of that news told with "also" ("Apple today announced the iPhone 3GS. ... Apple also
            // demonstrated Snow Leopard"), dated as the news; another saying of the speaker of a
            // dated saying within three sentences of the last ("Jobs said yesterday ... Jobs also
            // said"), said at its occasion; "Days after Sen. McCain's remarks, ...", a few days from
            // a happening the article dates (episode_dates.h).
            auto at_the_occasion = [&]() {
                if (!occasion || static_cast<int>(s) - occasion->sentence > 3) return false;
                const auto verb = says_more_at_the_occasion_at(an_, sentence, occasion->speaker);
                if (!verb || !make_event_dated_as(sentence, sentence.first_token, sentence.end_token,
                                                  occasion_expression(an_, *verb, *occasion->date), name, name_end))
                    return false;
                occasion->sentence = static_cast<int>(s);
                return true;
            };
            // "Steve Jobs announced that ...", far after a lead telling his keynote: made there.
            auto at_the_lead_occasion = [&]() {
                if (!lead_occasion) return false;
                const auto verb = announces_at_the_occasion_at(an_, sentence, lead_speaker);
                return verb && make_event_dated_as(sentence, sentence.first_token, sentence.end_token,
                                                   announcement_expression(an_, *verb, *lead_occasion), name, name_end);
            };
            if (readable && anchors.empty() &&
                (at_the_occasion() || at_the_lead_occasion() || (a_.published && make_days_after_event(sentence, s, last_day, name, name_end)) ||
                 make_days_from_a_happening_event(sentence, s, name, name_end) ||
                 // A reaction to the news the article leads with ("Sterling fell after the data") is
                 // dated as that news, before the sentence right before it can carry its own date.
                 (lead_event_ && reacts_to_the_news(an_, sentence) &&
                  make_episode_event(sentence, nullptr, {*lead_event_, *lead_event_ + 1}, name, name_end, true)) ||
                 (last_event_sentence == static_cast<int>(s) - 1 && make_episode_event(sentence, &an_.sentences[s - 1], previous_events, name, name_end)) ||
                 (lead_event_ && lead_sentence >= 0 &&
                  make_added_news_event(sentence, an_.sentences[static_cast<size_t>(lead_sentence)],
                                        static_cast<int>(s) - lead_sentence, name, name_end)) ||
                 make_session_figure_event(sentence, lead_sentence >= 0 ? &an_.sentences[static_cast<size_t>(lead_sentence)] : nullptr,
                                           market_day, last_day, lead_span, name, name_end) ||
                 make_recent_saying_event(sentence, name, name_end))) {
                last_event_sentence = static_cast<int>(s);
                anchored_since_event = false;
                previous_anchor = nullptr;
                previous_events = {out_.events.size() - 1, out_.events.size()};
                continue_scene(name, name_end);
                continue;
            }
            previous_anchor = anchors.empty() ? nullptr : anchors.back();
            for (const TimeExpression* anchor : anchors)
                if (readable && anchor->precision == Precision::Day) {
                    last_day = anchor;
                    last_day_sentence = static_cast<int>(s);
                }
            // ("the day" refers back to a session; it dates no new one: see below.)
            if (readable && anchors.size() == 1 && anchors[0]->precision == Precision::Day && names_a_market(an_, sentence) &&
                !(anchors[0]->meaning.anchor == TimexMeaning::Anchor::Previous && anchors[0]->meaning.offset == 0))
                market_day = anchors[0];
            if (readable && lead_sentence == static_cast<int>(s) && anchors.size() == 1) lead_span = anchors[0];
            if (!anchors.empty()) occasion.reset();  // another date told: the occasion is over
            for (const TimeExpression* anchor : anchors)
                if (lead_occasion && (anchor->first_day != lead_occasion->first_day || anchor->last_day != lead_occasion->last_day))
                    lead_occasion = nullptr;
            if (readable && lead_sentence == static_cast<int>(s) && anchors.size() == 1 &&
                anchors[0]->precision == Precision::Day) {
                lead_speaker = occasion_speaker_of_lead(an_, sentence);
                if (!lead_speaker.empty()) lead_occasion = anchors[0];
            }
            if (readable && anchors.size() == 1 && anchors[0]->precision == Precision::Day)
                if (const auto verb = named_saying_at(an_, sentence))
                    occasion = Occasion{speaker_of_saying(an_, *verb), anchors[0], static_cast<int>(s)};
            // "The Shanghai index lost 6.3 percent to close the day", after "On Friday, the yen fell":
            // in a market's report, "the day" of a market's figure is the session last dated for a
            // market, not whatever day the text named last (which "the day" is read against).
            if (readable && anchors.size() == 1 && market_day && anchors[0] != market_day &&
                anchors[0]->meaning.anchor == TimexMeaning::Anchor::Previous && anchors[0]->precision == Precision::Day &&
                anchors[0]->meaning.offset == 0 && anchors[0]->first_day != market_day->first_day && names_a_market(an_, sentence)) {
                TimeExpression day = *anchors[0];
                day.first_day = market_day->first_day;
                day.last_day = market_day->last_day;
                day.how = "'" + std::string(an_.text.substr(day.start, day.end - day.start)) +
                          "' of a market's figure: the session the report last dated for a market, " +
                          to_iso(civil_from_days(day.first_day)) + ", inferred";
                if (make_event_dated_as(sentence, sentence.first_token, sentence.end_token, std::move(day), name, name_end)) {
                    last_event_sentence = static_cast<int>(s);
                    anchored_since_event = false;
                    continue_scene(name, name_end);
                    continue;
                }
            }
            if (readable && !anchors.empty()) {
                make_events(sentence, anchors, name, name_end);
                last_event_sentence = static_cast<int>(s);
                anchored_since_event = false;
            } else if (!anchors.empty()) {
                anchored_since_event = true;
            }
            continue_scene(name, name_end);
        }
        // Expressions made while reading (the lead's day of publication, a "between" span) join the
        // article's time expressions last (the scan above reads them in text order), and their
        // events take their index.
        for (auto& [event, expression] : made_expressions_) {
            for (EventSource& src : out_.events[event].sources) src.timex = static_cast<uint32_t>(an_.timexes.size());
            an_.timexes.push_back(std::move(expression));
        }
        made_expressions_.clear();
    }

    // The scene moves on with the places named, and fades after a few sentences without one.
    void continue_scene(size_t name, size_t name_end) {
        bool named = false;
        previous_actors_.clear();
        for (size_t n = name; n < name_end; ++n) {  // one pass: a name is a place or an actor
            if (an_.names[n].kind == NameMention::Kind::Place) named |= context_place(an_.names[n].index);
            else previous_actors_.push_back(an_.names[n].index);
        }
        if (named) scene_age_ = 0;
        else if (++scene_age_ > 3) scene_place_ = -1;
    }

    // "Coalition forces have begun attacks ... On the morning of Sept. 21, Iraqi forces began major
    // combat operations": a lead that sums up what the sentences after it tell with a date is that
    // dated event, not news of the day of publication. Said by one of the next three sentences
    // (the rest of the lead's paragraph, the next one's opening) holding an anchoring date and a
    // verb of the same class as the lead's perfect ("begun", "began").
    bool next_sentence_dates_the_lead(const Sentence& lead, size_t index) const {
        for (size_t n = index + 1; n < an_.sentences.size() && n <= index + 3; ++n)
            if (sentence_dates_the_lead(lead, an_.sentences[n])) return true;
        return false;
    }

    // The verb that makes the lead news of the day: its present perfect ("has won") or news
    // present of a change ("is stepping down"), else its simple past ("unveiled"); the bool says which.
    std::optional<std::pair<uint32_t, bool>> lead_verb(const Sentence& lead) const {
        if (tells_news_of_the_day(an_, lead))
            if (const auto v = news_of_the_day_verb_at(an_, lead.first_token, lead.end_token)) return std::make_pair(*v, false);
        if (tells_past_news_of_the_day(an_, lead)) {
            const auto past = simple_past_at(an_, lead.first_token, lead.end_token);
            const auto saying = news_present_saying_at(an_, lead.first_token, lead.end_token);
            if (past && (!saying || *past < *saying)) return std::make_pair(*past, true);
            if (saying) return std::make_pair(*saying, true);
        }
        return std::nullopt;
    }

    bool sentence_dates_the_lead(const Sentence& lead, const Sentence& next) const {
        const auto lead_news = lead_verb(lead);
        const std::optional<uint32_t> verb = lead_news ? std::optional<uint32_t>(lead_news->first) : std::nullopt;
        if (!verb) return false;
        // A lead told as a saying ("GM said that it would cut 10,000 jobs") is dated by a next
        // sentence that dates the saying ("Smith announced the company's move on Wednesday").
        const bool saying = is_report_verb(word(*verb));
        std::string_view lead_class;
        for (uint32_t i = *verb; i < lead.end_token && i < *verb + 6 && lead_class.empty(); ++i) lead_class = verb_class(word(i));
        if (lead_class.empty() && !saying) return false;
        std::vector<const TimeExpression*> anchors;
        for (const TimeExpression& e : an_.timexes)
            if (e.first_token >= next.first_token && e.first_token < next.end_token && is_anchor(e, next)) anchors.push_back(&e);
        if (anchors.empty()) return false;
        for (uint32_t i = next.first_token; i < next.end_token; ++i) {
            if (an_.in_timex[i]) continue;
            const bool retold = (!lead_class.empty() && verb_class(word(i)) == lead_class) ||
                                (saying && is_report_verb(word(i)) && !an_.tokens[i].capitalised);
            if (!retold) continue;
            for (const TimeExpression* e : anchors)
                if (!other_time_clause_between(i, *e)) return true;
        }
        return false;
    }

    // Does a clause of another time open between token `i` and expression `e` ("had made the
    // purchase a priority since the company was floated in September 2006")? Its date is that
    // clause's happening (the flotation), not the word at `i` (the purchase). Only words that put
    // the clause at another time ("since", "after", "before", "because", "until", "following"):
    // "when" and "which" clauses tell of the same happening ("the purchase, which was signed on
    // Friday").
    bool other_time_clause_between(uint32_t i, const TimeExpression& e) const {
        const uint32_t from = std::min(i, e.end_token), to = std::max(i, e.first_token);
        for (uint32_t k = from; k < to; ++k) {
            if (an_.in_timex[k]) continue;
            const std::string_view w = word(k);
            if (w == "since" || w == "after" || w == "before" || w == "because" || w == "until" || w == "following")
                return true;
        }
        return false;
    }

    // "Boeing had been suspended since July 24, 2003", "The Dow has fallen 15% since the start of
    // this year": a "since" date that dates a state's beginning or a change up to now is an event
    // (since_dates.h), with the date's clause as its passage when the sentence has other dates.
    // Returns whether it made one.
    bool make_since_events(const Sentence& s, size_t timex, bool other_anchors, size_t name, size_t name_end) {
        bool made = false;
        for (size_t t = timex; t < an_.timexes.size() && an_.timexes[t].first_token < s.end_token; ++t) {
            const TimeExpression& e = an_.timexes[t];
            if (e.start < s.start) continue;  // in the dateline
            if (const auto when = when_clause_of_since_date(an_, s, e)) {  // "since 1939, when an earthquake killed ..."
                TimeExpression dated = e;
                dated.signal = {};
                dated.how.insert(0, "the 'when' clause after 'since " + std::string(an_.text.substr(e.start, e.end - e.start)) +
                                        "' tells what happened then; ");
                made |= make_event_dated_as(s, when->first, when->second, std::move(dated), name, name_end);
                continue;
            }
            const SinceReading reading = read_since(an_, s, e);
            if (reading == SinceReading::None) continue;
            std::optional<TimeExpression> dated = since_expression(e, reading, a_.published);
            if (!dated) continue;
            const auto c = other_anchors ? clause_holding(s, e) : std::make_pair(s.first_token, s.end_token);
            made |= make_event_dated_as(s, c.first, c.second, std::move(*dated), name, name_end);
        }
        return made;
    }

    // "several months ago", "a few weeks ago": a range before publication (since_dates.h,
    // some_time_ago_expression), on the clause of the expression when the sentence has other dates.
    // Not a comparison's base ("up from a few years ago").
    bool make_some_time_ago_events(const Sentence& s, size_t timex, bool other_anchors, size_t name, size_t name_end) {
        bool made = false;
        for (size_t t = timex; t < an_.timexes.size() && an_.timexes[t].first_token < s.end_token; ++t) {
            const TimeExpression& e = an_.timexes[t];
            if (e.start < s.start) continue;
            if (e.meaning.anchor != TimexMeaning::Anchor::Reference && !is_less_than_ago(an_, e)) continue;  // most are neither
            std::optional<TimeExpression> dated = some_time_ago_expression(an_, e, a_.published);
            if (!dated || is_comparison_reference(e, s) || is_as_comparison(an_, s, e)) continue;
            const auto c = other_anchors ? clause_holding(s, e) : std::make_pair(s.first_token, s.end_token);
            made |= make_event_dated_as(s, c.first, c.second, std::move(*dated), name, name_end);
        }
        return made;
    }

    // The happening of "in the two weeks since <it>" (since_dates.h), on the clause after "since".
    void make_duration_since_event(const Sentence& s, size_t name, size_t name_end) {
        std::optional<TimeExpression> dated = duration_since_expression(an_, s, a_.published);
        if (!dated) return;
        // The clause after "since", up to its comma: "the operations began".
        uint32_t from = dated->first_token, to = dated->first_token;
        while (from > s.first_token && word(from - 1) != "since") --from;
        while (to < s.end_token && !an_.tokens[to].is(',')) ++to;
        make_event_dated_as(s, from, to, std::move(*dated), name, name_end);
    }

    bool make_since_then_event(const Sentence& s, const TimeExpression& previous, size_t name, size_t name_end) {
        const std::optional<uint32_t> since = since_then_at(an_, s);
        if (!since) return false;
        std::optional<TimeExpression> span = since_then_expression(an_, *since, previous, a_.published);
        if (!span) return false;
        return make_event_dated_as(s, s.first_token, s.end_token, std::move(*span), name, name_end);
    }

    // A figure told only against the same month (or quarter) a year before ("Chrysler's sales in
    // Canada dropped 23% compared to March of 2008", "a 32% drop from the fourth quarter of 2007")
    // is that period's figure a year later, when that period has just ended at publication (within
    // 45 days): year-on-year is how monthly and quarterly figures are reported. Only in a sentence
    // with a percentage ("23%", "23 percent", "23 per cent") and no date of its own. Returns whether it made an event.
    bool make_year_on_year_event(const Sentence& s, size_t timex, size_t name, size_t name_end) {
        if (!a_.published) return false;
        // The cheap test first (most sentences stop here): a dated month or quarter in the sentence.
        bool month_or_quarter = false;
        for (size_t t = timex; t < an_.timexes.size() && an_.timexes[t].first_token < s.end_token && !month_or_quarter; ++t)
            month_or_quarter = an_.timexes[t].start >= s.start && an_.timexes[t].dated &&
                               (an_.timexes[t].precision == Precision::Month || an_.timexes[t].precision == Precision::Quarter);
        if (!month_or_quarter) return false;
        bool percent = false;
        for (uint32_t i = s.first_token; i < s.end_token && !percent; ++i)
            percent = an_.tokens[i].is('%') || word(i) == "percent" || (word(i) == "per" && i + 1 < s.end_token && word(i + 1) == "cent");
        if (!percent) return false;
        const int64_t today = days_from_civil(*a_.published);
        for (size_t t = timex; t < an_.timexes.size() && an_.timexes[t].first_token < s.end_token; ++t) {
            const TimeExpression& compared = an_.timexes[t];
            if (compared.start < s.start || !compared.dated) continue;
            if (compared.precision != Precision::Month && compared.precision != Precision::Quarter) continue;
            if (!is_comparison_reference(compared, s)) continue;
            const CivilDate from = civil_from_days(compared.first_day), to = civil_from_days(compared.last_day);
            TimeExpression reported = compared;
            reported.first_day = days_from_civil({from.year + 1, from.month, 1});
            reported.last_day = days_from_civil({to.year + 1, to.month, days_in_month(to.year + 1, to.month)});
            if (!(reported.last_day < today && today - reported.last_day <= 45)) continue;
            reported.signal = {};
            reported.value = compared.precision == Precision::Month
                                 ? to_iso(civil_from_days(reported.first_day)).substr(0, 7)
                                 : std::to_string(from.year + 1) + compared.value.substr(4);
            reported.how = "a figure compared with " + compared.value + " is that of the same " +
                           std::string(to_string(compared.precision)) + " a year later, " + reported.value +
                           ", just ended at publication (" + compared.how + ")";
            return make_event_dated_as(s, s.first_token, s.end_token, std::move(reported), name, name_end);
        }
        return false;
    }

    // The dating expression of an event made so far: one read in the text, or one made while reading.
    const TimeExpression* expression_of(size_t event) const {
        for (auto m = made_expressions_.rbegin(); m != made_expressions_.rend(); ++m)
            if (m->first == event) return &m->second;
        const EventSource& src = out_.events[event].sources.front();
        return src.timex < an_.timexes.size() ? &an_.timexes[src.timex] : nullptr;
    }

    // An undated sentence that goes on with the happenings of the sentence before (episode_dates.h):
    // an event of that sentence's date, when all its events (`previous`) share one date, a day or
    // a month. A reaction to the lead's news (`reaction_to_lead`, `previous` the lead's event)
    // takes that news's day. `sentence_before` (none for a reaction): a sentence that names its
    // happening tells more of it, no event of its own. Returns whether it made one.
    bool make_episode_event(const Sentence& s, const Sentence* sentence_before, std::pair<size_t, size_t> previous,
                            size_t name, size_t name_end, bool reaction_to_lead = false) {
        if (previous.first >= previous.second || previous.second > out_.events.size()) return false;
        if (!reaction_to_lead && previous.second + aside_events_ != out_.events.size()) return false;
        if (reaction_to_lead && out_.events[previous.first].precision != Precision::Day) return false;
        const Event& last = out_.events[previous.first];
        if (last.precision != Precision::Day && last.precision != Precision::Month) return false;
        for (size_t e = previous.first + 1; e < previous.second; ++e)
            if (out_.events[e].first_day != last.first_day || out_.events[e].last_day != last.last_day) return false;
        const TimeExpression* before = expression_of(previous.first);
        if (!before || before->first_day != last.first_day || before->last_day != last.last_day) return false;
        const std::optional<uint32_t> verb = episode_verb_at(an_, s);
        if (!verb) return false;
        // More of the happening before ("Hundreds came to the opening"), not another one.
        if (sentence_before && names_the_happening_before(an_, s, *sentence_before)) return false;
        if (!make_event_dated_as(s, s.first_token, s.end_token, carried_expression(an_, *verb, *before, reaction_to_lead), name,
                                 name_end))
            return false;
        // Merged with the event it was dated from, the sentence that states the date names it
        // better: that one is the news, this one goes on with it (as much as a cut headline's "…").
        out_.evidence.back().title_quality -= 3;
        return true;
    }

    // "Days after <phrase>, <clause>": from the date of the last sentence before that names
    // someone or something the phrase names (however far back: the phrase refers to it); "<the happening> came days after <clause>":
    // from `last_day`, the day last dated, the happening the subject names; the clause after
    // "after" is the passage then. Nothing when no such date is told (episode_dates.h). Returns
    // whether it made an event.
    bool make_days_after_event(const Sentence& s, size_t index, const TimeExpression* last_day, size_t name, size_t name_end) {
        const std::optional<DaysAfter> d = days_after_at(an_, s);
        if (!d) return false;
        const TimeExpression* anchor = nullptr;
        if (!d->opening) {
            const std::string_view subject = word(s.first_token);
            if (subject != "the" && subject != "this" && subject != "that") return false;
            anchor = last_day;
        } else {
            std::vector<std::string_view> names;  // the phrase's names ("mccain")
            for (uint32_t i = d->phrase_first; i < d->phrase_end; ++i)
                if (an_.tokens[i].is_word() && an_.tokens[i].capitalised && word(i).size() >= 3 && !is_stop_word(word(i)))
                    names.push_back(word(i));
            if (names.empty()) return false;
            for (size_t n = index; n-- > 0 && !anchor;) {
                const Sentence& before = an_.sentences[n];
                bool shares = false;
                for (uint32_t k = before.first_token; k < before.end_token && !shares; ++k) {
                    const Token& t = an_.tokens[k];
                    if (!t.capitalised) continue;
                    for (const std::string_view w : names) shares |= t.end - t.start == w.size() && word(k) == w;
                }
                if (shares) anchor = last_anchor_in(before);
            }
        }
        if (!anchor) return false;
        std::optional<TimeExpression> dated = days_after_expression(an_, *d, *anchor, days_from_civil(*a_.published));
        if (!dated) return false;
        const uint32_t from = d->opening ? d->phrase_end + 1 : d->phrase_first;  // the clause dated
        return make_event_dated_as(s, from, s.end_token, std::move(*dated), name, name_end);
    }

    // The last date of sentence `s` that anchors an event there (is_anchor), or none.
    const TimeExpression* last_anchor_in(const Sentence& s) const {
        const TimeExpression* anchor = nullptr;
        for (const TimeExpression& e : an_.timexes)
            if (e.first_token >= s.first_token && e.first_token < s.end_token && is_anchor(e, s)) anchor = &e;
        return anchor;
    }

    // "A day before the announcement, <clause>": the clause dated that many days from the last
    // sentence before that tells the happening the noun names, when it dates it to a day
    // (episode_dates.h). Returns whether it made an event.
    bool make_days_from_a_happening_event(const Sentence& s, size_t index, size_t name, size_t name_end) {
        const std::optional<DaysFromAHappening> d = days_from_a_happening_at(an_, s);
        if (!d) return false;
        for (size_t n = index; n-- > 0;) {
            const Sentence& before = an_.sentences[n];
            bool tells = false;
            for (uint32_t k = before.first_token; k < before.end_token && !tells; ++k) tells = tells_the_happening_of(an_, k, d->noun_token);
            if (!tells) continue;
            const TimeExpression* anchor = last_anchor_in(before);
            if (!anchor) return false;  // the happening is told undated: nothing to count from
            std::optional<TimeExpression> dated = days_from_a_happening_expression(an_, *d, *anchor);
            return dated && make_event_dated_as(s, d->clause_first, s.end_token, std::move(*dated), name, name_end);
        }
        return false;
    }

    // An undated sentence opening on a part of the day ("Throughout the morning,") or telling the
    // close of trading is an event of `day`, the day last dated; one telling "over the course of
    // the week", of that day's week up to it (episode_dates.h). Returns whether it made one.
    bool make_part_of_day_event(const Sentence& s, const TimeExpression& day, size_t name, size_t name_end) {
        if (!refers_to_the_day_dated_before(an_, s)) return false;
        const std::optional<uint32_t> verb = episode_verb_at(an_, s);
        if (!verb) return false;
        return make_event_dated_as(s, s.first_token, s.end_token, part_of_day_expression(an_, s, *verb, day), name, name_end);
    }

    // An undated sentence that adds with "also" to the lead's news of a day, or (within five
    // sentences of the lead, `after_lead`) tells a happening on a source's word, is an event of that
    // day (episode_dates.h). Returns whether it made one.
    bool make_added_news_event(const Sentence& s, const Sentence& lead, int after_lead, size_t name, size_t name_end) {
        if (out_.events[*lead_event_].precision != Precision::Day) return false;
        const TimeExpression* news = expression_of(*lead_event_);
        if (!news) return false;
        std::optional<uint32_t> verb = adds_to_the_news_at(an_, s, lead);
        std::string_view why = "told with 'also' of the news the article leads with";
        if (!verb && after_lead <= 5) {
            verb = attributed_news_at(an_, s);
            why = "told on a source's word a few sentences after the news the article leads with";
        }
        if (!verb) return false;
        return make_event_dated_as(s, s.first_token, s.end_token, added_news_expression(an_, *verb, *news, why), name, name_end);
    }

    // A market report's session figure told without a date ("The Nasdaq fell 82.65 points") is an
    // event of the session's day, when no other day has been dated since (`last_day`, the last day
    // dated, is the session's or none; market_session.h). The session is the lead's day when the
    // lead tells a day of trading of a market; else the day of the last sentence that dated a
    // market's trading ("On Friday, the Dow Jones closed down 366.94 points ... The NASDAQ also
    // took heavy losses", after a lead that is no report: `market_day`). Returns whether it made one.
    // When the lead tells a market over a span that holds the day of publication ("Stock markets
    // across the world fell dramatically this week"), and no day has been dated since, the
    // session is the day of publication: a report tells the day's figures of the day it is
    // written, as it tells undated news (`lead_span`, the lead's one date).
    bool make_session_figure_event(const Sentence& s, const Sentence* lead, const TimeExpression* market_day,
                                   const TimeExpression* last_day, const TimeExpression* lead_span, size_t name, size_t name_end) {
        const TimeExpression* session = nullptr;
        std::string_view why = "a market's figure told without a date, in a report of the session the lead dates";
        if (lead_event_ && lead && out_.events[*lead_event_].precision == Precision::Day && names_a_market(an_, *lead))
            session = expression_of(*lead_event_);
        if (!session && market_day) {
            session = market_day;
            why = "a market's figure told without a date, after a sentence that dates the market's session";
        }
        const bool on_publication_day = !session && lead_span && !last_day && lead && a_.published &&
                                        lead_span->precision != Precision::Day &&
                                        lead_span->first_day <= days_from_civil(*a_.published) &&
                                        days_from_civil(*a_.published) <= lead_span->last_day && names_a_market(an_, *lead);
        if (!session && !on_publication_day) return false;
        // Another day dated since: the figure may be of it, unless it was an earlier day told of
        // no market ("On Friday, the yen fell to 90.89" in a report of Monday's session): a look
        // back, after which the report goes on with its session.
        const bool look_back = session && session == market_day && last_day && last_day->last_day < session->first_day;
        if (session && last_day && (last_day->first_day != session->first_day || last_day->last_day != session->last_day) && !look_back)
            return false;
        const std::optional<uint32_t> verb = session_figure_at(an_, s);
        if (!verb) return false;
        if (session)
            return make_event_dated_as(s, s.first_token, s.end_token, added_news_expression(an_, *verb, *session, why), name, name_end);
        TimeExpression day = publication_day_expression(an_, *verb, *a_.published, a_.published_how, true);
        day.how += "; a market's figure told without a date, in a report whose lead tells a span up to that day";
        return make_event_dated_as(s, s.first_token, s.end_token, std::move(day), name, name_end);
    }

    // An undated lead that tells the day's news ("Airbus has won an order...") is an event on the
    // day of publication, when that day is known (lead_news.h). Returns whether it made one.
    bool make_lead_event(const Sentence& s, size_t name, size_t name_end) {
        if (!a_.published) return false;
        const auto verb = lead_verb(s);
        if (!verb) return false;
        return make_event_dated_as(s, s.first_token, s.end_token,
                                   publication_day_expression(an_, verb->first, *a_.published, a_.published_how, verb->second),
                                   name, name_end);
    }

    // "After <a dated happening>, <the day's news without a date>" in the lead: the opening on its
    // date, and the news on the day of publication (lead_news.h, news_after_a_dated_opening).
    // Returns whether the news became an event (the last one made).
    bool make_news_after_dated_opening_events(const Sentence& s, const TimeExpression& date, size_t name, size_t name_end) {
        if (!a_.published) return false;
        const auto main = news_after_a_dated_opening(an_, s, date.end_token);
        if (!main) return false;
        const auto verb = news_of_the_day_verb_at(an_, *main, s.end_token);
        make_event(s, s.first_token + 1, *main, {s.first_token + 1, *main}, date, name, name_end);  // without its "After"
        return make_event_dated_as(s, *main, s.end_token, publication_day_expression(an_, *verb, *a_.published, a_.published_how),
                                   name, name_end);
    }

    // "(Just) two weeks after <a happening>, <the present>": that happening, counted back from the
    // day of publication (episode_dates.h, span_before_the_present_at).
    bool make_span_before_the_present_event(const Sentence& s, size_t name, size_t name_end) {
        if (!a_.published) return false;
        const std::optional<SpanBefore> d = span_before_the_present_at(an_, s);
        if (!d) return false;
        return make_event_dated_as(s, d->phrase_first, d->phrase_end,
                                   span_before_the_present_expression(an_, *d, *a_.published, a_.published_how), name, name_end);
    }

    // "The New York Stock Exchange has said it will delist New Century", after the lead: a saying
    // in the present perfect is recent news, on the day of publication (lead_news.h).
    bool make_recent_saying_event(const Sentence& s, size_t name, size_t name_end) {
        if (!a_.published) return false;
        const auto verb = saying_in_the_present_perfect_at(an_, s);
        if (!verb) return false;
        return make_event_dated_as(s, s.first_token, s.end_token,
                                   recent_saying_expression(an_, *verb, *a_.published, a_.published_how), name, name_end);
    }

    // A decade tells when something happened only after "in", "during", "throughout" or "much
    // (most, part, all) of": "she spent much of the 1970s in exile". Elsewhere it qualifies a noun
    // ("the boxy cars of the 70s") or measures back ("dating back to the early 1990s").
    bool decade_dates_its_clause(const TimeExpression& e) const {
        if (e.signal == "in" || e.signal == "during" || e.signal == "throughout") return true;
        if (e.first_token < 2) return false;
        uint32_t of = e.first_token - 1;
        if (word(of) == "the" && of > 0) --of;
        if (word(of) != "of" || of == 0) return false;
        const std::string_view share = word(of - 1);
        return share == "much" || share == "most" || share == "part" || share == "all" || share == "rest";
    }

    bool is_anchor(const TimeExpression& e, const Sentence& s) const {
        if (e.start < s.start) return false;  // in the dateline
        if (!e.dated || (e.type != TimexType::Date && e.type != TimexType::Time)) return false;
        if (e.meaning.anchor == TimexMeaning::Anchor::Reference) return false;  // "now", "recently"
        if (e.meaning.offset < 0 && is_less_than_ago(an_, e)) return false;  // a range up to now (since_dates.h)
        // States and deadlines; but "dormant until 2021, when an eruption began": the "when"
        // clause after an "until" date is what happened then (since_dates.h).
        if (e.signal == "since" ||
            ((e.signal == "until" || e.signal == "till") && !ends_a_span(e) && !when_clause_after_date(an_, s, e)))
            return false;
        if (is_comparison_reference(e, s) || is_as_comparison(an_, s, e) || is_since_a_landmark(an_, s, e) ||
            is_change_baseline(an_, s, e) || is_record_period(an_, s, e) || is_previous_record(an_, s, e) || is_likened_occasion(an_, s, e) || is_declared_day(an_, s, e) ||
            (e.meaning.day && is_holiday_season(an_, e)) || is_year_in_a_laws_name(an_, e) || is_year_of_a_level(an_, e) || is_model_year(an_, e) ||
            is_deadline_of_an_intention(an_, s, e) || is_state_in_the_current_period(an_, s, e) ||
            is_state_as_of(an_, s, e) || is_time_as_subject(an_, s, e) || is_habit(an_, s, e))
            return false;
        if (is_quoted_non_happening(an_, s, e)) return false;  // a speaker's present or plans (non_event_dates.h)
        if (in_state_relative_aside(an_, s, e)) return false;  // "The Hang Seng, which was positive yesterday, fell" (lead_news.h)
        switch (e.precision) {
            case Precision::Century: case Precision::Range: case Precision::None: return false;
            case Precision::Decade:  // "in the 1970s", "spent much of the 1970s": when it happened, not "the cars of the 70s"
                if (!decade_dates_its_clause(e)) return false;
                break;
            default: break;
        }
        if (a_.published && e.first_day > days_from_civil(*a_.published)) return false;  // a plan, not a happening
        // "will be gone by tonight": a forecast about today is not a happening either.
        if (tense_around(an_.lower, an_.tokens, s.first_token, s.end_token, e.first_token, e.end_token) == Tense::Future)
            return false;
        return true;
    }

    // A date that something is measured against, not when it happened: "rose 43% compared to the
    // same period last year", "higher than in 2016", "up 82% from 9 months ago", "an improvement
    // from 2008". (A bare "from" starts a range or a comparison; "more than a year ago" is an
    // approximate date, and "more orders than Airbus in 2005" compares Airbus, not the year.)
    // "compared" may stand a noun phrase further back: "if compared to the $565 million profit
    // reaped during the same period of the last year" (ten words).
    bool is_comparison_reference(const TimeExpression& e, const Sentence& s) const {
        if (e.signal == "from") return !span_end_after(e);
        for (uint32_t i = e.first_token, steps = 0; i-- > s.first_token && steps < 10; ++steps) {
            if (an_.tokens[i].is(',') || an_.tokens[i].is(';')) break;
            const std::string_view w = word(i);
            if (w == "compared" || w == "comparison" || w == "versus" || w == "vs") return true;
            if (w == "than") {  // right before the date or its preposition: not "more orders than Airbus in 2005"
                const std::string_view before = i > s.first_token ? word(i - 1) : std::string_view{};
                const bool next_to_date = i + 1 == e.first_token || (i + 2 == e.first_token && !e.signal.empty());
                return next_to_date && !(before == "more" || before == "less" || before == "fewer" || before == "no");
            }
        }
        return false;
    }

    // Does this undated sentence only go on about the event before it?
    bool continues_event(const Sentence& s) const {
        for (uint32_t i = s.first_token; i + 1 < s.end_token; ++i) {
            const std::string_view w = word(i);
            if ((w == "the" || w == "this" || w == "that") && is_event_noun(word(i + 1))) return true;
        }
        const std::string_view first = word(s.first_token);
        if ((first == "throughout" || first == "during") && word(s.first_token + 1) == "the") return true;
        return false;
    }

    void extend_last_event(const Sentence& s) {
        constexpr uint32_t kLongestPassage = 700;
        EventSource& src = out_.events.back().sources.back();
        if (s.end - src.start > kLongestPassage || s.start < src.end) return;
        src.end = s.end;
    }

    // --- events from a sentence ---------------------------------------------------------------
    // "contracted by 0.9% between April and June": two dates joined by "between ... and" are one
    // span, from the first's start to the second's end; returns that span as an expression
    // (its value "START/END", its `how` saying so), or nullopt.
    // "served as mayor from 2009 to 2017" ("until", "through", "till") is such a span too.
    std::optional<TimeExpression> between_span(const TimeExpression& from, const TimeExpression& to) const {
        if (from.end_token + 1 != to.first_token) return std::nullopt;
        auto signal_is = [&](std::string_view w) { return from.signal == w || (from.first_token > 0 && word(from.first_token - 1) == w); };
        const bool between = word(from.end_token) == "and" && signal_is("between");
        if (!between && !(span_end_after(from) == &to && signal_is("from"))) return std::nullopt;
        if (to.last_day < from.first_day) return std::nullopt;
        TimeExpression span = from;
        span.end = to.end;
        span.end_token = to.end_token;
        span.last_day = to.last_day;
        span.value = from.value + "/" + to.value;
        span.how.clear();
        span.how.append("'").append(an_.text.substr(from.start, to.end - from.start)).append("': a span from ").append(from.value);
        span.how.append(" to ").append(to.value).append(" (").append(from.how).append("; ").append(to.how).append(")");
        return span;
    }

    // Does e end a span "from <date> until <e>"? (Only the expression right before e can start it:
    // one search, as is_anchor asks this of every "until".)
    bool ends_a_span(const TimeExpression& e) const {
        const auto after = std::partition_point(an_.timexes.begin(), an_.timexes.end(),
                                                [&](const TimeExpression& x) { return x.first_token < e.first_token; });
        if (after == an_.timexes.begin()) return false;
        const TimeExpression& x = *std::prev(after);
        return x.end_token + 1 == e.first_token && x.signal == "from" && span_end_after(x) == &e;
    }

    // The date that ends a span "from <e> to <it>" ("until", "through", "till" too): the dated
    // expression right after the word after e, or null.
    const TimeExpression* span_end_after(const TimeExpression& e) const {
        const std::string_view w = word(e.end_token);
        if (!(w == "to" || w == "until" || w == "through" || w == "till")) return nullptr;
        const auto next = std::partition_point(an_.timexes.begin(), an_.timexes.end(),
                                               [&](const TimeExpression& x) { return x.first_token <= e.end_token; });
        return next != an_.timexes.end() && next->first_token == e.end_token + 1 && next->dated &&
                       next->type == TimexType::Date && next->last_day >= e.first_day
                   ? &*next
                   : nullptr;
    }

    // "Protesters marched through the capital a week ago, police said on Monday": the date of a
    // short attribution closing the sentence (after its last comma: a saying verb, then the date)
    // is when the report was made, not a second event, when the reported clause before it holds
    // a date of its own. Without one, the saying's date still dates the sentence ("... killed,
    // police said on Monday").
    bool dates_a_trailing_attribution(const Sentence& s, const TimeExpression& e,
                                      const std::vector<const TimeExpression*>& anchors) const {
        constexpr uint32_t kLongestAttribution = 10;  // ", a spokesman for the local police said on Monday"
        uint32_t comma = 0;
        for (uint32_t i = s.first_token; i < e.first_token; ++i)
            if (an_.tokens[i].is(',')) comma = i;
        // Nothing but the sentence's end after the date, or a participle's phrase (", setting the
        // stage for ...": what the news brings, not another happening).
        const bool participle_after = e.end_token + 1 < s.end_token && an_.tokens[e.end_token].is(',') &&
                                      word(e.end_token + 1).size() > 4 && word(e.end_token + 1).ends_with("ing");
        const uint32_t end = participle_after ? e.end_token : s.end_token;
        if (!comma || end - comma > kLongestAttribution + 2) return false;
        for (uint32_t i = e.end_token; i < end; ++i)
            if (!an_.tokens[i].is('.') && !an_.tokens[i].is('!') && !an_.tokens[i].is('"')) return false;
        bool saying = false;  // "said", "reported", or results that "showed"
        for (uint32_t i = comma + 1; i < e.first_token; ++i)
            saying |= is_report_verb(word(i)) || word(i) == "showed" || word(i) == "indicated";
        if (!saying) return false;
        for (const TimeExpression* other : anchors)
            if (other->end_token <= comma && (other->first_day != e.first_day || other->last_day != e.last_day)) return true;
        return false;
    }

    // "General Motors announced on Wednesday that it saw a 45% drop in sales in March": the date
    // right after a verb of saying ("announced on Wednesday that", "said Tuesday") is when the
    // report was made; when what was said holds a date of its own and is told in the past, that
    // is the happening, and the saying's date makes no second event of it (a careful reader
    // puts March's drop on the timeline, not a copy on Wednesday). What was said told as a plan
    // ("said on Monday that talks would resume in March") leaves the saying's date its event; so
    // does a date in a happening's relative clause ("in an outbreak that began in early November").
    bool dates_a_leading_saying(const Sentence& s, const TimeExpression& e, const std::vector<const TimeExpression*>& anchors) const {
        if (e.first_token < s.first_token + 2) return false;
        const uint32_t verb = word(e.first_token - 1) == "on" ? e.first_token - 2 : e.first_token - 1;
        if (!is_report_verb(word(verb)) || !dates_the_verb_after_it(an_, verb, e.first_token)) return false;
        for (const TimeExpression* other : anchors) {
            if (other->first_token <= e.end_token) continue;
            if (other->first_day == e.first_day && other->last_day == e.last_day) continue;
            // "said on Thursday that 81 children had been infected in an outbreak that began in early
            // November": the other date is a happening's own (its relative clause), not what was said.
            if (dated_relative_clause_of_happening(an_, e.end_token, s.end_token, *other)) continue;
            bool another_clause = false;
            for (uint32_t k = e.end_token; k < other->first_token && !another_clause; ++k)
                another_clause = opens_another_clause(an_, k, s.end_token);
            if (another_clause) continue;
            if (tense_around(an_.lower, an_.tokens, e.end_token, s.end_token, other->first_token, other->end_token) == Tense::Past)
                return true;
        }
        return false;
    }

    // Rule: "Shares of Apple rose $5.41 yesterday, continuing their trend of having risen 23
    // percent this year": a participle clause closing the sentence (", continuing", ", bringing",
    // ", extending") that tallies over a span holding the main clause's date tells where that day
    // leaves a running figure, not a second happening; its date makes no event of its own. Only
    // when a date before the clause's comma lies inside this one's span ("this year" around
    // "yesterday"): a participle clause with a date apart ("..., killing two on Tuesday") stays.
    bool dates_a_trailing_tally(const Sentence& s, const TimeExpression& e, const std::vector<const TimeExpression*>& anchors) const {
        uint32_t comma = 0;
        for (uint32_t i = s.first_token; i < e.first_token; ++i)
            if (an_.tokens[i].is(',')) comma = i;
        if (!comma || comma + 1 >= e.first_token) return false;
        const Token& opening = an_.tokens[comma + 1];
        const std::string_view w = word(comma + 1);
        if (!opening.is_word() || opening.capitalised || w.size() < 6 || !w.ends_with("ing")) return false;
        for (const TimeExpression* other : anchors)
            if (other->end_token <= comma && e.first_day <= other->first_day && other->last_day <= e.last_day &&
                (e.first_day != other->first_day || e.last_day != other->last_day))
                return true;
        return false;
    }

    // Rule: "its profits during the last quarter, which ended December 30, 2006": a period (a
    // quarter, a half, a year) whose end the clause after it gives is the span ending that day,
    // the length of the period back (a company's quarter need not be the calendar's), and the
    // day dates nothing else. The period's word, a comma, "which"/"that" and "ended"/"ending",
    // then the day ("the year that ended June 30, 2016" without the comma). Returns the period's
    // span, or nullopt.
    std::optional<TimeExpression> period_ended_on(const std::vector<const TimeExpression*>& anchors) const {
        for (const TimeExpression* day : anchors) {
            if (day->precision != Precision::Day || day->first_token < 4) continue;
            const uint32_t d = day->first_token;
            if (!(word(d - 1) == "ended" || word(d - 1) == "ending") || !(word(d - 2) == "which" || word(d - 2) == "that")) continue;
            const std::string_view period = an_.tokens[d - 3].is(',') ? word(d - 4) : word(d - 3);
            const int months = period == "quarter" ? 3 : period == "half" ? 6 : period == "year" ? 12 : 0;
            if (!months) continue;
            TimeExpression out = *day;
            const CivilDate end = civil_from_days(day->last_day);
            out.first_day = days_from_civil(add_months(end, -months)) + 1;
            // Still a quarter (half, year), as another report of its figure tells it: they merge.
            out.precision = months == 3 ? Precision::Quarter : months == 6 ? Precision::Half : Precision::Year;
            out.how = "the " + std::string(period) + " that ended on " + to_iso(end) + " ('" +
                      std::string(an_.text.substr(day->start, day->end - day->start)) + "'): the " + std::to_string(months) +
                      " months up to that day, " + to_iso(civil_from_days(out.first_day)) + " to " + to_iso(end);
            return out;
        }
        return std::nullopt;
    }

    // Rule: "Stock markets across the world fell dramatically this week", told on a Thursday: the
    // current week (month, year) in a past-tense clause ends on the day of publication, since
    // what is told as past cannot have happened after it: Monday to Thursday, not to Sunday.
    // Returns the span so clipped, or nullopt when the expression is no current unit, is not
    // past, or ends by publication anyway.
    std::optional<TimeExpression> current_unit_so_far(const Sentence& s, const TimeExpression& e) const {
        if (!a_.published || !e.meaning.deictic_unit || e.meaning.offset != 0 || !e.meaning.part.empty() ||
            e.meaning.anchor != TimexMeaning::Anchor::Publication)
            return std::nullopt;
        const int64_t today = days_from_civil(*a_.published);
        if (e.last_day <= today || e.first_day > today) return std::nullopt;
        if (tense_around(an_.lower, an_.tokens, s.first_token, s.end_token, e.first_token, e.end_token) != Tense::Past)
            return std::nullopt;
        TimeExpression out = e;
        out.last_day = today;  // still the week (month, year) it names: shown and merged as one
        out.how += "; told in the past tense, so up to the day of publication (" + to_iso(*a_.published) + ")";
        return out;
    }

    void make_events(const Sentence& s, const std::vector<const TimeExpression*>& anchors, size_t name, size_t name_end) {
        if (std::optional<TimeExpression> period = period_ended_on(anchors)) {
            make_event_dated_as(s, s.first_token, s.end_token, std::move(*period), name, name_end);
            return;
        }
        if (anchors.size() == 1)
            if (std::optional<TimeExpression> so_far = current_unit_so_far(s, *anchors[0])) {
                make_event_dated_as(s, s.first_token, s.end_token, std::move(*so_far), name, name_end);
                return;
            }
        // "The quake hit at 4:17 a.m.", after "an earthquake that struck ... on Monday rose ... on
        // Tuesday": the time of the happening told before, on its day (episode_dates.h).
        if (anchors.size() == 1)
            if (std::optional<TimeExpression> time = time_of_a_happening_dated_before(an_, s, *anchors[0])) {
                make_event_dated_as(s, s.first_token, s.end_token, std::move(*time), name, name_end);
                return;
            }
        // "between April and June": one event over the span, instead of one at each end; with other
        // dates in the sentence ("who served as mayor from 2009 to 2017, was convicted in
        // January"), the span's over its clause, and the others as if it were not there.
        for (size_t k = 0; k + 1 < anchors.size(); ++k) {
            std::optional<TimeExpression> span = between_span(*anchors[k], *anchors[k + 1]);
            if (!span) continue;
            if (anchors.size() == 2) {
                make_event_dated_as(s, s.first_token, s.end_token, std::move(*span), name, name_end);
                return;
            }
            const std::pair<uint32_t, uint32_t> c = clause_holding(s, *anchors[k]);
            make_event_dated_as(s, c.first, c.second, std::move(*span), name, name_end);
            std::vector<const TimeExpression*> others(anchors.begin(), anchors.begin() + static_cast<std::ptrdiff_t>(k));
            others.insert(others.end(), anchors.begin() + static_cast<std::ptrdiff_t>(k) + 2, anchors.end());
            make_events(s, others, name, name_end);
            return;
        }
        // One event per distinct interval; several intervals: each gets its clause.
        std::vector<const TimeExpression*> distinct;
        for (const TimeExpression* e : anchors) {
            if (dates_a_trailing_attribution(s, *e, anchors) || dates_a_trailing_tally(s, *e, anchors) ||
                dates_a_leading_saying(s, *e, anchors))
                continue;
            bool same = false;
            for (const TimeExpression* d : distinct) same |= d->first_day == e->first_day && d->last_day == e->last_day;
            if (!same) distinct.push_back(e);
        }
        // The passage is the date's clause when the sentence holds several dates, else the
        // sentence; what merging compares is always the date's clause ("..., where Baghdadi
        // declared the caliphate in 2014" is about 2014, not about the alleyways around it).
        const std::vector<std::pair<uint32_t, uint32_t>> clauses = clauses_of(s);
        auto clause_of = [&](const TimeExpression* e) {
            std::pair<uint32_t, uint32_t> c{s.first_token, s.end_token};
            for (const auto& clause : clauses)
                if (e->first_token >= clause.first && e->first_token < clause.second) c = clause;
            return c;
        };
        // "The suspect was arrested on Monday and charged with murder on Tuesday": each dated
        // predicate of one subject its own event (headline.h, second_predicate_start).
        if (distinct.size() == 2) {
            const TimeExpression* earlier = distinct[0]->first_token < distinct[1]->first_token ? distinct[0] : distinct[1];
            const TimeExpression* later = earlier == distinct[0] ? distinct[1] : distinct[0];
            const std::pair<uint32_t, uint32_t> c = clause_of(earlier);
            if (c == clause_of(later)) {
                if (const uint32_t verb = second_predicate_start(an_, c.first, c.second, *earlier, *later)) {
                    uint32_t join = verb - 1;
                    while (join > c.first && word(join) != "and" && word(join) != "but") --join;
                    make_event(s, c.first, join, {c.first, join}, *earlier, name, name_end);
                    make_event(s, verb, c.second, {verb, c.second}, *later, name, name_end);
                    return;
                }
            }
        }
        for (const TimeExpression* e : distinct) {
            // "Fighting resumed on Saturday, a day after a ceasefire expired": the clause after
            // "a day after" is its own event, that many days before (episode_dates.h).
            if (const auto back = happening_counted_back_from(an_, s, *e))
                if (auto dated = counted_back_expression(an_, *back, *e)) {
                    const uint32_t first = distinct.size() > 1 ? clause_of(e).first : s.first_token;
                    const size_t before = out_.events.size();
                    make_event_dated_as(s, back->clause_first, back->clause_end, std::move(*dated), name, name_end);
                    if (distinct.size() == 1) counted_back_events_ = out_.events.size() - before;
                    make_event(s, first, back->count_first, {first, back->count_first}, *e, name, name_end);
                    continue;
                }
            // "crested on May 5, breaking a record set in 1941, when it reached 4.76 metres": a
            // later date than the main clause's, followed by a "when" clause: that clause is what
            // happened then (since_dates.h).
            // So is a "when" clause after a date told of a state ("was in turmoil a year ago, when 15
            // players quit").
            if ((distinct.size() > 1 && e != distinct.front() && e->first_token > distinct.front()->first_token) ||
                told_of_a_state(an_, s, *e) || e->signal == "until" || e->signal == "till")
                if (const auto when = when_clause_after_date(an_, s, *e)) {
                    TimeExpression dated = *e;
                    dated.how.insert(0, "the 'when' clause after '" + std::string(an_.text.substr(e->start, e->end - e->start)) +
                                            "' tells what happened then; ");
                    make_event_dated_as(s, when->first, when->second, std::move(dated), name, name_end);
                    continue;
                }
            const std::pair<uint32_t, uint32_t> c = clause_of(e);
            const uint32_t first = distinct.size() > 1 ? c.first : s.first_token;
            const uint32_t end = distinct.size() > 1 ? c.second : s.end_token;
            // "took the district, and the army drove IS from the town": two events on the one date.
            // When the other clause holds a date of its own ("took the airport on March 1, and the
            // army retook it on March 2"), this date is only its own clause's; so is a date after
            // "but" ("the FTC tried to block the deal in court, but a judge ruled against it in July":
            // the contrast is a later turn; the trying was before it).
            if (const uint32_t second = second_clause_start(an_, first, end)) {
                const uint32_t first_end = second - 2;  // before ", and"
                const bool in_second = e->first_token >= second;
                // A date the text could not place counts too: "and work began in January last year",
                // with no date of publication, is not the first clause's summer.
                const uint32_t other_first = in_second ? first : second, other_end = in_second ? first_end : end;
                bool other_dated = false;
                for (const TimeExpression* d : distinct)
                    if (d != e) other_dated |= d->first_token >= other_first && d->first_token < other_end;
                for (const TimeExpression& d : expressions_in(an_, other_first, other_end))
                    other_dated |= !d.dated && (d.type == TimexType::Date || d.type == TimexType::Time) && d.signal != "since";
                const bool after_but = an_.word(second - 1) == "but";
                if (!in_second || (!other_dated && !after_but))
                    make_event(s, first, first_end, {std::max(first, c.first), std::min(first_end, c.second)}, *e, name, name_end,
                               in_second);
                if (in_second || !other_dated)
                    make_event(s, second, end, {std::max(second, c.first), std::min(end, c.second)}, *e, name, name_end,
                               !in_second);
                continue;
            }
            // "Apple is the producer of the iPod and launched the iTunes Music Store on April 28,
            // 2003": the date is the second predicate's, and so are the words merging compares.
            std::pair<uint32_t, uint32_t> evidence = c;
            if (distinct.size() == 1)
                if (const uint32_t verb = dated_predicate_after_state(an_, c.first, c.second, *e)) evidence.first = verb;
            make_event(s, first, end, evidence, *e, name, name_end);
        }
    }

    // The clause of sentence `s` that holds expression `e` (the whole sentence when none does).
    std::pair<uint32_t, uint32_t> clause_holding(const Sentence& s, const TimeExpression& e) const {
        std::pair<uint32_t, uint32_t> c{s.first_token, s.end_token};
        for (const auto& clause : clauses_of(s))
            if (e.first_token >= clause.first && e.first_token < clause.second) c = clause;
        return c;
    }

    // Clauses of a sentence, cut before relative clauses (", where", ", which", "and which",
    // ", the site where") and at semicolons; short pieces stay with the clause before them. A
    // relative clause between commas right after the subject (a few words, no date) and before the
    // main clause's verb ("John Carter, who served as mayor from 2009 to 2017, was convicted in
    // January") is no cut: the main clause keeps its subject, and the aside is listed after the
    // clauses, so that a date inside it finds the aside as its clause (the last one holding it).
    std::vector<std::pair<uint32_t, uint32_t>> clauses_of(const Sentence& s) const {
        std::vector<uint32_t> cuts{s.first_token};
        std::vector<std::pair<uint32_t, uint32_t>> asides;
        uint32_t last_comma = 0;
        for (uint32_t i = s.first_token + 1; i < s.end_token; ++i) {
            const Token& t = an_.tokens[i];
            if (t.is(',')) last_comma = i;
            if (t.is(';')) {
                cuts.push_back(i + 1);
                continue;
            }
            const std::string_view w = word(i);
            if (w == "where" || w == "which" || w == "who" || w == "whom" || w == "whose" || w == "while") {
                const bool after_subject = i - cuts.back() <= 8 && !std::any_of(an_.in_timex.begin() + cuts.back(), an_.in_timex.begin() + i,
                                                                                   [](bool in) { return in; });
                if (const uint32_t close = after_subject ? relative_aside_end(an_, i, s.end_token) : 0; close && close - i >= 4) {
                    asides.emplace_back(i, close);
                    i = close;
                    last_comma = close;
                    continue;
                }
                // "Maria Alves, the novelist who won the prize in 1998, died on Tuesday": the
                // apposition and its relative clause are an aside; the main clause goes on after it.
                if (const uint32_t close = last_comma && i - last_comma <= 6 ? apposition_aside_end(an_, last_comma, s.end_token) : 0;
                    close > i) {
                    asides.emplace_back(last_comma + 1, close);
                    i = close;
                    last_comma = close;
                    continue;
                }
                uint32_t cut = 0;
                if (an_.tokens[i - 1].is(',')) cut = i;
                else if ((word(i - 1) == "and" || word(i - 1) == "but") && i - 1 > s.first_token) cut = i - 1;
                else if (last_comma && i - last_comma <= 4) cut = last_comma + 1;
                if (cut > cuts.back()) cuts.push_back(cut);
            }
        }
        std::vector<std::pair<uint32_t, uint32_t>> out;
        for (size_t k = 0; k < cuts.size(); ++k) {
            const uint32_t end = k + 1 < cuts.size() ? cuts[k + 1] : s.end_token;
            if (!out.empty() && end - cuts[k] < 4) out.back().second = end;
            else out.push_back({cuts[k], end});
        }
        out.insert(out.end(), asides.begin(), asides.end());
        return out;
    }

    // The event of tokens [first, end) dated by an expression made while reading (a span, a
    // carried date, the day of publication), which is kept for it and joins the article's
    // expressions when the scan ends. False when no event was made (a forecast or a plan after all).
    bool make_event_dated_as(const Sentence& s, uint32_t first, uint32_t end, TimeExpression expression, size_t name,
                             size_t name_end) {
        const size_t made = out_.events.size();
        make_event(s, first, end, {first, end}, expression, name, name_end);
        if (out_.events.size() == made) return false;
        made_expressions_.emplace_back(made, std::move(expression));
        return true;
    }

    void make_event(const Sentence& s, uint32_t first, uint32_t end, std::pair<uint32_t, uint32_t> evidence_clause,
                    const TimeExpression& e, size_t name, size_t name_end, bool undated_part = false) {
        if (out_.events.size() >= kMostEventsPerArticle) {
            ++out_.events_left_out;
            return;
        }
        // Trim the clause's punctuation at both ends.
        while (first < end && an_.tokens[first].kind == Token::Kind::Punct && !is_quote_mark(an_.tokens[first])) ++first;
        while (end > first && (an_.tokens[end - 1].is(',') || an_.tokens[end - 1].is(';'))) --end;
        if (first >= end) return;
        Event ev;
        EventSource src;
        src.article = index_;
        src.clause_start = an_.tokens[first].start;
        src.clause_end = an_.tokens[end - 1].end;
        src.start = src.clause_start;
        src.end = src.clause_end;
        if (first == s.first_token && end >= s.end_token - 1) src.end = s.end;  // the whole sentence
        src.timex_start = e.start;
        src.timex_end = e.end;
        // Its index among the article's expressions; the lead's own (not yet among them) is set by read_sentences.
        const bool listed = !an_.timexes.empty() && !std::less<const TimeExpression*>{}(&e, an_.timexes.data()) &&
                            std::less<const TimeExpression*>{}(&e, an_.timexes.data() + an_.timexes.size());
        src.timex = listed ? static_cast<uint32_t>(&e - an_.timexes.data()) : 0;
        src.first_day = e.first_day;
        src.last_day = e.last_day;
        src.precision = e.precision;
        ev.first_day = e.first_day;
        ev.last_day = e.last_day;
        ev.precision = e.precision;
        ev.give_or_take_days = e.give_or_take_days;
        Headline headline = make_headline(an_, first, end, e);
        if (headline.forecast) return;  // a forecast or a plan: not on the timeline
        ev.title = std::move(headline.text);
        const int quality = headline.quality;
        // Places and actors named in the clause, else in the sentence, else the scene so far.
        // Names inside quotation marks count only when the clause names none outside them
        // (a speaker's "to Europe, to America" sets no scene).
        std::vector<bool> quoted(end - first, false);
        bool inside = false;
        for (uint32_t i = first; i < end; ++i) {
            const Token& t = an_.tokens[i];
            inside = t.inside_quote_after(inside);
            quoted[i - first] = inside;
        }
        bool outside_names = false;
        for (size_t n = name; n < name_end; ++n)
            if (an_.names[n].first_token >= first && an_.names[n].first_token < end && !quoted[an_.names[n].first_token - first])
                outside_names = true;
        auto add_names = [&](uint32_t from, uint32_t to) {
            for (size_t n = name; n < name_end; ++n) {
                const NameMention& m = an_.names[n];
                if (m.first_token < from || m.first_token >= to) continue;
                if (outside_names && m.first_token >= first && m.first_token < end && quoted[m.first_token - first]) continue;
                auto& list = m.kind == NameMention::Kind::Place ? ev.places : ev.actors;
                if (std::find(list.begin(), list.end(), m.index) == list.end()) list.push_back(m.index);
            }
        };
        // "the city", "the town": the scene the article is at, unless the clause names a city.
        for (uint32_t i = first; i + 1 < end; ++i) {
            if (!(word(i) == "the" && (word(i + 1) == "city" || word(i + 1) == "town" || word(i + 1) == "village"))) continue;
            bool city_before = false;  // "Mosul ... the city" is Mosul
            for (size_t n = name; n < name_end; ++n)
                if (an_.names[n].kind == NameMention::Kind::Place && an_.names[n].first_token >= first && an_.names[n].first_token < i &&
                    g_.places()[an_.names[n].index].kind == "city")
                    city_before = true;
            if (!city_before && scene_place_ >= 0) ev.places.push_back(static_cast<uint32_t>(scene_place_));
            break;
        }
        add_names(first, end);
        if (ev.places.empty() || ev.actors.empty()) {
            Event whole;
            std::swap(whole.places, ev.places);
            std::swap(whole.actors, ev.actors);
            add_names(s.first_token, s.end_token);
            if (!whole.places.empty()) ev.places = whole.places;
            if (!whole.actors.empty()) ev.actors = whole.actors;
        }
        if (ev.places.empty() && scene_place_ >= 0) ev.places.push_back(static_cast<uint32_t>(scene_place_));
        // "they cut off..." : the actors of the sentence before.
        if (ev.actors.empty() || starts_with_pronoun(first, end))
            for (uint32_t actor : previous_actors_)
                if (std::find(ev.actors.begin(), ev.actors.end(), actor) == ev.actors.end()) ev.actors.push_back(actor);
        ev.sources.push_back(src);
        ev.id = event_id(a_, src, e.value, undated_part);
        // Merge evidence, from the date's clause.
        MergeEvidence evidence =
            evidence_of_clause(an_, std::max(first, evidence_clause.first), std::min(end, evidence_clause.second));
        evidence.title_quality = quality;
        evidence.news_without_date = e.news_without_date;
        out_.events.push_back(std::move(ev));
        out_.evidence.push_back(std::move(evidence));
    }

    bool starts_with_pronoun(uint32_t first, uint32_t end) const {
        for (uint32_t i = first; i < end && i < first + 6; ++i)
            if (is_pronoun_subject(word(i))) return true;
        return false;
    }

    // --- helpers -----------------------------------------------------------------------------
    std::string_view word(uint32_t i) const { return an_.word(i); }
    bool context_place(uint32_t place) {
        const std::string& kind = g_.places()[place].kind;
        if (kind == "city" || kind == "landmark" || kind == "region" || kind == "area") {
            scene_place_ = static_cast<int>(place);
            return true;
        }
        return false;
    }

    const Article& a_;
    uint32_t index_;
    const Gazetteer& g_;
    ArticleAnalysis an_;
    ArticleReading out_;
    int scene_place_ = -1;
    int scene_age_ = 0;  // sentences since the scene was last named
    std::vector<uint32_t> previous_actors_;
    std::optional<size_t> lead_event_;  // the lead's first event: the news a reaction is to
    size_t aside_events_ = 0;           // events the bracketed aside right before this sentence made
    size_t counted_back_events_ = 0;    // events this sentence made first, counted back from its date ("a day after")
    // Expressions made while reading, with the event each dates: they join the article's
    // expressions when the scan ends (read_sentences).
    std::vector<std::pair<size_t, TimeExpression>> made_expressions_;
};

}  // namespace

ArticleReading read_events(const Article& article, uint32_t article_index, const Gazetteer& gazetteer) {
    return EventReader(article, article_index, gazetteer).run();
}

}  // namespace dateline
