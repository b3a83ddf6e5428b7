// The record an article's text is read into once (core/article_analysis.h), and a stage that reads
// it: figures of a sentence (core/figures.h). Sentences written for the test.
#include <gtest/gtest.h>

#include <string>

#include "article_analysis.h"
#include "figures.h"

using namespace dateline;

namespace {
const ReferenceDate kPublished{CivilDate{2017, 7, 5}, "test"};
}

TEST(ArticleAnalysis, WordIsTellsAKeyWordFromEveryOtherToken) {
    // Tokens: "It" "has" "hats" "," "10" "days" "." ; word_is compares the lower-case word whole.
    const std::string text = "It Has hats, 10 days.";
    const ArticleAnalysis a = analyse_article(text, kPublished, Gazetteer::bundled());
    ASSERT_EQ(a.tokens.size(), 7u);
    EXPECT_TRUE(a.word_is(1, "has"));    // capitalised in the text, lower-case in the record
    EXPECT_FALSE(a.word_is(1, "hat"));   // same first letter, other length
    EXPECT_FALSE(a.word_is(1, "his"));   // same length and first letter, other letters
    EXPECT_FALSE(a.word_is(2, "has"));   // "hats": a longer word
    EXPECT_FALSE(a.word_is(3, ","));     // punctuation is no word
    EXPECT_FALSE(a.word_is(4, "10"));    // nor is a number
    EXPECT_TRUE(a.word_is(5, "days"));
    EXPECT_FALSE(a.word_is(7, "days"));  // past the end
}

TEST(ArticleAnalysis, ReadsTextOnceIntoEveryPart) {
    const std::string text = "Iraqi forces entered Mosul on Monday. About 300 fighters remain in the city.";
    const ArticleAnalysis a = analyse_article(text, kPublished, Gazetteer::bundled());
    ASSERT_EQ(a.lower.size(), text.size());
    EXPECT_EQ(a.sentences.size(), 2u);
    ASSERT_EQ(a.timexes.size(), 1u);
    EXPECT_EQ(a.timexes[0].value, "2017-07-03");
    // "Monday" is marked as part of a time expression, "entered" is not.
    EXPECT_TRUE(a.in_timex[a.timexes[0].first_token]);
    EXPECT_FALSE(a.in_timex[2]);
    EXPECT_EQ(a.word(0), "iraqi");
    EXPECT_EQ(a.word(6), "");  // the full stop is not a word
    bool mosul = false;
    for (const NameMention& n : a.names)
        mosul |= n.kind == NameMention::Kind::Place && Gazetteer::bundled().places()[n.index].name == "Mosul";
    EXPECT_TRUE(mosul);
}

TEST(Figures, ASentencesCountedFiguresAndWhereTheyAre) {
    const std::string text = "Iraqi forces entered Mosul on Monday. About 300 fighters remain in Mosul.";
    const ArticleAnalysis a = analyse_article(text, kPublished, Gazetteer::bundled());
    ASSERT_EQ(a.sentences.size(), 2u);
    EXPECT_TRUE(find_figures(a, a.sentences[0], Gazetteer::bundled(), -1).empty());
    const std::vector<FigureMention> f = find_figures(a, a.sentences[1], Gazetteer::bundled(), -1);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(text.substr(f[0].start, f[0].end - f[0].start), "About 300 fighters");
    EXPECT_EQ(f[0].low, 300);
    EXPECT_EQ(f[0].high, 300);
    EXPECT_EQ(f[0].counts, "fighters");
    ASSERT_GE(f[0].place, 0);
    EXPECT_EQ(Gazetteer::bundled().places()[f[0].place].name, "Mosul");
    EXPECT_EQ(f[0].sentence_start, a.sentences[1].start);
    // A sentence that names no place takes the scene it is given.
    const std::string other = "Between 200 and 250 civilians fled.";
    const ArticleAnalysis b = analyse_article(other, kPublished, Gazetteer::bundled());
    const std::vector<FigureMention> g = find_figures(b, b.sentences[0], Gazetteer::bundled(), 7);
    ASSERT_EQ(g.size(), 1u);
    EXPECT_EQ(g[0].low, 200);
    EXPECT_EQ(g[0].high, 250);
    EXPECT_EQ(g[0].place, 7);
}
