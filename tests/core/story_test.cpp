// The story file (core/story.h): its settings, what a bad file gets, lanes by each rule, and the
// opening view of stories of any size and length.
#include "story.h"

#include <gtest/gtest.h>

namespace dateline {
namespace {

Story parse(std::string_view json, Problems& problems) { return parse_story(json, "story.json", problems); }

bool mentions(const Problems& problems, std::string_view words, Problem::Severity severity) {
    for (const Problem& p : problems)
        if (p.input == "story.json" && p.message.find(words) != std::string::npos && p.severity == severity) return true;
    return false;
}

TEST(StoryFile, ReadsEverySetting) {
    Problems problems;
    const Story s = parse(R"({"version": 1, "title": "Floods", "description": "The river rose.", "credit": "Local papers",
                              "view": {"from": "2021-03-01", "to": "2021-04-30"}, "lanes": {"by": "actor", "most": 2}})",
                          problems);
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(s.title, "Floods");
    EXPECT_EQ(s.description, "The river rose.");
    EXPECT_EQ(s.credit, "Local papers");
    ASSERT_TRUE(s.view_from && s.view_to);
    EXPECT_EQ(to_iso(*s.view_from), "2021-03-01");
    EXPECT_EQ(to_iso(*s.view_to), "2021-04-30");
    EXPECT_EQ(s.lanes.by, LaneRule::Actor);
    EXPECT_EQ(s.lanes.most, 2u);
}

TEST(StoryFile, MissingSettingsTakeTheirDefaults) {
    Problems problems;
    const Story s = parse(R"({"version": 1})", problems);
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(s.title, "");
    EXPECT_FALSE(s.view_from);
    EXPECT_EQ(s.lanes.by, LaneRule::Country);
    EXPECT_EQ(s.lanes.most, 4u);
}

TEST(StoryFile, NotJsonNamesTheFileAndWhere) {
    Problems problems;
    const Story s = parse("{\"version\": 1,\n \"title\": \"Floods\",\n}", problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].input, "story.json");
    EXPECT_EQ(problems[0].severity, Problem::Severity::Skipped);
    EXPECT_NE(problems[0].message.find("not valid JSON"), std::string::npos) << problems[0].message;
    EXPECT_NE(problems[0].message.find("line 3"), std::string::npos) << problems[0].message;
    EXPECT_NE(problems[0].message.find("defaults"), std::string::npos) << problems[0].message;
    EXPECT_EQ(s.title, "") << "nothing of a broken file is used";
}

TEST(StoryFile, AnotherVersionOrShapeIsNotRead) {
    Problems problems;
    EXPECT_EQ(parse(R"({"version": 2, "title": "Floods"})", problems).title, "");
    EXPECT_TRUE(mentions(problems, "\"version\": 2", Problem::Severity::Skipped));
    problems.clear();
    parse(R"(["a story?"])", problems);
    EXPECT_TRUE(mentions(problems, "not a JSON object", Problem::Severity::Skipped));
    problems.clear();
    parse(std::string(kLargestStoryBytes + 1, ' '), problems);
    EXPECT_TRUE(mentions(problems, "KB", Problem::Severity::Skipped));
}

TEST(StoryFile, EachBadSettingIsNamedAndTheRestKept) {
    Problems problems;
    const Story s = parse(R"({"title": 7, "description": "Kept", "view": {"from": "2021-02-30", "to": "2021-04-01"},
                              "lanes": {"by": "continent", "most": 40}, "colour": "red"})",
                          problems);
    EXPECT_EQ(s.description, "Kept");
    EXPECT_EQ(s.title, "");
    EXPECT_FALSE(s.view_from);
    EXPECT_EQ(s.lanes.by, LaneRule::Country);
    EXPECT_EQ(s.lanes.most, 4u);
    EXPECT_TRUE(mentions(problems, "no \"version\"", Problem::Severity::Note));
    EXPECT_TRUE(mentions(problems, "\"title\" is not text", Problem::Severity::Note));
    EXPECT_TRUE(mentions(problems, "2021-02-30", Problem::Severity::Note));
    EXPECT_TRUE(mentions(problems, "continent", Problem::Severity::Note));
    EXPECT_TRUE(mentions(problems, "\"most\"", Problem::Severity::Note));
    EXPECT_TRUE(mentions(problems, "\"colour\" is not a story setting", Problem::Severity::Note));
    problems.clear();
    // Deeply nested values are named, not dumped whole.
    parse("{\"version\": " + std::string(20000, '[') + std::string(20000, ']') + "}", problems);
    EXPECT_TRUE(mentions(problems, "has \"version\": a list", Problem::Severity::Skipped));
    problems.clear();
    EXPECT_FALSE(parse(R"({"version": 1, "view": {"from": "2021-04-01", "to": "2021-03-01"}})", problems).view_from);
    EXPECT_TRUE(mentions(problems, "ends (2021-03-01) before it starts", Problem::Severity::Note));
}

