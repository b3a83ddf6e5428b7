#include "bundled_reading.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <utility>

namespace dateline {

GatheredInputs gather_bundled_inputs(const std::string& folder) {
    GatheredInputs inputs = gather_article_inputs({folder});
    for (ArticleInput& in : inputs.articles) in.label = "the bundled " + in.file;  // not a path inside the app
    return inputs;
}

namespace {

constexpr std::string_view kStoryFile = "story.json";
constexpr std::string_view kSourcesFile = "sources.json";

}  // namespace

std::vector<NamedFile> bundled_files(const std::vector<EmbeddedFile>& files) {
    std::vector<NamedFile> out;
    out.reserve(files.size());
    for (const EmbeddedFile& f : files) out.push_back(NamedFile{std::string(f.name), std::string(f.bytes), 0});
    return out;
}

std::vector<NamedFile> bundled_files_in(const std::string& folder) {
    namespace fs = std::filesystem;
    std::vector<NamedFile> files;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!(is_article_file_name(name) || name == kStoryFile || name == kSourcesFile)) continue;
        // A file that cannot be read is left out, as one that is not there.
        if (std::optional<NamedFile> f = read_named_file(it->path().string(), kLargestArticleBytes)) files.push_back(std::move(*f));
    }
    std::sort(files.begin(), files.end(), [](const NamedFile& a, const NamedFile& b) { return a.name < b.name; });
    return files;
}

GatheredInputs gather_bundled_inputs(const std::vector<NamedFile>& files) {
    std::vector<NamedFile> articles;  // and sources.json, whose facts gather_article_inputs applies
    for (const NamedFile& f : files)
        if (is_article_file_name(f.name) || f.name == kSourcesFile) articles.push_back(f);
    std::sort(articles.begin(), articles.end(), [](const NamedFile& a, const NamedFile& b) { return a.name < b.name; });
    GatheredInputs inputs = gather_article_inputs(articles);
    for (ArticleInput& in : inputs.articles) in.label = "the bundled " + in.file;  // as gather_bundled_inputs(folder)
    for (Problem& p : inputs.problems)
        if (p.input == kSourcesFile) p.input = "the bundled sources.json";
    return inputs;
}

Story read_bundled_story(const std::vector<NamedFile>& files, Problems& problems) {
    for (const NamedFile& f : files)
        if (f.name == kStoryFile) return read_story_file(f, "the bundled story.json", problems);
    return Story{};  // no story file: the defaults, nothing to say (as read_story_file)
}

