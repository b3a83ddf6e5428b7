// The extractor against a careful reader's timeline of the bundled articles (tests/gold/events.json).
// Prints the figures (recall of dated events, date accuracy, merges, boilerplate) and holds the
// targets: at least 90% of the reader's events found with the right date, every cross-article
// duplicate merged, no distinct events merged, no boilerplate in any passage.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "article_inputs.h"
#include "timeline.h"

using namespace dateline;

namespace {

struct Span {
    size_t start = 0, end = 0;
};

class GoldTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        std::ifstream in(DATELINE_SOURCE_DIR "/tests/gold/events.json");
        gold_ = new nlohmann::json(nlohmann::json::parse(in));
        GatheredInputs inputs = gather_article_inputs({DATELINE_SOURCE_DIR "/assets/articles"});
        for (const ArticleInput& a : inputs.articles) bytes_[a.file.substr(0, a.file.rfind('.'))] = a.bytes;
        timeline_ = new Timeline(build_timeline(std::move(inputs.articles), std::move(inputs.problems)));
    }
    static void TearDownTestSuite() {
        delete gold_;
        delete timeline_;
    }

    // Where a quote lies in an article's original bytes.
    static Span find(const std::string& article, const std::string& quote) {
        const std::string& b = bytes_.at(article);
        const size_t at = b.find(quote);
        EXPECT_NE(at, std::string::npos) << article << ": quote not found: " << quote;
        return at == std::string::npos ? Span{} : Span{at, at + quote.size()};
    }

    // Extracted events with a source passage (original bytes) overlapping `span` of `article`.
    static std::vector<size_t> events_at(const std::string& article, Span span) {
        std::vector<size_t> out;
        for (size_t e = 0; e < timeline_->events.size(); ++e)
            for (const EventSource& s : timeline_->events[e].sources) {
                const Article& a = timeline_->articles[s.article];
                if (a.id != article) continue;
                const size_t start = a.text.offsets.to_original(s.start), end = a.text.offsets.to_original(s.end);
                if (start < span.end && span.start < end) {
                    out.push_back(e);
                    break;
                }
            }
        return out;
    }

    static nlohmann::json* gold_;
    static Timeline* timeline_;
    static std::map<std::string, std::string> bytes_;
};

nlohmann::json* GoldTest::gold_ = nullptr;
Timeline* GoldTest::timeline_ = nullptr;
std::map<std::string, std::string> GoldTest::bytes_;

}  // namespace

