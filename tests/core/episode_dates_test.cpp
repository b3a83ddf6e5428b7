// Dates carried from the sentence before (core/episode_dates.h): the rules one by one, then what
// extraction makes of an episode told in several sentences. Sentences written for the test.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.h"
#include "episode_dates.h"
#include "sentence_reading.h"
#include "timeline.h"

using namespace dateline;
using dateline::testing::SentenceReading;
using dateline::testing::days_of;
using dateline::testing::event_with;
using dateline::testing::timeline_of;

namespace {

// One sentence read against a publication date of 2009-03-04.
struct Read : SentenceReading {
    using SentenceReading::SentenceReading;
    std::string verb() const {
        const std::optional<uint32_t> at = episode_verb_at(a, sentence());
        return at ? std::string(a.token(*at)) : "(none)";
    }
    std::string after_opening() const {
        const std::optional<uint32_t> at = same_day_opening(a, sentence());
        return at ? std::string(a.token(*at)) : "(none)";
    }
};

std::string day(int64_t d) { return to_iso(civil_from_days(d)); }

// The token a rule over one sentence finds, or "(none)".
template <typename Rule>
std::string token_found(const std::string& sentence, Rule rule) {
    const SentenceReading r(sentence);
    const std::optional<uint32_t> at = rule(r.a, r.sentence());
    return at ? std::string(r.a.token(*at)) : "(none)";
}

// The `how` of the first event whose headline holds `word`, or "(none)".
std::string how_of(const Timeline& t, const std::string& word) {
    const Event* e = event_with(t, word);
    return e ? source_timex(t, e->sources[0]).how : "(none)";
}

// Does a rule over one sentence find what it looks for?
template <typename Rule>
bool finds(const std::string& sentence, Rule rule) {
    const SentenceReading r(sentence);
    return static_cast<bool>(rule(r.a, r.sentence()));
}

}  // namespace

TEST(EpisodeDates, AnotherHappeningInTheSimplePast) {
    EXPECT_EQ(Read("General Motors reported a 49% decline.").verb(), "reported");
    EXPECT_EQ(Read("The union refused to meet the demands.").verb(), "refused");
    EXPECT_EQ(Read("Shares in Toyota, Nissan and Honda all dropped by 10 percent.").verb(), "dropped");
    EXPECT_EQ(Read("Citing \"a precautionary measure\", Airbus announced that two engines would be replaced.").verb(), "announced");
    // A duration is no date of its own: the failure is part of the dated flight.
    EXPECT_EQ(Read("The steering computer failed after thirty minutes.").verb(), "failed");
}

TEST(EpisodeDates, NoSayingNoNegationNoDateNoQuestionNoQuotation) {
    EXPECT_EQ(Read("The senator said that he was disappointed.").verb(), "(none)");         // someone's words
    EXPECT_EQ(Read("The chief executive described the plan as achievable.").verb(), "(none)");  // a judgement
    EXPECT_EQ(Read("Its vice-president, Greg Joswiak, indicated that the patch is available.").verb(), "(none)");  // words
    EXPECT_EQ(Read("The union did not accept the offer.").verb(), "(none)");
    EXPECT_EQ(Read("The company never recovered its losses.").verb(), "(none)");
    EXPECT_EQ(Read("The index fell 2% in 2008.").verb(), "(none)");                         // a date of its own
    EXPECT_EQ(Read("Why did the talks collapse?").verb(), "(none)");
    EXPECT_EQ(Read("\"We walked away from the deal,\" the union leader said.").verb(), "(none)");
    EXPECT_EQ(Read("Shares of the carmaker are volatile.").verb(), "(none)");                // a present state
}

// Rule told_against_another_time: a time counted from another happening, or a span of weeks or
// more, is no happening of the episode dated before.
TEST(EpisodeDates, ATimeToldAgainstAnotherHappeningIsNoPartOfTheEpisode) {
    EXPECT_EQ(Read("The ruling came a day after the court ended affirmative action.").verb(), "(none)");
    EXPECT_EQ(Read("The strike ended two weeks before the election.").verb(), "(none)");
    EXPECT_EQ(Read("The fossils took years to prepare.").verb(), "(none)");
    EXPECT_EQ(Read("The repairs lasted several months.").verb(), "(none)");
    // A day's span stays the episode's; so does a duration of the happening itself.
    EXPECT_EQ(Read("The search took two days.").verb(), "took");
    EXPECT_EQ(Read("The steering computer failed after thirty minutes.").verb(), "failed");
    const Timeline t = timeline_of("The justices heard arguments in the case in February.\n"
                                   "The ruling came a day after the court ended affirmative action.");
    EXPECT_EQ(event_with(t, "ruling"), nullptr);
}

