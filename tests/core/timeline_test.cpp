#include "timeline.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "article_inputs.h"
#include "timeline_json.h"

using namespace dateline;

namespace {

ArticleInput input(std::string file, std::string bytes) { return {file, "dir/" + file, std::move(bytes), std::nullopt}; }

}  // namespace

TEST(Timeline, NotArticleTextIsSkippedWithAReason) {
    EXPECT_EQ(why_not_article_text(""), "is empty");
    EXPECT_EQ(why_not_article_text(" \n\t\r\n"), "is empty");
    EXPECT_NE(why_not_article_text("\x89PNG\r\n\x1a\n....").find("PNG image"), std::string::npos);
    EXPECT_NE(why_not_article_text("%PDF-1.7\n").find("PDF"), std::string::npos);
    EXPECT_NE(why_not_article_text(std::string(200, '\0') + "abc").find("binary data"), std::string::npos);
    EXPECT_EQ(why_not_article_text("A title\nSome text."), "");
    EXPECT_EQ(why_not_article_text("\xFF\xFE" + std::string("A\0B\0", 4)), "");  // UTF-16 with BOM is text
    EXPECT_EQ(why_not_article_text(std::string("M\0o\0s\0u\0l\0 \0f\0e\0l\0l\0", 20)), "");  // and without one
    // A stray NUL or two in text is dropped when read; many NULs mean binary data.
    EXPECT_EQ(why_not_article_text(std::string("A title\nSome\0 text.\0", 20)), "");
    EXPECT_NE(why_not_article_text(std::string(20, '\0') + std::string(200, 'a')).find("binary data"), std::string::npos);
}

TEST(Timeline, BuildingOneArticleAtATimeGivesTheSameDocument) {
    const GatheredInputs gathered = gather_article_inputs({std::string(DATELINE_SOURCE_DIR) + "/assets/articles"});
    ASSERT_EQ(gathered.articles.size(), 5u);
    TimelineBuilder builder;
    for (const ArticleInput& in : gathered.articles) builder.add(in);
    EXPECT_EQ(builder.inputs_seen(), 5u);
    const std::string one_by_one = timeline_document_json(builder.finish(), false, true);
    const std::string at_once = timeline_document_json(build_timeline(gathered.articles), false, true);
    EXPECT_EQ(one_by_one, at_once);
    EXPECT_GT(one_by_one.size(), 10000u);
    // finish() leaves the builder empty, ready for another timeline.
    EXPECT_EQ(builder.inputs_seen(), 0u);
    EXPECT_TRUE(builder.finish().articles.empty());
}

TEST(Timeline, AnArticleOverTheLimitIsReadUpToALineBreakAndSaidSo) {
    std::string text = "A very long article indeed\n\n";
    const std::string line = "On 10 July 2017 Iraqi forces retook the old city of Mosul, officials said.\n";
    while (text.size() <= kLargestArticleBytes + line.size()) text += line;
    const size_t size = text.size();
    std::vector<ArticleInput> inputs;
    inputs.push_back({"long.txt", "dir/long.txt", std::move(text), EditorialFacts{"Outlet", std::nullopt, CivilDate{2017, 7, 11}}});
    const Timeline t = build_timeline(std::move(inputs));
    ASSERT_EQ(t.articles.size(), 1u);
    EXPECT_LE(t.articles[0].bytes, kLargestArticleBytes);
    EXPECT_EQ(t.articles[0].text.clean.back(), '\n');  // ended at a line break
    ASSERT_FALSE(t.problems.empty());
    EXPECT_EQ(t.problems[0].input, "dir/long.txt");
    EXPECT_EQ(t.problems[0].severity, Problem::Severity::Skipped);  // not all of it was read
    EXPECT_NE(t.problems[0].message.find("only its first 4 MB were read"), std::string::npos) << t.problems[0].message;
    EXPECT_LT(size, kLargestArticleBytes + 1024 * 1024);
    // The same event told again and again is one event.
    EXPECT_EQ(t.events.size(), 1u);
}

TEST(Timeline, AnArticleAddsAtMostSoManyEventsAndSaysHowManyWereLeftOut) {
    std::string text = "A chronicle of every day\n\n";
    int64_t day = days_from_civil({2010, 1, 1});
    for (uint32_t i = 0; i < kMostEventsPerArticle + 50; ++i, ++day)
        text += "On " + to_iso(civil_from_days(day)) + " fighters attacked a checkpoint near Mosul.\n";
    std::vector<ArticleInput> inputs;
    inputs.push_back({"days.txt", "dir/days.txt", std::move(text), EditorialFacts{"Outlet", std::nullopt, CivilDate{2019, 1, 1}}});
    const Timeline t = build_timeline(std::move(inputs));
    EXPECT_EQ(t.events.size(), kMostEventsPerArticle);
    bool said = false;
    for (const Problem& p : t.problems)
        said |= p.input == "dir/days.txt" && p.message.find(": 50 left out") != std::string::npos;
    EXPECT_TRUE(said);
}