TEST(StoryFile, TheBundledStoryFileIsClean) {
    std::FILE* f = std::fopen((std::string(DATELINE_SOURCE_DIR) + "/assets/articles/story.json").c_str(), "rb");
    ASSERT_NE(f, nullptr);
    std::string text;
    char buffer[4096];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;) text.append(buffer, n);
    std::fclose(f);
    Problems problems;
    const Story s = parse(text, problems);
    EXPECT_TRUE(problems.empty()) << problems.front().message;
    EXPECT_FALSE(s.title.empty());
    EXPECT_TRUE(s.view_from && s.view_to);
}

// --- Lanes ---------------------------------------------------------------------------------------

// A small world: three countries with a city each, a fourth with none, and three actors.
const Gazetteer& world() {
    static const Gazetteer g(
        "Avalon ; Avalon ; country ; -\nAvtown ; Avalon ; city ; -\nBorduria ; Borduria ; country ; -\n"
        "Bortown ; Borduria ; city ; -\nCarpania ; Carpania ; country ; -\nDorland ; Dorland ; country ; -\n"
        "Great River ; - ; river ; -\n",
        "Red Army ; armed group\nBlue Party ; government\nGreen Aid ; organisation\n");
    return g;
}

Event event_at(std::vector<std::string_view> places, std::vector<std::string_view> actors = {}) {
    Event e;
    for (std::string_view p : places) e.places.push_back(static_cast<uint32_t>(world().place_index(p)));
    for (std::string_view a : actors)
        for (size_t i = 0; i < world().actors().size(); ++i)
            if (world().actors()[i].name == a) e.actors.push_back(static_cast<uint32_t>(i));
    return e;
}

std::vector<std::string> names(const Lanes& lanes) {
    std::vector<std::string> out;
    for (const auto& l : lanes.lanes) out.push_back(l.name);
    return out;
}

TEST(Lanes, ByCountryTheBusiestFirstThenSeveralThenTheRest) {
    std::vector<Event> events;
    for (int i = 0; i < 3; ++i) events.push_back(event_at({"Avtown"}));         // Avalon
    for (int i = 0; i < 12; ++i) events.push_back(event_at({"Bortown"}));       // Borduria, the busiest
    events.push_back(event_at({"Avtown", "Dorland"}));                          // Avalon: its one country with a lane
    events.push_back(event_at({"Avalon", "Bortown"}));                          // two countries with lanes
    events.push_back(event_at({"Carpania", "Dorland"}));                        // two countries, neither with a lane
    events.push_back(event_at({"Carpania"}));                                   // one country without a lane
    events.push_back(event_at({}));                                             // no place
    events.push_back(event_at({"Great River"}));                                // a place in no one country
    const Lanes lanes = lanes_by_country(events, world(), 4);
    EXPECT_EQ(names(lanes), (std::vector<std::string>{"Borduria", "Avalon", "Several countries", "Elsewhere"}));
    // 21 events: a lane takes 3 (a tenth, rounded up), so Carpania and Dorland (2 each) have none.
    std::vector<int> expected = {1, 1, 1};
    expected.insert(expected.end(), 12, 0);
    expected.insert(expected.end(), {1, 2, 2, 3, 3, 3});
    EXPECT_EQ(lanes.of_event, expected);
    EXPECT_EQ(lanes.lanes[0].events, 12u);
    EXPECT_EQ(lanes.lanes[1].events, 4u);
    EXPECT_EQ(lanes.lanes[2].kind, Lanes::Kind::Several);
    EXPECT_EQ(lanes.lanes[3].kind, Lanes::Kind::Rest);
}

TEST(Lanes, ACountryNeedsEnoughEventsAndLanesAreBounded) {
    std::vector<Event> events;
    for (int i = 0; i < 20; ++i) events.push_back(event_at({"Avtown"}));
    for (int i = 0; i < 2; ++i) events.push_back(event_at({"Bortown"}));  // 2 of 25: under a tenth
    for (int i = 0; i < 3; ++i) events.push_back(event_at({"Carpania"}));  // 3 of 25: a tenth or more
    EXPECT_EQ(names(lanes_by_country(events, world(), 4)), (std::vector<std::string>{"Avalon", "Carpania", "Elsewhere"}));
    EXPECT_EQ(names(lanes_by_country(events, world(), 1)), (std::vector<std::string>{"Avalon", "Elsewhere"}));
    // One event alone is no lane of its own (kLeastLaneEvents), even as all of a story.
    EXPECT_EQ(names(lanes_by_country({event_at({"Avtown"})}, world(), 4)), (std::vector<std::string>{"Elsewhere"}));
    EXPECT_TRUE(lanes_by_country({}, world(), 4).lanes.empty());
}

