// Article page: a saved web page read as the words a reader sees (article_page.h says what is
// kept and what goes, and which metadata gives which fact).
//
// Contents
//   1. Character references   &amp; &nbsp; &#8217; &#x2019; &rsquo;
//   2. Tags                   names, attributes, the elements skipped whole
//   3. Facts                  published date, outlet, link from <meta>, <link>, <time>, JSON-LD
//   4. The text               white space collapsed, a line a block, offsets kept
#include "article_page.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>
#include <vector>

#include "publication_date.h"

namespace dateline {

namespace {

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool starts_with_nocase(std::string_view text, size_t at, std::string_view word) {
    if (at + word.size() > text.size()) return false;
    for (size_t i = 0; i < word.size(); ++i)
        if (lower(text[at + i]) != word[i]) return false;
    return true;
}

size_t find_nocase(std::string_view text, std::string_view word, size_t from) {
    for (size_t i = from; i + word.size() <= text.size(); ++i)
        if (lower(text[i]) == word[0] && starts_with_nocase(text, i, word)) return i;
    return std::string_view::npos;
}

// ---------------------------------------------------------------------------------------------
// 1. Character references
// ---------------------------------------------------------------------------------------------

// The names HTML gives Latin-1's upper half, U+00A0 to U+00FF, in order.
constexpr std::array<std::string_view, 96> kLatin1Names = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",   "ordf",
    "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",
    "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave",
    "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",
    "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",
    "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute",
    "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave",
    "iacute", "icirc",  "iuml",   "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
    "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

struct NamedReference {
    std::string_view name;
    char32_t code_point;
};
// The others news pages use: markup's own, typography, a few letters and signs.
constexpr NamedReference kOtherNames[] = {
    {"amp", '&'},        {"lt", '<'},         {"gt", '>'},         {"quot", '"'},       {"apos", '\''},
    {"OElig", 0x152},    {"oelig", 0x153},    {"Scaron", 0x160},   {"scaron", 0x161},   {"Yuml", 0x178},
    {"Zcaron", 0x17D},   {"zcaron", 0x17E},   {"fnof", 0x192},     {"circ", 0x2C6},     {"tilde", 0x2DC},
    {"ensp", 0x2002},    {"emsp", 0x2003},    {"thinsp", 0x2009},  {"zwnj", 0x200C},    {"zwj", 0x200D},
    {"lrm", 0x200E},     {"rlm", 0x200F},     {"ndash", 0x2013},   {"mdash", 0x2014},   {"lsquo", 0x2018},
    {"rsquo", 0x2019},   {"sbquo", 0x201A},   {"ldquo", 0x201C},   {"rdquo", 0x201D},   {"bdquo", 0x201E},
    {"dagger", 0x2020},  {"Dagger", 0x2021},  {"bull", 0x2022},    {"hellip", 0x2026},  {"permil", 0x2030},
    {"prime", 0x2032},   {"Prime", 0x2033},   {"lsaquo", 0x2039},  {"rsaquo", 0x203A},  {"euro", 0x20AC},
    {"trade", 0x2122},   {"minus", 0x2212},   {"larr", 0x2190},    {"rarr", 0x2192},    {"nbhy", 0x2011}};

std::optional<char32_t> named_reference(std::string_view name) {
    for (size_t i = 0; i < kLatin1Names.size(); ++i)
        if (kLatin1Names[i] == name) return static_cast<char32_t>(0xA0 + i);
    for (const NamedReference& r : kOtherNames)
        if (r.name == name) return r.code_point;
    return std::nullopt;
}

std::optional<char32_t> numeric_reference(std::string_view digits, bool hex) {
    if (digits.empty() || digits.size() > 8) return std::nullopt;
    uint32_t v = 0;
    for (char c : digits) {
        const int d = c >= '0' && c <= '9' ? c - '0' : hex && (lower(c) >= 'a' && lower(c) <= 'f') ? lower(c) - 'a' + 10 : -1;
        if (d < 0) return std::nullopt;
        v = v * (hex ? 16 : 10) + static_cast<uint32_t>(d);
    }
    // A reference to 0x80..0x9F means Windows-1252's character there, as browsers read it.
    if (v >= 0x80 && v <= 0x9F && windows1252_high(static_cast<unsigned char>(v))) return windows1252_high(static_cast<unsigned char>(v));
    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0xFFFD;
    return static_cast<char32_t>(v);
}

// ---------------------------------------------------------------------------------------------
// 2. Tags
// ---------------------------------------------------------------------------------------------

struct Tag {
    std::string name;  // lower-case; empty for what is not a tag
    bool closing = false;
    bool self_closing = false;
    std::vector<std::pair<std::string, std::string>> attributes;  // names lower-case, values decoded
    size_t end = 0;                                               // just past its ">"

