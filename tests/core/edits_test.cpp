// Edits (core/edits.h): each kind applied, undone, anchored across a re-read, reported when stale,
// and read from documents good and bad. Events are picked by what they are (one with two
// sources, one dated to a day), not by id, so the tests hold when extraction improves.
#include "edits.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "article_inputs.h"
#include "timeline_json.h"

using namespace dateline;

namespace {

const Timeline& bundled() {
    static const Timeline t = [] {
        GatheredInputs in = gather_article_inputs({std::string(DATELINE_SOURCE_DIR) + "/assets/articles"});
        return build_timeline(std::move(in.articles), std::move(in.problems));
    }();
    return t;
}

// The first event with at least `sources` sources (and of `precision`, unless None).
// The bundled timeline's first event (after `skip` others) with at least `sources` sources and
// the precision asked for; null when there is none (a test then stops instead of reading past an
// event's sources, as it would if merging were broken).
const Event* event_with(const Timeline& t, size_t sources, Precision precision = Precision::None, size_t skip = 0) {
    for (const Event& e : t.events)
        if (e.sources.size() >= sources && (precision == Precision::None || e.precision == precision) && skip-- == 0) return &e;
    return nullptr;
}

Edit edit(EditKind kind, const Anchor& anchor) {
    Edit e;
    e.kind = kind;
    e.anchor = anchor;
    return e;
}

// The event whose sources include the anchored passage, by id.
std::string id_at(const Timeline& t, const Anchor& a) {
    const AnchorMatch m = anchor_source(t, a);
    return m.event < 0 ? std::string() : t.events[static_cast<size_t>(m.event)].id;
}

int index_of(const Timeline& t, std::string_view id) { return find_event(t, id); }

bool sorted_by_date(const Timeline& t) {
    return std::is_sorted(t.events.begin(), t.events.end(), [](const Event& a, const Event& b) {
        return a.first_day != b.first_day ? a.first_day < b.first_day : a.last_day < b.last_day;
    });
}

}  // namespace

TEST(EditDate, EachFormAnAuthorWrites) {
    auto d = parse_edit_date("2017-06-29");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->precision, Precision::Day);
    EXPECT_EQ(d->first_day, days_from_civil({2017, 6, 29}));
    EXPECT_EQ(d->last_day, d->first_day);
    d = parse_edit_date("2017-W26");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->precision, Precision::Week);
    EXPECT_EQ(d->first_day, days_from_civil({2017, 6, 26}));  // a Monday
    EXPECT_EQ(d->last_day, days_from_civil({2017, 7, 2}));
    d = parse_edit_date("2016-02");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->precision, Precision::Month);
    EXPECT_EQ(d->last_day, days_from_civil({2016, 2, 29}));
    d = parse_edit_date("2014");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->precision, Precision::Year);
    EXPECT_EQ(d->last_day, days_from_civil({2014, 12, 31}));
    d = parse_edit_date("2017-06/2017-08-15");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->precision, Precision::Range);
    EXPECT_EQ(d->first_day, days_from_civil({2017, 6, 1}));
    EXPECT_EQ(d->last_day, days_from_civil({2017, 8, 15}));
    EXPECT_EQ(d->written, "2017-06/2017-08-15");
    EXPECT_TRUE(parse_edit_date("2015-W53"));  // 2015 has 53 ISO weeks...
    for (const char* bad : {"2017-W53", "2017-13", "2017-02-30", "17", "2017-6", "2017-06-29/2017-06-01", "June 2017", "",
                            "0000", "2017/", "2017-W00", "2017-06-29T10:00"})
        EXPECT_FALSE(parse_edit_date(bad)) << bad;  // ...2017 does not
}

TEST(Anchors, TheTextHashIsFnv1a64) {
    EXPECT_EQ(article_text_hash(""), "cbf29ce484222325");  // the FNV-1a offset basis
    EXPECT_EQ(article_text_hash("a"), "af63dc4c8601ec8c");
    EXPECT_NE(article_text_hash("Mosul fell."), article_text_hash("Mosul fell!"));
}