namespace {

// --- Fingerprint --------------------------------------------------------------------------------

struct Fnv {
    uint64_t h = 1469598103934665603ull;
    void bytes(std::string_view s) {
        number(s.size());
        for (unsigned char c : s) {
            h ^= c;
            h *= 1099511628211ull;
        }
    }
    void number(uint64_t v) {
        for (int i = 0; i < 8; ++i) {
            h ^= (v >> (8 * i)) & 0xFF;
            h *= 1099511628211ull;
        }
    }
    void text(const std::optional<std::string>& s) {
        number(s ? 1 : 0);
        if (s) bytes(*s);
    }
};

// --- Writing ------------------------------------------------------------------------------------

class Writer {
public:
    std::string out;
    void u(uint64_t v) {
        do {
            unsigned char b = v & 0x7F;
            v >>= 7;
            if (v) b |= 0x80;
            out.push_back(static_cast<char>(b));
        } while (v);
    }
    void s(int64_t v) { u((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
    void str(std::string_view v) {
        u(v.size());
        out.append(v);
    }
    void opt(const std::optional<std::string>& v) {
        u(v ? 1 : 0);
        if (v) str(*v);
    }
    void date(const std::optional<CivilDate>& d) {
        u(d ? 1 : 0);
        if (d) {
            s(d->year);
            u(static_cast<uint64_t>(d->month));
            u(static_cast<uint64_t>(d->day));
        }
    }
};

// --- Reading: bounds-checked; a read past the end or a bad value marks the data damaged ----------
// Its steps are not inlined: they run once at start, and inlined into each of the hundred fields
// read they cost ~10 KB of the page's code (the page's size is budgeted).
#define DATELINE_ONCE [[gnu::noinline]]

class Reader {
public:
    explicit Reader(std::string_view data) : data_(data) {}
    bool ok() const { return ok_; }
    bool at_end() const { return at_ == data_.size(); }
    void fail() { ok_ = false; }
    DATELINE_ONCE uint64_t u() {
        uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at_ >= data_.size()) {
                fail();
                return 0;
            }
            const unsigned char b = static_cast<unsigned char>(data_[at_++]);
            v |= static_cast<uint64_t>(b & 0x7F) << shift;
            if (!(b & 0x80)) return v;
        }
        fail();
        return 0;
    }
    DATELINE_ONCE int64_t s() {
        const uint64_t v = u();
        return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1);
    }
    // An offset written as its distance from `base` (which may be negative).
    DATELINE_ONCE uint32_t after(uint32_t base) {
        const int64_t v = int64_t{base} + s();
        if (v < 0 || v > int64_t{UINT32_MAX}) fail();
        return static_cast<uint32_t>(v);
    }
    // An approximate day's "give or take" days: at most a year (more is damaged data).
    DATELINE_ONCE int give_or_take_days() {
        const uint64_t v = u();
        if (v > 366) fail();
        return static_cast<int>(v);
    }
    DATELINE_ONCE uint32_t u32() {
        const uint64_t v = u();
        if (v > UINT32_MAX) fail();
        return static_cast<uint32_t>(v);
    }
    // A count of items each taking at least one byte: never more than the bytes left.
    DATELINE_ONCE size_t count() {
        const uint64_t v = u();
        if (v > data_.size() - at_) {
            fail();
            return 0;
        }
        return static_cast<size_t>(v);
    }
    template <typename Enum>
    DATELINE_ONCE Enum kind(Enum last) {
        const uint64_t v = u();
        if (v > static_cast<uint64_t>(last)) fail();
        return ok_ ? static_cast<Enum>(v) : Enum{};
    }
    DATELINE_ONCE std::string str() {
        const size_t n = count();
        std::string v(ok_ ? data_.substr(at_, n) : std::string_view());
        at_ += ok_ ? n : 0;
        return v;
    }
    DATELINE_ONCE std::optional<std::string> opt() {
        if (!flag()) return std::nullopt;
        return str();
    }
    DATELINE_ONCE std::optional<CivilDate> date() {
        if (!flag()) return std::nullopt;
        CivilDate d;
        d.year = static_cast<int>(s());
        d.month = static_cast<int>(u());
        d.day = static_cast<int>(u());
        if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) fail();
        return d;
    }
    DATELINE_ONCE bool flag() {
        const uint64_t v = u();
        if (v > 1) fail();
        return v == 1;
    }
    DATELINE_ONCE uint64_t fixed64() {
        if (data_.size() - at_ < 8) {
            fail();
            return 0;
        }
        uint64_t v = 0;
        for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(data_[at_++])) << (8 * i);
        return v;
    }
    DATELINE_ONCE bool literal(std::string_view expected) {
        if (data_.substr(at_, expected.size()) != expected) return false;
        at_ += expected.size();
        return true;
    }

private:
    std::string_view data_;
    size_t at_ = 0;
    bool ok_ = true;
};

constexpr std::string_view kMagic = "DLRD";

// Spans are written as where they start from a nearby offset and how long they are, days as the
// first and how many more: small numbers, one byte each mostly (the data ships with the page).
void write_source(Writer& w, const EventSource& s) {
    w.u(s.article);
    w.u(s.start);
    w.s(int64_t{s.end} - s.start);
    w.s(int64_t{s.clause_start} - s.start);
    w.s(int64_t{s.clause_end} - s.clause_start);
    w.s(int64_t{s.timex_start} - s.clause_start);
    w.s(int64_t{s.timex_end} - s.timex_start);
    w.u(s.timex);
    w.s(s.first_day);
    w.s(s.last_day - s.first_day);
    w.u(static_cast<uint64_t>(s.precision));
}

DATELINE_ONCE EventSource read_source(Reader& r) {
    EventSource s;
    s.article = r.u32();
    s.start = r.u32();
    s.end = r.after(s.start);
    s.clause_start = r.after(s.start);
    s.clause_end = r.after(s.clause_start);
    s.timex_start = r.after(s.clause_start);
    s.timex_end = r.after(s.timex_start);
    s.timex = r.u32();
    s.first_day = r.s();
    s.last_day = s.first_day + r.s();
    s.precision = r.kind(Precision::Range);
    return s;
}

void write_figure(Writer& w, const FigureMention& f) {
    w.u(f.article);
    w.u(f.start);
    w.s(int64_t{f.end} - f.start);
    w.s(int64_t{f.sentence_start} - f.start);
    w.s(int64_t{f.sentence_end} - f.sentence_start);
    w.s(f.low);
    w.s(f.high - f.low);
    w.str(f.counts);
    w.s(f.place);
    w.s(f.day);
}