    std::string_view attribute(std::string_view key) const {
        for (const auto& [k, v] : attributes)
            if (k == key) return v;
        return {};
    }
    bool has(std::string_view key) const {
        return std::any_of(attributes.begin(), attributes.end(), [&](const auto& kv) { return kv.first == key; });
    }
};

std::string decoded(std::string_view value) {
    std::string out;
    for (size_t i = 0; i < value.size();) {
        size_t length = 0;
        if (value[i] == '&')
            if (const auto text = character_reference(value.substr(i), length)) {
                out += *text;
                i += length;
                continue;
            }
        out.push_back(value[i++]);
    }
    return out;
}

// The tag opening at `at` ("<p class=x>", "</div>"); a name-less Tag when it is not one.
Tag read_tag(std::string_view page, size_t at) {
    Tag tag;
    size_t i = at + 1;
    if (i < page.size() && page[i] == '/') {
        tag.closing = true;
        ++i;
    }
    if (i >= page.size() || !std::isalpha(static_cast<unsigned char>(page[i]))) return tag;
    while (i < page.size() && (std::isalnum(static_cast<unsigned char>(page[i])) || page[i] == '-' || page[i] == ':'))
        tag.name.push_back(lower(page[i++]));
    while (i < page.size() && page[i] != '>') {
        if (is_html_space(page[i])) {
            ++i;
            continue;
        }
        if (page[i] == '/') {
            tag.self_closing = true;
            ++i;
            continue;
        }
        std::string key;
        while (i < page.size() && !is_html_space(page[i]) && page[i] != '=' && page[i] != '>' && page[i] != '/')
            key.push_back(lower(page[i++]));
        while (i < page.size() && is_html_space(page[i])) ++i;
        std::string value;
        if (i < page.size() && page[i] == '=') {
            ++i;
            while (i < page.size() && is_html_space(page[i])) ++i;
            if (i < page.size() && (page[i] == '"' || page[i] == '\'')) {
                const char quote = page[i++];
                const size_t close = page.find(quote, i);
                const size_t stop = close == std::string_view::npos ? page.size() : close;
                value = decoded(page.substr(i, stop - i));
                i = stop == page.size() ? stop : stop + 1;
            } else {
                const size_t from = i;
                while (i < page.size() && !is_html_space(page[i]) && page[i] != '>') ++i;
                value = decoded(page.substr(from, i - from));
            }
        }
        if (!key.empty()) {
            tag.self_closing = false;  // a "/" before an attribute is not the tag's end
            tag.attributes.emplace_back(std::move(key), std::move(value));
        }
    }
    tag.end = i < page.size() ? i + 1 : page.size();
    return tag;
}

// Elements whose content is never the article's text (article_page.h).
bool is_skipped_element(std::string_view name) {
    static constexpr std::string_view kSkipped[] = {"script", "style",  "noscript", "template", "svg",   "math",   "iframe",
                                                    "object", "canvas", "select",   "button",   "nav",   "aside",  "textarea",
                                                    "audio",  "video"};
    return std::find(std::begin(kSkipped), std::end(kSkipped), name) != std::end(kSkipped);
}
// Elements whose content is raw text up to their end tag (no tags inside to count).
bool is_raw_text_element(std::string_view name) {
    return name == "script" || name == "style" || name == "textarea" || name == "title" || name == "noscript";
}

// Elements that end a line (a paragraph, heading, item, caption, row...).
bool is_block_element(std::string_view name) {
    static constexpr std::string_view kBlocks[] = {
        "p",       "div",     "br",      "h1",     "h2",      "h3",     "h4",         "h5",     "h6",    "li",
        "ul",      "ol",      "dl",      "dt",     "dd",      "tr",     "td",         "th",     "table", "section",
        "article", "header",  "footer",  "main",   "blockquote", "figure", "figcaption", "pre", "hr",    "address",
        "form",    "fieldset", "caption", "body",  "summary", "details"};
    return std::find(std::begin(kBlocks), std::end(kBlocks), name) != std::end(kBlocks);
}

// Where the element opened by `tag` (ending at tag.end) ends: past its end tag, counting nested
// elements of the same name; the page's end when it never closes.
size_t element_end(std::string_view page, const Tag& tag) {
    const std::string open = "<" + tag.name, close = "</" + tag.name;
    if (is_raw_text_element(tag.name)) {
        const size_t c = find_nocase(page, close, tag.end);
        if (c == std::string_view::npos) return page.size();
        const size_t gt = page.find('>', c);
        return gt == std::string_view::npos ? page.size() : gt + 1;
    }
    int depth = 1;
    size_t i = tag.end;
    while (depth > 0) {
        const size_t lt = page.find('<', i);
        if (lt == std::string_view::npos) return page.size();
        if (starts_with_nocase(page, lt, close)) {
            const Tag t = read_tag(page, lt);
            if (t.name == tag.name) --depth;
            i = t.end > lt ? t.end : lt + 1;
        } else if (starts_with_nocase(page, lt, open)) {
            const Tag t = read_tag(page, lt);
            if (t.name == tag.name && !t.self_closing) ++depth;
            i = t.end > lt ? t.end : lt + 1;
        } else {
            i = lt + 1;
        }
    }
    return i;
}

// ---------------------------------------------------------------------------------------------
// 3. Facts
// ---------------------------------------------------------------------------------------------

// How sure each source of a publication date is: the lower, the earlier it is taken.
enum DateSource { kArticlePublishedTime, kItempropDatePublished, kJsonLd, kMetaName, kTimePubdate, kNone };

struct FactsFound {
    ArticlePageFacts facts;
    DateSource date_source = kNone;
    std::optional<std::string> application_name, og_url, title;