TEST(Anchors, EverySourceOfTheDraftFindsItself) {
    const Timeline& t = bundled();
    for (size_t e = 0; e < t.events.size(); ++e)
        for (size_t s = 0; s < t.events[e].sources.size(); ++s) {
            const AnchorMatch m = anchor_source(t, anchor_of(t, t.events[e].sources[s]));
            EXPECT_EQ(m.event, static_cast<int>(e)) << t.events[e].id << " " << m.missing;
            EXPECT_EQ(m.source, static_cast<int>(s));
        }
}

TEST(Anchors, TwoEventsOfOneSentenceAreToldApartByTheWordsThatDateThem) {
    std::vector<ArticleInput> in;
    in.push_back({"talks.txt", "talks.txt",
                  "Talks resume\n\nOn 3 March 2021 protesters gathered in the main square, organisers said.\n\n"
                  "Last week the council said talks would resume, and in 2019 a similar dispute ended after a month.\n",
                  EditorialFacts{"Outlet", std::nullopt, CivilDate{2021, 3, 8}}});
    Timeline t = build_timeline(std::move(in));
    std::vector<std::pair<std::string, Anchor>> shared;  // events whose passage another event shares
    for (const Event& e : t.events)
        for (const Event& f : t.events)
            if (&e != &f && e.sources[0].start == f.sources[0].start && e.sources[0].end == f.sources[0].end)
                shared.emplace_back(e.id, anchor_of(t, e.sources[0]));
    ASSERT_EQ(shared.size(), 2u);
    EXPECT_NE(shared[0].second.dated_by, shared[1].second.dated_by);
    for (const auto& [id, anchor] : shared) EXPECT_EQ(id_at(t, anchor), id) << anchor.dated_by;
    Edit rename = edit(EditKind::Rename, shared[1].second);
    rename.text = "The 2019 dispute";
    apply_edits(t, {rename});
    EXPECT_EQ(t.events[static_cast<size_t>(find_event(t, shared[1].first))].title, "The 2019 dispute");
    EXPECT_NE(t.events[static_cast<size_t>(find_event(t, shared[0].first))].title, "The 2019 dispute");
}

TEST(Anchors, MovedOffsetsAShorterQuoteOrACorrectedArticleStillMatch) {
    const Timeline& t = bundled();
    const Event* found_target = event_with(t, 1, Precision::Day);
    ASSERT_NE(found_target, nullptr) << "no such event in the bundled timeline";
    const Event& target = *found_target;
    const Anchor exact = anchor_of(t, target.sources[0]);
    Anchor moved = exact;  // the file's line ends changed, say
    moved.start += 40;
    moved.end += 40;
    EXPECT_EQ(id_at(t, moved), target.id);
    Anchor shorter = exact;  // an older extractor cut the passage at a clause
    shorter.quote = shorter.quote.substr(0, shorter.quote.size() * 2 / 3);
    EXPECT_EQ(id_at(t, shorter), target.id);
    Anchor corrected = exact;  // the article was corrected since: its hash differs, its file and the quote are there
    corrected.text_hash = "0123456789abcdef";
    EXPECT_EQ(id_at(t, corrected), target.id);
    corrected.file = "another.txt";
    EXPECT_EQ(id_at(t, corrected), "");
}

TEST(Anchors, ARereadWithOtherLineEndsFindsTheSameEvents) {
    // The same articles saved with CR LF line ends: every original offset moves, the text does not.
    GatheredInputs in = gather_article_inputs({std::string(DATELINE_SOURCE_DIR) + "/assets/articles"});
    for (ArticleInput& a : in.articles) {
        std::string crlf;
        for (char c : a.bytes) {
            if (c == '\n') crlf += '\r';
            crlf += c;
        }
        a.bytes = std::move(crlf);
    }
    const Timeline reread = build_timeline(std::move(in.articles));
    const Timeline& t = bundled();
    ASSERT_EQ(reread.events.size(), t.events.size());
    size_t moved = 0;
    for (const Event& e : t.events) {
        const Anchor a = anchor_of(t, e.sources[0]);
        moved += anchor_of(reread, reread.events[static_cast<size_t>(find_event(reread, e.id))].sources[0]).start != a.start;
        EXPECT_EQ(id_at(reread, a), e.id);
    }
    EXPECT_GT(moved, t.events.size() / 2);  // the offsets did move
}

