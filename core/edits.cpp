#include "edits.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <set>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "tokens.h"

namespace dateline {

namespace {

constexpr EditKind kEditKinds[] = {EditKind::Rename, EditKind::Redate, EditKind::Hide, EditKind::Merge,
                                   EditKind::Split,  EditKind::Note,   EditKind::Key};

std::optional<EditKind> edit_kind_named(std::string_view name) {
    for (EditKind k : kEditKinds)
        if (to_string(k) == name) return k;
    return std::nullopt;
}

// At most `bytes` of a text for a message, cut at a space and never inside a character.
std::string excerpt(std::string_view text, size_t bytes = 60) {
    std::string out;
    for (char c : text) out.push_back(c == '\n' || c == '\t' ? ' ' : c);
    if (out.size() <= bytes) return out;
    size_t cut = out.rfind(' ', bytes);
    if (cut == std::string::npos || cut < bytes / 2) cut = bytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
    while (!out.empty() && (out.back() == ' ' || out.back() == ',')) out.pop_back();
    return out + "\u2026";
}

std::string in_quotes(std::string_view text, size_t bytes = 60) { return "\u201C" + excerpt(text, bytes) + "\u201D"; }

}  // namespace

std::string_view to_string(EditKind kind) {
    switch (kind) {
        case EditKind::Rename: return "rename";
        case EditKind::Redate: return "redate";
        case EditKind::Hide: return "hide";
        case EditKind::Merge: return "merge";
        case EditKind::Split: return "split";
        case EditKind::Note: return "note";
        case EditKind::Key: break;
    }
    return "key";
}

// ---------------------------------------------------------------------------------------------
// Dates an author writes
// ---------------------------------------------------------------------------------------------

namespace {

// Digits only, exactly `count` of them.
std::optional<int> digits(std::string_view s, size_t count) {
    if (s.size() != count) return std::nullopt;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

// One date without a range: "2017-06-29", "2017-W26", "2017-06", "2017".
std::optional<EditDate> parse_single_date(std::string_view s) {
    EditDate d;
    d.written = std::string(s);
    if (auto year = digits(s, 4)) {
        if (*year < 1) return std::nullopt;
        d.first_day = days_from_civil({*year, 1, 1});
        d.last_day = days_from_civil({*year, 12, 31});
        d.precision = Precision::Year;
        return d;
    }
    if (s.size() == 8 && s[4] == '-' && s[5] == 'W') {
        const auto year = digits(s.substr(0, 4), 4), week = digits(s.substr(6), 2);
        if (!year || !week || *year < 1 || *week < 1) return std::nullopt;
        const int64_t monday = monday_of_iso_week(*year, *week);
        if (iso_week(civil_from_days(monday)).week != *week) return std::nullopt;  // no week 53 that year
        d.first_day = monday;
        d.last_day = monday + 6;
        d.precision = Precision::Week;
        return d;
    }
    if (s.size() == 7 && s[4] == '-') {
        const auto year = digits(s.substr(0, 4), 4), month = digits(s.substr(5), 2);
        if (!year || !month || *year < 1 || *month < 1 || *month > 12) return std::nullopt;
        d.first_day = days_from_civil({*year, *month, 1});
        d.last_day = days_from_civil({*year, *month, days_in_month(*year, *month)});
        d.precision = Precision::Month;
        return d;
    }
    if (const auto day = parse_iso_date(s)) {
        d.first_day = d.last_day = days_from_civil(*day);
        d.precision = Precision::Day;
        return d;
    }
    return std::nullopt;
}

}  // namespace

std::optional<EditDate> parse_edit_date(std::string_view written) {
    const size_t slash = written.find('/');
    if (slash == std::string_view::npos) return parse_single_date(written);
    const auto from = parse_single_date(written.substr(0, slash)), to = parse_single_date(written.substr(slash + 1));
    if (!from || !to || to->last_day < from->first_day) return std::nullopt;
    EditDate d;
    d.written = std::string(written);
    d.first_day = from->first_day;
    d.last_day = to->last_day;
    d.precision = Precision::Range;
    return d;
}

// ---------------------------------------------------------------------------------------------
// Anchors
// ---------------------------------------------------------------------------------------------

std::string article_text_hash(std::string_view clean_text) {
    uint64_t h = 14695981039346656037ull;  // the FNV-1a 64-bit offset basis
    for (unsigned char c : clean_text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(h));
    return buffer;
}

Anchor anchor_of(const Timeline& t, const EventSource& s) {
    const Article& a = t.articles[s.article];
    Anchor anchor;
    anchor.text_hash = article_text_hash(a.text.clean);
    anchor.file = a.file;
    anchor.start = a.text.offsets.to_original(s.start);
    anchor.end = a.text.offsets.to_original(s.end);
    anchor.quote = a.text.clean.substr(s.start, s.end - s.start);
    anchor.dated_by = a.text.clean.substr(s.timex_start, s.timex_end - s.timex_start);
    return anchor;
}

namespace {

// The sources of a timeline by article, and each article's text hash: what anchors are looked up
// in. It keeps what it needs of the events, so they may change (or move out) while it is used.
class AnchorIndex {
public:
    struct Where {
        uint32_t event = 0, source = 0;
        uint32_t start = 0, end = 0;              // the passage (clean text)
        uint32_t timex_start = 0, timex_end = 0;  // the expression dating it
    };

