// The command-line contract of authoring and exports (README "Authoring and exports"):
// `dateline export --format timelinejs|csv|json` and `dateline extract --edits`, through the real
// binary: output shape, messages naming stale edits and bad edits files, exit status.
#include <gtest/gtest.h>

#include "cli_run.h"

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

#include "article_inputs.h"
#include "edits.h"
#include "timeline_export.h"

namespace {

using Json = nlohmann::json;
namespace fs = std::filesystem;

using cli_test::CliRun;
using cli_test::kArticles;
using cli_test::run;
using cli_test::TempFolder;

// The bundled timeline as `export --format json --explain` gives it (passages and text hashes).
const Json& explained() {
    static const Json doc = Json::parse(run("export --format json --explain '" + kArticles + "'").out);
    return doc;
}

// The anchor of an event's first source, from the exported document: what an author's tool writes.
Json anchor_of(const Json& doc, size_t event) {
    const Json& source = doc["events"][event]["sources"][0];
    for (const Json& a : doc["articles"])
        if (a["id"] == source["article"])
            return Json{{"text_hash", a["text_hash"]}, {"file", a["file"]}, {"start", source["start"]},
                        {"end", source["end"]}, {"quote", source["passage"]}};
    ADD_FAILURE() << "no article " << source["article"];
    return {};
}

}  // namespace

TEST(CliExport, TimelineJsHasASlidePerEvent) {
    const CliRun extracted = run("extract '" + kArticles + "'");
    const CliRun r = run("export --format timelinejs --title 'The fall of the caliphate' '" + kArticles + "'");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const Json doc = Json::parse(r.out);
    const Json events = Json::parse(extracted.out)["events"];
    ASSERT_EQ(doc["events"].size(), events.size());
    for (size_t i = 0; i < events.size(); ++i) {
        EXPECT_EQ(doc["events"][i]["unique_id"], events[i]["id"]);
        EXPECT_TRUE(doc["events"][i]["start_date"]["year"].is_number());
        EXPECT_FALSE(doc["events"][i]["group"].get<std::string>().empty());
    }
    EXPECT_EQ(doc["title"]["text"]["headline"], "The fall of the caliphate");
}

TEST(CliExport, CsvHasTheTemplateHeaderATitleRowAndARowPerEvent) {
    const size_t events = explained()["events"].size();
    const CliRun r = run("export --format csv '" + kArticles + "'");
    ASSERT_EQ(r.status, 0) << r.err;
    ASSERT_TRUE(r.out.starts_with("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
                                  "Media Credit,Media Caption,Media Thumbnail,Alt Text,Type,Group,Background\r\n"));
    EXPECT_TRUE(r.out.ends_with("\r\n"));
    // Records end in CR LF; line breaks inside quoted fields are bare LF.
    size_t records = 0;
    for (size_t at = r.out.find("\r\n"); at != std::string::npos; at = r.out.find("\r\n", at + 2)) ++records;
    // The header, the story's title row (assets/articles/story.json has a title), a row per event.
    EXPECT_EQ(records, events + 2);
    EXPECT_NE(r.out.find(",title,"), std::string::npos) << "the story's title row (Type 'title')";
}

TEST(CliExport, TheStoryFileGivesTheTitleAndTheLanes) {
    TempFolder dir;
    const std::string story = (dir.path / "story.json").string();
    std::ofstream(story) << R"({"version": 1, "title": "One lane only", "lanes": {"by": "single"}})";
    const CliRun r = run("export --format timelinejs --story '" + story + "' '" + kArticles + "'");
    ASSERT_EQ(r.status, 0) << r.err;
    const nlohmann::json doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["title"]["text"]["headline"], "One lane only");
    std::set<std::string> groups;
    for (const auto& e : doc["events"]) groups.insert(e["group"].get<std::string>());
    EXPECT_EQ(groups.size(), 1u);
    // The bundled story's own file (by country) gives several lanes.
    const CliRun bundled = run("export --format timelinejs '" + kArticles + "'");
    std::set<std::string> bundled_groups;
    const nlohmann::json bundled_doc = nlohmann::json::parse(bundled.out);
    for (const auto& e : bundled_doc["events"]) bundled_groups.insert(e["group"].get<std::string>());
    EXPECT_GT(bundled_groups.size(), 2u);
    // A story file that is not there is named, and the export is still written.
    const CliRun missing = run("export --format csv --story '" + (dir.path / "nope.json").string() + "' '" + kArticles + "'");
    EXPECT_EQ(missing.status, 2);
    EXPECT_NE(missing.err.find("nope.json"), std::string::npos) << missing.err;
    EXPECT_TRUE(missing.out.starts_with("Year,Month,Day"));
}

