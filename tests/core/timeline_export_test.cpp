// Exports (core/timeline_export.h): TimelineJS3 JSON slides, the TimelineJS sheet as CSV read
// back by an RFC 4180 reader, Dateline's JSON with edits, and a hostile article exported as text.
#include "timeline_export.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <map>
#include <set>

#include "article_inputs.h"
#include "timeline_json.h"

using namespace dateline;
using Json = nlohmann::json;

namespace {

const Timeline& bundled() {
    static const Timeline t = [] {
        GatheredInputs in = gather_article_inputs({std::string(DATELINE_SOURCE_DIR) + "/assets/articles"});
        return build_timeline(std::move(in.articles), std::move(in.problems));
    }();
    return t;
}

// A lane from the event's own data (its first place), so groups vary as they will with story lanes.
LaneOf first_place(const Timeline& t) {
    return [&t](const Event& e) { return e.places.empty() ? std::string("Other") : t.gazetteer->places()[e.places[0]].name; };
}

// An article written to break out of every context an export can land in.
const char* kHostileArticle =
    "Protest <b>news</b> & more\n\nBy Staff\n\n"
    "On 3 March 2021 protesters gathered at the <img src=x onerror=alert(1)> square, organisers said.\n\n"
    "On 4 March 2021 police closed the road</script><script>alert(2)</script> near the "
    "{{constructor.constructor('alert(3)')()}} bridge.\n\n"
    "On 5 March 2021 the council posted <a href=\"javascript:alert(4)\">a statement</a> about the protest.\n";

Timeline hostile() {
    std::vector<ArticleInput> in;
    in.push_back({"hostile.txt", "hostile.txt", kHostileArticle,
                  EditorialFacts{"Evil <Outlet> & Co", "https://example.org/a?b=1&c=\"><script>alert(5)</script>", CivilDate{2021, 3, 8}}});
    return build_timeline(std::move(in));
}

// RFC 4180: fields separated by commas, records by CR LF, quoted fields with "" for a quote.
std::vector<std::vector<std::string>> read_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false, was_quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += text[++i];
            else if (c == '"') quoted = false;
            else field += c;
        } else if (c == '"') {
            EXPECT_TRUE(field.empty()) << "a quote inside an unquoted field";
            quoted = was_quoted = true;
        } else if (c == ',') {
            rows.back().push_back(std::move(field));
            field.clear();
            was_quoted = false;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(std::move(field));
            field.clear();
            was_quoted = false;
            ++i;
            if (i + 1 < text.size()) rows.emplace_back();
        } else {
            EXPECT_NE(c, '\n') << "a bare line feed outside quotes";
            field += c;
        }
    }
    EXPECT_FALSE(quoted) << "an unterminated quoted field";
    if (!field.empty() || was_quoted) rows.back().push_back(field);
    return rows;
}

std::string unescape_html(std::string s) {
    static const std::regex reference("&(amp|lt|gt|quot|#[0-9]+);");
    std::string out;
    auto it = std::sregex_iterator(s.begin(), s.end(), reference);
    size_t at = 0;
    for (; it != std::sregex_iterator(); ++it) {
        out += s.substr(at, static_cast<size_t>(it->position()) - at);
        const std::string name = (*it)[1];
        if (name == "amp") out += '&';
        else if (name == "lt") out += '<';
        else if (name == "gt") out += '>';
        else if (name == "quot") out += '"';
        else out += static_cast<char>(std::stoi(name.substr(1)));
        at = static_cast<size_t>(it->position() + it->length());
    }
    return out + s.substr(at);
}

// Every tag in exported HTML is one of Dateline's own, and every link a web link.
void expect_only_own_markup(const std::string& html) {
    static const std::regex tag("<(/?)([A-Za-z!][^ >/]*)([^>]*)>");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), tag); it != std::sregex_iterator(); ++it) {
        const std::string name = (*it)[2];
        EXPECT_TRUE(name == "p" || name == "blockquote" || name == "a") << "markup <" << name << "> in " << html;
        if (name == "a" && (*it)[1].length() == 0) {
            EXPECT_TRUE(std::regex_search((*it)[3].str(), std::regex("^ href=\"https?://[^\"]*\""))) << it->str();
        }
    }
    EXPECT_EQ(html.find("{{"), std::string::npos) << html;
}