DATELINE_ONCE FigureMention read_figure(Reader& r) {
    FigureMention f;
    f.article = r.u32();
    f.start = r.u32();
    f.end = r.after(f.start);
    f.sentence_start = r.after(f.start);
    f.sentence_end = r.after(f.sentence_start);
    f.low = r.s();
    f.high = f.low + r.s();
    f.counts = r.str();
    f.place = static_cast<int>(r.s());
    f.day = r.s();
    return f;
}

// --- The bundled inputs (their own file, bundled_inputs.bin) -------------------------------------

constexpr std::string_view kInputsMagic = "DLBI";

void write_problems(Writer& w, const Problems& problems) {
    w.u(problems.size());
    for (const Problem& p : problems) {
        w.str(p.input);
        w.str(p.message);
        w.u(static_cast<uint64_t>(p.severity));
    }
}

DATELINE_ONCE Problems read_problems(Reader& r) {
    Problems problems(r.count());
    for (Problem& p : problems) {
        p.input = r.str();
        p.message = r.str();
        p.severity = r.kind(Problem::Severity::Skipped);
    }
    return problems;
}

// Is [start, end) a span of `text`?
bool span_of(const std::string& text, uint32_t start, uint32_t end) { return start <= end && end <= text.size(); }

}  // namespace

uint64_t inputs_fingerprint(const GatheredInputs& inputs) {
    Fnv f;
    f.number(inputs.articles.size());
    for (const ArticleInput& in : inputs.articles) {
        f.bytes(in.file);
        f.bytes(in.label);
        f.bytes(in.bytes);
        f.number(in.full_size);
        f.number(in.facts ? 1 : 0);
        if (in.facts) {
            f.text(in.facts->outlet);
            f.text(in.facts->url);
            f.number(in.facts->published ? 1 : 0);
            if (in.facts->published) {
                f.number(static_cast<uint64_t>(in.facts->published->year));
                f.number(static_cast<uint64_t>(in.facts->published->month));
                f.number(static_cast<uint64_t>(in.facts->published->day));
            }
            f.bytes(in.facts->published_by);
        }
    }
    f.number(inputs.problems.size());
    for (const Problem& p : inputs.problems) {
        f.bytes(p.input);
        f.bytes(p.message);
        f.number(static_cast<uint64_t>(p.severity));
    }
    return f.h;
}

std::string write_bundled_reading(const Timeline& t, const GatheredInputs& inputs) {
    Writer w;
    w.out.append(kMagic);
    w.out.push_back(static_cast<char>(kBundledReadingVersion));
    const uint64_t fingerprint = inputs_fingerprint(inputs);
    for (int i = 0; i < 8; ++i) w.out.push_back(static_cast<char>((fingerprint >> (8 * i)) & 0xFF));

    // Articles: which input each was read from (a copy of another's text is not an article).
    w.u(t.articles.size());
    for (size_t i = 0; i < t.articles.size(); ++i) {
        const Article& a = t.articles[i];
        size_t input = inputs.articles.size(), same_label = 0;
        for (size_t j = 0; j < inputs.articles.size(); ++j)
            if (inputs.articles[j].label == t.labels[i]) input = j, ++same_label;
        if (same_label != 1) return {};  // its input cannot be told
        w.u(input);
        w.str(a.id);
        w.str(a.file);
        w.u(a.bytes);
        w.u(a.lines.size());
        uint32_t at = 0;
        for (const ArticleLine& l : a.lines) {
            w.s(int64_t{l.start} - at);
            w.s(int64_t{l.end} - l.start);
            w.u(static_cast<uint64_t>(l.kind));
            at = l.end;
        }
        w.str(a.title);
        w.str(a.byline);
        w.opt(a.outlet);
        w.opt(a.url);
        w.date(a.published);
        w.u(static_cast<uint64_t>(a.published_from));
        w.str(a.published_evidence);
        w.str(a.published_how);
        w.date(a.published_not_before);
        w.date(a.published_not_after);
        w.u(a.dateline_start);
        w.u(a.dateline_end);
        const std::vector<TimeExpression>& timexes = t.timexes[i];
        w.u(timexes.size());
        uint32_t from = 0, token = 0;
        for (const TimeExpression& e : timexes) {
            w.s(int64_t{e.start} - from);
            w.s(int64_t{e.end} - e.start);
            w.s(int64_t{e.first_token} - token);
            w.s(int64_t{e.end_token} - e.first_token);
            from = e.start;
            token = e.first_token;
            w.u(static_cast<uint64_t>(e.type));
            w.str(e.value);
            w.str(e.mod);
            w.u(e.dated ? 1 : 0);
            w.s(e.first_day);
            w.s(e.last_day - e.first_day);
            w.u(static_cast<uint64_t>(e.precision));
            w.u(static_cast<uint64_t>(std::max(e.give_or_take_days, 0)));
            w.str(e.how);
        }
    }
    w.u(t.events.size());
    for (const Event& e : t.events) {
        w.str(e.id);
        w.s(e.first_day);
        w.s(e.last_day - e.first_day);
        w.u(static_cast<uint64_t>(e.precision));
        w.u(static_cast<uint64_t>(std::max(e.give_or_take_days, 0)));
        w.str(e.title);
        w.u(e.places.size());
        for (uint32_t p : e.places) w.u(p);
        w.u(e.actors.size());
        for (uint32_t a : e.actors) w.u(a);
        w.u(e.sources.size());
        for (const EventSource& s : e.sources) write_source(w, s);
    }
    w.u(t.merge_notes.size());
    for (const MergeNote& n : t.merge_notes) {
        w.str(n.event_id);
        w.str(n.reason);
    }
    w.u(t.figures.size());
    for (const FigureGroup& g : t.figures) {
        w.str(g.id);
        w.str(g.counts);
        w.s(g.place);
        w.u(g.agree ? 1 : 0);
        w.u(g.values.size());
        for (const FigureMention& f : g.values) write_figure(w, f);
    }
    write_problems(w, t.problems);
    return std::move(w.out);
}