TEST(EpisodeDates, APastFormFarFromTheOpeningIsAParticiple) {
    // The verb of this sentence is "leaves"; "built" qualifies the aircraft.
    EXPECT_EQ(Read("The program's demise leaves the military cargo jet as the only remaining jet aircraft built in California.").verb(),
              "(none)");
}

TEST(EpisodeDates, SameDayOpenings) {
    EXPECT_EQ(Read("Hours later, the army entered the town.").after_opening(), "the");
    EXPECT_EQ(Read("Later that day the mayor fled the city.").after_opening(), "the");
    EXPECT_EQ(Read("Shortly afterwards, the rebels withdrew.").after_opening(), "the");
    EXPECT_EQ(Read("Soon after the vote, the rebels withdrew.").after_opening(), "(none)");  // its own reference
    EXPECT_EQ(Read("The rebels withdrew hours later.").after_opening(), "(none)");
    EXPECT_EQ(Read("Hours later, the army entered the town.").verb(), "entered");
}

TEST(EpisodeDates, AnUndatedHappeningRightAfterADatedOneTakesItsDate) {
    const Timeline t = timeline_of(
        "Ford's sales dropped 42% in January from a year earlier.\n"
        "General Motors reported a 49% decline.");
    ASSERT_EQ(t.events.size(), 2u);
    EXPECT_EQ(day(t.events[1].first_day), "2009-01-01");
    EXPECT_EQ(day(t.events[1].last_day), "2009-01-31");
    const EventSource& src = t.events[1].sources[0];
    const TimeExpression& e = t.timexes[src.article][src.timex];
    EXPECT_NE(e.how.find("no date of its own"), std::string::npos) << e.how;
    EXPECT_NE(e.how.find("inferred"), std::string::npos) << e.how;
    EXPECT_NE(e.how.find("January"), std::string::npos) << e.how;
}

TEST(EpisodeDates, AnEpisodeGoesOnSentenceBySentence) {
    const Timeline t = timeline_of(
        "The Senate rejected the rescue plan on Monday.\n"
        "The union refused to accept deeper wage cuts.\n"
        "Shares in the carmakers dropped by 10 percent.");
    ASSERT_EQ(t.events.size(), 3u);
    for (const Event& e : t.events) EXPECT_EQ(day(e.first_day), "2009-03-02") << e.title;
    // The third says where its date comes from, not a chain of carried reasons.
    const EventSource& src = t.events[2].sources[0];
    const std::string& how = t.timexes[src.article][src.timex].how;
    EXPECT_NE(how.find("Monday"), std::string::npos) << how;
    EXPECT_EQ(how.find("no date of its own", how.find("no date of its own") + 1), std::string::npos) << how;
}

TEST(EpisodeDates, ASentenceThatNamesTheHappeningBeforeTellsMoreOfIt) {
    // The rule: the happening told before, named as a noun ("the opening" after "opened").
    const SentenceReading two("The town opened its new library on 14 March 2011.\nHundreds of residents came to the opening.");
    ASSERT_EQ(two.a.sentences.size(), 2u);
    EXPECT_TRUE(names_the_happening_before(two.a, two.a.sentences[1], two.a.sentences[0]));
    const SentenceReading attack("Gunmen attacked a checkpoint on Monday.\nThe attack left two soldiers wounded.");
    EXPECT_TRUE(names_the_happening_before(attack.a, attack.a.sentences[1], attack.a.sentences[0]));
    // Another actor, another happening: no noun of the happening before.
    const SentenceReading other("Ford's sales dropped 42% last month.\nGeneral Motors reported a 49% decline.");
    EXPECT_FALSE(names_the_happening_before(other.a, other.a.sentences[1], other.a.sentences[0]));
    // In extraction: one event, not two; another actor's happening is still its own event.
    EXPECT_EQ(timeline_of("The harbour town opened its new public library on 14 February 2009, the mayor said.\n"
                          "Hundreds of residents came to the opening.").events.size(), 1u);
    EXPECT_EQ(timeline_of("The Senate rejected the rescue plan on Monday.\n"
                          "The union refused to accept deeper wage cuts.").events.size(), 2u);
}

