// `dateline publish` through the real binary (README "Publishing"): one page, the engine with the
// articles, sources.json, story and edits inlined; bad input named, the rest published.
#include <gtest/gtest.h>

#include "cli_run.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <unistd.h>

#include "publication.h"

namespace {

using Json = nlohmann::json;
namespace fs = std::filesystem;
using cli_test::CliRun;
using cli_test::kArticles;
using cli_test::run;
using cli_test::TempFolder;

// The shape of dist/dateline-offline.html, enough for publish (the browser tests use the real one).
const std::string kEngine =
    "<!doctype html>\n<html lang=\"en\">\n<head>\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-abc=' 'wasm-unsafe-eval'\">\n"
    "</head>\n<body>\n<canvas id=\"canvas\"></canvas>\n"
    "<script type=\"application/octet-stream\" id=\"dateline-wasm\">AGFzbQ==</script>\n<script>\nengine();</script>\n</body>\n</html>\n";


std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// The publication a written page carries.
dateline::Publication block_of(const std::string& page) {
    const std::string open = "<script type=\"application/json\" id=\"dateline-publication\">";
    const size_t at = page.find(open);
    EXPECT_NE(at, std::string::npos) << "no publication block";
    if (at == std::string::npos) return {};
    EXPECT_LT(at, page.find("<script>\nengine();")) << "the block comes before the engine reads it";
    const size_t from = at + open.size();
    dateline::Problems problems;
    auto p = dateline::parse_publication(page.substr(from, page.find("</script>", from) - from), "page", problems);
    EXPECT_TRUE(p && problems.empty());
    return p ? *p : dateline::Publication{};
}

TEST(CliPublish, TheFolderIsInlinedByteForByteWithItsStory) {
    TempFolder dir;
    const std::string engine = dir.write("engine.html", kEngine);
    const CliRun r = run("publish --engine '" + engine + "' -o " + dir.q("page.html") + " '" + kArticles + "'");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.err.find("wrote " + (dir.path / "page.html").string() + ": 5 articles, 0 edits, the story file"), std::string::npos) << r.err;
    const std::string page = read(dir.path / "page.html");
    EXPECT_TRUE(page.starts_with(kEngine.substr(0, kEngine.find("<script>"))));
    EXPECT_TRUE(page.ends_with(kEngine.substr(kEngine.find("<script>"))));
    const dateline::Publication p = block_of(page);
    EXPECT_FALSE(p.bundled);
    ASSERT_EQ(p.files.size(), 6u);
    for (const dateline::NamedFile& f : p.files) EXPECT_EQ(f.bytes, read(fs::path(kArticles) / f.name)) << f.name;
    EXPECT_EQ(p.files.back().name, "sources.json");
    ASSERT_TRUE(p.story);
    EXPECT_EQ(Json::parse(*p.story), Json::parse(read(fs::path(kArticles) / "story.json"))) << "the story file's settings";
}

TEST(CliPublish, EditsAndAStoryGivenAreInlined) {
    TempFolder dir;
    const std::string engine = dir.write("engine.html", kEngine);
    const Json doc = Json::parse(run("export --format json --explain '" + kArticles + "'").out);
    const Json& source = doc["events"][0]["sources"][0];
    Json anchor;
    for (const Json& a : doc["articles"])
        if (a["id"] == source["article"])
            anchor = {{"text_hash", a["text_hash"]}, {"file", a["file"]}, {"start", source["start"]}, {"end", source["end"]}, {"quote", source["passage"]}};
    const std::string edits = dir.write("edits.json", Json{{"version", 1}, {"edits", {{{"kind", "rename"}, {"anchor", anchor}, {"headline", "</script> mine"}}}}}.dump());
    const std::string story = dir.write("story.json", R"({"version": 1, "title": "Mine", "lanes": {"by": "single"}})");
    const CliRun r = run("publish --engine '" + engine + "' --edits '" + edits + "' --story '" + story + "' --include-bundled -o " +
                         dir.q("page.html") + " '" + kArticles + "'");
    ASSERT_EQ(r.status, 0) << r.err;
    const std::string page = read(dir.path / "page.html");
    EXPECT_EQ(page.find("</script> mine"), std::string::npos) << "no end tag from an edit";
    const dateline::Publication p = block_of(page);
    EXPECT_TRUE(p.bundled);
    ASSERT_EQ(p.edits.size(), 1u);
    EXPECT_EQ(p.edits[0].text, "</script> mine");
    ASSERT_TRUE(p.story);
    EXPECT_EQ(Json::parse(*p.story)["title"], "Mine");
}

