// Publication dates from the text: each rule of core/publication_date.h on the ways newsrooms
// write dates, and read_article choosing among them (stated before inferred, header before body).
#include "publication_date.h"

#include <gtest/gtest.h>

#include "article.h"

using namespace dateline;

namespace {

constexpr CivilDate kDec14{2017, 12, 14};

}  // namespace

TEST(PublicationDateRules, NumericDatesOnlyWhereTheOrderIsCertain) {
    std::string words;
    EXPECT_EQ(numeric_date("2017-12-14T08:15:00Z", &words), kDec14);
    EXPECT_EQ(words, "2017-12-14");
    EXPECT_EQ(numeric_date("Date: 2017/12/14"), kDec14);
    EXPECT_EQ(numeric_date("14/12/2017"), kDec14);
    EXPECT_EQ(numeric_date("12/14/2017"), kDec14);
    EXPECT_EQ(numeric_date("14.12.2017 08:15"), kDec14);
    EXPECT_EQ(numeric_date("05/05/2017"), (CivilDate{2017, 5, 5}));
    EXPECT_FALSE(numeric_date("04/05/2017"));   // April or May: either order fits
    EXPECT_FALSE(numeric_date("version 1.2.2017.4"));
    EXPECT_FALSE(numeric_date("31/02/2017"));   // no such day
    EXPECT_FALSE(numeric_date("a score of 3-1 in 2017"));
}

TEST(PublicationDateRules, PublishedAndUpdatedLinesInManyFormats) {
    const auto check = [](const char* line, CivilDate want, bool update) {
        const std::optional<DateStamp> d = published_line_date(line);
        ASSERT_TRUE(d) << line;
        EXPECT_EQ(d->date, want) << line;
        EXPECT_EQ(d->update, update) << line;
        EXPECT_FALSE(d->evidence.empty());
    };
    check("Published 10:32 AM ET, Thu December 14, 2017", kDec14, false);
    check("Updated: 14 December 2017 08:15 GMT", kDec14, true);
    check("Last modified 2017-12-14T08:15:00Z", kDec14, true);
    check("Posted on Dec. 14, 2017", kDec14, false);
    check("First published on Thu 14 Dec 2017 08.15 GMT", kDec14, false);
    check("PUBLISHED: 14/12/2017", kDec14, false);
    check("This article was published on December 14, 2017", kDec14, false);
    // Both stamps: the date of publication wins, whichever comes first.
    check("Updated 1:55 PM ET, Fri December 15, 2017 | Published 10:32 AM ET, Thu December 14, 2017", kDec14, false);
    check("Published 10:32 AM ET, Thu December 14, 2017 | Updated 1:55 PM ET, Fri December 15, 2017", kDec14, false);
    // Not stamps: a sentence that merely starts with the word, a stamp without a date, a date too far off.
    EXPECT_FALSE(published_line_date("Published reports say the talks ended."));
    EXPECT_FALSE(published_line_date("Updated every hour"));
    EXPECT_FALSE(published_line_date("Posted by a reader who says the bridge that collapsed was built on 4 May 1990"));
    EXPECT_FALSE(published_line_date("Published 04/05/2017"));  // ambiguous numbers
}

TEST(PublicationDateRules, AYearGluedToItsTimeOrASecondDate) {
    // Copying a page runs the date into the time or the second date printed beside it.
    EXPECT_EQ(glued_year_end("December 14, 20178:15 AM ET"), std::string_view("December 14, 2017").size());
    EXPECT_EQ(glued_year_end("Posted 14 Dec 201714 Dec 2017, updated 15 Dec 2017"), std::string_view("Posted 14 Dec 2017").size());
    EXPECT_EQ(glued_year_end("Thu 14 Dec 201708.15 GMT"), std::string_view("Thu 14 Dec 2017").size());
    std::optional<DateStamp> d = header_line_date("December 14, 20178:15 AM ET");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->date, kDec14);
    d = published_line_date("Posted 14 Dec 201714 Dec 2017, updated 15 Dec 2017");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->date, kDec14);  // the posting, not the update
    EXPECT_FALSE(d->update);
    // No month or day before the digits, or nothing like a time or a date after them: no year.
    EXPECT_EQ(glued_year_end("Flight 201714 left at 8:15"), std::string_view::npos);
    EXPECT_EQ(glued_year_end("Order 20178:15"), std::string_view::npos);
    EXPECT_EQ(glued_year_end("December 14, 201789 people"), std::string_view::npos);
    EXPECT_EQ(glued_year_end("December 14, 2017 8:15 AM"), std::string_view::npos);  // nothing glued
}

TEST(PublicationDateRules, ADateLineMayEndOnItsClockTime) {
    EXPECT_TRUE(is_date_and_clock_time("Thursday, Dec. 14, 2017 \xE2\x80\x93 8:15 a.m."));
    EXPECT_TRUE(is_date_and_clock_time("Dec. 14, 2017 at 8:15 p.m. EST"));
    EXPECT_TRUE(is_date_and_clock_time("Dec. 14, 2017 8 a.m."));
    // A sentence with a date and a time is no date line; a time without a full date neither.
    EXPECT_FALSE(is_date_and_clock_time("The blast came on Dec. 14, 2017 at 8:15 a.m."));
    EXPECT_FALSE(is_date_and_clock_time("Thursday at 8:15 a.m."));
    EXPECT_FALSE(is_date_and_clock_time("Dec. 14, 2017"));
    // Read under a headline, the line dates the article and is no paragraph of it.
    Problems problems;
    const Article a = read_article("t", "t.txt",
                                   "Port strike ends after three days\nThursday, Dec. 14, 2017 \xE2\x80\x93 8:15 a.m.\n\n"
                                   "Dock workers ended their strike on Wednesday, union leaders said.\n",
                                   nullptr, problems);
    EXPECT_EQ(a.published, kDec14);
    EXPECT_EQ(a.published_from, PublishedFrom::Text);
}