TEST(Edits, RenameChangesOnlyThatHeadline) {
    Timeline t = bundled();
    const Event* found_target = event_with(t, 1);
    ASSERT_NE(found_target, nullptr) << "no such event in the bundled timeline";
    const Event& target = *found_target;
    const std::string id = target.id;
    Edit e = edit(EditKind::Rename, anchor_of(t, target.sources[0]));
    e.text = "Mosul: a new headline";
    const EditOutcome out = apply_edits(t, {e});
    EXPECT_EQ(out.applied, 1u);
    EXPECT_TRUE(out.stale.empty());
    ASSERT_GE(index_of(t, id), 0);
    EXPECT_EQ(t.events[static_cast<size_t>(index_of(t, id))].title, "Mosul: a new headline");
    size_t changed = 0;
    for (const Event& x : t.events) changed += x.title != bundled().events[static_cast<size_t>(index_of(bundled(), x.id))].title;
    EXPECT_EQ(changed, 1u);
}

TEST(Edits, RedateMovesTheEventAndKeepsTheOrder) {
    Timeline t = bundled();
    const Event& target = t.events.front();  // the earliest event, moved to the end
    const std::string id = target.id;
    Edit e = edit(EditKind::Redate, anchor_of(t, target.sources[0]));
    e.date = *parse_edit_date("2019-W20");
    apply_edits(t, {e});
    const Event& moved = t.events[static_cast<size_t>(index_of(t, id))];
    EXPECT_EQ(moved.precision, Precision::Week);
    EXPECT_EQ(moved.first_day, days_from_civil({2019, 5, 13}));
    EXPECT_EQ(moved.last_day, days_from_civil({2019, 5, 19}));
    EXPECT_TRUE(sorted_by_date(t));
    EXPECT_NE(t.events.front().id, id);
    EXPECT_EQ(t.events.size(), bundled().events.size());
}

TEST(Edits, HideLeavesTheEventOut) {
    Timeline t = bundled();
    const std::string id = t.events[3].id;
    const EditOutcome out = apply_edits(t, {edit(EditKind::Hide, anchor_of(t, t.events[3].sources[0]))});
    EXPECT_EQ(t.events.size(), bundled().events.size() - 1);
    EXPECT_EQ(index_of(t, id), -1);
    ASSERT_EQ(out.hidden.size(), 1u);
    EXPECT_EQ(out.hidden[0].id, id);
    EXPECT_EQ(out.marks.size(), t.events.size());
}

TEST(Edits, HiddenFalseShowsAHiddenEventAgain) {
    Timeline t = bundled();
    const std::string id = t.events[3].id;
    const Anchor a = anchor_of(t, t.events[3].sources[0]);
    Edit show = edit(EditKind::Hide, a);
    show.hidden = false;
    const EditOutcome out = apply_edits(t, {edit(EditKind::Hide, a), show});
    EXPECT_EQ(t.events.size(), bundled().events.size());
    EXPECT_GE(index_of(t, id), 0);
    EXPECT_TRUE(out.hidden.empty());
    EXPECT_EQ(out.applied, 2u);
    EXPECT_EQ(describe_edit(show), "show again");
    // In the document: "hidden": false, read back the same; a hide without it hides.
    Problems problems;
    const EditsDocument doc = parse_edits_document(edits_document_json({edit(EditKind::Hide, a), show}), "e.json", problems);
    EXPECT_TRUE(problems.empty());
    ASSERT_EQ(doc.edits.size(), 2u);
    EXPECT_TRUE(doc.edits[0].hidden);
    EXPECT_FALSE(doc.edits[1].hidden);
    EXPECT_NE(edits_document_json({show}).find("\"hidden\": false"), std::string::npos);
    EXPECT_EQ(edits_document_json({edit(EditKind::Hide, a)}).find("hidden"), std::string::npos);
}

