#include "publication_date.h"

#include <algorithm>

#include "sentences.h"
#include "tense.h"
#include "time_expression.h"
#include "time_words.h"
#include "tokens.h"

namespace dateline {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// The end of the run of digits starting at `at`.
size_t digits_end(std::string_view s, size_t at) {
    while (at < s.size() && is_digit(s[at])) ++at;
    return at;
}

int number(std::string_view s, size_t from, size_t to) {
    int n = 0;
    for (size_t i = from; i < to && i < from + 8; ++i) n = n * 10 + (s[i] - '0');
    return n;
}

// Years a news article's own date can have. Numbers outside it are not read as years in numbers-only
// dates and links (image sizes, article ids).
bool plausible_year(int year) { return year >= 1900 && year <= 2099; }

struct Found {
    CivilDate date;
    size_t start = 0, end = 0;
};

// A numbers-only date's three numbers, their lengths and separator, and where it lies.
struct NumericParts {
    int a = 0, b = 0, c = 0;
    size_t a_len = 0, c_len = 0, start = 0, end = 0;
    char separator = 0;
};

// The next run "A<sep>B<sep>C" of numbers from `i` on ('-', '/' or '.'; B of one or two digits),
// not part of a longer run ("1.2.3.4"); `i` is left after it.
std::optional<NumericParts> next_numeric_parts(std::string_view s, size_t& i) {
    for (; i < s.size(); ++i) {
        if (!is_digit(s[i]) || (i > 0 && is_digit(s[i - 1]))) continue;
        const size_t a_end = digits_end(s, i);
        if (a_end + 1 >= s.size()) break;
        const char sep = s[a_end];
        if ((sep != '-' && sep != '/' && sep != '.') || (i >= 2 && s[i - 1] == sep && is_digit(s[i - 2]))) {
            i = a_end;
            continue;
        }
        const size_t b = a_end + 1, b_end = digits_end(s, b);
        if (b_end == b || b_end - b > 2 || b_end + 1 >= s.size() || s[b_end] != sep) continue;
        const size_t c = b_end + 1, c_end = digits_end(s, c);
        if (c_end == c) continue;
        if (c_end + 1 < s.size() && s[c_end] == sep && is_digit(s[c_end + 1])) continue;  // "1.2.3.4": a version or address
        NumericParts p{number(s, i, a_end), number(s, b, b_end), number(s, c, c_end), a_end - i, c_end - c, i, c_end, sep};
        i = c_end;
        return p;
    }
    return std::nullopt;
}

// numeric_date with its position.
std::optional<Found> numeric_date_at(std::string_view s) {
    size_t i = 0;
    while (const std::optional<NumericParts> p = next_numeric_parts(s, i)) {
        CivilDate d;
        if (p->a_len == 4 && p->c_len <= 2) {
            d = {p->a, p->b, p->c};  // year first: always year, month, day
        } else if (p->a_len <= 2 && p->c_len == 4) {
            if (p->a > 12 && p->b <= 12) d = {p->c, p->b, p->a};       // 14/12/2017
            else if (p->b > 12 && p->a <= 12) d = {p->c, p->a, p->b};  // 12/14/2017
            else if (p->a == p->b) d = {p->c, p->a, p->b};             // 05/05/2017: either order
            else continue;                                             // 04/05/2017: April or May?
        } else {
            continue;
        }
        if (!plausible_year(d.year) || !is_valid(d)) continue;
        return Found{d, p->start, p->end};
    }
    return std::nullopt;
}

// The first full date the temporal tagger finds in a line, with its position.
std::optional<Found> worded_date_in(std::string_view line) {
    const std::vector<Token> tokens = tokenize(line);
    const std::string lower = lower_case_text(line);
    for (const TimeExpression& e : find_time_expressions(line, lower, tokens)) {
        const TimexMeaning& m = e.meaning;
        if (m.anchor != TimexMeaning::Anchor::Absolute || !m.day || !m.month || !m.year) continue;
        // Numbers alone ("04/05/2017") are numeric_date's to read: only where the order is certain.
        if (std::none_of(line.begin() + e.start, line.begin() + e.end, is_letter)) continue;
        const CivilDate d{m.year, m.month, m.day};
        if (is_valid(d)) return Found{d, e.start, e.end};
    }
    return std::nullopt;
}

// worded_date_in, reading a year glued to what follows it (glued_year_end) as if the space were
// there; the position is the line's own.
std::optional<Found> worded_date_at(std::string_view line) {
    const size_t glue = glued_year_end(line);
    if (glue == std::string_view::npos) return worded_date_in(line);
    const std::string spaced = std::string(line.substr(0, glue)) + " " + std::string(line.substr(glue));
    std::optional<Found> f = worded_date_in(spaced);
    if (f) {
        if (f->start > glue) --f->start;
        if (f->end > glue) --f->end;
    }
    return f;
}

std::optional<Found> full_date_at(std::string_view line) {
    const std::optional<Found> words = worded_date_at(line), digits = numeric_date_at(line);
    if (words && (!digits || words->start <= digits->start)) return words;
    return digits;
}

std::string lower_ascii(std::string_view s) { return lower_case_text(s); }

// Stamp words, as they open a line or follow a separator. Longer ones first, so "last updated"
// is not read as "updated".
struct StampWord {
    std::string_view word;
    bool update;
};
constexpr StampWord kStampWords[] = {
    {"first published", false}, {"originally published", false}, {"date published", false}, {"publication date", false},
    {"published", false},       {"posted", false},               {"last updated", true},    {"last modified", true},
    {"updated", true},          {"modified", true},              {"date:", false},
};
// Words that may come before the stamp word: "This article was published on ...", "Story posted ...".
constexpr std::string_view kStampLeadIns[] = {"this article was ", "this story was ", "article ", "story ", "page "};

constexpr size_t kLongestStampWord = std::max_element(std::begin(kStampWords), std::end(kStampWords), [](const StampWord& a, const StampWord& b) {
                                         return a.word.size() < b.word.size();
                                     })->word.size();
constexpr size_t kLongestStampLeadIn = std::max_element(std::begin(kStampLeadIns), std::end(kStampLeadIns), [](std::string_view a, std::string_view b) {
                                           return a.size() < b.size();
                                       })->size();

// The longest gap, in bytes, between a stamp word and its date ("10:32 AM ET, Thu " is 17).
constexpr size_t kStampToDate = 40;

// The stamp word at `at` of the lower-cased line, if one is there and ends a word.
const StampWord* stamp_at(std::string_view lower, size_t at) {
    for (const StampWord& w : kStampWords) {
        if (lower.compare(at, w.word.size(), w.word) != 0) continue;
        const size_t end = at + w.word.size();
        if (end < lower.size() && is_letter(lower[end])) continue;
        return &w;
    }
    return nullptr;
}

std::string_view word_of(std::string_view lower, const Token& t) { return lower.substr(t.start, t.end - t.start); }

// A word that puts a date a few words after it in the future: "will be held on May 6", "is due to
// open on", "scheduled for". (The tense of the nearest verb alone reads "will be held" as past.)
bool future_word_before(std::string_view lower, const std::vector<Token>& tokens, size_t sentence_first, size_t at) {
    constexpr size_t kWords = 6;
    static constexpr std::string_view kFutureWords[] = {"will", "shall", "due", "scheduled"};
    for (size_t i = at > sentence_first + kWords ? at - kWords : sentence_first; i < at; ++i) {
        if (!tokens[i].is_word()) continue;
        const std::string_view w = word_of(lower, tokens[i]);
        if (w.ends_with("'ll") || w.ends_with("\xE2\x80\x99ll")) return true;
        for (std::string_view f : kFutureWords)
            if (w == f) return true;
    }
    return false;
}

// A word before a date in its sentence that makes it a plan or a prospect seen from the past,
// not something that had happened: "would be released in 2007", "to be released in mid-2011",
// "had hoped to have it ready for 2012". Such a date is no bound either way.
bool prospect_word_before(std::string_view lower, const std::vector<Token>& tokens, size_t sentence_first, size_t at) {
    static constexpr std::string_view kProspectWords[] = {"would", "should", "could", "might", "expected", "expects", "plans",
                                                          "planned", "hoped", "hopes", "intended", "aims", "aimed"};
    for (size_t i = sentence_first; i < at; ++i) {
        if (!tokens[i].is_word()) continue;
        const std::string_view w = word_of(lower, tokens[i]);
        if (w == "to" && i + 1 < at && tokens[i + 1].is_word() && word_of(lower, tokens[i + 1]) == "be") return true;
        for (std::string_view p : kProspectWords)
            if (w == p) return true;
    }
    return false;
}

}  // namespace

