#include "timeline_export.h"

#include <array>
#include <optional>

#include <nlohmann/json.hpp>

#include "timeline_json.h"

namespace dateline {

using Json = nlohmann::ordered_json;

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            case '{': out += "&#123;"; break;
            case '}': out += "&#125;"; break;
            default: out.push_back(c);
        }
    }
    return out;
}

std::string csv_field(std::string_view text) {
    std::string cell;
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
        cell = "&#" + std::to_string(static_cast<int>(text.front())) + ";";
        text.remove_prefix(1);
    }
    cell.append(text);
    if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
    std::string out = "\"";
    for (char c : cell) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    return out + "\"";
}

namespace {

// What a date is in TimelineJS terms: the fields it knows, start and maybe end, and the words
// to show when it is not a single day.
struct SlideDate {
    int year = 0, month = 0, day = 0;  // 0: not known at this precision
};
struct SlideDates {
    SlideDate start;
    std::optional<SlideDate> end;
    std::string display;  // empty for a day
};

SlideDates slide_dates(const Event& e) {
    const CivilDate a = civil_from_days(e.first_day), b = civil_from_days(e.last_day);
    SlideDates d;
    auto day = [](const CivilDate& c) { return SlideDate{c.year, c.month, c.day}; };
    switch (e.precision) {
        case Precision::Day:
        case Precision::None:
            d.start = day(a);
            if (e.last_day != e.first_day) d.end = day(b);
            break;
        case Precision::Month: d.start = {a.year, a.month, 0}; break;
        case Precision::Year: d.start = {a.year, 0, 0}; break;
        case Precision::Decade:
        case Precision::Century:
            d.start = {a.year, 0, 0};
            d.end = SlideDate{b.year, 0, 0};
            break;
        default:  // a week, part of a month, quarter, season, half or part of a year, a range
            d.start = day(a);
            d.end = day(b);
    }
    const bool single_day = (e.precision == Precision::Day || e.precision == Precision::None) && !d.end;
    if (e.give_or_take_days > 0) d.display = event_date_words(e);  // an approximate day: "about ..."
    else if (!single_day)
        d.display = describe_interval(e.first_day, e.last_day, e.precision == Precision::None ? Precision::Range : e.precision);
    return d;
}

Json date_json(const SlideDate& d) {
    Json j;
    j["year"] = d.year;
    if (d.month) j["month"] = d.month;
    if (d.day) j["day"] = d.day;
    return j;
}

const EventMarks* marks_of(const EditOutcome& edits, const Timeline& t, size_t event) {
    return edits.marks.size() == t.events.size() ? &edits.marks[event] : nullptr;
}

// A slide's text: the author's note, then each source's passage and its citation, as HTML.
std::string slide_text(const Timeline& t, const Event& e, const EventMarks* marks) {
    std::string html;
    if (marks && !marks->note.empty()) html += "<p class=\"dateline-note\">" + escape_html(marks->note) + "</p>";
    for (size_t i = 0; i < e.sources.size(); ++i) {
        const Article& a = t.articles[e.sources[i].article];
        const std::string cited = citation(t, e, i);  // "reference\n“passage”"
        const size_t line = cited.find('\n');
        std::string reference = cited.substr(0, line);
        const std::string passage = line == std::string::npos ? std::string() : cited.substr(line + 1);
        std::string link;
        if (a.url && reference.ends_with(". " + *a.url)) {
            reference.resize(reference.size() - a.url->size() - 2);
            link = ". <a href=\"" + escape_html(*a.url) + "\" target=\"_blank\" rel=\"noopener noreferrer\">" + escape_html(*a.url) + "</a>";
        }
        html += "<blockquote>" + escape_html(passage) + "</blockquote>";
        html += "<p class=\"dateline-citation\">" + escape_html(reference) + link + "</p>";
    }
    return html;
}

std::string lane_of(const ExportOptions& o, const Event& e) { return o.lane ? o.lane(e) : std::string(); }

}  // namespace