TEST(CliPublish, ABinaryFileAndABrokenEditsOrStoryFileAreNamedAndTheRestPublished) {
    TempFolder dir;
    const std::string engine = dir.write("engine.html", kEngine);
    std::string article;
    for (const auto& e : fs::directory_iterator(kArticles))
        if (e.path().extension() == ".txt") { article = read(e.path()); break; }
    dir.write("in/report.txt", article);
    dir.write("in/photo.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    dir.write("in/story.json", "{\"version\": 1, \"title\": ");
    const std::string edits = dir.write("edits.json", "{\"version\": 1, \"edits\": [");
    const CliRun r = run("publish --engine '" + engine + "' --edits '" + edits + "' -o " + dir.q("page.html") + " " + dir.q("in"));
    EXPECT_EQ(r.status, 2) << r.err;
    EXPECT_NE(r.err.find("photo.txt: looks like a PNG image"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("not published"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(edits + ": "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("story.json: is not valid JSON"), std::string::npos) << r.err;
    const dateline::Publication p = block_of(read(dir.path / "page.html"));
    ASSERT_EQ(p.files.size(), 1u);
    EXPECT_EQ(p.files[0].name, "report.txt");
    EXPECT_FALSE(p.story);
    EXPECT_TRUE(p.edits.empty());
    // A story file over its limit (64 KB) is named with the limit as a person reads it.
    dir.write("in/story.json", "{\"version\": 1, \"title\": \"" + std::string(70 * 1024, 'x') + "\"}");
    const CliRun big = run("publish --engine '" + engine + "' -o " + dir.q("page.html") + " " + dir.q("in"));
    EXPECT_EQ(big.status, 2) << big.err;
    EXPECT_NE(big.err.find("story.json: is larger than 64 KB"), std::string::npos) << big.err;
}

TEST(CliPublish, AMissingOrWrongEngineAndUsageErrorsSayWhatToDo) {
    TempFolder dir;
    CliRun r = run("publish --engine " + dir.q("nowhere.html") + " -o " + dir.q("page.html") + " '" + kArticles + "'");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("no engine page to publish into (" + (dir.path / "nowhere.html").string() + ": does not exist)"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("--engine PAGE"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir.path / "page.html"));
    // The hosted index.html: the engine's script inline, its wasm fetched from beside it.
    std::string hosted_page = kEngine;
    hosted_page.erase(hosted_page.find("<script type="), hosted_page.find("<script>\n") - hosted_page.find("<script type="));
    const std::string hosted = dir.write("index.html", hosted_page);
    r = run("publish --engine '" + hosted + "' -o " + dir.q("page.html") + " '" + kArticles + "'");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find(hosted + ": is not Dateline's offline page"), std::string::npos) << r.err;
    r = run("publish '" + kArticles + "'");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("publish needs -o page.html"), std::string::npos) << r.err;
    const std::string engine = dir.write("engine.html", kEngine);
    r = run("publish --engine '" + engine + "' -o " + dir.q("page.html") + " " + dir.q("empty"));
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("nothing to publish"), std::string::npos) << r.err;
    r = run("publish --engine '" + engine + "' --include-bundled -o " + dir.q("page.html"));
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(block_of(read(dir.path / "page.html")).bundled);
}

}  // namespace
