// Fuzz target: an edits document as anybody might have written it, applied to a small story and
// exported. Never throws or crashes; every edit kept is well-formed and reads back the same when
// written; every edit is either applied or reported stale; the corrected timeline keeps its
// invariants; the exports hold no markup of the article's or the edits' own.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string_view>

#include "edits.h"
#include "invariant.h"
#include "timeline_export.h"

using fuzz::require;

namespace {

// A story whose text hash, passages and dating words the seeds in regressions/edits_fuzz/ use.
const dateline::Timeline& story() {
    static const dateline::Timeline t = [] {
        std::vector<dateline::ArticleInput> in;
        in.push_back({"story.txt", "story.txt",
                      "Talks resume after a week of protests\n\nBy Staff\n\n"
                      "On 3 March 2021 protesters gathered in the main square of Mosul, organisers said.\n\n"
                      "On 4 March 2021 police closed the road near the <b>bridge</b> & the {{old}} market.\n\n"
                      "Last week the council said talks would resume, and in 2019 a similar dispute ended after a month.\n",
                      dateline::EditorialFacts{"Outlet", std::nullopt, dateline::CivilDate{2021, 3, 8}}});
        return dateline::build_timeline(std::move(in));
    }();
    return t;
}

bool valid(const dateline::Anchor& a) { return a.text_hash.size() == 16 && a.end > a.start && !a.quote.empty(); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view json(reinterpret_cast<const char*>(data), size);
    dateline::Problems problems;
    const dateline::EditsDocument doc = dateline::parse_edits_document(json, "edits.json", problems);
    require(doc.entries.size() == doc.edits.size(), "an entry number per edit");
    require(std::is_sorted(doc.entries.begin(), doc.entries.end()), "edits in document order");
    for (const dateline::Edit& e : doc.edits) {
        require(valid(e.anchor), "every edit kept has a whole anchor");
        require(e.kind != dateline::EditKind::Merge || (e.with && valid(*e.with)), "a merge names what it merges");
        require(e.kind != dateline::EditKind::Redate || e.date.first_day <= e.date.last_day, "a date is an interval");
        require(e.kind != dateline::EditKind::Rename || !e.text.empty(), "a rename has a headline");
    }
    for (const dateline::Problem& p : problems) require(!p.message.empty(), "every problem has a message");

    dateline::Problems again;
    require(dateline::parse_edits_document(dateline::edits_document_json(doc.edits), "edits.json", again).edits == doc.edits,
            "edits written read back the same");
    require(again.empty(), "edits written read back without problems");

    dateline::Timeline t = story();
    const dateline::EditOutcome out = dateline::apply_edits(t, doc.edits);
    require(out.applied + out.stale.size() == doc.edits.size(), "every edit applied or reported");
    require(out.marks.size() == t.events.size(), "marks per event");
    std::set<std::string> ids;
    for (const dateline::Event& e : t.events) {
        require(!e.sources.empty(), "every event has a source");
        require(e.first_day <= e.last_day, "every event's date is an interval");
        require(ids.insert(e.id).second, "event ids stay unique");
    }
    require(std::is_sorted(t.events.begin(), t.events.end(),
                           [](const dateline::Event& a, const dateline::Event& b) {
                               return a.first_day != b.first_day ? a.first_day < b.first_day : a.last_day < b.last_day;
                           }),
            "events stay in date order");
    for (const dateline::StaleEdit& s : out.stale) require(s.edit < doc.edits.size() && !s.message.empty(), "stale edits named");

    dateline::ExportOptions options;
    options.lane = [](const dateline::Event& e) { return e.title; };
    const std::string js = dateline::timelinejs_json(t, out, options);
    const std::string csv = dateline::timelinejs_csv(t, out, options);
    for (const std::string* text : {&js, &csv})
        require(text->find("<b>") == std::string::npos && text->find("{{") == std::string::npos &&
                    text->find("<script") == std::string::npos,
                "exports hold no markup but Dateline's");
    require(js.find("</") == std::string::npos, "TimelineJS JSON can sit in a <script>");
    dateline::dateline_json(t, out, options);
    return 0;
}