    explicit AnchorIndex(const Timeline& t) : t_(t), by_article_(t.articles.size()) {
        for (size_t i = 0; i < t.articles.size(); ++i) by_hash_.emplace(article_text_hash(t.articles[i].text.clean), static_cast<uint32_t>(i));
        for (uint32_t e = 0; e < t.events.size(); ++e)
            for (uint32_t s = 0; s < t.events[e].sources.size(); ++s) {
                const EventSource& source = t.events[e].sources[s];
                by_article_[source.article].push_back({e, s, source.start, source.end, source.timex_start, source.timex_end});
            }
    }

    // Rules 1-3 of edits.h. On failure, `missing` says why.
    std::optional<Where> find(const Anchor& anchor, std::string& missing) const {
        const int article = article_of(anchor);
        if (article < 0) {
            missing = "its article is no longer among those read";
            return std::nullopt;
        }
        const Article& a = t_.articles[static_cast<size_t>(article)];
        const std::optional<size_t> at = quote_nearest(a, anchor);
        if (!at) {
            missing = "the quote is no longer in " + a.file;
            return std::nullopt;
        }
        const uint64_t q_start = *at, q_end = *at + anchor.quote.size();
        std::optional<Where> best;
        uint64_t best_overlap = 0, best_distance = 0;
        bool best_dated = false;
        for (const Where& s : by_article_[static_cast<size_t>(article)]) {
            const uint64_t lo = std::max<uint64_t>(s.start, q_start), hi = std::min<uint64_t>(s.end, q_end);
            if (hi <= lo) continue;
            const uint64_t overlap = hi - lo, shorter = std::min<uint64_t>(s.end - s.start, q_end - q_start);
            if (overlap * 2 < shorter) continue;
            const uint64_t distance = s.start > q_start ? s.start - q_start : q_start - s.start;
            const bool dated = !anchor.dated_by.empty() &&
                               std::string_view(a.text.clean).substr(s.timex_start, s.timex_end - s.timex_start) == anchor.dated_by;
            if (!best || dated > best_dated || (dated == best_dated && (overlap > best_overlap ||
                                                                        (overlap == best_overlap && distance < best_distance)))) {
                best = s;
                best_overlap = overlap;
                best_distance = distance;
                best_dated = dated;
            }
        }
        if (!best) missing = "no event is read from this passage any more";
        return best;
    }

private:
    int article_of(const Anchor& anchor) const {
        if (auto it = by_hash_.find(anchor.text_hash); it != by_hash_.end()) return static_cast<int>(it->second);
        for (size_t i = 0; i < t_.articles.size(); ++i)
            if (!anchor.file.empty() && t_.articles[i].file == anchor.file &&
                t_.articles[i].text.clean.find(anchor.quote) != std::string::npos)
                return static_cast<int>(i);
        return -1;
    }

