// Publication (core/publication.h): the data block a published page carries, and putting it in
// the engine page.
#include "publication.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace dateline {
namespace {

// The shape of the offline page (cmake/make_page.cmake): a CSP with the scripts' hashes, then at
// the end of the body the wasm's loader, the engine's data in parts (each a data block and the
// script that hands it to the loader) and the inline engine script.
const std::string kPart = "<script>\ndatelineWasm.part(document.currentScript.previousElementSibling)</script>\n";
const std::string kEngine =
    "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-abc=' 'sha256-def=' "
    "'sha256-ghi=' 'wasm-unsafe-eval'\">\n"
    "<style>\nbody{}</style>\n</head>\n<body>\n<canvas id=\"canvas\"></canvas>\n<script>\nvar datelineWasm = {};</script>\n"
    "<script type=\"application/octet-stream\" id=\"dateline-wasm\" data-parts=\"2\">AGFz</script>\n" + kPart +
    "<script type=\"application/octet-stream\">bQ==</script>\n" + kPart + "<script>\nvar engine = 1;</script>\n</body>\n</html>\n";
// The layout before the data came in parts: one block, then the engine's script.
const std::string kOneBlockEngine =
    "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-abc=' 'wasm-unsafe-eval'\">\n"
    "<style>\nbody{}</style>\n</head>\n<body>\n<canvas id=\"canvas\"></canvas>\n"
    "<script type=\"application/octet-stream\" id=\"dateline-wasm\">AGFzbQ==</script>\n<script>\nvar engine = 1;</script>\n</body>\n</html>\n";

Publication hostile_publication() {
    Publication p;
    p.generator = "test";
    p.bundled = true;
    p.story = R"({"version": 1, "title": "</script><script>alert(1)</script>", "lanes": {"by": "single"}})";
    p.files.push_back({"hostile.txt", "Headline </script><!--<script> <img src=x onerror=alert(1)> {{7*7}} javascript:alert(1)\n\xff\x00 bytes", 0});
    p.files.push_back({"sources.json", R"({"hostile.txt": {"outlet": "<b>Outlet</b>"}})", 0});
    Edit rename;
    rename.kind = EditKind::Rename;
    rename.anchor = {"0123456789abcdef", "hostile.txt", 0, 8, "Headline", ""};
    rename.text = "</script> renamed";
    p.edits.push_back(rename);
    return p;
}

TEST(Base64, RoundTripsEveryLengthAndRefusesNonBase64) {
    std::string bytes;
    for (int i = 0; i < 70; ++i) {
        const std::string encoded = base64_encode(bytes);
        EXPECT_EQ(encoded.size() % 4, 0u);
        ASSERT_EQ(base64_decode(encoded), bytes) << "length " << i;
        bytes.push_back(static_cast<char>(i * 37 + 200));
    }
    EXPECT_EQ(base64_encode("Man"), "TWFu");
    EXPECT_EQ(base64_encode("Ma"), "TWE=");
    EXPECT_EQ(base64_encode("M"), "TQ==");
    EXPECT_FALSE(base64_decode("TWF"));     // not a multiple of four
    EXPECT_FALSE(base64_decode("TW=u"));    // a digit after padding
    EXPECT_FALSE(base64_decode("TW\xc3u"));  // not in the alphabet
}

TEST(Publication, TheBlockHasNoLessThanSignAndReadsBackTheSame) {
    const Publication p = hostile_publication();
    const std::string block = publication_block(p);
    ASSERT_TRUE(block.starts_with("<script type=\"application/json\" id=\"dateline-publication\">"));
    const std::string json = publication_json(p);
    EXPECT_EQ(json.find('<'), std::string::npos) << "an HTML parser could leave the element early";
    EXPECT_EQ(block.find("</script>"), block.size() - 10) << "the only end tag is the block's own";
    Problems problems;
    const auto back = parse_publication(json, "data", problems);
    ASSERT_TRUE(back);
    EXPECT_TRUE(problems.empty()) << problems.front().message;
    EXPECT_EQ(back->version, kPublicationVersion);
    EXPECT_TRUE(back->bundled);
    EXPECT_EQ(back->generator, "test");
    ASSERT_EQ(back->files.size(), 2u);
    EXPECT_EQ(back->files[0].name, "hostile.txt");
    EXPECT_EQ(back->files[0].bytes, p.files[0].bytes) << "byte for byte, invalid UTF-8 and NUL included";
    EXPECT_EQ(back->files[1].bytes, p.files[1].bytes);
    ASSERT_TRUE(back->story);
    EXPECT_EQ(nlohmann::json::parse(*back->story)["title"], "</script><script>alert(1)</script>");
    ASSERT_EQ(back->edits.size(), 1u);
    EXPECT_EQ(back->edits[0], p.edits[0]);
}

TEST(Publication, AMalformedOrNewerBlockIsNamedWithTheReason) {
    Problems problems;
    EXPECT_FALSE(parse_publication("{\"version\": 1, \"files\": [", "the page's publication data", problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].input, "the page's publication data");
    EXPECT_NE(problems[0].message.find("is not valid JSON"), std::string::npos) << problems[0].message;
    EXPECT_EQ(problems[0].severity, Problem::Severity::Skipped);

    problems.clear();
    EXPECT_FALSE(parse_publication(R"({"version": 2, "files": []})", "data", problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].message.find("newer Dateline (publication version 2; this page reads version 1)"), std::string::npos)
        << problems[0].message;

    problems.clear();
    EXPECT_FALSE(parse_publication(R"({"files": []})", "data", problems));
    EXPECT_NE(problems.at(0).message.find("\"version\""), std::string::npos);
    problems.clear();
    EXPECT_FALSE(parse_publication("[1]", "data", problems));
    EXPECT_EQ(problems.size(), 1u);
}

TEST(Publication, ABadFileEntryOrEditIsNamedAndTheRestKept) {
    Problems problems;
    const auto p = parse_publication(
        R"({"version": 1, "files": [{"name": "a.txt", "base64": "TWFu"}, {"name": "b.txt", "base64": "**"}, {"base64": "TWFu"}],
            "edits": {"version": 1, "edits": [{"kind": "rename"}]}, "story": 7})",
        "data", problems);
    ASSERT_TRUE(p);
    ASSERT_EQ(p->files.size(), 1u);
    EXPECT_EQ(p->files[0].bytes, "Man");
    EXPECT_TRUE(p->edits.empty());
    EXPECT_FALSE(p->story);
    std::string all;
    for (const Problem& q : problems) all += q.input + ": " + q.message + "\n";
    EXPECT_NE(all.find("file 2 (b.txt): \"base64\" is not base64"), std::string::npos) << all;
    EXPECT_NE(all.find("file 3 has no \"name\""), std::string::npos) << all;
    EXPECT_NE(all.find("data (its edits) entry 1"), std::string::npos) << all;
    EXPECT_NE(all.find("\"story\" is not a story document"), std::string::npos) << all;
}