std::string write_bundled_inputs(const Story& story, const Problems& story_problems, const GatheredInputs& inputs) {
    Writer w;
    w.out.append(kInputsMagic);
    w.out.push_back(static_cast<char>(kBundledInputsVersion));
    w.s(story.version);
    w.str(story.title);
    w.str(story.description);
    w.str(story.credit);
    w.date(story.view_from);
    w.date(story.view_to);
    w.u(static_cast<uint64_t>(story.lanes.by));
    w.u(story.lanes.most);
    write_problems(w, story_problems);
    w.u(inputs.articles.size());
    for (const ArticleInput& in : inputs.articles) {
        w.str(in.file);
        w.str(in.label);
        w.u(in.facts ? 1 : 0);
        if (in.facts) {
            w.opt(in.facts->outlet);
            w.opt(in.facts->url);
            w.date(in.facts->published);
            w.str(in.facts->published_by);
        }
    }
    write_problems(w, inputs.problems);
    return std::move(w.out);
}

DATELINE_ONCE std::optional<BundledInputs> read_bundled_inputs(std::string_view data, const std::vector<NamedFile>& files) {
    Reader r(data);
    if (!r.literal(kInputsMagic) || !r.literal(std::string(1, static_cast<char>(kBundledInputsVersion)))) return std::nullopt;
    BundledInputs b;
    b.story.version = static_cast<int>(r.s());
    b.story.title = r.str();
    b.story.description = r.str();
    b.story.credit = r.str();
    b.story.view_from = r.date();
    b.story.view_to = r.date();
    b.story.lanes.by = r.kind(LaneRule::Single);
    b.story.lanes.most = static_cast<size_t>(r.u());
    b.story_problems = read_problems(r);
    b.inputs.articles.resize(r.ok() ? r.count() : 0);
    for (ArticleInput& in : b.inputs.articles) {
        in.file = r.str();
        in.label = r.str();
        if (r.flag()) {
            EditorialFacts& f = in.facts.emplace();
            f.outlet = r.opt();
            f.url = r.opt();
            f.published = r.date();
            f.published_by = r.str();
        }
        if (!r.ok()) return std::nullopt;
        const auto file = std::find_if(files.begin(), files.end(), [&](const NamedFile& f) { return f.name == in.file; });
        if (file == files.end() || file->full_size > 0 || file->bytes.size() > kLargestArticleBytes) return std::nullopt;
        in.bytes = file->bytes;
    }
    b.inputs.problems = read_problems(r);
    if (!r.ok() || !r.at_end()) return std::nullopt;
    return b;
}

