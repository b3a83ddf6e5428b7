// The author's corrections in the app (issue 10): commands that add an edit (core/edits.h) to
// the history, undo and redo, the page's text form, and keeping the edits document.
//
// The model keeps the drafted events (draft_) and an EditHistory; the timeline shown is always
// the draft with the history's edits applied by the core (apply_edits), so undoing everything
// gives the draft back exactly, and a rebuild (articles added or removed) applies them again to
// the new draft. Edits are anchored by core anchor_of() to a passage of the shown event (its
// first source; a split: the source moved), never to an index or an id.
#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "app_model.h"
#include "calendar.h"

namespace dateline {

namespace {

// Where a source is, for finding the same report again after the events changed.
struct SourceRef {
    uint32_t article = UINT32_MAX, start = 0, end = 0;
};

SourceRef ref_of(const Event& e, size_t source) {
    if (source >= e.sources.size()) return {};
    const EventSource& s = e.sources[source];
    return {s.article, s.start, s.end};
}

int event_holding(const Timeline& t, const SourceRef& ref) {
    if (ref.article == UINT32_MAX) return -1;
    for (size_t i = 0; i < t.events.size(); ++i)
        for (const EventSource& s : t.events[i].sources)
            if (s.article == ref.article && s.start == ref.start && s.end == ref.end) return static_cast<int>(i);
    return -1;
}

// Text of one line for a headline: line breaks and tabs become spaces, ends trimmed.
std::string one_line(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    const size_t a = text.find_first_not_of(' '), b = text.find_last_not_of(' ');
    return a == std::string::npos ? std::string() : text.substr(a, b - a + 1);
}

std::string trimmed(const std::string& text) {
    const size_t a = text.find_first_not_of(" \n\r\t"), b = text.find_last_not_of(" \n\r\t");
    return a == std::string::npos ? std::string() : text.substr(a, b - a + 1);
}

// An event's date as an author would write it in the form (what parse_edit_date reads back):
// a day, an ISO week, a month, a year, or a range of days.
std::string written_date(const Event& e) {
    const CivilDate first = civil_from_days(e.first_day), last = civil_from_days(e.last_day);
    char b[16];
    switch (e.precision) {
        case Precision::Day:
            if (e.first_day == e.last_day) return to_iso(first);
            break;
        case Precision::Week: {
            const IsoWeek w = iso_week(first);
            if (monday_of_iso_week(w.year, w.week) == e.first_day && e.last_day == e.first_day + 6) {
                std::snprintf(b, sizeof b, "%04d-W%02d", w.year, w.week);
                return b;
            }
            break;
        }
        case Precision::Month:
            if (first.day == 1 && last.year == first.year && last.month == first.month) {
                std::snprintf(b, sizeof b, "%04d-%02d", first.year, first.month);
                return b;
            }
            break;
        case Precision::Year:
            if (first.month == 1 && first.day == 1 && last.year == first.year && last.month == 12 && last.day == 31) {
                std::snprintf(b, sizeof b, "%04d", first.year);
                return b;
            }
            break;
        default: break;
    }
    return e.first_day == e.last_day ? to_iso(first) : to_iso(first) + "/" + to_iso(last);
}

constexpr const char* kDateForms =
    "a day 2017-06-29, a week 2017-W26, a month 2017-06, a year 2017, or a range 2017-06-01/2017-06-10";

}  // namespace

// ---------------------------------------------------------------------------------------------
// Applying
// ---------------------------------------------------------------------------------------------

void AppModel::apply_edit_list() {
    if (history_.edits().empty()) {
        if (draft_) timeline_.events = std::move(*draft_);
        draft_.reset();
        outcome_ = EditOutcome{};
        return;
    }
    if (!draft_) draft_ = timeline_.events;
    timeline_.events = *draft_;
    outcome_ = apply_edits(timeline_, history_.edits());
}

// After the list changed: the timeline again, and the selection on `focus` (the edit's event),
// else on the event selected before, else on the event at the playhead. The article view stays
// on its passage if that is still shown. With `store`, the list is kept (the page's storage).
void AppModel::edits_changed(const Anchor* focus, bool store) {
    const SourceRef was_selected = valid_event(selected_) ? ref_of(timeline_.events[selected_], 0) : SourceRef{};
    const SourceRef open_passage =
        valid_event(article_event_) ? ref_of(timeline_.events[article_event_], static_cast<size_t>(article_source_)) : SourceRef{};
    apply_edit_list();
    build_boxes();
    refilter();  // now: views index shown() in this very frame
    int to_select = -1;
    if (focus) to_select = anchor_source(timeline_, *focus).event;
    if (to_select >= 0) {
        select(to_select, true);
    } else if (const int kept = event_holding(timeline_, was_selected); kept >= 0) {
        selected_ = kept;
        ++selection_serial_;
    } else {
        selected_ = event_at(timeline_, static_cast<int64_t>(std::floor(playhead_)));
        if (selected_ < 0 && !timeline_.events.empty()) selected_ = 0;
        ++selection_serial_;
        mark_moved();
    }
    article_event_ = event_holding(timeline_, open_passage);
    if (article_event_ >= 0) {
        const auto& sources = timeline_.events[article_event_].sources;
        for (size_t i = 0; i < sources.size(); ++i)
            if (sources[i].start == open_passage.start && sources[i].article == open_passage.article) article_source_ = static_cast<int>(i);
    } else {
        article_source_ = -1;
    }
    if (store && edits_restored_) host_.store_edits(edits_document_json(history_.edits()));
}

void AppModel::commit_edit(Edit edit, const Anchor& focus) {
    const Anchor kept_focus = focus;  // (the edit moves into the history)
    history_.push(std::move(edit));
    edit_done();
    edits_changed(&kept_focus);
}

// ---------------------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------------------

std::string AppModel::rename_event(int event, const std::string& headline) {
    if (!valid_event(event)) return "No event is selected";
    std::string text = one_line(headline);
    if (text.empty()) return "A headline cannot be empty";
    if (text.size() > kLongestEditHeadline)
        return "A headline holds at most " + std::to_string(kLongestEditHeadline) + " bytes (this one " + std::to_string(text.size()) + ")";
    if (text == timeline_.events[event].title) return {};
    Edit e;
    e.kind = EditKind::Rename;
    e.anchor = anchor_of(timeline_, timeline_.events[event].sources.front());
    e.text = std::move(text);
    const Anchor focus = e.anchor;
    commit_edit(std::move(e), focus);
    return {};
}

std::string AppModel::redate_event(int event, const std::string& date) {
    if (!valid_event(event)) return "No event is selected";
    const std::string written = trimmed(date);
    const auto parsed = parse_edit_date(written);
    if (!parsed) return "\u201C" + written + "\u201D is not a date Dateline reads: write " + kDateForms;
    Edit e;
    e.kind = EditKind::Redate;
    e.anchor = anchor_of(timeline_, timeline_.events[event].sources.front());
    e.date = *parsed;
    const Anchor focus = e.anchor;
    commit_edit(std::move(e), focus);
    return {};
}

void AppModel::hide_event(int event) {
    if (!valid_event(event)) return;
    Edit e;
    e.kind = EditKind::Hide;
    e.anchor = anchor_of(timeline_, timeline_.events[event].sources.front());
    history_.push(std::move(e));
    edit_done();
    edits_changed(nullptr);  // the event is gone: the one at the playhead is selected
    show_notice("Event hidden (Undo shows it again)");
}

void AppModel::show_hidden(size_t hidden) {
    if (hidden >= outcome_.hidden.size() || outcome_.hidden[hidden].sources.empty()) return;
    Edit e;
    e.kind = EditKind::Hide;
    e.hidden = false;
    e.anchor = anchor_of(timeline_, outcome_.hidden[hidden].sources.front());
    const Anchor focus = e.anchor;  // selected again
    commit_edit(std::move(e), focus);
}

void AppModel::merge_events(int event, int other) {
    if (!valid_event(event) || !valid_event(other) || event == other) return;
    Edit e;
    e.kind = EditKind::Merge;
    e.anchor = anchor_of(timeline_, timeline_.events[event].sources.front());
    e.with = anchor_of(timeline_, timeline_.events[other].sources.front());
    const Anchor focus = e.anchor;
    commit_edit(std::move(e), focus);
}

void AppModel::split_source(int event, int source) {
    if (!valid_event(event) || source < 0 || source >= static_cast<int>(timeline_.events[event].sources.size())) return;
    if (timeline_.events[event].sources.size() < 2) return;  // alone already
    Edit e;
    e.kind = EditKind::Split;
    e.anchor = anchor_of(timeline_, timeline_.events[event].sources[static_cast<size_t>(source)]);
    const Anchor focus = e.anchor;  // the new event
    commit_edit(std::move(e), focus);
}

std::string AppModel::set_note(int event, const std::string& note) {
    if (!valid_event(event)) return "No event is selected";
    std::string text = trimmed(note);
    if (text.size() > kLongestEditNote)
        return "A note holds at most " + std::to_string(kLongestEditNote) + " bytes (this one " + std::to_string(text.size()) + ")";
    if (text == note_of(event)) return {};
    Edit e;
    e.kind = EditKind::Note;
    e.anchor = anchor_of(timeline_, timeline_.events[event].sources.front());
    e.text = std::move(text);
    const Anchor focus = e.anchor;
    commit_edit(std::move(e), focus);
    return {};
}

void AppModel::set_key(int event, bool key) {
    if (!valid_event(event) || is_key(event) == key) return;
    Edit e;
    e.kind = EditKind::Key;
    e.anchor = anchor_of(timeline_, timeline_.events[event].sources.front());
    e.key = key;
    const Anchor focus = e.anchor;
    commit_edit(std::move(e), focus);
}

// Undo and redo select the event the edit concerned (where it is now).
bool AppModel::undo_edit() {
    if (!done_steps_.empty() && done_steps_.back() == Step::Story) return undo_story();
    if (!history_.can_undo()) return false;
    if (!done_steps_.empty()) done_steps_.pop_back();
    undone_steps_.push_back(Step::Edit);
    const Anchor focus = history_.edits().back().anchor;
    const std::string what = describe_edit(history_.edits().back());
    history_.undo();
    edits_changed(&focus);
    show_notice("Undone: " + what);
    return true;
}

bool AppModel::redo_edit() {
    if (!undone_steps_.empty() && undone_steps_.back() == Step::Story) return redo_story();
    if (!history_.redo()) return false;
    if (!undone_steps_.empty()) undone_steps_.pop_back();
    done_steps_.push_back(Step::Edit);
    const Anchor focus = history_.edits().back().anchor;
    edits_changed(&focus);
    show_notice("Redone: " + describe_edit(history_.edits().back()));
    return true;
}

void AppModel::set_edits(std::vector<Edit> edits) {
    history_ = EditHistory(std::move(edits));
    done_steps_.clear();
    undone_steps_.clear();
    story_done_.clear();
    story_undone_.clear();
    edits_changed(nullptr);
}

void AppModel::restore_edits(const std::string& document) {
    std::vector<Edit> edits;
    edit_problems_.clear();
    if (!document.empty()) {
        Problems problems;
        EditsDocument doc = parse_edits_document(document, "The corrections kept in this browser", problems);
        for (const Problem& p : problems)
            edit_problems_.push_back(p.input + " " + p.message +
                                     (p.severity == Problem::Severity::Skipped ? " (your next correction replaces what was kept)" : ""));
        edits = std::move(doc.edits);
        if (!problems.empty()) show_notice("The corrections kept in this browser could not all be read (Edit shows why)");
    }
    const bool made_meanwhile = history_.can_undo();
    for (const Edit& e : history_.edits()) edits.push_back(e);
    edits_restored_ = true;
    if (edits.empty()) return;
    history_ = EditHistory(std::move(edits));
    // Written back only with edits made meanwhile: what was kept stays as it was until the
    // author corrects something (a document this version cannot read is not lost on opening).
    edits_changed(nullptr, made_meanwhile);
    const size_t n = history_.edits().size();
    show_notice("Your " + std::to_string(n) + " correction" + (n == 1 ? " is" : "s are") + " applied");
}

void AppModel::set_edits_storage(bool kept, const std::string& why) {
    if (!kept && edits_storage_ != 0) show_notice("Your corrections will not be kept after this page closes: " + why);
    edits_storage_ = kept ? 1 : 0;
    edits_storage_why_ = why;
}

// ---------------------------------------------------------------------------------------------
// The text form
// ---------------------------------------------------------------------------------------------

void AppModel::open_edit_form(EditForm form, int event) {
    if (form == EditForm::Published) {
        if (event < 0 || static_cast<size_t>(event) >= added_.size()) return;
        form_ = form;
        form_file_ = static_cast<size_t>(event);
        form_open_ = true;
        const Added& a = added_[form_file_];
        host_.open_edit_form("published", "Published on", a.published ? to_iso(*a.published) : std::string(),
                             "The day " + a.file.name + " was published, as 2017-06-29 (empty: not known)");
        return;
    }
    if (!valid_event(event)) return;
    const Event& e = timeline_.events[event];
    form_ = form;
    form_target_ = anchor_of(timeline_, e.sources.front());
    form_open_ = true;
    switch (form) {
        case EditForm::Rename: host_.open_edit_form("rename", "Headline", e.title, "One line, shown as the event's headline"); break;
        case EditForm::Redate:
            host_.open_edit_form("redate", "Date", written_date(e), std::string("Write ") + kDateForms);
            break;
        case EditForm::Note: host_.open_edit_form("note", "Note", note_of(event), "Shown with the event; empty removes the note"); break;
        case EditForm::Published: break;
    }
}

std::string AppModel::submit_edit_form(const std::string& text) {
    if (!form_open_) return {};
    if (form_ == EditForm::Published) {
        std::string problem = set_added_date(form_file_, text);
        if (problem.empty()) form_open_ = false;
        return problem;
    }
    const int event = anchor_source(timeline_, form_target_).event;
    if (event < 0) {
        form_open_ = false;
        return "This event is no longer on the timeline";
    }
    std::string problem;
    switch (form_) {
        case EditForm::Rename: problem = rename_event(event, text); break;
        case EditForm::Redate: problem = redate_event(event, text); break;
        case EditForm::Note: problem = set_note(event, text); break;
        case EditForm::Published: break;
    }
    if (problem.empty()) form_open_ = false;
    return problem;
}

// ---------------------------------------------------------------------------------------------
// What the views read
// ---------------------------------------------------------------------------------------------

bool AppModel::is_key(int event) const {
    return event >= 0 && static_cast<size_t>(event) < outcome_.marks.size() && outcome_.marks[static_cast<size_t>(event)].key;
}

const std::string& AppModel::note_of(int event) const {
    static const std::string none;
    return event >= 0 && static_cast<size_t>(event) < outcome_.marks.size() ? outcome_.marks[static_cast<size_t>(event)].note : none;
}

bool AppModel::has_key_events() const {
    return std::any_of(outcome_.marks.begin(), outcome_.marks.end(), [](const EventMarks& m) { return m.key; });
}

std::string AppModel::editing_json() const {
    using Json = nlohmann::ordered_json;
    Json j;
    j["on"] = editing_;
    j["edits"] = history_.edits().size();
    j["applied"] = outcome_.applied;
    j["canUndo"] = can_undo();
    j["canRedo"] = can_redo();
    j["storyChanges"] = story_done_.size();
    j["storyChanged"] = story_changes();
    size_t keys = 0;
    for (const EventMarks& m : outcome_.marks) keys += m.key;
    j["keyEvents"] = keys;
    j["hidden"] = Json::array();
    for (const Event& e : outcome_.hidden) j["hidden"].push_back(e.title);
    j["stale"] = Json::array();
    for (const StaleEdit& s : outcome_.stale) j["stale"].push_back(s.message);
    j["problems"] = edit_problems_;
    j["kept"] = edits_storage_ < 0 ? Json(nullptr) : Json(edits_storage_ == 1);
    j["storageWhy"] = edits_storage_why_;
    j["formOpen"] = form_open_;
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::vector<int> merge_candidates(const AppModel& model, int event, int reach) {
    std::vector<int> around;
    const int count = static_cast<int>(model.timeline().events.size());
    if (event < 0 || event >= count) return around;
    for (int d = 1; d <= reach; ++d) {
        if (event - d >= 0) around.push_back(event - d);
        if (event + d < count) around.push_back(event + d);
    }
    return around;
}

}  // namespace dateline