TEST(Edits, MergeJoinsTheSecondEventsSourcesToTheFirst) {
    Timeline t = bundled();
    const Event* found_a = event_with(t, 1, Precision::Day, 0);
    ASSERT_NE(found_a, nullptr) << "no such event in the bundled timeline";
    const Event& a = *found_a;
    const Event* found_b = event_with(t, 1, Precision::Day, 1);
    ASSERT_NE(found_b, nullptr) << "no such event in the bundled timeline";
    const Event& b = *found_b;
    const std::string a_id = a.id, b_id = b.id, a_title = a.title;
    const size_t sources = a.sources.size() + b.sources.size();
    Edit e = edit(EditKind::Merge, anchor_of(t, a.sources[0]));
    e.with = anchor_of(t, b.sources[0]);
    const EditOutcome out = apply_edits(t, {e});
    EXPECT_EQ(out.applied, 1u);
    EXPECT_EQ(t.events.size(), bundled().events.size() - 1);
    EXPECT_EQ(index_of(t, b_id), -1);
    const Event& merged = t.events[static_cast<size_t>(index_of(t, a_id))];
    EXPECT_EQ(merged.sources.size(), sources);
    EXPECT_EQ(merged.title, a_title);
    // Both passages now find the merged event.
    EXPECT_EQ(id_at(t, *e.with), a_id);
    // Merging an event with itself changes nothing.
    Timeline same = bundled();
    Edit self = edit(EditKind::Merge, anchor_of(same, a.sources[0]));
    self.with = self.anchor;
    apply_edits(same, {self});
    EXPECT_EQ(timeline_document_json(same, false), timeline_document_json(bundled(), false));
}

TEST(Edits, SplitMovesASourceToAnEventOfItsOwn) {
    Timeline t = bundled();
    const Event* found_joined = event_with(t, 2);
    ASSERT_NE(found_joined, nullptr) << "no such event in the bundled timeline";
    const Event& joined = *found_joined;
    const std::string id = joined.id;
    const Anchor second = anchor_of(t, joined.sources[1]);
    Edit e = edit(EditKind::Split, second);
    const EditOutcome out = apply_edits(t, {e});
    EXPECT_EQ(out.applied, 1u);
    EXPECT_EQ(t.events.size(), bundled().events.size() + 1);
    const Event& left = t.events[static_cast<size_t>(index_of(t, id))];
    EXPECT_EQ(left.sources.size(), bundled().events[static_cast<size_t>(index_of(bundled(), id))].sources.size() - 1);
    const std::string fresh = id_at(t, second);
    ASSERT_FALSE(fresh.empty());
    EXPECT_NE(fresh, id);
    const Event& own = t.events[static_cast<size_t>(index_of(t, fresh))];
    EXPECT_EQ(own.sources.size(), 1u);
    EXPECT_FALSE(own.title.empty());
    EXPECT_TRUE(sorted_by_date(t));
    // Ids stay unique.
    std::vector<std::string> ids;
    for (const Event& x : t.events) ids.push_back(x.id);
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(std::adjacent_find(ids.begin(), ids.end()), ids.end());
    // With a headline of the author's; and a split of a lone source only renames.
    Timeline named = bundled();
    e.text = "The other report";
    apply_edits(named, {e});
    EXPECT_EQ(named.events[static_cast<size_t>(index_of(named, id_at(named, second)))].title, "The other report");
}

TEST(Edits, NoteAndKeyAreMarksOnTheEvent) {
    Timeline t = bundled();
    const std::string id = t.events[5].id;
    const Anchor a = anchor_of(t, t.events[5].sources[0]);
    Edit note = edit(EditKind::Note, a);
    note.text = "Disputed: the ministry gives another day.";
    Edit key = edit(EditKind::Key, a);
    const EditOutcome out = apply_edits(t, {note, key});
    const size_t i = static_cast<size_t>(index_of(t, id));
    ASSERT_EQ(out.marks.size(), t.events.size());
    EXPECT_EQ(out.marks[i].note, note.text);
    EXPECT_TRUE(out.marks[i].key);
    size_t marked = 0;
    for (const EventMarks& m : out.marks) marked += m.key || !m.note.empty();
    EXPECT_EQ(marked, 1u);
    // Later edits win: unmark, and an empty note removes it.
    Timeline again = bundled();
    Edit unkey = key;
    unkey.key = false;
    Edit unnote = note;
    unnote.text.clear();
    const EditOutcome undone = apply_edits(again, {note, key, unkey, unnote});
    EXPECT_EQ(undone.marks[i], EventMarks{});
}