TEST(EpisodeDates, NotAfterAGapAYearOrAnUndatedSentence) {
    // A sentence without an event between: the episode is not the one before.
    EXPECT_EQ(timeline_of("The Senate rejected the rescue plan on Monday.\n"
                          "The plan is worth $14 billion.\n"
                          "The union refused to accept deeper wage cuts.")
                  .events.size(),
              1u);
    // A year spans too much to date what follows it.
    EXPECT_EQ(timeline_of("The company lost $2 billion in 2008.\nIts chief executive resigned.").events.size(), 1u);
    // Someone's words after the dated event stay no event.
    EXPECT_EQ(timeline_of("The Senate rejected the rescue plan on Monday.\nThe senator said he was disappointed.").events.size(), 1u);
}

TEST(EpisodeDates, HoursLaterIsTheSameDay) {
    const Timeline t = timeline_of(
        "The army took the town on March 1.\n"
        "The next day, troops entered the centre.\n"
        "Hours later, the mayor fled the town.");
    ASSERT_EQ(t.events.size(), 3u);
    EXPECT_EQ(day(t.events[1].first_day), "2009-03-02");
    EXPECT_EQ(day(t.events[2].first_day), "2009-03-02");
    EXPECT_NE(t.events[2].title.find("mayor fled"), std::string::npos) << t.events[2].title;
}

TEST(EpisodeDates, AReactionToTheNews) {
    auto reacts = [](const char* text) {
        const Read r(text);
        return reacts_to_the_news(r.a, r.sentence());
    };
    EXPECT_TRUE(reacts("Stock markets worldwide fell dramatically on the news."));
    EXPECT_TRUE(reacts("Shares rose 5% after the announcement."));
    EXPECT_TRUE(reacts("The yen rose on news that the bank would act."));
    EXPECT_TRUE(reacts("Investors sold in reaction to the news."));
    EXPECT_FALSE(reacts("The minister spoke on the radio."));
    EXPECT_FALSE(reacts("He gave interviews after news conferences."));
    EXPECT_FALSE(reacts("The channel reported on news from the region."));
    // The report the article leads with, named alone.
    EXPECT_TRUE(reacts("Sterling fell by half a cent after the data."));
    EXPECT_TRUE(reacts("Shares rose 3% on the results."));
    EXPECT_FALSE(reacts("Troops moved in after the report of an attack in the north."));
}

TEST(EpisodeDates, AReactionToTheLeadsReportOfADayBeforeTheSentenceBeforeCarriesItsDate) {
    // The lead tells a month's figure and the day it was published: a reaction is to that day's
    // report, even right after a sentence dated otherwise.
    const Timeline t = timeline_of(
        "British inflation fell more sharply than expected in January to its lowest rate in two years, official data showed on "
        "Monday, helped by a fall in energy bills.\n"
        "Inflation peaked at 11.1% in October last year.\n"
        "The pound lost half a cent against the dollar after the data.");
    const Event* sterling = event_with(t, "pound");
    ASSERT_NE(sterling, nullptr);
    EXPECT_EQ(day(sterling->first_day), "2009-03-02");
}

TEST(EpisodeDates, AReactionTakesTheDateOfTheLeadsNews) {
    const Timeline t = timeline_of(
        "The Senate has rejected the rescue plan for the carmakers.\n"
        "The plan is worth $14 billion.\n"
        "\"I dread looking at Wall Street,\" the senator said.\n"
        "Stock markets worldwide fell dramatically on the news.");
    ASSERT_EQ(t.events.size(), 2u);
    EXPECT_EQ(day(t.events[1].first_day), "2009-03-04");
    const EventSource& src = t.events[1].sources[0];
    EXPECT_NE(t.timexes[src.article][src.timex].how.find("reaction to the news"), std::string::npos);
    // Without an undated lead there is no news to react to: no event.
    EXPECT_EQ(timeline_of("The plan is worth $14 billion.\nStock markets worldwide fell dramatically on the news.").events.size(), 0u);
}

TEST(EpisodeDates, AReactionToADatedLead) {
    const Timeline t = timeline_of(
        "General Motors filed for bankruptcy protection on Monday.\n"
        "It is the largest bankruptcy of a US manufacturer.\n"
        "Shares in suppliers fell sharply on the news.");
    ASSERT_EQ(t.events.size(), 2u);
    EXPECT_EQ(day(t.events[1].first_day), "2009-03-02");
}

