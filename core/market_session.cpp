#include "market_session.h"

#include <string_view>

#include "episode_dates.h"
#include "headline.h"
#include "lead_news.h"
#include "non_event_dates.h"
#include "time_words.h"

namespace dateline {

namespace {

// Words that name a market index (lower case, one token each; "s&p" is read from "s" "&" "p").
bool is_index_word(std::string_view w) {
    return w == "dow" || w == "djia" || w == "nasdaq" || w == "ftse" || w == "dax" || w == "cac" || w == "nikkei" ||
           w == "topix" || w == "kospi" || w == "sensex" || w == "merval" || w == "bovespa" || w == "stoxx" || w == "tsx" ||
           w == "asx" || w == "seng" || w == "index" || w == "indexes" || w == "indices";
}

// Other markets whose session figures a report gives: stocks, shares, oil, crude.
bool is_market_word(std::string_view w) { return w == "stocks" || w == "shares" || w == "oil" || w == "crude"; }

// Moves of a price or index in the simple past.
// Rule: "Shares of financial companies were lower by nine percent", "The index was down 2%": a
// form of "be" and the direction of a move, the first verb of the sentence (none before it), is a
// move told as a state; so is "was" with the move after a comma ("was in a freefall for most of
// the day, ending down 12.7 percent"). Returns the token of "was"/"were", or nullopt.
std::optional<uint32_t> level_after_was_at(const ArticleAnalysis& a, const Sentence& s) {
    for (uint32_t i = s.first_token + 1; i + 1 < s.end_token; ++i) {
        const Token& t = a.tokens[i];
        if (!t.is_word() || t.capitalised) continue;
        const std::string_view w = a.word(i);
        if (w == "was" || w == "were") {
            uint32_t next = i + 1;
            if (a.word(next) == "also" && next + 1 < s.end_token) ++next;
            const std::string_view d = a.word(next);
            if (d == "lower" || d == "higher" || d == "down" || d == "up" || d == "off") return i;
            // "was in a freefall for most of the day, ending down 12.7 percent": the move closes it.
            for (uint32_t k = next; k + 2 < s.end_token; ++k)
                if (a.tokens[k].is(',') && (a.word(k + 1) == "ending" || a.word(k + 1) == "closing") &&
                    (a.word(k + 2) == "down" || a.word(k + 2) == "up" || a.word(k + 2) == "lower" || a.word(k + 2) == "higher"))
                    return i;
            return std::nullopt;
        }
        if (w == "is" || w == "are" || w == "has" || w == "have" || w == "had" || w.ends_with("ed")) return std::nullopt;
    }
    return std::nullopt;
}

bool is_move_verb(std::string_view w) {
    return w == "fell" || w == "dropped" || w == "rose" || w == "gained" || w == "lost" || w == "climbed" ||
           w == "surged" || w == "jumped" || w == "slipped" || w == "slid" || w == "declined" || w == "tumbled" ||
           w == "plunged" || w == "plummeted" || w == "soared" || w == "closed" || w == "ended" || w == "finished" ||
           w == "opened" || w == "rallied" || w == "bottomed" || w == "added" || w == "shed" || w == "was" ||
           w == "were" || w == "saw" || w == "edged" || w == "sank" || w == "advanced" || w == "retreated" || w == "dipped" ||
           w == "hit" || w == "took";  // "hit a 12-year low", "was hit hard, losing 39 points", "took heavy losses"
}

// Words that make a figure a forecast or an expectation, not the session's.
bool is_forecast_word(std::string_view w) {
    return w == "expected" || w == "forecast" || w == "forecasts" || w == "predicted" || w == "expects" ||
           w == "will" || w == "would" || w == "could" || w == "may" || w == "might" || w == "should";
}

// A figure: a number with "points", "%", "percent", "per cent", or a price ("$77.11", "at 11,489.30"),
// or a level reached ("dropped to lows not reached since February", "closed at a record high").
bool has_figure(const ArticleAnalysis& a, const Sentence& s) {
    for (uint32_t i = s.first_token; i + 1 < s.end_token; ++i) {
        const std::string_view level = a.word(i + 1);
        if ((a.word(i) == "to" || a.word(i) == "record" || a.word(i) == "new") &&
            (level == "low" || level == "lows" || level == "high" || level == "highs"))
            return true;
        const Token& next = a.tokens[i + 1];
        const std::string_view w = a.word(i + 1);
        if (!a.tokens[i].is_number()) {
            // A share spelled out: "dropped by four percent", "lower by nine percent".
            if ((w == "percent" || w == "per") && time_word(a.word(i)).cls == TimeWordClass::Number) return true;
            continue;
        }
        if (next.is('%') || w == "points" || w == "percent" || w == "per" || w == "cents") return true;
        if (i > s.first_token && (a.tokens[i - 1].is('$') || a.word(i - 1) == "at" || a.word(i - 1) == "below" ||
                                  a.word(i - 1) == "above"))
            return true;  // a price, a level: "closed at 6595.32", "falling below 8,000"
    }
    return false;
}

// A time expression the session's figure may hold: a span of minutes or hours inside the session
// ("in the first 90 minutes", "in thirty minutes"), or the point a level is measured from ("lows
// not reached since February", "its best since 1993": "since" after a level's word or a negated
// "seen"/"reached").
bool dates_nothing_else(const ArticleAnalysis& a, const Sentence& s, const TimeExpression& e) {
    if (e.type == TimexType::Duration) {
        // "a three-year low": the level's measure, not when the figure was made
        const std::string_view next = a.word(e.end_token);
        return e.value.starts_with("PT") || next == "low" || next == "high" || next == "lows" || next == "highs";
    }
    if (e.signal != "since") return false;
    for (uint32_t i = e.first_token, steps = 0; i-- > s.first_token && steps < 4; ++steps) {
        const std::string_view w = a.word(i);
        if (w == "low" || w == "lows" || w == "high" || w == "highs" || w == "lowest" || w == "highest" || w == "best" ||
            w == "worst" || w == "level" || w == "levels")
            return true;
        if ((w == "seen" || w == "reached" || w == "recorded") && i > s.first_token &&
            (a.word(i - 1) == "not" || a.word(i - 1) == "never"))
            return true;
    }
    return false;
}

}  // namespace

bool names_a_market(const ArticleAnalysis& a, const Sentence& s) {
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
        const std::string_view w = a.word(i);
        if (is_index_word(w) || is_market_word(w)) return true;
        // "stock markets", "the stock market": not a town's market; "stock prices", "share prices"
        if ((w == "market" || w == "markets") && i > s.first_token && (a.word(i - 1) == "stock" || a.word(i - 1) == "equity"))
            return true;
        if (w == "prices" && i > s.first_token && (a.word(i - 1) == "stock" || a.word(i - 1) == "share")) return true;
        // A company's stock: "Shares of ExxonMobil", "shares in Ford", "Ford's shares", "Apple shares"
        // (not "a 25 percent share", "15 percent shares": a holding, not the stock's price).
        if (w == "shares" && ((i + 1 < s.end_token && (a.word(i + 1) == "of" || a.word(i + 1) == "in")) ||
                              (i > s.first_token && (a.word(i - 1) == "'s" || a.tokens[i - 1].capitalised))))
            return true;
        // "S&P 500", "Standard & Poor's"
        if (a.tokens[i].is('&') && i + 1 < s.end_token && (a.word(i + 1) == "p" || a.word(i + 1) == "poor")) return true;
    }
    return false;
}