TEST(Edits, EditsApplyInOrderToWhatTheOnesBeforeLeft) {
    Timeline t = bundled();
    const Event* found_joined = event_with(t, 2);
    ASSERT_NE(found_joined, nullptr) << "no such event in the bundled timeline";
    const Event& joined = *found_joined;
    const std::string id = joined.id, title = joined.title;  // `joined` moves when edits apply
    const Anchor second = anchor_of(t, joined.sources[1]);
    Edit split = edit(EditKind::Split, second);
    Edit rename = edit(EditKind::Rename, second);
    rename.text = "Renamed after the split";
    apply_edits(t, {split, rename});
    EXPECT_EQ(t.events[static_cast<size_t>(index_of(t, id))].title, title);  // the one it left is untouched
    EXPECT_EQ(t.events[static_cast<size_t>(index_of(t, id_at(t, second)))].title, "Renamed after the split");
}

TEST(Edits, AMergedEventIsFoundFromEitherPassageAndASplitRedatesWhatIsLeft) {
    Timeline t = bundled();
    const Event* found_day = event_with(t, 1, Precision::Day);
    ASSERT_NE(found_day, nullptr) << "no such event in the bundled timeline";
    const Event& day = *found_day;
    const Event* found_year = event_with(t, 1, Precision::Year);
    ASSERT_NE(found_year, nullptr) << "no such event in the bundled timeline";
    const Event& year = *found_year;
    const std::string day_id = day.id;
    const int64_t year_first = year.first_day, year_last = year.last_day;
    Edit merge = edit(EditKind::Merge, anchor_of(t, day.sources[0]));
    merge.with = anchor_of(t, year.sources[0]);
    Edit note = edit(EditKind::Note, *merge.with);  // through the passage that joined
    note.text = "joined";
    Edit split = edit(EditKind::Split, merge.anchor);  // the day's own report leaves again
    const EditOutcome out = apply_edits(t, {merge, note, split});
    EXPECT_EQ(out.applied, 3u);
    const AnchorMatch left = anchor_source(t, *merge.with);
    ASSERT_GE(left.event, 0);
    const Event& rest = t.events[static_cast<size_t>(left.event)];
    EXPECT_EQ(rest.id, day_id);  // the event keeps its id...
    EXPECT_EQ(rest.precision, Precision::Year);  // ...and is dated by the report it still has
    EXPECT_EQ(rest.first_day, year_first);
    EXPECT_EQ(rest.last_day, year_last);
    EXPECT_EQ(out.marks[static_cast<size_t>(left.event)].note, "joined");
}

TEST(Edits, UndoingGivesBackTheDraftExactly) {
    const std::string draft = timeline_document_json(bundled(), false, true);
    Timeline none = bundled();
    const EditOutcome out = apply_edits(none, {});
    EXPECT_EQ(timeline_document_json(none, false, true), draft);
    EXPECT_EQ(out.marks.size(), none.events.size());

    const Timeline& t = bundled();
    const Event* found_joined = event_with(t, 2);
    ASSERT_NE(found_joined, nullptr) << "no such event in the bundled timeline";
    const Event& joined = *found_joined;
    std::vector<Edit> every;
    Edit rename = edit(EditKind::Rename, anchor_of(t, t.events[0].sources[0]));
    rename.text = "Renamed";
    every.push_back(rename);
    Edit redate = edit(EditKind::Redate, anchor_of(t, t.events[1].sources[0]));
    redate.date = *parse_edit_date("2015");
    every.push_back(redate);
    every.push_back(edit(EditKind::Hide, anchor_of(t, t.events[2].sources[0])));
    Edit merge = edit(EditKind::Merge, anchor_of(t, t.events[4].sources[0]));
    merge.with = anchor_of(t, t.events[6].sources[0]);
    every.push_back(merge);
    every.push_back(edit(EditKind::Split, anchor_of(t, joined.sources[1])));
    Edit note = edit(EditKind::Note, anchor_of(t, t.events[7].sources[0]));
    note.text = "A note";
    every.push_back(note);
    every.push_back(edit(EditKind::Key, anchor_of(t, t.events[8].sources[0])));

    EditHistory history;
    for (const Edit& e : every) {
        const std::string before = [&] {
            Timeline x = bundled();
            apply_edits(x, history.edits());
            return timeline_document_json(x, false, true);
        }();
        history.push(e);
        Timeline with = bundled();
        const EditOutcome o = apply_edits(with, history.edits());
        EXPECT_EQ(o.applied, history.edits().size());
        const std::string after = timeline_document_json(with, false, true);
        if (e.kind != EditKind::Note && e.kind != EditKind::Key) {
            EXPECT_NE(after, before) << to_string(e.kind);
        }
        ASSERT_TRUE(history.undo());
        Timeline undone = bundled();
        apply_edits(undone, history.edits());
        EXPECT_EQ(timeline_document_json(undone, false, true), before) << "undo " << to_string(e.kind);
        ASSERT_TRUE(history.redo());
        EXPECT_FALSE(history.can_redo());
    }
    while (history.undo()) {}
    EXPECT_TRUE(history.edits().empty());
    EXPECT_TRUE(history.can_redo());
    history.push(every[0]);  // a new edit forgets what was undone
    EXPECT_FALSE(history.can_redo());
    EXPECT_FALSE(EditHistory().undo());
}