// "on July 3", "Monday, July 3": a day of a month written without its year, counted from
// publication (which a text without its date leaves undated).
bool is_day_of_a_month_without_year(const TimeExpression& e) {
    const TimexMeaning& m = e.meaning;
    return e.type == TimexType::Date && m.anchor == TimexMeaning::Anchor::Tense && m.month && m.day && !m.year && !m.deictic_unit;
}

std::optional<CivilDate> numeric_date(std::string_view text, std::string* evidence) {
    const std::optional<Found> f = numeric_date_at(text);
    if (!f) return std::nullopt;
    if (evidence) *evidence = std::string(text.substr(f->start, f->end - f->start));
    return f->date;
}

std::optional<CivilDate> full_date_in_line(std::string_view line, std::string* evidence) {
    const std::optional<Found> f = full_date_at(line);
    if (!f) return std::nullopt;
    if (evidence) *evidence = std::string(line.substr(f->start, f->end - f->start));
    return f->date;
}

std::optional<DateStamp> published_line_date(std::string_view line) {
    constexpr size_t kLongestStampLine = 200;
    if (line.size() > kLongestStampLine) return std::nullopt;
    // The cheap test first, on the line's opening alone (most lines stop here): a stamp word
    // at its start or after a lead-in, and the character after the word.
    constexpr size_t kOpening = kLongestStampLeadIn + kLongestStampWord + 1;
    // Lower-cased as lower_ascii does, into a buffer on the stack: most lines of every article pass here.
    char opening_buffer[kOpening];
    const std::string_view opening_text = line.substr(0, kOpening);
    for (size_t i = 0; i < opening_text.size(); ++i) {
        const char c = opening_text[i];
        opening_buffer[i] = static_cast<char>(c + (c >= 'A' && c <= 'Z' ? 'a' - 'A' : 0));
    }
    const std::string_view opening(opening_buffer, opening_text.size());
    size_t open = 0;
    for (std::string_view lead : kStampLeadIns)
        if (opening.starts_with(lead)) open = lead.size();
    if (!stamp_at(opening, open)) return std::nullopt;
    const std::string lower = lower_ascii(line);
    // Every stamp in the line (the first opens it; others follow a separator such as "|" or ","),
    // each with the first full date close after it. A publication date beats an update.
    std::optional<DateStamp> update;
    for (size_t at = open; at < lower.size(); ++at) {
        if (at > open && (is_letter(lower[at - 1]) || is_digit(lower[at - 1]))) continue;
        const StampWord* w = stamp_at(lower, at);
        if (!w) continue;
        const size_t after = at + w->word.size();
        const std::string_view rest = line.substr(after, std::min(line.size() - after, kStampToDate + 40));
        const std::optional<Found> f = full_date_at(rest);
        if (!f || f->start > kStampToDate) continue;
        DateStamp stamp{f->date, w->update, std::string(line.substr(at, after + f->end - at))};
        if (!w->update) return stamp;
        if (!update) update = std::move(stamp);
        at = after + f->end - 1;
    }
    return update;
}