    void offer_date(DateSource source, std::string_view what, std::string_view value) {
        if (source >= date_source) return;
        const std::optional<CivilDate> date = numeric_date(value);
        if (!date) return;
        facts.published = date;
        facts.published_evidence = std::string(what) + " " + std::string(value.substr(0, 40));
        date_source = source;
    }
};

std::string trimmed(std::string_view s) {
    while (!s.empty() && is_html_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_html_space(s.back())) s.remove_suffix(1);
    return std::string(s);
}

void read_facts_of_tag(const Tag& tag, FactsFound& found) {
    if (tag.closing) return;
    if (tag.name == "meta") {
        const std::string_view property = tag.attribute("property"), name = tag.attribute("name"),
                               itemprop = tag.attribute("itemprop"), content = tag.attribute("content");
        std::string key = std::string(!property.empty() ? property : name);
        std::transform(key.begin(), key.end(), key.begin(), lower);
        if (key == "article:published_time") found.offer_date(kArticlePublishedTime, key, content);
        if (itemprop == "datePublished") found.offer_date(kItempropDatePublished, "datePublished", content);
        static constexpr std::string_view kDateNames[] = {"pubdate",        "publishdate",     "date",
                                                          "dc.date",        "dc.date.issued",  "dcterms.created",
                                                          "parsely-pub-date", "sailthru.date", "publish-date"};
        if (std::find(std::begin(kDateNames), std::end(kDateNames), key) != std::end(kDateNames))
            found.offer_date(kMetaName, key, content);
        if (key == "og:site_name" && !trimmed(content).empty()) found.facts.outlet = trimmed(content);
        if (key == "application-name" && !trimmed(content).empty()) found.application_name = trimmed(content);
        if (key == "og:url" && !trimmed(content).empty()) found.og_url = trimmed(content);
    } else if (tag.name == "link") {
        std::string rel = std::string(tag.attribute("rel"));
        std::transform(rel.begin(), rel.end(), rel.begin(), lower);
        if (rel == "canonical" && !trimmed(tag.attribute("href")).empty()) found.facts.url = trimmed(tag.attribute("href"));
    } else if (tag.name == "time" && tag.has("pubdate")) {
        found.offer_date(kTimePubdate, "time pubdate", tag.attribute("datetime"));
    }
    if (tag.name != "meta" && tag.attribute("itemprop") == "datePublished") {
        const std::string_view value = tag.has("datetime") ? tag.attribute("datetime") : tag.attribute("content");
        found.offer_date(kItempropDatePublished, "datePublished", value);
    }
}

// JSON-LD (<script type="application/ld+json">): the first "datePublished": "..." in it. Read as
// text: a page's structured data is often not valid JSON, and only this one value is wanted.
void read_facts_of_json_ld(std::string_view script, FactsFound& found) {
    const size_t key = script.find("\"datePublished\"");
    if (key == std::string_view::npos) return;
    size_t i = key + 15;
    while (i < script.size() && (is_html_space(script[i]) || script[i] == ':')) ++i;
    if (i >= script.size() || script[i] != '"') return;
    const size_t close = script.find('"', i + 1);
    if (close == std::string_view::npos) return;
    found.offer_date(kJsonLd, "datePublished", script.substr(i + 1, close - i - 1));
}

// "Syrian rebels seize Hama | Reuters" -> "Syrian rebels seize Hama" when the outlet is known.
std::string_view title_without_outlet(std::string_view title, const std::optional<std::string>& outlet) {
    if (!outlet) return title;
    for (std::string_view separator : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: "}) {
        const std::string suffix = std::string(separator) + *outlet;
        if (title.size() > suffix.size() && title.ends_with(suffix)) return title.substr(0, title.size() - suffix.size());
    }
    return title;
}

// ---------------------------------------------------------------------------------------------
// 4. The text
// ---------------------------------------------------------------------------------------------

class TextWriter {
public:
    explicit TextWriter(ArticlePage& page) : page_(page) {}

