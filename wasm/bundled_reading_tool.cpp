// Writes the bundled story's reading (bundled_reading.h) at build time: the core reads the
// bundled articles exactly as the app would, and the result is written for the page to load.
//   bundled_reading_tool ARTICLES_FOLDER OUTPUT_FILE
#include <cstdio>
#include <string>

#include "bundled_reading.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: bundled_reading_tool ARTICLES_FOLDER OUTPUT_FILE\n");
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
    std::FILE* out = std::fopen(argv[2], "wb");
    if (!out || std::fwrite(data.data(), 1, data.size(), out) != data.size() || std::fclose(out) != 0) {
        std::fprintf(stderr, "bundled_reading_tool: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
