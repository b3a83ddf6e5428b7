// Which glyphs the interface font's atlas holds.
//
// The font is subset at build time to DATELINE_FONT_RANGES (wasm/CMakeLists.txt), and ImGui
// rasterises every code point it is asked for three times (body, title, small) before the first
// frame. Most of those ranges are letters and signs that a given story never uses, so the atlas
// holds the interface's own glyphs (ASCII and the symbols the app's strings write, see
// is_interface_symbol()) and whatever else of the font the text at hand brings: accented letters,
// currency, degrees, other punctuation. When new text brings one the atlas lacks, add_text() says
// so and the app rebuilds the atlas between frames (main.cpp). Plain C++ (no ImGui), so that it is
// unit-tested natively.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace dateline {

class AppModel;

// A symbol beyond ASCII that the app's own strings (core/ and wasm/: dates, quotes, notes, the
// views' buttons and marks) can write, and ImGui's ellipsis and fallback: always in the atlas.
// font_glyphs_test.cpp reads the sources' string literals to keep this list whole.
bool is_interface_symbol(char32_t code_point);

class FontGlyphs {
public:
    // `font_ranges`: the font's (first, last) code-point pairs, zero-terminated, as ImGui takes them.
    // The atlas starts with the interface's glyphs among them: ASCII and is_interface_symbol().
    explicit FontGlyphs(const uint16_t* font_ranges);

    // Notes the code points of UTF-8 text (one pass, looking only at non-ASCII sequences; invalid
    // bytes are skipped). True when it brought one in the font's ranges that the atlas lacked.
    bool add_text(std::string_view utf8);
    bool add_code_point(char32_t code_point);

    bool in_font(char32_t code_point) const;
    bool has(char32_t code_point) const { return code_point < wanted_.size() && wanted_[code_point]; }
    size_t count() const { return count_; }  // glyphs per font size

    // The ranges to rasterise: (first, last) pairs in ascending order, zero-terminated.
    std::vector<uint16_t> ranges() const;

private:
    std::vector<std::pair<char32_t, char32_t>> font_;
    std::vector<bool> wanted_;  // per code point of the Basic Multilingual Plane
    size_t count_ = 0;
};

// Notes the code points of the text `model` can show; true when some is new to `glyphs`. With
// `timeline` (the page passes it when the timeline changed), the articles, events, notes, places,
// actors, lanes and edit problems; always, the short texts: the story's title, description and
// credit, the toast and the errors. The page reads it before each frame (main.cpp), and the
// build's font atlas tool for the bundled story's first frame (font_atlas.h).
bool add_model_text(FontGlyphs& glyphs, const AppModel& model, bool timeline);

}  // namespace dateline
