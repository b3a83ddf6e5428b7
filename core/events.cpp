#include "events.h"

#include <algorithm>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>

#include "lexicon.h"
#include "sentences.h"
#include "tense.h"
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
static bool is_saying_verb(std::string_view w) { return event_words().says.find(w) != nullptr; }
bool is_stop_word(std::string_view w) { return event_words().stop.find(w) != nullptr; }
bool is_event_noun(std::string_view w) { return event_words().event_nouns.find(w) != nullptr; }

std::string event_id(const Article& article, const EventSource& source, std::string_view timex_value) {
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
    mix(article.id);
    mix(std::to_string(source.timex_start));
    mix(timex_value);
    const CivilDate d = civil_from_days(source.first_day);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02d-%06llx", d.year, d.month, d.day,
                  static_cast<unsigned long long>(h & 0xFFFFFF));
    return buffer;
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

bool is_pronoun_subject(std::string_view w) {
    return w == "they" || w == "he" || w == "she" || w == "it" || w == "its" || w == "their" || w == "his" || w == "her";
}

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

// ---------------------------------------------------------------------------------------------
// The reader of one article
// ---------------------------------------------------------------------------------------------

class EventReader {
public:
    EventReader(const Article& a, uint32_t index, const Gazetteer& g)
        : a_(a), index_(index), g_(g), text_(a.text.clean), lower_(lower_case_text(text_)) {}

    ArticleReading run() {
        tokens_ = tokenize(text_);
        sentences_ = split_sentences(text_, tokens_);
        size_t too_long = 0;
        out_.timexes = find_time_expressions(text_, lower_, tokens_, &too_long);
        out_.expressions_too_long = static_cast<uint32_t>(too_long);
        resolve_time_expressions(text_, lower_, tokens_, sentences_, ReferenceDate{a_.published, a_.published_how}, out_.timexes);
        names_ = g_.find(text_, tokens_, 0, tokens_.size());
        in_timex_.assign(tokens_.size(), false);
        for (const TimeExpression& e : out_.timexes)
            for (uint32_t i = e.first_token; i < e.end_token; ++i) in_timex_[i] = true;
        if (a_.dateline_end > a_.dateline_start) {  // the dateline's places set the scene
            for (const NameMention& n : names_)
                if (n.kind == NameMention::Kind::Place && tokens_[n.first_token].start < a_.dateline_end) context_place(n.index);
        }
        read_sentences();
        for (const Sentence& sentence : sentences_) out_.sentence_pieces += sentence.cut;
        return std::move(out_);
    }

private:
    // --- per sentence -----------------------------------------------------------------------
    void read_sentences() {
        size_t line = 0, timex = 0, name = 0;
        int last_event_sentence = -100;
        bool anchored_since_event = false;
        for (size_t s = 0; s < sentences_.size(); ++s) {
            Sentence sentence = sentences_[s];
            while (line < a_.lines.size() && a_.lines[line].end < sentence.start) ++line;
            const bool readable = line < a_.lines.size() && a_.is_readable(a_.lines[line]);
            // Skip the dateline ("MOSUL, Iraq — ") at the head of a paragraph.
            if (a_.dateline_end > sentence.start && a_.dateline_end < sentence.end) {
                while (sentence.first_token < sentence.end_token && tokens_[sentence.first_token].start < a_.dateline_end)
                    ++sentence.first_token;
                if (sentence.first_token >= sentence.end_token) continue;
                sentence.start = tokens_[sentence.first_token].start;
            }
            // Names and time expressions of this sentence.
            while (name < names_.size() && names_[name].end_token <= sentence.first_token) ++name;
            size_t name_end = name;
            while (name_end < names_.size() && names_[name_end].first_token < sentence.end_token) ++name_end;
            while (timex < out_.timexes.size() && out_.timexes[timex].end_token <= sentence.first_token) ++timex;
            std::vector<const TimeExpression*> anchors;
            for (size_t t = timex; t < out_.timexes.size() && out_.timexes[t].first_token < sentence.end_token; ++t)
                if (is_anchor(out_.timexes[t], sentence)) anchors.push_back(&out_.timexes[t]);

            if (readable) {
                const size_t before = out_.figures.size();
                find_figures(text_, lower_, tokens_, sentence.first_token, sentence.end_token,
                             std::span<const NameMention>(names_).subspan(name, name_end - name), g_, scene_place_,
                             out_.figures);
                for (size_t f = before; f < out_.figures.size(); ++f) {
                    out_.figures[f].article = index_;
                    out_.figures[f].sentence_start = sentence.start;
                    out_.figures[f].sentence_end = sentence.end;
                    if (a_.published) out_.figures[f].day = days_from_civil(*a_.published);
                }
            }
            if (readable && anchors.empty() && !out_.events.empty() && !anchored_since_event && out_.events_left_out == 0 &&
                static_cast<int>(s) - last_event_sentence <= 3 && continues_event(sentence))
                extend_last_event(sentence);
            if (readable && !anchors.empty()) {
                make_events(sentence, anchors, name, name_end);
                last_event_sentence = static_cast<int>(s);
                anchored_since_event = false;
            } else if (!anchors.empty()) {
                anchored_since_event = true;
            }
            // The scene moves on with the places named, and fades after a few sentences without one.
            bool named = false;
            for (size_t n = name; n < name_end; ++n)
                if (names_[n].kind == NameMention::Kind::Place) named |= context_place(names_[n].index);
            if (named) scene_age_ = 0;
            else if (++scene_age_ > 3) scene_place_ = -1;
            previous_actors_.clear();
            for (size_t n = name; n < name_end; ++n)
                if (names_[n].kind == NameMention::Kind::Actor) previous_actors_.push_back(names_[n].index);
        }
    }