TEST(PublishPage, TheBlockGoesBeforeTheEngineScriptAndReplacesAnOldOne) {
    EXPECT_EQ(why_not_engine_page(kEngine), "");
    EXPECT_EQ(why_not_engine_page(kOneBlockEngine), "");
    EXPECT_NE(why_not_engine_page("<html><body><script src=\"dateline.js\"></script></body></html>"), "");
    // The hosted page: the same CSP and inline script, its wasm fetched from beside it.
    std::string hosted = kOneBlockEngine;
    hosted.erase(hosted.find("<script type="), hosted.find("<script>\n") - hosted.find("<script type="));
    EXPECT_NE(why_not_engine_page(hosted).find("no engine data block"), std::string::npos) << why_not_engine_page(hosted);
    EXPECT_NE(why_not_engine_page("\x89PNG\r\n"), "");
    Publication p = hostile_publication();
    const std::string page = publish_page(kEngine, p);
    const size_t block = page.find("<script type=\"application/json\" id=\"dateline-publication\">");
    const size_t loader = page.find("<script>\nvar datelineWasm");
    const size_t engine = page.find("<script>\nvar engine = 1;");
    ASSERT_NE(block, std::string::npos);
    ASSERT_NE(engine, std::string::npos);
    EXPECT_LT(block, loader) << "read at start: before every script";
    EXPECT_EQ(page.substr(0, block), kEngine.substr(0, kEngine.find("<script>")));
    EXPECT_EQ(page.substr(loader), kEngine.substr(kEngine.find("<script>"))) << "the loader, both parts and the engine, as they were";
    EXPECT_EQ(why_not_engine_page(page), "") << "a published page is an engine in turn";
    // The layout of one block: the publication block just before the engine's script, the rest kept.
    const std::string one = publish_page(kOneBlockEngine, p);
    EXPECT_EQ(one.substr(0, one.find("<script type=\"application/json\"")), kOneBlockEngine.substr(0, kOneBlockEngine.find("<script>")));
    EXPECT_EQ(one.substr(one.find("<script>\nvar engine")), kOneBlockEngine.substr(kOneBlockEngine.find("<script>")));
    // Published again (a published page is the engine): one block, the new one.
    p.generator = "second";
    const std::string again = publish_page(page, p);
    EXPECT_EQ(again.find("dateline-publication"), again.rfind("dateline-publication"));
    EXPECT_NE(again.find("\"generator\":\"second\""), std::string::npos);
    EXPECT_EQ(again.size(), page.size() + 2) << "only the generator changed ('test' to 'second')";
}

// A page whose engine data lacks a part would publish a page that cannot start: refused, with how
// many parts it has of how many.
TEST(PublishPage, AnEngineMissingAPartOfItsDataIsRefused) {
    std::string cut = kEngine;
    const size_t second = cut.find("<script type=\"application/octet-stream\">");
    cut.erase(second, cut.find("<script>\nvar engine") - second);
    EXPECT_NE(why_not_engine_page(cut).find("in 2 parts; the page holds 1"), std::string::npos) << why_not_engine_page(cut);
    std::string extra = kEngine;
    extra.insert(extra.find("<script>\nvar engine"), "<script type=\"application/octet-stream\">AAAA</script>\n" + kPart);
    EXPECT_NE(why_not_engine_page(extra).find("in 2 parts; the page holds 3"), std::string::npos) << why_not_engine_page(extra);
}

TEST(StoryDocument, ReadsBackToTheSameSettings) {
    Story story;
    story.title = "A \"quoted\" title";
    story.description = "What happened";
    story.credit = "Wikinews";
    story.view_from = CivilDate{2010, 1, 1};
    story.view_to = CivilDate{2011, 6, 30};
    story.lanes = {LaneRule::Actor, 3};
    Problems problems;
    const Story back = parse_story(story_document_json(story), "story", problems);
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(back.title, story.title);
    EXPECT_EQ(back.description, story.description);
    EXPECT_EQ(back.credit, story.credit);
    EXPECT_EQ(back.view_from, story.view_from);
    EXPECT_EQ(back.view_to, story.view_to);
    EXPECT_EQ(back.lanes.by, LaneRule::Actor);
    EXPECT_EQ(back.lanes.most, 3u);
}

}  // namespace
}  // namespace dateline
