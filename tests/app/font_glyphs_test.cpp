// The font atlas's glyph set (wasm/font_glyphs.h): the interface's glyphs always, the text's
// letters when it has them, never a code point the shipped font lacks.
#include "font_glyphs.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using dateline::FontGlyphs;

// DATELINE_FONT_RANGES as wasm/CMakeLists.txt gives them to pyftsubset and to the app.
std::vector<uint16_t> shipped_font_ranges() {
    std::ifstream in(std::string(DATELINE_SOURCE_DIR) + "/wasm/CMakeLists.txt");
    std::stringstream text;
    text << in.rdbuf();
    const std::string cmake = std::regex_replace(text.str(), std::regex("#[^\n]*"), "");
    std::smatch block;
    EXPECT_TRUE(std::regex_search(cmake, block, std::regex(R"(set\(DATELINE_FONT_RANGES([^)]*)\))")));
    std::vector<uint16_t> ranges;
    const std::string body = block[1].str();
    const std::regex number("0x[0-9A-Fa-f]+");
    for (auto it = std::sregex_iterator(body.begin(), body.end(), number); it != std::sregex_iterator(); ++it)
        ranges.push_back(static_cast<uint16_t>(std::stoul(it->str(), nullptr, 16)));
    EXPECT_FALSE(ranges.empty());
    EXPECT_EQ(ranges.size() % 2, 0u);
    ranges.push_back(0);
    return ranges;
}

bool in_ranges(const std::vector<uint16_t>& ranges, char32_t cp) {
    for (size_t i = 0; i + 1 < ranges.size() && ranges[i]; i += 2)
        if (cp >= ranges[i] && cp <= ranges[i + 1]) return true;
    return false;
}

size_t glyphs_in(const std::vector<uint16_t>& ranges) {
    size_t n = 0;
    for (size_t i = 0; i + 1 < ranges.size() && ranges[i]; i += 2) n += ranges[i + 1] - ranges[i] + 1u;
    return n;
}

TEST(FontGlyphs, InterfaceGlyphsAreAlwaysIn) {
    const auto font = shipped_font_ranges();
    const FontGlyphs glyphs(font.data());
    const auto ranges = glyphs.ranges();
    for (char32_t cp = 0x20; cp <= 0x7E; ++cp) EXPECT_TRUE(in_ranges(ranges, cp)) << std::hex << static_cast<uint32_t>(cp);
    // What the views draw: middle dot, times, dashes, quotes, ellipsis, arrows, undo/redo, minus, shapes.
    for (char32_t cp : {0xB7, 0xD7, 0x2013, 0x2014, 0x2019, 0x201C, 0x201D, 0x2026, 0x2190, 0x2192, 0x2197, 0x21B6, 0x21B7,
                        0x2212, 0x25A0, 0x25B6, 0x25C0, 0xFFFD})
        EXPECT_TRUE(in_ranges(ranges, cp)) << std::hex << static_cast<uint32_t>(cp);
    EXPECT_FALSE(in_ranges(ranges, U'é'));  // letters only when some text has them
    EXPECT_FALSE(in_ranges(ranges, U'°'));  // and signs no string of the app writes
    EXPECT_FALSE(in_ranges(ranges, U'‰'));
    EXPECT_EQ(glyphs.count(), glyphs_in(ranges));
    EXPECT_LT(glyphs.count(), 95u + 30u);  // ASCII and a few symbols: far below the font's 406
}

