// A story opening on its date (core/dated_opening.h): the date is the dateline, so the
// publication date of a pasted text with no sources.json.
#include <gtest/gtest.h>

#include <string>

#include "article.h"
#include "dated_opening.h"
#include "sentence_reading.h"

using namespace dateline;

TEST(DatedOpening, ADateAndADashOpeningTheStory) {
    EXPECT_EQ(dated_opening_length("March 3, 2010 -- Ford said on Tuesday that its sales rose."), std::string("March 3, 2010 -- ").size());
    EXPECT_EQ(dated_opening_length("DETROIT \xE2\x80\x94 March 3, 2010: Ford said its sales rose."),
              std::string("DETROIT \xE2\x80\x94 March 3, 2010: ").size());
    EXPECT_EQ(dated_opening_length("3 March 2010 \xE2\x80\x94 Ford said its sales rose."), std::string("3 March 2010 \xE2\x80\x94 ").size());
}

TEST(DatedOpening, APlaceWithItsRegionBeforeTheDate) {
    EXPECT_EQ(dated_opening_length("BAGHDAD, Iraq \xE2\x80\x94 Dec 14, 2017: Officials said the bridge had reopened."),
              std::string("BAGHDAD, Iraq \xE2\x80\x94 Dec 14, 2017: ").size());
    EXPECT_EQ(dated_opening_length("ERBIL, Kurdistan Region \xE2\x80\x93 December 14, 2017 \xE2\x80\x93 Officials said it reopened."),
              std::string("ERBIL, Kurdistan Region \xE2\x80\x93 December 14, 2017 \xE2\x80\x93 ").size());
    EXPECT_EQ(dated_opening_length("PORTVILLE, Fla. - Dec. 14, 2017 - Officials said the ferry line had opened."),
              std::string("PORTVILLE, Fla. - Dec. 14, 2017 - ").size());
    // The comma's own date still reads; a sentence after the place is no dateline.
    EXPECT_EQ(dated_opening_length("NEW YORK, Dec. 14, 2017 -- Stocks rose on Thursday."), std::string("NEW YORK, Dec. 14, 2017 -- ").size());
    EXPECT_EQ(dated_opening_length("BAGHDAD, Iraq \xE2\x80\x94 Officials said on Dec 14, 2017 that it reopened."), 0u);
}

TEST(DatedOpening, APlaceInMixedCaseAndADayOfAMonth) {
    // Regional papers write the place in mixed case, and the wires leave out the year.
    EXPECT_EQ(dated_opening_length("Baghdad, December 14 (IraqiNews.com) \xE2\x80\x93 Iraqi forces retook the town."),
              std::string("Baghdad, December 14 (IraqiNews.com) \xE2\x80\x93 ").size());
    EXPECT_EQ(dated_opening_length("Erbil, 14 December: Officials said the road had reopened."),
              std::string("Erbil, 14 December: ").size());
    EXPECT_EQ(dated_opening_length("Kafr Nabl, Dec. 14, 2017 - Residents said the market reopened."),
              std::string("Kafr Nabl, Dec. 14, 2017 - ").size());
    // Not a time opening a sentence, nor a date without a place before it.
    EXPECT_EQ(dated_opening_length("On Monday, March 3 -- Ford said its sales rose."), 0u);
    EXPECT_EQ(dated_opening_length("Officials, on March 3 -- a Monday -- said sales rose."), 0u);
    EXPECT_EQ(dated_opening_length("Baghdad, the capital, said on March 3 -- a Monday -- that it rose."), 0u);
    // With no publication date given, the day's year is inferred from the full dates of the text.
    Problems problems;
    const Article a = read_article("b", "b.txt",
                                   "Bridge reopens\n\nBaghdad, December 14 (IraqiNews.com) \xE2\x80\x93 Engineers reopened the "
                                   "bridge on Tuesday. It had been closed since November 30, 2017.\n",
                                   nullptr, problems);
    EXPECT_GT(a.dateline_end, a.dateline_start);
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(to_iso(*a.published), "2017-12-14");
    EXPECT_EQ(a.published_from, PublishedFrom::Inferred);
}

TEST(DatedOpening, NotASentenceThatOpensWithADate) {
    EXPECT_EQ(dated_opening_length("March 3, 2010 was the day Ford said its sales rose."), 0u);
    EXPECT_EQ(dated_opening_length("On March 3, 2010 -- a Wednesday -- Ford said its sales rose."), 0u);
    EXPECT_EQ(dated_opening_length("March 3 -- Ford said its sales rose."), 0u);  // no year: not a full date
    EXPECT_EQ(dated_opening_length("Ford said on March 3, 2010 -- a Wednesday -- that sales rose."), 0u);
    EXPECT_EQ(dated_opening_length("March 3, 2010 --"), 0u);  // nothing follows: a date line, not a dateline
}

TEST(DatedOpening, AStoryWithNoSourcesIsDatedByIt) {
    // With no publication date given, "on Tuesday" is placed from the dateline's date.
    const Timeline t = dateline::testing::timeline_of(
        "March 3, 2010 -- Ford Motor Company said on Tuesday that its sales rose 43% from a year before.", std::nullopt);
    ASSERT_EQ(t.articles.size(), 1u);
    ASSERT_TRUE(t.articles[0].published.has_value());
    EXPECT_EQ(to_iso(*t.articles[0].published), "2010-03-03");
    EXPECT_EQ(t.articles[0].published_from, PublishedFrom::Text);
    bool tuesday = false;
    for (const Event& e : t.events) tuesday |= e.first_day == days_from_civil(CivilDate{2010, 3, 2});
    EXPECT_TRUE(tuesday) << "Tuesday before 3 March 2010 not placed";
}

// An acronym in brackets inside a first sentence is no agency's credit ending a dateline, even
// when it closes the dateline's 16 tokens.
TEST(DatedOpening, AnAcronymInASentenceIsNoDatelineCredit) {
    Problems problems;
    const Article a = read_article("s", "s.txt",
                                   "First jet delivered\n\nThe first A380 superjumbo, made by Acme, was delivered today to Singapore "
                                   "Airlines (SIA) 18 months behind schedule.\n",
                                   nullptr, problems);
    EXPECT_LE(a.dateline_end, a.dateline_start) << "dateline taken: "
                                                 << a.text.clean.substr(a.dateline_start, a.dateline_end - a.dateline_start);
    const Article b = read_article("b", "b.txt", "Port strike ends\n\nBEIRUT, Dec 14, 2017 (Reuters) - Dock workers ended a strike.\n",
                                   nullptr, problems);
    EXPECT_GT(b.dateline_end, b.dateline_start);
}
