// The app's model without a browser: commands on the bundled articles, and what the model asks
// of the page (recorded by a fake host).
#include "app_model.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "calendar.h"
#include "bundled_story.h"
#include "recording_host.h"

namespace dateline {
namespace {


class AppModelTest : public ::testing::Test {
protected:
    void SetUp() override {
        open_bundled_story(model);
    }
    nlohmann::json state() const { return nlohmann::json::parse(model.state_json(ScreenFacts{}, FrameFacts{})); }
    void rest() {  // the reader pauses: the URL follows
        for (int i = 0; i < 10; ++i) model.tick(0.05);
    }
    RecordingHost host;
    AppModel model{host};
};

TEST_F(AppModelTest, LoadsTheBundledArticlesAndSelectsAnEvent) {
    ASSERT_TRUE(model.ready());
    EXPECT_GT(model.timeline().events.size(), 10u);
    EXPECT_EQ(model.boxes().size(), model.timeline().events.size());
    ASSERT_GE(model.selected(), 0);
    EXPECT_EQ(model.shown().size(), model.timeline().events.size());  // no filter: every event
    const auto s = state();
    EXPECT_EQ(s["ready"], true);
    EXPECT_EQ(s["selected"], model.timeline().events[model.selected()].id);
    EXPECT_TRUE(host.hashes.empty()) << "the opening state is not written to the URL";
}

TEST_F(AppModelTest, GoToAnEventOrADate) {
    const Event& last = model.timeline().events.back();
    ASSERT_TRUE(model.go_to(last.id));
    EXPECT_EQ(model.selected(), static_cast<int>(model.timeline().events.size()) - 1);
    EXPECT_EQ(std::floor(model.playhead()), static_cast<double>(last.first_day));
    EXPECT_TRUE(model.view().gliding()) << "the view follows an event off screen";

    const Event& first = model.timeline().events.front();
    ASSERT_TRUE(model.go_to(to_iso(civil_from_days(first.first_day))));
    EXPECT_EQ(model.timeline().events[model.selected()].first_day, first.first_day);
    EXPECT_FALSE(model.go_to("no such event"));
    EXPECT_FALSE(model.go_to("2017-02-30"));
}

TEST_F(AppModelTest, TheUrlFollowsTheReaderOnceTheyRest) {
    const Event& e = model.timeline().events[3];
    model.select(3, true);
    model.tick(0.01);
    EXPECT_TRUE(host.hashes.empty()) << "not at every move";
    rest();
    ASSERT_FALSE(host.hashes.empty());
    EXPECT_NE(host.hashes.back().find("event=" + e.id), std::string::npos) << host.hashes.back();
    EXPECT_NE(host.hashes.back().find("t=" + to_iso(civil_from_days(e.first_day))), std::string::npos);
}

TEST_F(AppModelTest, ALinkSelectsItsEventAndSaysWhatItCouldNotRead) {
    const Event& e = model.timeline().events[5];
    model.apply_url_hash("#event=" + e.id + "&view=2015-01-01..2015-12-31&colour=red");
    EXPECT_EQ(model.selected(), 5);
    EXPECT_EQ(to_iso(civil_from_days(static_cast<int64_t>(model.view().from()))), "2015-01-01");
    const auto s = state();
    ASSERT_EQ(s["notices"].size(), 1u);
    EXPECT_NE(s["notices"][0].get<std::string>().find("colour"), std::string::npos);
    model.apply_url_hash("#event=nothing-like-it");
    EXPECT_EQ(model.selected(), 5) << "an unknown event leaves the selection";
    EXPECT_EQ(state()["notices"].size(), 2u);
}

TEST_F(AppModelTest, StepsGoThroughTheEventsTheFilterShows) {
    // A word of one event's headline: every event shown matches it, and steps stay among them.
    const std::string& title = model.timeline().events[7].title;
    const std::string word = title.substr(0, title.find(' '));
    model.set_filter(word);
    model.tick(0);
    ASSERT_FALSE(model.shown().empty());
    ASSERT_LT(model.shown().size(), model.timeline().events.size()) << "pick a word not in every event: " << word;
    for (int e : model.shown()) EXPECT_TRUE(event_matches(model.timeline(), model.timeline().events[e], word));
    model.first_shown();
    EXPECT_EQ(model.selected(), model.shown().front());
    for (size_t i = 1; i < model.shown().size(); ++i) {
        model.step(+1);
        EXPECT_EQ(model.selected(), model.shown()[i]);
    }
    model.step(+1);
    EXPECT_EQ(model.selected(), model.shown().back()) << "no step past the last";
    model.step(-1);
    if (model.shown().size() > 1) {
        EXPECT_EQ(model.selected(), model.shown()[model.shown().size() - 2]);
    }
}

TEST_F(AppModelTest, TheFilterAppliesAtOnceNotAtTheNextFrame) {
    // A host (embed API) or the page may read state() straight after setting the filter: what it
    // says is shown must already be the filter's events, with no frame (tick) in between.
    model.tick(0);
    const std::string& title = model.timeline().events[7].title;
    const std::string word = title.substr(0, title.find(' '));
    model.set_filter(word);
    ASSERT_FALSE(model.shown().empty());
    EXPECT_LT(model.shown().size(), model.timeline().events.size()) << "pick a word not in every event: " << word;
    EXPECT_EQ(state()["shown"], model.shown().size());
}

TEST_F(AppModelTest, PlayStepsThroughTheEventsAndStopsAtTheEnd) {
    model.select(0, true);
    model.toggle_play();
    ASSERT_TRUE(model.playing());
    model.tick(1.0);
    EXPECT_EQ(model.selected(), 0) << "a headline gets time to be read";
    model.tick(1.3);
    EXPECT_EQ(model.selected(), 1);
    const int last = static_cast<int>(model.timeline().events.size()) - 1;
    model.select(last, true);
    model.tick(2.3);
    EXPECT_FALSE(model.playing());
    model.toggle_play();
    EXPECT_EQ(model.selected(), 0) << "Play at the end starts again";
}

TEST_F(AppModelTest, FitAllShowsEveryEvent) {
    model.fit_all();
    for (int i = 0; i < 200 && model.view().gliding(); ++i) model.tick(0.05);
    EXPECT_LE(model.view().from(), static_cast<double>(model.timeline().events.front().first_day));
    for (const Event& e : model.timeline().events) EXPECT_GE(model.view().to(), static_cast<double>(e.last_day + 1));
}

TEST_F(AppModelTest, ZoomKeepsTheDayUnderThePointer) {
    const double day = model.view().day_at(250);
    const double span = model.view().span();
    model.zoom_at(2.0f, 250, false);
    EXPECT_NEAR(model.view().day_at(250), day, 1e-6);
    EXPECT_NEAR(model.view().span(), span / 2, 1e-6);
}

TEST_F(AppModelTest, CitationsAndLinksGoThroughTheHost) {
    model.copy_citation(model.selected(), 0);
    ASSERT_EQ(host.copied.size(), 1u);
    EXPECT_EQ(host.copied[0], citation(model.timeline(), model.timeline().events[model.selected()], 0));
    model.copy_citation(-1, 0);
    model.copy_citation(model.selected(), 99);
    EXPECT_EQ(host.copied.size(), 1u) << "no citation of nothing";
    model.open_article(model.selected(), 0);
    EXPECT_EQ(model.article_event(), model.selected());
    EXPECT_TRUE(state()["articleOpen"]);
    model.close_article();
    EXPECT_FALSE(state()["articleOpen"]);
}

TEST_F(AppModelTest, AddedArticlesJoinTheTimelineAndCanBeRemoved) {
    const size_t bundled_articles = model.timeline().articles.size();
    const size_t bundled_events = model.timeline().events.size();
    const std::string article =
        "Floods close the river road\n\nBy a reporter, 12 March 2021\n\n"
        "The river road was closed on Wednesday after the floods. It reopened on 20 March 2021.\n";
    ASSERT_TRUE(model.add_file("floods.txt", article, 0, 7));
    model.file_unreadable("gone.txt", "could not be read (NotFoundError)");
    model.files_added(false);
    EXPECT_TRUE(model.reading());
    for (int i = 0; i < 1000 && model.reading(); ++i) model.tick(0.016);
    ASSERT_FALSE(model.reading());
    EXPECT_EQ(model.timeline().articles.size(), bundled_articles + 1);
    EXPECT_GT(model.timeline().events.size(), bundled_events);
    EXPECT_TRUE(model.is_added(static_cast<uint32_t>(bundled_articles)));
    EXPECT_TRUE(model.added_panel_open()) << "what came of the files is shown";
    const auto s = state();
    EXPECT_EQ(s["added"]["files"], 1);
    EXPECT_EQ(s["added"]["articles"], 1);
    bool gone_named = false;
    for (const auto& p : s["added"]["problems"]) gone_named |= p["file"] == "gone.txt" && p["skipped"] == true;
    EXPECT_TRUE(gone_named) << s["added"]["problems"].dump();

    model.remove_added(0);
    EXPECT_EQ(host.forgotten, std::vector<double>{7});
    for (int i = 0; i < 1000 && model.reading(); ++i) model.tick(0.016);
    EXPECT_EQ(model.timeline().articles.size(), bundled_articles);
    EXPECT_EQ(model.timeline().events.size(), bundled_events);
}

TEST_F(AppModelTest, AddedFilesAreBounded) {
    for (size_t i = 0; i < AppModel::kMostAddedFiles; ++i) ASSERT_TRUE(model.add_file("a" + std::to_string(i) + ".txt", "x", 0, 0));
    EXPECT_FALSE(model.add_file("one-too-many.txt", "x", 0, 0));
    RecordingHost other_host;
    AppModel other(other_host);
    std::string big(AppModel::kMostAddedBytes - 10, 'x');
    EXPECT_TRUE(other.add_file("big.txt", std::move(big), 0, 0));
    EXPECT_FALSE(other.add_file("past-the-bytes.txt", std::string(11, 'x'), 0, 0));
    EXPECT_TRUE(other.add_file("within.txt", std::string(10, 'x'), 0, 0));
}

}  // namespace
}  // namespace dateline