// Every symbol beyond ASCII written in a string literal of the app's sources (core/, wasm/) is an
// interface symbol, so none can reach the screen as ImGui's fallback before some text brings it.
TEST(FontGlyphs, EverySymbolTheSourcesWriteIsAnInterfaceSymbol) {
    const auto font = shipped_font_ranges();
    std::set<char32_t> written;
    for (const char* folder : {"/core", "/wasm"}) {
        for (const auto& entry : std::filesystem::directory_iterator(std::string(DATELINE_SOURCE_DIR) + folder)) {
            const std::string ext = entry.path().extension().string();
            if (ext != ".cpp" && ext != ".h") continue;
            std::ifstream in(entry.path());
            std::stringstream text;
            text << in.rdbuf();
            const std::string code = std::regex_replace(text.str(), std::regex("//[^\n]*"), "");
            const std::regex literal(R"("(?:[^"\\\n]|\\.)*")");
            for (auto it = std::sregex_iterator(code.begin(), code.end(), literal); it != std::sregex_iterator(); ++it) {
                // The literal's bytes: raw UTF-8 and \xHH escapes, as the compiler reads them.
                const std::string body = it->str().substr(1, it->str().size() - 2);
                std::string bytes;
                for (size_t i = 0; i < body.size(); ++i) {
                    if (body[i] == '\\' && i + 1 < body.size() && body[i + 1] == 'x') {
                        size_t n = 0;
                        bytes += static_cast<char>(std::stoul(body.substr(i + 2, 2), &n, 16));
                        i += 1 + n;
                    } else if (body[i] == '\\' && i + 1 < body.size()) {
                        ++i;  // \n, \", \\: ASCII
                    } else {
                        bytes += body[i];
                    }
                }
                for (size_t i = 0; i < bytes.size(); ++i) {  // its two- and three-byte UTF-8 sequences
                    const auto b = [&](size_t k) { return static_cast<unsigned char>(bytes[k]); };
                    char32_t cp = 0;
                    if ((b(i) & 0xE0) == 0xC0 && i + 1 < bytes.size()) cp = ((b(i) & 0x1Fu) << 6) | (b(i + 1) & 0x3Fu), i += 1;
                    else if ((b(i) & 0xF0) == 0xE0 && i + 2 < bytes.size()) cp = ((b(i) & 0x0Fu) << 12) | ((b(i + 1) & 0x3Fu) << 6) | (b(i + 2) & 0x3Fu), i += 2;
                    const bool letter = cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7;  // comes with the text
                    if (cp > 0x7E && !letter && in_ranges(font, cp)) written.insert(cp);
                }
            }
        }
    }
    EXPECT_FALSE(written.empty()) << "the scan found the app's symbols (the middle dot, the arrows...)";
    for (char32_t cp : written) EXPECT_TRUE(dateline::is_interface_symbol(cp)) << "U+" << std::hex << static_cast<uint32_t>(cp);
}

TEST(FontGlyphs, AStorysAccentedNamesAreIn) {
    const auto font = shipped_font_ranges();
    FontGlyphs glyphs(font.data());
    const size_t before = glyphs.count();
    EXPECT_TRUE(glyphs.add_text("Protesters in Łódź cheered Ștefan Năstase, said François (€12)."));
    for (char32_t cp : {U'Ł', U'ó', U'ź', U'Ș', U'ă', U'ç'}) {
        EXPECT_TRUE(glyphs.has(cp)) << std::hex << static_cast<uint32_t>(cp);
        EXPECT_TRUE(in_ranges(glyphs.ranges(), cp)) << std::hex << static_cast<uint32_t>(cp);
    }
    EXPECT_EQ(glyphs.count(), before + 6);
    EXPECT_FALSE(glyphs.add_text("Łódź again, and plain ASCII"));  // nothing new: no rebuild
    EXPECT_EQ(glyphs.count(), before + 6);
    EXPECT_EQ(glyphs.count(), glyphs_in(glyphs.ranges()));
}

TEST(FontGlyphs, CodePointsOutsideTheFontAreNeverAskedFor) {
    const auto font = shipped_font_ranges();
    FontGlyphs glyphs(font.data());
    const size_t before = glyphs.count();
    // Greek, Cyrillic, CJK, an emoji (beyond the BMP), Latin Extended-B's ƒ (U+0192, not subset).
    EXPECT_FALSE(glyphs.add_text("Αθήνα Москва 東京 \xF0\x9F\x98\x80 ƒ"));
    EXPECT_EQ(glyphs.count(), before);
    // Broken UTF-8: a lone continuation byte, a lead byte cut short at the end, an overlong dash.
    EXPECT_FALSE(glyphs.add_text("a\x80" "b\xC3" "c\xE2\x80"));
    EXPECT_EQ(glyphs.count(), before);
    for (const char32_t cp : {U'Α', U'М', U'東', U'ƒ'}) EXPECT_FALSE(glyphs.has(cp));
    const auto ranges = glyphs.ranges();
    for (size_t i = 0; i + 1 < ranges.size() && ranges[i]; i += 2)
        for (char32_t cp = ranges[i]; cp <= ranges[i + 1]; ++cp)
            EXPECT_TRUE(in_ranges(font, cp)) << std::hex << static_cast<uint32_t>(cp);
}

TEST(FontGlyphs, RangesAreWellFormedAndZeroTerminated) {
    const auto font = shipped_font_ranges();
    FontGlyphs glyphs(font.data());
    glyphs.add_text("Zürich, Kraków, Ploiești, Çanakkale");
    const auto ranges = glyphs.ranges();
    ASSERT_FALSE(ranges.empty());
    EXPECT_EQ(ranges.back(), 0);
    ASSERT_EQ(ranges.size() % 2, 1u);  // pairs, then the zero
    for (size_t i = 0; i + 1 < ranges.size(); i += 2) {
        EXPECT_NE(ranges[i], 0);
        EXPECT_LE(ranges[i], ranges[i + 1]);
        if (i >= 2) {
            EXPECT_GT(ranges[i], ranges[i - 1] + 1);  // ascending, apart (else one range)
        }
    }
}

}  // namespace
