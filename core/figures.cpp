#include "figures.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>

#include "lexicon.h"
#include "time_words.h"

namespace dateline {

namespace {

const WordTable<std::string>& figure_nouns() {
    static const WordTable<std::string> m = [] {
        WordTable<std::string> out;
        for (const std::string& entry : lexicon_entries("figure_nouns")) {
            const size_t semi = entry.find(';');
            if (semi == std::string::npos) continue;
            std::string cls = entry.substr(0, semi);
            while (!cls.empty() && cls.back() == ' ') cls.pop_back();
            std::string_view rest = std::string_view(entry).substr(semi + 1);
            while (!rest.empty()) {
                while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
                const size_t sp = rest.find(' ');
                if (sp != 0 && !rest.empty()) out.insert(rest.substr(0, sp), cls);
                rest = sp == std::string_view::npos ? std::string_view{} : rest.substr(sp + 1);
            }
        }
        return out;
    }();
    return m;
}

bool is_hedge(std::string_view w) {
    static constexpr std::string_view kHedges[] = {"about", "around", "some", "nearly", "almost", "roughly", "approximately",
                                                   "over", "least", "than", "only", "just", "estimated", "up"};
    for (std::string_view h : kHedges)
        if (w == h) return true;
    return false;
}

class FigureFinder {
public:
    explicit FigureFinder(const ArticleAnalysis& article) : lower_(article.lower), t_(article.tokens) {}

    std::string_view word(uint32_t i) const {
        return i < t_.size() && t_[i].is_word() ? lower_.substr(t_[i].start, t_[i].end - t_[i].start) : std::string_view{};
    }

    // A count at i: digits ("2,500", "200") or a number word ("four"); not a year, not a percentage.
    bool count_at(uint32_t i, int64_t& value) const {
        if (i >= t_.size()) return false;
        const Token& t = t_[i];
        if (t.is_number() && !t.decimal && !t.ordinal) {
            if (t.digits == 4 && !t.grouped && t.value >= 1900 && t.value <= 2100) return false;
            if (i + 1 < t_.size() && (t_[i + 1].is('%') || word(i + 1) == "per" || word(i + 1) == "percent")) return false;
            value = t.value;
            return value > 1;
        }
        const std::string_view w = word(i);
        if (w.empty() || w.size() > 9) return false;
        const TimeWord& n = time_word(w);  // number words ("four", "twenty") are in the time vocabulary
        if (n.cls == TimeWordClass::Number && n.value > 1) {
            value = n.value;
            return true;
        }
        return false;
    }

    const std::string* noun_class(uint32_t i) const {
        const auto& m = figure_nouns();
        return m.find(word(i));
    }