TEST(CliExport, OutputFileAndUsageErrors) {
    TempFolder dir;
    const std::string file = (dir.path / "timeline.json").string();
    const CliRun r = run("export --format timelinejs -o '" + file + "' '" + kArticles + "'");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "");
    std::ifstream in(file, std::ios::binary);
    const std::string written((std::istreambuf_iterator<char>(in)), {});
    EXPECT_EQ(written, run("export --format timelinejs '" + kArticles + "'").out);

    for (const std::string& bad : {std::string("export '") + kArticles + "'", std::string("export --format pdf '") + kArticles + "'",
                                   std::string("export --format csv"), std::string("export --format"),
                                   std::string("extract --edits"), std::string("export --format csv --frobnicate x")}) {
        const CliRun u = run(bad);
        EXPECT_EQ(u.status, 1) << bad;
        EXPECT_EQ(u.out, "") << bad;
        EXPECT_NE(u.err.find("usage: dateline export"), std::string::npos) << bad;
    }
    const CliRun unwritable = run("export --format csv -o /nonexistent/dir/out.csv '" + kArticles + "'");
    EXPECT_EQ(unwritable.status, 1);
    EXPECT_NE(unwritable.err.find("/nonexistent/dir/out.csv: could not be written"), std::string::npos) << unwritable.err;
}

TEST(CliEdits, GoodEditsApplyAndStatusIsZero) {
    TempFolder dir;
    const Json& doc = explained();
    Json edits = {{"version", 1},
                  {"edits", Json::array({Json{{"kind", "rename"}, {"anchor", anchor_of(doc, 0)}, {"headline", "Renamed by the author"}},
                                         Json{{"kind", "hide"}, {"anchor", anchor_of(doc, 1)}},
                                         Json{{"kind", "note"}, {"anchor", anchor_of(doc, 2)}, {"note", "<b>checked</b>"}}})}};
    const std::string file = dir.write("edits.json", edits.dump(2));
    const CliRun r = run("extract --edits '" + file + "' '" + kArticles + "'");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const Json out = Json::parse(r.out);
    ASSERT_EQ(out["events"].size(), doc["events"].size() - 1);
    EXPECT_EQ(out["edits"]["applied"], 3);
    EXPECT_EQ(out["edits"]["hidden"], 1);
    bool renamed = false, noted = false;
    for (const Json& e : out["events"]) {
        EXPECT_NE(e["id"], doc["events"][1]["id"]);
        if (e["id"] == doc["events"][0]["id"]) renamed = e["title"] == "Renamed by the author";
        if (e["id"] == doc["events"][2]["id"]) noted = e["note"] == "<b>checked</b>";
    }
    EXPECT_TRUE(renamed);
    EXPECT_TRUE(noted);
    // extract --edits prints what export --format json --edits does: one document, one code path.
    EXPECT_EQ(r.out, run("export --format json --edits '" + file + "' '" + kArticles + "'").out);
    // The other formats take the same edits.
    const Json slides = Json::parse(run("export --format timelinejs --edits '" + file + "' '" + kArticles + "'").out);
    EXPECT_EQ(slides["events"].size(), doc["events"].size() - 1);
    EXPECT_EQ(slides["events"][0]["text"]["headline"], "Renamed by the author");
    EXPECT_NE(slides["events"][1]["text"]["text"].get<std::string>().find("&lt;b&gt;checked&lt;/b&gt;"), std::string::npos);
}