    // The clean-text offset of the quote's occurrence whose original offset is nearest `start`.
    static std::optional<size_t> quote_nearest(const Article& a, const Anchor& anchor) {
        if (anchor.quote.empty()) return std::nullopt;
        std::optional<size_t> best;
        uint64_t best_distance = std::numeric_limits<uint64_t>::max();
        for (size_t at = a.text.clean.find(anchor.quote); at != std::string::npos; at = a.text.clean.find(anchor.quote, at + 1)) {
            const uint64_t original = a.text.offsets.to_original(at);
            const uint64_t distance = original > anchor.start ? original - anchor.start : anchor.start - original;
            if (distance < best_distance) {
                best = at;
                best_distance = distance;
            }
            if (distance == 0) break;
        }
        return best;
    }

    const Timeline& t_;
    std::unordered_map<std::string, uint32_t> by_hash_;
    std::vector<std::vector<Where>> by_article_;
};

}  // namespace

AnchorMatch anchor_source(const Timeline& t, const Anchor& anchor) {
    AnchorMatch m;
    if (auto w = AnchorIndex(t).find(anchor, m.missing)) {
        m.event = static_cast<int>(w->event);
        m.source = static_cast<int>(w->source);
    }
    return m;
}

// ---------------------------------------------------------------------------------------------
// Applying edits
// ---------------------------------------------------------------------------------------------

std::string describe_edit(const Edit& e) {
    switch (e.kind) {
        case EditKind::Rename: return "rename to " + in_quotes(e.text);
        case EditKind::Redate: return "date " + e.date.written;
        case EditKind::Hide: return e.hidden ? "hide" : "show again";
        case EditKind::Merge: return "merge with " + (e.with ? in_quotes(e.with->quote, 40) : std::string("another event"));
        case EditKind::Split: return "move a source to its own event";
        case EditKind::Note: return e.text.empty() ? "remove the note" : "note " + in_quotes(e.text);
        case EditKind::Key: break;
    }
    return e.key ? "mark as a key event" : "unmark as a key event";
}

namespace {

// The timeline while edits apply: every drafted event in a slot, sources known by where they
// were in the draft (event << 32 | source), so an anchor resolved against the draft finds the
// slot its source is in now, after merges and splits.
class EditWorkspace {
public:
    explicit EditWorkspace(Timeline& t) : t_(t) {
        slots_.reserve(t.events.size());
        for (uint32_t e = 0; e < t.events.size(); ++e) {
            Slot slot;
            slot.event = std::move(t.events[e]);
            for (uint32_t s = 0; s < slot.event.sources.size(); ++s) {
                slot.keys.push_back(key(e, s));
                slot_of_.emplace(key(e, s), e);
            }
            slots_.push_back(std::move(slot));
        }
        t.events.clear();
        for (const Slot& s : slots_) ids_.insert(s.event.id);
    }

    static uint64_t key(uint32_t event, uint32_t source) { return uint64_t(event) << 32 | source; }
    size_t slot_of(uint64_t source_key) const { return slot_of_.at(source_key); }

    void rename(size_t slot, const std::string& headline) { slots_[slot].event.title = headline; }
    void redate(size_t slot, const EditDate& d) {
        Event& e = slots_[slot].event;
        e.first_day = d.first_day;
        e.last_day = d.last_day;
        e.precision = d.precision;
        e.give_or_take_days = 0;  // the author's date is as stated
        slots_[slot].redated = true;
    }
    void hide(size_t slot, bool hidden) { slots_[slot].hidden = hidden; }
    void note(size_t slot, const std::string& note) { slots_[slot].marks.note = note; }
    void mark_key(size_t slot, bool key) { slots_[slot].marks.key = key; }