    const std::string_view lower_;
    const std::vector<Token>& t_;
};

}  // namespace

std::vector<FigureMention> find_figures(const ArticleAnalysis& article, const Sentence& sentence, const Gazetteer& gazetteer,
                                        int scene_place) {
    std::vector<FigureMention> out;
    FigureFinder f(article);
    const std::vector<Token>& tokens = article.tokens;
    const uint32_t first = sentence.first_token, end = sentence.end_token;
    // The sentence's names: a slice of the article's (found by halves, so the cost stays per sentence).
    const auto names_from = std::partition_point(article.names.begin(), article.names.end(),
                                                 [&](const NameMention& n) { return n.end_token <= first; });
    auto names_to = names_from;
    while (names_to != article.names.end() && names_to->first_token < end) ++names_to;
    const std::span<const NameMention> names(article.names.data() + (names_from - article.names.begin()),
                                             static_cast<size_t>(names_to - names_from));  // (libc++ 14: no iterator pair)
    // The place of the sentence: a city or landmark it names, else the scene.
    int place = -1;
    for (const NameMention& n : names)
        if (n.kind == NameMention::Kind::Place && n.first_token >= first && n.first_token < end) {
            const std::string& kind = gazetteer.places()[n.index].kind;
            if (kind == "city" || kind == "landmark") {
                place = static_cast<int>(n.index);
                break;
            }
        }
    if (place < 0) place = scene_place;
    for (uint32_t i = first; i < end; ++i) {
        int64_t low = 0, high = 0;
        uint32_t start = i, j = i;
        if (f.word(i) == "between" && f.count_at(i + 1, low) && f.word(i + 2) == "and" && f.count_at(i + 3, high)) {
            j = i + 4;  // "between 200 and 300"
        } else if (f.count_at(i, low)) {
            high = low;
            j = i + 1;
            if (j + 1 < end && (tokens[j].is('-') || tokens[j].is(0x2013) || f.word(j) == "to" || f.word(j) == "or") &&
                f.count_at(j + 1, high)) {
                j += 2;  // "200-300", "four to five"
            }
        } else {
            continue;
        }
        if (high < low) std::swap(low, high);
        // Up to three words between the number and what it counts: names ("ISIS"), adjectives
        // ("foreign"); not verbs or prepositions.
        uint32_t k = j;
        const std::string* counts = nullptr;
        for (; k < end && k < j + 4; ++k) {
            if ((counts = f.noun_class(k))) break;
            const Token& t = tokens[k];
            if (!t.is_word() || f.word(k) == "of" || f.word(k) == "the" || f.word(k) == "and") break;
            if (f.word(k).ends_with("ed") || f.word(k).ends_with("ing")) break;
        }
        if (!counts) continue;
        // A hedge before the number belongs to the figure ("about 300", "at least 15").
        while (start > first && is_hedge(f.word(start - 1))) --start;
        if (start > first && f.word(start - 1) == "at") --start;
        FigureMention m;
        m.start = tokens[start].start;
        m.end = tokens[k].end;
        m.low = low;
        m.high = high;
        m.counts = *counts;
        m.place = place;
        m.sentence_start = sentence.start;
        m.sentence_end = sentence.end;
        out.push_back(std::move(m));
        i = k;
    }
    return out;
}

std::vector<FigureGroup> group_figures(std::vector<FigureMention> mentions, const Gazetteer& gazetteer) {
    constexpr int64_t kSameTime = 31;  // days between publications that still speak of the same moment
    std::stable_sort(mentions.begin(), mentions.end(), [](const FigureMention& a, const FigureMention& b) {
        if (a.counts != b.counts) return a.counts < b.counts;
        if (a.place != b.place) return a.place < b.place;
        return a.day < b.day;
    });
    std::vector<FigureGroup> out;
    for (size_t i = 0; i < mentions.size();) {
        size_t j = i + 1;
        while (j < mentions.size() && mentions[j].counts == mentions[i].counts && mentions[j].place == mentions[i].place &&
               mentions[j].day - mentions[j - 1].day <= kSameTime)
            ++j;
        if (j - i >= 2 && mentions[i].place >= 0) {
            FigureGroup g;
            g.counts = mentions[i].counts;
            g.place = mentions[i].place;
            for (size_t k = i; k < j; ++k) {
                // One article repeating its own figure (standfirst and body) counts once.
                bool repeated = false;
                for (const FigureMention& v : g.values)
                    repeated |= v.article == mentions[k].article && v.low == mentions[k].low && v.high == mentions[k].high;
                if (!repeated) g.values.push_back(mentions[k]);
            }
            std::stable_sort(g.values.begin(), g.values.end(), [](const FigureMention& a, const FigureMention& b) {
                return a.article != b.article ? a.article < b.article : a.start < b.start;
            });
            if (g.values.size() < 2) {
                i = j;
                continue;
            }
            for (size_t a = 0; a < g.values.size(); ++a)
                for (size_t b = a + 1; b < g.values.size(); ++b)
                    if (g.values[a].high < g.values[b].low || g.values[b].high < g.values[a].low) g.agree = false;
            const CivilDate d = civil_from_days(mentions[i].day);
            char date[16];
            std::snprintf(date, sizeof date, "%04d%02d%02d", d.year, d.month, d.day);
            std::string place = gazetteer.places()[g.place].name;
            for (char& c : place)
                if (c == ' ') c = '-';
            g.id = g.counts + "-" + place + "-" + date;
            out.push_back(std::move(g));
        }
        i = j;
    }
    return out;
}

}  // namespace dateline