    bool is_anchor(const TimeExpression& e, const Sentence& s) const {
        if (e.start < s.start) return false;  // in the dateline
        if (!e.dated || (e.type != TimexType::Date && e.type != TimexType::Time)) return false;
        if (e.meaning.anchor == TimexMeaning::Anchor::Reference) return false;  // "now", "recently"
        if (e.signal == "since" || e.signal == "until" || e.signal == "till") return false;  // states and deadlines
        if (is_comparison_reference(e, s)) return false;
        switch (e.precision) {
            case Precision::Decade: case Precision::Century: case Precision::Range: case Precision::None: return false;
            default: break;
        }
        if (a_.published && e.first_day > days_from_civil(*a_.published)) return false;  // a plan, not a happening
        // "will be gone by tonight": a forecast about today is not a happening either.
        if (tense_around(lower_, tokens_, s.first_token, s.end_token, e.first_token, e.end_token) == Tense::Future)
            return false;
        return true;
    }

    // A date that something is measured against, not when it happened: "rose 43% compared to the
    // same period last year", "higher than in 2016", "up 82% from 9 months ago", "an improvement
    // from 2008". (A bare "from" starts a range or a comparison; "more than a year ago" is an
    // approximate date, and "more orders than Airbus in 2005" compares Airbus, not the year.)
    bool is_comparison_reference(const TimeExpression& e, const Sentence& s) const {
        if (e.signal == "from") return true;
        for (uint32_t i = e.first_token, steps = 0; i-- > s.first_token && steps < 6; ++steps) {
            if (tokens_[i].is(',') || tokens_[i].is(';')) break;
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
    void make_events(const Sentence& s, const std::vector<const TimeExpression*>& anchors, size_t name, size_t name_end) {
        // One event per distinct interval; several intervals: each gets its clause.
        std::vector<const TimeExpression*> distinct;
        for (const TimeExpression* e : anchors) {
            bool same = false;
            for (const TimeExpression* d : distinct) same |= d->first_day == e->first_day && d->last_day == e->last_day;
            if (!same) distinct.push_back(e);
        }
        // The passage is the date's clause when the sentence holds several dates, else the
        // sentence; what merging compares is always the date's clause ("..., where Baghdadi
        // declared the caliphate in 2014" is about 2014, not about the alleyways around it).
        const std::vector<std::pair<uint32_t, uint32_t>> clauses = clauses_of(s);
        for (const TimeExpression* e : distinct) {
            std::pair<uint32_t, uint32_t> c{s.first_token, s.end_token};
            for (const auto& clause : clauses)
                if (e->first_token >= clause.first && e->first_token < clause.second) c = clause;
            if (distinct.size() > 1) make_event(s, c.first, c.second, c, *e, name, name_end);
            else make_event(s, s.first_token, s.end_token, c, *e, name, name_end);
        }
    }

    // Clauses of a sentence, cut before relative clauses (", where", ", which", "and which",
    // ", the site where") and at semicolons; short pieces stay with the clause before them.
    std::vector<std::pair<uint32_t, uint32_t>> clauses_of(const Sentence& s) const {
        std::vector<uint32_t> cuts{s.first_token};
        uint32_t last_comma = 0;
        for (uint32_t i = s.first_token + 1; i < s.end_token; ++i) {
            const Token& t = tokens_[i];
            if (t.is(',')) last_comma = i;
            if (t.is(';')) {
                cuts.push_back(i + 1);
                continue;
            }
            const std::string_view w = word(i);
            if (w == "where" || w == "which" || w == "who" || w == "whom" || w == "whose" || w == "while") {
                uint32_t cut = 0;
                if (tokens_[i - 1].is(',')) cut = i;
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
        return out;
    }

    void make_event(const Sentence& s, uint32_t first, uint32_t end, std::pair<uint32_t, uint32_t> evidence_clause,
                    const TimeExpression& e, size_t name, size_t name_end) {
        if (out_.events.size() >= kMostEventsPerArticle) {
            ++out_.events_left_out;
            return;
        }
        // Trim the clause's punctuation at both ends.
        while (first < end && tokens_[first].kind == Token::Kind::Punct && !is_quote(tokens_[first])) ++first;
        while (end > first && (tokens_[end - 1].is(',') || tokens_[end - 1].is(';'))) --end;
        if (first >= end) return;
        Event ev;
        EventSource src;
        src.article = index_;
        src.clause_start = tokens_[first].start;
        src.clause_end = tokens_[end - 1].end;
        src.start = src.clause_start;
        src.end = src.clause_end;
        if (first == s.first_token && end >= s.end_token - 1) src.end = s.end;  // the whole sentence
        src.timex_start = e.start;
        src.timex_end = e.end;
        src.timex = static_cast<uint32_t>(&e - out_.timexes.data());
        src.first_day = e.first_day;
        src.last_day = e.last_day;
        src.precision = e.precision;
        ev.first_day = e.first_day;
        ev.last_day = e.last_day;
        ev.precision = e.precision;
        int quality = 0;
        ev.title = headline(first, end, e, quality);
        if (std::count(ev.title.begin(), ev.title.end(), ' ') < 2) {
            // Trimming left too little: the clause as written is a better headline.
            ev.title = shortened(std::string(text_.substr(tokens_[first].start, tokens_[end - 1].end - tokens_[first].start)));
            quality -= 4;
        }
        // Places and actors named in the clause, else in the sentence, else the scene so far.
        // Names inside quotation marks count only when the clause names none outside them
        // (a speaker's "to Europe, to America" sets no scene).
        std::vector<bool> quoted(end - first, false);
        bool inside = false;
        for (uint32_t i = first; i < end; ++i) {
            const Token& t = tokens_[i];
            if (t.is(0x201C)) inside = true;
            else if (t.is(0x201D)) inside = false;
            else if (t.is('"')) inside = !inside;
            quoted[i - first] = inside;
        }
        bool outside_names = false;
        for (size_t n = name; n < name_end; ++n)
            if (names_[n].first_token >= first && names_[n].first_token < end && !quoted[names_[n].first_token - first])
                outside_names = true;
        auto add_names = [&](uint32_t from, uint32_t to) {
            for (size_t n = name; n < name_end; ++n) {
                const NameMention& m = names_[n];
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
                if (names_[n].kind == NameMention::Kind::Place && names_[n].first_token >= first && names_[n].first_token < i &&
                    g_.places()[names_[n].index].kind == "city")
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
        ev.id = event_id(a_, src, e.value);
        // Merge evidence, from the date's clause.
        std::vector<uint64_t> terms;
        std::vector<std::string> verbs;
        for (uint32_t i = std::max(first, evidence_clause.first); i < std::min(end, evidence_clause.second); ++i) {
            if (in_timex_[i] || !tokens_[i].is_word()) continue;  // dates are compared apart, by their interval
            const std::string_view w = word(i);
            if (const std::string_view cls = verb_class(w); !cls.empty()) verbs.emplace_back(cls);
            if (w.size() < 3 || is_stop_word(w) || is_report_verb(w)) continue;
            terms.push_back(std::hash<std::string>{}(stem(w)));
        }
        std::sort(terms.begin(), terms.end());
        terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
        std::vector<std::string> unique_verbs;  // first occurrence order: the main verb first
        for (std::string& v : verbs)
            if (std::find(unique_verbs.begin(), unique_verbs.end(), v) == unique_verbs.end()) unique_verbs.push_back(std::move(v));
        out_.events.push_back(std::move(ev));
        out_.evidence.push_back({std::move(terms), std::move(unique_verbs), quality});
    }

    bool starts_with_pronoun(uint32_t first, uint32_t end) const {
        for (uint32_t i = first; i < end && i < first + 6; ++i)
            if (is_pronoun_subject(word(i))) return true;
        return false;
    }

    // --- headlines ---------------------------------------------------------------------------
    // Subordinating words: a clause starts with them ("after his soldiers retook the hospital").
    static bool is_subordinator(std::string_view w) {
        static constexpr std::string_view kWords[] = {"after", "as", "because", "before", "although", "though", "while",
                                                      "whereas", "when", "where", "which", "who", "once", "until"};
        for (std::string_view k : kWords)
            if (w == k) return true;
        return false;
    }

    // The smallest clause around the date that still tells something: cut at subordinating words
    // and relative pronouns, at semicolons and colons. A clause that is only attribution ("a
    // senior commander said Friday") or only a few words gives way to the whole clause.
    std::pair<uint32_t, uint32_t> headline_span(uint32_t first, uint32_t end, const TimeExpression& e) const {
        uint32_t a = first, b = end;
        auto boundary = [&](uint32_t i) {  // does a clause start at token i?
            if (!tokens_[i].is_word() || !is_subordinator(word(i)) || i == first) return false;
            const std::string_view w = word(i);
            if (w == "as" || w == "once" || w == "until") return tokens_[i - 1].is(',');  // "as well", "as of": not clauses
            if (w == "who" || w == "which" || w == "where" || w == "whose")  // relative: only after a comma or "and"
                return tokens_[i - 1].is(',') || word(i - 1) == "and" || word(i - 1) == "but";
            return true;
        };
        // "a January bombing that killed four Americans": the event is the noun the date qualifies.
        if (e.end_token < end && is_event_noun(word(e.end_token))) {
            uint32_t j = e.end_token + 1;
            while (j < end && !tokens_[j].is(',') && !is_copula(word(j))) ++j;
            if (j > e.end_token + 3) return {e.end_token, j};
        }
        for (uint32_t i = e.first_token; i-- > first;) {
            if (tokens_[i].is(';') || (is_clause_colon(i) && i > first + 3)) { a = i + 1; break; }
            if (boundary(i)) { a = i; break; }
        }
        for (uint32_t i = e.end_token; i < end; ++i) {
            if (tokens_[i].is(';') || is_clause_colon(i)) { b = i; break; }
            if (boundary(i)) { b = i; break; }
        }
        size_t words = 0;
        bool reporting = false;
        for (uint32_t i = a; i < b; ++i)
            if (tokens_[i].is_word() && (i < e.first_token || i >= e.end_token)) {
                ++words;
                reporting |= is_report_verb(word(i));
            }
        if (words < 4 || (reporting && words < 8)) return {first, end};
        return {a, b};
    }

    // A headline: the clause without its date, its opening filler, its attribution and its
    // asides, at most about a hundred characters. `quality` says how well it stands alone.
    std::string headline(uint32_t first, uint32_t end, const TimeExpression& e, int& quality) const {
        quality = 10;
        const auto span = headline_span(first, end, e);
        const bool relative_clause = is_subordinator(word(span.first)) || (word(span.first) == "and" && is_subordinator(word(span.first + 1)));
        if (relative_clause) quality -= 4;
        first = span.first;
        end = span.second;
        std::vector<bool> keep(end - first, true);
        std::string speaker;  // "a senior commander", when the headline is what they said
        auto kept = [&](uint32_t i) { return i >= first && i < end && keep[i - first]; };
        auto drop = [&](uint32_t from, uint32_t to) {
            for (uint32_t i = std::max(from, first); i < to && i < end; ++i) keep[i - first] = false;
        };
        // Dates, with their preposition (and "late"/"early", "around" before that); but a date
        // that belongs to a noun phrase stays: "this year's conference", "2007 models", "the
        // September 11 attacks", and a date that is the subject ("Today marked...").
        std::vector<std::pair<uint32_t, uint32_t>> dates;  // token spans to drop, in text order
        for (const TimeExpression& o : out_.timexes) {
            if (o.first_token < first || o.end_token > end || o.type == TimexType::Duration || o.type == TimexType::Set) continue;
            const uint32_t after = o.end_token;
            const bool possessive = after < end && word(after) == "'s";
            const bool modifies_noun = after < end && tokens_[after].is_word() && !tokens_[after].capitalised &&
                                       !is_stop_word(word(after)) && !word(after).ends_with("ed") && !is_report_verb(word(after));
            const std::string_view before = o.first_token > first ? word(o.first_token - 1) : std::string_view{};
            const bool determined = before == "the" || before == "a" || before == "an" || before == "its" || before == "their";
            const bool opens = o.first_token == first || (o.first_token > first && is_quote(tokens_[o.first_token - 1]));
            const bool subject = opens && after < end && tokens_[after].is_word();
            if (possessive || (modifies_noun && !is_preposition(before)) || determined || subject) continue;
            if (modifies_noun && is_preposition(before) && o.meaning.anchor == TimexMeaning::Anchor::Absolute) continue;
            uint32_t o0 = o.first_token;
            if (o0 > first && is_preposition(word(o0 - 1))) --o0;
            if (o0 > first && (word(o0 - 1) == "late" || word(o0 - 1) == "early" || word(o0 - 1) == "around" ||
                               word(o0 - 1) == "about"))
                --o0;
            // "between September and October of 2007": dates joined by a connector go as one.
            if (!dates.empty() && dates.back().second + 1 == o0 && is_date_connector(o0 - 1)) dates.back().second = o.end_token;
            else dates.push_back({o0, o.end_token});
        }
        // A date that is what the clause says stays: "The first flight of the 777 was in 1994."
        for (const auto& [from, to] : dates)
            if (!(from > first && is_copula(word(from - 1)))) drop(from, to);
        // Asides in brackets.
        for (uint32_t i = first; i < end; ++i)
            if (tokens_[i].is('(') || tokens_[i].is('[')) {
                uint32_t j = i;
                while (j < end && !tokens_[j].is(')') && !tokens_[j].is(']')) ++j;
                drop(i, std::min(end, j + 1));
                i = j;
            }
        // A quotation after a colon is not the headline.
        for (uint32_t i = first + 4; i < end; ++i)
            if (is_clause_colon(i)) {
                drop(i, end);
                break;
            }
        // From the end: trailing "as/while ..." clauses, then attribution (", X said", ", according to X").
        for (uint32_t i = end; i-- > first + 3;) {
            if (!tokens_[i].is(',') || !kept(i)) continue;
            uint32_t j = i + 1;
            while (j < end && !kept(j)) ++j;
            if (j >= end) {  // a comma with nothing kept after it
                keep[i - first] = false;
                continue;
            }
            const std::string_view next = word(j);
            if (is_subordinator(next) || (next.size() > 4 && next.ends_with("ing") && j + 1 < end)) {
                drop(i, end);  // ", as the extremists fell back", ", advancing to the city"
                continue;
            }
            uint32_t verb = end;
            for (uint32_t k = i + 1; k < end && k < i + 16 && verb == end; ++k)
                if (kept(k) && is_report_verb(word(k))) verb = k;
            // Attribution is a speaker and a verb (", the Observatory said", ", said the
            // commander"); with more than a couple of words after "X said", it is a clause of its
            // own (", Apple announced another special event to be held").
            size_t before_verb = 0, after_verb = 0;
            for (uint32_t k = i + 1; k < end; ++k)
                if (kept(k) && tokens_[k].is_word() && k != verb) ++(k < verb ? before_verb : after_verb);
            if (verb < end && end - i <= 16 && (before_verb == 0 || after_verb <= 2)) {
                // The speaker, when the saying is the event (the date is in it) or the rest is a quotation.
                const bool date_in_tail = e.first_token > i;
                const bool quotation = is_quote(tokens_[first]);
                if (date_in_tail || quotation)
                    for (uint32_t k = before_verb ? i + 1 : verb + 1; k < (before_verb ? verb : end); ++k)
                        if (kept(k) && tokens_[k].is_word()) {
                            if (!speaker.empty()) speaker += ' ';
                            speaker += token_text(text_, tokens_[k]);
                        }
                drop(i, end);
            }
            break;
        }
        // Participial asides between commas: ", hiding among a group of fleeing civilians,".
        for (uint32_t i = first; i + 1 < end; ++i) {
            if (!tokens_[i].is(',') || !kept(i)) continue;
            const std::string_view w = word(i + 1);
            if (w.size() > 4 && w.ends_with("ing")) {
                uint32_t j = i + 2;
                while (j < end && !tokens_[j].is(',') && j < i + 14) ++j;
                if (j < end && tokens_[j].is(',')) drop(i, j + 1);
            }
        }
        // An apposition right after the subject: "The SDF, the U.S. backed alliance in Syria, took".
        for (uint32_t i = first + 1; i < end && i < first + 5; ++i) {
            if (!tokens_[i].is(',') || !(word(i + 1) == "the" || word(i + 1) == "a" || word(i + 1) == "an")) continue;
            uint32_t j = i + 2;
            while (j < end && j < i + 14 && !tokens_[j].is(',')) ++j;
            if (j < end && tokens_[j].is(',') && j + 1 < end && tokens_[j + 1].is_word()) drop(i, j + 1);
            break;
        }
        // Opening words: fillers ("But", "Meanwhile,", "after"), a leading subordinate clause
        // ("As his men closed in on ...,"), a short opening phrase ("In Mosul,"), "Speaking,".
        uint32_t start = first;
        for (int guard = 0; guard < 8; ++guard) {
            while (start < end && (!kept(start) || tokens_[start].is(',') || tokens_[start].is(0x2014) || tokens_[start].is('-')))
                ++start;
            if (start >= end) break;
            const std::string_view w = word(start);
            if (tokens_[start].is_word() && (is_opening_filler(w) || is_subordinator(w))) {
                uint32_t j = start + 1;
                while (j < end && j < start + 24 && !tokens_[j].is(',')) ++j;
                // A subordinate clause up to its comma ("As his men closed in on the last areas,"); a
                // bare filler word alone otherwise.
                if (is_subordinator(w) && j < end && tokens_[j].is(',') && w != "which" && w != "who" && w != "where")
                    drop(start, j + 1);
                else
                    keep[start - first] = false;
                continue;
            }
            uint32_t next_kept = start + 1;
            while (next_kept < end && !kept(next_kept)) ++next_kept;
            if (w.size() > 4 && w.ends_with("ing") && next_kept < end && tokens_[next_kept].is(',')) {  // "Speaking,"
                drop(start, next_kept + 1);
                continue;
            }
            if (is_preposition(w)) {  // up to 7 words as read, the dates gone: "In a speech at 16:00 UTC on Monday,"
                uint32_t j = start;
                for (int words = 0; j < end && words < 7 && !tokens_[j].is(','); ++j) words += kept(j);
                if (j < end && tokens_[j].is(',')) {
                    drop(start, j + 1);
                    continue;
                }
            }
            break;
        }
        // "the site where Daesh chief ... made": what happened at the site.
        for (uint32_t i = start; i < end && i < start + 4; ++i)
            if (kept(i) && (word(i) == "where" || word(i) == "when") && i > start &&
                (word(start) == "the" || word(start) == "a" || word(start) == "an")) {
                drop(start, i + 1);
                start = i + 1;
                break;
            }
        // Leading attribution: "the Observatory said (that) the SDF..." -> "the SDF...", unless
        // what is said starts with a pronoun ("Russia said its forces...").
        for (uint32_t i = start; i < end && i < start + 8; ++i) {
            if (!kept(i)) continue;
            if (tokens_[i].is(',')) break;
            if (tokens_[i].is_word() && is_report_verb(word(i)) && word(i) != "according") {
                uint32_t j = i + 1;
                while (j < end && !kept(j)) ++j;
                // "said the SDF took...", "announced that...": what is said follows; but in
                // "Jobs announced the release of..." the announcing is the event.
                if (word(j) != "that" && !is_saying_verb(word(i))) break;
                if (word(j) == "that") ++j;
                while (j < end && !kept(j)) ++j;
                if (j + 2 < end && !tokens_[j].is(',') && !tokens_[j].is(':') && !is_pronoun_subject(word(j)) &&
                    word(j) != "this" && word(j) != "that")
                    drop(start, j);
                break;
            }
        }
        // Nothing dangling at the end once dates and asides are gone: "... compared", "... was and".
        for (uint32_t i = end; i-- > start;) {
            if (!kept(i)) continue;
            if (!(tokens_[i].is(',') || tokens_[i].is('.') || is_dangling_end(word(i)))) break;
            keep[i - first] = false;
        }
        // Rebuild the text of the kept tokens with their original spacing.
        std::string out;
        bool gap = false;
        for (uint32_t i = start; i < end; ++i) {
            if (!keep[i - first]) {
                gap = true;
                continue;
            }
            const Token& t = tokens_[i];
            const bool tight = t.kind == Token::Kind::Punct && (t.is(',') || t.is('.') || t.is(';') || t.is(':'));
            if (tight && (out.empty() || out.back() == ',' || out.back() == ' ')) {
                while (!out.empty() && (out.back() == ' ' || out.back() == ',')) out.pop_back();
                if (out.empty()) continue;
            }
            if (!out.empty() && (t.space_before || (gap && !tight))) out.push_back(' ');
            out.append(token_text(text_, t));
            gap = false;
        }
        if (is_pronoun_subject(lower_case_text(speaker))) speaker.clear();  // "He: ..." tells nothing
        if (!speaker.empty() && !out.empty()) {
            if (speaker[0] >= 'a' && speaker[0] <= 'z') speaker[0] = static_cast<char>(speaker[0] - 'a' + 'A');
            out = speaker + ": " + out;
        }
        // Tidy the ends.
        auto strip_end = [&] {
            while (!out.empty() && (out.back() == ',' || out.back() == ' ' || out.back() == '.' || out.back() == ';' ||
                                    out.back() == ':' || out.back() == '-'))
                out.pop_back();
        };
        strip_end();
        out = shortened(std::move(out));
        if (out.ends_with("\xE2\x80\xA6")) quality -= 2;
        // How well it stands alone.
        const std::string lower_out = lower_case_text(out.substr(0, out.find(' ')));
        if (is_pronoun_subject(lower_out) || lower_out == "this" || lower_out == "those" || lower_out == "these") quality -= 3;
        if (!out.empty() && (out[0] == '"' || out.starts_with("\xE2\x80\x9C"))) quality -= 2;
        if (out.size() < 25) quality -= 2;
        return out;
    }

    // A colon between clauses, not the one in a time of day ("16:00").
    bool is_clause_colon(uint32_t i) const {
        if (!tokens_[i].is(':')) return false;
        const bool in_time = i > 0 && i + 1 < tokens_.size() && tokens_[i - 1].is_number() && tokens_[i + 1].is_number() &&
                             !tokens_[i].space_before && !tokens_[i + 1].space_before;
        return !in_time;
    }
    bool is_date_connector(uint32_t i) const {
        const std::string_view w = word(i);
        return w == "and" || w == "or" || w == "to" || w == "through" || w == "until" || tokens_[i].is('-') || tokens_[i].is(0x2013);
    }
    static bool is_copula(std::string_view w) { return w == "was" || w == "is" || w == "were" || w == "are" || w == "be" || w == "been"; }
    // Words a headline cannot end on: they want what was cut after them. (Not "in", "on", "by",
    // "to": they end phrasal verbs, "as Iraqi forces closed in".)
    static bool is_dangling_end(std::string_view w) {
        static constexpr std::string_view kWords[] = {"and", "or", "but", "of", "at", "from", "with", "between", "the", "a",
                                                      "an", "compared", "than", "since", "for", "was", "is", "were", "are"};
        for (std::string_view k : kWords)
            if (w == k) return true;
        return false;
    }

    // At most about a hundred characters, cut at a comma or a space, never inside a character.
    static std::string shortened(std::string out) {
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

    // --- helpers -----------------------------------------------------------------------------
    std::string_view word(uint32_t i) const {
        if (i >= tokens_.size() || !tokens_[i].is_word()) return {};
        return std::string_view(lower_).substr(tokens_[i].start, tokens_[i].end - tokens_[i].start);
    }
    static bool is_quote(const Token& t) {
        return t.is('"') || t.is(0x201C) || t.is(0x201D) || t.is('\'') || t.is(0x2018) || t.is(0x2019);
    }
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
    std::string_view text_;
    std::string lower_;
    std::vector<Token> tokens_;
    std::vector<Sentence> sentences_;
    std::vector<NameMention> names_;
    std::vector<bool> in_timex_;  // per token: part of a time expression
    ArticleReading out_;
    int scene_place_ = -1;
    int scene_age_ = 0;  // sentences since the scene was last named
    std::vector<uint32_t> previous_actors_;
};

}  // namespace

ArticleReading read_events(const Article& article, uint32_t article_index, const Gazetteer& gazetteer) {
    return EventReader(article, article_index, gazetteer).run();
}

}  // namespace dateline