TEST(EpisodeDates, PartOfDayOpenings) {
    auto after = [](const std::string& sentence) { return token_found(sentence, part_of_day_opening); };
    EXPECT_EQ(after("Throughout the morning, the army cleared four villages."), "the");
    EXPECT_EQ(after("That night, the rebels withdrew."), "the");
    EXPECT_EQ(after("During the afternoon, police closed the bridge."), "police");
    EXPECT_EQ(after("The morning was calm."), "(none)");                             // a subject, no opening
    EXPECT_EQ(after("During the night of 4 May, the rebels withdrew."), "(none)");   // a date of its own
    EXPECT_EQ(after("Throughout the campaign, the army cleared four villages."), "(none)");
}

TEST(EpisodeDates, TheCloseOfTrading) {
    EXPECT_TRUE(finds("The index gained eight points by the closing bell.", tells_the_close_of_trading));
    EXPECT_TRUE(finds("Shares in the bank fell 4% at the close.", tells_the_close_of_trading));
    EXPECT_TRUE(finds("Oil rose at the close of trading.", tells_the_close_of_trading));
    EXPECT_FALSE(finds("The ministers signed a treaty at the close of the conference.", tells_the_close_of_trading));
    // In extraction: a session dated two sentences before, with no date between.
    EXPECT_EQ(days_of(timeline_of("Stocks rose on Friday, the fourth weekly gain in a row.\n"
                                  "The streak is the longest since 2007.\n"
                                  "The broader index gained eight points by the closing bell."),
                      "gained"),
              "2009-02-27..2009-02-27");
}

TEST(EpisodeDates, TheWeekOfTheDayTold) {
    EXPECT_TRUE(finds("The Dow gained 3% over the course of the week.", the_week_told_before));
    EXPECT_TRUE(finds("Oil fell 5% during the week, traders said.", the_week_told_before));
    EXPECT_FALSE(finds("Talks were held during the week of 19 June.", the_week_told_before));  // a date of its own
    EXPECT_FALSE(finds("The army took the town during the week before.", the_week_told_before));
    // In extraction: Friday's session, then the week up to it (2009-02-23 is a Monday); a sentence
    // told of the day (by the closing bell) keeps it in reach.
    EXPECT_EQ(days_of(timeline_of("Stocks rose on Friday, the fourth weekly gain in a row.\n"
                                  "The streak is the longest since 2007.\nIt was a calm day.\nVolumes were low.\n"
                                  "Banks led the market.\n"
                                  "The broader index gained eight points by the closing bell.\n"
                                  "Both indexes gained over 3% over the course of the week."),
                      "3%"),
              "2009-02-23..2009-02-27");
}

TEST(EpisodeDates, APartOfTheDayLastDatedTakesThatDay) {
    // Two sentences on, after a date of a year: "the morning" is the morning of 2 March.
    const Timeline t = timeline_of(
        "On the morning of March 2, the army began an offensive on the town.\n"
        "Rebels had seized the town in early 2006, but it was cut off last year.\n"
        "Throughout the morning, the army cleared four villages near the town.");
    const Event* cleared = event_with(t, "cleared");
    ASSERT_NE(cleared, nullptr);
    EXPECT_EQ(day(cleared->first_day), "2009-03-02");
    EXPECT_EQ(day(cleared->last_day), "2009-03-02");
    const EventSource& src = cleared->sources[0];
    EXPECT_NE(t.timexes[src.article][src.timex].how.find("part of the day"), std::string::npos);
    // More than five sentences on, the day is too far back to read it so.
    const Timeline far = timeline_of(
        "The army began an offensive on the town on March 2.\n"
        "The town lies on a river.\nIt has two bridges.\nIts market is old.\nThe river is wide.\nIts port is small.\n"
        "Its mayor is young.\n"
        "Throughout the morning, the army cleared four villages near the town.");
    EXPECT_EQ(event_with(far, "cleared"), nullptr);
}