size_t glued_year_end(std::string_view line) {
    const auto word_before = [&](size_t end) {  // the letters ending at `end`
        size_t from = end;
        while (from > 0 && is_letter(line[from - 1])) --from;
        return line.substr(from, end - from);
    };
    const auto is_month = [](std::string_view w) {
        const TimeWordClass c = time_word(lower_case_text(w)).cls;
        return c == TimeWordClass::Month || c == TimeWordClass::MonthAbbrev;
    };
    for (size_t i = 0; i < line.size(); ++i) {
        if (!is_digit(line[i]) || (i > 0 && is_digit(line[i - 1]))) continue;
        const size_t end = digits_end(line, i);
        const size_t year_end = i + 4;
        if (end - i < 5 || end - i > 6 || !plausible_year(number(line, i, year_end))) {
            i = end;
            continue;
        }
        // Before it: a month name ("14 Dec 2017...") or a day after a month name ("Dec 14, 2017...").
        size_t b = i;
        while (b > 0 && (line[b - 1] == ' ' || line[b - 1] == ',' || line[b - 1] == '.')) --b;
        bool after_date = b < i && is_month(word_before(b));
        if (!after_date && b < i && b > 0 && is_digit(line[b - 1])) {
            size_t d = b;
            while (d > 0 && is_digit(line[d - 1])) --d;
            size_t m = d;
            while (m > 0 && (line[m - 1] == ' ' || line[m - 1] == '.')) --m;
            after_date = b - d <= 2 && m < d && is_month(word_before(m));
        }
        // After it: a clock time ("8:15", "08.15") or a day and a month name ("14 Dec").
        const bool clock = end < line.size() && end + 1 < line.size() && (line[end] == ':' || line[end] == '.') &&
                           is_digit(line[end + 1]) && end - year_end <= 2;
        size_t n = end;
        while (n < line.size() && line[n] == ' ') ++n;
        size_t w = n;
        while (w < line.size() && is_letter(line[w])) ++w;
        const bool second_date = !clock && n > end && is_month(line.substr(n, w - n));
        if (after_date && (clock || second_date)) return year_end;
        i = end;
    }
    return std::string_view::npos;
}

