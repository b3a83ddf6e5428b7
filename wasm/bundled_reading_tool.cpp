// Writes the bundled story's reading (bundled_reading.h) at build time: the core reads the
// bundled articles exactly as the app would, and the result is written for the page to load.
// Beside it, the bundled inputs (the story file's settings, the articles' names and facts), so
// that the page parses no JSON at start (bundled_reading.h).
//   bundled_reading_tool ARTICLES_FOLDER OUTPUT_FILE INPUTS_FILE
#include <cstdio>
#include <string>

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
    if (argc != 4) {
        std::fprintf(stderr, "usage: bundled_reading_tool ARTICLES_FOLDER OUTPUT_FILE INPUTS_FILE\n");
        return 2;
    }
    dateline::GatheredInputs inputs = dateline::gather_bundled_inputs(argv[1]);
    if (inputs.articles.empty()) {
        std::fprintf(stderr, "bundled_reading_tool: no articles in %s\n", argv[1]);
        return 1;
    }
    const dateline::GatheredInputs kept = inputs;  // build_timeline takes its copy
    const dateline::Timeline timeline = dateline::build_timeline(inputs.articles, inputs.problems);
    const std::string data = dateline::write_bundled_reading(timeline, kept);
    if (data.empty()) {
        std::fprintf(stderr, "bundled_reading_tool: two articles in %s have the same name\n", argv[1]);
        return 1;
    }
    // The story as the app reads it (AppModel::load_articles): its problems name it the same way.
    dateline::Problems story_problems;
    const dateline::Story story = dateline::read_story_file(argv[1], "the bundled story.json", story_problems);
    return write_file(argv[2], data) && write_file(argv[3], dateline::write_bundled_inputs(story, story_problems, kept)) ? 0 : 1;
}