    // `from`'s sources, places and actors join `into`; `into` keeps its headline and date.
    void merge(size_t into, size_t from) {
        if (into == from) return;
        Slot& a = slots_[into];
        Slot& b = slots_[from];
        for (size_t i = 0; i < b.keys.size(); ++i) {
            a.event.sources.push_back(b.event.sources[i]);
            a.keys.push_back(b.keys[i]);
            slot_of_[b.keys[i]] = into;
        }
        for (uint32_t p : b.event.places)
            if (std::find(a.event.places.begin(), a.event.places.end(), p) == a.event.places.end()) a.event.places.push_back(p);
        for (uint32_t x : b.event.actors)
            if (std::find(a.event.actors.begin(), a.event.actors.end(), x) == a.event.actors.end()) a.event.actors.push_back(x);
        if (a.marks.note.empty()) a.marks.note = b.marks.note;
        a.marks.key = a.marks.key || b.marks.key;
        b.alive = false;
        b.event.sources.clear();
        b.keys.clear();
    }

    // The source becomes an event of its own (a no-op when it is one already).
    void split(uint64_t source_key, const std::string& headline) {
        const size_t from = slot_of(source_key);
        Slot& old = slots_[from];
        if (old.keys.size() < 2) {
            if (!headline.empty()) old.event.title = headline;
            return;
        }
        const size_t at = static_cast<size_t>(std::find(old.keys.begin(), old.keys.end(), source_key) - old.keys.begin());
        Slot fresh;
        const EventSource s = old.event.sources[at];
        old.event.sources.erase(old.event.sources.begin() + static_cast<ptrdiff_t>(at));
        old.keys.erase(old.keys.begin() + static_cast<ptrdiff_t>(at));
        if (!old.redated) date_from_sources(old.event);
        const Article& article = t_.articles[s.article];
        Event& e = fresh.event;
        e.sources.push_back(s);
        fresh.keys.push_back(source_key);
        e.first_day = s.first_day;
        e.last_day = s.last_day;
        e.precision = s.precision;
        e.give_or_take_days = source_timex(t_, s).give_or_take_days;
        e.title = headline.empty() ? headline_of_clause(article, s) : headline;
        names_in_passage(article, s, old.event, e);
        std::string id = event_id(article, s, source_timex(t_, s).value);
        for (int n = 2; ids_.count(id); ++n) id = event_id(article, s, source_timex(t_, s).value) + "-" + std::to_string(n);
        ids_.insert(id);
        e.id = std::move(id);
        slot_of_[source_key] = slots_.size();
        slots_.push_back(std::move(fresh));
    }

    // Back into the timeline: the shown events in date order (ties in draft order), the hidden apart.
    void finish(EditOutcome& out) {
        std::vector<size_t> order;
        for (size_t i = 0; i < slots_.size(); ++i)
            if (slots_[i].alive && !slots_[i].hidden) order.push_back(i);
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            const Event &x = slots_[a].event, &y = slots_[b].event;
            return x.first_day != y.first_day ? x.first_day < y.first_day : x.last_day < y.last_day;
        });
        for (size_t i : order) {
            t_.events.push_back(std::move(slots_[i].event));
            out.marks.push_back(std::move(slots_[i].marks));
        }
        for (Slot& s : slots_)
            if (s.alive && s.hidden) out.hidden.push_back(std::move(s.event));
    }

private:
    struct Slot {
        Event event;
        std::vector<uint64_t> keys;  // per source of `event`
        EventMarks marks;
        bool alive = true, hidden = false, redated = false;
    };

    // An event's date is its most precise report's (as when reports are merged): a firm day
    // before an approximate one ("a week ago"), then the earliest.
    void date_from_sources(Event& e) const {
        const EventSource* best = nullptr;
        int best_give_or_take = 0;
        for (const EventSource& s : e.sources) {
            const int give_or_take = source_timex(t_, s).give_or_take_days;
            if (!best || s.precision < best->precision ||
                (s.precision == best->precision && (give_or_take < best_give_or_take ||
                                                     (give_or_take == best_give_or_take && s.first_day < best->first_day)))) {
                best = &s;
                best_give_or_take = give_or_take;
            }
        }
        if (!best) return;
        e.first_day = best->first_day;
        e.last_day = best->last_day;
        e.precision = best->precision;
        e.give_or_take_days = best_give_or_take;
    }