bool is_date_and_clock_time(std::string_view line) {
    constexpr size_t kLongestDateLine = 80;
    if (line.size() > kLongestDateLine) return false;
    const std::string lower = lower_ascii(line);
    // The time at the end: "8:15 a.m." or "8 p.m.", maybe a zone in capitals ("EST", "ET").
    size_t end = lower.size();
    while (end > 0 && line[end - 1] >= 'A' && line[end - 1] <= 'Z') --end;
    while (end > 0 && line[end - 1] == ' ') --end;
    const std::string_view head = std::string_view(lower).substr(0, end);
    if (!head.ends_with("a.m.") && !head.ends_with("p.m.")) return false;
    size_t at = end - 4;
    while (at > 0 && lower[at - 1] == ' ') --at;
    const size_t time_end = at;
    while (at > 0 && (is_digit(lower[at - 1]) || lower[at - 1] == ':' || lower[at - 1] == '.')) --at;
    if (at == time_end || !is_digit(lower[at])) return false;
    // Before it: a full date and nothing else but a weekday, "at" and separators.
    const std::string_view rest = line.substr(0, at);
    const std::optional<Found> f = full_date_at(rest);
    if (!f) return false;
    const std::vector<Token> tokens = tokenize(rest);
    for (const Token& t : tokens) {
        if (t.start >= f->start && t.end <= f->end) continue;
        if (!t.is_word()) continue;
        const std::string_view w = std::string_view(lower).substr(t.start, t.end - t.start);
        const TimeWordClass c = time_word(w).cls;
        if (w != "at" && c != TimeWordClass::Weekday && c != TimeWordClass::WeekdayAbbrev) return false;
    }
    return true;
}

std::optional<DateStamp> header_line_date(std::string_view line) {
    if (std::optional<DateStamp> stamp = published_line_date(line)) return stamp;
    const std::optional<Found> f = full_date_at(line);
    if (!f) return std::nullopt;
    // "... - Last updated at Jul 01,2017": a date right after an update word is an update.
    const std::string before = lower_ascii(line.substr(f->start > 24 ? f->start - 24 : 0, std::min<size_t>(f->start, 24)));
    const bool update = before.find("updated") != std::string::npos || before.find("modified") != std::string::npos;
    return DateStamp{f->date, update, std::string(line.substr(f->start, f->end - f->start))};
}

std::optional<DatelineDate> dateline_date(std::string_view dateline) {
    const std::vector<Token> tokens = tokenize(dateline);
    const std::string lower = lower_case_text(dateline);
    DatelineDate out;
    size_t first = std::string_view::npos, last = 0;
    for (const TimeExpression& e : find_time_expressions(dateline, lower, tokens)) {
        const TimexMeaning& m = e.meaning;
        if (m.anchor != TimexMeaning::Anchor::Absolute && m.anchor != TimexMeaning::Anchor::Tense) continue;
        bool used = false;
        if (m.month && m.day && !out.month) {
            out.month = m.month;
            out.day = m.day;
            out.year = m.anchor == TimexMeaning::Anchor::Absolute ? m.year : 0;
            used = true;
        }
        if (m.weekday && !out.weekday) {
            out.weekday = m.weekday;
            used = true;
        }
        if (used) {
            first = std::min<size_t>(first, e.start);
            last = std::max<size_t>(last, e.end);
        }
    }
    if (!out.month || !is_valid({out.year ? out.year : 2000, out.month, out.day})) return std::nullopt;
    out.evidence = std::string(dateline.substr(first, last - first));
    return out;
}

