// The author's corrections in the app's model: each command applied, undone and redone, the
// selection kept on the edited event, the edits applied again after a rebuild, stale edits
// reported, the stored document restored (and its problems said), and the page's text form.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "app_model.h"
#include "calendar.h"
#include "bundled_story.h"
#include "recording_host.h"

namespace dateline {
namespace {

using EditingHost = RecordingHost;  // recording_host.h

// What a reader sees of the events: headline, date, sources, in order.
std::vector<std::string> seen(const Timeline& t) {
    std::vector<std::string> out;
    for (const Event& e : t.events)
        out.push_back(e.id + " " + e.title + " " + std::to_string(e.first_day) + "-" + std::to_string(e.last_day) + " " +
                      std::to_string(e.sources.size()));
    return out;
}

class EditsInTheApp : public ::testing::Test {
protected:
    void SetUp() override {
        open_bundled_story(model);
        model.restore_edits("");  // the page read its storage: nothing kept
        draft = seen(model.timeline());
        ASSERT_GT(model.timeline().events.size(), 10u);
    }
    nlohmann::json state() const { return nlohmann::json::parse(model.state_json(ScreenFacts{}, FrameFacts{})); }
    const Event& selected() const { return model.timeline().events[static_cast<size_t>(model.selected())]; }
    int with_sources(size_t at_least) const {
        for (size_t i = 0; i < model.timeline().events.size(); ++i)
            if (model.timeline().events[i].sources.size() >= at_least) return static_cast<int>(i);
        return -1;
    }
    int titled(const std::string& title) const {
        for (size_t i = 0; i < model.timeline().events.size(); ++i)
            if (model.timeline().events[i].title == title) return static_cast<int>(i);
        return -1;
    }
    void undo_redo_gives_back_the_draft() {
        const std::vector<std::string> edited = seen(model.timeline());
        ASSERT_TRUE(model.undo_edit());
        EXPECT_EQ(seen(model.timeline()), draft) << "undoing gives the draft back exactly";
        EXPECT_FALSE(model.undo_edit());
        ASSERT_TRUE(model.redo_edit());
        EXPECT_EQ(seen(model.timeline()), edited);
        EXPECT_FALSE(model.redo_edit());
    }
    EditingHost host;
    AppModel model{host};
    std::vector<std::string> draft;
};

TEST_F(EditsInTheApp, RenameKeepsTheEventSelectedAndIsStored) {
    model.select(5, true);
    const std::string id = selected().id;
    EXPECT_EQ(model.rename_event(5, "  Talks resume in Geneva\n"), "");
    ASSERT_GE(model.selected(), 0);
    EXPECT_EQ(selected().title, "Talks resume in Geneva") << "one line, trimmed";
    EXPECT_EQ(selected().id, id) << "the edited event stays selected";
    EXPECT_EQ(state()["selectedTitle"], "Talks resume in Geneva");
    ASSERT_EQ(host.stored.size(), 1u);
    Problems problems;
    const EditsDocument doc = parse_edits_document(host.stored.back(), "stored", problems);
    ASSERT_EQ(doc.edits.size(), 1u);
    EXPECT_EQ(doc.edits[0].kind, EditKind::Rename);
    EXPECT_TRUE(problems.empty());
    EXPECT_NE(model.rename_event(5, " \n "), "") << "an empty headline is refused";
    EXPECT_NE(model.rename_event(5, std::string(kLongestEditHeadline + 1, 'x')), "");
    EXPECT_EQ(model.edit_history().edits().size(), 1u) << "refused text adds no edit";
    undo_redo_gives_back_the_draft();
    EXPECT_EQ(selected().id, id) << "undo and redo select the event they concern";
    EXPECT_EQ(host.stored.size(), 3u) << "stored after the edit, the undo and the redo";
}

TEST_F(EditsInTheApp, RedateMovesTheEventAndKeepsItSelected) {
    const std::string title = model.timeline().events[2].title;
    EXPECT_NE(model.redate_event(2, "29 June 2017"), "") << "not a form parse_edit_date reads";
    EXPECT_NE(model.redate_event(2, "2017-06-31"), "");
    EXPECT_TRUE(model.edit_history().edits().empty());
    EXPECT_EQ(model.redate_event(2, " 2030-03 "), "");
    EXPECT_EQ(selected().title, title) << "the redated event stays selected where it moved";
    EXPECT_EQ(selected().first_day, days_from_civil({2030, 3, 1}));
    EXPECT_EQ(selected().last_day, days_from_civil({2030, 3, 31}));
    EXPECT_EQ(model.selected(), static_cast<int>(model.timeline().events.size()) - 1) << "the latest event now";
    EXPECT_EQ(state()["selectedDateWords"], "March 2030");
    EXPECT_EQ(std::floor(model.playhead()), static_cast<double>(days_from_civil({2030, 3, 1}))) << "the playhead follows it";
    undo_redo_gives_back_the_draft();
    // A week and a range.
    ASSERT_EQ(model.redate_event(model.selected(), "2017-W26"), "");
    EXPECT_EQ(selected().precision, Precision::Week);
    ASSERT_EQ(model.redate_event(model.selected(), "2017-06-01/2017-06-10"), "");
    EXPECT_EQ(selected().last_day - selected().first_day, 9);
}

TEST_F(EditsInTheApp, HideTakesTheEventOutAndUndoBringsItBackSelected) {
    const size_t events = model.timeline().events.size();
    model.select(4, true);
    const std::string title = selected().title;
    model.hide_event(4);
    EXPECT_EQ(model.timeline().events.size(), events - 1);
    EXPECT_EQ(titled(title), -1);
    ASSERT_EQ(model.edit_outcome().hidden.size(), 1u);
    EXPECT_EQ(model.edit_outcome().hidden[0].title, title);
    EXPECT_EQ(state()["editing"]["hidden"][0], title);
    ASSERT_GE(model.selected(), 0) << "another event is selected";
    EXPECT_EQ(model.shown().size(), events - 1) << "the list follows at once";
    ASSERT_TRUE(model.undo_edit());
    EXPECT_EQ(selected().title, title) << "undo shows it again, selected";
    EXPECT_EQ(seen(model.timeline()), draft);
    ASSERT_TRUE(model.redo_edit());
    EXPECT_EQ(model.timeline().events.size(), events - 1);
    // "Show again" from the hidden list: an edit of its own (undoable), the event selected.
    model.select(0, true);
    model.show_hidden(0);
    EXPECT_EQ(seen(model.timeline()), draft);
    EXPECT_TRUE(model.edit_outcome().hidden.empty());
    EXPECT_EQ(selected().title, title);
    EXPECT_EQ(model.edit_history().edits().size(), 2u);
    ASSERT_TRUE(model.undo_edit());
    EXPECT_EQ(model.timeline().events.size(), events - 1);
}

TEST_F(EditsInTheApp, MergeJoinsTheSourcesIntoTheFirstEvent) {
    const size_t events = model.timeline().events.size();
    const Event a = model.timeline().events[3], b = model.timeline().events[6];
    model.merge_events(3, 6);
    EXPECT_EQ(model.timeline().events.size(), events - 1);
    EXPECT_EQ(selected().title, a.title) << "the event that stays is selected";
    EXPECT_EQ(selected().sources.size(), a.sources.size() + b.sources.size());
    EXPECT_EQ(titled(b.title) == model.selected() || titled(b.title) == -1, true);
    model.merge_events(model.selected(), model.selected());
    EXPECT_EQ(model.edit_history().edits().size(), 1u) << "an event does not merge with itself";
    undo_redo_gives_back_the_draft();
}

TEST_F(EditsInTheApp, SplitMakesASourceItsOwnEventAndSelectsIt) {
    const int several = with_sources(2);
    ASSERT_GE(several, 0) << "the bundled story has an event reported twice";
    const Event before = model.timeline().events[static_cast<size_t>(several)];
    const size_t events = model.timeline().events.size();
    model.split_source(several, 1);
    EXPECT_EQ(model.timeline().events.size(), events + 1);
    ASSERT_EQ(selected().sources.size(), 1u) << "the new event, selected";
    EXPECT_EQ(selected().sources[0].article, before.sources[1].article);
    EXPECT_EQ(selected().sources[0].start, before.sources[1].start);
    EXPECT_EQ(state()["selectedSources"], 1);
    const int single = model.selected();
    model.split_source(single, 0);
    EXPECT_EQ(model.edit_history().edits().size(), 1u) << "a source alone is its own event already";
    undo_redo_gives_back_the_draft();
}

TEST_F(EditsInTheApp, NotesAndKeyEventsAreMarksOfTheEvent) {
    EXPECT_EQ(model.set_note(7, "Disputed by the ministry."), "");
    EXPECT_EQ(model.note_of(model.selected()), "Disputed by the ministry.");
    EXPECT_EQ(state()["selectedNote"], "Disputed by the ministry.");
    EXPECT_NE(model.set_note(7, std::string(kLongestEditNote + 1, 'n')), "");
    model.set_key(model.selected(), true);
    EXPECT_TRUE(model.is_key(model.selected()));
    EXPECT_EQ(state()["selectedKey"], true);
    EXPECT_EQ(state()["editing"]["keyEvents"], 1);
    EXPECT_EQ(model.set_note(model.selected(), ""), "") << "an empty note removes it";
    EXPECT_EQ(model.note_of(model.selected()), "");
    ASSERT_TRUE(model.undo_edit());
    EXPECT_EQ(model.note_of(model.selected()), "Disputed by the ministry.");
    ASSERT_TRUE(model.undo_edit());
    EXPECT_FALSE(model.is_key(model.selected()));
    ASSERT_TRUE(model.redo_edit());
    EXPECT_TRUE(model.is_key(model.selected()));
}

TEST_F(EditsInTheApp, PlayGoesFromKeyEventToKeyEventWhenThereAreSome) {
    const size_t events = model.timeline().events.size();
    model.set_key(2, true);
    model.set_key(static_cast<int>(events) - 3, true);
    const std::string first = model.timeline().events[2].title, second = model.timeline().events[events - 3].title;
    model.select(0, true);
    model.toggle_play();
    std::vector<std::string> stops;
    for (int i = 0; i < 200 && model.playing(); ++i) {
        model.tick(0.5);
        if (stops.empty() || stops.back() != selected().title) stops.push_back(selected().title);
    }
    EXPECT_EQ(stops, (std::vector<std::string>{model.timeline().events[0].title, first, second}));
    EXPECT_FALSE(model.playing()) << "stops after the last key event";
    model.toggle_play();
    EXPECT_EQ(selected().title, first) << "Play again starts from the first key event";
}

TEST_F(EditsInTheApp, EditsApplyAgainAfterArticlesAreAdded) {
    model.select(5, true);
    const std::string id = selected().id;
    ASSERT_EQ(model.rename_event(5, "Renamed before the articles came"), "");
    model.hide_event(2);
    const std::string article =
        "Floods close the river road\n\nBy a reporter, 12 March 2021\n\n"
        "The river road was closed on Wednesday after the floods. It reopened on 20 March 2021.\n";
    ASSERT_TRUE(model.add_file("floods.txt", article, 0, 7));
    model.files_added(false);
    for (int i = 0; i < 1000 && model.reading(); ++i) model.tick(0.016);
    ASSERT_FALSE(model.reading());
    EXPECT_GE(titled("Renamed before the articles came"), 0) << "the rename is applied to the new draft";
    EXPECT_EQ(model.edit_outcome().hidden.size(), 1u);
    EXPECT_TRUE(model.edit_outcome().stale.empty());
    EXPECT_EQ(model.edit_outcome().marks.size(), model.timeline().events.size());
    // An edit of the added article's event: still applied after its removal and return? It is
    // stale while the article is gone, and found again when it is back.
    int added = -1;
    for (size_t i = 0; i < model.timeline().events.size(); ++i)
        if (model.is_added(model.timeline().events[i].sources[0].article)) added = static_cast<int>(i);
    ASSERT_GE(added, 0);
    ASSERT_EQ(model.set_note(added, "From my own clipping"), "");
    model.remove_added(0);
    for (int i = 0; i < 1000 && model.reading(); ++i) model.tick(0.016);
    ASSERT_EQ(model.edit_outcome().stale.size(), 1u);
    EXPECT_NE(model.edit_outcome().stale[0].message.find("no longer found: note"), std::string::npos)
        << model.edit_outcome().stale[0].message;
    EXPECT_NE(model.edit_outcome().stale[0].message.find("floods.txt"), std::string::npos);
    EXPECT_EQ(state()["editing"]["stale"].size(), 1u);
    EXPECT_GE(titled("Renamed before the articles came"), 0);
}

TEST_F(EditsInTheApp, TheStoredDocumentIsRestoredAndItsProblemsSaid) {
    ASSERT_EQ(model.rename_event(3, "Kept across a reload"), "");
    model.set_key(3, true);
    const std::string document = host.stored.back();

    EditingHost other_host;
    AppModel reloaded(other_host);
    reloaded.load_articles(kBundledArticles);
    reloaded.restore_edits(document);
    EXPECT_EQ(reloaded.edit_history().edits().size(), 2u);
    int found = -1;
    for (size_t i = 0; i < reloaded.timeline().events.size(); ++i)
        if (reloaded.timeline().events[i].title == "Kept across a reload") found = static_cast<int>(i);
    ASSERT_GE(found, 0);
    EXPECT_TRUE(reloaded.is_key(found));
    EXPECT_TRUE(other_host.stored.empty()) << "reading what was kept writes nothing back";
    EXPECT_TRUE(reloaded.edit_problems().empty());

    EditingHost bad_host;
    AppModel bad(bad_host);
    bad.load_articles(kBundledArticles);
    const size_t events = bad.timeline().events.size();
    bad.restore_edits("{\"version\": 1, \"edits\": [");
    ASSERT_EQ(bad.edit_problems().size(), 1u);
    EXPECT_NE(bad.edit_problems()[0].find("is not valid JSON"), std::string::npos) << bad.edit_problems()[0];
    EXPECT_EQ(bad.timeline().events.size(), events) << "the timeline loads all the same";
    bad.restore_edits("{\"version\": 9, \"edits\": []}");
    ASSERT_EQ(bad.edit_problems().size(), 1u);
    EXPECT_NE(bad.edit_problems()[0].find("version 9"), std::string::npos) << bad.edit_problems()[0];
    EXPECT_EQ(nlohmann::json::parse(bad.state_json(ScreenFacts{}, FrameFacts{}))["editing"]["problems"].size(), 1u);
}

TEST_F(EditsInTheApp, EditsMadeBeforeTheStoredOnesArriveComeAfterThem) {
    EditingHost early_host;
    AppModel early(early_host);
    early.load_articles(kBundledArticles);
    ASSERT_EQ(early.rename_event(1, "Made before the storage answered"), "");
    EXPECT_TRUE(early_host.stored.empty()) << "nothing is written over what may be kept";
    ASSERT_EQ(model.rename_event(4, "Kept earlier"), "");
    early.restore_edits(host.stored.back());
    ASSERT_EQ(early.edit_history().edits().size(), 2u);
    EXPECT_EQ(early.edit_history().edits()[0].text, "Kept earlier");
    EXPECT_EQ(early_host.stored.size(), 1u) << "both are kept now";
}

TEST_F(EditsInTheApp, AStaleEditIsListedNotDropped) {
    Edit gone;
    gone.kind = EditKind::Rename;
    gone.text = "About an article no longer here";
    gone.anchor = anchor_of(model.timeline(), model.timeline().events[0].sources[0]);
    gone.anchor.text_hash = "0123456789abcdef";
    gone.anchor.file = "missing.txt";
    gone.anchor.quote = "words that are in no article at all";
    model.set_edits({gone});
    ASSERT_EQ(model.edit_outcome().stale.size(), 1u);
    EXPECT_EQ(model.edit_outcome().stale[0].message.rfind("no longer found: rename to", 0), 0u) << model.edit_outcome().stale[0].message;
    EXPECT_EQ(seen(model.timeline()), draft) << "nothing else changes";
    EXPECT_EQ(model.edit_history().edits().size(), 1u) << "kept in the list";
}

TEST_F(EditsInTheApp, TheTextFormAsksThePageAndAppliesWhatIsTyped) {
    model.select(3, true);
    const std::string title = selected().title;
    model.open_edit_form(AppModel::EditForm::Redate, 3);
    ASSERT_EQ(host.forms.size(), 1u);
    EXPECT_EQ(host.forms[0].rfind("redate|Date|", 0), 0u) << host.forms[0];
    EXPECT_EQ(state()["editing"]["formOpen"], true);
    const std::string written = host.forms[0].substr(std::string("redate|Date|").size());
    ASSERT_TRUE(parse_edit_date(written)) << "the current date is offered in a form it reads back: " << written;
    EXPECT_NE(model.submit_edit_form("next Tuesday"), "");
    EXPECT_EQ(state()["editing"]["formOpen"], true) << "the form stays open to correct it";
    EXPECT_EQ(model.submit_edit_form("2016"), "");
    EXPECT_EQ(state()["editing"]["formOpen"], false);
    EXPECT_EQ(selected().title, title);
    EXPECT_EQ(model.date_words(model.selected()), "2016");
    model.open_edit_form(AppModel::EditForm::Rename, model.selected());
    EXPECT_EQ(host.forms.back(), "rename|Headline|" + title);
    EXPECT_EQ(model.submit_edit_form("A headline typed in the form"), "");
    EXPECT_EQ(selected().title, "A headline typed in the form");
}

TEST_F(EditsInTheApp, StorageRefusedIsSaid) {
    model.set_edits_storage(false, "storage refused: QuotaExceededError");
    const auto s = state();
    EXPECT_EQ(s["editing"]["kept"], false);
    EXPECT_EQ(model.toast(), "Your corrections will not be kept after this page closes: storage refused: QuotaExceededError");
    EXPECT_EQ(model.rename_event(1, "Still edited in memory"), "");
    EXPECT_EQ(selected().title, "Still edited in memory");
}

TEST_F(EditsInTheApp, TheReaderGivesAnUndatedArticleItsDate) {
    const std::string undated = "Floods close the river road\n\nThe river road was closed on Wednesday after the floods, officials said.\n";
    ASSERT_TRUE(model.add_file("floods.txt", undated, 0, 7));
    model.files_added(false);
    for (int i = 0; i < 1000 && model.reading(); ++i) model.tick(0.016);
    const uint32_t article = static_cast<uint32_t>(model.bundled_articles());
    ASSERT_EQ(model.timeline().articles.size(), article + 1u);
    ASSERT_FALSE(model.timeline().articles[article].published) << "no date in it";
    EXPECT_NE(model.set_added_date(0, "last week"), "");
    EXPECT_NE(model.set_added_date(0, "2021-02-30"), "");
    model.open_edit_form(AppModel::EditForm::Published, 0);
    ASSERT_FALSE(host.forms.empty());
    EXPECT_EQ(host.forms.back(), "published|Published on|");
    EXPECT_EQ(model.submit_edit_form(" 2021-03-12 "), "");
    for (int i = 0; i < 1000 && model.reading(); ++i) model.tick(0.016);
    const Article& a = model.timeline().articles[article];
    ASSERT_TRUE(a.published);
    EXPECT_EQ(to_iso(*a.published), "2021-03-12");
    EXPECT_NE(a.published_how.find("you"), std::string::npos) << a.published_how;
    EXPECT_EQ(model.toast(), "Read again with the date you gave");
    // "on Wednesday" is read against that date now.
    bool dated = false;
    for (const Event& e : model.timeline().events)
        for (const EventSource& s : e.sources) dated |= s.article == article && e.first_day == days_from_civil({2021, 3, 10});
    EXPECT_TRUE(dated) << "Wednesday before Friday 12 March 2021";
    EXPECT_EQ(to_iso(*model.added()[0].published), "2021-03-12");
    // Taken back: unknown again.
    EXPECT_EQ(model.set_added_date(0, ""), "");
    for (int i = 0; i < 1000 && model.reading(); ++i) model.tick(0.016);
    EXPECT_FALSE(model.timeline().articles[article].published);
}

}  // namespace
}  // namespace dateline