TEST_F(GoldTest, ExtractionMatchesACarefulReader) {
    const auto& events = (*gold_)["events"];
    size_t found = 0, right_date = 0, merges_expected = 0, merges_done = 0, false_merges = 0, leaks = 0;
    std::map<std::string, std::set<size_t>> matched;  // gold id -> extracted events holding its sources
    std::set<size_t> explained;                        // extracted events that match a gold event
    std::vector<std::string> misses;
    for (const auto& g : events) {
        const std::string id = g["id"];
        const int64_t gs = days_from_civil(*parse_iso_date(g["start"].get<std::string>()));
        const int64_t ge = days_from_civil(*parse_iso_date(g["end"].get<std::string>()));
        bool any = false, dated = false;
        std::set<size_t> holders;
        bool all_sources_found = true;
        for (const auto& src : g["sources"]) {
            const std::vector<size_t> at = events_at(src["article"], find(src["article"], src["quote"]));
            if (at.empty()) all_sources_found = false;
            for (size_t e : at) {
                any = true;
                holders.insert(e);
                explained.insert(e);
                const Event& ev = timeline_->events[e];
                if (ev.first_day == gs && ev.last_day == ge) dated = true;
            }
        }
        matched[id] = holders;
        found += any;
        right_date += dated;
        if (!dated) {
            std::string got;
            for (size_t e : holders)
                got.append(" ").append(to_iso(civil_from_days(timeline_->events[e].first_day))).append("..")
                    .append(to_iso(civil_from_days(timeline_->events[e].last_day)));
            misses.push_back(id + (any ? ": wrong date, got" + got : ": not found"));
        }
        if (g["sources"].size() > 1) {
            ++merges_expected;
            // Merged: every source found, all in one extracted event.
            bool merged = false;
            if (all_sources_found)
                for (size_t e : holders) {
                    size_t covered = 0;
                    for (const auto& src : g["sources"]) {
                        const auto at = events_at(src["article"], find(src["article"], src["quote"]));
                        covered += std::find(at.begin(), at.end(), e) != at.end();
                    }
                    merged |= covered == g["sources"].size();
                }
            merges_done += merged;
            if (!merged) misses.push_back(id + ": its reports are not merged into one event");
        }
    }
    for (const auto& pair : (*gold_)["distinct"]) {
        const auto& a = matched[pair[0].get<std::string>()];
        const auto& b = matched[pair[1].get<std::string>()];
        for (size_t e : a)
            if (b.count(e)) {
                ++false_merges;
                misses.push_back(pair[0].get<std::string>() + " and " + pair[1].get<std::string>() + " were merged");
                break;
            }
    }
    for (const auto& b : (*gold_)["boilerplate"]) {
        const auto at = events_at(b["article"], find(b["article"], b["text"]));
        leaks += at.size();
        if (!at.empty()) misses.push_back("boilerplate became an event: " + b["text"].get<std::string>());
    }
    const size_t total = events.size();
    const size_t extracted = timeline_->events.size();
    std::printf("\nGOLD  careful-reader events        %zu\n", total);
    std::printf("GOLD  found (a passage overlaps)    %zu  (%.1f%%)\n", found, 100.0 * found / total);
    std::printf("GOLD  found with the right date     %zu  (%.1f%%, target >= 90%%)\n", right_date, 100.0 * right_date / total);
    std::printf("GOLD  date accuracy when found      %.1f%%\n", found ? 100.0 * right_date / found : 0.0);
    std::printf("GOLD  cross-report merges           %zu of %zu\n", merges_done, merges_expected);
    std::printf("GOLD  distinct events merged        %zu (target 0)\n", false_merges);
    std::printf("GOLD  boilerplate in passages       %zu (target 0)\n", leaks);
    std::printf("GOLD  extracted events              %zu, of which %zu match no reader's event\n", extracted,
                extracted - explained.size());
    for (const std::string& m : misses) std::printf("GOLD  - %s\n", m.c_str());
    for (size_t e = 0; e < extracted; ++e)
        if (!explained.count(e))
            std::printf("GOLD  + unmatched: %s %s\n", to_iso(civil_from_days(timeline_->events[e].first_day)).c_str(),
                        timeline_->events[e].title.c_str());
    EXPECT_GE(right_date * 10, total * 9) << "fewer than 90% of the reader's events found with the right date";
    EXPECT_EQ(merges_done, merges_expected);
    EXPECT_EQ(false_merges, 0u);
    EXPECT_EQ(leaks, 0u);
}

TEST_F(GoldTest, DisagreeingFiguresStaySideBySide) {
    for (const auto& g : (*gold_)["figures"]) {
        const FigureGroup* found = nullptr;
        for (const FigureGroup& f : timeline_->figures)
            if (f.counts == g["counts"].get<std::string>() && timeline_->gazetteer->places()[f.place].name == g["place"].get<std::string>())
                found = &f;
        ASSERT_NE(found, nullptr) << g["counts"] << " in " << g["place"];
        std::set<std::string> articles;
        for (const FigureMention& m : found->values) articles.insert(timeline_->articles[m.article].id);
        std::printf("GOLD  figures: %s in %s: %zu values from %zu articles, %s\n", g["counts"].get<std::string>().c_str(),
                    g["place"].get<std::string>().c_str(), found->values.size(), articles.size(),
                    found->agree ? "agreeing" : "disagreeing");
        EXPECT_EQ(found->agree, g["agree"].get<bool>());
        for (const auto& a : g["articles"]) EXPECT_TRUE(articles.count(a.get<std::string>())) << a;
        EXPECT_EQ(articles.size(), g["articles"].size());
    }
}

TEST_F(GoldTest, EveryEventIsWellFormed) {
    std::set<std::string> ids;
    for (const Event& e : timeline_->events) {
        EXPECT_TRUE(ids.insert(e.id).second) << "duplicate id " << e.id;
        EXPECT_LE(e.first_day, e.last_day);
        EXPECT_FALSE(e.title.empty());
        EXPECT_LE(e.title.size(), 140u) << e.title;
        ASSERT_FALSE(e.sources.empty());
        for (const EventSource& s : e.sources) {
            EXPECT_LT(s.start, s.end);
            EXPECT_LE(s.end - s.start, 800u) << "a passage is a sentence or clause, not a paragraph";
            EXPECT_LE(s.start, s.timex_start);
            EXPECT_GE(s.end, s.timex_end);
            EXPECT_FALSE(source_timex(*timeline_, s).how.empty());
        }
    }
    // Sorted by start, then end.
    for (size_t i = 1; i < timeline_->events.size(); ++i) {
        const Event& a = timeline_->events[i - 1];
        const Event& b = timeline_->events[i];
        EXPECT_TRUE(a.first_day < b.first_day || (a.first_day == b.first_day && a.last_day <= b.last_day));
    }
}