TEST(PublicationDateRules, HeaderLinesUnderTheHeadline) {
    std::optional<DateStamp> d = header_line_date("08 November, 2017");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->date, (CivilDate{2017, 11, 8}));
    EXPECT_FALSE(d->update);
    d = header_line_date("By AFP - Jul 01,2017 - Last updated at Jul 01,2017");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->date, (CivilDate{2017, 7, 1}));
    EXPECT_FALSE(d->update);
    d = header_line_date("Last updated at Jul 02,2017");
    ASSERT_TRUE(d);
    EXPECT_TRUE(d->update);
    EXPECT_FALSE(header_line_date("World News"));
    for (const char* line : {"Thu 14 Dec 2017 08.15 GMT", "December 14, 2017 / 8:15 AM / Updated 2 hours ago", "14 December 2017",
                             "Thursday, December 14, 2017 8:15AM EST", "2017-12-14 08:15", "12/14/2017 08:15 AM EST"}) {
        d = header_line_date(line);
        ASSERT_TRUE(d) << line;
        EXPECT_EQ(d->date, kDec14) << line;
        EXPECT_FALSE(d->update) << line;
    }
}

TEST(PublicationDateRules, DatelinesWithAndWithoutAYear) {
    std::optional<DatelineDate> d = dateline_date("BEIRUT, Dec 14 (Reuters) -");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->year, 0);
    EXPECT_EQ(d->month, 12);
    EXPECT_EQ(d->day, 14);
    EXPECT_EQ(d->evidence, "Dec 14");
    d = dateline_date("WASHINGTON, Dec. 14, 2017 (Reuters) -");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->year, 2017);
    d = dateline_date("LONDON, Thursday, December 14 -");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->weekday, 4);
    EXPECT_EQ(d->day, 14);
    EXPECT_FALSE(dateline_date("MOSUL, Iraq (AP) \xE2\x80\x94"));
    EXPECT_FALSE(dateline_date("WASHINGTON (Reuters) -"));
}

TEST(PublicationDateRules, HeaderDayWithoutAYear) {
    // A date line of the current year, as many sites print it: the day and month, no year.
    for (const char* line : {"December 14 at 8:15 PM", "Thursday, Dec. 14", "Published Dec 14, 8:15 UTC+3", "14 December",
                             "Dec 14, 8:15am"}) {
        const std::optional<DatelineDate> d = header_day_without_year(line);
        ASSERT_TRUE(d) << line;
        EXPECT_EQ(d->month, 12) << line;
        EXPECT_EQ(d->day, 14) << line;
        EXPECT_EQ(d->year, 0) << line;
    }
    EXPECT_EQ(header_day_without_year("Thursday, Dec. 14")->weekday, 4);
    bool update = false;
    ASSERT_TRUE(header_day_without_year("Updated December 14 at 8:15 PM", &update));
    EXPECT_TRUE(update);
    // A heading that tells something is no date line; a date with its year is header_line_date's.
    EXPECT_FALSE(header_day_without_year("Talks resume on December 14"));
    EXPECT_FALSE(header_day_without_year("Storm warning for December 14"));
    EXPECT_FALSE(header_day_without_year("December 14, 2017"));
    EXPECT_FALSE(header_day_without_year("Election day"));
}

