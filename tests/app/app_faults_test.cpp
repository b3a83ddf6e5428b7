// Faults a reader met (issue 13), in the model: a counted circle near the edge zooms in one
// click, same-day events are listed, the filter reaches the timeline and the URL, the open
// article follows the event, a link shows its event and waits for the reader's own articles.
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "app_model.h"
#include "calendar.h"
#include "recording_host.h"

namespace dateline {
namespace {

using QuietHost = RecordingHost;  // recording_host.h

const std::string kArticles = std::string(DATELINE_SOURCE_DIR) + "/assets/articles";
// A reader's own article: one event, on a day none of the bundled articles report.
const std::string kOwnArticle =
    "Harbour town opens its new library\n\nThe Coastal Courier\n\n"
    "The harbour town of Port Elliot opened its new public library on 14 March 2011, the mayor said.\n";

class AppFaultsTest : public ::testing::Test {
protected:
    void SetUp() override {
        model.load_articles(kArticles);
        model.set_view_width(1000);
        model.tick(0);
    }
    void settle() {
        for (int i = 0; i < 600 && (model.view().gliding() || model.reading()); ++i) model.tick(0.016);
    }
    nlohmann::json state() const { return nlohmann::json::parse(model.state_json(ScreenFacts{}, FrameFacts{})); }
    const std::vector<Event>& events() const { return model.timeline().events; }
    bool in_view(int e) const {
        return model.view().from() <= static_cast<double>(events()[e].first_day) &&
               static_cast<double>(events()[e].last_day + 1) <= model.view().to();
    }
    std::string view_link(int64_t from, int64_t to) const {
        return "#view=" + to_iso(civil_from_days(from)) + ".." + to_iso(civil_from_days(to));
    }
    // Two events of different days a few days apart, and two of the same day.
    std::pair<int, int> near_pair() const {
        for (size_t i = 0; i + 1 < events().size(); ++i)
            if (events()[i].last_day == events()[i].first_day && events()[i + 1].last_day == events()[i + 1].first_day &&
                events()[i + 1].first_day > events()[i].first_day && events()[i + 1].first_day - events()[i].first_day < 6)
                return {static_cast<int>(i), static_cast<int>(i + 1)};
        return {-1, -1};
    }
    std::pair<int, int> same_day_pair() const {
        for (size_t i = 0; i + 1 < events().size(); ++i)
            if (events()[i + 1].first_day == events()[i].first_day && events()[i + 1].last_day == events()[i].last_day)
                return {static_cast<int>(i), static_cast<int>(i + 1)};
        return {-1, -1};
    }
    QuietHost host;
    AppModel model{host};
};

TEST_F(AppFaultsTest, ACountedCircleAtTheEdgeZoomsToItsEventsInOneClick) {
    const auto [a, b] = near_pair();
    ASSERT_GE(a, 0);
    // The two events at the right edge of a year-long view (past 90% of its width).
    const int64_t day = events()[b].first_day;
    model.apply_url_hash(view_link(day - 360, day + 3));
    ASSERT_GT(model.view().x_of(static_cast<double>(day)), 0.9f * model.view().width());
    model.open_cluster({a, b});
    settle();
    EXPECT_LT(model.view().span(), 40) << "zoomed in";
    EXPECT_TRUE(in_view(a) && in_view(b));
    EXPECT_EQ(model.selected(), a);
    EXPECT_TRUE(model.choices().empty()) << "days apart: a zoom separates them";
}

TEST_F(AppFaultsTest, SameDayEventsAreListedToChooseFrom) {
    const auto [a, b] = same_day_pair();
    ASSERT_GE(a, 0) << "the bundled story has two events of one day";
    const int before = model.selected();
    const double from = model.view().target_from(), to = model.view().target_to();
    model.open_cluster({b, a, b});
    EXPECT_EQ(model.choices(), (std::vector<int>{a, b})) << "each once, in order";
    EXPECT_EQ(model.selected(), before) << "nothing chosen yet";
    EXPECT_EQ(model.view().target_from(), from) << "no zoom: it could not separate them";
    EXPECT_EQ(model.view().target_to(), to) << "no zoom: it could not separate them";
    EXPECT_EQ(state()["choices"].size(), 2u);
    model.select(b, true);
    EXPECT_EQ(model.selected(), b);
    EXPECT_TRUE(model.choices().empty()) << "chosen: the list closes";
    model.open_cluster({a, b});
    model.close_article();  // Esc
    EXPECT_TRUE(model.choices().empty());
}

TEST_F(AppFaultsTest, TheFilterReachesTheTimelineAndTheUrl) {
    EXPECT_EQ(model.filtered_boxes(), nullptr) << "no filter: every event is drawn";
    model.set_filter("Raqqa");
    model.tick(0);
    const std::vector<EventBox>* boxes = model.filtered_boxes();
    ASSERT_NE(boxes, nullptr);
    ASSERT_LT(model.shown().size(), events().size());
    ASSERT_EQ(boxes->size(), model.shown().size());
    for (size_t i = 0; i < boxes->size(); ++i)
        EXPECT_EQ((*boxes)[i].first_day, static_cast<double>(events()[model.shown()[i]].first_day));
    for (int i = 0; i < 20; ++i) model.tick(0.05);
    ASSERT_FALSE(host.hashes.empty()) << "the URL follows the filter";
    EXPECT_NE(host.hashes.back().find("&q=Raqqa"), std::string::npos) << host.hashes.back();

    AppModel other(host);
    other.load_articles(kArticles);
    other.apply_url_hash(host.hashes.back());
    other.tick(0);
    EXPECT_EQ(other.filter(), "Raqqa");
    EXPECT_EQ(other.shown(), model.shown());
    other.apply_url_hash("#q=%FF");
    EXPECT_EQ(other.filter(), "Raqqa") << "a bad filter in a link is a notice, not a filter";
}

TEST_F(AppFaultsTest, TheOpenArticleFollowsTheEvent) {
    model.first_shown();
    model.open_article(model.selected(), 0);
    for (int direction : {+1, +1, -1}) {
        model.step(direction);
        EXPECT_EQ(model.article_event(), model.selected());
        EXPECT_EQ(model.article_source(), 0);
    }
    const uint64_t serial = model.article_serial();
    model.set_playhead(static_cast<double>(events().back().first_day) + 0.5, false);
    EXPECT_EQ(model.article_event(), model.selected()) << "dragging the playhead too";
    EXPECT_GT(model.article_serial(), serial) << "the article view scrolls to the new passage";
    model.close_article();
    model.step(+1);
    EXPECT_EQ(model.article_event(), -1) << "no article opens by itself";
}

TEST_F(AppFaultsTest, ALinkToAnEventBringsItIntoView) {
    // The event farthest from the opening view.
    int far = 0;
    for (int e = 0; e < static_cast<int>(events().size()); ++e)
        if (std::abs(static_cast<double>(events()[e].first_day) - model.view().from()) >
            std::abs(static_cast<double>(events()[far].first_day) - model.view().from()))
            far = e;
    ASSERT_FALSE(in_view(far));
    const double span = model.view().span();
    model.apply_url_hash("#event=" + events()[far].id);
    EXPECT_EQ(model.selected(), far);
    EXPECT_TRUE(in_view(far)) << events()[far].first_day << ".." << events()[far].last_day << " in " << model.view().from() << ".."
                              << model.view().to();
    EXPECT_NEAR(model.view().span(), span, 1e-6) << "the zoom is kept";
    // A link that gives a view keeps it (what its sender saw).
    model.apply_url_hash("#event=" + events()[0].id + "&" + view_link(events()[far].first_day - 5, events()[far].first_day + 5).substr(1));
    EXPECT_EQ(model.selected(), 0);
    EXPECT_EQ(model.view().from(), static_cast<double>(events()[far].first_day - 5)) << "the link's own view";
}

TEST_F(AppFaultsTest, ALinkToTheReadersOwnEventWaitsForTheirArticles) {
    // The id their event gets, from a model that has read the article.
    std::string own_id;
    {
        QuietHost h;
        AppModel reader(h);
        reader.load_articles(kArticles);
        reader.add_file("library.txt", kOwnArticle, 0, 1);
        reader.files_added(false);
        for (int i = 0; i < 1000 && reader.reading(); ++i) reader.tick(0.016);
        ASSERT_TRUE(reader.go_to("2011-03-14"));
        own_id = reader.timeline().events[reader.selected()].id;
    }
    ASSERT_LT(find_event(model.timeline(), own_id), 0);
    // After a reload: the link comes first, the restored articles after it.
    model.set_restoring(true);
    model.apply_url_hash("#event=" + own_id);
    EXPECT_TRUE(state()["notices"].empty()) << "no 'no event' before the reader's articles are read";
    model.add_file("library.txt", kOwnArticle, 0, 1);
    model.files_added(true);
    settle();
    ASSERT_GE(model.selected(), 0);
    EXPECT_EQ(events()[model.selected()].id, own_id);
    EXPECT_TRUE(in_view(model.selected()));
    EXPECT_TRUE(state()["notices"].size() == 1u) << state()["notices"].dump();  // "Your 1 added article is back..."

    // Nothing to restore: a link to an unknown event is said once that is known.
    AppModel fresh(host);
    fresh.load_articles(kArticles);
    fresh.set_restoring(true);
    fresh.apply_url_hash("#event=nothing-like-it");
    EXPECT_TRUE(nlohmann::json::parse(fresh.state_json(ScreenFacts{}, FrameFacts{}))["notices"].empty());
    fresh.set_restoring(false);
    EXPECT_EQ(nlohmann::json::parse(fresh.state_json(ScreenFacts{}, FrameFacts{}))["notices"].size(), 1u);
}

}  // namespace
}  // namespace dateline