TEST(Edits, AStaleAnchorIsReportedWithItsQuoteNeverDropped) {
    Timeline t = bundled();
    Anchor gone = anchor_of(t, t.events[0].sources[0]);
    gone.text_hash = "00000000000000ff";
    gone.file = "withdrawn.txt";
    Anchor changed = anchor_of(t, t.events[1].sources[0]);
    changed.quote = "Words no article here says, about a town nobody named.";
    Anchor no_event = anchor_of(t, t.events[1].sources[0]);  // its article's title line: no event is read from it
    const Article& article = t.articles[t.events[1].sources[0].article];
    const auto title = std::find_if(article.lines.begin(), article.lines.end(),
                                    [](const ArticleLine& l) { return l.kind == ArticleLine::Kind::Title; });
    ASSERT_NE(title, article.lines.end());
    no_event.quote = std::string(article.line_text(*title));
    no_event.start = article.text.offsets.to_original(title->start);
    no_event.end = article.text.offsets.to_original(title->end);
    Edit rename = edit(EditKind::Rename, gone);
    rename.text = "Lost headline";
    Edit merge = edit(EditKind::Merge, anchor_of(t, t.events[2].sources[0]));
    merge.with = changed;
    const std::vector<Edit> edits = {rename, merge, edit(EditKind::Hide, no_event), edit(EditKind::Key, anchor_of(t, t.events[3].sources[0]))};
    const EditOutcome out = apply_edits(t, edits);
    EXPECT_EQ(out.applied, 1u);
    ASSERT_EQ(out.stale.size(), 3u);
    EXPECT_EQ(out.stale[0].edit, 0u);
    EXPECT_NE(out.stale[0].message.find("no longer found: rename to \u201CLost headline\u201D"), std::string::npos) << out.stale[0].message;
    EXPECT_NE(out.stale[0].message.find("withdrawn.txt"), std::string::npos);
    EXPECT_NE(out.stale[0].message.find("no longer among those read"), std::string::npos);
    EXPECT_EQ(out.stale[1].edit, 1u);
    EXPECT_NE(out.stale[1].message.find("\u201CWords no article here says"), std::string::npos) << out.stale[1].message;
    EXPECT_NE(out.stale[1].message.find("quote is no longer in"), std::string::npos);
    EXPECT_EQ(out.stale[2].edit, 2u);
    EXPECT_NE(out.stale[2].message.find("no event is read from this passage"), std::string::npos) << out.stale[2].message;
    EXPECT_EQ(t.events.size(), bundled().events.size());  // nothing merged or hidden
}

