// The figures of a market report's session (core/market_session.h) and the bracketed aside whose
// date ends with it (core/sentences.h). Sentences written for the test, published Wednesday
// 2009-03-04.
#include <gtest/gtest.h>

#include <string>

#include "calendar.h"
#include "market_session.h"
#include "sentence_reading.h"
#include "sentences.h"
#include "timeline.h"

using namespace dateline;
using dateline::testing::SentenceReading;
using dateline::testing::days_of;
using dateline::testing::timeline_of;

namespace {

bool session_figure(const std::string& sentence) {
    const SentenceReading r(sentence);
    return static_cast<bool>(session_figure_at(r.a, r.sentence()));
}

}  // namespace

TEST(MarketSession, AFigureOfAMarketToldWithoutADate) {
    EXPECT_TRUE(session_figure("The Nasdaq fell 82.65 points or 3.44%, and the S&P 500 index dropped 3.24%."));
    EXPECT_TRUE(session_figure("Japan's Nikkei index closed at a three-year low of 11,489.30 points."));
    EXPECT_TRUE(session_figure("Mid-day trading in Europe saw the UK's FTSE 100 was up 25 points."));
    // A time inside the session, or the point a level is measured from, dates nothing else.
    EXPECT_TRUE(session_figure("In the first 90 minutes, the Dow Jones surged nearly 200 points."));
    EXPECT_TRUE(session_figure("Meanwhile, oil prices also dropped to lows not reached since February."));
    // "dipped", and a market told as "stock prices"; a landmark a record is measured from dates nothing else.
    EXPECT_TRUE(session_figure("The S&P 500 dipped by 50 points."));
    EXPECT_TRUE(session_figure("The NASDAQ also took heavy losses to close down 74.15 points."));
    EXPECT_TRUE(session_figure("The S&P 500 was also hit hard, losing 39.45 points."));
    // A move told as a level ("were lower by nine percent"), a level crossed ("below 8,000").
    EXPECT_TRUE(session_figure("Shares of financial companies were lower by nine percent, with Citigroup falling by 9.7%."));
    EXPECT_TRUE(session_figure("The U.S. markets opened lower with the Dow falling below 8,000, before recovering slightly."));
    EXPECT_FALSE(session_figure("Shares of financial companies were a worry for nine percent of traders."));
    EXPECT_TRUE(session_figure("The Russel 2000 Index of smaller companies dropped by four percent."));
    EXPECT_TRUE(session_figure("The Hang Seng index fell 5.5 percent - its biggest fall since the September 11, 2001, attacks."));
    EXPECT_TRUE(names_a_market(SentenceReading("Stock prices dropped sharply in Europe and Asia on Monday.").a,
                               SentenceReading("Stock prices dropped sharply in Europe and Asia on Monday.").sentence()));
}

// Rule in_state_relative_aside (lead_news.h): the date of a state in a relative clause between
// commas after the subject is that state's, so the subject's figure is the session's.
TEST(MarketSession, TheDateOfAStateInARelativeAsideIsNotTheFigures) {
    EXPECT_TRUE(session_figure("The Hang Seng, which was one of the few markets that was positive yesterday, fell 7.19%."));
    const Timeline t = timeline_of("Stock markets across the world have fallen sharply.\n"
                                   "The Hang Seng, which was one of the few markets that was positive yesterday, fell 7.19%.\n"
                                   "Australia dropped by 8.4% and South Korea saw a 9% fall.");
    EXPECT_EQ(days_of(t, "Hang Seng"), "2009-03-04..2009-03-04");
    // A happening in the aside, or a date after the aside, dates the sentence as before.
    EXPECT_FALSE(session_figure("The Hang Seng, which fell 3% yesterday, rose 2%."));
    EXPECT_FALSE(session_figure("The Hang Seng, which was positive, fell 7.19% yesterday."));
}

TEST(MarketSession, NotAFigureDatedOtherwiseNorAForecast) {
    EXPECT_FALSE(session_figure("The Nasdaq fell 15% this year."));
    EXPECT_FALSE(session_figure("The Nasdaq has fallen 15% since January."));
    EXPECT_FALSE(session_figure("The Nasdaq fell 4% over the week."));
    EXPECT_FALSE(session_figure("Analysts expected the Nasdaq to fall 2% next week."));
    EXPECT_FALSE(session_figure("The Nasdaq could fall 2% on the news."));
    EXPECT_FALSE(session_figure("Before the suspension, the RTS index fell by 6.39 percent in two hours."));
    EXPECT_FALSE(session_figure("The company fell behind its rivals."));        // no market
    EXPECT_FALSE(session_figure("The Nasdaq fell sharply."));                   // no figure
    EXPECT_FALSE(session_figure("\"The Nasdaq fell 3%,\" a trader said."));     // someone's words
}

