#include "timeline.h"

#include "lexicon.h"
#include "sentences.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace dateline {

std::string why_not_article_text(std::string_view bytes) {
    auto starts = [&](std::string_view magic) { return bytes.substr(0, magic.size()) == magic; };
    if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) return "is empty";
    if (starts("\xFF\xFE") || starts("\xFE\xFF") || utf16_without_bom(bytes)) return {};  // UTF-16: text
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
    // Control characters are those below 0x20 but the white space \t \n \v \f \r (0x09-0x0D);
    // counted without branches, as every article's first 64 KiB passes here: in blocks of 255
    // bytes with one-byte counters, which the compiler vectorises 16 or 32 bytes at a time.
    const auto* p = reinterpret_cast<const unsigned char*>(sample.data());
    for (size_t from = 0; from < sample.size(); from += 255) {
        const size_t to = std::min(sample.size(), from + 255);
        uint8_t block_controls = 0, block_nuls = 0;
        for (size_t i = from; i < to; ++i) {
            const unsigned char c = p[i];
            block_nuls += c == 0;
            block_controls += c < '\t' || (c > '\r' && c < 0x20);
        }
        controls += block_controls;
        nuls += block_nuls;
    }
    // A few stray NULs in text are dropped when it is read (and counted); many mean binary data.
    if (controls * 10 > sample.size() || (nuls * 100 > sample.size() && nuls >= 8))
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

TimelineBuilder::TimelineBuilder(Problems problems) {
    t_.problems = std::move(problems);
    t_.gazetteer = &Gazetteer::bundled();
}

void TimelineBuilder::add(ArticleInput in) {
    ++inputs_seen_;
    const uint64_t full_size = std::max<uint64_t>(in.full_size, in.bytes.size());
    if (in.bytes.size() > kLargestArticleBytes) in.bytes.resize(kLargestArticleBytes);
    if (std::string why = why_not_article_text(in.bytes); !why.empty()) {
        t_.problems.push_back({in.label, why + "; skipped", Problem::Severity::Skipped});
        return;
    }
    if (full_size > in.bytes.size()) {  // only a beginning: end it at a line break, and say so
        if (const size_t line_end = in.bytes.rfind('\n'); line_end != std::string::npos && line_end > in.bytes.size() / 2)
            in.bytes.resize(line_end + 1);
        auto mb = [](uint64_t bytes) { return std::to_string((bytes + 512 * 1024) / (1024 * 1024)) + " MB"; };
        t_.problems.push_back({in.label, "is " + mb(full_size) + ": only its first " + mb(in.bytes.size()) +
                                             " were read (an article may hold at most " + mb(kLargestArticleBytes) + ")",
                               Problem::Severity::Skipped});
    }
    // Ids are the file's stem; a second article with the same stem (another folder) gets "-2"...
    std::string id = stem_of(in.file);
    for (int n = 2; ids_.count(id); ++n) id = stem_of(in.file) + "-" + std::to_string(n);
    Problems found;
    Article a = read_article(id, in.file, in.bytes, in.facts ? &*in.facts : nullptr, found);
    // The same text twice (a copied file) tells nothing new: read once, and say so.
    const uint64_t h = std::hash<std::string_view>{}(a.text.clean);
    if (auto it = texts_.find(h); it != texts_.end() && t_.articles[it->second].text.clean == a.text.clean) {
        t_.problems.push_back({in.label, "has the same text as " + t_.labels[it->second] + "; read once", Problem::Severity::Note});
        return;
    }
    for (Problem& p : found) {
        p.input = in.label;
        t_.problems.push_back(std::move(p));
    }
    const uint32_t index = static_cast<uint32_t>(t_.articles.size());
    ids_.insert(id);
    texts_.emplace(h, index);
    t_.labels.push_back(in.label);
    t_.articles.push_back(std::move(a));
    const Article& article = t_.articles.back();

    ArticleReading reading = read_events(article, index, *t_.gazetteer);
    const std::string& label = t_.labels.back();
    if (reading.sentence_pieces > 0)
        t_.problems.push_back({label, "has text without sentence ends: read in " + std::to_string(reading.sentence_pieces) +
                                          " pieces of at most " + std::to_string(kLongestSentenceTokens) + " words",
                               Problem::Severity::Note});
    if (reading.expressions_too_long > 0)
        t_.problems.push_back({label, std::to_string(reading.expressions_too_long) + " time expression(s) longer than " +
                                          std::to_string(kLongestTimeExpressionTokens) + " words were not read",
                               Problem::Severity::Note});
    if (reading.events_left_out > 0)
        t_.problems.push_back({label, "holds more dated events than the " + std::to_string(kMostEventsPerArticle) +
                                          " an article may put on the timeline: " + std::to_string(reading.events_left_out) +
                                          " left out",
                               Problem::Severity::Note});
    if (events_.size() + reading.events.size() > kMostEvents) {
        t_.problems.push_back({label, "its " + std::to_string(reading.events.size()) + " events were left out: the timeline " +
                                          "already holds " + std::to_string(events_.size()) + " (it keeps at most " +
                                          std::to_string(kMostEvents) + ")",
                               Problem::Severity::Note});
        reading.events.clear();
        reading.evidence.clear();
    }
    if (!article.published)
        t_.problems.push_back({label, "no publication date (neither in sources.json nor in the text): "
                                      "dates relative to it (\"on Thursday\", \"last week\") stay unplaced",
                               Problem::Severity::Note});
    t_.timexes.push_back(std::move(reading.timexes));
    for (Event& e : reading.events) events_.push_back(std::move(e));
    for (MergeEvidence& m : reading.evidence) evidence_.push_back(std::move(m));
    if (article.published)
        for (FigureMention& f : reading.figures) figures_.push_back(std::move(f));
}

Timeline TimelineBuilder::finish() {
    t_.figures = group_figures(std::move(figures_), *t_.gazetteer);
    t_.events = merge_events(std::move(events_), evidence_, *t_.gazetteer, &t_.merge_notes);
    Timeline out = std::move(t_);
    *this = TimelineBuilder();
    return out;
}

Timeline build_timeline(std::vector<ArticleInput> inputs, Problems problems) {
    TimelineBuilder builder(std::move(problems));
    for (ArticleInput& in : inputs) builder.add(std::move(in));
    return builder.finish();
}

}  // namespace dateline

namespace dateline {

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

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
    auto add = [&](std::string_view words) { haystack.append(1, ' ').append(ascii_lower(words)); };
    for (uint32_t p : e.places) add(t.gazetteer->places()[p].name);
    for (uint32_t a : e.actors) add(t.gazetteer->actors()[a].name);
    for (const EventSource& s : e.sources) {
        const Article& a = t.articles[s.article];
        if (a.outlet) add(*a.outlet);
        add(std::string_view(a.text.clean).substr(s.start, s.end - s.start));
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

std::string event_date_words(const Event& e) {
    const std::string words = describe_interval(e.first_day, e.last_day, e.precision);
    if (e.give_or_take_days <= 0) return words;
    return "about " + words + ", give or take " + std::to_string(e.give_or_take_days) + (e.give_or_take_days == 1 ? " day" : " days");
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
