// The accessible mirror's content (wasm/accessibility.h): what a screen reader gets must be what
// the canvas shows, from the same model, and must change exactly when that does.
#include "accessibility.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "calendar.h"
#include "bundled_story.h"
#include "recording_host.h"

namespace dateline {
namespace {

using QuietHost = RecordingHost;  // recording_host.h

class AccessibilityTest : public ::testing::Test {
protected:
    void SetUp() override {
        open_bundled_story(model);
    }
    nlohmann::json mirror(size_t around = kMirroredEventsAround) const { return nlohmann::json::parse(accessibility_json(model, around)); }
    const Event& event(int i) const { return model.timeline().events[static_cast<size_t>(i)]; }
    QuietHost host;
    AppModel model{host};
};

TEST_F(AccessibilityTest, TheListIsAWindowAroundTheSelectionWithWhatTheCanvasShows) {
    const int n = static_cast<int>(model.timeline().events.size());
    ASSERT_GT(n, 8);
    model.select(n / 2, true);
    model.tick(0);
    const auto m = mirror(3);
    EXPECT_EQ(m["events"], n);
    EXPECT_EQ(m["shown"], n);
    EXPECT_EQ(m["selected"], n / 2);
    EXPECT_EQ(m["position"], n / 2) << "no filter: the row is the event's index";
    EXPECT_EQ(m["list"]["first"], n / 2 - 3);
    ASSERT_EQ(m["list"]["items"].size(), 7u) << "three on each side and the selection";
    for (size_t k = 0; k < 7; ++k) {
        const auto& item = m["list"]["items"][k];
        const int index = item["event"];
        EXPECT_EQ(index, n / 2 - 3 + static_cast<int>(k));
        const Event& e = event(index);
        EXPECT_EQ(item["id"], e.id);
        EXPECT_EQ(item["headline"], e.title);
        EXPECT_EQ(item["iso"], to_iso(civil_from_days(e.first_day)));
        EXPECT_EQ(item["date"], date_as_known(model, index));
        EXPECT_EQ(item["sources"], e.sources.size());
        EXPECT_EQ(item["lane"], model.lanes().lanes[static_cast<size_t>(model.lanes().of_event[static_cast<size_t>(index)])].name);
    }
    // At the ends, the window is cut, not shifted past them.
    model.select(0, true);
    EXPECT_EQ(mirror(3)["list"]["first"], 0);
    EXPECT_EQ(mirror(3)["list"]["items"].size(), 4u);
}

TEST_F(AccessibilityTest, AHundredThousandEventsAreNotAHundredThousandItems) {
    model.add_generated_events(100000);
    model.tick(0);
    model.select(50000, true);
    const std::string json = accessibility_json(model);
    const auto m = nlohmann::json::parse(json);
    EXPECT_EQ(m["events"], model.timeline().events.size());
    EXPECT_EQ(m["shown"], model.timeline().events.size());
    EXPECT_EQ(m["list"]["items"].size(), 2 * kMirroredEventsAround + 1);
    EXPECT_LT(json.size(), 64u * 1024u) << "the page parses this at every change";
}

TEST_F(AccessibilityTest, TheFilterDecidesTheList) {
    const std::string word = event(0).title.substr(0, event(0).title.find(' '));
    model.set_filter(word);
    model.tick(0);
    const auto m = mirror();
    EXPECT_EQ(m["filter"], word);
    EXPECT_EQ(m["shown"], model.shown().size());
    for (const auto& item : m["list"]["items"]) {
        const int index = item["event"];
        EXPECT_TRUE(std::binary_search(model.shown().begin(), model.shown().end(), index)) << item["headline"];
    }
    model.set_filter("zzzz no event says this");
    model.tick(0);
    EXPECT_EQ(mirror()["shown"], 0);
    EXPECT_TRUE(mirror()["list"]["items"].empty());
    EXPECT_EQ(mirror()["position"], -1) << "the selection is not among the events shown";
}

TEST_F(AccessibilityTest, TheCurrentEventIsTheReadingPanelsText) {
    int several = -1;  // an event with two sources or more, if the articles have one
    for (size_t i = 0; i < model.timeline().events.size() && several < 0; ++i)
        if (model.timeline().events[i].sources.size() > 1) several = static_cast<int>(i);
    ASSERT_GE(several, 0);
    model.select(several, true);
    const auto c = mirror()["current"];
    const Event& e = event(several);
    EXPECT_EQ(c["headline"], e.title);
    EXPECT_EQ(c["date"], date_as_known(model, several));
    EXPECT_EQ(c["precision"], std::string(to_string(e.precision)));
    ASSERT_EQ(c["sources"].size(), e.sources.size());
    for (size_t i = 0; i < e.sources.size(); ++i) {
        const EventSource& s = e.sources[i];
        const Article& a = model.timeline().articles[s.article];
        const auto& js = c["sources"][i];
        EXPECT_EQ(js["passage"], a.text.clean.substr(s.start, s.end - s.start));
        EXPECT_EQ(js["citation"], citation(model.timeline(), e, i));
        EXPECT_EQ(js["title"], a.title);
        if (a.outlet) {
            EXPECT_EQ(js["outlet"], *a.outlet);
        }
    }
}

TEST_F(AccessibilityTest, DatesSayHowPreciselyTheyAreKnown) {
    for (size_t i = 0; i < model.timeline().events.size(); ++i) {
        const Event& e = model.timeline().events[i];
        const std::string words = date_as_known(model, static_cast<int>(i));
        EXPECT_EQ(words.starts_with(model.date_words(static_cast<int>(i))), true) << words;
        EXPECT_EQ(words.find(", known to the ") != std::string::npos, e.precision != Precision::Day) << words;
    }
    EXPECT_EQ(date_as_known(model, -1), "");
}

TEST_F(AccessibilityTest, TheAnnouncementNamesThePositionHeadlineDateLaneAndSources) {
    model.select(2, true);
    const std::string a = event_announcement(model, 2);
    EXPECT_TRUE(a.starts_with("Event 3 of " + std::to_string(model.shown().size()) + ": " + event(2).title)) << a;
    EXPECT_NE(a.find(date_as_known(model, 2)), std::string::npos) << a;
    EXPECT_NE(a.find(std::to_string(event(2).sources.size()) + " source"), std::string::npos) << a;
    EXPECT_EQ(mirror()["announcement"], a);
}

TEST_F(AccessibilityTest, TheOpenArticleHasItsParagraphsAndThePassageMarked) {
    EXPECT_TRUE(mirror()["article"].is_null());
    model.open_article(model.selected(), 0);
    const auto a = mirror()["article"];
    ASSERT_FALSE(a.is_null());
    const EventSource& s = event(model.selected()).sources[0];
    const Article& article = model.timeline().articles[s.article];
    EXPECT_EQ(a["title"], article.title);
    int marked = 0;
    for (const auto& p : a["paragraphs"]) {
        if (!p["passage"].get<bool>()) continue;
        ++marked;
        // The marked paragraph holds (part of) the passage.
        const std::string passage = article.text.clean.substr(s.start, s.end - s.start);
        const std::string text = p["text"];
        EXPECT_TRUE(text.find(passage.substr(0, 20)) != std::string::npos || passage.find(text.substr(0, 20)) != std::string::npos) << text;
    }
    EXPECT_GE(marked, 1);
    model.close_article();
    EXPECT_TRUE(mirror()["article"].is_null());
}

TEST_F(AccessibilityTest, TheVersionChangesWithWhatTheMirrorShowsAndOnlyThen) {
    const uint64_t start = accessibility_version(model);
    model.tick(0.016);
    EXPECT_EQ(accessibility_version(model), start) << "a frame with nothing new";
    model.pan_pixels(120);
    model.zoom_at(1.5f, 300, false);
    model.tick(0.016);
    EXPECT_EQ(accessibility_version(model), start) << "moving the view changes no text";
    model.step(+1);
    const uint64_t stepped = accessibility_version(model);
    EXPECT_NE(stepped, start);
    model.set_filter("a");
    model.tick(0);
    const uint64_t filtered = accessibility_version(model);
    EXPECT_NE(filtered, stepped);
    model.open_article(model.selected(), 0);
    const uint64_t opened = accessibility_version(model);
    EXPECT_NE(opened, filtered);
    model.close_article();
    EXPECT_NE(accessibility_version(model), opened);
    model.toggle_play();
    EXPECT_NE(accessibility_version(model), filtered);
    EXPECT_LT(accessibility_version(model), 1ull << 53) << "exact as a JavaScript number";
}

TEST_F(AccessibilityTest, YourArticlesListsTheFilesAndTheirProblemsWhileOpen) {
    EXPECT_TRUE(mirror()["added"].is_null()) << "the panel is closed";
    const uint64_t closed = accessibility_version(model);
    ASSERT_TRUE(model.add_file("floods.txt",
                               "Floods close the river road\n\nBy a reporter, 12 March 2021\n\n"
                               "The river road was closed on Wednesday after the floods. It reopened on 20 March 2021.\n",
                               0, 0));
    model.file_unreadable("gone.txt", "could not be read (NotFoundError)");
    model.files_added(false);
    for (int i = 0; i < 1000 && model.reading(); ++i) model.tick(0.016);
    ASSERT_TRUE(model.added_panel_open());
    EXPECT_NE(accessibility_version(model), closed);
    const auto m = mirror();
    ASSERT_FALSE(m["added"].is_null());
    EXPECT_EQ(m["added"]["files"], nlohmann::json::array({"floods.txt"}));
    bool gone = false;
    for (const auto& p : m["added"]["problems"]) gone |= p.get<std::string>().starts_with("gone.txt: could not be read");
    EXPECT_TRUE(gone) << m["added"]["problems"].dump();
    EXPECT_NE(m["notice"].get<std::string>().find("Read 1 added article"), std::string::npos) << m["notice"];
    model.set_added_panel_open(false);
    EXPECT_TRUE(mirror()["added"].is_null());
}

TEST_F(AccessibilityTest, ReducedMotionJumpsWhereTheViewWouldGlide) {
    const Event& last = model.timeline().events.back();
    model.go_to(last.id);
    ASSERT_TRUE(model.view().gliding());
    model.tick(0.016);
    EXPECT_TRUE(model.view().gliding()) << "a glide takes several frames";
    const double target = model.view().target_from();
    model.set_reduced_motion(true);
    model.tick(0.016);
    EXPECT_FALSE(model.view().gliding()) << "reduced motion: one frame";
    EXPECT_NEAR(model.view().from(), target, 1e-6);
    model.fit_all();
    model.tick(0.016);
    EXPECT_FALSE(model.view().gliding());
}

TEST_F(AccessibilityTest, MergeOffersTheNeighboursNearestFirstAndStopsAtTheEnds) {
    const int n = static_cast<int>(model.timeline().events.size());
    ASSERT_GT(n, 20);
    EXPECT_EQ(merge_candidates(model, 10, 3), (std::vector<int>{9, 11, 8, 12, 7, 13}));
    EXPECT_EQ(merge_candidates(model, 1, 3), (std::vector<int>{0, 2, 3, 4})) << "none before the first";
    EXPECT_EQ(merge_candidates(model, n - 1, 2), (std::vector<int>{n - 2, n - 3}));
    EXPECT_TRUE(merge_candidates(model, -1).empty());
    EXPECT_TRUE(merge_candidates(model, n).empty());
}

TEST_F(AccessibilityTest, WhileEditingTheMirrorHasWhatTheEditingControlsNeedAndFollowsTheEdits) {
    model.select(10, true);
    model.tick(0);
    EXPECT_TRUE(mirror()["editing"].is_null()) << "no editing controls while the switch is off";
    const uint64_t off = accessibility_version(model);
    model.set_editing(true);
    EXPECT_NE(accessibility_version(model), off) << "the switch shows in the mirror";
    auto m = mirror();
    ASSERT_TRUE(m["editing"].is_object());
    EXPECT_EQ(m["editing"]["corrections"], 0);
    EXPECT_FALSE(m["editing"]["undo"]);
    EXPECT_FALSE(m["editing"]["key"]);
    ASSERT_GT(model.timeline().events.size(), 18u);
    ASSERT_EQ(m["editing"]["merge"].size(), 16u) << "eight on each side";
    EXPECT_EQ(m["editing"]["merge"][0]["event"], 9);
    EXPECT_EQ(m["editing"]["merge"][0]["label"], "Before: " + model.date_words(9) + ": " + event(9).title);
    EXPECT_EQ(m["editing"]["merge"][1]["label"], "After: " + model.date_words(11) + ": " + event(11).title);
    // A key mark and a hidden event: the version changes and the mirror says so.
    uint64_t v = accessibility_version(model);
    model.set_key(10, true);
    EXPECT_NE(accessibility_version(model), v);
    m = mirror();
    EXPECT_TRUE(m["editing"]["key"]);
    EXPECT_TRUE(m["editing"]["undo"]);
    EXPECT_EQ(m["editing"]["corrections"], 1);
    const std::string title = event(10).title;
    v = accessibility_version(model);
    model.hide_event(10);
    EXPECT_NE(accessibility_version(model), v);
    m = mirror();
    ASSERT_EQ(m["editing"]["hidden"].size(), 1u);
    EXPECT_EQ(m["editing"]["hidden"][0], title);
    model.undo_edit();
    m = mirror();
    EXPECT_TRUE(m["editing"]["hidden"].empty());
    EXPECT_TRUE(m["editing"]["redo"]);
}

// "with the bundled articles" is the model's one choice: the mirror shows it and is rebuilt when
// it changes (the canvas's checkbox and the mirror's menu item both set it).
TEST_F(AccessibilityTest, TheSaveWithBundledChoiceIsTheModelsAndTheMirrorFollowsIt) {
    EXPECT_FALSE(model.save_with_bundled());
    EXPECT_FALSE(mirror()["saveWithBundled"]);
    const uint64_t before = accessibility_version(model);
    model.set_save_with_bundled(true);
    EXPECT_TRUE(mirror()["saveWithBundled"]);
    EXPECT_NE(accessibility_version(model), before) << "the mirror is rebuilt";
    model.set_save_with_bundled(false);
    EXPECT_FALSE(mirror()["saveWithBundled"]);
    EXPECT_EQ(accessibility_version(model), before);
}

}  // namespace
}  // namespace dateline