std::optional<DatelineDate> header_day_without_year(std::string_view line, bool* update) {
    constexpr size_t kLongestDateLine = 80;
    if (line.size() > kLongestDateLine) return std::nullopt;
    const std::optional<DatelineDate> d = dateline_date(line);
    if (!d || d->year) return std::nullopt;
    const size_t date_start = line.find(d->evidence), date_end = date_start + d->evidence.size();
    const std::string lower = lower_ascii(line);
    // Besides the date, only the words a date line is written with: a stamp, "at"/"on", a clock
    // time ("8:15 PM", "8.15am") and its zone ("GMT", "UTC+3", "EST": a short word in capitals).
    static constexpr std::string_view kDateLineWords[] = {"published", "posted", "updated", "last", "modified", "first",
                                                          "on", "at", "am", "pm", "a", "p", "m", "local", "time"};
    bool updated = false;
    for (const Token& t : tokenize(line)) {
        if (!t.is_word() || (t.start >= date_start && t.end <= date_end)) continue;
        const std::string_view w = word_of(lower, t);
        if (w == "updated" || w == "modified") updated = true;
        const bool clock_word = w.size() >= 3 && w.size() <= 4 && (w.ends_with("am") || w.ends_with("pm")) &&
                                t.start > 0 && is_digit(line[t.start - 1]);  // "8:15am"
        if (std::find(std::begin(kDateLineWords), std::end(kDateLineWords), w) != std::end(kDateLineWords) || clock_word ||
            (t.all_caps && t.end - t.start <= 4))
            continue;
        return std::nullopt;
    }
    if (update) *update = updated;
    return d;
}

std::optional<AmbiguousDate> ambiguous_numeric_date(std::string_view line) {
    size_t i = 0;
    while (const std::optional<NumericParts> p = next_numeric_parts(line, i)) {
        if (p->a_len > 2 || p->c_len != 4 || p->a > 12 || p->b > 12 || p->a == p->b || !plausible_year(p->c)) continue;
        const CivilDate day_first{p->c, p->b, p->a}, month_first{p->c, p->a, p->b};
        if (!is_valid(day_first) || !is_valid(month_first)) continue;
        return AmbiguousDate{day_first, month_first, p->separator, std::string(line.substr(p->start, p->end - p->start))};
    }
    return std::nullopt;
}

std::optional<CivilDate> ambiguous_date_reading(const AmbiguousDate& d, const TextDateBounds& bounds, std::string* why) {
    const auto allowed = [&](const CivilDate& c) {
        const int64_t day = days_from_civil(c);
        return (!bounds.past_from || day >= *bounds.past_from) && (!bounds.future_to || day <= *bounds.future_to);
    };
    const bool day_first = allowed(d.day_first), month_first = allowed(d.month_first);
    if (day_first && month_first && !bounds.past_month_days.empty()) {
        // The days of a month the text reports as past ("on July 3") lie in the season before the
        // day it was written: the reading under which more of them do.
        // The days (and their words) that lie in the season before `reading`.
        const auto near_before = [&](const CivilDate& reading, std::string* first_words) {
            const int64_t r = days_from_civil(reading);
            size_t n = 0;
            for (const TextDateBounds::MonthDay& md : bounds.past_month_days)
                for (int year : {reading.year, reading.year - 1}) {
                    const CivilDate c{year, md.month, md.day};
                    if (!is_valid(c) || days_from_civil(c) > r) continue;
                    if (r - days_from_civil(c) <= kNearDays && n++ == 0 && first_words) *first_words = md.words;
                    break;
                }
            return n;
        };
        std::string by_day_words, by_month_words;
        const size_t by_day = near_before(d.day_first, &by_day_words), by_month = near_before(d.month_first, &by_month_words);
        if (by_day != by_month) {
            if (why)
                *why = "the reading under which the days it reports as past ('" + (by_day > by_month ? by_day_words : by_month_words) +
                       "') lie in the season before it";
            return by_day > by_month ? d.day_first : d.month_first;
        }
    }
    if (bounds.past_from && (day_first || month_first)) {
        // Of two allowed readings, the nearer after what the text reports: news is written days after.
        const CivilDate pick = day_first && (!month_first || days_from_civil(d.day_first) < days_from_civil(d.month_first))
                                   ? d.day_first
                                   : d.month_first;
        if (why)
            *why = std::string(day_first && month_first ? "the reading nearest after '" : "the only reading on or after '") +
                   bounds.past_words + "', which the text reports as past";
        return pick;
    }
    if (!bounds.past_from && d.separator == '.' && day_first) {
        if (why) *why = "a date written with dots is written day first";
        return d.day_first;
    }
    return std::nullopt;
}