namespace dateline {
namespace {

// A folder of its own: one article, and a story file if given.
std::string folder_with(const std::string& name, const std::string& story_json) {
    const std::string dir = ::testing::TempDir() + "/dateline-app-" + name + "-" + std::to_string(::getpid());
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    std::ofstream(dir + "/floods.txt") << "Floods close the river road\n\nBy a reporter, 12 March 2021\n\n"
                                          "The river road was closed on Wednesday after the floods. It reopened on 20 March 2021.\n";
    if (!story_json.empty()) std::ofstream(dir + "/story.json") << story_json;
    return dir;
}

TEST_F(AppModelTest, TheMapsPlacesAreTheEventsAndAPlaceFiltersThem) {
    const auto& places = model.map_places();
    ASSERT_GE(places.size(), 3u) << "the bundled events name several places with coordinates";
    // Each place's count is the events naming it (counted here from the events themselves).
    for (const MapPlace& m : places) {
        size_t naming = 0;
        for (const Event& e : model.timeline().events)
            naming += std::find(e.places.begin(), e.places.end(), m.place) != e.places.end();
        EXPECT_EQ(m.events, naming) << m.name;
    }
    auto s = state();
    ASSERT_EQ(s["places"].size(), places.size());
    EXPECT_EQ(s["places"][0]["name"], places[0].name);
    EXPECT_EQ(s["places"][0]["events"], places[0].events);
    EXPECT_TRUE(s["placeFilter"].is_null());

    // A place with fewer events than the story: only its events are shown, and steps stay there.
    const MapPlace& few = places.back();
    ASSERT_LT(few.events, model.timeline().events.size());
    model.set_place_filter(static_cast<int>(few.place));
    model.tick(0);
    EXPECT_EQ(model.shown().size(), few.events);
    for (int e : model.shown()) EXPECT_TRUE(event_names_place(model.timeline().events[e], static_cast<int>(few.place)));
    s = state();
    EXPECT_EQ(s["placeFilter"], few.name);
    EXPECT_EQ(s["shown"], few.events);
    // With the text filter too: both must hold.
    model.set_filter("zzzz-no-such-word");
    model.tick(0);
    EXPECT_TRUE(model.shown().empty());
    model.set_filter("");
    // Cleared: every event again. A place no event names is refused.
    model.set_place_filter(-1);
    model.tick(0);
    EXPECT_EQ(model.shown().size(), model.timeline().events.size());
    model.set_place_filter(1 << 30);
    model.tick(0);
    EXPECT_EQ(model.place_filter(), -1);
    EXPECT_EQ(model.shown().size(), model.timeline().events.size());
}

TEST_F(AppModelTest, ThePlaceFilterLivesInTheUrlAndComesBackOnLoad) {
    const MapPlace& few = model.map_places().back();
    model.set_place_filter(static_cast<int>(few.place));
    rest();
    ASSERT_FALSE(host.hashes.empty()) << "the URL follows the place filter";
    const std::string link = host.hashes.back();
    EXPECT_EQ(parse_url_state(link).place, few.name) << link;

    // A fresh page with that link shows the same place's events.
    RecordingHost other_host;
    AppModel other(other_host);
    other.load_articles(kBundledArticles);
    other.apply_url_hash(link);
    other.tick(0);
    EXPECT_EQ(other.place_filter(), static_cast<int>(few.place));
    EXPECT_EQ(other.shown(), model.shown());

    // Cleared (the chip): the URL drops it.
    model.set_place_filter(-1);
    rest();
    EXPECT_FALSE(parse_url_state(host.hashes.back()).place) << host.hashes.back();

    // A name no place of the story has, or one that is not text: a notice, and every place shown.
    other.apply_url_hash("#place=Nowhere%20at%20all");
    EXPECT_EQ(other.place_filter(), static_cast<int>(few.place)) << "a link's unknown place changes nothing";
    EXPECT_NE(other.toast().find("no place \"Nowhere at all\""), std::string::npos) << other.toast();
    RecordingHost third_host;
    AppModel third(third_host);
    third.load_articles(kBundledArticles);
    third.apply_url_hash("#place=%FF%FE");
    third.tick(0);
    EXPECT_EQ(third.place_filter(), -1);
    EXPECT_EQ(third.shown().size(), third.timeline().events.size());
    EXPECT_NE(third.toast().find("place="), std::string::npos) << third.toast();
}

TEST_F(AppModelTest, ALinksPlaceWaitsForTheReadersOwnArticlesThenSaysWhenItIsNotThere) {
    // While the reader's articles are being handed back, a place the story does not have yet may
    // be one of theirs: no note yet, and the reader moving on does not drop it.
    model.set_restoring(true);
    const size_t notes = state()["notices"].size();
    model.apply_url_hash("#place=Nowhere%20at%20all");
    model.step(+1);
    EXPECT_EQ(state()["notices"].size(), notes);
    model.set_restoring(false);  // nothing came back
    const auto notices = state()["notices"];
    ASSERT_EQ(notices.size(), notes + 1);
    EXPECT_NE(notices.back().get<std::string>().find("no place \"Nowhere at all\""), std::string::npos) << notices.back();
    EXPECT_EQ(model.place_filter(), -1);
}

TEST_F(AppModelTest, EachPlaceSaysWhereItStandsAtThePlayhead) {
    model.first_shown();
    model.tick(0);
    auto s = state();
    const Event& first = model.timeline().events[model.selected()];
    size_t later = 0;
    for (size_t i = 0; i < model.map_places().size(); ++i) {
        const MapPlace& m = model.map_places()[i];
        const bool of_current = std::find(first.places.begin(), first.places.end(), m.place) != first.places.end();
        EXPECT_EQ(s["places"][i]["phase"] == "current", of_current) << m.name;
        later += s["places"][i]["phase"] == "later";
    }
    EXPECT_GT(later, 0u) << "at the first event, places of later events are still to come";
    model.last_shown();
    model.tick(0);
    s = state();
    for (const auto& p : s["places"]) EXPECT_NE(p["phase"], "later") << p["name"] << ": at the last event nothing is still to come";
}

TEST(AppModelStory, TheBundledStorySaysItsTitleLanesAndOpeningView) {
    RecordingHost host;
    AppModel model(host);
    model.load_articles(kBundledArticles);
    const auto s = nlohmann::json::parse(model.state_json(ScreenFacts{}, FrameFacts{}));
    EXPECT_TRUE(s["errors"].empty()) << s["errors"].dump();
    EXPECT_FALSE(s["story"]["title"].get<std::string>().empty());
    EXPECT_EQ(s["story"]["lanesBy"], "country");
    EXPECT_EQ(host.titles, std::vector<std::string>{"Dateline: " + model.story().title}) << "the page's title is the story's";
    // Lanes come from the events' places: each lane's events are counted, and every event is in one.
    size_t in_lanes = 0;
    for (const auto& lane : s["story"]["lanes"]) in_lanes += lane["events"].get<size_t>();
    EXPECT_EQ(in_lanes, model.timeline().events.size());
    EXPECT_GE(s["story"]["lanes"].size(), 2u);
    for (size_t i = 0; i < model.boxes().size(); ++i) EXPECT_EQ(model.boxes()[i].lane, model.lanes().of_event[i]);
    // The opening view is the story file's.
    EXPECT_EQ(s["view"]["from"], to_iso(*model.story().view_from));
    EXPECT_EQ(s["view"]["to"], to_iso(*model.story().view_to));
}

TEST(AppModelStory, TheStoryCanBeReplacedAndItsLanesFollow) {
    RecordingHost host;
    AppModel model(host);
    model.load_articles(kBundledArticles);
    model.select(4, true);
    const double from = model.view().from();
    Story story = model.story();
    story.title = "Our class's timeline";
    story.lanes.by = LaneRule::Single;
    model.set_story(story);
    EXPECT_EQ(model.story().title, "Our class's timeline");
    ASSERT_EQ(model.lanes().lanes.size(), 1u);
    for (const EventBox& b : model.boxes()) EXPECT_EQ(b.lane, 0);
    EXPECT_EQ(model.selected(), 4);
    EXPECT_EQ(model.view().from(), from);
    EXPECT_EQ(host.titles.back(), "Dateline: Our class's timeline");
    story.lanes.by = LaneRule::Actor;
    model.set_story(story);
    EXPECT_EQ(model.lanes().lanes.back().name, "Other actors or none");
}

TEST(AppModelStory, WithoutAStoryFileTheViewComesFromTheEvents) {
    RecordingHost host;
    AppModel model(host);
    model.load_articles(folder_with("none", ""));
    ASSERT_FALSE(model.timeline().events.empty());
    const auto s = nlohmann::json::parse(model.state_json(ScreenFacts{}, FrameFacts{}));
    EXPECT_TRUE(s["errors"].empty()) << s["errors"].dump();
    EXPECT_EQ(s["story"]["title"], "");
    // The whole story (overview.h): here a week of March 2021, in a month around it.
    const ViewRange range = whole_story_range(model.view(), model.boxes());
    EXPECT_NEAR(model.view().from(), range.from, 1e-6);
    EXPECT_NEAR(model.view().to() - model.view().from(), kLeastOpeningDays, 1e-6);
    for (const Event& e : model.timeline().events) {
        EXPECT_GE(static_cast<double>(e.first_day), model.view().from());
        EXPECT_LE(static_cast<double>(e.last_day + 1), model.view().to());
    }
}

// The bundled articles without their story file: the opening view comes from the events alone.
// It shows every event, and its long empty stretches are drawn short, so that the months the
// story is busiest in get more room than a linear axis gives them.
TEST(AppModelStory, WithoutAStoryFileTheBusiestMonthsGetRoom) {
    const std::string dir = ::testing::TempDir() + "/dateline-app-nostory-" + std::to_string(::getpid());
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    for (const auto& f : std::filesystem::directory_iterator(kBundledArticles))
        if (f.path().filename() != "story.json") std::filesystem::copy_file(f.path(), dir + "/" + f.path().filename().string());
    RecordingHost host;
    AppModel model(host);
    model.set_view_width(1300);
    model.load_articles(dir);
    ASSERT_FALSE(model.story().view_from.has_value());
    ASSERT_GE(model.timeline().events.size(), 20u);
    const TimelineView& v = model.view();
    for (const Event& e : model.timeline().events) {
        EXPECT_GE(static_cast<double>(e.first_day), v.from());
        EXPECT_LE(static_cast<double>(e.last_day + 1), v.to());
    }
    EXPECT_FALSE(v.breaks().empty());
    // The months with the most events that start in them, found from the events, not named here.
    std::map<int64_t, int> per_month;
    for (const Event& e : model.timeline().events) {
        const CivilDate c = civil_from_days(e.first_day);
        ++per_month[days_from_civil({c.year, c.month, 1})];
    }
    std::vector<std::pair<int, int64_t>> busiest;
    for (const auto& [month, n] : per_month) busiest.push_back({n, month});
    std::sort(busiest.rbegin(), busiest.rend());
    for (size_t i = 0; i < 2 && i < busiest.size(); ++i) {
        const CivilDate c = civil_from_days(busiest[i].second);
        const double from = static_cast<double>(busiest[i].second), to = static_cast<double>(days_from_civil(add_months(c, 1)));
        // At least twice what a linear axis over the same days gives it (here ~46 px against ~20).
        const double linear = 1300 * (to - from) / (v.to() - v.from());
        EXPECT_GE(v.x_of(to) - v.x_of(from), 2 * linear) << to_iso(c) << " (" << busiest[i].first << " events)";
    }
}

TEST(AppModelStory, ABrokenStoryFileIsNamedAndTheArticlesStillRead) {
    RecordingHost host;
    AppModel model(host);
    model.load_articles(folder_with("broken", "{\"version\": 1, \"title\": \"Floods\",,}"));
    ASSERT_EQ(model.errors().size(), 1u);
    EXPECT_NE(model.errors()[0].find("the bundled story.json: is not valid JSON (line 1"), std::string::npos) << model.errors()[0];
    EXPECT_FALSE(model.timeline().events.empty());
    EXPECT_EQ(model.story().title, "");

    AppModel noted(host);
    noted.load_articles(folder_with("noted", "{\"version\": 1, \"title\": \"Floods\", \"lanes\": {\"by\": \"single\"}, \"colour\": 1}"));
    EXPECT_TRUE(noted.errors().empty());
    EXPECT_EQ(noted.story().title, "Floods");
    ASSERT_EQ(noted.lanes().lanes.size(), 1u);
    const auto s = nlohmann::json::parse(noted.state_json(ScreenFacts{}, FrameFacts{}));
    ASSERT_EQ(s["notices"].size(), 1u);
    EXPECT_NE(s["notices"][0].get<std::string>().find("\"colour\" is not a story setting"), std::string::npos);
}

}  // namespace
}  // namespace dateline
