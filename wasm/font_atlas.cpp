#include "font_atlas.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

#include "imgui_internal.h"  // ImFontAtlasBuildInit, ImFontAtlasBuildSetupFont, ImFontAtlasBuildFinish

namespace dateline {
namespace {

constexpr float kFontSize = 16.0f;       // CSS pixels
constexpr float kTitleFontSize = 19.0f;  // CSS pixels
constexpr float kSmallFontSize = 13.0f;  // CSS pixels

// A record (save_font_atlas), native byte order (the tool and the page are both wasm32):
//   u32 bytes after this field, u32 kMagic,
//   u32 n, u16 x n: the glyph ranges without their terminating 0,
//   u32 fonts, per font: f32 size in pixels, i32 its file's length,
//   i32 texture width, i32 texture height,
//   u32 custom rectangles, per rectangle: u16 width, height, x, y,
//   per font: f32 ascent, f32 descent, i32 metrics surface, u16 fallback, ellipsis and dot
//   characters, u32 glyphs, ImFontGlyph x glyphs (as ImFont::BuildLookupTable() left them),
//   u32 rows, u8 x rows x width: the texture's rows down to its last inked one (the rest are 0).
constexpr uint32_t kMagic = 0x32414C44;  // "DLA2"

struct Writer {
    std::string out;
    void bytes(const void* p, size_t n) { out.append(static_cast<const char*>(p), n); }
    template <class T> void put(T v) { bytes(&v, sizeof v); }
};

struct Reader {
    std::string_view in;
    bool ok = true;
    bool bytes(void* p, size_t n) {
        if (!ok || in.size() < n) return ok = false;
        std::memcpy(p, in.data(), n);
        in.remove_prefix(n);
        return true;
    }
    template <class T> T get() {
        T v{};
        bytes(&v, sizeof v);
        return v;
    }
    std::string_view take(size_t n) {
        if (!ok || in.size() < n) {
            ok = false;
            return {};
        }
        std::string_view v = in.substr(0, n);
        in.remove_prefix(n);
        return v;
    }
};

size_t range_values(const ImWchar* ranges) {
    size_t n = 0;
    while (ranges && ranges[n] && ranges[n + 1]) n += 2;
    return n;
}

// What one font of a record says, read before anything of the atlas is changed.
struct SavedFont {
    float ascent = 0, descent = 0;
    int surface = 0;
    ImWchar fallback = 0, ellipsis = 0, dot = 0;
    std::string_view glyphs;  // n x sizeof(ImFontGlyph)
};

// The lookup tables of `font`, whose glyphs are in place as ImFont::BuildLookupTable() left them
// (its tab glyph last, space and tab invisible), with the special characters it chose; false
// (nothing done) unless the fallback glyph has the font's highest code point, as U+FFFD, always
// in the atlas, has. BuildLookupTable()'s tables span every code point up to the highest, 64K
// entries a font (all but ~118 "no glyph", with the fallback's advance): these stop below the
// fallback's. A code point past them gets the fallback glyph and its advance (ImFont::FindGlyph,
// GetCharAdvance, CalcTextSizeA, RenderText), as one inside them without a glyph does, so every
// code point draws and measures as with BuildLookupTable()'s; the tool checks each of the 64K.
// Only ImGui's debug window (FindGlyphNoFallback) would not list U+FFFD.
bool restore_lookup_tables(ImFont& font, const SavedFont& saved) {
    int fallback = -1, highest_other = 0;
    for (int i = 0; i < font.Glyphs.Size; ++i) {
        const int codepoint = static_cast<int>(font.Glyphs[i].Codepoint);
        if (codepoint == saved.fallback && fallback < 0) fallback = i;
        else highest_other = ImMax(highest_other, codepoint);
    }
    if (fallback < 0 || saved.fallback <= highest_other) return false;
    const int size = highest_other + 1;
    font.FallbackChar = saved.fallback;
    font.EllipsisChar = saved.ellipsis;
    font.DotChar = saved.dot;
    font.FallbackGlyph = &font.Glyphs[fallback];
    font.FallbackAdvanceX = font.FallbackGlyph->AdvanceX;
    font.IndexLookup.resize(size);
    font.IndexAdvanceX.resize(size);
    for (int c = 0; c < size; ++c) {
        font.IndexLookup[c] = static_cast<ImWchar>(-1);
        font.IndexAdvanceX[c] = font.FallbackAdvanceX;
    }
    std::memset(font.Used4kPagesMap, 0, sizeof font.Used4kPagesMap);
    for (int i = 0; i < font.Glyphs.Size; ++i) {
        const ImFontGlyph& glyph = font.Glyphs[i];
        const int codepoint = static_cast<int>(glyph.Codepoint);
        const int page = codepoint / 4096;
        font.Used4kPagesMap[page >> 3] |= static_cast<ImU8>(1 << (page & 7));
        if (codepoint >= size) continue;
        font.IndexLookup[codepoint] = static_cast<ImWchar>(i);
        font.IndexAdvanceX[codepoint] = glyph.AdvanceX < 0.0f ? font.FallbackAdvanceX : glyph.AdvanceX;  // as BuildLookupTable()
    }
    font.DirtyLookupTables = false;
    return true;
}

bool same_bytes(const void* a, const void* b, size_t n) { return n == 0 || std::memcmp(a, b, n) == 0; }

}  // namespace

InterfaceFonts add_interface_fonts(ImFontAtlas& atlas, std::string_view regular, std::string_view bold, float ratio,
                                   const ImWchar* ranges) {
    atlas.Clear();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // ImGui copies the bytes (and frees its copy); the caller keeps its own
    config.OversampleH = 1;               // glyphs are rasterised at device pixels already
    config.OversampleV = 1;
    auto add = [&](std::string_view bytes, float size) -> ImFont* {
        if (bytes.empty()) return nullptr;
        return atlas.AddFontFromMemoryTTF(const_cast<char*>(bytes.data()), static_cast<int>(bytes.size()), std::round(size * ratio),
                                          &config, ranges);
    };
    InterfaceFonts fonts;
    fonts.body = add(regular, kFontSize);
    fonts.title = add(bold, kTitleFontSize);
    fonts.small = add(regular, kSmallFontSize);
    return fonts;
}

std::string save_font_atlas(const ImFontAtlas& atlas, const ImWchar* ranges) {
    Writer w;
    const size_t n_ranges = range_values(ranges);
    w.put<uint32_t>(kMagic);
    w.put<uint32_t>(static_cast<uint32_t>(n_ranges));
    for (size_t i = 0; i < n_ranges; ++i) w.put<uint16_t>(ranges[i]);
    w.put<uint32_t>(static_cast<uint32_t>(atlas.ConfigData.Size));
    for (const ImFontConfig& cfg : atlas.ConfigData) {
        w.put<float>(cfg.SizePixels);
        w.put<int32_t>(cfg.FontDataSize);
    }
    w.put<int32_t>(atlas.TexWidth);
    w.put<int32_t>(atlas.TexHeight);
    w.put<uint32_t>(static_cast<uint32_t>(atlas.CustomRects.Size));
    for (const ImFontAtlasCustomRect& r : atlas.CustomRects) {
        w.put<uint16_t>(r.Width);
        w.put<uint16_t>(r.Height);
        w.put<uint16_t>(r.X);
        w.put<uint16_t>(r.Y);
    }
    for (const ImFontConfig& cfg : atlas.ConfigData) {
        const ImFont& font = *cfg.DstFont;
        w.put<float>(font.Ascent);
        w.put<float>(font.Descent);
        w.put<int32_t>(font.MetricsTotalSurface);
        w.put<uint16_t>(font.FallbackChar);
        w.put<uint16_t>(font.EllipsisChar);
        w.put<uint16_t>(font.DotChar);
        w.put<uint32_t>(static_cast<uint32_t>(font.Glyphs.Size));
        w.bytes(font.Glyphs.Data, sizeof(ImFontGlyph) * static_cast<size_t>(font.Glyphs.Size));
    }
    const size_t width = static_cast<size_t>(atlas.TexWidth);
    size_t rows = static_cast<size_t>(atlas.TexHeight);
    while (rows > 0) {
        const unsigned char* row = atlas.TexPixelsAlpha8 + (rows - 1) * width;
        bool empty = true;
        for (size_t x = 0; x < width && empty; ++x) empty = row[x] == 0;
        if (!empty) break;
        --rows;
    }
    w.put<uint32_t>(static_cast<uint32_t>(rows));
    w.bytes(atlas.TexPixelsAlpha8, rows * width);
    std::string record;
    const auto size = static_cast<uint32_t>(w.out.size());
    record.append(reinterpret_cast<const char*>(&size), sizeof size);
    record += w.out;
    return record;
}

bool restore_font_atlas(ImFontAtlas& atlas, std::string_view saved, const ImWchar* ranges) {
    const size_t n_ranges = range_values(ranges);
    if (atlas.ConfigData.Size == 0 || atlas.Locked) return false;
    for (const ImFontConfig& cfg : atlas.ConfigData)
        if (cfg.MergeMode || cfg.DstFont == nullptr || cfg.GlyphRanges != ranges) return false;
    Reader file{saved};
    while (file.ok && !file.in.empty()) {
        const uint32_t size = file.get<uint32_t>();
        Reader r{file.take(size)};
        if (!file.ok || r.get<uint32_t>() != kMagic) return false;  // not a file of records
        // The record's key: the glyph ranges, and each font's size and file length.
        if (r.get<uint32_t>() != n_ranges) continue;
        bool same = true;
        for (size_t i = 0; i < n_ranges && r.ok; ++i) same &= r.get<uint16_t>() == ranges[i];
        if (!same || r.get<uint32_t>() != static_cast<uint32_t>(atlas.ConfigData.Size)) continue;
        for (const ImFontConfig& cfg : atlas.ConfigData) {
            const float size_pixels = r.get<float>();
            const int32_t data_size = r.get<int32_t>();
            same &= size_pixels == cfg.SizePixels && data_size == cfg.FontDataSize;
        }
        if (!same || !r.ok) continue;
        // This atlas's record: read it all before changing anything.
        const int32_t width = r.get<int32_t>(), height = r.get<int32_t>();
        struct Rect {
            uint16_t width, height, x, y;
        };
        std::vector<Rect> rects(r.get<uint32_t>());
        if (!r.ok || rects.size() > 16) return false;
        for (Rect& rect : rects) {
            rect.width = r.get<uint16_t>();
            rect.height = r.get<uint16_t>();
            rect.x = r.get<uint16_t>();
            rect.y = r.get<uint16_t>();
        }
        std::vector<SavedFont> fonts(static_cast<size_t>(atlas.ConfigData.Size));
        for (SavedFont& font : fonts) {
            font.ascent = r.get<float>();
            font.descent = r.get<float>();
            font.surface = r.get<int32_t>();
            font.fallback = r.get<uint16_t>();
            font.ellipsis = r.get<uint16_t>();
            font.dot = r.get<uint16_t>();
            font.glyphs = r.take(sizeof(ImFontGlyph) * size_t{r.get<uint32_t>()});
        }
        const uint32_t rows = r.get<uint32_t>();
        if (!r.ok || width <= 0 || height <= 0 || width > 8192 || height > 32768 || rows > static_cast<uint32_t>(height)) return false;
        const std::string_view pixels = r.take(size_t{rows} * static_cast<size_t>(width));
        if (!r.ok) return false;

        // As ImFontAtlasBuildWithStbTruetype() does, with the record's results for its packing and rasterising.
        ImFontAtlasBuildInit(&atlas);  // the mouse cursors' and the lines' rectangles
        if (static_cast<size_t>(atlas.CustomRects.Size) != rects.size()) return false;
        for (size_t i = 0; i < rects.size(); ++i)
            if (atlas.CustomRects[static_cast<int>(i)].Width != rects[i].width || atlas.CustomRects[static_cast<int>(i)].Height != rects[i].height)
                return false;
        atlas.TexID = (ImTextureID) nullptr;
        atlas.TexWidth = width;
        atlas.TexHeight = height;
        atlas.TexUvScale = ImVec2(1.0f / atlas.TexWidth, 1.0f / atlas.TexHeight);
        atlas.TexUvWhitePixel = ImVec2(0.0f, 0.0f);
        atlas.ClearTexData();
        for (size_t i = 0; i < rects.size(); ++i) {
            atlas.CustomRects[static_cast<int>(i)].X = rects[i].x;
            atlas.CustomRects[static_cast<int>(i)].Y = rects[i].y;
        }
        const size_t bytes = static_cast<size_t>(width) * static_cast<size_t>(height);
        atlas.TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(bytes));
        std::memcpy(atlas.TexPixelsAlpha8, pixels.data(), pixels.size());
        std::memset(atlas.TexPixelsAlpha8 + pixels.size(), 0, bytes - pixels.size());
        for (int i = 0; i < atlas.ConfigData.Size; ++i) {
            ImFontConfig& cfg = atlas.ConfigData[i];
            const SavedFont& saved_font = fonts[static_cast<size_t>(i)];
            ImFont* font = cfg.DstFont;
            ImFontAtlasBuildSetupFont(&atlas, font, &cfg, saved_font.ascent, saved_font.descent);
            font->Glyphs.resize(static_cast<int>(saved_font.glyphs.size() / sizeof(ImFontGlyph)));
            if (!saved_font.glyphs.empty()) std::memcpy(font->Glyphs.Data, saved_font.glyphs.data(), saved_font.glyphs.size());
            font->MetricsTotalSurface = saved_font.surface;
            if (!restore_lookup_tables(*font, saved_font)) font->DirtyLookupTables = true;  // then ImGui's, below
        }
        ImFontAtlasBuildFinish(&atlas);  // the cursors' and lines' pixels and UVs (and any lookup table not restored)
        return true;
    }
    return false;
}

