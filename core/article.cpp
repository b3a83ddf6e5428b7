#include "article.h"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "article_page.h"
#include "dated_opening.h"
#include "gazetteer.h"
#include "lexicon.h"
#include "page_furniture.h"
#include "publication_date.h"
#include "sentences.h"
#include "time_expression.h"
#include "tokens.h"

namespace dateline {

std::string_view to_string(PublishedFrom from) {
    switch (from) {
        case PublishedFrom::Sources: return "sources";
        case PublishedFrom::Text: return "text";
        case PublishedFrom::Inferred: return "inferred";
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
    // Asked of most lines: the credits with ')', ':' or '/' are looked for only in a line that has
    // one (a pass without branches over the line, cheaper than a search for each).
    // A table, not comparisons: the compiler made those a branch on every byte, mispredicted on
    // prose (cachegrind: 2.5 M per 10 MB of articles).
    static constexpr auto kMarks = [] {
        std::array<uint8_t, 256> t{};
        t[')'] = t[':'] = t['/'] = 1;
        return t;
    }();
    uint8_t punctuated = 0;
    for (char c : s) punctuated |= kMarks[static_cast<unsigned char>(c)];
    if (punctuated && contains_any(s, {"photo)", "Photo)", "PHOTO)", "(Photo:", "(photo:", "Photograph:", "REUTERS/", "AFP/",
                                       "/AFP", "(Picture:", "Image:", "Credit:"}))
        return true;
    if (contains_any(s, {"photo by ", "Photo by ", "Getty Images", "AP Photo"})) return true;
    // A trailing agency credit after a dash: "... al-Baghdadi - Reuters"
    for (std::string_view agency : {" - Reuters", " - AFP", " - AP", " - EPA", " | Reuters", " | AFP"})
        if (s.ends_with(agency)) return true;
    return false;
}

// How much of a line a date covers (a line that is mostly a date is a date line).
bool is_mostly_date(std::string_view line) {
    const std::vector<Token> tokens = tokenize(line);
    const std::string lower = lower_case_text(line);
    size_t covered = 0;
    for (const TimeExpression& e : find_time_expressions(line, lower, tokens))
        if (e.meaning.anchor == TimexMeaning::Anchor::Absolute && e.meaning.day) covered += e.end - e.start;
    std::string numbers;  // "2017-12-14T08:15:00Z", "14/12/2017"
    if (covered == 0 && numeric_date(line, &numbers)) covered = numbers.size();
    size_t letters = 0;
    for (char c : line)
        if (c != ' ') ++letters;
    return covered > 0 && covered * 2 >= letters - std::min(letters, size_t(12));  // "2017World News" still counts
}

// "(Reuters)", "(AP)", "(CNN)": a news agency's credit in parentheses, tokens (open, close).
bool is_agency_credit(std::string_view s, const std::vector<Token>& tokens, size_t open, size_t close) {
    if (close == open + 2 && tokens[open + 1].all_caps) return true;
    const Gazetteer& g = Gazetteer::bundled();
    for (const NameMention& n : g.find(s, tokens, open + 1, close))
        if (n.kind == NameMention::Kind::Actor && g.actors()[n.index].kind == "media" && n.first_token == open + 1 &&
            n.end_token == close)
            return true;
    return false;
}

// The length of the dateline opening a paragraph, with the dash and the spaces after it, or 0.
// A dateline is a place in capitals, maybe a date, then a dash ("MOSUL, Iraq/RAQQA, Syria June 30 -",
// "WASHINGTON, Dec. 14, 2017 (Reuters) -") or, after a date, a colon ("ISLAMABAD, Dec 14:"), or any capitalised place with an agency's credit
// ("Beirut, Dec 14 (AFP) -", "Washington (CNN)The ...": without a dash, a capital must follow), within 16 tokens and no full stop on the
// way except after an abbreviation ("Dec.").
// A credit that ends the dateline's 16 tokens: the story follows it as after any credit (a dash
// or a capital: "BEIRUT, Dec 14 (Reuters) The ..."), or it is a name with its acronym inside a
// sentence ("... delivered today to Singapore Airlines (SIA) 18 months behind schedule"): 0.
size_t credit_opening_story(std::string_view s, const std::vector<Token>& tokens, size_t credit_end) {
    auto next = std::find_if(tokens.begin(), tokens.end(), [&](const Token& t) { return t.start >= credit_end; });
    size_t end = credit_end;
    while (end < s.size() && is_space(s[end])) ++end;
    if (next == tokens.end()) return end;  // the line ends with the credit
    const bool dash = next->is('-') || next->is(0x2014) || next->is(0x2013);
    if (dash) {
        end = next->end;
        while (end < s.size() && is_space(s[end])) ++end;
        return end;
    }
    return next->is_word() && next->capitalised ? end : 0;
}

// A region's abbreviation after the place of a dateline ("PORTVILLE, Fla. (AP) -", "LONDON, Ont.,
// Dec. 14 -"): agencies abbreviate a US state or a province there, and its full stop ends no
// sentence (assets/lexicons/region_abbreviations.txt).
bool is_region_abbreviation(std::string_view word) {
    static const WordSet regions = [] {
        WordSet s;
        for (const std::string& e : lexicon_entries("region_abbreviations")) s.insert(ascii_lower(e));
        return s;
    }();
    return regions.count(ascii_lower(word)) > 0;
}

size_t dateline_length(std::string_view s) {
    const std::vector<Token> tokens = tokenize(s);
    if (tokens.size() < 3 || !tokens[0].capitalised || tokens[0].end - tokens[0].start < 3) return 0;
    const bool capitals = tokens[0].all_caps;
    const auto with_spaces = [&](size_t end) {
        while (end < s.size() && is_space(s[end])) ++end;
        return end;
    };
    size_t credit_end = 0;  // after "(Reuters)"
    for (size_t i = 1; i < tokens.size() && i < 16; ++i) {
        const Token& t = tokens[i];
        const bool dash = t.is('-') || t.is(0x2014) || t.is(0x2013);
        if (dash && (t.space_before || credit_end)) return capitals || credit_end ? with_spaces(t.end) : 0;
        // "Washington (CNN) President ..." with no dash: the story opens right after the credit. A
        // comma or a lower-case word there ("European Aeronautic Defence and Space NV (EADS), the
        // parent company ...", "The carmaker (GM) has cut") makes it a name with its acronym.
        if (credit_end) return t.is_word() && t.capitalised ? with_spaces(credit_end) : 0;
        if (t.is('(')) {
            size_t close = i + 1;
            while (close < tokens.size() && close <= i + 4 && !tokens[close].is(')')) ++close;
            if (close < tokens.size() && tokens[close].is(')') && is_agency_credit(s, tokens, i, close)) {
                credit_end = tokens[close].end;
                i = close;
                continue;
            }
        }
        if (t.is('.') && tokens[i - 1].is_word() && !t.space_before &&
            (is_abbreviation(token_text(s, tokens[i - 1])) ||
             (i >= 2 && tokens[i - 2].is(',') && tokens[i - 1].capitalised && is_region_abbreviation(token_text(s, tokens[i - 1])))))
            continue;  // "Dec.", "PORTVILLE, Fla."
        // A colon ends a dateline that gives a date ("ISLAMABAD, Dec 14: Officials said ..."), as
        // South Asian and Gulf papers write them; a bare "WATCH:" or "UPDATE:" is no dateline.
        if (t.is(':') && capitals && !credit_end && i + 1 < tokens.size() && tokens[i + 1].is_word() &&
            tokens[i + 1].capitalised && dateline_date(s.substr(0, t.start)))
            return with_spaces(t.end);
        if (t.is('.') || t.is(';')) return 0;  // a sentence, not a dateline
    }
    return credit_end ? credit_opening_story(s, tokens, credit_end) : 0;
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
            if ((s.size() <= kLongestFurniture && (is_page_furniture(s) || (is_sum_or_number(s) && !numeric_date(s) && !ambiguous_numeric_date(s)))) || !seen_lines.insert(s).second) {
                l.kind = Kind::Furniture;
                continue;
            }
            if (s.size() < 200 && published_line_date(s)) {  // "Published 10:32 AM ET, Thu December 14, 2017"
                l.kind = Kind::DateLine;
                continue;
            }
            if (!seen_title) {
                if (sentence_end && dateline_length(s) > 0) {  // no title: the text opens with its dateline
                    l.kind = Kind::Body;
                    seen_body = seen_title = true;
                    continue;
                }
                if (s.size() <= kLongestTitle && letter_words(s) >= 2 && !has_photo_credit(s) &&
                    !(s.size() < 120 && is_mostly_date(s))) {
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
            const bool photo_credit = has_photo_credit(s);  // read once: two rules below ask
            if (s.size() < 120 && (!sentence_end || is_date_and_clock_time(s)) && !photo_credit && is_mostly_date(s)) {
                l.kind = Kind::DateLine;
                continue;
            }
            if (photo_credit) {
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
        // A date opening the story as its dateline ("March 3, 2010 -- ", "DETROIT — March 3, 2010: ")
        // reaches further than the place's dateline ("DETROIT — ").
        const size_t length = std::max(dateline_length(a.line_text(l)), dated_opening_length(a.line_text(l)));
        if (length > 0) {
            a.dateline_start = l.start;
            a.dateline_end = l.start + static_cast<uint32_t>(length);
        }
        return;
    }
}

// ---------------------------------------------------------------------------------------------
// The publication date: the rules of publication_date.h, in their order of preference.
// ---------------------------------------------------------------------------------------------

// How many lines from the top (blank lines and page furniture not counted) the header may take:
// menus the furniture lexicon does not know come before the title on many scraped pages.
constexpr size_t kHeaderLines = 40;

// Rule 1: the header: the lines down to the first paragraph, and past it when that paragraph is
// a summary ending in a full stop ("Title / Summary. / By X / 14 Dec 2017"), page furniture not
// counted. The first date of publication, else the first update; and, for the inferences, a date
// line there without its year ("December 14 at 8:15 PM", rule 5) or in numbers whose order of day
// and month is not certain ("04/07/2017").
struct HeaderDates {
    std::optional<DateStamp> published, updated;
    std::optional<DatelineDate> day_without_year;
    std::optional<AmbiguousDate> ambiguous;
};
// "Updated ", "Last modified: ": the words before a date that make it an update's, not the publication's
// ("Issued on: 10/07/2017 - 08:15 Modified: 10/07/2017 - 10:15" is dated by its first).
bool names_an_update(std::string_view words) {
    const std::string lower = lower_case_text(words);
    return lower.find("updated") != std::string::npos || lower.find("modified") != std::string::npos;
}

HeaderDates dates_in_header(const Article& a) {
    HeaderDates out;
    size_t looked = 0, paragraphs = 0;
    for (const ArticleLine& l : a.lines) {
        if (l.kind == Kind::Blank || l.kind == Kind::Furniture) continue;
        if (++looked > kHeaderLines) break;
        if (l.kind == Kind::Body && ++paragraphs == 2) break;
        if (l.kind != Kind::Byline && l.kind != Kind::DateLine && l.kind != Kind::Heading) continue;
        if (!links_in_text(a.line_text(l)).empty()) continue;  // a link's date is rule 4's
        std::optional<DateStamp> d = header_line_date(a.line_text(l));
        bool update = false;
        if (!d && !out.day_without_year)
            if (std::optional<DatelineDate> day = header_day_without_year(a.line_text(l), &update); day && !update)
                out.day_without_year = std::move(day);
        if (!d && !out.ambiguous)
            if (std::optional<AmbiguousDate> amb = ambiguous_numeric_date(a.line_text(l));
                amb && !names_an_update(a.line_text(l).substr(0, a.line_text(l).find(amb->evidence))))
                out.ambiguous = std::move(amb);
        if (!d) continue;
        if (!d->update) {
            out.published = std::move(d);
            break;
        }
        if (!out.updated) out.updated = std::move(d);
    }
    return out;
}

// The dateline's words (without the dash), or none.
std::optional<DatelineDate> date_of_dateline(const Article& a) {
    if (a.dateline_end <= a.dateline_start) return std::nullopt;
    std::string_view words = std::string_view(a.text.clean).substr(a.dateline_start, a.dateline_end - a.dateline_start);
    while (!words.empty() && (words.back() == ' ' || words.back() == ':')) words.remove_suffix(1);  // "Dec 14:" is no time
    return dateline_date(words);
}

// Rule 3: a "Published ..." line below the first paragraph (a publication date beats an update).
std::optional<DateStamp> published_line_below(const Article& a) {
    std::optional<DateStamp> update;
    bool in_body = false;
    for (const ArticleLine& l : a.lines) {
        in_body |= l.kind == Kind::Body;
        if (!in_body || l.kind == Kind::Blank) continue;
        std::optional<DateStamp> d = published_line_date(a.line_text(l));
        if (!d) continue;
        if (!d->update) return d;
        if (!update) update = std::move(d);
    }
    return update;
}

// Rule 4: the article's link (sources.json's url), else a link written outside its paragraphs
// (a link inside a paragraph usually points at another story).
std::optional<LinkDate> date_of_link(const Article& a) {
    std::optional<LinkDate> month_only;
    const auto consider = [&](std::string_view url) {
        std::optional<LinkDate> d = link_date(url);
        if (d && d->day) return d;
        if (d && !month_only) month_only = std::move(d);
        return std::optional<LinkDate>();
    };
    if (a.url)
        if (std::optional<LinkDate> d = consider(*a.url)) return d;
    for (const ArticleLine& l : a.lines) {
        if (l.kind == Kind::Blank || a.is_readable(l)) continue;
        for (std::string_view url : links_in_text(a.line_text(l)))
            if (std::optional<LinkDate> d = consider(url)) return d;
    }
    return month_only;
}

std::string quoted(std::string_view words) { return "'" + std::string(words) + "'"; }
std::string day_words(int64_t day) { return describe_interval(day, day, Precision::Day); }

// What the text allows about its own date (read only when no date is stated: it tags the whole text).
TextDateBounds bounds_of(const Article& a) {
    const auto line_at = [&a](uint32_t offset) -> const ArticleLine* {
        auto it = std::upper_bound(a.lines.begin(), a.lines.end(), offset,
                                   [](uint32_t o, const ArticleLine& l) { return o < l.start; });
        return it == a.lines.begin() ? nullptr : &*(it - 1);
    };
    return date_bounds_in_text(
        a.text.clean,
        [&](uint32_t offset) {
            const ArticleLine* l = line_at(offset);
            return l && offset < l->end && a.is_readable(*l) && (offset < a.dateline_start || offset >= a.dateline_end);
        },
        [&](uint32_t offset) {
            const ArticleLine* l = line_at(offset);
            return l && offset < l->end && l->kind == Kind::Caption;
        });
}

void set_stated(Article& a, const DateStamp& d, std::string how) {
    a.published = d.date;
    a.published_from = PublishedFrom::Text;
    a.published_evidence = d.evidence;
    a.published_how = std::move(how);
}

void set_inferred(Article& a, const CivilDate& d, std::string evidence, std::string how, Problems& problems) {
    a.published = d;
    a.published_from = PublishedFrom::Inferred;
    a.published_evidence = std::move(evidence);
    a.published_how = std::move(how);
    // Said where problems are read too: an inference can be wrong, and a reader can correct it.
    problems.push_back({a.file, "no publication date stated; " + to_iso(d) + " is " +
                                    a.published_how.substr(a.published_how.find("inferred")) + "; dates relative to it rest on that",
                        Problem::Severity::Note});
}

// Inferred, when nothing states the date: rules 5 (dateline, or date line under the headline,
// without a year), 6 (photo caption) and 7 (a window). A window pins no day, so `published` stays
// empty: expressions counted from publication ("on Friday", "last week") then stay unplaced
// instead of being put on a guessed day.
void infer_publication_date(Article& a, std::optional<DatelineDate> dateline, const HeaderDates& header,
                            const std::optional<LinkDate>& link, Problems& problems) {
    const char* where = "the dateline ";
    if (!dateline && header.day_without_year) {
        dateline = header.day_without_year;
        where = "the date line under the headline ";
    }
    if (dateline && link && link->month == dateline->month && !link->day &&
        is_valid(CivilDate{link->year, dateline->month, dateline->day})) {  // "/2017/12/" and "Dec 14"
        set_stated(a, {CivilDate{link->year, dateline->month, dateline->day}, false, dateline->evidence},
                   "publication date read from " + std::string(where) + quoted(dateline->evidence) + " and the year of its link (" +
                       std::to_string(link->year) + ")");
        return;
    }
    const TextDateBounds bounds = bounds_of(a);
    if (dateline) {
        if (const std::optional<int> year = dateline_year(*dateline, bounds)) {
            std::string why;
            if (bounds.past_from && civil_from_days(*bounds.past_from).year == *year)
                why = ": it reports " + quoted(bounds.past_words) + " as past";
            else if (bounds.past_from)
                why = ": the first year on or after " + quoted(bounds.past_words) + ", which it reports as past";
            set_inferred(a, CivilDate{*year, dateline->month, dateline->day}, dateline->evidence,
                         "publication date inferred from " + std::string(where) + quoted(dateline->evidence) +
                             " and the latest year the text allows, " + std::to_string(*year) + why,
                         problems);
            return;
        }
        if (const std::optional<int> year = dateline_year_by_lead_weekday(*dateline, bounds)) {
            const CivilDate d{*year, dateline->month, dateline->day};
            set_inferred(a, d, dateline->evidence,
                         "publication date inferred from " + std::string(where) + quoted(dateline->evidence) + " and the lead's " +
                             quoted(bounds.lead_weekday_words) + ": " + day_words(days_from_civil(d)) + ", the only year from " +
                             std::to_string(bounds.latest_reported_year) + " (the latest year the text reports) to " +
                             std::to_string(bounds.latest_reported_year + kLeadWeekdayYears) + " in which that day falls on that weekday",
                         problems);
            return;
        }
    }
    if (header.ambiguous) {
        std::string why;
        if (const std::optional<CivilDate> d = ambiguous_date_reading(*header.ambiguous, bounds, &why)) {
            set_inferred(a, *d, header.ambiguous->evidence,
                         "publication date inferred from the date line " + quoted(header.ambiguous->evidence) + ", read as " +
                             day_words(days_from_civil(*d)) + ": " + why,
                         problems);
            return;
        }
    }
    for (const ArticleLine& l : a.lines) {
        if (l.kind != Kind::Caption) continue;
        std::string evidence;
        if (const std::optional<CivilDate> d = photo_caption_date(a.line_text(l), &evidence)) {
            set_inferred(a, *d, evidence,
                         "publication date inferred from the photo caption's date " + quoted(evidence) +
                             ", taken as the publication day (a news photo runs the day it is taken or just after)",
                         problems);
            return;
        }
    }
    // Rule 7: only a window.
    std::string how;
    if (bounds.past_from) {
        a.published_not_before = civil_from_days(*bounds.past_from);
        how = "on or after " + day_words(*bounds.past_from) + ", the latest date the article reports as past (" +
              quoted(bounds.past_words) + ")";
    }
    if (link && !link->day) {
        const CivilDate first{link->year, link->month, 1}, last{link->year, link->month, days_in_month(link->year, link->month)};
        if (!a.published_not_before || days_from_civil(*a.published_not_before) < days_from_civil(first) ||
            days_from_civil(*a.published_not_before) > days_from_civil(last)) {
            a.published_not_before = first;
            how.clear();
        }
        a.published_not_after = last;
        how = "in " + describe_interval(days_from_civil(first), days_from_civil(last), Precision::Month) + " by its link (" +
              quoted(link->evidence) + ")" + (how.empty() ? "" : ", " + how);
    }
    if (how.empty()) return;
    a.published_from = PublishedFrom::Inferred;
    a.published_how = "publication date not stated, only inferred as a window: " + how;
}

// Sets the article's publication date: given (sources.json or the reader), else stated in the
// text or link, else inferred. A date the text states beside a given one that differs is noted.
// A web page's metadata (article_page.h) states the date before anything its text says.
void date_the_article(Article& a, const EditorialFacts* facts, const ArticlePageFacts* page, Problems& problems) {
    const HeaderDates header = dates_in_header(a);
    const std::optional<DatelineDate> dateline = date_of_dateline(a);
    const bool from_metadata = page && page->published;
    std::optional<DateStamp> stated = from_metadata ? DateStamp{*page->published, false, page->published_evidence} : header.published;
    if (!stated && dateline && dateline->year)
        stated = DateStamp{CivilDate{dateline->year, dateline->month, dateline->day}, false, dateline->evidence};
    if (!stated) stated = header.updated;
    if (!stated) stated = published_line_below(a);
    if (facts && facts->published) {
        a.published = facts->published;
        a.published_from = PublishedFrom::Sources;
        const std::string by = facts->published_by.empty() ? "sources.json" : facts->published_by;
        a.published_how = "publication date from " + by;
        if (stated && stated->date != *facts->published)
            problems.push_back({a.file, "the text is dated " + to_iso(stated->date) + " but " + by + " says " +
                                            to_iso(*facts->published) + "; " + by + " is used",
                                Problem::Severity::Note});
        return;
    }
    if (stated) {
        set_stated(a, *stated, from_metadata    ? "publication date from the page's metadata (" + quoted(stated->evidence) + ")"
                               : stated->update ? "publication date taken from the text's last update, " + quoted(stated->evidence) +
                                                      " (it may have been published earlier)"
                                                : "publication date read from the text");
        return;
    }
    const std::optional<LinkDate> link = date_of_link(a);
    if (link && link->day) {
        set_stated(a, {CivilDate{link->year, link->month, link->day}, false, link->evidence},
                   "publication date read from the link (" + quoted(link->evidence) + ")");
        return;
    }
    infer_publication_date(a, dateline, header, link, problems);
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
    // A saved web page: its words, a line a block, cited where they stand in the page's bytes.
    std::optional<ArticlePageFacts> page;
    if (is_article_page(a.file, a.text.clean)) {
        ArticlePage read = read_article_page(a.text.clean);
        a.text.offsets = read.offsets.followed_by(a.text.offsets);
        a.text.clean = std::move(read.text);
        page = std::move(read.facts);
        if (!read.body_text)
            problems.push_back({a.file, "is a web page with no article text in it (its text may come from its scripts: copy the "
                                        "article's text into a .txt file instead)",
                                Problem::Severity::Note});
    }
    LineReader(a).run();
    if (a.title.empty()) {
        problems.push_back({a.file, "no title found; the file name is used", Problem::Severity::Note});
        a.title = a.id;
    }
    find_dateline(a);

    // The byline from the lines above the first paragraph.
    size_t looked = 0;
    for (const ArticleLine& l : a.lines) {
        if (l.kind == Kind::Blank) continue;
        if (++looked > kHeaderLines || l.kind == Kind::Body) break;
        if (l.kind == Kind::Byline && a.byline.empty()) a.byline = byline_name(a.line_text(l));
    }
    if (facts) {
        a.outlet = facts->outlet;
        a.url = facts->url;
    }
    if (page) {  // below what sources.json says
        if (!a.outlet) a.outlet = page->outlet;
        if (!a.url) a.url = page->url;
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
    date_the_article(a, facts, page ? &*page : nullptr, problems);
    return a;
}

}  // namespace dateline
