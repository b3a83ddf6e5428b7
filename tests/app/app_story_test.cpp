// The story's settings set in the page (app_model_story.cpp): applied at once (lanes, the page's
// title, the view), in one history with the corrections, kept in the browser and restored (a
// document that cannot be read is said and left alone), refused with a message when wrong; the
// merge search over every event; key events in the timeline's boxes.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "app_model.h"
#include "calendar.h"
#include "publication.h"
#include "bundled_story.h"
#include "recording_host.h"

namespace dateline {
namespace {

class StoryInTheApp : public ::testing::Test {
protected:
    void SetUp() override {
        open_bundled_story(model);
        model.restore_edits("");
        ASSERT_GT(model.timeline().events.size(), 10u);
        ASSERT_GT(model.lanes().lanes.size(), 1u) << "the bundled story has lanes by country";
        bundled = story_document_json(model.story());
    }
    nlohmann::json state() const { return nlohmann::json::parse(model.state_json(ScreenFacts{}, FrameFacts{})); }
    static std::string settings(const std::string& title, const std::string& by, const std::string& view = "") {
        nlohmann::json doc = {{"version", 1}, {"title", title}, {"description", "About it"}, {"credit", "Us"},
                              {"lanes", {{"by", by}, {"most", 4}}}};
        if (!view.empty()) doc["view"] = nlohmann::json::parse(view);
        return doc.dump();
    }
    RecordingHost host;
    AppModel model{host};
    std::string bundled;
};

TEST_F(StoryInTheApp, SettingsApplyAtOnceAndAreKept) {
    EXPECT_EQ(model.set_story_settings(settings("  A class story ", "single", R"({"from": "2018-01-01", "to": "2018-03-31"})")), "");
    EXPECT_EQ(model.story().title, "A class story") << "trimmed";
    EXPECT_EQ(model.story().credit, "Us");
    ASSERT_EQ(model.lanes().lanes.size(), 1u) << "a single lane at once";
    for (const EventBox& b : model.boxes()) EXPECT_EQ(b.lane, 0);
    ASSERT_FALSE(host.titles.empty());
    EXPECT_EQ(host.titles.back(), "Dateline: A class story");
    ASSERT_EQ(host.stories.size(), 1u);
    EXPECT_EQ(host.stories.back(), story_document_json(model.story())) << "kept as a story document";
    // The view glides to the chosen days.
    for (int i = 0; i < 200; ++i) model.tick(0.05);
    EXPECT_NEAR(model.view().from(), days_from_civil({2018, 1, 1}), 1.0);
    EXPECT_NEAR(model.view().to(), days_from_civil({2018, 4, 1}), 1.0);
    const nlohmann::json s = state()["story"];
    EXPECT_EQ(s["lanesBy"], "single");
    EXPECT_EQ(s["view"]["from"], "2018-01-01");
    // Written by the exports and Save as page.
    EXPECT_NE(model.export_text("timelinejs").find("A class story"), std::string::npos);
    ASSERT_TRUE(model.publication(false).story);
    EXPECT_EQ(*model.publication(false).story, story_document_json(model.story()));
    // By actor: lanes named for actors, not countries.
    EXPECT_EQ(model.set_story_settings(settings("A class story", "actor")), "");
    EXPECT_EQ(state()["story"]["lanesBy"], "actor");
    EXPECT_TRUE(state()["story"]["view"].is_null());
    // The same settings again: nothing changes, nothing is kept, no step to undo.
    const size_t kept = host.stories.size();
    EXPECT_EQ(model.set_story_settings(settings("A class story", "actor")), "");
    EXPECT_EQ(host.stories.size(), kept);
}

TEST_F(StoryInTheApp, WrongSettingsAreRefusedWithAMessage) {
    const std::string before = story_document_json(model.story());
    const std::pair<std::string, std::string> wrong[] = {
        {settings("T", "single", R"({"from": "2018-03-01", "to": "2018-01-01"})"), "before its first day"},
        {settings("T", "single", R"({"from": "2018-02-30", "to": "2018-03-01"})"), "2018-02-30"},
        {settings("T", "single", R"({"from": "", "to": "2018-03-01"})"), "missing"},
        {R"({"version": 1, "lanes": {"by": "country", "most": 13}})", "most"},
        {R"({"version": 1, "lanes": {"by": "river"}})", "river"},
        {R"({"version": 2, "title": "T"})", "version"},
        {"not json", "could not be read"},
    };
    for (const auto& [doc, says] : wrong) {
        const std::string problem = model.set_story_settings(doc);
        EXPECT_NE(problem.find(says), std::string::npos) << doc << " gave: " << problem;
    }
    EXPECT_EQ(story_document_json(model.story()), before) << "nothing changed";
    EXPECT_TRUE(host.stories.empty());
    EXPECT_FALSE(model.can_undo());
}

TEST_F(StoryInTheApp, OneHistoryForCorrectionsAndSettings) {
    const std::string title = model.timeline().events[3].title;
    EXPECT_EQ(model.rename_event(3, "Renamed first"), "");
    EXPECT_EQ(model.set_story_settings(settings("Second", "single")), "");
    EXPECT_EQ(state()["editing"]["storyChanges"], 1);
    ASSERT_TRUE(model.undo_edit());  // the settings came last
    EXPECT_EQ(story_document_json(model.story()), bundled);
    EXPECT_GT(model.lanes().lanes.size(), 1u) << "the lanes by country again";
    EXPECT_EQ(host.stories.back(), bundled) << "the settings kept follow the undo";
    EXPECT_EQ(model.edit_history().edits().size(), 1u) << "the rename stays";
    ASSERT_TRUE(model.undo_edit());
    EXPECT_TRUE(model.edit_history().edits().empty());
    EXPECT_FALSE(model.can_undo());
    ASSERT_TRUE(model.redo_edit());  // the rename first
    EXPECT_EQ(model.edit_history().edits().size(), 1u);
    EXPECT_EQ(story_document_json(model.story()), bundled);
    ASSERT_TRUE(model.redo_edit());
    EXPECT_EQ(model.story().title, "Second");
    EXPECT_FALSE(model.can_redo());
    // A new step after an undo: nothing left to redo.
    ASSERT_TRUE(model.undo_edit());
    EXPECT_TRUE(model.can_redo());
    model.set_key(5, true);
    EXPECT_FALSE(model.can_redo());
    EXPECT_FALSE(model.redo_edit());
    EXPECT_EQ(story_document_json(model.story()), bundled);
    (void)title;
}

TEST_F(StoryInTheApp, KeptSettingsAreRestoredAndUnreadableOnesAreSaidAndLeftAlone) {
    model.restore_story(settings("Kept", "single"));
    EXPECT_EQ(model.story().title, "Kept");
    EXPECT_EQ(model.lanes().lanes.size(), 1u);
    EXPECT_TRUE(host.stories.empty()) << "restoring writes nothing";
    EXPECT_FALSE(model.can_undo()) << "no step to undo";

    // With a link's view (a reload keeps the view in the URL), the kept view is the story's
    // setting all the same, and the view stays where the link put it.
    RecordingHost linked_host;
    AppModel linked{linked_host};
    linked.load_articles(kBundledArticles);
    linked.set_view_width(1000);
    linked.apply_url_hash("#view=2018-02-01..2018-02-28");
    for (int i = 0; i < 100; ++i) linked.tick(0.05);
    const double from = linked.view().from(), to = linked.view().to();
    linked.restore_story(settings("Kept", "single", R"({"from": "2017-01-01", "to": "2017-12-31"})"));
    ASSERT_TRUE(linked.story().view_from);
    EXPECT_EQ(to_iso(*linked.story().view_from), "2017-01-01");
    for (int i = 0; i < 100; ++i) linked.tick(0.05);
    EXPECT_EQ(linked.view().from(), from);
    EXPECT_EQ(linked.view().to(), to);

    RecordingHost other_host;
    AppModel other{other_host};
    other.load_articles(kBundledArticles);
    other.restore_edits("");
    const std::string before = story_document_json(other.story());
    for (const char* doc : {R"({"version": 2, "title": "From a newer Dateline"})", "{not json"}) {
        other.restore_story(doc);
        EXPECT_EQ(story_document_json(other.story()), before) << doc;
        ASSERT_FALSE(other.edit_problems().empty());
        EXPECT_NE(other.edit_problems().back().find("The story settings kept in this browser"), std::string::npos);
        EXPECT_NE(other.edit_problems().back().find("stays as it was"), std::string::npos) << other.edit_problems().back();
        EXPECT_EQ(other.edit_problems().back().find("are the defaults"), std::string::npos);
    }
    EXPECT_TRUE(other_host.stories.empty()) << "nothing overwritten";
}

TEST(ChangedSettings, NamesEachSettingThatDiffers) {
    const Story own = [] {
        Story s;
        s.title = "Own";
        s.description = "About";
        s.credit = "Desk";
        s.view_from = CivilDate{2017, 1, 1};
        s.view_to = CivilDate{2017, 12, 31};
        return s;
    }();
    EXPECT_TRUE(changed_settings(own, own).empty());
    Story now = own;
    now.title = "Other";
    EXPECT_EQ(changed_settings(own, now), std::vector<std::string>{"title"});
    now = own;
    now.description = "";
    EXPECT_EQ(changed_settings(own, now), std::vector<std::string>{"description"});
    now = own;
    now.credit = "Class 4b";
    EXPECT_EQ(changed_settings(own, now), std::vector<std::string>{"credit"});
    now = own;
    now.lanes.by = LaneRule::Actor;
    EXPECT_EQ(changed_settings(own, now), std::vector<std::string>{"lanes"});
    now = own;
    now.lanes.most = 2;
    EXPECT_EQ(changed_settings(own, now), std::vector<std::string>{"lanes"});
    now = own;
    now.view_to = CivilDate{2018, 1, 31};
    EXPECT_EQ(changed_settings(own, now), std::vector<std::string>{"view"});
    now.view_from.reset();
    now.view_to.reset();
    now.title = "Other";
    EXPECT_EQ(changed_settings(own, now), (std::vector<std::string>{"title", "view"}));
}

TEST_F(StoryInTheApp, AChangedStoryIsListedWithTheCorrectionsAndCanGoBackToItsOwn) {
    EXPECT_TRUE(model.story_changes().empty());
    EXPECT_EQ(state()["editing"]["storyChanged"], nlohmann::json::array());
    nlohmann::json doc = nlohmann::json::parse(bundled);
    doc["title"] = "A class story";
    doc["lanes"] = {{"by", "single"}, {"most", 4}};
    EXPECT_EQ(model.set_story_settings(doc.dump()), "");
    EXPECT_EQ(model.story_changes(), (std::vector<std::string>{"title", "lanes"}));
    EXPECT_EQ(state()["editing"]["storyChanged"], nlohmann::json::parse(R"(["title", "lanes"])"));
    ASSERT_TRUE(model.undo_edit());
    EXPECT_TRUE(model.story_changes().empty()) << "undone: as the story came";

    // Kept from an earlier visit: listed too, though no undo reaches it; "Use the story's own"
    // takes it back, as a step Undo takes back.
    model.restore_story(settings("Kept", "single"));
    EXPECT_FALSE(model.story_changes().empty());
    EXPECT_FALSE(model.can_undo());
    model.use_own_story();
    EXPECT_EQ(story_document_json(model.story()), bundled);
    EXPECT_TRUE(model.story_changes().empty());
    EXPECT_GT(model.lanes().lanes.size(), 1u) << "the lanes by country again";
    EXPECT_EQ(host.stories.back(), bundled) << "the story's own settings are kept in the browser";
    ASSERT_TRUE(model.can_undo());
    ASSERT_TRUE(model.undo_edit());
    EXPECT_EQ(model.story().title, "Kept");
    model.use_own_story();
    const size_t kept = host.stories.size();
    model.use_own_story();  // nothing changed: no step, nothing written
    EXPECT_EQ(host.stories.size(), kept);
}

TEST_F(StoryInTheApp, APageSavedWithoutTheBundledArticlesCarriesOnlyTheSettingsTheAuthorSet) {
    // Nothing set: the bundled story's title, credit and view stay with the bundled articles.
    Problems problems;
    const Story untouched = parse_story(*model.publication(false).story, "saved", problems);
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(untouched.title, "");
    EXPECT_EQ(untouched.credit, "");
    EXPECT_FALSE(untouched.view_from) << "a view chosen from the page's own events";
    EXPECT_EQ(*model.publication(true).story, bundled) << "with the bundled articles, their story";
    // The title and lanes set: those go with the page, the bundled credit and view do not.
    nlohmann::json doc = nlohmann::json::parse(bundled);
    doc["title"] = "Our town's floods";
    doc["lanes"] = {{"by", "single"}, {"most", 4}};
    ASSERT_EQ(model.set_story_settings(doc.dump()), "");
    const Story saved = parse_story(*model.publication(false).story, "saved", problems);
    EXPECT_EQ(saved.title, "Our town's floods");
    EXPECT_EQ(saved.lanes.by, LaneRule::Single);
    EXPECT_EQ(saved.credit, "");
    EXPECT_EQ(saved.description, "");
    EXPECT_FALSE(saved.view_from);
    EXPECT_EQ(*model.publication(true).story, story_document_json(model.story()));
}

TEST_F(StoryInTheApp, TheFormOpensWithTheSettings) {
    model.open_story_form();
    ASSERT_EQ(host.story_forms.size(), 1u);
    EXPECT_EQ(host.story_forms[0], bundled);
}

TEST_F(StoryInTheApp, MergeWithAnyEventFoundByHeadlineOrDate) {
    const auto& events = model.timeline().events;
    const int target = 0;
    const int far = static_cast<int>(events.size()) - 1;  // far beyond the 8 nearest
    ASSERT_GT(far - target, 8);
    model.open_merge_search(target);
    ASSERT_EQ(host.merge_searches.size(), 1u);
    EXPECT_EQ(host.merge_searches[0], events[target].title);
    const std::vector<int> all = model.merge_search("", 1000);
    EXPECT_EQ(all.size(), events.size() - 1) << "every event but itself";
    EXPECT_EQ(std::count(all.begin(), all.end(), target), 0);
    for (size_t i = 1; i < all.size(); ++i)
        EXPECT_LE(events[all[i - 1]].first_day - events[target].first_day, events[all[i]].first_day - events[target].first_day)
            << "nearest first";
    EXPECT_EQ(model.merge_search("", 5).size(), 5u);
    // By the far event's headline (a few of its words, in another case) and by its year.
    std::string words;
    for (char c : events[far].title) words += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const std::vector<int> by_headline = model.merge_search(words, 50);
    ASSERT_FALSE(by_headline.empty());
    EXPECT_EQ(by_headline.front(), far);
    const int year = civil_from_days(events[far].first_day).year;
    const std::vector<int> by_year = model.merge_search(std::to_string(year), 1000);
    EXPECT_NE(std::find(by_year.begin(), by_year.end(), far), by_year.end());
    EXPECT_LT(by_year.size(), all.size()) << "the bundled story spans more than one year";
    EXPECT_TRUE(model.merge_search("no such words zzzq", 50).empty());
    const nlohmann::json json = nlohmann::json::parse(model.merge_search_json(words, 50));
    ASSERT_FALSE(json.empty());
    EXPECT_EQ(json[0]["event"], far);
    EXPECT_EQ(json[0]["headline"], events[far].title);
    // Chosen: its sources join the target.
    const size_t count = events.size(), sources = events[target].sources.size() + events[far].sources.size();
    const std::string target_title = events[target].title;
    model.merge_chosen(far);
    ASSERT_EQ(model.timeline().events.size(), count - 1);
    ASSERT_EQ(model.edit_history().edits().size(), 1u);
    EXPECT_EQ(model.edit_history().edits()[0].kind, EditKind::Merge);
    EXPECT_EQ(model.timeline().events[static_cast<size_t>(model.selected())].sources.size(), sources);
}

TEST_F(StoryInTheApp, KeyEventsAreMarkedInTheBoxes) {
    EXPECT_TRUE(std::none_of(model.boxes().begin(), model.boxes().end(), [](const EventBox& b) { return b.key; }));
    model.set_key(4, true);
    ASSERT_TRUE(model.is_key(4));
    for (size_t i = 0; i < model.boxes().size(); ++i) EXPECT_EQ(model.boxes()[i].key, model.is_key(static_cast<int>(i))) << i;
    ASSERT_TRUE(model.undo_edit());
    EXPECT_TRUE(std::none_of(model.boxes().begin(), model.boxes().end(), [](const EventBox& b) { return b.key; }));
}

}  // namespace
}  // namespace dateline
