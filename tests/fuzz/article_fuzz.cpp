// Fuzz target: reading arbitrary bytes as articles, as far as the timeline document.
//
// The input is one or more articles separated by a line holding only U+001E (record separator),
// so the fuzzer can reach event merging and figure groups across articles. Its first two bytes
// pick the publication date given as editorial fact (a day between 2017-01-01 and 2019-12-31, or
// none), the way sources.json supplies the dates the texts lack, and which article is named .html
// (read as a saved web page).
//
// Besides "no crash, no sanitizer report", it checks what the rest of Dateline relies on: every
// source's passage, clause and time expression lie inside its article's text, in order; every
// event has a source and first_day <= last_day; time expressions stay within their bound; the document is valid JSON and names every article.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "calendar.h"
#include "timeline.h"
#include "timeline_json.h"
#include "invariant.h"

using fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 2) return 0;
    const unsigned pick = data[0] | (data[1] << 8);
    std::string_view rest(reinterpret_cast<const char*>(data + 2), size - 2);

    std::vector<dateline::ArticleInput> inputs;
    constexpr std::string_view kSeparator = "\n\x1e\n";
    for (int n = 0; n < 4; ++n) {
        const size_t cut = rest.find(kSeparator);
        dateline::ArticleInput input;
        // One article in four is named a web page, so the page reader (article_page.h) is fuzzed too.
        input.file = "article-" + std::to_string(n) + ((pick >> 13) % 4 == static_cast<unsigned>(n) ? ".html" : ".txt");
        input.label = input.file;
        input.bytes = std::string(rest.substr(0, cut));
        if (pick % 8 != 0) {  // one time in eight: no publication date at all
            dateline::EditorialFacts facts;
            const dateline::CivilDate first{2017, 1, 1};
            facts.published = dateline::civil_from_days(dateline::days_from_civil(first) + static_cast<int64_t>((pick / 8 + 97 * n) % 1095));
            facts.outlet = "Outlet " + std::to_string(n % 2);
            input.facts = facts;
        }
        inputs.push_back(std::move(input));
        if (cut == std::string_view::npos) break;
        rest.remove_prefix(cut + kSeparator.size());
    }
    const size_t given = inputs.size();

    const dateline::Timeline timeline = dateline::build_timeline(std::move(inputs));
    require(timeline.articles.size() <= given, "no more articles than inputs");
    require(timeline.timexes.size() == timeline.articles.size(), "time expressions per article");
    for (const dateline::Event& e : timeline.events) {
        require(!e.sources.empty(), "an event has a source");
        require(e.first_day <= e.last_day, "an event's first day is not after its last");
        require(!e.id.empty(), "an event has an id");
        for (const dateline::EventSource& s : e.sources) {
            require(s.article < timeline.articles.size(), "a source's article exists");
            const size_t length = timeline.articles[s.article].text.clean.size();
            require(s.start <= s.end && s.end <= length, "a passage lies in its article");
            require(s.clause_start <= s.clause_end && s.clause_end <= length, "a clause lies in its article");
            require(s.timex_start <= s.timex_end && s.timex_end <= length, "a time expression lies in its article");
            require(s.timex < timeline.timexes[s.article].size(), "a source's time expression exists");
            require(s.first_day <= s.last_day, "a source's first day is not after its last");
        }
    }
    for (const auto& timexes : timeline.timexes)
        for (const dateline::TimeExpression& e : timexes)
            require(e.end_token - e.first_token <= dateline::kLongestTimeExpressionTokens && e.start <= e.end,
                    "a time expression is within its bound");
    for (size_t i = 1; i < timeline.events.size(); ++i)
        require(timeline.events[i - 1].first_day <= timeline.events[i].first_day, "events are in date order");

    const std::string document = dateline::timeline_document_json(timeline, false, true);
    const nlohmann::json parsed = nlohmann::json::parse(document, nullptr, false);
    require(!parsed.is_discarded(), "the document is valid JSON");
    require(parsed["articles"].size() == timeline.articles.size(), "the document names every article");
    require(parsed["events"].size() == timeline.events.size(), "the document lists every event");
    return 0;
}