    // A headline for a report that leaves its event: its clause, cut to about a hundred bytes.
    static std::string headline_of_clause(const Article& a, const EventSource& s) {
        std::string h = excerpt(std::string_view(a.text.clean).substr(s.clause_start, s.clause_end - s.clause_start), 100);
        while (!h.empty() && (h.back() == '.' || h.back() == ';')) h.pop_back();
        if (!h.empty() && h[0] >= 'a' && h[0] <= 'z') h[0] = static_cast<char>(h[0] - 'a' + 'A');
        return h;
    }

    // The places and actors the moved passage names itself; the old event's when it names none
    // (they were the scene it was read in).
    void names_in_passage(const Article& a, const EventSource& s, const Event& old, Event& e) const {
        const std::string_view passage = std::string_view(a.text.clean).substr(s.start, s.end - s.start);
        const std::vector<Token> tokens = tokenize(passage);
        for (const NameMention& m : t_.gazetteer->find(passage, tokens, 0, tokens.size())) {
            std::vector<uint32_t>& list = m.kind == NameMention::Kind::Place ? e.places : e.actors;
            if (std::find(list.begin(), list.end(), m.index) == list.end()) list.push_back(m.index);
        }
        if (e.places.empty()) e.places = old.places;
        if (e.actors.empty()) e.actors = old.actors;
    }

    Timeline& t_;
    std::vector<Slot> slots_;
    std::unordered_map<uint64_t, size_t> slot_of_;
    std::set<std::string, std::less<>> ids_;
};

}  // namespace