std::optional<LinkDate> link_date(std::string_view url) {
    const std::string lower = lower_ascii(url);
    const std::string_view s = lower;
    std::optional<LinkDate> month_only;
    for (size_t i = 0; i < s.size(); ++i) {
        if (!is_digit(s[i]) || (i > 0 && (is_digit(s[i - 1]) || is_letter(s[i - 1])))) continue;
        const size_t run_end = digits_end(s, i);
        const size_t run = run_end - i;
        const size_t from = i;
        i = run_end;
        if (run == 8) {  // "/20171214/"
            if (run_end < s.size() && is_letter(s[run_end])) continue;
            const CivilDate d{number(s, from, from + 4), number(s, from + 4, from + 6), number(s, from + 6, from + 8)};
            if (plausible_year(d.year) && is_valid(d)) return LinkDate{d.year, d.month, d.day, std::string(url.substr(from, 8))};
            continue;
        }
        if (run != 4 || run_end + 1 >= s.size()) continue;
        const int year = number(s, from, run_end);
        const char sep = s[run_end];
        if (!plausible_year(year) || (sep != '/' && sep != '-' && sep != '_')) continue;
        // The month: one or two digits, or a month's name ("dec", "december").
        size_t m_end = run_end + 1;
        int month = 0;
        if (is_digit(s[m_end])) {
            const size_t e = digits_end(s, m_end);
            if (e - m_end > 2) continue;
            month = number(s, m_end, e);
            m_end = e;
        } else {
            size_t e = m_end;
            while (e < s.size() && is_letter(s[e])) ++e;
            const TimeWord& w = time_word(s.substr(m_end, e - m_end));
            if (w.cls != TimeWordClass::Month && w.cls != TimeWordClass::MonthAbbrev) continue;
            month = w.value;
            m_end = e;
        }
        if (month < 1 || month > 12) continue;
        // The day, after the same separator.
        if (m_end + 1 < s.size() && s[m_end] == sep && is_digit(s[m_end + 1])) {
            const size_t d_end = digits_end(s, m_end + 1);
            const bool ends = d_end == s.size() || !(is_digit(s[d_end]) || is_letter(s[d_end]));
            const CivilDate d{year, month, number(s, m_end + 1, d_end)};
            if (d_end - (m_end + 1) <= 2 && ends && is_valid(d))
                return LinkDate{year, month, d.day, std::string(url.substr(from, d_end - from))};
        }
        // Only a month: a folder of the link ("/2017/july/slug", "/2017/07/slug").
        if (!month_only && sep == '/' && m_end < s.size() && s[m_end] == '/')
            month_only = LinkDate{year, month, 0, std::string(url.substr(from, m_end - from))};
    }
    return month_only;
}

std::vector<std::string_view> links_in_text(std::string_view text) {
    std::vector<std::string_view> out;
    for (size_t at = 0; at < text.size();) {
        size_t found = std::string_view::npos;
        for (std::string_view start : {"https://", "http://", "www."}) found = std::min(found, text.find(start, at));
        if (found == std::string_view::npos) break;
        size_t end = found;
        while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '\t' && text[end] != '"' &&
               text[end] != '<' && text[end] != '>' && text[end] != ')' && text[end] != ']')
            ++end;
        out.push_back(text.substr(found, end - found));
        at = end;
    }
    return out;
}

std::optional<CivilDate> photo_caption_date(std::string_view caption, std::string* evidence) {
    const std::string lower = lower_ascii(caption);
    for (std::string_view old : {"file photo", "file picture", "file image", "archive", "(file)"})
        if (lower.find(old) != std::string::npos) return std::nullopt;
    return full_date_in_line(caption, evidence);
}