TEST(Timeline, TextWithoutSentenceEndsIsReadInBoundedPieces) {
    std::string text = "A page flattened into one line\n\n";
    for (int i = 0; i < 3000; ++i) text += (i % 40 == 39) ? "fighters, " : "word ";
    text += "and on 10 July 2017 Iraqi forces retook Mosul\n";
    std::vector<ArticleInput> inputs;
    inputs.push_back({"line.txt", "dir/line.txt", std::move(text), EditorialFacts{"Outlet", std::nullopt, CivilDate{2017, 7, 11}}});
    const Timeline t = build_timeline(std::move(inputs));
    bool said = false;
    for (const Problem& p : t.problems) said |= p.message.find("without sentence ends: read in") != std::string::npos;
    EXPECT_TRUE(said);
    ASSERT_EQ(t.events.size(), 1u);
    const EventSource& s = t.events[0].sources[0];
    EXPECT_LT(s.end - s.start, 250u * 8);  // the passage is a piece, not the whole line
}

TEST(Timeline, TheSameTextWithOtherLineEndsIsReadOnce) {
    std::vector<ArticleInput> inputs;
    inputs.push_back(input("a.txt", "First title here\nOn 10 July 2017 Mosul fell.\n"));
    inputs.push_back(input("b.txt", "First title here\r\nOn 10 July 2017 Mosul fell.\r\n"));
    const Timeline t = build_timeline(std::move(inputs));
    EXPECT_EQ(t.articles.size(), 1u);
    bool said = false;
    for (const Problem& p : t.problems) said |= p.input == "dir/b.txt" && p.message == "has the same text as dir/a.txt; read once";
    EXPECT_TRUE(said);
}

TEST(Timeline, GoodInputsAreReadWhateverTheBadOnesDo) {
    std::vector<ArticleInput> inputs;
    inputs.push_back(input("a.txt", "First title here\nBody."));
    inputs.push_back(input("empty.txt", ""));
    inputs.push_back(input("image.txt", "\x89PNG\r\n\x1a\n"));
    inputs.push_back(input("b.txt", "Second title here\nBody."));
    const Timeline t = build_timeline(std::move(inputs));
    ASSERT_EQ(t.articles.size(), 2u);
    EXPECT_EQ(t.articles[0].title, "First title here");
    EXPECT_EQ(t.articles[1].title, "Second title here");
    std::vector<Problem> skipped;
    for (const Problem& p : t.problems)
        if (p.severity == Problem::Severity::Skipped) skipped.push_back(p);
    ASSERT_EQ(skipped.size(), 2u);
    EXPECT_EQ(skipped[0].input, "dir/empty.txt");
    EXPECT_EQ(skipped[1].input, "dir/image.txt");
    // The two good ones have no publication date: that is said, as a note.
    EXPECT_EQ(t.problems.size(), 4u);
}

TEST(Timeline, ArticleIdsAreUniqueAndStable) {
    std::vector<ArticleInput> inputs;
    inputs.push_back(input("story.txt", "One title here\n"));
    inputs.push_back(input("story.txt", "Other title here\n"));
    inputs.push_back(input("story-2.txt", "Third title here\n"));
    const Timeline t = build_timeline(std::move(inputs));
    ASSERT_EQ(t.articles.size(), 3u);
    EXPECT_EQ(t.articles[0].id, "story");
    EXPECT_EQ(t.articles[1].id, "story-2");
    EXPECT_EQ(t.articles[2].id, "story-2-2");
}

TEST(Timeline, DocumentHasTheVersionOneShape) {
    std::vector<ArticleInput> inputs;
    inputs.push_back({"a.txt", "a.txt", "A title here\n", EditorialFacts{"Outlet", std::nullopt, CivilDate{2017, 6, 30}}});
    const std::string json = timeline_document_json(build_timeline(std::move(inputs)), false);
    EXPECT_EQ(json,
              R"({"version":1,"articles":[{"id":"a","file":"a.txt","title":"A title here","outlet":"Outlet","url":null,)"
              R"("published":"2017-06-30","published_from":"sources","published_how":"publication date from sources.json",)"
              R"("published_evidence":null,"published_window":null,"bytes":13,"byline":null,"dateline":null}],"events":[],)"
              R"("figures":[]})");
}