EditOutcome apply_edits(Timeline& t, const std::vector<Edit>& edits) {
    EditOutcome out;
    const AnchorIndex index(t);  // anchors are looked up in the draft...
    EditWorkspace work(t);       // ...and their sources followed to where edits moved them
    for (size_t i = 0; i < edits.size(); ++i) {
        const Edit& edit = edits[i];
        std::string missing;
        auto stale = [&](const Anchor& a) {
            out.stale.push_back({i, "no longer found: " + describe_edit(edit) + ": " + in_quotes(a.quote) + " in " +
                                        (a.file.empty() ? std::string("an article") : a.file) + " (" + missing + ")"});
        };
        const auto where = index.find(edit.anchor, missing);
        if (!where) {
            stale(edit.anchor);
            continue;
        }
        const uint64_t source = EditWorkspace::key(where->event, where->source);
        const size_t slot = work.slot_of(source);
        switch (edit.kind) {
            case EditKind::Rename: work.rename(slot, edit.text); break;
            case EditKind::Redate: work.redate(slot, edit.date); break;
            case EditKind::Hide: work.hide(slot, edit.hidden); break;
            case EditKind::Note: work.note(slot, edit.text); break;
            case EditKind::Key: work.mark_key(slot, edit.key); break;
            case EditKind::Split: work.split(source, edit.text); break;
            case EditKind::Merge: {
                const auto other = edit.with ? index.find(*edit.with, missing) : std::nullopt;
                if (!other) {
                    if (!edit.with) missing = "the edit names no event to merge";
                    stale(edit.with ? *edit.with : edit.anchor);
                    continue;
                }
                work.merge(slot, work.slot_of(EditWorkspace::key(other->event, other->source)));
                break;
            }
        }
        ++out.applied;
    }
    work.finish(out);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Undo and redo
// ---------------------------------------------------------------------------------------------

void EditHistory::push(Edit edit) {
    done_.push_back(std::move(edit));
    undone_.clear();
}

bool EditHistory::undo() {
    if (done_.empty()) return false;
    undone_.push_back(std::move(done_.back()));
    done_.pop_back();
    return true;
}

bool EditHistory::redo() {
    if (undone_.empty()) return false;
    done_.push_back(std::move(undone_.back()));
    undone_.pop_back();
    return true;
}

// ---------------------------------------------------------------------------------------------
// The document
// ---------------------------------------------------------------------------------------------

namespace {

using Json = nlohmann::json;

// Builds the document as far as it parses: on a syntax error, what came before it is kept and
// the entries of "edits" that were complete are counted, so the good ones still apply.
class PartialDocument : public nlohmann::json_sax<Json> {
public:
    Json root;
    std::string error;             // "line 3, column 12: syntax error ..." when the text is not JSON
    size_t complete_entries = 0;   // entries of the top-level "edits" list read whole

    bool null() override { return scalar(nullptr); }
    bool boolean(bool v) override { return scalar(v); }
    bool number_integer(number_integer_t v) override { return scalar(v); }
    bool number_unsigned(number_unsigned_t v) override { return scalar(v); }
    bool number_float(number_float_t v, const string_t&) override { return scalar(v); }
    bool string(string_t& v) override { return scalar(std::move(v)); }
    bool binary(binary_t&) override { return scalar(nullptr); }
    bool key(string_t& k) override {
        key_ = k;
        return true;
    }
    bool start_object(std::size_t) override {
        stack_.push_back(add(Json::object()));
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override {
        const bool edits = stack_.size() == 1 && stack_.back()->is_object() && key_ == "edits";
        Json* array = add(Json::array());
        if (edits) {
            edits_ = array;
            complete_entries = 0;
        }
        stack_.push_back(array);
        return true;
    }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
        std::string what = e.what();
        if (const size_t at = what.find("at line "); at != std::string::npos) what = what.substr(at + 3);
        error = what;
        return false;
    }

private:
    Json* add(Json v) {
        if (stack_.empty()) {
            root = std::move(v);
            return &root;
        }
        Json& top = *stack_.back();
        if (top.is_array()) {
            top.push_back(std::move(v));
            return &top.back();
        }
        Json& slot = top[key_];
        slot = std::move(v);
        return &slot;
    }
    bool scalar(Json v) {
        add(std::move(v));
        if (!stack_.empty() && stack_.back() == edits_) ++complete_entries;
        return true;
    }
    bool close() {
        stack_.pop_back();
        if (!stack_.empty() && stack_.back() == edits_) ++complete_entries;
        return true;
    }

    std::vector<Json*> stack_;
    std::string key_;
    Json* edits_ = nullptr;
};

// A line of text from the document: control characters become spaces, ends trimmed.
std::string one_line(std::string s) {
    for (char& c : s)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
    const size_t first = s.find_first_not_of(' '), last = s.find_last_not_of(' ');
    return first == std::string::npos ? std::string() : s.substr(first, last - first + 1);
}

bool is_hex16(const std::string& s) {
    return s.size() == 16 && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// Reads an anchor; on failure says what is wrong with it.
std::optional<Anchor> read_anchor(const Json& j, const char* field, std::string& why) {
    const std::string name = std::string("\"") + field + "\"";
    if (!j.is_object()) {
        why = name + " is not an object with text_hash, file, start, end, quote (and dated_by)";
        return std::nullopt;
    }
    Anchor a;
    auto text = [&](const char* key, std::string& into) {
        if (!j.contains(key) || !j[key].is_string()) return false;
        into = j[key].get<std::string>();
        return true;
    };
    auto offset = [&](const char* key, uint64_t& into) {
        if (!j.contains(key) || !j[key].is_number_unsigned()) return false;
        into = j[key].get<uint64_t>();
        return true;
    };
    if (!text("text_hash", a.text_hash) || !is_hex16(a.text_hash)) why = name + ": \"text_hash\" is not 16 lower-case hex digits";
    else if (j.contains("file") && !j["file"].is_null() && !text("file", a.file)) why = name + ": \"file\" is not text";
    else if (!offset("start", a.start) || !offset("end", a.end) || a.end <= a.start)
        why = name + ": \"start\" and \"end\" are not byte offsets with start before end";
    else if (!text("quote", a.quote) || a.quote.empty()) why = name + ": \"quote\" is missing or empty";
    else if (j.contains("dated_by") && !j["dated_by"].is_null() && !text("dated_by", a.dated_by)) why = name + ": \"dated_by\" is not text";
    else return a;
    return std::nullopt;
}

// Reads one entry; on failure says what is wrong with it.
std::optional<Edit> read_edit(const Json& j, std::string& why) {
    if (!j.is_object()) {
        why = "is not an object";
        return std::nullopt;
    }
    if (!j.contains("kind") || !j["kind"].is_string()) {
        why = "has no \"kind\"";
        return std::nullopt;
    }
    const std::string& kind_name = j["kind"].get_ref<const std::string&>();
    const auto kind = edit_kind_named(kind_name);
    if (!kind) {
        why = "\"kind\" " + in_quotes(kind_name, 40) + " is not one of rename, redate, hide, merge, split, note, key";
        return std::nullopt;
    }
    Edit e;
    e.kind = *kind;
    if (!j.contains("anchor")) {
        why = "has no \"anchor\"";
        return std::nullopt;
    }
    auto anchor = read_anchor(j["anchor"], "anchor", why);
    if (!anchor) return std::nullopt;
    e.anchor = std::move(*anchor);
    // A text field: `required` or optional, one line or not, at most `longest` bytes.
    auto text = [&](const char* key, bool required, bool line, size_t longest) {
        if (!j.contains(key) || j[key].is_null()) {
            if (required) why = std::string("has no \"") + key + "\"";
            return !required;
        }
        if (!j[key].is_string()) {
            why = std::string("\"") + key + "\" is not text";
            return false;
        }
        e.text = line ? one_line(j[key].get<std::string>()) : j[key].get<std::string>();
        if (e.text.size() > longest) {
            why = std::string("\"") + key + "\" is longer than " + std::to_string(longest) + " bytes";
            return false;
        }
        if (required && line && e.text.empty()) {
            why = std::string("\"") + key + "\" is empty";
            return false;
        }
        return true;
    };
    switch (e.kind) {
        case EditKind::Rename:
            if (!text("headline", true, true, kLongestEditHeadline)) return std::nullopt;
            break;
        case EditKind::Split:
            if (!text("headline", false, true, kLongestEditHeadline)) return std::nullopt;
            break;
        case EditKind::Note:
            if (!text("note", true, false, kLongestEditNote)) return std::nullopt;
            break;
        case EditKind::Redate: {
            if (!j.contains("date") || !j["date"].is_string()) {
                why = "has no \"date\"";
                return std::nullopt;
            }
            const std::string& written = j["date"].get_ref<const std::string&>();
            const auto date = parse_edit_date(written);
            if (!date) {
                why = "\"date\" " + in_quotes(written, 40) +
                      " is not a day, week, month, year or range (2017-06-29, 2017-W26, 2017-06, 2017, 2017-06-01/2017-06-10)";
                return std::nullopt;
            }
            e.date = *date;
            break;
        }
        case EditKind::Merge: {
            if (!j.contains("with")) {
                why = "has no \"with\" (the event to merge)";
                return std::nullopt;
            }
            auto with = read_anchor(j["with"], "with", why);
            if (!with) return std::nullopt;
            e.with = std::move(*with);
            break;
        }
        case EditKind::Key:
            if (j.contains("key") && !j["key"].is_boolean()) {
                why = "\"key\" is not true or false";
                return std::nullopt;
            }
            e.key = !j.contains("key") || j["key"].get<bool>();
            break;
        case EditKind::Hide:
            if (j.contains("hidden") && !j["hidden"].is_boolean()) {
                why = "\"hidden\" is not true or false";
                return std::nullopt;
            }
            e.hidden = !j.contains("hidden") || j["hidden"].get<bool>();
            break;
    }
    return e;
}

nlohmann::ordered_json anchor_json(const Anchor& a) {
    nlohmann::ordered_json j;
    j["text_hash"] = a.text_hash;
    j["file"] = a.file;
    j["start"] = a.start;
    j["end"] = a.end;
    j["quote"] = a.quote;
    if (!a.dated_by.empty()) j["dated_by"] = a.dated_by;
    return j;
}

}  // namespace

EditsDocument parse_edits_document(std::string_view json, std::string_view name_view, Problems& problems) {
    const std::string name(name_view);
    EditsDocument doc;
    PartialDocument partial;
    Json::sax_parse(json.begin(), json.end(), &partial, nlohmann::json::input_format_t::json, true);
    Json& root = partial.root;
    if (!partial.error.empty()) {
        const size_t kept = partial.complete_entries;
        problems.push_back({name, "is not valid JSON (" + partial.error + "); " +
                                      (kept ? "the " + std::to_string(kept) + " edit(s) before it are read" : "no edits read"),
                            Problem::Severity::Skipped});
        if (!root.is_object() || !root.contains("edits") || !root["edits"].is_array()) return doc;
        if (root["edits"].size() > kept) root["edits"].erase(root["edits"].begin() + static_cast<ptrdiff_t>(kept), root["edits"].end());
        if (kept == 0) return doc;
    } else if (!root.is_object()) {
        problems.push_back({name, "is not an edits document (an object with \"version\" and \"edits\"); no edits read",
                            Problem::Severity::Skipped});
        return doc;
    }
    if (!root.contains("version")) {
        if (partial.error.empty()) problems.push_back({name, "has no \"version\"; read as version 1", Problem::Severity::Note});
    } else if (!root["version"].is_number_integer() || root["version"].get<int64_t>() != kEditsDocumentVersion) {
        problems.push_back({name, "is version " + root["version"].dump() + ": this Dateline reads version " +
                                      std::to_string(kEditsDocumentVersion) + "; no edits read",
                            Problem::Severity::Skipped});
        return doc;
    }
    if (!root.contains("edits") || !root["edits"].is_array()) {
        problems.push_back({name, "has no \"edits\" list; no edits read", Problem::Severity::Skipped});
        return doc;
    }
    const Json& entries = root["edits"];
    if (entries.size() > kMostEdits)
        problems.push_back({name, "holds " + std::to_string(entries.size()) + " edits: only the first " + std::to_string(kMostEdits) +
                                      " are read",
                            Problem::Severity::Skipped});
    for (size_t i = 0; i < entries.size() && i < kMostEdits; ++i) {
        std::string why;
        if (auto edit = read_edit(entries[i], why)) {
            doc.edits.push_back(std::move(*edit));
            doc.entries.push_back(i + 1);
        } else {
            problems.push_back({name + " entry " + std::to_string(i + 1), why + "; skipped", Problem::Severity::Skipped});
        }
    }
    return doc;
}

std::string edits_document_json(const std::vector<Edit>& edits) {
    nlohmann::ordered_json doc;
    doc["version"] = kEditsDocumentVersion;
    doc["edits"] = nlohmann::ordered_json::array();
    for (const Edit& e : edits) {
        nlohmann::ordered_json j;
        j["kind"] = std::string(to_string(e.kind));
        j["anchor"] = anchor_json(e.anchor);
        switch (e.kind) {
            case EditKind::Rename: j["headline"] = e.text; break;
            case EditKind::Split:
                if (!e.text.empty()) j["headline"] = e.text;
                break;
            case EditKind::Note: j["note"] = e.text; break;
            case EditKind::Redate: j["date"] = e.date.written; break;
            case EditKind::Merge:
                if (e.with) j["with"] = anchor_json(*e.with);
                break;
            case EditKind::Key: j["key"] = e.key; break;
            case EditKind::Hide:
                if (!e.hidden) j["hidden"] = false;
                break;
        }
        doc["edits"].push_back(std::move(j));
    }
    return doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace dateline
