// The command-line contract (README, issue "Core"): output shape and exit status, through the
// real binary.
#include <gtest/gtest.h>

#include "cli_run.h"

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using cli_test::CliRun;
using cli_test::kArticles;
using cli_test::run;

}  // namespace

TEST(Cli, ExtractsTheBundledArticles) {
    const CliRun r = run("extract '" + kArticles + "'");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["version"], 1);
    ASSERT_EQ(doc["articles"].size(), 5u);
    EXPECT_TRUE(doc["events"].is_array());
    const auto& first = doc["articles"][0];
    EXPECT_EQ(first["id"], "000_a6f7244984f8eeb1");
    EXPECT_EQ(first["file"], "000_a6f7244984f8eeb1.txt");
    EXPECT_EQ(first["outlet"], "CBN News");
    EXPECT_EQ(first["published"], "2017-07-05");
    EXPECT_EQ(first["bytes"], std::filesystem::file_size(kArticles + "/000_a6f7244984f8eeb1.txt"));
    for (const auto& a : doc["articles"]) {
        for (const char* key : {"id", "file", "title", "outlet", "url", "published", "published_from", "bytes"})
            EXPECT_TRUE(a.contains(key)) << key;
        EXPECT_FALSE(a["title"].get<std::string>().empty());
    }
}

// The document holds the articles' events, not just an events array: three a reader finds in
// the texts, each dated to its day and pointing at the bytes of the sentence that tells it, and
// at least one event from every article (28 in all on 2026-12-01; the floor leaves room for
// rules that join or split a few).
TEST(Cli, ExtractsTheBundledArticlesEvents) {
    const CliRun r = run("extract '" + kArticles + "'");
    ASSERT_EQ(r.status, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    const auto& events = doc["events"];
    EXPECT_GE(events.size(), 20u);
    std::map<std::string, int> per_article;
    for (const auto& e : events)
        for (const auto& s : e["sources"]) ++per_article[s["article"].get<std::string>()];
    for (const auto& a : doc["articles"]) EXPECT_GE(per_article[a["id"].get<std::string>()], 1) << a["id"] << " has no event";
    struct Expected {
        const char* day;
        const char* article;
        const char* words;  // in the source passage
    };
    for (const Expected& x : {Expected{"2016-10-17", "003_4bcb22210810ca66", "Iraqi forces launched the gruelling battle for Mosul"},
                              Expected{"2017-06-06", "003_4bcb22210810ca66", "The SDF broke into Raqqa"},
                              Expected{"2017-09-21", "002_d3e401b7703c085f", "Iraqi security forces began"}}) {
        std::ifstream in(kArticles + "/" + x.article + ".txt", std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), {}};
        bool found = false;
        for (const auto& e : events) {
            if (e["start"] != x.day || e["end"] != x.day) continue;
            for (const auto& s : e["sources"]) {
                if (s["article"] != x.article) continue;
                const size_t start = s["start"], end = s["end"];
                ASSERT_LE(start, end);
                ASSERT_LE(end, bytes.size());
                found |= bytes.substr(start, end - start).find(x.words) != std::string::npos;
                EXPECT_FALSE(s["how"].get<std::string>().empty());
            }
        }
        EXPECT_TRUE(found) << "no event on " << x.day << " from " << x.article << " telling: " << x.words;
    }
}

TEST(Cli, OutputIsTheSameEveryRun) {
    EXPECT_EQ(run("extract '" + kArticles + "'").out, run("extract '" + kArticles + "'").out);
}

TEST(Cli, SkippedInputsAreNamedAndExitTwo) {
    const CliRun r = run("extract '" + kArticles + "/001_d9fa9f246b0750ea.txt' /nonexistent/story.txt");
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("/nonexistent/story.txt: no such file or folder"), std::string::npos) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    ASSERT_EQ(doc["articles"].size(), 1u);
    EXPECT_EQ(doc["articles"][0]["outlet"], "Reuters (republished)");  // the folder's sources.json still applies
}

TEST(Cli, NothingReadOrBadUsageExitsOne) {
    EXPECT_EQ(run("").status, 1);
    EXPECT_EQ(run("frobnicate").status, 1);
    EXPECT_EQ(run("extract").status, 1);
    EXPECT_EQ(run("extract --no-such-option '" + kArticles + "'").status, 1);
    const CliRun r = run("extract /nonexistent");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("nothing could be read"), std::string::npos);
    EXPECT_EQ(r.out, "");
}

TEST(Cli, HelpAndVersion) {
    const CliRun help = run("--help");
    EXPECT_EQ(help.status, 0);
    EXPECT_NE(help.out.find("usage: dateline extract"), std::string::npos);
    EXPECT_EQ(run("--version").out.rfind("dateline ", 0), 0u);
}