TEST(PublicationDateRules, AmbiguousNumbersOnlyDatesReadAsTheTextAllows) {
    const std::optional<AmbiguousDate> d = ambiguous_numeric_date("Rudaw 04/07/2017");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->day_first, (CivilDate{2017, 7, 4}));
    EXPECT_EQ(d->month_first, (CivilDate{2017, 4, 7}));
    EXPECT_EQ(d->evidence, "04/07/2017");
    EXPECT_FALSE(ambiguous_numeric_date("14/12/2017"));  // certain: numeric_date's
    EXPECT_FALSE(ambiguous_numeric_date("05/05/2017"));  // the same either way
    EXPECT_FALSE(ambiguous_numeric_date("version 1.2.3.4"));
    TextDateBounds bounds;
    bounds.past_from = days_from_civil({2017, 7, 3});
    bounds.past_words = "July 3, 2017";
    std::string why;
    EXPECT_EQ(ambiguous_date_reading(*d, bounds, &why), (CivilDate{2017, 7, 4}));  // 7 April is before 3 July
    EXPECT_NE(why.find("the only reading on or after 'July 3, 2017'"), std::string::npos) << why;
    bounds.past_from = days_from_civil({2017, 3, 1});  // both allowed: the nearer after it
    EXPECT_EQ(ambiguous_date_reading(*d, bounds), (CivilDate{2017, 4, 7}));
    bounds.future_to = days_from_civil({2017, 5, 1});  // 4 July is after a date it reports as future
    bounds.past_from = days_from_civil({2017, 1, 1});
    EXPECT_EQ(ambiguous_date_reading(*d, bounds), (CivilDate{2017, 4, 7}));
    bounds.past_from = days_from_civil({2017, 8, 1});  // neither is allowed
    bounds.future_to.reset();
    EXPECT_FALSE(ambiguous_date_reading(*d, bounds));
    // No full date, but a day of a month reported as past ("on July 3") lies in the season before
    // 4 July, not before 7 April (its latest 3 July then is nine months back).
    TextDateBounds month_days;
    month_days.past_month_days.push_back({7, 3, "July 3"});
    EXPECT_EQ(ambiguous_date_reading(*d, month_days, &why), (CivilDate{2017, 7, 4}));
    EXPECT_NE(why.find("the days it reports as past ('July 3')"), std::string::npos) << why;
    month_days.past_month_days = {{4, 2, "April 2"}};
    EXPECT_EQ(ambiguous_date_reading(*d, month_days), (CivilDate{2017, 4, 7}));
    // Nothing to go by: a dotted date is day first; a slash gives none.
    const TextDateBounds none;
    EXPECT_EQ(ambiguous_date_reading(*ambiguous_numeric_date("10.07.2017"), none), (CivilDate{2017, 7, 10}));
    EXPECT_FALSE(ambiguous_date_reading(*d, none));
}

TEST(PublicationDateRules, DatesInLinks) {
    const auto day = [](const char* url) {
        const std::optional<LinkDate> d = link_date(url);
        return d && d->day ? std::optional<CivilDate>(CivilDate{d->year, d->month, d->day}) : std::nullopt;
    };
    EXPECT_EQ(day("https://www.example.com/world/2017/12/14/syria-talks-resume/"), kDec14);
    EXPECT_EQ(day("https://example.org/news/20171214/syria-talks"), kDec14);
    EXPECT_EQ(day("https://example.org/syria-talks-resume-2017-12-14"), kDec14);
    EXPECT_EQ(day("https://www.example.co.uk/world/2017/dec/14/syria-talks-resume"), kDec14);
    EXPECT_EQ(day("https://example.org/2017/12/14"), kDec14);
    // A month only.
    const std::optional<LinkDate> m = link_date("https://www.example.com/news/world/2017/july/fight-to-the-death");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->day, 0);
    EXPECT_EQ(m->month, 7);
    EXPECT_EQ(m->year, 2017);
    // Numbers that are not dates: ids, image sizes, impossible days.
    EXPECT_FALSE(link_date("https://example.org/story/12345678"));
    EXPECT_FALSE(link_date("https://example.org/img/1200/800/photo.jpg"));
    EXPECT_FALSE(day("https://example.org/2017/13/45/x"));
    EXPECT_FALSE(link_date("https://example.org/a7b2017-12-14x"));
}

TEST(PublicationDateRules, LinksWrittenInText) {
    const auto links = links_in_text("Source: https://example.org/a?b=1 (via www.example.com/x) and http://x.org/y.");
    ASSERT_EQ(links.size(), 3u);
    EXPECT_EQ(links[0], "https://example.org/a?b=1");
    EXPECT_EQ(links[1], "www.example.com/x");
    EXPECT_EQ(links[2], "http://x.org/y.");
}

TEST(PublicationDateRules, PhotoCaptionDatesButNotFilePhotos) {
    std::string words;
    EXPECT_EQ(photo_caption_date("Rescuers search the rubble in Example City, December 13, 2017. REUTERS/Jane Doe", &words),
              (CivilDate{2017, 12, 13}));
    EXPECT_EQ(words, "December 13, 2017");
    EXPECT_FALSE(photo_caption_date("FILE PHOTO: The minister speaks in Example City, March 3, 2015. REUTERS/Jane Doe"));
    EXPECT_FALSE(photo_caption_date("Rescuers search the rubble (AFP photo)"));
}

TEST(PublicationDateRules, DatelineYearIsTheLatestTheTextAllows) {
    const DatelineDate dec14{0, 12, 14, 0, "Dec 14"};
    const auto day = [](int y, int m, int d) { return days_from_civil({y, m, d}); };
    TextDateBounds b;
    EXPECT_FALSE(dateline_year(dec14, b));  // no full date anywhere: nothing to go on
    b.full_days = {day(2017, 12, 8)};
    b.latest_year = 2017;
    EXPECT_EQ(dateline_year(dec14, b), 2017);
    // A date reported as past lies after 5 January 2017: the next year.
    b.full_days = {day(2017, 12, 20)};
    b.past_from = day(2017, 12, 20);
    EXPECT_EQ(dateline_year(DatelineDate{0, 1, 5, 0, "Jan 5"}, b), 2018);
    EXPECT_FALSE(dateline_year(dec14, b));  // 14 December 2018 is nowhere near a date it names
    // Only old dates named ("the attacks of September 11, 2001"): no year can be told.
    b = {};
    b.full_days = {day(2001, 9, 11)};
    b.past_from = day(2001, 9, 11);
    b.latest_year = 2001;
    EXPECT_FALSE(dateline_year(dec14, b));
    // A date reported as future before 14 December 2017: not 2017; the year before if near enough.
    b = {};
    b.full_days = {day(2017, 1, 10), day(2017, 11, 30)};
    b.future_to = day(2017, 1, 10);
    EXPECT_EQ(dateline_year(dec14, b), 2016);
    // The weekday named beside it must match: 14 December was a Thursday in 2017, a Friday in 2018.
    TextDateBounds w;
    w.full_days = {day(2017, 12, 10), day(2018, 12, 10)};
    const DatelineDate thursday{0, 12, 14, 4, "Thursday, Dec 14"};
    EXPECT_EQ(dateline_year(thursday, w), 2017);
    const DatelineDate friday{0, 12, 14, 5, "Friday, Dec 14"};
    EXPECT_EQ(dateline_year(friday, w), 2018);
    const DatelineDate monday{0, 12, 14, 1, "Monday, Dec 14"};
    EXPECT_FALSE(dateline_year(monday, w));  // 2015 would fit the weekday, but nothing near it is named
}