TEST(CliEdits, StaleAndBadEntriesAreNamedAndTheRestApply) {
    TempFolder dir;
    const Json& doc = explained();
    Json stale = anchor_of(doc, 3);
    stale["quote"] = "A passage the articles never held.";
    Json edits = {{"version", 1},
                  {"edits", Json::array({Json{{"kind", "hide"}, {"anchor", anchor_of(doc, 0)}},
                                         Json{{"kind", "rename"}, {"anchor", stale}, {"headline", "Never applied"}},
                                         Json{{"kind", "redate"}, {"anchor", anchor_of(doc, 4)}, {"date", "2017-02-30"}}})}};
    const std::string file = dir.write("edits.json", edits.dump(2));
    const CliRun r = run("extract --edits '" + file + "' '" + kArticles + "'");
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find(file + " entry 2: no longer found: rename to \u201CNever applied\u201D: \u201CA passage the articles never held.\u201D"),
              std::string::npos) << r.err;
    EXPECT_NE(r.err.find(file + " entry 3: \"date\" \u201C2017-02-30\u201D is not a day"), std::string::npos) << r.err;
    const Json out = Json::parse(r.out);
    EXPECT_EQ(out["events"].size(), doc["events"].size() - 1);  // the good edit applied
    EXPECT_EQ(out["edits"]["applied"], 1);
    ASSERT_EQ(out["edits"]["no_longer_found"].size(), 1u);
    // A stale edit alone is enough for status 2.
    const std::string only_stale = dir.write("stale.json", Json{{"version", 1}, {"edits", Json::array({edits["edits"][1]})}}.dump());
    const CliRun s = run("export --format csv --edits '" + only_stale + "' '" + kArticles + "'");
    EXPECT_EQ(s.status, 2);
    EXPECT_NE(s.err.find("stale.json entry 1: no longer found"), std::string::npos) << s.err;
}

TEST(CliEdits, ABrokenOrMissingEditsFileIsNamedAndTheTimelineStillWritten) {
    TempFolder dir;
    const Json& doc = explained();
    const std::string good = Json{{"kind", "hide"}, {"anchor", anchor_of(doc, 0)}}.dump();
    const std::string file = dir.write("edits.json", "{\"version\": 1, \"edits\": [\n" + good + ",\n{\"kind\": \"hide\", \"anchor\": }\n]}");
    const CliRun r = run("export --format json --edits '" + file + "' '" + kArticles + "'");
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find(file + ": is not valid JSON (line 3, column"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("the 1 edit(s) before it are read"), std::string::npos) << r.err;
    EXPECT_EQ(Json::parse(r.out)["events"].size(), doc["events"].size() - 1);

    const CliRun missing = run("export --format csv --edits '" + (dir.path / "none.json").string() + "' '" + kArticles + "'");
    EXPECT_EQ(missing.status, 2);
    EXPECT_NE(missing.err.find("none.json: cannot be read; no edits applied"), std::string::npos) << missing.err;
    EXPECT_EQ(missing.out, run("export --format csv '" + kArticles + "'").out);
}

// The page reads the same articles from memory (files a reader adds) and applies the same edits
// through the core: its JSON export must be the CLI's, byte for byte.
TEST(CliEdits, TheJsonExportIsTheSameThroughThePagesPath) {
    TempFolder dir;
    const Json& doc = explained();
    Json merge = {{"kind", "merge"}, {"anchor", anchor_of(doc, 6)}, {"with", anchor_of(doc, 7)}};
    const std::string edits_json = Json{{"version", 1},
                                        {"edits", Json::array({Json{{"kind", "rename"}, {"anchor", anchor_of(doc, 0)}, {"headline", "Renamed"}},
                                                               Json{{"kind", "hide"}, {"anchor", anchor_of(doc, 1)}},
                                                               Json{{"kind", "key"}, {"anchor", anchor_of(doc, 2)}}, merge})}}
                                       .dump();
    const std::string file = dir.write("edits.json", edits_json);
    const CliRun cli = run("export --format json --edits '" + file + "' '" + kArticles + "'");
    ASSERT_EQ(cli.status, 0) << cli.err;

    std::vector<dateline::NamedFile> files;
    for (const auto& entry : fs::directory_iterator(kArticles)) {
        std::ifstream in(entry.path(), std::ios::binary);
        files.push_back({entry.path().filename().string(), std::string((std::istreambuf_iterator<char>(in)), {}), 0});
    }
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.name < b.name; });  // as a folder is read
    dateline::GatheredInputs inputs = dateline::gather_article_inputs(files);
    dateline::Timeline timeline = dateline::build_timeline(std::move(inputs.articles), std::move(inputs.problems));
    dateline::Problems problems;
    const dateline::EditsDocument edits = dateline::parse_edits_document(edits_json, "edits.json", problems);
    ASSERT_TRUE(problems.empty());
    const dateline::EditOutcome outcome = dateline::apply_edits(timeline, edits.edits);
    EXPECT_EQ(outcome.applied, 4u);
    EXPECT_EQ(dateline::dateline_json(timeline, outcome, {}) + "\n", cli.out);
}
