// The model's publishing (wasm/app_publishing.cpp): a published page's data read at start, the
// exports of what is shown, "Save as page", and the print layout's data.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "app_model.h"
#include "publication.h"
#include "recording_host.h"

namespace dateline {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

const std::string kFolder = std::string(DATELINE_SOURCE_DIR) + "/assets/articles";

using Host = RecordingHost;  // recording_host.h

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// The bundled folder's files, as `dateline publish` inlines them (articles by name, then sources.json).
std::vector<NamedFile> folder_files() {
    std::vector<fs::path> txt;
    for (const auto& e : fs::directory_iterator(kFolder))
        if (e.path().extension() == ".txt") txt.push_back(e.path());
    std::sort(txt.begin(), txt.end());
    std::vector<NamedFile> files;
    for (const fs::path& p : txt) files.push_back({p.filename().string(), read(p), 0});
    files.push_back({"sources.json", read(fs::path(kFolder) / "sources.json"), 0});
    return files;
}

const std::string kEngine =
    "<!doctype html>\n<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'sha256-x='\"></head>\n"
    "<body>\n<canvas id=\"canvas\"></canvas>\n<script type=\"application/octet-stream\" id=\"dateline-wasm\">AGFzbQ==</script>\n"
    "<script>\nengine();</script>\n</body></html>\n";

class Publishing : public ::testing::Test {
protected:
    void SetUp() override {
        drafted.load_articles(kFolder);
        drafted.tick(0);
    }
    void load(AppModel& model, const Publication& p) {
        model.load_publication(kFolder, publication_json(p));
        model.set_view_width(1000);
        model.tick(0);
    }
    Host host, drafted_host;
    AppModel drafted{drafted_host};  // the bundled folder, as the hosted page reads it
};

TEST_F(Publishing, APublicationOfTheFolderShowsAndExportsWhatTheFolderDoes) {
    Publication p;
    p.files = folder_files();
    p.story = read(fs::path(kFolder) / "story.json");
    AppModel published{host};
    load(published, p);
    ASSERT_TRUE(published.ready());
    EXPECT_TRUE(published.published());
    EXPECT_FALSE(published.editing()) << "a published page opens read-only";
    EXPECT_TRUE(published.errors().empty()) << published.errors().front();
    EXPECT_EQ(published.story().title, drafted.story().title);
    for (const char* format : {"timelinejs", "csv", "json"})
        EXPECT_EQ(published.export_text(format), drafted.export_text(format)) << format;
    EXPECT_EQ(published.bundled_articles(), published.timeline().articles.size()) << "the page's own articles are not 'added' ones";
}

TEST_F(Publishing, ThePublishedEditsAndStoryAreApplied) {
    const Timeline& t = drafted.timeline();
    ASSERT_GE(t.events.size(), 3u);
    Edit rename{EditKind::Rename, anchor_of(t, t.events[0].sources[0]), std::nullopt, "<b>Renamed</b> {{x}}", {}, true};
    Edit hide{EditKind::Hide, anchor_of(t, t.events[1].sources[0]), std::nullopt, "", {}, true};
    Edit note{EditKind::Note, anchor_of(t, t.events[2].sources[0]), std::nullopt, "A note", {}, true};
    Publication p;
    p.files = folder_files();
    p.story = R"({"version": 1, "title": "My own story", "lanes": {"by": "single"}})";
    p.edits = {rename, hide, note};
    AppModel published{host};
    load(published, p);
    EXPECT_EQ(published.story().title, "My own story");
    ASSERT_EQ(published.lanes().lanes.size(), 1u);
    EXPECT_EQ(published.timeline().events.size(), t.events.size() - 1);
    EXPECT_EQ(published.edit_history().edits().size(), 3u);
    EXPECT_EQ(published.edit_outcome().applied, 3u);
    const int renamed = find_event(published.timeline(), t.events[0].id);
    ASSERT_GE(renamed, 0);
    EXPECT_EQ(published.timeline().events[renamed].title, "<b>Renamed</b> {{x}}");
    EXPECT_LT(find_event(published.timeline(), t.events[1].id), 0) << "hidden";
    // The exports carry them, escaped.
    const std::string slides = published.export_text("timelinejs");
    EXPECT_NE(slides.find("&lt;b&gt;Renamed&lt;/b&gt; &#123;&#123;x&#125;&#125;"), std::string::npos);
    EXPECT_EQ(slides.find("<b>Renamed"), std::string::npos);
    // The print layout: every shown event once, the note and the renamed headline as text.
    const Json print = Json::parse(published.print_document());
    EXPECT_EQ(print["title"], "My own story");
    ASSERT_EQ(print["lanes"].size(), 1u);
    EXPECT_EQ(print["lanes"][0]["events"].size(), published.timeline().events.size());
    bool noted = false;
    for (const Json& e : print["lanes"][0]["events"]) {
        EXPECT_FALSE(e["date"].get<std::string>().empty());
        EXPECT_FALSE(e["sources"].empty());
        if (e["id"] == t.events[0].id) {
            EXPECT_EQ(e["headline"], "<b>Renamed</b> {{x}}");
        }
        if (e["id"] == t.events[2].id) noted = e["note"] == "A note";
        for (const Json& s : e["sources"]) {
            EXPECT_FALSE(s["passage"].get<std::string>().empty());
            EXPECT_EQ(s["citation"].get<std::string>().find('\n'), std::string::npos);
        }
    }
    EXPECT_TRUE(noted);
}

TEST_F(Publishing, AMalformedOrNewerBlockIsNamedAndTheBundledArticlesShown) {
    for (const std::string& bad : {std::string("{\"version\": 1, \"files\": ["), std::string(R"({"version": 9, "files": []})")}) {
        Host h;
        AppModel model{h};
        model.load_publication(kFolder, bad);
        model.tick(0);
        EXPECT_FALSE(model.published());
        ASSERT_EQ(model.errors().size(), 1u);
        EXPECT_TRUE(model.errors()[0].starts_with("the page's publication data: ")) << model.errors()[0];
        EXPECT_NE(model.errors()[0].find("the engine's bundled articles are shown instead"), std::string::npos);
        EXPECT_EQ(model.timeline().events.size(), drafted.timeline().events.size());
    }
}

TEST_F(Publishing, SaveAsPageInlinesThePagesArticlesTheAddedOnesTheStoryAndTheEdits) {
    Publication p;
    p.files = folder_files();
    p.story = R"({"version": 1, "title": "Saved", "lanes": {"by": "actor"}})";
    p.edits = {Edit{EditKind::Hide, anchor_of(drafted.timeline(), drafted.timeline().events[0].sources[0]), std::nullopt, "", {}, true}};
    AppModel model{host};
    load(model, p);
    ASSERT_TRUE(model.add_file("mine.txt", "LONDON, 3 March 2011 - The council voted on Tuesday to close the library.\n", 0, 0));
    model.files_added(false);
    for (int i = 0; i < 100 && model.reading(); ++i) model.tick(0.01);
    std::string why;
    EXPECT_EQ(model.publication_page("<html>not an engine</html>", false, why), "");
    EXPECT_NE(why, "");
    const std::string page = model.publication_page(kEngine, false, why);
    ASSERT_EQ(why, "");
    const std::string open = "<script type=\"application/json\" id=\"dateline-publication\">";
    const size_t at = page.find(open);
    ASSERT_NE(at, std::string::npos);
    const std::string json = page.substr(at + open.size(), page.find("</script>", at) - at - open.size());
    Problems problems;
    const auto back = parse_publication(json, "saved", problems);
    ASSERT_TRUE(back);
    EXPECT_FALSE(back->bundled);
    ASSERT_EQ(back->files.size(), p.files.size() + 1);
    EXPECT_EQ(back->files.back().name, "mine.txt");
    EXPECT_EQ(back->edits, p.edits);
    Problems story_problems;
    EXPECT_EQ(parse_story(*back->story, "s", story_problems).lanes.by, LaneRule::Actor);
    // Opened again, it shows what this one shows.
    Host again_host;
    AppModel again{again_host};
    load(again, *back);
    EXPECT_EQ(again.export_text("json"), model.export_text("json"));
    EXPECT_TRUE(model.publication(true).bundled);
}

TEST_F(Publishing, TheMenusCommandsReachThePage) {
    Host h;
    AppModel model{h};
    model.load_articles(kFolder);
    model.download_export("csv");
    model.download_export("timelinejs");
    model.download_export("json");
    model.save_page(true);
    model.print();
    model.save_picture();
    ASSERT_EQ(h.downloads.size(), 3u);
    EXPECT_TRUE(h.downloads[0].starts_with("timeline.csv|text/csv|Year,Month,Day,"));
    EXPECT_TRUE(h.downloads[1].starts_with("timeline-timelinejs.json|application/json|{"));
    EXPECT_TRUE(h.downloads[2].starts_with("timeline-dateline.json|application/json|{"));
    EXPECT_EQ(h.pages, 1);
    EXPECT_EQ(h.prints, 1);
    EXPECT_EQ(h.pictures, 1);
    model.set_editing(true);
    EXPECT_EQ(Json::parse(model.state_json(ScreenFacts{}, FrameFacts{}))["editing"]["on"], true);
}

}  // namespace
}  // namespace dateline