DATELINE_ONCE std::optional<Timeline> read_bundled_reading(std::string_view data, const GatheredInputs& inputs, std::string* why) {
    auto fail = [&](const char* reason) -> std::optional<Timeline> {
        if (why) *why = reason;
        return std::nullopt;
    };
    Reader r(data);
    if (!r.literal(kMagic)) return fail("not a bundled reading");
    const char version = static_cast<char>(kBundledReadingVersion);
    if (!r.literal(std::string_view(&version, 1))) return fail("a bundled reading of another version");
    if (r.fixed64() != inputs_fingerprint(inputs)) return fail("made from other articles");

    Timeline t;
    t.gazetteer = &Gazetteer::bundled();
    const size_t articles = r.count();
    t.articles.reserve(articles);
    t.timexes.reserve(articles);
    for (size_t i = 0; i < articles && r.ok(); ++i) {
        const uint64_t input = r.u();
        if (input >= inputs.articles.size()) return fail("damaged (an article's input)");
        const ArticleInput& in = inputs.articles[input];
        Article a;
        a.id = r.str();
        a.file = r.str();
        a.bytes = static_cast<size_t>(r.u());
        if (a.bytes > in.bytes.size()) return fail("damaged (an article's size)");
        a.text = normalise_article_text(std::string_view(in.bytes).substr(0, a.bytes));  // as read_article makes it
        a.lines.resize(r.count());
        uint32_t at = 0;
        for (ArticleLine& l : a.lines) {
            l.start = r.after(at);
            l.end = at = r.after(l.start);
            l.kind = r.kind(ArticleLine::Kind::Body);
            if (!span_of(a.text.clean, l.start, l.end)) r.fail();
        }
        a.title = r.str();
        a.byline = r.str();
        a.outlet = r.opt();
        a.url = r.opt();
        a.published = r.date();
        a.published_from = r.kind(PublishedFrom::Inferred);
        a.published_evidence = r.str();
        a.published_how = r.str();
        a.published_not_before = r.date();
        a.published_not_after = r.date();
        a.dateline_start = r.u32();
        a.dateline_end = r.u32();
        if (!span_of(a.text.clean, a.dateline_start, a.dateline_end)) r.fail();
        std::vector<TimeExpression> timexes(r.count());
        uint32_t from = 0, token = 0;
        for (TimeExpression& e : timexes) {
            e.start = from = r.after(from);
            e.end = r.after(e.start);
            e.first_token = token = r.after(token);
            e.end_token = r.after(e.first_token);
            e.type = r.kind(TimexType::Set);
            e.value = r.str();
            e.mod = r.str();
            e.dated = r.flag();
            e.first_day = r.s();
            e.last_day = e.first_day + r.s();
            e.precision = r.kind(Precision::Range);
            e.give_or_take_days = r.give_or_take_days();
            e.how = r.str();
            if (!span_of(a.text.clean, e.start, e.end)) r.fail();
        }
        t.labels.push_back(in.label);
        t.articles.push_back(std::move(a));
        t.timexes.push_back(std::move(timexes));
    }
    const size_t places = t.gazetteer->places().size(), actors = t.gazetteer->actors().size();
    t.events.resize(r.ok() ? r.count() : 0);
    for (Event& e : t.events) {
        e.id = r.str();
        e.first_day = r.s();
        e.last_day = e.first_day + r.s();
        e.precision = r.kind(Precision::Range);
        e.give_or_take_days = r.give_or_take_days();
        e.title = r.str();
        e.places.resize(r.count());
        for (uint32_t& p : e.places)
            if ((p = r.u32()) >= places) r.fail();
        e.actors.resize(r.count());
        for (uint32_t& a : e.actors)
            if ((a = r.u32()) >= actors) r.fail();
        e.sources.resize(r.count());
        for (EventSource& s : e.sources) {
            s = read_source(r);
            if (!r.ok() || s.article >= t.articles.size() || s.timex >= t.timexes[s.article].size()) {
                r.fail();
                break;
            }
            const std::string& text = t.articles[s.article].text.clean;
            if (!span_of(text, s.start, s.end) || !span_of(text, s.clause_start, s.clause_end) ||
                !span_of(text, s.timex_start, s.timex_end))
                r.fail();
        }
        if (!r.ok()) break;
    }
    t.merge_notes.resize(r.ok() ? r.count() : 0);
    for (MergeNote& n : t.merge_notes) {
        n.event_id = r.str();
        n.reason = r.str();
    }
    t.figures.resize(r.ok() ? r.count() : 0);
    for (FigureGroup& g : t.figures) {
        g.id = r.str();
        g.counts = r.str();
        g.place = static_cast<int>(r.s());
        g.agree = r.flag();
        g.values.resize(r.count());
        for (FigureMention& f : g.values) {
            f = read_figure(r);
            if (!r.ok() || f.article >= t.articles.size() || !span_of(t.articles[f.article].text.clean, f.start, f.end) ||
                !span_of(t.articles[f.article].text.clean, f.sentence_start, f.sentence_end)) {
                r.fail();
                break;
            }
        }
        if (!r.ok()) break;
    }
    if (r.ok()) t.problems = read_problems(r);
    if (!r.ok() || !r.at_end()) return fail("damaged");
    return t;
}

}  // namespace dateline
