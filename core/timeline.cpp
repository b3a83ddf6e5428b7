#include "timeline.h"

#include "lexicon.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace dateline {

std::string why_not_article_text(std::string_view bytes) {
    auto starts = [&](std::string_view magic) { return bytes.substr(0, magic.size()) == magic; };
    if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) return "is empty";
    if (starts("\xFF\xFE") || starts("\xFE\xFF")) return {};  // UTF-16 with a BOM: text
    struct Magic {
        std::string_view bytes, what;
    };
    static constexpr Magic kMagic[] = {
        {"\x89PNG", "a PNG image"}, {"\xFF\xD8\xFF", "a JPEG image"}, {"GIF8", "a GIF image"},
        {"%PDF", "a PDF document"}, {std::string_view("PK\x03\x04", 4), "a ZIP archive (or an Office document)"},
        {"\x7F" "ELF", "a program (ELF)"}, {"\x1F\x8B", "a gzip archive"}, {"RIFF", "a media file (RIFF)"},
        {std::string_view("\0asm", 4), "a WebAssembly module"},
    };
    for (const Magic& m : kMagic)
        if (starts(m.bytes)) return "looks like " + std::string(m.what) + ", not article text";
    // Text has almost no control characters; binary data has many. Look at the first 64 KiB.
    const std::string_view sample = bytes.substr(0, 64 * 1024);
    size_t controls = 0, nuls = 0;
    for (unsigned char c : sample) {
        if (c == 0) ++nuls;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') ++controls;
    }
    if (controls * 10 > sample.size() || nuls * 100 > sample.size())
        return "looks like binary data (" + std::to_string(controls) + " control bytes in the first " +
               std::to_string(sample.size()) + "), not article text";
    return {};
}

namespace {

std::string stem_of(std::string_view file) {
    const size_t dot = file.rfind('.');
    std::string stem(dot == std::string_view::npos || dot == 0 ? file : file.substr(0, dot));
    return stem.empty() ? std::string("article") : stem;
}

}  // namespace

Timeline build_timeline(std::vector<ArticleInput> inputs, Problems problems) {
    Timeline t;
    t.problems = std::move(problems);
    t.gazetteer = &Gazetteer::bundled();
    std::set<std::string, std::less<>> ids;
    std::unordered_map<uint64_t, const ArticleInput*> texts;  // a hash of each article's bytes -> that input
    for (ArticleInput& in : inputs) {
        if (std::string why = why_not_article_text(in.bytes); !why.empty()) {
            t.problems.push_back({in.label, why + "; skipped", Problem::Severity::Skipped});
            continue;
        }
        // The same text twice (a copied file) tells nothing new: read once, and say so.
        const uint64_t h = std::hash<std::string_view>{}(in.bytes);
        if (auto [it, fresh] = texts.emplace(h, &in); !fresh && it->second->bytes == in.bytes) {
            t.problems.push_back({in.label, "has the same text as " + it->second->label + "; read once", Problem::Severity::Note});
            continue;
        }
        // Ids are the file's stem; a second article with the same stem (another folder) gets "-2"...
        std::string id = stem_of(in.file);
        for (int n = 2; ids.count(id); ++n) id = stem_of(in.file) + "-" + std::to_string(n);
        ids.insert(id);
        Problems found;
        Article a = read_article(id, in.file, in.bytes, in.facts ? &*in.facts : nullptr, found);
        for (Problem& p : found) {
            p.input = in.label;
            t.problems.push_back(std::move(p));
        }
        t.articles.push_back(std::move(a));
    }
    std::vector<Event> events;
    std::vector<MergeEvidence> evidence;
    std::vector<FigureMention> figures;
    for (uint32_t i = 0; i < t.articles.size(); ++i) {
        ArticleReading reading = read_events(t.articles[i], i, *t.gazetteer);
        if (!t.articles[i].published)
            t.problems.push_back({t.articles[i].file, "no publication date (neither in sources.json nor in the text): "
                                                      "dates relative to it (\"on Thursday\", \"last week\") stay unplaced",
                                  Problem::Severity::Note});
        t.timexes.push_back(std::move(reading.timexes));
        for (Event& e : reading.events) events.push_back(std::move(e));
        for (MergeEvidence& m : reading.evidence) evidence.push_back(std::move(m));
        if (t.articles[i].published)
            for (FigureMention& f : reading.figures) figures.push_back(std::move(f));
    }
    t.figures = group_figures(std::move(figures), *t.gazetteer);
    t.events = merge_events(std::move(events), evidence, *t.gazetteer, &t.merge_notes);
    return t;
}

}  // namespace dateline

