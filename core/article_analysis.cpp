#include "article_analysis.h"

namespace dateline {

ArticleAnalysis analyse_article(std::string_view text, const ReferenceDate& reference, const Gazetteer& gazetteer) {
    ArticleAnalysis a;
    a.text = text;
    a.lower = lower_case_text(text);
    a.tokens = tokenize(text);
    a.sentences = split_sentences(text, a.tokens);
    a.timexes = find_time_expressions(text, a.lower, a.tokens, &a.expressions_too_long);
    resolve_time_expressions(text, a.lower, a.tokens, a.sentences, reference, a.timexes);
    a.gazetteer = &gazetteer;
    a.names = gazetteer.find(text, a.tokens, 0, a.tokens.size());
    a.in_timex.assign(a.tokens.size(), false);
    // Dates and times only: their words are compared apart, by their interval. A duration or a
    // set ("the 850-year-old mosque", "every week") has no interval, and its words stay words.
    for (const TimeExpression& e : a.timexes)
        if (e.type == TimexType::Date || e.type == TimexType::Time)
            for (uint32_t i = e.first_token; i < e.end_token; ++i) a.in_timex[i] = true;
    return a;
}

bool holds_a_date(const ArticleAnalysis& a, uint32_t first, uint32_t end) {
    for (const TimeExpression& e : a.timexes) {
        if (e.end_token <= first) continue;
        if (e.first_token >= end) break;
        if (e.meaning.anchor == TimexMeaning::Anchor::Reference) continue;
        if (e.dated && (e.type == TimexType::Date || e.type == TimexType::Time)) return true;
    }
    return false;
}

}  // namespace dateline