TEST(EpisodeDates, AlsoAddsToTheNewsOfTheLead) {
    auto adds = [](const std::string& text) {
        const SentenceReading r(text);
        return adds_to_the_news_at(r.a, r.a.sentences.back(), r.a.sentences.front()).has_value();
    };
    const std::string lead = "Acme today unveiled a faster phone.\n";
    EXPECT_TRUE(adds(lead + "Acme also demonstrated a new laptop."));
    EXPECT_TRUE(adds(lead + "The price of the old phone has also been cut to $99."));
    EXPECT_FALSE(adds(lead + "Its rival also demonstrated a new laptop."));      // no one the lead names
    EXPECT_FALSE(adds(lead + "Acme demonstrated a new laptop."));                // no "also"
    EXPECT_FALSE(adds(lead + "Acme also demonstrated a laptop in 2007."));       // a date of its own
    EXPECT_FALSE(adds(lead + "Acme also said the laptop would sell well."));     // a saying
    EXPECT_FALSE(adds(lead + "Acme also expected the laptop to sell well."));    // a forecast
    // A person's pronoun with a verb of announcing: news made known at the lead's occasion; not
    // another verb ("He also served as governor" is his past, not the day's news).
    EXPECT_TRUE(adds(lead + "He also announced that the laptop would be available for schools."));
    EXPECT_FALSE(adds(lead + "He also served as governor of the state."));
    EXPECT_FALSE(adds(lead + "It also announced a new laptop."));
    // In extraction: both on the lead's day (2009-03-04, the day of publication); without "also", none.
    const Timeline t = timeline_of(lead + "The phone has a bigger screen.\nAcme also demonstrated a new laptop.");
    EXPECT_EQ(days_of(t, "laptop"), "2009-03-04..2009-03-04");
    EXPECT_EQ(days_of(timeline_of(lead + "The phone has a bigger screen.\nAcme demonstrated a new laptop."), "laptop"), "(none)");
}

TEST(EpisodeDates, NewsOnASourcesWordAfterTheLead) {
    auto verb = [](const std::string& sentence) { return token_found(sentence, attributed_news_at); };
    EXPECT_EQ(verb("West of the city, the army put the rebels under more pressure, a military source said."), "put");
    EXPECT_EQ(verb("The army drove the rebels from two villages, said a military source."), "drove");
    EXPECT_EQ(verb("The army drove the rebels from two villages."), "(none)");                         // no source
    EXPECT_EQ(verb("The army drove the rebels from two villages in 2014, a source said."), "(none)");  // a date of its own
    EXPECT_EQ(verb("The army did not take the town, a source said."), "(none)");                       // negated
    // In extraction: a few sentences after the lead, the lead's day (Monday 2 March 2009).
    const std::string lead = "Government forces attacked the rebels' last stronghold on Monday.\nThe town lies on a river.\n";
    EXPECT_EQ(days_of(timeline_of(lead + "West of the town, the army drove the rebels from two villages, a military source said."),
                      "villages"),
              "2009-03-02..2009-03-02");
}

TEST(EpisodeDates, SayingsOfTheSameSpeakerAtADatedOccasion) {
    // The rule's parts: a named saying and its speaker, no pronoun, no quotation.
    EXPECT_EQ(token_found("Smith also said that the plant will stay open.", named_saying_at), "said");
    EXPECT_EQ(token_found("Smith acknowledged that sales were weak.", named_saying_at), "acknowledged");
    EXPECT_EQ(token_found("He said that the plant will stay open.", named_saying_at), "(none)");
    EXPECT_EQ(token_found("The union said that the plant will stay open.", named_saying_at), "(none)");
    // Rule says_more_at_the_occasion_at: with an undated sentence and a plan between, the sayings
    // of Smith keep the date of the press conference; another speaker's do not.
    const Timeline t = timeline_of(
        "At a press conference on Monday, Smith said that the company will cut 500 jobs.\n"
        "The cuts are the first in the firm's history.\n"
        "The plant will close in 2010.\n"
        "Smith also said that the workers would receive a full year's pay.\n"
        "Smith acknowledged that the company had expanded too fast.\n"
        "Jones said that the union would fight the cuts.");
    EXPECT_EQ(days_of(t, "pay"), "2009-03-02..2009-03-02");
    EXPECT_EQ(days_of(t, "expanded"), "2009-03-02..2009-03-02");
    EXPECT_EQ(days_of(t, "union"), "(none)");
    EXPECT_NE(how_of(t, "pay").find("same occasion"), std::string::npos);
    // Not when the saying has a date of its own, nor after another date was told between.
    const Timeline u = timeline_of(
        "At a press conference on Monday, Smith said that the company will cut 500 jobs.\n"
        "The company opened its first plant in May 2001.\n"
        "Smith also said that the workers would receive a full year's pay.");
    EXPECT_EQ(days_of(u, "pay"), "(none)");
}

