// The bundled story's reading made at build time (wasm/bundled_reading.h): the page shows what
// the core reads from the bundled articles, and nothing else.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "accessibility.h"
#include "bundled_reading.h"
#include "bundled_story.h"
#include "recording_host.h"
#include "timeline_json.h"

namespace dateline {
namespace {

struct Read {
    GatheredInputs inputs = gather_bundled_inputs(kBundledArticles);
    Timeline timeline = build_timeline(inputs.articles, inputs.problems);
    std::string data = write_bundled_reading(timeline, inputs);
};

void expect_same_articles(const Timeline& want, const Timeline& got) {
    ASSERT_EQ(want.articles.size(), got.articles.size());
    EXPECT_EQ(want.labels, got.labels);
    for (size_t i = 0; i < want.articles.size(); ++i) {
        SCOPED_TRACE(want.articles[i].file);
        const Article& a = want.articles[i];
        const Article& b = got.articles[i];
        EXPECT_EQ(a.id, b.id);
        EXPECT_EQ(a.file, b.file);
        EXPECT_EQ(a.bytes, b.bytes);
        EXPECT_EQ(a.text.clean, b.text.clean);
        EXPECT_EQ(a.text.encoding, b.text.encoding);
        EXPECT_EQ(a.text.offsets.anchor_count(), b.text.offsets.anchor_count());
        for (size_t at = 0; at <= a.text.clean.size(); ++at)
            ASSERT_EQ(a.text.offsets.to_original(at), b.text.offsets.to_original(at)) << "at " << at;
        ASSERT_EQ(a.lines.size(), b.lines.size());
        for (size_t l = 0; l < a.lines.size(); ++l) {
            EXPECT_EQ(a.lines[l].start, b.lines[l].start);
            EXPECT_EQ(a.lines[l].end, b.lines[l].end);
            EXPECT_EQ(a.lines[l].kind, b.lines[l].kind);
        }
        EXPECT_EQ(a.title, b.title);
        EXPECT_EQ(a.byline, b.byline);
        EXPECT_EQ(a.outlet, b.outlet);
        EXPECT_EQ(a.url, b.url);
        EXPECT_EQ(a.published, b.published);
        EXPECT_EQ(a.published_from, b.published_from);
        EXPECT_EQ(a.published_evidence, b.published_evidence);
        EXPECT_EQ(a.published_how, b.published_how);
        EXPECT_EQ(a.published_not_before, b.published_not_before);
        EXPECT_EQ(a.published_not_after, b.published_not_after);
        EXPECT_EQ(a.dateline_start, b.dateline_start);
        EXPECT_EQ(a.dateline_end, b.dateline_end);
        ASSERT_EQ(want.timexes[i].size(), got.timexes[i].size());
        for (size_t e = 0; e < want.timexes[i].size(); ++e) {
            const TimeExpression& x = want.timexes[i][e];
            const TimeExpression& y = got.timexes[i][e];
            EXPECT_EQ(x.start, y.start);
            EXPECT_EQ(x.end, y.end);
            EXPECT_EQ(x.first_token, y.first_token);
            EXPECT_EQ(x.end_token, y.end_token);
            EXPECT_EQ(x.type, y.type);
            EXPECT_EQ(x.value, y.value);
            EXPECT_EQ(x.mod, y.mod);
            EXPECT_EQ(x.dated, y.dated);
            EXPECT_EQ(x.first_day, y.first_day);
            EXPECT_EQ(x.last_day, y.last_day);
            EXPECT_EQ(x.precision, y.precision);
            EXPECT_EQ(x.give_or_take_days, y.give_or_take_days);
            EXPECT_EQ(x.how, y.how);
        }
    }
}

void expect_same_events(const Timeline& want, const Timeline& got) {
    ASSERT_EQ(want.events.size(), got.events.size());
    for (size_t i = 0; i < want.events.size(); ++i) {
        const Event& a = want.events[i];
        const Event& b = got.events[i];
        SCOPED_TRACE(a.id);
        EXPECT_EQ(a.id, b.id);
        EXPECT_EQ(a.first_day, b.first_day);
        EXPECT_EQ(a.last_day, b.last_day);
        EXPECT_EQ(a.precision, b.precision);
        EXPECT_EQ(a.give_or_take_days, b.give_or_take_days);
        EXPECT_EQ(a.title, b.title);
        EXPECT_EQ(a.places, b.places);
        EXPECT_EQ(a.actors, b.actors);
        ASSERT_EQ(a.sources.size(), b.sources.size());
        for (size_t s = 0; s < a.sources.size(); ++s) {
            const EventSource& x = a.sources[s];
            const EventSource& y = b.sources[s];
            EXPECT_EQ(x.article, y.article);
            EXPECT_EQ(x.start, y.start);
            EXPECT_EQ(x.end, y.end);
            EXPECT_EQ(x.clause_start, y.clause_start);
            EXPECT_EQ(x.clause_end, y.clause_end);
            EXPECT_EQ(x.timex_start, y.timex_start);
            EXPECT_EQ(x.timex_end, y.timex_end);
            EXPECT_EQ(x.timex, y.timex);
            EXPECT_EQ(x.first_day, y.first_day);
            EXPECT_EQ(x.last_day, y.last_day);
            EXPECT_EQ(x.precision, y.precision);
        }
    }
    ASSERT_EQ(want.merge_notes.size(), got.merge_notes.size());
    for (size_t i = 0; i < want.merge_notes.size(); ++i) {
        EXPECT_EQ(want.merge_notes[i].event_id, got.merge_notes[i].event_id);
        EXPECT_EQ(want.merge_notes[i].reason, got.merge_notes[i].reason);
    }
    ASSERT_EQ(want.figures.size(), got.figures.size());
    for (size_t i = 0; i < want.figures.size(); ++i) {
        const FigureGroup& a = want.figures[i];
        const FigureGroup& b = got.figures[i];
        EXPECT_EQ(a.id, b.id);
        EXPECT_EQ(a.counts, b.counts);
        EXPECT_EQ(a.place, b.place);
        EXPECT_EQ(a.agree, b.agree);
        ASSERT_EQ(a.values.size(), b.values.size());
        for (size_t v = 0; v < a.values.size(); ++v) {
            const FigureMention& x = a.values[v];
            const FigureMention& y = b.values[v];
            EXPECT_EQ(x.article, y.article);
            EXPECT_EQ(x.start, y.start);
            EXPECT_EQ(x.end, y.end);
            EXPECT_EQ(x.sentence_start, y.sentence_start);
            EXPECT_EQ(x.sentence_end, y.sentence_end);
            EXPECT_EQ(x.low, y.low);
            EXPECT_EQ(x.high, y.high);
            EXPECT_EQ(x.counts, y.counts);
            EXPECT_EQ(x.place, y.place);
            EXPECT_EQ(x.day, y.day);
        }
    }
    ASSERT_EQ(want.problems.size(), got.problems.size());
    for (size_t i = 0; i < want.problems.size(); ++i) {
        EXPECT_EQ(want.problems[i].input, got.problems[i].input);
        EXPECT_EQ(want.problems[i].message, got.problems[i].message);
        EXPECT_EQ(want.problems[i].severity, got.problems[i].severity);
    }
    EXPECT_EQ(want.gazetteer, got.gazetteer);
}

// The reading shipped with the page holds everything the core read from the bundled articles.
TEST(BundledReading, HoldsWhatTheCoreReadsFromTheBundledArticles) {
    const Read read;
    ASSERT_FALSE(read.timeline.events.empty());
    ASSERT_FALSE(read.data.empty());
    std::string why;
    const std::optional<Timeline> loaded = read_bundled_reading(read.data, read.inputs, &why);
    ASSERT_TRUE(loaded) << why;
    expect_same_articles(read.timeline, *loaded);
    expect_same_events(read.timeline, *loaded);
    EXPECT_EQ(timeline_document_json(read.timeline, false, true), timeline_document_json(*loaded, false, true));
}

// An approximate day ("a week ago": give or take 3 days) keeps its give or take through the
// shipped form, on its time expression and its event.
TEST(BundledReading, KeepsAnApproximateDay) {
    GatheredInputs inputs;
    ArticleInput in;
    in.file = in.label = "approx.txt";
    in.bytes = "Protesters return to the square\n\nProtesters marched through the capital a week ago.\n";
    in.facts = EditorialFacts{"The Daily", std::nullopt, CivilDate{2017, 6, 30}};
    inputs.articles.push_back(in);
    const Timeline timeline = build_timeline(inputs.articles, inputs.problems);
    const auto approximate = std::find_if(timeline.events.begin(), timeline.events.end(),
                                          [](const Event& e) { return e.give_or_take_days > 0; });
    ASSERT_NE(approximate, timeline.events.end()) << timeline_document_json(timeline);
    std::string why;
    const std::optional<Timeline> loaded = read_bundled_reading(write_bundled_reading(timeline, inputs), inputs, &why);
    ASSERT_TRUE(loaded) << why;
    expect_same_articles(timeline, *loaded);
    expect_same_events(timeline, *loaded);
}

// The same bytes on every run (the build makes it again and again; the page caches it).
TEST(BundledReading, IsTheSameOnEveryRun) {
    const Read first, second;
    EXPECT_EQ(first.data, second.data);
}

// The data the build shipped with the page (the wasm build's, made by the core built for
// WebAssembly) is byte for byte what the native core reads now: neither stale nor different.
// Skipped when there is no wasm build in this tree.
TEST(BundledReading, ShippedDataIsWhatTheNativeCoreReads) {
    const std::string shipped_path = std::string(DATELINE_SOURCE_DIR) + "/build/wasm/wasm/reading/bundled_reading.bin";
    std::ifstream file(shipped_path, std::ios::binary);
    if (!file) GTEST_SKIP() << "no wasm build here: " << shipped_path;
    std::stringstream shipped;
    shipped << file.rdbuf();
    EXPECT_TRUE(shipped.str() == Read().data) << shipped_path << " differs from what the native core reads now: "
                                             << "run the wasm build again (it makes it from the current core)";
}

// The app opened with the shipped reading is the app that read the articles itself: the same
// timeline, state, accessible mirror, exports and print layout.
TEST(BundledReading, AppOpensTheSameStoryAsWhenItReadsTheArticles) {
    const Read read;
    RecordingHost host_read, host_shipped;
    AppModel reading(host_read), shipped(host_shipped);
    reading.load_articles(kBundledArticles);
    shipped.load_articles(kBundledArticles, read.data);
    for (AppModel* m : {&reading, &shipped}) {
        m->set_view_width(1000);
        m->tick(0);
    }
    EXPECT_EQ(reading.state_json(ScreenFacts{}, FrameFacts{}), shipped.state_json(ScreenFacts{}, FrameFacts{}));
    EXPECT_EQ(accessibility_json(reading), accessibility_json(shipped));
    for (const char* format : {"timelinejs", "csv", "json"}) EXPECT_EQ(reading.export_text(format), shipped.export_text(format)) << format;
    EXPECT_EQ(reading.print_document(), shipped.print_document());
    EXPECT_EQ(host_read.titles, host_shipped.titles);
}

// Handed other articles (one byte changed, an article fewer, another label), the reading is not
// used: the caller reads them.
TEST(BundledReading, IsNotUsedForOtherArticles) {
    const Read read;
    GatheredInputs changed = read.inputs;
    changed.articles.front().bytes[10] ^= 1;
    std::string why;
    EXPECT_FALSE(read_bundled_reading(read.data, changed, &why));
    EXPECT_EQ(why, "made from other articles");
    GatheredInputs fewer = read.inputs;
    fewer.articles.pop_back();
    EXPECT_FALSE(read_bundled_reading(read.data, fewer));
    GatheredInputs relabelled = read.inputs;
    relabelled.articles.front().label = "yours";
    EXPECT_FALSE(read_bundled_reading(read.data, relabelled));
    EXPECT_TRUE(read_bundled_reading(read.data, read.inputs));
}

// Damaged data (cut short anywhere, a byte changed anywhere past the fingerprint) is refused or
// read without crashing; never a timeline pointing outside its articles.
TEST(BundledReading, DamagedDataIsRefusedWithoutCrashing) {
    const Read read;
    for (size_t cut = 0; cut < read.data.size(); ++cut)
        ASSERT_FALSE(read_bundled_reading(std::string_view(read.data).substr(0, cut), read.inputs)) << "cut at " << cut;
    EXPECT_FALSE(read_bundled_reading(read.data + "x", read.inputs));
    std::string version = read.data;
    version[4] = static_cast<char>(kBundledReadingVersion + 1);
    std::string why;
    EXPECT_FALSE(read_bundled_reading(version, read.inputs, &why));
    EXPECT_EQ(why, "a bundled reading of another version");
    for (size_t at = 13; at < read.data.size(); at += 7) {
        std::string damaged = read.data;
        damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
        if (const std::optional<Timeline> t = read_bundled_reading(damaged, read.inputs)) {
            for (const Event& e : t->events)
                for (const EventSource& s : e.sources) {
                    ASSERT_LT(s.article, t->articles.size());
                    ASSERT_LE(s.end, t->articles[s.article].text.clean.size());
                    ASSERT_LT(s.timex, t->timexes[s.article].size());
                }
        }
    }
}

// --- The bundled inputs (bundled_inputs.bin) -------------------------------------------------------

std::string bundled_inputs_data() {
    Problems story_problems;
    const Story story = read_story_file(kBundledArticles, "the bundled story.json", story_problems);
    return write_bundled_inputs(story, story_problems, gather_bundled_inputs(kBundledArticles));
}

// Read back from the folder, the inputs are the ones the app would gather there (bytes, labels,
// facts: the reading's fingerprint fits them) and the story is the one its file gives.
TEST(BundledInputs, AreWhatTheAppGathersFromTheFolder) {
    const Read read;
    const std::optional<BundledInputs> b = read_bundled_inputs(bundled_inputs_data(), kBundledArticles);
    ASSERT_TRUE(b);
    EXPECT_EQ(inputs_fingerprint(b->inputs), inputs_fingerprint(read.inputs));
    EXPECT_TRUE(read_bundled_reading(read.data, b->inputs));
    Problems problems;
    const Story story = read_story_file(kBundledArticles, "the bundled story.json", problems);
    ASSERT_FALSE(story.title.empty());
    EXPECT_EQ(b->story.title, story.title);
    EXPECT_EQ(b->story.description, story.description);
    EXPECT_EQ(b->story.credit, story.credit);
    EXPECT_EQ(b->story.view_from.has_value(), story.view_from.has_value());
    EXPECT_EQ(b->story.lanes.by, story.lanes.by);
    EXPECT_EQ(b->story.lanes.most, story.lanes.most);
    EXPECT_EQ(b->story_problems.size(), problems.size());
}

// The app opened with the shipped inputs and reading is the app that read everything itself.
TEST(BundledInputs, AppOpensTheSameStoryAsWhenItReadsTheFiles) {
    const Read read;
    RecordingHost host_read, host_shipped;
    AppModel reading(host_read), shipped(host_shipped);
    reading.load_articles(kBundledArticles);
    shipped.load_articles(kBundledArticles, read.data, bundled_inputs_data());
    for (AppModel* m : {&reading, &shipped}) {
        m->set_view_width(1000);
        m->tick(0);
    }
    EXPECT_EQ(reading.state_json(ScreenFacts{}, FrameFacts{}), shipped.state_json(ScreenFacts{}, FrameFacts{}));
    EXPECT_EQ(accessibility_json(reading), accessibility_json(shipped));
    EXPECT_EQ(reading.export_text("json"), shipped.export_text("json"));
    EXPECT_EQ(host_read.titles, host_shipped.titles);
}

// Inputs that cannot be read whole (cut short, another version, a file missing from the folder)
// give nothing: the app then gathers the folder itself.
TEST(BundledInputs, DamagedOrForeignInputsGiveNothing) {
    const std::string data = bundled_inputs_data();
    ASSERT_TRUE(read_bundled_inputs(data, kBundledArticles));
    for (size_t cut = 0; cut < data.size(); ++cut)
        ASSERT_FALSE(read_bundled_inputs(std::string_view(data).substr(0, cut), kBundledArticles)) << "cut at " << cut;
    EXPECT_FALSE(read_bundled_inputs(data + "x", kBundledArticles));
    std::string version = data;
    version[4] = 2;
    EXPECT_FALSE(read_bundled_inputs(version, kBundledArticles));
    EXPECT_FALSE(read_bundled_inputs(data, std::string(kBundledArticles) + "/no-such-folder"));
}

// Given inputs that do not fit the folder's articles, the app reads the folder as before.
TEST(BundledInputs, AppReadsTheFolderWhenTheInputsDoNotFit) {
    const Read read;
    RecordingHost host_read, host_shipped;
    AppModel reading(host_read), shipped(host_shipped);
    reading.load_articles(kBundledArticles);
    shipped.load_articles(kBundledArticles, read.data, "not bundled inputs");
    EXPECT_EQ(reading.export_text("json"), shipped.export_text("json"));
    EXPECT_EQ(host_read.titles, host_shipped.titles);
}

// The inputs the build shipped with the page are what the folder gives now ("ShippedData" in its
// name: scripts/test runs it after the wasm build, with the reading's check). Skipped when there
// is no wasm build in this tree.
TEST(BundledInputs, ShippedDataIsWhatTheFolderGives) {
    const std::string shipped_path = std::string(DATELINE_SOURCE_DIR) + "/build/wasm/wasm/reading/bundled_inputs.bin";
    std::ifstream file(shipped_path, std::ios::binary);
    if (!file) GTEST_SKIP() << "no wasm build here: " << shipped_path;
    std::stringstream shipped;
    shipped << file.rdbuf();
    EXPECT_TRUE(shipped.str() == bundled_inputs_data()) << shipped_path << " differs: run the wasm build again";
}

}  // namespace
}  // namespace dateline