std::string timelinejs_json(const Timeline& t, const EditOutcome& edits, const ExportOptions& o) {
    Json doc;
    if (!o.title.empty()) {
        Json title;
        title["text"]["headline"] = escape_html(o.title);
        title["text"]["text"] = o.description.empty() ? std::string() : "<p>" + escape_html(o.description) + "</p>";
        title["autolink"] = false;
        doc["title"] = std::move(title);
    }
    doc["events"] = Json::array();
    for (size_t i = 0; i < t.events.size(); ++i) {
        const Event& e = t.events[i];
        const SlideDates dates = slide_dates(e);
        Json slide;
        slide["start_date"] = date_json(dates.start);
        if (dates.end) slide["end_date"] = date_json(*dates.end);
        if (!dates.display.empty()) slide["display_date"] = escape_html(dates.display);
        slide["text"]["headline"] = escape_html(e.title);
        slide["text"]["text"] = slide_text(t, e, marks_of(edits, t, i));
        if (const std::string lane = lane_of(o, e); !lane.empty()) slide["group"] = escape_html(lane);
        slide["unique_id"] = e.id;
        slide["autolink"] = false;
        doc["events"].push_back(std::move(slide));
    }
    const std::string json = doc.dump(2, ' ', false, Json::error_handler_t::replace);
    // "</" as "<\/" (the same JSON string): the document can sit inside a <script> element.
    std::string out;
    out.reserve(json.size() + json.size() / 16);
    for (size_t i = 0; i < json.size(); ++i) {
        out.push_back(json[i]);
        if (json[i] == '<' && i + 1 < json.size() && json[i + 1] == '/') out.push_back('\\');
    }
    return out;
}

// The index of the template column named `name` (a compile-time error when there is none).
static constexpr size_t csv_column(std::string_view name) {
    for (size_t c = 0; c < std::size(kTimelineJsColumns); ++c)
        if (kTimelineJsColumns[c] == name) return c;
    throw "not a column of the TimelineJS sheet template";
}

std::string timelinejs_csv(const Timeline& t, const EditOutcome& edits, const ExportOptions& o) {
    constexpr size_t kColumns = std::size(kTimelineJsColumns);
    constexpr size_t kYear = csv_column("Year"), kMonth = csv_column("Month"), kDay = csv_column("Day"),
                     kEndYear = csv_column("End Year"), kEndMonth = csv_column("End Month"),
                     kEndDay = csv_column("End Day"), kDisplayDate = csv_column("Display Date"),
                     kHeadline = csv_column("Headline"), kText = csv_column("Text"), kType = csv_column("Type"),
                     kGroup = csv_column("Group");
    std::string out;
    auto row = [&](const std::array<std::string, kColumns>& cells) {
        for (size_t c = 0; c < kColumns; ++c) {
            if (c) out.push_back(',');
            out += csv_field(cells[c]);
        }
        out += "\r\n";
    };
    std::array<std::string, kColumns> header;
    for (size_t c = 0; c < kColumns; ++c) header[c] = std::string(kTimelineJsColumns[c]);
    row(header);
    auto number = [](int v) { return v ? std::to_string(v) : std::string(); };
    if (!o.title.empty()) {
        std::array<std::string, kColumns> cells;
        cells[kHeadline] = escape_html(o.title);
        cells[kText] = o.description.empty() ? std::string() : "<p>" + escape_html(o.description) + "</p>";
        cells[kType] = "title";
        row(cells);
    }
    for (size_t i = 0; i < t.events.size(); ++i) {
        const Event& e = t.events[i];
        const SlideDates d = slide_dates(e);
        std::array<std::string, kColumns> cells;
        cells[kYear] = number(d.start.year);
        cells[kMonth] = number(d.start.month);
        cells[kDay] = number(d.start.day);
        if (d.end) {
            cells[kEndYear] = number(d.end->year);
            cells[kEndMonth] = number(d.end->month);
            cells[kEndDay] = number(d.end->day);
        }
        cells[kDisplayDate] = escape_html(d.display);
        cells[kHeadline] = escape_html(e.title);
        cells[kText] = slide_text(t, e, marks_of(edits, t, i));
        cells[kGroup] = escape_html(lane_of(o, e));
        row(cells);
    }
    return out;
}

std::string dateline_json(const Timeline& t, const EditOutcome& edits, const ExportOptions& o) {
    Json doc = Json::parse(timeline_document_json(t, false, o.explain));
    Json& articles = doc["articles"];
    for (size_t i = 0; i < t.articles.size() && i < articles.size(); ++i) articles[i]["text_hash"] = article_text_hash(t.articles[i].text.clean);
    Json& events = doc["events"];
    for (size_t i = 0; i < t.events.size() && i < events.size(); ++i) {
        const EventMarks* marks = marks_of(edits, t, i);
        events[i]["note"] = marks && !marks->note.empty() ? Json(marks->note) : Json(nullptr);
        events[i]["key"] = marks && marks->key;
    }
    Json summary;
    summary["applied"] = edits.applied;
    summary["hidden"] = edits.hidden.size();
    summary["no_longer_found"] = Json::array();
    for (const StaleEdit& s : edits.stale) summary["no_longer_found"].push_back(s.message);
    doc["edits"] = std::move(summary);
    return doc.dump(2, ' ', false, Json::error_handler_t::replace);
}

}  // namespace dateline