TEST(EpisodeDates, AnnouncementsAtTheOccasionTheLeadTells) {
    // occasion_speaker_of_lead: the name before the lead's verb, when the lead tells an occasion.
    auto speaker = [](const std::string& lead) {
        const SentenceReading r(lead);
        std::string out;
        for (const std::string_view w : occasion_speaker_of_lead(r.a, r.sentence())) out.append(w).append(" ");
        return out;
    };
    EXPECT_EQ(speaker("Acme chief John Smith gave the opening keynote of the show on Monday."), "smith john ");
    EXPECT_EQ(speaker("John Smith opened a new plant on Monday."), "");        // no occasion
    EXPECT_EQ(speaker("The company gave a press conference on Monday."), "");  // no name before the verb
    // announces_at_the_occasion_at: a verb of announcing right after a word of the speaker's name.
    auto verb = [](const std::string& sentence) {
        const std::vector<std::string_view> smith{"smith", "john"};
        const SentenceReading r(sentence);
        const std::optional<uint32_t> at = announces_at_the_occasion_at(r.a, r.sentence(), smith);
        return at ? std::string(r.a.token(*at)) : "(none)";
    };
    EXPECT_EQ(verb("John Smith announced that the laptop would be built in Ohio."), "announced");
    EXPECT_EQ(verb("John also unveiled a tablet."), "unveiled");
    EXPECT_EQ(verb("Smith said that the laptop would be built in Ohio."), "(none)");     // a saying, not news
    EXPECT_EQ(verb("He announced that the laptop would be built in Ohio."), "(none)");   // a pronoun
    EXPECT_EQ(verb("Jones announced that the laptop would be built in Ohio."), "(none)"); // another speaker
    EXPECT_EQ(verb("Smith announced a laptop in 2007."), "(none)");                      // a date of its own
    // In extraction: far after the lead, with statements between, the announcement is the keynote's
    // (Monday 2 March 2009); not after another date was told (with a sentence between, so that it
    // does not go on with that date's episode either).
    const std::string lead = "Acme chief John Smith gave the opening keynote of the show on Monday.\n"
                             "There are 500 engineers at the show.\n"
                             "Smith said that Acme has 109 stores.\n"
                             "The market share is up 82%.\n"
                             "Smith called the show exciting.\n";
    const Timeline t = timeline_of(lead + "John Smith announced that the laptop would be built in Ohio.");
    EXPECT_EQ(days_of(t, "Ohio"), "2009-03-02..2009-03-02");
    EXPECT_NE(how_of(t, "Ohio").find("the occasion the article leads with"), std::string::npos);
    EXPECT_EQ(days_of(timeline_of(lead + "Acme opened its first store in May 2001.\n"
                                         "The store sells shoes.\n"
                                         "John Smith announced that the laptop would be built in Ohio."),
                      "Ohio"),
              "(none)");
}

TEST(EpisodeDates, DaysAfterADatedHappening) {
    // Rule days_after_at, opening form: a few days after the happening the phrase names, dated
    // in the article; never past the day of publication (2009-03-04).
    const Timeline t = timeline_of(
        "Senator Smith criticised the contract in a speech on February 23.\n"
        "The contract was worth $23 billion.\n"
        "Days after Smith's remarks, the ministry said the contract would be reopened to bids.");
    EXPECT_EQ(days_of(t, "reopened"), "2009-02-24..2009-03-01");
    EXPECT_NE(how_of(t, "reopened").find("days after"), std::string::npos);
    // "came days after": the clause after "after" is a few days before the day last dated.
    const Timeline u = timeline_of(
        "The company held a press conference on Friday, February 27.\n"
        "The press conference came just days after a magazine declined to recommend the phone.");
    EXPECT_EQ(days_of(u, "declined"), "2009-02-21..2009-02-26");
    // Not when the happening counted from is not dated, nor for another use of "days after".
    const Timeline v = timeline_of(
        "Senator Smith has criticised the contract.\n"
        "The contract was worth $23 billion.\n"
        "Days after Smith's remarks, the ministry said the contract would be reopened to bids.");
    EXPECT_EQ(days_of(v, "reopened"), "(none)");
    EXPECT_FALSE(finds("Workers are paid 30 days after the end of each month.", days_after_at));
}

