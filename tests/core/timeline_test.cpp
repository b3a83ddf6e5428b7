#include "timeline.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

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
              R"("published":"2017-06-30","published_from":"sources","bytes":13,"byline":null,"dateline":null}],"events":[],)"
              R"("figures":[]})");
}

TEST(ArticleInputs, FolderMeansItsTxtFilesAndSourcesJson) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("dateline-inputs-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
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