Edit edit(EditKind kind, const Anchor& anchor, std::string text = {}) {
    Edit e;
    e.kind = kind;
    e.anchor = anchor;
    e.text = std::move(text);
    return e;
}

}  // namespace

TEST(Export, EscapeHtmlLeavesNoMarkupOrTemplate) {
    EXPECT_EQ(escape_html("a < b & \"c\" > 'd' {{x}}"), "a &lt; b &amp; &quot;c&quot; &gt; &#39;d&#39; &#123;&#123;x&#125;&#125;");
    EXPECT_EQ(escape_html("caf\u00E9 \u201Cok\u201D"), "caf\u00E9 \u201Cok\u201D");  // UTF-8 untouched
}

TEST(Export, CsvFieldsQuoteAndDefuseFormulas) {
    EXPECT_EQ(csv_field("plain"), "plain");
    EXPECT_EQ(csv_field(""), "");
    EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
    EXPECT_EQ(csv_field("say \"no\""), "\"say \"\"no\"\"\"");
    EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(csv_field("=SUM(A1:A9)"), "&#61;SUM(A1:A9)");
    EXPECT_EQ(csv_field("+1"), "&#43;1");
    EXPECT_EQ(csv_field("-5 degrees"), "&#45;5 degrees");
    EXPECT_EQ(csv_field("@cmd"), "&#64;cmd");
    EXPECT_EQ(csv_field("\t=1"), "&#9;=1");
    EXPECT_EQ(csv_field("=HYPERLINK(\"http://x\",\"y\")"), "\"&#61;HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    EXPECT_EQ(csv_field("a=b"), "a=b");  // only a leading one is a formula
}

TEST(Export, CsvHasTheTemplatesColumnsAndReadsBackAsTheSameEvents) {
    Timeline t = bundled();
    // An author's headline with every character CSV must quote.
    const std::string tricky = "Mosul, \"retaken\"\nat last";
    const std::string renamed_id = t.events[2].id;
    const EditOutcome edits = apply_edits(t, {edit(EditKind::Rename, anchor_of(t, t.events[2].sources[0]), tricky)});
    ExportOptions options;
    options.lane = first_place(t);
    const std::string csv = timelinejs_csv(t, edits, options);
    // The TimelineJS sheet template's header, written out (not from kTimelineJsColumns): "Alt Text"
    // sits between Media Thumbnail and Type, so a row pasted into the template lands in its columns.
    EXPECT_EQ(csv.substr(0, csv.find("\r\n")),
              "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,"
              "Media Caption,Media Thumbnail,Alt Text,Type,Group,Background");
    const auto rows = read_csv(csv);
    // Cells are found by their header, as TimelineJS finds them.
    std::map<std::string, size_t> col;
    for (size_t c = 0; c < rows[0].size(); ++c) col[rows[0][c]] = c;
    ASSERT_EQ(rows.size(), t.events.size() + 1);
    for (size_t i = 0; i < t.events.size(); ++i) {
        const Event& e = t.events[i];
        const auto& row = rows[i + 1];
        ASSERT_EQ(row.size(), 19u) << i;
        const CivilDate a = civil_from_days(e.first_day), b = civil_from_days(e.last_day);
        EXPECT_EQ(row[col.at("Year")], std::to_string(a.year));
        EXPECT_EQ(row[col.at("Month")], e.precision == Precision::Year ? "" : std::to_string(a.month)) << e.id;
        const bool day_known = e.precision != Precision::Year && e.precision != Precision::Month;
        EXPECT_EQ(row[col.at("Day")], day_known ? std::to_string(a.day) : "") << e.id;
        const bool spans = e.precision != Precision::Day && e.precision != Precision::Year && e.precision != Precision::Month;
        EXPECT_EQ(row[col.at("End Year")], spans ? std::to_string(b.year) : "") << e.id;
        EXPECT_EQ(row[col.at("End Day")], spans ? std::to_string(b.day) : "") << e.id;
        EXPECT_EQ(unescape_html(row[col.at("Display Date")]), e.precision == Precision::Day ? "" : describe_interval(e.first_day, e.last_day, e.precision));
        EXPECT_EQ(unescape_html(row[col.at("Headline")]), e.title);
        for (const EventSource& s : e.sources) {
            const std::string passage = t.articles[s.article].text.clean.substr(s.clause_start, s.clause_end - s.clause_start);
            if (passage.find('\n') == std::string::npos) {
                EXPECT_NE(unescape_html(row[col.at("Text")]).find(passage), std::string::npos) << e.id;
            }
        }
        EXPECT_EQ(row[col.at("Type")], "");
        EXPECT_EQ(unescape_html(row[col.at("Group")]), options.lane(e));
        EXPECT_EQ(row[col.at("Time")] + row[col.at("End Time")] + row[col.at("Media")] + row[col.at("Media Credit")] +
                      row[col.at("Media Caption")] + row[col.at("Media Thumbnail")] + row[col.at("Alt Text")] +
                      row[col.at("Background")],
                  "");
    }
    EXPECT_EQ(unescape_html(rows[static_cast<size_t>(find_event(t, renamed_id)) + 1][col.at("Headline")]), tricky);
    // A title row when the story has a title.
    options.title = "The fall of the caliphate";
    options.description = "Five reports, June 2017 to March 2019";
    const auto titled = read_csv(timelinejs_csv(t, edits, options));
    ASSERT_EQ(titled.size(), t.events.size() + 2);
    EXPECT_EQ(titled[1][col.at("Headline")], options.title);
    EXPECT_EQ(titled[1][col.at("Text")], "<p>" + options.description + "</p>");
    EXPECT_EQ(titled[1][col.at("Type")], "title");
    EXPECT_EQ(titled[1][col.at("Year")], "");
}

TEST(Export, TimelineJsSlidesCarryDatesAsKnownHeadlinesGroupsAndIds) {
    const Timeline& t = bundled();
    ExportOptions options;
    options.lane = first_place(t);
    const Json doc = Json::parse(timelinejs_json(t, {}, options));
    EXPECT_FALSE(doc.contains("title"));
    ASSERT_EQ(doc["events"].size(), t.events.size());
    std::set<Precision> seen;
    for (size_t i = 0; i < t.events.size(); ++i) {
        const Event& e = t.events[i];
        const Json& slide = doc["events"][i];
        const CivilDate a = civil_from_days(e.first_day), b = civil_from_days(e.last_day);
        seen.insert(e.precision);
        EXPECT_EQ(slide["unique_id"], e.id);
        EXPECT_EQ(slide["autolink"], false);
        EXPECT_EQ(unescape_html(slide["text"]["headline"]), e.title);
        EXPECT_EQ(unescape_html(slide["group"]), options.lane(e));
        EXPECT_EQ(slide["start_date"]["year"], a.year);
        switch (e.precision) {
            case Precision::Day:
                EXPECT_EQ(slide["start_date"], (Json{{"year", a.year}, {"month", a.month}, {"day", a.day}}));
                EXPECT_FALSE(slide.contains("end_date"));
                EXPECT_FALSE(slide.contains("display_date"));
                break;
            case Precision::Month:
                EXPECT_EQ(slide["start_date"], (Json{{"year", a.year}, {"month", a.month}}));
                EXPECT_FALSE(slide.contains("end_date"));
                EXPECT_EQ(slide["display_date"], describe_interval(e.first_day, e.last_day, e.precision));
                break;
            case Precision::Year:
                EXPECT_EQ(slide["start_date"], (Json{{"year", a.year}}));
                EXPECT_EQ(slide["display_date"], std::to_string(a.year));
                break;
            default:  // a week, part of a year...: its first and last days, and what it is
                EXPECT_EQ(slide["start_date"], (Json{{"year", a.year}, {"month", a.month}, {"day", a.day}}));
                EXPECT_EQ(slide["end_date"], (Json{{"year", b.year}, {"month", b.month}, {"day", b.day}}));
                EXPECT_EQ(slide["display_date"], describe_interval(e.first_day, e.last_day, e.precision));
        }
        const std::string text = slide["text"]["text"];
        expect_only_own_markup(text);
        size_t quotes = 0;
        for (size_t at = text.find("<blockquote>"); at != std::string::npos; at = text.find("<blockquote>", at + 1)) ++quotes;
        EXPECT_EQ(quotes, e.sources.size());
    }
    EXPECT_TRUE(seen.count(Precision::Day) && seen.count(Precision::Month) && seen.count(Precision::Year) && seen.count(Precision::Week));
    // A week: Monday to Sunday, shown as the week.
    Timeline redated = bundled();
    Edit week = edit(EditKind::Redate, anchor_of(redated, redated.events[0].sources[0]));
    week.date = *parse_edit_date("2017-W25");
    const std::string id = redated.events[0].id;
    const EditOutcome out = apply_edits(redated, {week});
    const Json slide = Json::parse(timelinejs_json(redated, out, options))["events"][static_cast<size_t>(find_event(redated, id))];
    EXPECT_EQ(slide["start_date"], (Json{{"year", 2017}, {"month", 6}, {"day", 19}}));
    EXPECT_EQ(slide["end_date"], (Json{{"year", 2017}, {"month", 6}, {"day", 25}}));
    EXPECT_EQ(slide["display_date"], "week of 19 June 2017");
    // The title slide from story settings.
    options.title = "Story & <title>";
    options.description = "About {{it}}";
    const Json titled = Json::parse(timelinejs_json(t, {}, options));
    EXPECT_EQ(titled["title"]["text"]["headline"], "Story &amp; &lt;title&gt;");
    EXPECT_EQ(titled["title"]["text"]["text"], "<p>About &#123;&#123;it&#125;&#125;</p>");
    EXPECT_FALSE(titled["title"].contains("start_date"));
}

TEST(Export, AHostileArticleExportsAsText) {
    Timeline t = hostile();
    ASSERT_GE(t.events.size(), 3u);
    // And an author's hostile headline, note and lane names.
    const EditOutcome edits = apply_edits(t, {edit(EditKind::Rename, anchor_of(t, t.events[0].sources[0]), "=HYPERLINK(\"http://evil\",\"x\")"),
                                              edit(EditKind::Note, anchor_of(t, t.events[1].sources[0]), "<svg onload=alert(6)>{{x}}")});
    ExportOptions options;
    options.title = "</script><script>alert(7)</script>";
    options.lane = [](const Event& e) { return e.id.back() < '8' ? "-lane<b>" : "@lane"; };
    const std::string json = timelinejs_json(t, edits, options);
    for (const char* never : {"</script", "<script", "<img", "<svg", "<b>", "{{", "href=\"javascript", "href=\\\"javascript"})
        EXPECT_EQ(json.find(never), std::string::npos) << never;
    EXPECT_EQ(json.find("</"), std::string::npos);  // "<\/": safe inside a <script> element
    const Json doc = Json::parse(json);
    std::string every_text;
    for (const Json& slide : doc["events"]) {
        const std::string text = slide["text"]["text"];
        expect_only_own_markup(text);
        expect_only_own_markup(slide["text"]["headline"]);
        every_text += unescape_html(text);
        // The outlet's link keeps its bytes, escaped inside the attribute.
        EXPECT_NE(text.find("href=\"https://example.org/a?b=1&amp;c=&quot;&gt;&lt;script&gt;alert(5)&lt;/script&gt;\""), std::string::npos);
    }
    // What the article says is all there, as text.
    for (const char* said : {"<img src=x onerror=alert(1)>", "</script><script>alert(2)</script>",
                             "{{constructor.constructor('alert(3)')()}}", "<a href=\"javascript:alert(4)\">", "<svg onload=alert(6)>{{x}}"})
        EXPECT_NE(every_text.find(said), std::string::npos) << said;

    const std::string csv = timelinejs_csv(t, edits, options);
    for (const char* never : {"<script", "<img", "<svg", "{{", "href=\"javascript", "href=\"\"javascript"})
        EXPECT_EQ(csv.find(never), std::string::npos) << never;
    const auto rows = read_csv(csv);
    ASSERT_EQ(rows.size(), t.events.size() + 2);
    for (const auto& row : rows)
        for (const std::string& cell : row) {
            EXPECT_TRUE(cell.empty() || std::string_view("=+-@\t\r").find(cell[0]) == std::string_view::npos) << cell;
            expect_only_own_markup(cell);
        }
    bool renamed = false;
    for (const auto& row : rows) renamed = renamed || unescape_html(row[9]) == "=HYPERLINK(\"http://evil\",\"x\")";
    EXPECT_TRUE(renamed);
}

TEST(Export, HiddenEventsAreInNoExport) {
    Timeline t = bundled();
    const std::string hidden = t.events[4].id, title = t.events[4].title;
    const EditOutcome edits = apply_edits(t, {edit(EditKind::Hide, anchor_of(t, t.events[4].sources[0]))});
    ExportOptions options;
    const Json js = Json::parse(timelinejs_json(t, edits, options));
    EXPECT_EQ(js["events"].size(), bundled().events.size() - 1);
    for (const Json& slide : js["events"]) EXPECT_NE(slide["unique_id"], hidden);
    const std::string csv = timelinejs_csv(t, edits, options);
    EXPECT_EQ(read_csv(csv).size(), bundled().events.size());
    EXPECT_EQ(csv.find(escape_html(title)), std::string::npos);
    const Json own = Json::parse(dateline_json(t, edits, options));
    EXPECT_EQ(own["events"].size(), bundled().events.size() - 1);
    for (const Json& e : own["events"]) EXPECT_NE(e["id"], hidden);
    EXPECT_EQ(own["edits"]["hidden"], 1);
}

TEST(Export, DatelineJsonIsTheTimelineDocumentWithWhatEditsAdd) {
    Timeline t = bundled();
    Anchor gone = anchor_of(t, t.events[0].sources[0]);
    gone.quote = "A sentence no article holds.";
    const std::string noted = t.events[1].id;
    const EditOutcome edits = apply_edits(t, {edit(EditKind::Note, anchor_of(t, t.events[1].sources[0]), "Checked."),
                                              edit(EditKind::Key, anchor_of(t, t.events[1].sources[0])),
                                              edit(EditKind::Hide, gone)});
    ExportOptions options;
    options.explain = true;
    Json own = Json::parse(dateline_json(t, edits, options));
    EXPECT_EQ(own["edits"]["applied"], 2);
    ASSERT_EQ(own["edits"]["no_longer_found"].size(), 1u);
    EXPECT_NE(own["edits"]["no_longer_found"][0].get<std::string>().find("no longer found: hide: \u201CA sentence no article holds.\u201D"),
              std::string::npos);
    for (size_t i = 0; i < t.articles.size(); ++i) {
        EXPECT_EQ(own["articles"][i]["text_hash"], article_text_hash(t.articles[i].text.clean));
        own["articles"][i].erase("text_hash");
    }
    for (Json& e : own["events"]) {
        EXPECT_EQ(e["key"], e["id"] == noted);
        EXPECT_EQ(e["note"], e["id"] == noted ? Json("Checked.") : Json(nullptr));
        e.erase("key");
        e.erase("note");
    }
    own.erase("edits");
    EXPECT_EQ(own, Json::parse(timeline_document_json(t, false, true)));
}

// An approximate day ("a week ago": give or take 3 days) is never handed on as an exact day:
// the timeline document says how far off it may be, TimelineJS shows "about ..." as its display
// date (and the sheet the same), and the words every view uses say so.
TEST(TimelineExport, AnApproximateDayIsSaidToBeApproximate) {
    ArticleInput in;
    in.file = in.label = "approx.txt";
    in.bytes = "Protesters return to the square\n\nProtesters marched through the capital a week ago.\n";
    in.facts = EditorialFacts{"The Daily", std::nullopt, CivilDate{2017, 6, 30}};
    const Timeline t = build_timeline({in}, {});
    ASSERT_EQ(t.events.size(), 1u) << timeline_document_json(t);
    const Event& e = t.events[0];
    ASSERT_EQ(e.give_or_take_days, 3);
    EXPECT_EQ(event_date_words(e), "about Friday 23 June 2017, give or take 3 days");
    const Json doc = Json::parse(timeline_document_json(t));
    EXPECT_EQ(doc["events"][0]["give_or_take_days"], 3);
    const Json slides = Json::parse(timelinejs_json(t, {}, {}));
    EXPECT_EQ(slides["events"][0]["display_date"], "about Friday 23 June 2017, give or take 3 days");
    EXPECT_NE(timelinejs_csv(t, {}, {}).find("about Friday 23 June 2017, give or take 3 days"), std::string::npos);
    // A firm day says none of it.
    Event firm = e;
    firm.give_or_take_days = 0;
    EXPECT_EQ(event_date_words(firm), "Friday 23 June 2017");
    Timeline firm_timeline = t;
    firm_timeline.events[0].give_or_take_days = 0;
    EXPECT_FALSE(Json::parse(timeline_document_json(firm_timeline))["events"][0].contains("give_or_take_days"));
    EXPECT_FALSE(Json::parse(timelinejs_json(firm_timeline, {}, {}))["events"][0].contains("display_date"));
}