TEST(EpisodeDates, DaysCountedFromAHappeningTheArticleDates) {
    // Rule days_from_a_happening_at: "A day before the announcement," counts from the sentence
    // that tells the announcement with a date of a day (publication 2009-03-04, a Wednesday).
    const Timeline t = timeline_of(
        "The carmaker will cut 10,000 jobs.\n"
        "Smith announced the company's move on Monday.\n"
        "A day before the announcement, the carmaker said it was cancelling the sale of its unit.");
    EXPECT_EQ(days_of(t, "cancelling"), "2009-03-01..2009-03-01");
    EXPECT_NE(how_of(t, "cancelling").find("counts from 'Monday'"), std::string::npos);
    // No dated telling of the vote: nothing to count from.
    const Timeline v = timeline_of(
        "Parliament has voted on the bill.\n"
        "Two days after the vote, the minister resigned.");
    EXPECT_EQ(days_of(v, "resigned"), "(none)");
    const Timeline u = timeline_of(
        "Parliament voted on the bill on Friday, February 27.\n"
        "Two days after the vote, the minister resigned.");
    EXPECT_EQ(days_of(u, "resigned"), "2009-03-01..2009-03-01");
    // Not another use of "days after", nor a count past a week.
    EXPECT_FALSE(days_from_a_happening_at(Read("Workers are paid 30 days after the end of each month, the firm said.").a,
                                          Read("Workers are paid 30 days after the end of each month, the firm said.").sentence()));
    const Read ten("Ten days after the vote, the minister resigned over the bill.");
    EXPECT_FALSE(days_from_a_happening_at(ten.a, ten.sentence()));
}

TEST(EpisodeDates, ASpanCountedBackFromThePresent) {
    // Rule span_before_the_present_at: "(Just) two weeks after <happening>, <the present>" puts the
    // happening two weeks before publication (2009-03-04 in these tests), about that day.
    const Timeline t = timeline_of(
        "Just two weeks after the central bank raised its rates, worries about the banks are sending shares lower.");
    EXPECT_EQ(days_of(t, "raised"), "2009-02-18..2009-02-18");
    const Event* e = event_with(t, "raised");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->give_or_take_days, 3);
    EXPECT_EQ(days_of(timeline_of("Three days after the storm hit the coast, rescuers have reached the last villages."), "storm"),
              "2009-03-01..2009-03-01");
    EXPECT_EQ(days_of(timeline_of("Two months after the company opened its plant, it is hiring 500 more workers."), "plant"),
              "2009-01-01..2009-01-31");
    // Not from a past main clause (counted from a day the sentence does not give), not when the
    // main clause has a date of its own, not without a count.
    for (const char* s : {"Two weeks after the vote, the president resigned and the country is in turmoil.",
                          "Two weeks after the vote, the president has resigned on Monday.",
                          "Weeks after the vote, the country is still without a government."}) {
        const SentenceReading r(s);
        EXPECT_FALSE(span_before_the_present_at(r.a, r.sentence()).has_value()) << s;
    }
}

TEST(EpisodeDates, ATimeOfAHappeningDatedBeforeIsOnItsDay) {
    // The rule: the sentence opens with the happening's noun ("The quake", "earthquake" before);
    // the time of day is read against the last day told (Tuesday) unless the rule moves it.
    const SentenceReading lead(
        "The death toll from an earthquake that struck the region on Monday rose above 2,000 on Tuesday.\n"
        "The quake hit at 4:17 a.m. near the city.");
    ASSERT_EQ(lead.a.sentences.size(), 2u);
    const TimeExpression& time = lead.a.timexes.back();
    ASSERT_EQ(day(time.first_day), "2009-03-03");  // Tuesday, the day told last
    const std::optional<TimeExpression> moved = time_of_a_happening_dated_before(lead.a, lead.a.sentences[1], time);
    ASSERT_TRUE(moved);
    EXPECT_EQ(day(moved->first_day), "2009-03-02");
    EXPECT_EQ(moved->value, "2009-03-02T04:17");
    EXPECT_NE(moved->how.find("inferred"), std::string::npos) << moved->how;
    EXPECT_NE(moved->how.find("quake"), std::string::npos) << moved->how;
    // Another happening's noun, no noun, or an indefinite one ("A second quake"): the day told last.
    for (const char* second : {"The meeting began at 9 a.m. in the capital.", "Rescuers arrived at 9 a.m. in the capital.",
                               "A second quake hit at 4 p.m. near the city."}) {
        const SentenceReading other(std::string("The death toll from an earthquake that struck the region on Monday rose above "
                                                "2,000 on Tuesday.\n") + second);
        ASSERT_EQ(other.a.sentences.size(), 2u) << second;
        EXPECT_FALSE(time_of_a_happening_dated_before(other.a, other.a.sentences[1], other.a.timexes.back())) << second;
    }
    // Told last on that day already: nothing to move.
    const SentenceReading same("The earthquake struck the region on Tuesday.\nThe quake hit at 4:17 a.m. near the city.");
    EXPECT_FALSE(time_of_a_happening_dated_before(same.a, same.a.sentences[1], same.a.timexes.back()));
}