std::optional<uint32_t> session_figure_at(const ArticleAnalysis& a, const Sentence& s) {
    if (s.end_token <= s.first_token + 3 || is_quote_mark(a.tokens[s.first_token]) || a.tokens[s.end_token - 1].is('?'))
        return std::nullopt;
    bool quoted = false;
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
        quoted = a.tokens[i].inside_quote_after(quoted);
        if (quoted || is_forecast_word(a.word(i))) return std::nullopt;
    }
    if (!names_a_market(a, s) || !has_figure(a, s)) return std::nullopt;
    if (the_week_told_before(a, s)) return std::nullopt;  // "fell 4% over the week": the week's figure
    // "Before the suspension, the RTS fell 6.39%": placed before another happening, which may be
    // of another day ("suspended for a second consecutive day"), not the session's figure.
    if (a.word(s.first_token) == "before") return std::nullopt;
    for (const TimeExpression& e : a.timexes) {
        if (e.first_token >= s.end_token) break;
        if (e.first_token >= s.first_token && !dates_nothing_else(a, s, e) && !is_since_a_landmark(a, s, e) && !is_change_baseline(a, s, e) &&
            !in_state_relative_aside(a, s, e))
            return std::nullopt;
    }
    const std::optional<uint32_t> verb = simple_past_at(a, s.first_token, s.end_token);
    if (verb) return is_move_verb(a.word(*verb)) ? verb : std::nullopt;
    return level_after_was_at(a, s);
}

}  // namespace dateline