TEST(ArticleInputs, FolderMeansItsTxtFilesAndSourcesJson) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("dateline-inputs-" + std::to_string(getpid()));  // its own: other builds' tests may run at once
    fs::remove_all(dir);
    fs::create_directories(dir / "sub");
    auto write = [](const fs::path& p, std::string_view s) { std::ofstream(p, std::ios::binary) << s; };
    write(dir / "b.txt", "Bee title here\n");
    write(dir / "a.txt", "Ay title here\n");
    write(dir / "notes.md", "not an article");
    write(dir / "sub" / "c.txt", "nested, not read\n");
    write(dir / "sources.json", R"({"articles": [{"file": "a.txt", "outlet": "A News"}, {"file": "gone.txt", "outlet": "X"}]})");

    GatheredInputs g = gather_article_inputs({dir.string(), (dir / "missing.txt").string(), (dir / "sources.json").string()});
    ASSERT_EQ(g.articles.size(), 2u);
    EXPECT_EQ(g.articles[0].file, "a.txt");  // sorted by name
    EXPECT_EQ(g.articles[1].file, "b.txt");
    ASSERT_TRUE(g.articles[0].facts);
    EXPECT_EQ(g.articles[0].facts->outlet, "A News");
    EXPECT_FALSE(g.articles[1].facts);
    bool missing = false, gone = false, json_named = false;
    for (const Problem& p : g.problems) {
        missing |= p.message == "no such file or folder" && p.input.ends_with("missing.txt");
        gone |= p.message.find("\"gone.txt\", which is not in the folder") != std::string::npos;
        json_named |= p.message.find("not an article (a .json file)") != std::string::npos;
    }
    EXPECT_TRUE(missing);
    EXPECT_TRUE(gone);
    EXPECT_TRUE(json_named);

    // A single file still gets its folder's editorial facts.
    GatheredInputs one = gather_article_inputs({(dir / "a.txt").string()});
    ASSERT_EQ(one.articles.size(), 1u);
    ASSERT_TRUE(one.articles[0].facts);
    EXPECT_EQ(one.articles[0].facts->outlet, "A News");
    fs::remove_all(dir);
}

TEST(ArticleInputs, FilesInMemoryFollowTheSameRules) {
    std::vector<NamedFile> files;
    files.push_back({"report.txt", "A first report here\nOn 10 July 2017 Mosul fell.\n"});
    files.push_back({"sources.json", R"({"articles": [{"file": "report.txt", "outlet": "Outlet A", "published": "2017-07-11"},
                                                     {"file": "elsewhere.txt", "outlet": "Nobody"}]})"});
    files.push_back({"report.txt", "A second report here\nOn 17 October 2017 Raqqa fell.\n"});
    files.push_back({"notes.json", "{}"});
    files.push_back({"sources.json", R"({"articles": [{"file": "report.txt", "outlet": "Outlet B"}]})"});
    const GatheredInputs g = gather_article_inputs(files);
    ASSERT_EQ(g.articles.size(), 2u);
    EXPECT_EQ(g.articles[0].label, "report.txt");
    EXPECT_EQ(g.articles[1].label, "report.txt (2)");  // the same name twice is told apart
    ASSERT_TRUE(g.articles[0].facts.has_value());
    EXPECT_EQ(g.articles[0].facts->outlet, "Outlet A");  // the facts given first are kept
    EXPECT_EQ(g.articles[1].facts->outlet, "Outlet A");
    std::vector<std::string> said;
    for (const Problem& p : g.problems) said.push_back(p.input + ": " + p.message);
    auto has = [&](std::string_view text) {
        return std::any_of(said.begin(), said.end(), [&](const std::string& s) { return s.find(text) != std::string::npos; });
    };
    EXPECT_TRUE(has("notes.json: is not an article (a .json file)"));
    EXPECT_TRUE(has("sources.json (2): names \"report.txt\" again; the facts given first are kept"));
    EXPECT_TRUE(has("sources.json: names \"elsewhere.txt\", which was not added"));
    const Timeline t = build_timeline(g.articles, g.problems);
    ASSERT_EQ(t.articles.size(), 2u);
    EXPECT_EQ(t.articles[0].id, "report");
    EXPECT_EQ(t.articles[1].id, "report-2");
}