TEST(EpisodeDates, TheQuakeHitAtATimeOfTheDayItStruck) {
    // Dated as a sentence's subject, two sentences before; the next sentence goes on from it.
    const Timeline t = timeline_of(
        "An earthquake struck the region on Monday.\n"
        "Rescuers pulled 40 people from the rubble on Tuesday.\n"
        "The quake hit at 4:17 a.m. near the city.\n"
        "A second large quake struck the region in the afternoon.");
    EXPECT_EQ(days_of(t, "quake hit"), "2009-03-02..2009-03-02");
    EXPECT_EQ(days_of(t, "second large quake"), "2009-03-02..2009-03-02");
    EXPECT_EQ(days_of(t, "Rescuers"), "2009-03-03..2009-03-03");
}

TEST(EpisodeDates, TheTimeOfAHappeningToldAsADatedObject) {
    // "a controlled release" was the lead's object on Monday, seven sentences before; Sunday was told last.
    const Timeline t = timeline_of(
        "Officials on Monday carried out a controlled release of toxic gas from five rail cars.\n"
        "About 50 cars of a freight train derailed on Friday night.\n"
        "Some of the cars caught fire.\n"
        "No injuries were reported.\n"
        "About half of the residents had already left.\n"
        "Schools in the district will stay closed.\n"
        "The governor ordered everyone within a mile of the site to leave on Sunday.\n"
        "The release began at 4:37 p.m., the railway said.");
    EXPECT_EQ(days_of(t, "release began"), "2009-03-02..2009-03-02");
    // No such object before: the day told last.
    const Timeline other = timeline_of(
        "Officials on Monday carried out a test of the rail cars.\n"
        "The governor ordered everyone within a mile of the site to leave on Sunday.\n"
        "The release began at 4:37 p.m., the railway said.");
    EXPECT_EQ(days_of(other, "release began"), "2009-03-01..2009-03-01");
}

TEST(EpisodeDates, AClauseADayAfterWhichTheDateFallsIsThatDayBefore) {
    // "Fighting resumed on Saturday, a day after a ceasefire expired": the ceasefire expired on
    // Friday, its own event; the main clause keeps Saturday without "a day".
    const Timeline t = timeline_of("Heavy fighting resumed in the capital on Saturday, a day after a week-long ceasefire expired.");
    ASSERT_EQ(t.events.size(), 2u);
    EXPECT_EQ(days_of(t, "ceasefire expired"), "2009-02-27..2009-02-27");
    EXPECT_EQ(days_of(t, "fighting resumed"), "2009-02-28..2009-02-28");
    for (const Event& e : t.events) EXPECT_EQ(e.title.find("a day"), std::string::npos) << e.title;
    // The sentence after goes on with the main clause's happening, on its day, as before.
    const Timeline more = timeline_of("Heavy fighting resumed in the capital on Saturday, a day after a week-long ceasefire expired. "
                                      "Residents reported airstrikes in the south of the city.");
    EXPECT_EQ(days_of(more, "irstrikes"), "2009-02-28..2009-02-28");
    EXPECT_EQ(days_of(timeline_of("The minister resigned on Friday, two days after the vote failed."), "vote failed"),
              "2009-02-25..2009-02-25");
    // Not a clause with a happening of its own: "a day after the vote" stays the sentence's.
    EXPECT_EQ(timeline_of("The minister resigned on Friday, a day after the parliamentary vote on the budget.").events.size(), 1u);
}

TEST(EpisodeDates, AMergedEpisodeTakesTheHeadlineOfTheSentenceThatDatesIt) {
    // The sentence that goes on with the lead's day merges with it; the lead, which states the
    // date, names the event, however long its headline.
    const Timeline t = timeline_of(
        "U.S. President Joe Biden and Chinese leader Xi Jinping agreed on Monday to resume military-to-military "
        "communications and to curb the production of fentanyl, in their first face-to-face meeting in a year. The two leaders met for about four hours at an estate "
        "south of San Francisco.");
    ASSERT_EQ(t.events.size(), 1u);
    EXPECT_EQ(t.events[0].sources.size(), 2u);
    EXPECT_EQ(t.events[0].title, "Joe Biden and Xi Jinping agreed to resume military-to-military communications");
    // A short lead's headline stands lower than a long one's; the sentence carried from it lower still.
    const Timeline met = timeline_of("Biden and Xi met on Monday.\nThe two leaders met for four hours at an estate south of San "
                                     "Francisco.");
    ASSERT_EQ(met.events.size(), 1u);
    EXPECT_EQ(met.events[0].sources.size(), 2u);
    EXPECT_EQ(met.events[0].title, "Biden and Xi met");
}
