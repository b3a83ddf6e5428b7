// Article: one news article as Dateline knows it. Raw bytes and the editorial facts from
// sources.json go in; clean text, its lines (each marked with what it is), the title, byline,
// dateline place, outlet, link and publication date come out.
//
// What a line can be, on a scraped page:
//   Title       the first line that reads like a headline
//   Standfirst  the summary right under the title (no final full stop, a full clause)
//   Byline      "By Henry Bevington", "By AFP - Jul 01,2017 - ..."
//   DateLine    a line that is mostly a date: "Fri, 30 Jun 2017 - 02:56 GMT"
//   Caption     a photo caption: a credit ("(AFP photo)", "- Reuters") or a long line with no
//               final full stop after the title block; kept, marked, never an event
//   Heading     a short line with no final full stop (subheads, author names, section labels)
//   Furniture   the site's, not the article's: navigation, share and comment widgets,
//               newsletter blurbs, anti-spam sums ("1 + 0 ="), vote counts, repeated lines,
//               pull quotes repeating the text
//   Body        the article's paragraphs
// Only Body and Standfirst lines are read for events.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "article_text.h"
#include "calendar.h"
#include "problem.h"
#include "source_manifest.h"

namespace dateline {

struct ArticleLine {
    enum class Kind : uint8_t { Blank, Title, Standfirst, Byline, DateLine, Caption, Heading, Furniture, Body };
    uint32_t start = 0;  // byte offsets into Article::text.clean, half-open, spaces trimmed
    uint32_t end = 0;
    Kind kind = Kind::Body;
};
std::string_view to_string(ArticleLine::Kind kind);  // "title", "body", ...

// Where the publication date came from: sources.json, the article's own text or link (stated),
// an inference from the text (publication_date.h: a dateline without a year, a photo's date,
// or only a window), or nowhere.
enum class PublishedFrom { Unknown, Sources, Text, Inferred };
std::string_view to_string(PublishedFrom from);  // "sources", "text", "inferred", "" for Unknown

struct Article {
    std::string id;    // stable: the file name without extension, made unique in a collection
    std::string file;  // the file name as given (no folders)
    std::size_t bytes = 0;
    ArticleText text;
    std::vector<ArticleLine> lines;
    std::string title;
    std::string byline;              // "Henry Bevington", "AFP", or empty
    std::optional<std::string> outlet;
    std::optional<std::string> url;
    // The publication date the article's relative dates are read against: stated, or inferred
    // (published_from says which). When only a window could be inferred, `published` is empty,
    // published_from is Inferred and the window is [published_not_before, published_not_after].
    std::optional<CivilDate> published;
    PublishedFrom published_from = PublishedFrom::Unknown;
    std::string published_evidence;  // the words the date was read from, when from the text or link
    // How the date was found, as the sources' "how" quotes it: "publication date from
    // sources.json", "publication date inferred from the dateline 'Dec 14' and ...". Empty: none.
    std::string published_how;
    std::optional<CivilDate> published_not_before, published_not_after;  // an inferred window
    // The dateline at the head of the first paragraph ("MOSUL, Iraq/RAQQA, Syria June 30 -"):
    // its clean-text span (empty when none). Passages start after it.
    uint32_t dateline_start = 0, dateline_end = 0;

    std::string_view line_text(const ArticleLine& line) const {
        return std::string_view(text.clean).substr(line.start, line.end - line.start);
    }
    // Is this clean-text offset inside a line events may be read from?
    bool is_readable(const ArticleLine& line) const {
        return line.kind == ArticleLine::Kind::Body || line.kind == ArticleLine::Kind::Standfirst;
    }
};

// Reads one article. Never fails: whatever the bytes, an Article comes out; anything worth
// telling (replaced bytes, a missing title) is added to `problems` under `file`.
// A publication date given by the caller (sources.json, or the reader answering "when was this
// published?") is `facts->published`: it overrides anything the text says or allows.
Article read_article(std::string id, std::string file, std::string_view bytes, const EditorialFacts* facts,
                     Problems& problems);

}  // namespace dateline
