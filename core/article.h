// Article: one news article as Dateline knows it. Raw bytes and the editorial facts from
// sources.json go in; clean text, its lines (each marked as article text or page furniture),
// the title, outlet, link and publication date come out.
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

// A line of the clean text (without its "\n"), and what it is.
struct ArticleLine {
    enum class Kind { Blank, Text, Furniture };
    size_t start = 0;  // byte offsets into Article::text.clean, half-open
    size_t end = 0;
    Kind kind = Kind::Text;
};

// Where the publication date came from: sources.json, the article's own text, or nowhere.
enum class PublishedFrom { Unknown, Sources, Text };
std::string_view to_string(PublishedFrom from);  // "sources", "text", "" for Unknown

struct Article {
    std::string id;    // stable: the file name without extension, made unique in a collection
    std::string file;  // the file name as given (no folders)
    std::size_t bytes = 0;
    ArticleText text;
    std::vector<ArticleLine> lines;
    std::string title;
    std::optional<std::string> outlet;
    std::optional<std::string> url;
    std::optional<CivilDate> published;
    PublishedFrom published_from = PublishedFrom::Unknown;

    std::string_view line_text(const ArticleLine& line) const {
        return std::string_view(text.clean).substr(line.start, line.end - line.start);
    }
};

// Reads one article. Never fails: whatever the bytes, an Article comes out; anything worth
// telling (replaced bytes, a missing title) is added to `problems` under `file`.
Article read_article(std::string id, std::string file, std::string_view bytes, const EditorialFacts* facts,
                     Problems& problems);

}  // namespace dateline
