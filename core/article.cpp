#include "article.h"

#include <algorithm>
#include <unordered_set>

#include "gazetteer.h"
#include "page_furniture.h"
#include "time_expression.h"
#include "tokens.h"

namespace dateline {

std::string_view to_string(PublishedFrom from) {
    switch (from) {
        case PublishedFrom::Sources: return "sources";
        case PublishedFrom::Text: return "text";
        case PublishedFrom::Unknown: break;
    }
    return "";
}

std::string_view to_string(ArticleLine::Kind kind) {
    switch (kind) {
        case ArticleLine::Kind::Blank: return "blank";
        case ArticleLine::Kind::Title: return "title";
        case ArticleLine::Kind::Standfirst: return "standfirst";
        case ArticleLine::Kind::Byline: return "byline";
        case ArticleLine::Kind::DateLine: return "date";
        case ArticleLine::Kind::Caption: return "caption";
        case ArticleLine::Kind::Heading: return "heading";
        case ArticleLine::Kind::Furniture: return "furniture";
        case ArticleLine::Kind::Body: return "body";
    }
    return "body";
}

namespace {

using Kind = ArticleLine::Kind;

bool is_space(char c) { return c == ' ' || c == '\t'; }

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

// Ends like a sentence: a full stop, "!", "?" or a closing quote after one.
bool ends_like_sentence(std::string_view s) {
    while (!s.empty()) {
        const unsigned char c = static_cast<unsigned char>(s.back());
        if (c == '"' || c == '\'' || c == ')') {
            s.remove_suffix(1);
            continue;
        }
        if (s.ends_with("\xE2\x80\x9D") || s.ends_with("\xE2\x80\x99")) {  // ” ’
            s.remove_suffix(3);
            continue;
        }
        break;
    }
    return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?' || s.ends_with("\xE2\x80\xA6"));
}

// A full stop (or ! ?), maybe a closing quote, then a space and a capital: a paragraph that
// just lacks its final full stop, not a caption.
bool has_inner_sentence_end(std::string_view s) {
    for (size_t i = 0; i + 2 < s.size(); ++i) {
        if (s[i] != '.' && s[i] != '!' && s[i] != '?') continue;
        size_t j = i + 1;
        if (s.compare(j, 3, "\xE2\x80\x9D") == 0) j += 3;
        else if (s[j] == '"') ++j;
        if (j + 1 < s.size() && s[j] == ' ' && s[j + 1] >= 'A' && s[j + 1] <= 'Z') return true;
    }
    return false;
}

// Anti-spam sums and bare numbers: "1 + 0 =", "1234".
bool is_sum_or_number(std::string_view s) {
    bool digit = false;
    for (char c : s) {
        if (c >= '0' && c <= '9') digit = true;
        else if (c != ' ' && c != '+' && c != '-' && c != '=' && c != '*' && c != 'x' && c != '?' && c != '/') return false;
    }
    return digit;
}

bool contains_any(std::string_view s, std::initializer_list<std::string_view> needles) {
    for (std::string_view n : needles)
        if (s.find(n) != std::string_view::npos) return true;
    return false;
}

// A photo credit: "(AFP photo)", "(Army photo by Sgt. X)", "(Photo: Reuters)", "- Reuters",
// "REUTERS/Name", "AP Photo/Name", "Getty Images".
bool has_photo_credit(std::string_view s) {
    if (contains_any(s, {"photo)", "Photo)", "PHOTO)", "photo by ", "Photo by ", "(Photo:", "(photo:", "Photograph:",
                         "Getty Images", "REUTERS/", "AP Photo", "AFP/", "/AFP", "(Picture:", "Image:", "Credit:"}))
        return true;
    // A trailing agency credit after a dash: "... al-Baghdadi - Reuters"
    for (std::string_view agency : {" - Reuters", " - AFP", " - AP", " - EPA", " | Reuters", " | AFP"})
        if (s.ends_with(agency)) return true;
    return false;
}

// The first full date (day, month and year) in a line, read by the temporal tagger.
std::optional<CivilDate> full_date_in(std::string_view line, std::string& evidence) {
    const std::vector<Token> tokens = tokenize(line);
    const std::string lower = lower_case_text(line);
    for (const TimeExpression& e : find_time_expressions(line, lower, tokens)) {
        const TimexMeaning& m = e.meaning;
        if (m.anchor == TimexMeaning::Anchor::Absolute && m.day && m.month && m.year) {
            const CivilDate d{m.year, m.month, m.day};
            if (!is_valid(d)) continue;
            evidence = std::string(line.substr(e.start, e.end - e.start));
            return d;
        }
    }
    return std::nullopt;
}

// How much of a line a date covers (a line that is mostly a date is a date line).
bool is_mostly_date(std::string_view line) {
    const std::vector<Token> tokens = tokenize(line);
    const std::string lower = lower_case_text(line);
    size_t covered = 0;
    for (const TimeExpression& e : find_time_expressions(line, lower, tokens))
        if (e.meaning.anchor == TimexMeaning::Anchor::Absolute && e.meaning.day) covered += e.end - e.start;
    size_t letters = 0;
    for (char c : line)
        if (c != ' ') ++letters;
    return covered > 0 && covered * 2 >= letters - std::min(letters, size_t(12));  // "2017World News" still counts
}

class LineReader {
public:
    explicit LineReader(Article& a) : a_(a), text_(a.text.clean) {}