bool same_font_atlas(const ImFontAtlas& a, const ImFontAtlas& b, std::string* why) {
    auto differ = [&](const char* what) {
        if (why) *why = what;
        return false;
    };
    if (!a.TexReady || !b.TexReady) return differ("not built");
    if (a.TexWidth != b.TexWidth || a.TexHeight != b.TexHeight) return differ("texture size");
    if (!a.TexPixelsAlpha8 || !b.TexPixelsAlpha8 || !same_bytes(a.TexPixelsAlpha8, b.TexPixelsAlpha8, size_t(a.TexWidth) * size_t(a.TexHeight)))
        return differ("texture pixels");
    if (!same_bytes(&a.TexUvScale, &b.TexUvScale, sizeof a.TexUvScale)) return differ("texture UV scale");
    if (!same_bytes(&a.TexUvWhitePixel, &b.TexUvWhitePixel, sizeof a.TexUvWhitePixel)) return differ("white pixel");
    if (!same_bytes(a.TexUvLines, b.TexUvLines, sizeof a.TexUvLines)) return differ("line UVs");
    if (a.PackIdMouseCursors != b.PackIdMouseCursors || a.PackIdLines != b.PackIdLines) return differ("custom rectangle ids");
    if (a.CustomRects.Size != b.CustomRects.Size) return differ("custom rectangles");
    for (int i = 0; i < a.CustomRects.Size; ++i) {
        const ImFontAtlasCustomRect &ra = a.CustomRects[i], &rb = b.CustomRects[i];
        if (ra.X != rb.X || ra.Y != rb.Y || ra.Width != rb.Width || ra.Height != rb.Height) return differ("a custom rectangle");
    }
    if (a.Fonts.Size != b.Fonts.Size) return differ("font count");
    for (int i = 0; i < a.Fonts.Size; ++i) {
        const ImFont &fa = *a.Fonts[i], &fb = *b.Fonts[i];
        if (fa.FontSize != fb.FontSize || fa.Ascent != fb.Ascent || fa.Descent != fb.Descent || fa.Scale != fb.Scale) return differ("font metrics");
        if (fa.MetricsTotalSurface != fb.MetricsTotalSurface || fa.ConfigDataCount != fb.ConfigDataCount) return differ("font surface");
        if (fa.FallbackChar != fb.FallbackChar || fa.EllipsisChar != fb.EllipsisChar || fa.DotChar != fb.DotChar) return differ("special glyphs");
        if (fa.FallbackAdvanceX != fb.FallbackAdvanceX || fa.DirtyLookupTables || fb.DirtyLookupTables) return differ("fallback");
        if ((fa.FallbackGlyph - fa.Glyphs.Data) != (fb.FallbackGlyph - fb.Glyphs.Data)) return differ("fallback glyph");
        if (fa.Glyphs.Size != fb.Glyphs.Size || !same_bytes(fa.Glyphs.Data, fb.Glyphs.Data, sizeof(ImFontGlyph) * size_t(fa.Glyphs.Size)))
            return differ("glyphs");
        // The lookup tables may differ in length (restore_lookup_tables()): what each code point gets may not.
        for (unsigned c = 0; c <= 0xFFFF; ++c) {
            const auto ch = static_cast<ImWchar>(c);
            const float advance_a = fa.GetCharAdvance(ch), advance_b = fb.GetCharAdvance(ch);
            if (fa.FindGlyph(ch) - fa.Glyphs.Data != fb.FindGlyph(ch) - fb.Glyphs.Data) return differ("a code point's glyph");
            if (!same_bytes(&advance_a, &advance_b, sizeof advance_a)) return differ("a code point's advance");
        }
        if (!same_bytes(fa.Used4kPagesMap, fb.Used4kPagesMap, sizeof fa.Used4kPagesMap)) return differ("used pages");
        const ImFontConfig *ca = fa.ConfigData, *cb = fb.ConfigData;
        if (!ca || !cb || (ca - a.ConfigData.Data) != (cb - b.ConfigData.Data)) return differ("font's configuration");
    }
    return true;
}

}  // namespace dateline
