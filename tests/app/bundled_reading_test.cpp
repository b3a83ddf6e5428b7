// The bundled story's reading made at build time (wasm/bundled_reading.h): the page shows what
// the core reads from the bundled articles, and nothing else.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "accessibility.h"
#include "bundled_reading.h"
#include "bundled_story.h"
#include "embedded_file.h"
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
    const std::optional<BundledInputs> b = read_bundled_inputs(bundled_inputs_data(), bundled_files_in(kBundledArticles));
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

// Inputs that cannot be read whole (cut short, another version, an article missing from the
// files) give nothing: the app then gathers the files itself.
TEST(BundledInputs, DamagedOrForeignInputsGiveNothing) {
    const std::string data = bundled_inputs_data();
    const std::vector<NamedFile> files = bundled_files_in(kBundledArticles);
    ASSERT_TRUE(read_bundled_inputs(data, files));
    for (size_t cut = 0; cut < data.size(); ++cut)
        ASSERT_FALSE(read_bundled_inputs(std::string_view(data).substr(0, cut), files)) << "cut at " << cut;
    EXPECT_FALSE(read_bundled_inputs(data + "x", files));
    std::string version = data;
    version[4] = 2;
    EXPECT_FALSE(read_bundled_inputs(version, files));
    EXPECT_FALSE(read_bundled_inputs(data, bundled_files_in(std::string(kBundledArticles) + "/no-such-folder")));
    std::vector<NamedFile> fewer = files;
    fewer.erase(fewer.begin());  // the first article
    ASSERT_TRUE(fewer.front().name.ends_with(".txt")) << fewer.front().name;
    EXPECT_FALSE(read_bundled_inputs(data, fewer));
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

// --- The bundled story's files compiled into the page (embedded_file.h) ------------------------

// The files compiled in are the folder's, byte for byte, by the same names: the generated
// source (cmake/embed_files.cmake) neither drops nor changes a byte.
TEST(BundledFiles, CompiledInAreTheFolderFilesByteForByte) {
    std::vector<std::pair<std::string, std::string>> folder;
    for (const auto& f : std::filesystem::directory_iterator(kBundledArticles)) {
        std::ifstream in(f.path(), std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        folder.emplace_back(f.path().filename().string(), bytes.str());
    }
    std::sort(folder.begin(), folder.end());
    const std::vector<EmbeddedFile>& compiled = bundled_article_files();
    ASSERT_EQ(compiled.size(), folder.size());
    for (size_t i = 0; i < folder.size(); ++i) {
        EXPECT_EQ(compiled[i].name, folder[i].first);
        EXPECT_TRUE(compiled[i].bytes == folder[i].second) << folder[i].first << ": " << compiled[i].bytes.size() << " bytes, the file "
                                                           << folder[i].second.size();
    }
    EXPECT_TRUE(embedded_file(compiled, "story.json"));
    EXPECT_FALSE(embedded_file(compiled, "no-such-file.txt"));
}

// Read from memory, the bundled story is the one the core reads from the folder (the command
// line's way, gather_article_inputs on the folder): the same inputs (so the reading made at build
// time fits them), the same story settings, the same events.
TEST(BundledFiles, InMemoryTheyGiveWhatTheFolderGives) {
    const std::vector<NamedFile> files = bundled_files(bundled_article_files());
    const GatheredInputs from_memory = gather_bundled_inputs(files);
    const GatheredInputs from_folder = gather_bundled_inputs(kBundledArticles);
    ASSERT_EQ(from_memory.articles.size(), from_folder.articles.size());
    for (size_t i = 0; i < from_folder.articles.size(); ++i) {
        EXPECT_EQ(from_memory.articles[i].file, from_folder.articles[i].file);
        EXPECT_EQ(from_memory.articles[i].label, from_folder.articles[i].label);
        EXPECT_EQ(from_memory.articles[i].facts.has_value(), from_folder.articles[i].facts.has_value());
    }
    EXPECT_EQ(inputs_fingerprint(from_memory), inputs_fingerprint(from_folder));
    Problems memory_problems, folder_problems;
    const Story memory_story = read_bundled_story(files, memory_problems);
    const Story folder_story = read_story_file(kBundledArticles, "the bundled story.json", folder_problems);
    EXPECT_EQ(story_document_json(memory_story), story_document_json(folder_story));
    EXPECT_EQ(memory_problems.size(), folder_problems.size());
    const Timeline memory_timeline = build_timeline(from_memory.articles, from_memory.problems);
    const Timeline folder_timeline = build_timeline(from_folder.articles, from_folder.problems);
    ASSERT_FALSE(folder_timeline.events.empty());
    expect_same_articles(folder_timeline, memory_timeline);
    expect_same_events(folder_timeline, memory_timeline);
    // And the app opened on them, with and without the reading made from the folder.
    const Read read;
    RecordingHost host_memory, host_folder;
    AppModel memory(host_memory), folder(host_folder);
    memory.load_articles(files, read.data, bundled_inputs_data());
    folder.load_articles(kBundledArticles);
    for (AppModel* m : {&memory, &folder}) {
        m->set_view_width(1000);
        m->tick(0);
    }
    EXPECT_EQ(memory.state_json(ScreenFacts{}, FrameFacts{}), folder.state_json(ScreenFacts{}, FrameFacts{}));
    EXPECT_EQ(memory.export_text("json"), folder.export_text("json"));
    EXPECT_EQ(host_memory.titles, host_folder.titles);
}

// Only the folder's articles are articles: story.json and any other file are not read as one,
// whatever order the files come in.
TEST(BundledFiles, OnlyArticlesAreArticles) {
    std::vector<NamedFile> files = bundled_files(bundled_article_files());
    files.push_back({"notes.md", "Not an article, dated 4 July 2017.", 0});
    std::reverse(files.begin(), files.end());
    const GatheredInputs inputs = gather_bundled_inputs(files);
    EXPECT_EQ(inputs_fingerprint(inputs), inputs_fingerprint(gather_bundled_inputs(kBundledArticles)));
    EXPECT_TRUE(inputs.problems.empty());
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