TEST(MarketSession, ASessionFigureTakesTheDayOfTheLead) {
    const Timeline t = timeline_of(
        "US stock markets had a turbulent day yesterday, with the Dow Jones losing 300 points.\n"
        "Analysts are worried about the banks.\n"
        "The Nasdaq fell 52 points or 3.1%.");
    EXPECT_EQ(days_of(t, "Nasdaq"), "2009-03-03..2009-03-03");
}

// After a lead that tells no market, the session is the day of the last sentence that dated a
// market's trading.
TEST(MarketSession, ASessionFigureTakesTheDayOfTheLastMarketSentence) {
    const Timeline t = timeline_of(
        "Some say history tends to repeat itself.\n"
        "On Monday, the Dow Jones closed down 366.94 points.\n"
        "\"It's pretty ugly,\" said a strategist.\n"
        "The NASDAQ also took heavy losses to close down 74.15 points.");
    EXPECT_EQ(days_of(t, "NASDAQ"), "2009-03-02..2009-03-02");
}

// After a lead that tells a market over a span holding the day of publication ("this week"),
// an undated session figure is the day of publication's.
TEST(MarketSession, ASessionFigureAfterAWeeksLeadIsTheDayOfPublication) {
    const Timeline t = timeline_of(
        "Stock markets across the world fell dramatically this week.\n"
        "The S&P 500 was down more than 7%.");
    EXPECT_EQ(days_of(t, "S&P"), "2009-03-04..2009-03-04");
}

// "the day" of a market's figure is the session the report last dated for a market, not the day
// the text named last; a move may close a sentence told with "was" (", ending down").
TEST(MarketSession, TheDayOfAMarketsFigureIsTheSessions) {
    const Timeline t = timeline_of(
        "On Monday, stock markets across Asia resumed their slide.\n"
        "On Friday, the trading value for the yen fell to 90.89.\n"
        "The Hang Seng Index was in a freefall for most of the day, ending down 12.7 percent.\n"
        "The Shanghai Composite Index lost 6.3 percent to close the day at 1,723.35.");
    EXPECT_EQ(days_of(t, "Shanghai"), "2009-03-02..2009-03-02");
    EXPECT_EQ(days_of(t, "Hang Seng"), "2009-03-02..2009-03-02");
}

TEST(MarketSession, NotAfterAnotherDayNorInAReportOfNoMarket) {
    // Another day dated since the lead, after it: the figure may be of it, or of the lead's day.
    EXPECT_EQ(days_of(timeline_of("US stock markets had a turbulent day on Monday, with the Dow Jones losing 300 points.\n"
                                  "Yesterday, the banks said they were short of cash.\n"
                                  "Analysts are worried about the banks.\n"
                                  "The Nasdaq fell 52 points or 3.1%."),
                      "Nasdaq"),
              "(none)");
    // An earlier day told of no market is a look back: the report goes on with its session.
    EXPECT_EQ(days_of(timeline_of("US stock markets had a turbulent day yesterday, with the Dow Jones losing 300 points.\n"
                                  "On Monday, the banks said they were short of cash.\n"
                                  "Analysts are worried about the banks.\n"
                                  "The Nasdaq fell 52 points or 3.1%."),
                      "Nasdaq"),
              "2009-03-03..2009-03-03");
    // A lead that tells no market: no session to date the figure by.
    EXPECT_EQ(days_of(timeline_of("The carmaker announced 3,000 job cuts yesterday.\n"
                                  "Analysts are worried about the banks.\n"
                                  "The Nasdaq fell 52 points or 3.1%."),
                      "Nasdaq"),
              "(none)");
}

TEST(BracketedAside, ASentenceWhollyInBrackets) {
    const auto aside = [](const std::string& text) {
        const SentenceReading r(text);
        return is_bracketed_aside(r.a.tokens, r.sentence());
    };
    EXPECT_TRUE(aside("(By the following day this theory had been abandoned.)"));
    EXPECT_TRUE(aside("(The figures were revised on Friday)."));
    EXPECT_FALSE(aside("(AP) Stocks fell on Friday (file photo)."));
    EXPECT_FALSE(aside("Stocks fell on Friday (a file photo)."));
}

TEST(BracketedAside, ItsDateEndsWithIt) {
    const Timeline t = timeline_of(
        "The bridge collapsed yesterday, killing four people.\n"
        "(By the following day the first theory had been abandoned.)\n"
        "Rescuers pulled two survivors from the river.");
    // Told after the aside, the rescue goes on from the collapse (3 March), not from the aside's 4 March.
    EXPECT_EQ(days_of(t, "Rescuers"), "2009-03-03..2009-03-03");
}
