// What the tests of the sentence rules share (lead_news, since_dates, non_event_dates): a text
// written for the test, read once against a publication date of 2009-03-04 (a Wednesday), and
// the events extraction makes of it as an article's body.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "article_analysis.h"
#include "calendar.h"
#include "timeline.h"

namespace dateline::testing {

inline constexpr CivilDate kTestPublished{2009, 3, 4};

// A text read once; each test file adds what its rules ask of it.
struct SentenceReading {
    std::string text;
    ArticleAnalysis a;
    explicit SentenceReading(std::string t)
        : text(std::move(t)), a(analyse_article(text, ReferenceDate{kTestPublished, "the test"}, Gazetteer::bundled())) {}
    const Sentence& sentence() const { return a.sentences.front(); }
    const TimeExpression& first_date() const { return a.timexes.front(); }
};

// The events of an article with this body (title first), published on 2009-03-04 or undated.
inline Timeline timeline_of(const std::string& body, std::optional<CivilDate> published = kTestPublished) {
    std::vector<ArticleInput> in;
    in.push_back({"a.txt", "a.txt", "A title for the test\n" + body + "\n", EditorialFacts{"Outlet", std::nullopt, published}});
    return build_timeline(std::move(in));
}

// The first event whose headline holds `word`, or null.
inline const Event* event_with(const Timeline& t, const std::string& word) {
    for (const Event& e : t.events)
        if (e.title.find(word) != std::string::npos) return &e;
    return nullptr;
}

// The days of the first event whose headline holds `word` ("2009-02-23..2009-02-27"), or "(none)".
inline std::string days_of(const Timeline& t, const std::string& word) {
    const Event* e = event_with(t, word);
    return e ? to_iso(civil_from_days(e->first_day)) + ".." + to_iso(civil_from_days(e->last_day)) : "(none)";
}

}  // namespace dateline::testing