    // A character of text at page offset [from, to): white space collapses into one space.
    void put_text(std::string_view text, size_t from, size_t to) {
        if (text.size() == 1 && is_html_space(text[0])) {
            if (!page_.text.empty() && page_.text.back() != '\n') space_at_ = from;
            return;
        }
        if (text.empty()) return;
        if (space_at_ != kNone) {
            page_.offsets.mark(page_.text.size(), space_at_);
            page_.text.push_back(' ');
            space_at_ = kNone;
        }
        page_.offsets.mark(page_.text.size(), from);
        page_.text += text;
        page_.offsets.mark(page_.text.size(), to);
    }
    // The end of a block: a line ends; at most one blank line between blocks.
    void end_line(size_t at, bool blank) {
        space_at_ = kNone;
        if (page_.text.empty()) return;
        const size_t ends = page_.text.ends_with("\n\n") ? 2 : page_.text.ends_with('\n') ? 1 : 0;
        const size_t wanted = blank ? 2 : 1;
        for (size_t k = ends; k < wanted; ++k) {
            page_.offsets.mark(page_.text.size(), at);
            page_.text.push_back('\n');
        }
    }

    // No white space or blank line at the end.
    void finish() {
        while (!page_.text.empty() && (page_.text.back() == '\n' || page_.text.back() == ' ')) page_.text.pop_back();
    }

private:
    static constexpr size_t kNone = static_cast<size_t>(-1);
    ArticlePage& page_;
    size_t space_at_ = kNone;
};

}  // namespace

std::optional<std::string> character_reference(std::string_view at, size_t& length) {
    if (at.size() < 3 || at[0] != '&') return std::nullopt;
    const size_t semi = at.find(';', 1);
    if (semi == std::string_view::npos || semi > 10) return std::nullopt;
    const std::string_view body = at.substr(1, semi - 1);
    std::optional<char32_t> cp;
    if (body[0] == '#') {
        const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
        cp = numeric_reference(body.substr(hex ? 2 : 1), hex);
    } else {
        cp = named_reference(body);
    }
    if (!cp) return std::nullopt;
    length = semi + 1;
    std::string out;
    append_clean(out, *cp);
    return out;
}

bool is_article_page(std::string_view file_name, std::string_view clean_text) {
    std::string name(file_name);
    std::transform(name.begin(), name.end(), name.begin(), lower);
    if (name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".xhtml")) return true;
    size_t i = 0;
    for (;;) {
        while (i < clean_text.size() && is_html_space(clean_text[i])) ++i;
        if (clean_text.substr(i, 4) != "<!--") break;
        const size_t end = clean_text.find("-->", i + 4);
        if (end == std::string_view::npos) return false;
        i = end + 3;
    }
    return starts_with_nocase(clean_text, i, "<!doctype html") || starts_with_nocase(clean_text, i, "<html") ||
           starts_with_nocase(clean_text, i, "<head");
}