TEST(PublicationDateRules, DatelineYearByTheLeadsWeekday) {
    // "BRASILIA, Dec 13 (Reuters) - ... cut its rate ... on Wednesday", the text naming August 2023
    // but no full date: 13 December is a Wednesday in 2023 and in no other year to 2027.
    const DatelineDate dec13{0, 12, 13, 0, "Dec 13"};
    TextDateBounds b;
    b.latest_reported_year = 2023;
    b.lead_weekday = 3;
    EXPECT_EQ(dateline_year_by_lead_weekday(dec13, b), 2023);
    b.lead_weekday = 1;  // a Monday: 2027 is the only such year from 2023
    EXPECT_EQ(dateline_year_by_lead_weekday(dec13, b), 2027);
    b.lead_weekday = 5;  // a Friday: 2024 only
    EXPECT_EQ(dateline_year_by_lead_weekday(dec13, b), 2024);
    b.lead_weekday = 2;  // a Tuesday: none from 2023 to 2027 (2022 is before the year it reports)
    EXPECT_FALSE(dateline_year_by_lead_weekday(dec13, b));
    // No weekday in the lead, or no year reported: nothing to go on.
    b.lead_weekday = 0;
    EXPECT_FALSE(dateline_year_by_lead_weekday(dec13, b));
    b.lead_weekday = 3;
    b.latest_reported_year = 0;
    EXPECT_FALSE(dateline_year_by_lead_weekday(dec13, b));
    // Read from a text: the lead's weekday, and the latest year reported (not the "since" year).
    const TextDateBounds read = date_bounds_in_text(
        "Brazil's central bank cut its rate on Wednesday. The cycle began in August 2023. Inflation was the lowest since 2021.",
        [](uint32_t) { return true; }, [](uint32_t) { return false; });
    EXPECT_EQ(read.lead_weekday, 3);
    EXPECT_EQ(read.lead_weekday_words, "Wednesday");
    EXPECT_EQ(read.latest_reported_year, 2023);
    const TextDateBounds compared = date_bounds_in_text("The bank cut its rate on Wednesday, to the lowest since 2021.",
                                                        [](uint32_t) { return true; }, [](uint32_t) { return false; });
    EXPECT_EQ(compared.latest_reported_year, 0);
    // A weekday of a plan, or of a later sentence, is not the lead's.
    EXPECT_EQ(date_bounds_in_text("The bank will meet on Wednesday. It met in August 2023. Rates fell. Markets rose on Friday.",
                                  [](uint32_t) { return true; }, [](uint32_t) { return false; })
                  .lead_weekday,
              0);
}

TEST(PublicationDateArticles, WireDatelineWithoutAnyFullDateTakesTheYearOfItsLeadsWeekday) {
    Problems problems;
    const Article a = read_article("w", "w.txt",
                                   "Brazil central bank cuts rates\n\nBRASILIA, Dec 13 (Reuters) - Brazil's central bank cut its "
                                   "benchmark rate by 50 basis points on Wednesday.\nIts easing cycle began in August 2023.\n",
                                   nullptr, problems);
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(*a.published, (CivilDate{2023, 12, 13}));
    EXPECT_EQ(a.published_from, PublishedFrom::Inferred);
    EXPECT_NE(a.published_how.find("the lead's 'Wednesday'"), std::string::npos) << a.published_how;
}

TEST(PublicationDateRules, BoundsReadPastAndFutureClauses) {
    const std::string text =
        "The army launched the assault on December 8, 2017.\nElections will be held on May 6, 2018.\n"
        "The city fell in 2014.";
    const TextDateBounds b = date_bounds_in_text(text, [](uint32_t) { return true; }, [](uint32_t) { return false; });
    ASSERT_TRUE(b.past_from);
    EXPECT_EQ(civil_from_days(*b.past_from), (CivilDate{2017, 12, 8}));
    EXPECT_EQ(b.past_words, "December 8, 2017");
    ASSERT_TRUE(b.future_to);
    EXPECT_EQ(civil_from_days(*b.future_to), (CivilDate{2018, 5, 6}));
    EXPECT_EQ(b.latest_year, 2017);  // the future date does not count
    // Plans seen from the past and deadlines bound nothing.
    const TextDateBounds p = date_bounds_in_text(
        "The plant would be finished on June 1, 2019, he said in 2015.\nThe firm said it was to be sold by March 3, 2019.",
        [](uint32_t) { return true; }, [](uint32_t) { return false; });
    EXPECT_FALSE(p.past_from);
    EXPECT_TRUE(p.full_days.empty());
}

