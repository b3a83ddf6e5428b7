#include "source_manifest.h"

#include <gtest/gtest.h>

using namespace dateline;

namespace {

bool mentions(const Problems& problems, std::string_view text) {
    for (const Problem& p : problems)
        if (p.message.find(text) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST(SourceManifest, ReadsEditorialFacts) {
    Problems problems;
    const SourceManifest m = parse_source_manifest(R"({"about": "x", "articles": [
        {"file": "a.txt", "outlet": "CBN News", "url": "https://example.org/a", "published": "2017-07-05", "extra": 1},
        {"file": "b.txt", "outlet": null, "url": null, "published": null}]})", "sources.json", problems);
    EXPECT_TRUE(problems.empty());
    ASSERT_EQ(m.by_file.size(), 2u);
    const EditorialFacts& a = m.by_file.at("a.txt");
    EXPECT_EQ(a.outlet, "CBN News");
    EXPECT_EQ(a.url, "https://example.org/a");
    EXPECT_EQ(a.published, (CivilDate{2017, 7, 5}));
    const EditorialFacts& b = m.by_file.at("b.txt");
    EXPECT_FALSE(b.outlet || b.url || b.published);
}

TEST(SourceManifest, NotJsonIsReportedAndIgnored) {
    for (const char* bad : {"", "{", "not json", "\xFF\xFE{}", "[1,2", "{\"articles\": [}"}) {
        Problems problems;
        const SourceManifest m = parse_source_manifest(bad, "f/sources.json", problems);
        EXPECT_TRUE(m.by_file.empty());
        ASSERT_EQ(problems.size(), 1u) << bad;
        EXPECT_EQ(problems[0].input, "f/sources.json");
        EXPECT_TRUE(mentions(problems, "not valid JSON")) << bad;
    }
}

TEST(SourceManifest, WrongShapeIsReported) {
    for (const char* bad : {"[]", "{}", "{\"articles\": {}}", "{\"articles\": \"a.txt\"}", "3"}) {
        Problems problems;
        EXPECT_TRUE(parse_source_manifest(bad, "sources.json", problems).by_file.empty());
        EXPECT_TRUE(mentions(problems, "no \"articles\" list")) << bad;
    }
}

TEST(SourceManifest, BadEntriesAndFieldsAreSkippedGoodOnesKept) {
    Problems problems;
    const SourceManifest m = parse_source_manifest(R"json({"articles": [
        3, {"outlet": "no file"}, {"file": ""}, {"file": 7},
        {"file": "a.txt", "outlet": 12, "url": "javascript:alert(1)", "published": "2017-02-31"},
        {"file": "a.txt", "outlet": "second"},
        {"file": "b.txt", "outlet": "B", "published": "2019-03-22"}]})json", "sources.json", problems);
    ASSERT_EQ(m.by_file.size(), 2u);
    EXPECT_FALSE(m.by_file.at("a.txt").outlet);
    EXPECT_FALSE(m.by_file.at("a.txt").url);
    EXPECT_FALSE(m.by_file.at("a.txt").published);
    EXPECT_EQ(m.by_file.at("b.txt").published, (CivilDate{2019, 3, 22}));
    EXPECT_TRUE(mentions(problems, "has no \"file\" name"));
    EXPECT_TRUE(mentions(problems, "\"outlet\" of \"a.txt\" is not text"));
    EXPECT_TRUE(mentions(problems, "not an http(s) link"));
    EXPECT_TRUE(mentions(problems, "not a real YYYY-MM-DD date"));
    EXPECT_TRUE(mentions(problems, "repeats \"a.txt\""));
    EXPECT_EQ(problems[0].input, "sources.json entry 1");
}

TEST(SourceManifest, BundledManifestIsClean) {
    Problems problems;
    const std::string json = R"({"articles": [{"file": "000.txt", "outlet": "CBN News", "url": "https://www1.cbn.com/x", "published": "2017-07-05"}]})";
    EXPECT_EQ(parse_source_manifest(json, "sources.json", problems).by_file.size(), 1u);
    EXPECT_TRUE(problems.empty());
}
