// The interface's font atlas: its three fonts in ImGui's atlas, and the atlas made at build time.
//
// Rasterising the fonts (ImGui's stb_truetype builder: 3 sizes x ~118 glyphs, with V8 compiling
// stb_truetype's functions on their first call) and ImGui's lookup tables took ~40 ms of the
// page's start before its first frame (tests/bench/RESULTS.md, startup17). The build makes the atlas of the bundled story's first frame (its glyphs: the interface's,
// font_glyphs.h, and its text's) at the device pixel ratios listed in wasm/CMakeLists.txt, with
// the same ImGui code built for node (font_atlas_tool.cpp), and the page restores it into ImGui's
// atlas instead (main.cpp, build_fonts). Any other ratio or glyph set (a published story, text
// that brings a letter the atlas lacks) is rasterised at run time as before. The tool checks, at
// every build, that a restored atlas is the built one field by field and pixel by pixel.
#pragma once

#include <string>
#include <string_view>

#include "imgui.h"

namespace dateline {

struct InterfaceFonts {
    ImFont* body = nullptr;   // the first added: ImGui's default font
    ImFont* title = nullptr;
    ImFont* small = nullptr;
};

// Clears `atlas` and adds the interface's fonts at `ratio` device pixels a CSS pixel: body and
// small from `regular`, the title from `bold` (TrueType files), each for the glyphs `ranges`
// ((first, last) pairs, zero-terminated; ImGui reads them when the atlas is built, so they must
// live until then). A font whose bytes are empty is not added (nullptr). Nothing is rasterised.
InterfaceFonts add_interface_fonts(ImFontAtlas& atlas, std::string_view regular, std::string_view bold, float ratio,
                                   const ImWchar* ranges);

// `atlas` as ImFontAtlas::Build() left it, for its fonts and `ranges` as given to
// add_interface_fonts(), in the form restore_font_atlas() reads (one record; records are
// concatenated into the file the page holds).
std::string save_font_atlas(const ImFontAtlas& atlas, const ImWchar* ranges);

// If one record of `saved` was made for the fonts `atlas` has been given (their sizes, their files'
// lengths and the glyph `ranges`), makes `atlas` what Build() would have made of them, without
// rasterising anything, and returns true; otherwise leaves it as it was and returns false.
bool restore_font_atlas(ImFontAtlas& atlas, std::string_view saved, const ImWchar* ranges);

// Whether two built atlases draw the same: texture, white pixel and line UVs, custom rectangles,
// and every font's metrics, glyphs, and the glyph and advance each code point of the Basic
// Multilingual Plane gets. The first difference is written to `why`.
bool same_font_atlas(const ImFontAtlas& a, const ImFontAtlas& b, std::string* why);

}  // namespace dateline