TEST(Edits, HostileTextStaysPlainText) {
    Timeline t = bundled();
    const std::string id = t.events[0].id;
    Edit e = edit(EditKind::Rename, anchor_of(t, t.events[0].sources[0]));
    e.text = "</script><img src=x onerror=alert(1)> {{constructor.constructor('alert(1)')()}} javascript:alert(1)";
    Edit note = edit(EditKind::Note, e.anchor);
    note.text = "<a href=\"javascript:alert(1)\">x</a>\n\"quoted\" \\ back";
    Problems problems;
    const EditsDocument doc = parse_edits_document(edits_document_json({e, note}), "edits.json", problems);
    EXPECT_TRUE(problems.empty());
    ASSERT_EQ(doc.edits.size(), 2u);
    EXPECT_EQ(doc.edits[0], e);
    EXPECT_EQ(doc.edits[1], note);  // a note keeps its line breaks
    const EditOutcome out = apply_edits(t, doc.edits);
    EXPECT_EQ(t.events[static_cast<size_t>(index_of(t, id))].title, e.text);
    EXPECT_EQ(out.marks[static_cast<size_t>(index_of(t, id))].note, note.text);
}

TEST(EditsDocument, WrittenAndReadBackIsTheSameList) {
    const Timeline& t = bundled();
    std::vector<Edit> edits;
    Edit a = edit(EditKind::Rename, anchor_of(t, t.events[0].sources[0]));
    a.text = "Caf\u00E9 \u201Cquoted\u201D";
    edits.push_back(a);
    Edit d = edit(EditKind::Redate, anchor_of(t, t.events[1].sources[0]));
    d.date = *parse_edit_date("2017-06-01/2017-06-10");
    edits.push_back(d);
    edits.push_back(edit(EditKind::Hide, anchor_of(t, t.events[2].sources[0])));
    Edit m = edit(EditKind::Merge, anchor_of(t, t.events[3].sources[0]));
    m.with = anchor_of(t, t.events[4].sources[0]);
    edits.push_back(m);
    edits.push_back(edit(EditKind::Split, anchor_of(t, t.events[5].sources[0])));
    Edit n = edit(EditKind::Note, anchor_of(t, t.events[6].sources[0]));
    n.text = "note";
    edits.push_back(n);
    Edit k = edit(EditKind::Key, anchor_of(t, t.events[7].sources[0]));
    k.key = false;
    edits.push_back(k);
    Problems problems;
    const std::string json = edits_document_json(edits);
    const EditsDocument doc = parse_edits_document(json, "edits.json", problems);
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(doc.edits, edits);
    EXPECT_EQ(doc.entries, (std::vector<size_t>{1, 2, 3, 4, 5, 6, 7}));
    EXPECT_EQ(edits_document_json(doc.edits), json);
    EXPECT_NE(json.find("\"version\": 1"), std::string::npos);
}

namespace {

const char* kAnchor = R"({"text_hash": "0123456789abcdef", "file": "a.txt", "start": 10, "end": 40, "quote": "Iraqi forces took the mosque"})";

std::string document(const std::vector<std::string>& entries, const std::string& version = "1") {
    std::string out = "{\"version\": " + version + ", \"edits\": [";
    for (size_t i = 0; i < entries.size(); ++i) out += (i ? ",\n" : "\n") + entries[i];
    return out + "\n]}";
}

std::string entry(const std::string& fields) { return std::string("{\"kind\": ") + fields + ", \"anchor\": " + kAnchor + "}"; }

}  // namespace