// ---------------------------------------------------------------------------------------------
// Whole articles (tests/core/publication_date_articles/, written for these tests)
// ---------------------------------------------------------------------------------------------

#include <fstream>
#include <sstream>

#include "timeline.h"

namespace {

std::string fixture(const std::string& name) {
    std::ifstream in(std::string(DATELINE_SOURCE_DIR) + "/tests/core/publication_date_articles/" + name, std::ios::binary);
    EXPECT_TRUE(in) << name;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

Article read_fixture(const std::string& name, const EditorialFacts* facts = nullptr, Problems* problems_out = nullptr) {
    Problems problems;
    Article a = read_article(name, name, fixture(name), facts, problems);
    if (problems_out) *problems_out = problems;
    return a;
}

// The timeline of one fixture: each event's start, and the "how" of its source.
struct Dated {
    std::string start, how;
};
std::vector<Dated> events_of(const std::string& name) {
    std::vector<ArticleInput> in(1);
    in[0].file = in[0].label = name;
    in[0].bytes = fixture(name);
    const Timeline t = build_timeline(std::move(in));
    std::vector<Dated> out;
    for (const Event& e : t.events) out.push_back({to_iso(civil_from_days(e.first_day)), source_timex(t, e.sources[0]).how});
    return out;
}

bool has_event_on(const std::vector<Dated>& events, const std::string& day) {
    for (const Dated& d : events)
        if (d.start == day) return true;
    return false;
}

}  // namespace

TEST(PublicationDateRules, AComparisonPointIsNoBound) {
    const auto all = [](uint32_t) { return true; };
    const auto none = [](uint32_t) { return false; };
    // Records and comparisons name old dates: they say nothing of how recent the story is.
    const TextDateBounds old = date_bounds_in_text(
        "The Hang Seng fell 5.5 percent, its biggest fall since the September 11, 2001, attacks.\n"
        "The index closed above its November 20, 2008 low.\nIt was the lowest close since October 9, 2002.",
        all, none);
    EXPECT_FALSE(old.past_from) << old.past_words;
    // The news beside a comparison still bounds publication.
    const TextDateBounds b = date_bounds_in_text(
        "The army took the town on December 8, 2017, its biggest gain since June 3, 2016.", all, none);
    ASSERT_TRUE(b.past_from);
    EXPECT_EQ(civil_from_days(*b.past_from), (CivilDate{2017, 12, 8}));
    // So a text that states no date and only compares gets no window, and its weekdays are not
    // put on the days after a date years old.
    Problems problems;
    const Article a = read_article("c", "c.txt",
                                   "Stocks plunge worldwide\n\nOn Monday the Hang Seng fell 5.5 percent, its biggest fall since "
                                   "the September 11, 2001, attacks.\n",
                                   nullptr, problems);
    EXPECT_FALSE(a.published_not_before.has_value());
}

TEST(PublicationDateArticles, WireDatelineWithoutAYearTakesTheLatestYearTheTextAllows) {
    Problems problems;
    const Article a = read_fixture("wire_dateline_no_year.txt", nullptr, &problems);
    ASSERT_EQ(problems.size(), 1u);  // the inference is said where problems are read, too
    EXPECT_NE(problems[0].message.find("no publication date stated; 2017-12-14 is inferred from the dateline 'Dec 14'"),
              std::string::npos) << problems[0].message;
    EXPECT_EQ(a.published, kDec14);
    EXPECT_EQ(a.published_from, PublishedFrom::Inferred);
    EXPECT_EQ(a.published_evidence, "Dec 14");
    EXPECT_NE(a.published_how.find("inferred from the dateline 'Dec 14'"), std::string::npos) << a.published_how;
    EXPECT_NE(a.published_how.find("2017"), std::string::npos);
    // "on Tuesday" is placed, and its "how" says the publication date was inferred.
    const std::vector<Dated> events = events_of("wire_dateline_no_year.txt");
    bool tuesday = false;
    for (const Dated& d : events)
        if (d.start == "2017-12-12") {
            tuesday = true;
            EXPECT_NE(d.how.find("inferred from the dateline"), std::string::npos) << d.how;
        }
    EXPECT_TRUE(tuesday);
}

TEST(PublicationDateArticles, DateLineWithoutAYearUnderTheHeadline) {
    // "December 14 at 8:15 PM" under the headline: the year is the latest the text allows (it
    // reports 2 December 2017 as past), inferred and said so; "on Tuesday" is counted from it.
    Problems problems;
    const Article a = read_fixture("date_line_without_year.txt", nullptr, &problems);
    EXPECT_EQ(a.published, kDec14);
    EXPECT_EQ(a.published_from, PublishedFrom::Inferred);
    EXPECT_NE(a.published_how.find("inferred from the date line under the headline 'December 14'"), std::string::npos)
        << a.published_how;
    ASSERT_EQ(problems.size(), 1u);
    const std::vector<Dated> events = events_of("date_line_without_year.txt");
    bool tuesday = false;
    for (const Dated& d : events)
        if (d.start == "2017-12-12") {
            tuesday = true;
            EXPECT_NE(d.how.find("inferred from the date line under the headline"), std::string::npos) << d.how;
        }
    EXPECT_TRUE(tuesday);
}

TEST(PublicationDateArticles, NumbersOnlyDateLineInTheOrderTheTextAllows) {
    // "04/07/2017": 4 July or 7 April. The text reports 19 June 2017 as past, so only 4 July is
    // allowed; inferred and said so, and "on Monday" is counted from it (3 July).
    const Article a = read_fixture("numbers_only_date_line.txt");
    EXPECT_EQ(a.published, (CivilDate{2017, 7, 4}));
    EXPECT_EQ(a.published_from, PublishedFrom::Inferred);
    EXPECT_NE(a.published_how.find("inferred from the date line '04/07/2017', read as Tuesday 4 July 2017"), std::string::npos)
        << a.published_how;
    const std::vector<Dated> events = events_of("numbers_only_date_line.txt");
    EXPECT_TRUE(has_event_on(events, "2017-07-03"));
    EXPECT_TRUE(has_event_on(events, "2017-06-19"));
    // The publication's date, not the update's after it; an update alone dates nothing.
    const auto published = [](const char* line) {
        Problems problems;
        return read_article("p", "p.txt",
                            std::string("Bridge reopens\n") + line + "\n\nEngineers reopened the bridge on Monday. The council had approved the repairs on June 19, 2017.\n",
                            nullptr, problems)
            .published;
    };
    EXPECT_EQ(published("Issued on: 04/07/2017 - 08:15 Modified: 05/07/2017 - 10:15"), (CivilDate{2017, 7, 4}));
    // With no full date in the text, its "on July 3" tells the order, whichever the site writes.
    for (const char* line : {"04/07/2017", "07/04/2017"}) {
        Problems problems;
        const Article b = read_article("b", "b.txt", std::string("Bridge reopens\n") + line +
                                                         "\n\nEngineers reopened the bridge on July 3, the council said.\n",
                                       nullptr, problems);
        EXPECT_EQ(b.published, (CivilDate{2017, 7, 4})) << line;
    }
    EXPECT_FALSE(published("Updated 04/07/2017 10:15"));
}

TEST(PublicationDateArticles, DatelineWithoutADateLeavesOnlyAWindow) {
    const Article a = read_fixture("ap_dateline_without_date.txt");
    EXPECT_FALSE(a.published);  // a window pins no day
    EXPECT_EQ(a.published_from, PublishedFrom::Inferred);
    EXPECT_EQ(a.published_not_before, (CivilDate{2017, 11, 30}));
    EXPECT_FALSE(a.published_not_after);
    EXPECT_NE(a.published_how.find("on or after Thursday 30 November 2017"), std::string::npos) << a.published_how;
    // The stated date is placed; "on Friday" is the first Friday on or after it (1 December), and
    // its how says that is inferred (core/window_weekdays.h).
    const std::vector<Dated> events = events_of("ap_dateline_without_date.txt");
    EXPECT_TRUE(has_event_on(events, "2017-11-30"));
    EXPECT_TRUE(has_event_on(events, "2017-12-01"));
    for (const Dated& d : events) {
        if (d.how.find("'Friday'") != std::string::npos) {
            EXPECT_NE(d.how.find("inferred"), std::string::npos) << d.how;
        }
    }
}

TEST(PublicationDateArticles, PublishedLineBeatsTheUpdateAbove) {
    const Article a = read_fixture("published_and_updated_lines.txt");
    EXPECT_EQ(a.published, kDec14);
    EXPECT_EQ(a.published_from, PublishedFrom::Text);
    EXPECT_EQ(a.title, "Port strike ends after three days of talks");
    EXPECT_TRUE(has_event_on(events_of("published_and_updated_lines.txt"), "2017-12-13"));  // "on Wednesday"
}

TEST(PublicationDateArticles, OnlyAnUpdateIsTakenAndSaidSo) {
    Problems problems;
    const Article a = read_article("u", "u.txt",
                                   "Port strike ends after three days\nUpdated: 14 December 2017 08:15 GMT\n\n"
                                   "Dock workers ended their strike on Wednesday, union leaders said.\n",
                                   nullptr, problems);
    EXPECT_EQ(a.published, kDec14);
    EXPECT_EQ(a.published_from, PublishedFrom::Text);
    EXPECT_NE(a.published_how.find("last update"), std::string::npos) << a.published_how;
}

TEST(PublicationDateArticles, DateLineUnderTheHeadline) {
    const Article a = read_fixture("date_under_headline.txt");
    EXPECT_EQ(a.published, (CivilDate{2017, 11, 8}));
    EXPECT_EQ(a.published_from, PublishedFrom::Text);
    EXPECT_EQ(a.title, "Council approves new tram line after long debate");
    EXPECT_TRUE(has_event_on(events_of("date_under_headline.txt"), "2017-11-07"));  // "on Tuesday"
}

TEST(PublicationDateArticles, LinkWrittenAboveTheHeadline) {
    const Article a = read_fixture("link_in_text.txt");
    EXPECT_EQ(a.published, (CivilDate{2018, 3, 9}));
    EXPECT_EQ(a.published_from, PublishedFrom::Text);
    EXPECT_NE(a.published_how.find("link"), std::string::npos);
    EXPECT_EQ(a.title, "Flood waters recede in the valley");
    EXPECT_TRUE(has_event_on(events_of("link_in_text.txt"), "2018-03-08"));  // "on Thursday"
}

TEST(PublicationDateArticles, LinkFromTheManifestWhenTheTextHasNoDate) {
    EditorialFacts facts;
    facts.url = "https://www.example.com/world/2017/12/14/flooding-cuts-roads";
    const Article a = read_fixture("ap_dateline_without_date.txt", &facts);
    EXPECT_EQ(a.published, kDec14);
    EXPECT_EQ(a.published_from, PublishedFrom::Text);
    // A link naming only the month bounds the window and gives the dateline its year.
    facts.url = "https://www.example.com/world/2017/12/flooding-cuts-roads";
    const Article b = read_fixture("wire_dateline_no_year.txt", &facts);
    EXPECT_EQ(b.published, kDec14);
    EXPECT_EQ(b.published_from, PublishedFrom::Text);
    const Article c = read_fixture("ap_dateline_without_date.txt", &facts);
    EXPECT_FALSE(c.published);
    EXPECT_EQ(c.published_not_before, (CivilDate{2017, 12, 1}));
    EXPECT_EQ(c.published_not_after, (CivilDate{2017, 12, 31}));
}

TEST(PublicationDateArticles, PhotoCaptionDateIsAnInferredDay) {
    const Article a = read_fixture("caption_date.txt");
    EXPECT_EQ(a.published, (CivilDate{2018, 3, 8}));
    EXPECT_EQ(a.published_from, PublishedFrom::Inferred);
    EXPECT_NE(a.published_how.find("photo caption"), std::string::npos);
    EXPECT_TRUE(has_event_on(events_of("caption_date.txt"), "2018-03-07"));  // "on Wednesday"
}

TEST(PublicationDateArticles, TextOpeningWithItsDatelineAndAWeekday) {
    Problems problems;
    const Article a = read_fixture("opens_with_dateline.txt", nullptr, &problems);
    EXPECT_EQ(a.published, kDec14);  // Thursday 14 December: 2017, the year of the date it reports
    EXPECT_EQ(a.published_from, PublishedFrom::Inferred);
    EXPECT_EQ(a.published_evidence, "Thursday, Dec 14");
    ASSERT_FALSE(a.lines.empty());
    EXPECT_EQ(a.lines[0].kind, ArticleLine::Kind::Body);  // the paragraph is not taken for a title
    EXPECT_TRUE(has_event_on(events_of("opens_with_dateline.txt"), "2017-12-13"));  // "on Wednesday"
}

TEST(PublicationDateArticles, AGivenDateOverridesTheTextAndADisagreementIsNoted) {
    EditorialFacts facts;
    facts.published = CivilDate{2017, 12, 15};  // sources.json, or the reader's answer
    Problems problems;
    const Article a = read_fixture("published_and_updated_lines.txt", &facts, &problems);
    EXPECT_EQ(a.published, (CivilDate{2017, 12, 15}));
    EXPECT_EQ(a.published_from, PublishedFrom::Sources);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].message.find("the text is dated 2017-12-14 but sources.json says 2017-12-15"), std::string::npos);
    // The date asked of the reader overrides too, and is named as theirs.
    problems.clear();
    facts.published_by = "the reader";
    const Article r = read_fixture("published_and_updated_lines.txt", &facts, &problems);
    EXPECT_EQ(r.published, (CivilDate{2017, 12, 15}));
    EXPECT_EQ(r.published_how, "publication date from the reader");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].message.find("but the reader says 2017-12-15; the reader is used"), std::string::npos);
    facts.published_by.clear();
    // An inferred date is not "what the text says": no note against it.
    problems.clear();
    facts.published = CivilDate{2017, 12, 15};
    read_fixture("wire_dateline_no_year.txt", &facts, &problems);
    EXPECT_TRUE(problems.empty());
}

