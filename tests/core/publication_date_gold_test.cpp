// The careful reader's events of the bundled articles (tests/gold/events.json) found with the
// right date when sources.json's publication dates are withheld, as for a reader's own articles
// with no sources.json: every date must then come from the articles themselves (their header,
// dateline and links, or an inference from the text). Prints the figure beside the one with the
// dates given; the gold test itself (event_gold_test.cpp) holds the targets with them given.
// A third figure withholds the dates the texts state above their first paragraph too (the date
// line under a Wikinews headline, a dated byline): a story pasted without its header, dated
// only by what it tells.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "article_inputs.h"
#include "publication_date.h"
#include "timeline.h"

using namespace dateline;

namespace {

struct Figure {
    size_t total = 0, right_date = 0, wrong_date = 0;
};

// How many of the reader's events some extracted event covers (a source passage overlapping the
// reader's quote) with exactly the reader's dates, and how many are covered with other dates only.
Figure found_with_right_date(const nlohmann::json& gold, const Timeline& t, const std::map<std::string, std::string>& bytes) {
    Figure f;
    for (const auto& g : gold["events"]) {
        ++f.total;
        const int64_t gs = days_from_civil(*parse_iso_date(g["start"].get<std::string>()));
        const int64_t ge = days_from_civil(*parse_iso_date(g["end"].get<std::string>()));
        bool any = false, dated = false;
        for (const auto& src : g["sources"]) {
            const std::string article = src["article"], quote = src["quote"];
            const size_t at = bytes.at(article).find(quote);
            if (at == std::string::npos) continue;
            for (const Event& e : t.events)
                for (const EventSource& s : e.sources) {
                    const Article& a = t.articles[s.article];
                    if (a.id != article) continue;
                    if (a.text.offsets.to_original(s.start) < at + quote.size() && at < a.text.offsets.to_original(s.end)) {
                        any = true;
                        dated |= e.first_day == gs && e.last_day == ge;
                    }
                }
        }
        f.right_date += dated;
        f.wrong_date += any && !dated;
    }
    return f;
}

// The text without the lines above its first paragraph that state a date ("March 19, 2007"
// under the headline, "By Jane Doe | December 14, 2017", "Published ..."), as header_line_date
// reads them: the header is the lines before the first long one (a paragraph) and at most six.
std::string without_header_dates(const std::string& bytes) {
    std::string out;
    size_t at = 0, lines = 0;
    bool header = true;
    while (at < bytes.size()) {
        const size_t nl = bytes.find('\n', at);
        const size_t end = nl == std::string::npos ? bytes.size() : nl + 1;
        const std::string_view line(bytes.data() + at, end - at);
        if (line.size() > 200 || ++lines > 6) header = false;
        if (!header || !header_line_date(line)) out.append(line);
        at = end;
    }
    return out;
}

// The figures of one gold set (its articles' folder and events.json), printed with `label`:
// found with the right date with sources.json's publication dates given and withheld, and
// (`header_too`) with the dates stated above the first paragraph withheld as well.
void compare_withheld(const char* label, const std::string& folder, const std::string& events, bool header_too = false) {
    std::ifstream in(events);
    const nlohmann::json gold = nlohmann::json::parse(in);
    std::map<std::string, std::string> bytes;
    GatheredInputs given = gather_article_inputs({folder});
    GatheredInputs withheld = gather_article_inputs({folder});
    size_t dates_withheld = 0;
    for (ArticleInput& a : withheld.articles) {
        bytes[a.file.substr(0, a.file.rfind('.'))] = a.bytes;
        if (a.facts && a.facts->published) {
            a.facts->published.reset();
            ++dates_withheld;
        }
    }
    ASSERT_GT(dates_withheld, 0u) << "sources.json gives no publication date: nothing to withhold";
    const Timeline with = build_timeline(std::move(given.articles), std::move(given.problems));
    const Timeline without = build_timeline(std::move(withheld.articles), std::move(withheld.problems));
    const Figure a = found_with_right_date(gold, with, bytes), b = found_with_right_date(gold, without, bytes);
    std::printf("\n%s  publication dates given     found with the right date %zu of %zu (%.1f%%), with another date %zu\n",
                label, a.right_date, a.total, 100.0 * a.right_date / a.total, a.wrong_date);
    std::printf("%s  publication dates withheld  found with the right date %zu of %zu (%.1f%%), with another date %zu\n",
                label, b.right_date, b.total, 100.0 * b.right_date / b.total, b.wrong_date);
    for (const Article& art : without.articles)
        std::printf("%s  withheld: %s published %s (%s)%s%s\n", label, art.id.c_str(), art.published ? to_iso(*art.published).c_str() : "unknown",
                    art.published_from == PublishedFrom::Unknown ? "nowhere" : std::string(to_string(art.published_from)).c_str(),
                    art.published_how.empty() ? "" : ": ", art.published_how.c_str());
    // Withholding a date can only lose events, never find more of them right.
    EXPECT_LE(b.right_date, a.right_date);
    EXPECT_EQ(a.total, b.total);
    if (!header_too) return;
    GatheredInputs bare = gather_article_inputs({folder});
    std::map<std::string, std::string> bare_bytes;
    size_t header_dates = 0;
    for (ArticleInput& art : bare.articles) {
        if (art.facts) art.facts->published.reset();
        std::string stripped = without_header_dates(art.bytes);
        header_dates += stripped.size() != art.bytes.size();
        art.bytes = std::move(stripped);
        bare_bytes[art.file.substr(0, art.file.rfind('.'))] = art.bytes;
    }
    EXPECT_GT(header_dates, 0u) << "no text states its date above its first paragraph: nothing more to withhold";
    const Timeline undated = build_timeline(std::move(bare.articles), std::move(bare.problems));
    const Figure c = found_with_right_date(gold, undated, bare_bytes);
    std::printf("%s  no date stated (header too)  found with the right date %zu of %zu (%.1f%%), with another date %zu; %zu header dates removed\n",
                label, c.right_date, c.total, 100.0 * c.right_date / c.total, c.wrong_date, header_dates);
    for (const Article& art : undated.articles)
        std::printf("%s  no date stated: %s published %s (%s)%s%s\n", label, art.id.c_str(),
                    art.published ? to_iso(*art.published).c_str() : "unknown",
                    art.published_from == PublishedFrom::Unknown ? "nowhere" : std::string(to_string(art.published_from)).c_str(),
                    art.published_how.empty() ? "" : ": ", art.published_how.c_str());
    EXPECT_LE(c.right_date, b.right_date);
}

}  // namespace

TEST(PublicationDateGold, BundledArticlesWithTheirPublicationDatesWithheld) {
    compare_withheld("GOLD", std::string(DATELINE_SOURCE_DIR) + "/assets/articles", std::string(DATELINE_SOURCE_DIR) + "/tests/gold/events.json");
}

// The Wikinews gold (tests/gold/meantime) as a pasted .txt without sources.json would be read, and
// without the date line under its headline.
TEST(PublicationDateGold, WikinewsArticlesWithTheirPublicationDatesWithheld) {
    compare_withheld("GOLD-WIKINEWS", std::string(DATELINE_SOURCE_DIR) + "/tests/gold/meantime",
                     std::string(DATELINE_SOURCE_DIR) + "/tests/gold/meantime/events.json", true);
}