TEST(EditsDocument, ABadEntryIsNamedAndTheGoodOnesKept) {
    Problems problems;
    const EditsDocument doc = parse_edits_document(
        document({entry("\"hide\""), entry("\"rotate\""), "{\"kind\": \"hide\"}", entry("\"redate\", \"date\": \"2017-13\""),
                  entry("\"rename\", \"headline\": \"  \""), entry("\"rename\", \"headline\": 7"),
                  entry("\"merge\""), entry("\"key\", \"key\": \"yes\""), "[1, 2]",
                  R"({"kind": "hide", "anchor": {"text_hash": "XYZ", "start": 1, "end": 2, "quote": "q"}})",
                  R"({"kind": "hide", "anchor": {"text_hash": "0123456789abcdef", "start": 5, "end": 2, "quote": "q"}})",
                  R"({"kind": "hide", "anchor": {"text_hash": "0123456789abcdef", "start": 1, "end": 2, "quote": ""}})",
                  entry("\"note\", \"note\": \"" + std::string(kLongestEditNote + 1, 'x') + "\""),
                  entry("\"rename\", \"headline\": \"Line one\\nline two\""), entry("\"key\"")}),
        "my/edits.json", problems);
    ASSERT_EQ(doc.edits.size(), 3u);
    EXPECT_EQ(doc.entries, (std::vector<size_t>{1, 14, 15}));
    EXPECT_EQ(doc.edits[1].text, "Line one line two");  // a headline is one line
    EXPECT_TRUE(doc.edits[2].key);                     // "key" defaults to marking
    ASSERT_EQ(problems.size(), 12u);
    const char* expected[] = {"is not one of rename", "has no \"anchor\"", "\"date\" \u201C2017-13\u201D is not a day",
                              "\"headline\" is empty", "\"headline\" is not text", "has no \"with\"",
                              "\"key\" is not true or false", "is not an object", "text_hash", "start before end",
                              "\"quote\" is missing or empty", "longer than 2000 bytes"};
    const size_t entries[] = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
    for (size_t i = 0; i < problems.size(); ++i) {
        EXPECT_EQ(problems[i].input, "my/edits.json entry " + std::to_string(entries[i]));
        EXPECT_NE(problems[i].message.find(expected[i]), std::string::npos) << problems[i].message;
        EXPECT_TRUE(problems[i].message.ends_with("; skipped"));
    }
}

TEST(EditsDocument, NotJsonSaysWhereAndKeepsTheEntriesBeforeIt) {
    Problems problems;
    // The third entry is cut off by a missing brace.
    const std::string text = document({entry("\"hide\""), entry("\"key\", \"key\": false"), "{\"kind\": \"hide\", \"anchor\": {\"text_hash\": }"});
    const EditsDocument doc = parse_edits_document(text, "edits.json", problems);
    ASSERT_EQ(doc.edits.size(), 2u);
    EXPECT_FALSE(doc.edits[1].key);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].input, "edits.json");
    EXPECT_NE(problems[0].message.find("not valid JSON (line 4, column"), std::string::npos) << problems[0].message;
    EXPECT_NE(problems[0].message.find("the 2 edit(s) before it are read"), std::string::npos) << problems[0].message;

    for (const char* bad : {"", "not json", "{\"version\": 1, \"edits\": [", "\xFF\xFE{}", "{\"edits\": [{\"kind\": \"hide\"",
                            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}) {
        Problems p;
        EXPECT_TRUE(parse_edits_document(bad, "edits.json", p).edits.empty()) << bad;
        ASSERT_EQ(p.size(), 1u) << bad;
        EXPECT_NE(p[0].message.find("not valid JSON"), std::string::npos) << p[0].message;
        EXPECT_NE(p[0].message.find("no edits read"), std::string::npos) << p[0].message;
    }
}

TEST(EditsDocument, TheVersionAndShapeAreChecked) {
    Problems p;
    EXPECT_TRUE(parse_edits_document(document({entry("\"hide\"")}, "2"), "edits.json", p).edits.empty());
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].message, "is version 2: this Dateline reads version 1; no edits read");
    p.clear();
    EXPECT_TRUE(parse_edits_document(document({entry("\"hide\"")}, "\"1\""), "edits.json", p).edits.empty());
    ASSERT_EQ(p.size(), 1u);
    p.clear();
    EXPECT_EQ(parse_edits_document("{\"edits\": [" + entry("\"hide\"") + "]}", "edits.json", p).edits.size(), 1u);
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].severity, Problem::Severity::Note);
    EXPECT_EQ(p[0].message, "has no \"version\"; read as version 1");
    for (const char* shape : {"[]", "42", "{\"version\": 1}", "{\"version\": 1, \"edits\": {}}"}) {
        Problems q;
        EXPECT_TRUE(parse_edits_document(shape, "edits.json", q).edits.empty());
        ASSERT_EQ(q.size(), 1u) << shape;
        EXPECT_EQ(q[0].input, "edits.json");
        EXPECT_EQ(q[0].severity, Problem::Severity::Skipped);
    }
}
