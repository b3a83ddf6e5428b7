// Which glyphs the interface font's atlas holds.
//
// The font is subset at build time to DATELINE_FONT_RANGES (wasm/CMakeLists.txt), and ImGui
// rasterises every code point it is asked for three times (body, title, small) before the first
// frame. Most of those ranges are letters with accents that a given story never uses, so the atlas
// holds the interface's own glyphs (every code point of the font's ranges that is not a Latin
// letter: ASCII, punctuation, arrows, shapes) and the letters the text at hand brings. When new
// text brings a letter the atlas lacks, add_text() says so and the app rebuilds the atlas between
// frames (main.cpp). Plain C++ (no ImGui), so that it is unit-tested natively.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace dateline {

// A Latin letter with an accent (Latin-1's letters, Latin Extended-A and -B: U+00C0-U+024F, but
// not the multiplication and division signs there): rasterised only when the text has it.
bool is_text_letter(char32_t code_point);

class FontGlyphs {
public:
    // `font_ranges`: the font's (first, last) code-point pairs, zero-terminated, as ImGui takes them.
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

}  // namespace dateline