TEST(PublicationDateArticles, NumbersOnlyDateLineIsADateNotPageFurniture) {
    Problems problems;
    const Article a = read_article("n", "n.txt", "Port strike ends after three days\n\n17/12/2013\n\nThe strike ended on Monday.\n",
                                   nullptr, problems);
    ASSERT_GE(a.lines.size(), 3u);
    EXPECT_EQ(a.lines[2].kind, ArticleLine::Kind::DateLine);
    EXPECT_EQ(a.published, (CivilDate{2013, 12, 17}));
    const Article b = read_article("m", "m.txt", "Port strike ends after three days\n\n10/12/2013\n\nThe strike ended on Monday.\n",
                                   nullptr, problems);
    EXPECT_FALSE(b.published);  // 10 December or 12 October: not guessed
}

TEST(PublicationDateArticles, DateLineAfterASummaryThatEndsInAFullStop) {
    Problems problems;
    const Article a = read_article("s", "s.txt",
                                   "Port strike ends after three days\n\nDock workers return after a pay deal.\n\n"
                                   "By Jane Okafor\n14 December 2017\n\nThe strike ended on Wednesday, the union said.\n",
                                   nullptr, problems);
    EXPECT_EQ(a.published, kDec14);
    EXPECT_EQ(a.published_from, PublishedFrom::Text);
    // A date deep in the text is no header: the article stays undated (a window at most).
    const Article b = read_article("t", "t.txt",
                                   "Port strike ends after three days\n\nDock workers return after a pay deal.\n\n"
                                   "The union said the strike ended on Wednesday.\n\n14 December 2017\n",
                                   nullptr, problems);
    EXPECT_FALSE(b.published);
}