namespace {

// Skips what is not a tag's text at `i` (a comment, a doctype): where reading goes on, or `i`.
size_t past_comment_or_declaration(std::string_view page, size_t i) {
    if (page.substr(i, 4) == "<!--") {
        const size_t end = page.find("-->", i + 4);
        return end == std::string_view::npos ? page.size() : end + 3;
    }
    if (i + 1 < page.size() && (page[i + 1] == '!' || page[i + 1] == '?')) {  // doctype, CDATA, processing
        const size_t end = page.find('>', i);
        return end == std::string_view::npos ? page.size() : end + 1;
    }
    return i;
}

// The page's facts and its <title>, from its tags alone.
FactsFound read_page_facts(std::string_view page) {
    FactsFound found;
    for (size_t i = page.find('<'); i < page.size(); i = page.find('<', i)) {
        if (const size_t past = past_comment_or_declaration(page, i); past != i) {
            i = past;
            continue;
        }
        const Tag tag = read_tag(page, i);
        if (tag.name.empty()) {
            ++i;
            continue;
        }
        read_facts_of_tag(tag, found);
        if (!tag.closing && !tag.self_closing && is_raw_text_element(tag.name)) {
            const size_t end = element_end(page, tag);
            const size_t close = find_nocase(page.substr(0, end), "</" + tag.name, tag.end);
            const std::string_view content = page.substr(tag.end, (close == std::string_view::npos ? end : close) - tag.end);
            if (tag.name == "script" && tag.attribute("type") == "application/ld+json") read_facts_of_json_ld(content, found);
            if (tag.name == "title" && !found.title) found.title = decoded(content);
            i = end;
            continue;
        }
        i = tag.end > i ? tag.end : i + 1;
    }
    if (!found.facts.outlet && found.application_name) found.facts.outlet = found.application_name;
    if (!found.facts.url && found.og_url) found.facts.url = found.og_url;
    return found;
}

}  // namespace

ArticlePage read_article_page(std::string_view page) {
    ArticlePage out;
    out.offsets.reset(page.size());
    const FactsFound found = read_page_facts(page);
    out.facts = found.facts;
    TextWriter writer(out);
    // A page without an <h1> has its headline only in its <title>: then the title is the text's
    // first line, as the headline of a .txt is (without the outlet's name after it).
    const bool has_h1 = find_nocase(page, "<h1", 0) != std::string_view::npos;
    size_t i = 0;
    while (i < page.size()) {
        const char c = page[i];
        if (c == '&') {
            size_t length = 0;
            if (const auto text = character_reference(page.substr(i), length)) {
                writer.put_text(*text, i, i + length);
                out.body_text |= !text->empty() && *text != " ";
                i += length;
                continue;
            }
        }
        if (c != '<') {
            size_t length = 1;
            if (static_cast<unsigned char>(c) >= 0x80) decode_utf8(page, i, length);
            writer.put_text(page.substr(i, length), i, i + length);
            out.body_text |= !is_html_space(c);
            i += length;
            continue;
        }
        if (const size_t past = past_comment_or_declaration(page, i); past != i) {
            i = past;
            continue;
        }
        const Tag tag = read_tag(page, i);
        if (tag.name.empty()) {  // a "<" of text: "a < b"
            writer.put_text("<", i, i + 1);
            out.body_text = true;
            ++i;
            continue;
        }
        if (!tag.closing && !tag.self_closing && tag.name == "title") {
            if (!has_h1 && found.title) {
                std::string words;  // the title's white space collapsed
                for (char t : trimmed(*found.title)) {
                    if (is_html_space(t) && !words.empty() && words.back() == ' ') continue;
                    words.push_back(is_html_space(t) ? ' ' : t);
                }
                const std::string_view title = title_without_outlet(words, found.facts.outlet);
                writer.end_line(i, true);
                for (size_t k = 0; k < title.size(); ++k)  // its words collapsed; all of it cited as the element
                    writer.put_text(title.substr(k, 1), tag.end, tag.end + 1);
                writer.end_line(i, true);
            }
            i = element_end(page, tag);
            continue;
        }
        if (!tag.closing && !tag.self_closing && (is_skipped_element(tag.name) || is_raw_text_element(tag.name))) {
            i = element_end(page, tag);
            continue;
        }
        if (is_block_element(tag.name)) writer.end_line(i, tag.name != "br" && tag.name != "td" && tag.name != "th");
        i = tag.end > i ? tag.end : i + 1;
    }
    writer.finish();
    return out;
}

}  // namespace dateline
