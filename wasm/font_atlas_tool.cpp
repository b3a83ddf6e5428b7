// Makes the interface's font atlases at build time (font_atlas.h): for each device pixel ratio
// given, the atlas of the bundled story's first frame as the page would build it, with the same
// ImGui code built for node. Its glyphs are the page's: the interface's (font_glyphs.h) and those
// of the text the model shows once it has loaded the bundled story from the reading the build
// made (as main() does; add_model_text()). Each atlas is restored into a second one and compared
// with the built one, field by field and pixel by pixel; the tool fails if any differs.
//   font_atlas_tool OUTPUT_FILE REGULAR_TTF BOLD_TTF BUNDLED_READING BUNDLED_INPUTS RATIO...
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "app_model.h"
#include "bundled_reading.h"
#include "embedded_file.h"
#include "font_atlas.h"
#include "font_glyphs.h"

namespace {

// The code-point ranges the fonts were subset to, as main.cpp's (DATELINE_FONT_RANGES, wasm/CMakeLists.txt).
const uint16_t kFontRanges[] = {DATELINE_FONT_RANGES, 0};

bool read_file(const char* path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return in.good() || in.eof();
}

// The model asks nothing of a page while it loads the bundled story.
class NoPage final : public dateline::BrowserHost {
public:
    void replace_hash(const std::string&) override {}
    void copy_text(const std::string&) override {}
    void open_link(const std::string&) override {}
    void pick_files() override {}
    void forget_added_file(double) override {}
    void set_title(const std::string&) override {}
    double now_ms() override { return 0; }
};

}  // namespace

int main(int argc, char** argv) {
    if (argc < 7) {
        std::fprintf(stderr, "usage: font_atlas_tool OUTPUT_FILE REGULAR_TTF BOLD_TTF BUNDLED_READING BUNDLED_INPUTS RATIO...\n");
        return 2;
    }
    std::string regular, bold, reading, inputs;
    if (!read_file(argv[2], regular) || regular.empty() || !read_file(argv[3], bold) || bold.empty() ||
        !read_file(argv[4], reading) || !read_file(argv[5], inputs)) {
        std::fprintf(stderr, "font_atlas_tool: cannot read %s, %s, %s or %s\n", argv[2], argv[3], argv[4], argv[5]);
        return 1;
    }
    // The glyphs of the page's first frame (main.cpp: the interface's, then the bundled story's text).
    NoPage host;
    dateline::AppModel model(host);
    model.load_articles(dateline::bundled_files(dateline::bundled_article_files()), reading, inputs);
    dateline::FontGlyphs glyphs(kFontRanges);
    dateline::add_model_text(glyphs, model, true);
    const std::vector<uint16_t> ranges16 = glyphs.ranges();
    const std::vector<ImWchar> ranges(ranges16.begin(), ranges16.end());
    std::string file;
    for (int i = 6; i < argc; ++i) {
        const float ratio = std::strtof(argv[i], nullptr);
        ImFontAtlas built;
        dateline::add_interface_fonts(built, regular, bold, ratio, ranges.data());
        if (!built.Build()) {
            std::fprintf(stderr, "font_atlas_tool: the atlas at ratio %g did not build\n", ratio);
            return 1;
        }
        const std::string record = dateline::save_font_atlas(built, ranges.data());
        ImFontAtlas restored;
        dateline::add_interface_fonts(restored, regular, bold, ratio, ranges.data());
        std::string why;
        if (!dateline::restore_font_atlas(restored, record, ranges.data()) || !dateline::same_font_atlas(built, restored, &why)) {
            std::fprintf(stderr, "font_atlas_tool: the atlas at ratio %g, restored, is not the built one (%s)\n", ratio, why.c_str());
            return 1;
        }
        std::printf("font_atlas_tool: ratio %g: %d x %d, %zu glyphs a font, %zu bytes\n", ratio, built.TexWidth, built.TexHeight,
                    glyphs.count(), record.size());
        file += record;
    }
    std::FILE* out = std::fopen(argv[1], "wb");
    if (!out || std::fwrite(file.data(), 1, file.size(), out) != file.size() || std::fclose(out) != 0) {
        std::fprintf(stderr, "font_atlas_tool: cannot write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
