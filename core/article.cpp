#include "article.h"

#include "page_furniture.h"

namespace dateline {

std::string_view to_string(PublishedFrom from) {
    switch (from) {
        case PublishedFrom::Sources: return "sources";
        case PublishedFrom::Text: return "text";
        case PublishedFrom::Unknown: break;
    }
    return "";
}

namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

std::vector<ArticleLine> split_lines(const std::string& clean) {
    std::vector<ArticleLine> lines;
    for (size_t start = 0; start < clean.size();) {
        size_t end = clean.find('\n', start);
        if (end == std::string::npos) end = clean.size();
        ArticleLine line{start, end, ArticleLine::Kind::Text};
        // Trim surrounding spaces so a line's span is its words.
        while (line.start < line.end && is_space(clean[line.start])) ++line.start;
        while (line.end > line.start && is_space(clean[line.end - 1])) --line.end;
        if (line.start == line.end) line.kind = ArticleLine::Kind::Blank;
        else if (is_page_furniture(std::string_view(clean).substr(line.start, line.end - line.start)))
            line.kind = ArticleLine::Kind::Furniture;
        lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

// Counts words made of letters (a title has at least two).
int letter_words(std::string_view s) {
    int words = 0;
    bool in_word = false, has_letter = false;
    for (size_t i = 0; i <= s.size(); ++i) {
        const unsigned char c = i < s.size() ? static_cast<unsigned char>(s[i]) : ' ';
        if (c == ' ' || c == '\t') {
            if (in_word && has_letter) ++words;
            in_word = has_letter = false;
        } else {
            in_word = true;
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') has_letter = true;
            if (c >= 0x80) has_letter = true;  // letters outside ASCII count too
        }
    }
    return words;
}

// The title is the first line of article text that reads like a headline: a few words, not a
// paragraph. Scraped pages put it first, after the site's navigation.
std::string find_title(const Article& a) {
    constexpr size_t kLongestTitle = 300;
    for (const ArticleLine& line : a.lines) {
        if (line.kind != ArticleLine::Kind::Text) continue;
        const std::string_view text = a.line_text(line);
        if (text.size() <= kLongestTitle && letter_words(text) >= 2) return std::string(text);
    }
    return {};
}

}  // namespace

Article read_article(std::string id, std::string file, std::string_view bytes, const EditorialFacts* facts,
                     Problems& problems) {
    Article a;
    a.id = std::move(id);
    a.file = std::move(file);
    a.bytes = bytes.size();
    a.text = normalise_article_text(bytes);
    if (a.text.encoding != SourceEncoding::Utf8 && a.text.encoding != SourceEncoding::Utf8WithBom)
        problems.push_back({a.file, "read as " + std::string(to_string(a.text.encoding)), Problem::Severity::Note});
    if (a.text.replaced_sequences > 0)
        problems.push_back({a.file, std::to_string(a.text.replaced_sequences) + " invalid byte sequence(s) replaced by U+FFFD",
                            Problem::Severity::Note});
    if (a.text.dropped_controls > 0)
        problems.push_back({a.file, std::to_string(a.text.dropped_controls) + " control character(s) removed",
                            Problem::Severity::Note});
    a.lines = split_lines(a.text.clean);
    a.title = find_title(a);
    if (a.title.empty()) {
        problems.push_back({a.file, "no title found; the file name is used", Problem::Severity::Note});
        a.title = a.id;
    }
    if (facts) {
        a.outlet = facts->outlet;
        a.url = facts->url;
        if (facts->published) {
            a.published = facts->published;
            a.published_from = PublishedFrom::Sources;
        }
    }
    return a;
}

}  // namespace dateline