    void run() {
        split();
        classify();
    }

private:
    void split() {
        for (size_t start = 0; start < text_.size();) {
            size_t end = text_.find('\n', start);
            if (end == std::string_view::npos) end = text_.size();
            ArticleLine line{static_cast<uint32_t>(start), static_cast<uint32_t>(end), Kind::Body};
            while (line.start < line.end && is_space(text_[line.start])) ++line.start;
            while (line.end > line.start && is_space(text_[line.end - 1])) --line.end;
            if (line.start == line.end) line.kind = Kind::Blank;
            a_.lines.push_back(line);
            start = end + 1;
        }
    }

    std::string_view text(const ArticleLine& l) const { return text_.substr(l.start, l.end - l.start); }

    void classify() {
        constexpr size_t kLongestTitle = 300;
        constexpr size_t kLongestHeading = 60;
        constexpr size_t kPullQuoteWindow = 20000;  // bytes of earlier text searched for a repeated line
        constexpr size_t kLongestFurniture = 160;   // page furniture is short
        bool seen_title = false, seen_body = false;
        size_t after_title = 0;  // non-blank lines since the title
        std::unordered_set<std::string_view> seen_lines;
        for (ArticleLine& l : a_.lines) {
            if (l.kind == Kind::Blank) continue;
            const std::string_view s = text(l);
            const bool sentence_end = ends_like_sentence(s);
            // The site's own lines.
            if ((s.size() <= kLongestFurniture && (is_page_furniture(s) || is_sum_or_number(s))) || !seen_lines.insert(s).second) {
                l.kind = Kind::Furniture;
                continue;
            }
            if (!seen_title) {
                if (s.size() <= kLongestTitle && letter_words(s) >= 2 && !has_photo_credit(s)) {
                    l.kind = Kind::Title;
                    a_.title = std::string(s);
                    seen_title = true;
                } else {
                    l.kind = Kind::Heading;
                }
                continue;
            }
            ++after_title;
            if (s.starts_with("By ") && s.size() < 160 && letter_words(s) >= 2 && !sentence_end) {
                l.kind = Kind::Byline;
                continue;
            }
            if (!sentence_end && s.size() < 120 && is_mostly_date(s)) {
                l.kind = Kind::DateLine;
                continue;
            }
            if (has_photo_credit(s)) {
                l.kind = Kind::Caption;
                continue;
            }
            if (!sentence_end && !has_inner_sentence_end(s)) {
                // A pull quote repeats words of the text above it (whatever their case).
                const size_t from = l.start > kPullQuoteWindow ? l.start - kPullQuoteWindow : 0;
                if (s.size() >= 20 && lower_case_text(text_.substr(from, l.start - from)).find(lower_case_text(s)) != std::string::npos) {
                    l.kind = Kind::Furniture;
                    continue;
                }
                if (s.size() <= kLongestHeading || letter_words(s) <= 8) {
                    l.kind = Kind::Heading;
                    continue;
                }
                // A long line with no full stop: right under the title it sums the story up;
                // later on it is a caption (or a link to another story).
                l.kind = !seen_body && after_title <= 2 ? Kind::Standfirst : Kind::Caption;
                continue;
            }
            l.kind = Kind::Body;
            seen_body = true;
        }
    }