TEST(PublicationDateArticles, DatelinesWithAnAgencyCredit) {
    const auto dateline_of = [](const std::string& paragraph) {
        Problems problems;
        const Article a = read_article("d", "d.txt", "A title for this story\n\n" + paragraph + "\n", nullptr, problems);
        return a.text.clean.substr(a.dateline_start, a.dateline_end - a.dateline_start);
    };
    EXPECT_EQ(dateline_of("Beirut, Dec 14 (AFP) - Syrian forces took the town on Tuesday, a monitor said."), "Beirut, Dec 14 (AFP) - ");
    EXPECT_EQ(dateline_of("Washington (CNN)President Smith signed the bill on Tuesday."), "Washington (CNN)");
    EXPECT_EQ(dateline_of("BEIRUT (Reuters) - Syrian forces took the town on Tuesday."), "BEIRUT (Reuters) - ");
    EXPECT_EQ(dateline_of("WASHINGTON, Dec. 14, 2017 (Reuters) - The Senate voted on Thursday."),
              "WASHINGTON, Dec. 14, 2017 (Reuters) - ");
    // Not datelines: a party in parentheses, a dash in a sentence that opens with a name.
    EXPECT_EQ(dateline_of("Smith (Labour) said on Tuesday that the plan would fail."), "");
    EXPECT_EQ(dateline_of("Johnson - the minister - said on Tuesday it would fail."), "");
    // Nor a name with its acronym in parentheses: no dash, and no new sentence after it.
    EXPECT_EQ(dateline_of("European Aeronautic Defence and Space NV (EADS), the parent company of Airbus, has won a contract."), "");
    EXPECT_EQ(dateline_of("General Motors (GM) said on Wednesday that its sales fell."), "");
    // A yearful dateline with a credit is a stated date.
    Problems problems;
    const Article a = read_article("w", "w.txt", "Senate passes the bill\n\nWASHINGTON, Dec. 14, 2017 (Reuters) - The Senate voted on Thursday.\n",
                                   nullptr, problems);
    EXPECT_EQ(a.published, kDec14);
    EXPECT_EQ(a.published_from, PublishedFrom::Text);
}