TEST(Lanes, ByActor) {
    std::vector<Event> events;
    for (int i = 0; i < 3; ++i) events.push_back(event_at({"Avtown"}, {"Red Army"}));
    for (int i = 0; i < 2; ++i) events.push_back(event_at({"Bortown"}, {"Blue Party"}));
    events.push_back(event_at({}, {"Red Army", "Blue Party"}));
    events.push_back(event_at({"Avtown"}));
    const Lanes lanes = lanes_by_actor(events, world(), 4);
    EXPECT_EQ(names(lanes), (std::vector<std::string>{"Red Army", "Blue Party", "Several actors", "Other actors or none"}));
    EXPECT_EQ(lanes.of_event, (std::vector<int>{0, 0, 0, 1, 1, 2, 3}));
}

TEST(Lanes, SingleAndTheRuleOfTheSettings) {
    const std::vector<Event> events = {event_at({"Avtown"}, {"Red Army"}), event_at({"Bortown"}), event_at({"Avtown"})};
    const Lanes one = single_lane(events);
    EXPECT_EQ(names(one), (std::vector<std::string>{"All events"}));
    EXPECT_EQ(one.of_event, (std::vector<int>{0, 0, 0}));
    EXPECT_EQ(names(lanes_of(events, world(), {LaneRule::Single, 4})), names(one));
    EXPECT_EQ(names(lanes_of(events, world(), {LaneRule::Country, 4})), names(lanes_by_country(events, world(), 4)));
    EXPECT_EQ(names(lanes_of(events, world(), {LaneRule::Actor, 4})), names(lanes_by_actor(events, world(), 4)));
}

// --- The opening view ----------------------------------------------------------------------------

Event on(int64_t first, int64_t last) {
    Event e;
    e.first_day = first;
    e.last_day = last;
    return e;
}

TEST(OpeningView, OneEventSitsInAMonthAroundIt) {
    const int64_t day = days_from_civil({2021, 3, 10});
    const auto v = default_view({on(day, day)});
    ASSERT_TRUE(v);
    EXPECT_EQ(v->last - v->first + 1, kLeastViewDays);
    EXPECT_LT(v->first, day);
    EXPECT_GT(v->last, day);
    EXPECT_FALSE(default_view({}));
}

TEST(OpeningView, TenThousandEventsShowTheirMiddleNotAStrayYearsAway) {
    std::vector<Event> events;
    const int64_t start = days_from_civil({2017, 1, 1});
    for (int64_t i = 0; i < 10000; ++i) events.push_back(on(start + i * 730 / 10000, start + i * 730 / 10000));
    events.push_back(on(days_from_civil({1990, 5, 1}), days_from_civil({1990, 5, 1})));  // a background mention
    const auto v = default_view(events);
    ASSERT_TRUE(v);
    EXPECT_GT(v->first, days_from_civil({2016, 6, 1}));
    EXPECT_LT(v->first, start + 73);  // the first tenth of the two years is on screen
    EXPECT_GT(v->last, start + 730 - 73);
    EXPECT_LT(v->last, days_from_civil({2019, 6, 1}));
}

TEST(OpeningView, TwoHundredYearsAreShownWhole) {
    std::vector<Event> events;
    for (int year = 1820; year <= 2020; year += 2) events.push_back(on(days_from_civil({year, 6, 1}), days_from_civil({year, 6, 1})));
    const auto v = default_view(events);
    ASSERT_TRUE(v);
    EXPECT_LT(v->first, days_from_civil({1835, 1, 1}));
    EXPECT_GT(v->last, days_from_civil({2005, 1, 1}));
}

TEST(OpeningView, TheStoryFileHasTheLastWord) {
    Story s;
    s.view_from = CivilDate{2017, 6, 1};
    s.view_to = CivilDate{2019, 3, 31};
    const auto v = opening_view(s, {on(0, 0)});
    ASSERT_TRUE(v);
    EXPECT_EQ(v->first, days_from_civil({2017, 6, 1}));
    EXPECT_EQ(v->last, days_from_civil({2019, 3, 31}));
    EXPECT_EQ(opening_view(Story{}, {on(0, 0)})->first, default_view({on(0, 0)})->first);
}

}  // namespace
}  // namespace dateline