    Article& a_;
    std::string_view text_;
};

// "By Henry Bevington" -> "Henry Bevington"; "By AFP - Jul 01,2017 - ..." -> "AFP".
std::string byline_name(std::string_view line) {
    std::string_view s = line.substr(3);
    for (std::string_view stop : {" - ", " | ", ", ", " \xE2\x80\x94 ", " \xE2\x80\x93 "}) {
        const size_t at = s.find(stop);
        if (at != std::string_view::npos) s = s.substr(0, at);
    }
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return std::string(s);
}

// A dateline opens the first paragraph: capitalised place words, maybe a date, then a dash:
// "MOSUL, Iraq/RAQQA, Syria June 30 - ", "MOSUL, Iraq — ", "BAGHDAD (Reuters) - ".
void find_dateline(Article& a) {
    for (const ArticleLine& l : a.lines) {
        if (l.kind != Kind::Body) continue;
        const std::string_view s = a.line_text(l);
        const std::vector<Token> tokens = tokenize(s);
        if (tokens.size() < 3 || !tokens[0].all_caps || tokens[0].end - tokens[0].start < 3) return;
        for (size_t i = 1; i < tokens.size() && i < 16; ++i) {
            const Token& t = tokens[i];
            const bool dash = t.is('-') || t.is(0x2014) || t.is(0x2013);
            if (dash && t.space_before) {
                size_t end = t.end;
                while (end < s.size() && is_space(s[end])) ++end;
                a.dateline_start = l.start;
                a.dateline_end = l.start + static_cast<uint32_t>(end);
                return;
            }
            if (t.is('.') || t.is(';')) return;  // a sentence, not a dateline
        }
        return;
    }
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
    LineReader(a).run();
    if (a.title.empty()) {
        problems.push_back({a.file, "no title found; the file name is used", Problem::Severity::Note});
        a.title = a.id;
    }
    find_dateline(a);

    // Byline and publication date from the lines above the first paragraph (and bylines and
    // date lines anywhere near the top).
    std::optional<CivilDate> from_text;
    size_t looked = 0;
    for (const ArticleLine& l : a.lines) {
        if (l.kind == Kind::Blank) continue;
        if (++looked > 20) break;
        const std::string_view s = a.line_text(l);
        if (l.kind == Kind::Byline && a.byline.empty()) a.byline = byline_name(s);
        if (!from_text && (l.kind == Kind::Byline || l.kind == Kind::DateLine || l.kind == Kind::Heading))
            from_text = full_date_in(s, a.published_evidence);
        if (l.kind == Kind::Body) break;
    }
    if (facts) {
        a.outlet = facts->outlet;
        a.url = facts->url;
    }
    // No outlet given: a news agency named in the byline ("By AFP") is one.
    if (!a.outlet && !a.byline.empty()) {
        const Gazetteer& g = Gazetteer::bundled();
        const std::vector<Token> tokens = tokenize(a.byline);
        for (const NameMention& n : g.find(a.byline, tokens, 0, tokens.size()))
            if (n.kind == NameMention::Kind::Actor && g.actors()[n.index].kind == "media" && n.first_token == 0 &&
                n.end_token == tokens.size())
                a.outlet = g.actors()[n.index].name;
    }
    if (facts && facts->published) {
        a.published = facts->published;
        a.published_from = PublishedFrom::Sources;
        if (from_text && *from_text != *facts->published)
            problems.push_back({a.file, "the text is dated " + to_iso(*from_text) + " but sources.json says " +
                                            to_iso(*facts->published) + "; sources.json is used",
                                Problem::Severity::Note});
        a.published_evidence.clear();
    } else if (from_text) {
        a.published = from_text;
        a.published_from = PublishedFrom::Text;
    }
    return a;
}

}  // namespace dateline