// Agencies write a US state's or a province's abbreviation after the city; its full stop ends no
// sentence, so the dateline goes on to its date or credit.
TEST(PublicationDateArticles, DatelinesWithARegionAbbreviation) {
    const auto read = [](const std::string& paragraph) {
        Problems problems;
        return read_article("d", "d.txt", "A title for this story\n\n" + paragraph + "\n", nullptr, problems);
    };
    const auto dateline_of = [](const Article& a) { return a.text.clean.substr(a.dateline_start, a.dateline_end - a.dateline_start); };
    const Article ap = read("PORTVILLE, Fla. (AP) \xE2\x80\x94 Officials said on Wednesday that the ferry line had opened.");
    EXPECT_EQ(dateline_of(ap), "PORTVILLE, Fla. (AP) \xE2\x80\x94 ");
    const Article dated = read("PORTVILLE, Fla., Dec. 14, 2017 -- Officials said on Wednesday that the ferry line had opened.");
    EXPECT_EQ(dated.published, kDec14);
    EXPECT_EQ(dated.published_from, PublishedFrom::Text);
    const Article province = read("LONDON, Ont., Dec. 14, 2017 (CP) - Officials said on Wednesday that the ferry line had opened.");
    EXPECT_EQ(province.published, kDec14);
    // Only right after the place's comma: a sentence that ends on such a word is no dateline.
    EXPECT_EQ(dateline_of(read("Officials in Portville said the ferry would stop in Fla. Then the mayor spoke - briefly.")), "");
}

// Some papers end the dateline with a colon; it dates the story when it gives a date.
TEST(PublicationDateArticles, DatelinesEndingInAColon) {
    const auto read = [](const std::string& paragraph) {
        Problems problems;
        return read_article("d", "d.txt", "A title for this story\n\n" + paragraph + "\n", nullptr, problems);
    };
    const auto dateline_of = [](const Article& a) { return a.text.clean.substr(a.dateline_start, a.dateline_end - a.dateline_start); };
    const Article a = read("ISLAMABAD, Dec 14: Officials said on Wednesday that the ferry line had opened after a vote on Dec. 1, 2017.");
    EXPECT_EQ(dateline_of(a), "ISLAMABAD, Dec 14: ");
    EXPECT_EQ(a.published, kDec14);  // the year the text allows
    EXPECT_EQ(a.published_from, PublishedFrom::Inferred);
    const Article y = read("NEW DELHI, December 14, 2017: Officials said on Wednesday that the ferry line had opened.");
    EXPECT_EQ(y.published, kDec14);
    EXPECT_EQ(y.published_from, PublishedFrom::Text);
    // No date before the colon: a label, not a dateline.
    EXPECT_EQ(dateline_of(read("UPDATE: Officials said on Wednesday that the ferry line had opened.")), "");
}