namespace dateline {

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

std::string_view to_string(Theatre t) {
    switch (t) {
        case Theatre::Iraq: return "Iraq";
        case Theatre::Syria: return "Syria";
        case Theatre::Elsewhere: break;
    }
    return "elsewhere";
}

Theatre theatre_of(const Timeline& t, const Event& e) {
    bool iraq = false, syria = false, other = false;
    for (uint32_t p : e.places) {
        const std::string_view country = t.gazetteer->country_of(p);
        if (country == "Iraq") iraq = true;
        else if (country == "Syria") syria = true;
        else other = true;
    }
    // A place of the war, when others (the United States declaring, say) are named too.
    if (iraq && !syria) return Theatre::Iraq;
    if (syria && !iraq) return Theatre::Syria;
    (void)other;
    return Theatre::Elsewhere;
}

int find_event(const Timeline& t, std::string_view id) {
    for (size_t i = 0; i < t.events.size(); ++i)
        if (t.events[i].id == id) return static_cast<int>(i);
    return -1;
}

int event_at(const Timeline& t, int64_t day) {
    // Events are sorted by start: the last one starting on or before `day`.
    auto it = std::upper_bound(t.events.begin(), t.events.end(), day,
                               [](int64_t d, const Event& e) { return d < e.first_day; });
    return static_cast<int>(it - t.events.begin()) - 1;
}

bool event_matches(const Timeline& t, const Event& e, std::string_view query) {
    std::string haystack = ascii_lower(e.title);
    for (uint32_t p : e.places) haystack += " " + ascii_lower(t.gazetteer->places()[p].name);
    for (uint32_t a : e.actors) haystack += " " + ascii_lower(t.gazetteer->actors()[a].name);
    for (const EventSource& s : e.sources) {
        const Article& a = t.articles[s.article];
        if (a.outlet) haystack += " " + ascii_lower(*a.outlet);
        haystack += " " + ascii_lower(std::string_view(a.text.clean).substr(s.start, s.end - s.start));
    }
    const std::string q = ascii_lower(query);
    size_t at = 0;
    while (at < q.size()) {
        while (at < q.size() && q[at] == ' ') ++at;
        size_t end = q.find(' ', at);
        if (end == std::string::npos) end = q.size();
        if (end > at && haystack.find(q.substr(at, end - at)) == std::string::npos) return false;
        at = end;
    }
    return true;
}

std::string citation(const Timeline& t, const Event& e, size_t source) {
    const EventSource& s = e.sources.at(source);
    const Article& a = t.articles[s.article];
    std::string out = a.outlet ? *a.outlet : std::string("Unknown outlet");
    out += ", \u201C" + a.title + "\u201D";
    if (a.published) out += ", " + describe_interval(days_from_civil(*a.published), days_from_civil(*a.published), Precision::Day);
    if (a.url) out += ". " + *a.url;
    std::string passage;  // the passage on one line, spaces squeezed
    for (char c : std::string_view(a.text.clean).substr(s.start, s.end - s.start)) {
        if (c == '\n' || c == '\t') c = ' ';
        if (c == ' ' && !passage.empty() && passage.back() == ' ') continue;
        passage.push_back(c);
    }
    out += "\n\u201C" + passage + "\u201D";
    return out;
}

}  // namespace dateline