bool is_comparison_point(std::string_view lower, const std::vector<Token>& tokens, size_t first, size_t end,
                         std::string_view signal) {
    static constexpr std::string_view kRecordWords[] = {"low", "lows", "high", "highs", "peak", "peaks", "level", "levels", "record"};
    if (signal == "since") return true;
    size_t before = first;  // the word before the date, past an article ("since the September 11, 2001 attacks")
    if (before > 0 && tokens[before - 1].is_word() && word_of(lower, tokens[before - 1]) == "the") --before;
    if (before > 0 && tokens[before - 1].is_word() && word_of(lower, tokens[before - 1]) == "since") return true;
    if (end < tokens.size() && tokens[end].is_word())
        for (std::string_view w : kRecordWords)
            if (word_of(lower, tokens[end]) == w) return true;
    return false;
}

TextDateBounds date_bounds_in_text(std::string_view text, const std::function<bool(uint32_t)>& readable,
                                   const std::function<bool(uint32_t)>& is_caption) {
    TextDateBounds b;
    const std::vector<Token> tokens = tokenize(text);
    const std::string lower = lower_case_text(text);
    const std::vector<Sentence> sentences = split_sentences(text, tokens);
    std::vector<TimeExpression> timexes = find_time_expressions(text, lower, tokens);
    resolve_time_expressions(text, lower, tokens, sentences, ReferenceDate{}, timexes);  // a written year needs no anchor
    int latest_full_year = 0, latest_any_year = 0;
    size_t s = 0;
    size_t first_sentence = sentences.size();  // the first sentence of the article's own text
    size_t lead = 0;                           // a cursor over the sentences for the lead's weekday
    bool past_the_lead = false;                // a weekday beyond the lead's two sentences was seen: stop looking
    for (const TimeExpression& e : timexes) {
        if (!b.lead_weekday && !past_the_lead && e.meaning.weekday && !e.meaning.month &&
            e.meaning.anchor == TimexMeaning::Anchor::Tense && (e.type == TimexType::Date || e.type == TimexType::Time) &&
            readable(e.start)) {
            while (lead < sentences.size() && sentences[lead].end_token <= e.first_token) ++lead;
            const size_t k = lead;
            if (first_sentence == sentences.size())
                for (size_t f = 0; f < sentences.size(); ++f)
                    if (readable(tokens[sentences[f].first_token].start)) {
                        first_sentence = f;
                        break;
                    }
            past_the_lead = k > first_sentence + 1;
            const Tense tense = k < sentences.size() ? tense_around(lower, tokens, sentences[k].first_token, sentences[k].end_token,
                                                                    e.first_token, e.end_token)
                                                       : Tense::Future;
            if (k <= first_sentence + 1 && (tense == Tense::Past || tense == Tense::Unknown) &&
                !future_word_before(lower, tokens, sentences[k].first_token, e.first_token)) {
                b.lead_weekday = e.meaning.weekday;
                b.lead_weekday_words = std::string(text.substr(e.start, e.end - e.start));
            }
        }
        if (is_day_of_a_month_without_year(e)) {
            if (!readable(e.start)) continue;
            while (s < sentences.size() && sentences[s].end_token <= e.first_token) ++s;
            if (s >= sentences.size()) continue;
            if (tense_around(lower, tokens, sentences[s].first_token, sentences[s].end_token, e.first_token, e.end_token) ==
                    Tense::Past &&
                !future_word_before(lower, tokens, sentences[s].first_token, e.first_token))
                b.past_month_days.push_back({e.meaning.month, e.meaning.day, std::string(text.substr(e.start, e.end - e.start))});
            continue;
        }
        if (e.meaning.anchor != TimexMeaning::Anchor::Absolute || !e.dated) continue;
        if (e.type != TimexType::Date && e.type != TimexType::Time) continue;
        if (e.precision == Precision::Decade || e.precision == Precision::Century || e.precision == Precision::Range) continue;
        const bool caption = is_caption(e.start);
        if (!caption && !readable(e.start)) continue;
        while (s < sentences.size() && sentences[s].end_token <= e.first_token) ++s;
        Tense tense = Tense::Past;  // a photo is taken on or before publication
        if (!caption) {
            if (s >= sentences.size()) continue;
            const Sentence& sentence = sentences[s];
            tense = tense_around(lower, tokens, sentence.first_token, sentence.end_token, e.first_token, e.end_token);
            if (future_word_before(lower, tokens, sentence.first_token, e.first_token)) tense = Tense::Future;
            else if (e.signal == "by" || e.signal == "until" || e.signal == "till" || e.signal == "before" ||
                     prospect_word_before(lower, tokens, sentence.first_token, e.first_token))
                continue;  // "delivered by 2011", "would be released in 2007": says nothing of when it was written
        }
        if (tense == Tense::Future) {
            if (!b.future_to || e.last_day < *b.future_to) b.future_to = e.last_day;
            if (e.precision == Precision::Day) b.full_days.push_back(e.first_day);
            continue;
        }
        const int year = civil_from_days(e.last_day).year;
        latest_any_year = std::max(latest_any_year, year);
        if (!is_comparison_point(lower, tokens, e.first_token, e.end_token, e.signal))
            b.latest_reported_year = std::max(b.latest_reported_year, year);
        if (e.precision == Precision::Day) latest_full_year = std::max(latest_full_year, year);
        if (e.precision == Precision::Day) b.full_days.push_back(e.first_day);
        // Only a day is a bound: years and months named in past clauses are often plans seen
        // from then ("Boeing had hoped to have it ready for 2012").
        if (tense == Tense::Past && e.precision == Precision::Day && (!b.past_from || e.first_day > *b.past_from) &&
            !is_comparison_point(lower, tokens, e.first_token, e.end_token, e.signal)) {
            b.past_from = e.first_day;
            b.past_words = std::string(text.substr(e.start, e.end - e.start));
        }
    }
    b.latest_year = latest_full_year ? latest_full_year : latest_any_year;
    std::sort(b.full_days.begin(), b.full_days.end());
    return b;
}

