#include "article.h"

#include <gtest/gtest.h>

#include "article_inputs.h"
#include "page_furniture.h"
#include "timeline.h"

using namespace dateline;

TEST(PageFurniture, RecognisesSiteLinesNotArticleLines) {
    for (const char* line : {"Skip to main content", "You are here", "Share This article", "  Leave a Comment ",
                             "Be Social", "Add new comment", "66 users have voted.", "No comments:", "Post a Comment",
                             "Sign up for NTD Daily", "Get top stories and blog posts emailed to you each day.",
                             "By registering for the newsletter, you agree to the Privacy Policy.",
                             "This question is for testing whether or not you are a human visitor and to prevent automated spam submissions."})
        EXPECT_TRUE(is_page_furniture(line)) << line;
    for (const char* line : {"ISIS in 'Fight to the Death' as Group's Territory Shrinks to Less than a Mile in Iraq",
                             "Share prices fell in Baghdad on Monday.", "Home Office says it will appeal", "",
                             "The SDF broke into Raqqa on June 6 after spending months chipping away at extremist territory."})
        EXPECT_FALSE(is_page_furniture(line)) << line;
}

// A copyright line holds a year that is the site's: it must never date an event.
TEST(PageFurniture, CopyrightLinesAreTheSites) {
    for (const char* line : {"\xC2\xA9 2017 Portville Times. All rights reserved.", "\xC2\xA9 Portville Media 2017",
                             "Copyright 2017 The Associated Press. All rights reserved.", "Copyright \xC2\xA9 2017 Portville Media Group",
                             "All content is the property of Portville Media. All rights reserved."})
        EXPECT_TRUE(is_page_furniture(line)) << line;
    for (const char* line : {"Copyright law changed in 2017, the minister said.", "The copyright of the song passed to his heirs in 2016."})
        EXPECT_FALSE(is_page_furniture(line)) << line;
}

// A folder's articles, by name: text and saved web pages, whatever the case of the extension.
TEST(ArticleInputs, ArticleFilesAreTextAndSavedPages) {
    EXPECT_TRUE(is_article_file_name("000_report.txt"));
    EXPECT_TRUE(is_article_file_name("Saved Page.HTML"));
    EXPECT_TRUE(is_article_file_name("page.htm"));
    EXPECT_FALSE(is_article_file_name("sources.json"));
    EXPECT_FALSE(is_article_file_name("notes.txt.bak"));
    EXPECT_FALSE(is_article_file_name("README"));
    EXPECT_FALSE(read_named_file("/no/such/file.txt", 100).has_value());
}

TEST(Article, TitleSkipsNavigation) {
    Problems problems;
    const Article a = read_article("a", "a.txt", "Skip to main content\n\nYou are here\n  Mosul victory in \xE2\x80\x98" "days\xE2\x80\x99  \nBody.",
                                   nullptr, problems);
    EXPECT_EQ(a.title, "Mosul victory in \xE2\x80\x98" "days\xE2\x80\x99");
    EXPECT_TRUE(problems.empty());
    ASSERT_GE(a.lines.size(), 4u);
    EXPECT_EQ(a.lines[0].kind, ArticleLine::Kind::Furniture);
    EXPECT_EQ(a.lines[1].kind, ArticleLine::Kind::Blank);
    EXPECT_EQ(a.lines[3].kind, ArticleLine::Kind::Title);
    EXPECT_EQ(a.line_text(a.lines[3]), "Mosul victory in \xE2\x80\x98" "days\xE2\x80\x99");
}

TEST(Article, NoTitleFallsBackToTheIdAndSaysSo) {
    Problems problems;
    const Article a = read_article("004_x", "004_x.txt", "Share\n1234\n", nullptr, problems);
    EXPECT_EQ(a.title, "004_x");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].message.find("no title"), std::string::npos);
}

TEST(Article, EditorialFactsAreTakenFromTheManifest) {
    Problems problems;
    EditorialFacts facts{"CBN News", "https://example.org/a", CivilDate{2017, 7, 5}};
    const Article a = read_article("a", "a.txt", "A title here\nText.", &facts, problems);
    EXPECT_EQ(a.outlet, "CBN News");
    EXPECT_EQ(a.url, "https://example.org/a");
    ASSERT_TRUE(a.published);
    EXPECT_EQ(*a.published, (CivilDate{2017, 7, 5}));
    EXPECT_EQ(a.published_from, PublishedFrom::Sources);
}

TEST(Article, BundledArticlesHaveTheirHeadlinesAsTitles) {
    GatheredInputs in = gather_article_inputs({std::string(DATELINE_SOURCE_DIR) + "/assets/articles"});
    const Timeline t = build_timeline(std::move(in.articles), std::move(in.problems));
    ASSERT_EQ(t.articles.size(), 5u);
    for (const Problem& p : t.problems) ADD_FAILURE() << p.input << ": " << p.message;
    EXPECT_EQ(t.articles[0].title, "ISIS in 'Fight to the Death' as Group's Territory Shrinks to Less than a Mile in Iraq");
    EXPECT_EQ(t.articles[1].title, "Islamic State under pressure in Iraqi and Syrian strongholds");
    EXPECT_EQ(t.articles[2].title, "Coalition Begins Clearing Out Last ISIS Pockets in Iraq");
    EXPECT_EQ(t.articles[3].title, "Mosul victory in \xE2\x80\x98" "days\xE2\x80\x99 as Daesh falls back in Syria");
    EXPECT_EQ(t.articles[4].title,
              "ISIS \xE2\x80\x98" "100 per cent\xE2\x80\x99 wiped out after five-year reign of terror and bloodshed, US declares");
    EXPECT_EQ(t.articles[0].outlet, "CBN News");
    EXPECT_FALSE(t.articles[4].outlet);
    EXPECT_EQ(t.articles[4].published, (CivilDate{2019, 3, 22}));
}
