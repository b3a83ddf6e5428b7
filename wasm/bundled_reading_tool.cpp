// Writes the bundled story's reading (bundled_reading.h) at build time: the core reads the
// bundled articles exactly as the app would, and the result is written for the page to load.
// Beside it, the bundled inputs (the story file's settings, the articles' names and facts), so
// that the page parses no JSON at start (bundled_reading.h). The articles are the ones compiled
// into the model (bundled_article_files(), embedded_file.h): the very bytes the page holds.
//   bundled_reading_tool OUTPUT_FILE INPUTS_FILE
#include <cstdio>
#include <string>
#include <vector>

#include "bundled_reading.h"

namespace {

bool write_file(const char* path, const std::string& data) {
    std::FILE* out = std::fopen(path, "wb");
    if (!out || std::fwrite(data.data(), 1, data.size(), out) != data.size() || std::fclose(out) != 0) {
        std::fprintf(stderr, "bundled_reading_tool: cannot write %s\n", path);
        return false;
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: bundled_reading_tool OUTPUT_FILE INPUTS_FILE\n");
        return 2;
    }
    const std::vector<dateline::NamedFile> files = dateline::bundled_files(dateline::bundled_article_files());
    dateline::GatheredInputs inputs = dateline::gather_bundled_inputs(files);
    if (inputs.articles.empty()) {
        std::fprintf(stderr, "bundled_reading_tool: no bundled articles\n");
        return 1;
    }
    const dateline::GatheredInputs kept = inputs;  // build_timeline takes its copy
    const dateline::Timeline timeline = dateline::build_timeline(inputs.articles, inputs.problems);
    const std::string data = dateline::write_bundled_reading(timeline, kept);
    if (data.empty()) {
        std::fprintf(stderr, "bundled_reading_tool: two bundled articles have the same name\n");
        return 1;
    }
    // The story as the app reads it (AppModel::load_articles): its problems name it the same way.
    dateline::Problems story_problems;
    const dateline::Story story = dateline::read_bundled_story(files, story_problems);
    return write_file(argv[1], data) && write_file(argv[2], dateline::write_bundled_inputs(story, story_problems, kept)) ? 0 : 1;
}