std::optional<int> dateline_year(const DatelineDate& dateline, const TextDateBounds& bounds) {
    // Only years near a full date the text names can be allowed.
    std::vector<int> years;
    for (int64_t day : bounds.full_days) {
        const int y = civil_from_days(day).year;
        for (int c : {y - 1, y, y + 1})
            if (std::find(years.begin(), years.end(), c) == years.end()) years.push_back(c);
    }
    std::sort(years.rbegin(), years.rend());  // the latest first
    const auto near_a_named_day = [&](int64_t day) {
        const auto it = std::lower_bound(bounds.full_days.begin(), bounds.full_days.end(), day - kNearDays);
        return it != bounds.full_days.end() && *it <= day + kNearDays;
    };
    for (bool with_future : {true, false}) {  // a clause misread as future must not forbid every year
        for (int year : years) {
            const CivilDate d{year, dateline.month, dateline.day};
            if (!is_valid(d)) continue;
            const int64_t day = days_from_civil(d);
            if (!near_a_named_day(day)) continue;
            if (bounds.past_from && day < *bounds.past_from) continue;
            if (with_future && bounds.future_to && day > *bounds.future_to) continue;
            if (dateline.weekday && iso_weekday(d) != dateline.weekday) continue;
            return year;
        }
    }
    return std::nullopt;
}

std::optional<int> dateline_year_by_lead_weekday(const DatelineDate& dateline, const TextDateBounds& bounds) {
    if (!bounds.lead_weekday || !bounds.latest_reported_year || (dateline.weekday && dateline.weekday != bounds.lead_weekday))
        return std::nullopt;
    // In five years running a day of the year falls on each weekday at most once (it moves on one
    // weekday a year, two after a 29 February: at most six in four steps), so the first fits alone.
    static_assert(kLeadWeekdayYears <= 4, "more years could fit the weekday twice");
    for (int year = bounds.latest_reported_year; year <= bounds.latest_reported_year + kLeadWeekdayYears; ++year) {
        const CivilDate d{year, dateline.month, dateline.day};
        if (!is_valid(d) || iso_weekday(d) != bounds.lead_weekday) continue;
        const int64_t day = days_from_civil(d);
        if ((bounds.past_from && day < *bounds.past_from) || (bounds.future_to && day > *bounds.future_to)) continue;
        return year;
    }
    return std::nullopt;
}

}  // namespace dateline
