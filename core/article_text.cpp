#include "article_text.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace dateline {

std::string_view to_string(SourceEncoding e) {
    switch (e) {
        case SourceEncoding::Utf8: return "UTF-8";
        case SourceEncoding::Utf8WithBom: return "UTF-8 with BOM";
        case SourceEncoding::Utf16LE: return "UTF-16LE";
        case SourceEncoding::Utf16BE: return "UTF-16BE";
        case SourceEncoding::Windows1252: return "Windows-1252";
    }
    return "?";
}

// ---------------------------------------------------------------------------------------------
// OffsetMap
// ---------------------------------------------------------------------------------------------

void OffsetMap::reset(size_t original_size) {
    anchors_.clear();
    anchors_.push_back({0, 0});
    original_size_ = original_size;
}

void OffsetMap::mark(size_t clean, size_t original) {
    if (!anchors_.empty()) {
        const Anchor& last = anchors_.back();
        if (original - last.original == clean - last.clean && original >= last.original) return;  // same run
        if (last.clean == clean) {
            anchors_.back().original = original;
            return;
        }
    }
    anchors_.push_back({clean, original});
}

size_t OffsetMap::to_original(size_t clean) const {
    if (anchors_.empty()) return std::min(clean, original_size_);
    auto it = std::upper_bound(anchors_.begin(), anchors_.end(), clean,
                               [](size_t c, const Anchor& a) { return c < a.clean; });
    const Anchor& a = *(it - 1);
    return std::min(a.original + (clean - a.clean), original_size_);
}

OffsetMap OffsetMap::followed_by(const OffsetMap& next) const {
    OffsetMap out;
    out.reset(next.original_size_);
    // Where either map changes step, seen from this map's side: this map's own anchors, and the
    // points of each of its runs that land on one of `next`'s anchors.
    std::vector<size_t> points;
    for (size_t k = 0; k < anchors_.size(); ++k) {
        const Anchor& a = anchors_[k];
        points.push_back(a.clean);
        const size_t run = k + 1 < anchors_.size() ? anchors_[k + 1].clean - a.clean : original_size_ - std::min(a.original, original_size_);
        auto it = std::lower_bound(next.anchors_.begin(), next.anchors_.end(), a.original,
                                   [](const Anchor& n, size_t middle) { return n.clean < middle; });
        for (; it != next.anchors_.end() && it->clean < a.original + run; ++it) points.push_back(a.clean + (it->clean - a.original));
    }
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    for (size_t p : points) out.mark(p, next.to_original(to_original(p)));
    return out;
}

// ---------------------------------------------------------------------------------------------
// UTF-8 helpers
// ---------------------------------------------------------------------------------------------

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// Validating decoder: returns the code point and its length, or length 0 for an invalid sequence.
static char32_t decode_checked(const unsigned char* p, size_t n, size_t& length) {
    const unsigned char b0 = p[0];
    length = 0;
    if (b0 < 0x80) {
        length = 1;
        return b0;
    }
    auto cont = [&](size_t i) { return i < n && (p[i] & 0xC0) == 0x80; };
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        if (!cont(1)) return 0;
        length = 2;
        return (char32_t(b0 & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (!cont(1) || !cont(2)) return 0;
        if (b0 == 0xE0 && p[1] < 0xA0) return 0;   // overlong
        if (b0 == 0xED && p[1] >= 0xA0) return 0;  // UTF-16 surrogate
        length = 3;
        return (char32_t(b0 & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3)) return 0;
        if (b0 == 0xF0 && p[1] < 0x90) return 0;   // overlong
        if (b0 == 0xF4 && p[1] >= 0x90) return 0;  // above U+10FFFF
        length = 4;
        return (char32_t(b0 & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) | (char32_t(p[2] & 0x3F) << 6) |
               (p[3] & 0x3F);
    }
    return 0;
}

char32_t decode_utf8(std::string_view text, size_t at, size_t& length) {
    const char32_t cp = decode_checked(reinterpret_cast<const unsigned char*>(text.data()) + at, text.size() - at, length);
    if (length == 0) length = 1;  // not valid: step one byte (clean text never has this)
    return cp;
}

// ---------------------------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------------------------

namespace {

// What a decoded character becomes in the clean text.
enum class Fate { Keep, Space, Newline, Hyphen, Drop };

Fate fate_of(char32_t cp) {
    if (cp < 0x20) return cp == '\t' ? Fate::Keep : (cp == '\n' || cp == '\v' || cp == '\f') ? Fate::Newline : Fate::Drop;
    if (cp < 0x7F) return Fate::Keep;
    if (cp <= 0x9F) return cp == 0x85 ? Fate::Newline : Fate::Drop;  // DEL, C1 controls, NEL
    if (cp == 0xA0) return Fate::Space;
    if (cp == 0xAD) return Fate::Drop;  // soft hyphen
    if (cp >= 0x2000 && cp <= 0x200A) return Fate::Space;
    if (cp >= 0x200B && cp <= 0x200D) return Fate::Drop;
    if (cp == 0x2010 || cp == 0x2011) return Fate::Hyphen;
    if (cp == 0x2028 || cp == 0x2029) return Fate::Newline;
    if (cp == 0x202F || cp == 0x205F || cp == 0x3000) return Fate::Space;
    if (cp == 0x2060 || cp == 0xFEFF) return Fate::Drop;
    return Fate::Keep;
}

// Windows-1252's 0x80..0x9F; 0 where the code page leaves a hole.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

class Writer {
public:
    explicit Writer(ArticleText& t) : t_(t) {}

    // Emits the character found at original bytes [from, to).
    void put(char32_t cp, size_t from, size_t to) {
        size_t clean_start = t_.clean.size();
        t_.offsets.mark(clean_start, from);
        switch (fate_of(cp)) {
            case Fate::Keep: append_utf8(t_.clean, cp); break;
            case Fate::Space: t_.clean.push_back(' '); break;
            case Fate::Newline: t_.clean.push_back('\n'); break;
            case Fate::Hyphen: t_.clean.push_back('-'); break;
            case Fate::Drop:
                if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) ++t_.dropped_controls;
                break;
        }
        t_.offsets.mark(t_.clean.size(), to);
    }

    // A run of plain ASCII that maps one to one.
    void put_run(const char* data, size_t from, size_t count) {
        t_.offsets.mark(t_.clean.size(), from);
        t_.clean.append(data + from, count);
    }

private:
    ArticleText& t_;
};

bool is_plain_ascii(unsigned char c) { return c >= 0x20 && c < 0x7F; }

void normalise_utf8(std::string_view bytes, size_t start, ArticleText& out) {
    Writer w(out);
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const size_t n = bytes.size();
    size_t i = start;
    while (i < n) {
        size_t run = i;
        // Eight bytes at a time while all are printable ASCII (most of any text); the byte loop
        // then decides at the first word that may hold anything else.
        constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
        for (uint64_t v; run + 8 <= n; run += 8) {
            std::memcpy(&v, p + run, 8);
            const uint64_t below_space = (v - 0x20 * kOnes) & ~v & kHighs;    // a byte < 0x20
            const uint64_t del = ((v ^ (0x7F * kOnes)) - kOnes) & ~(v ^ (0x7F * kOnes)) & kHighs;  // a byte 0x7F
            if ((v & kHighs) | below_space | del) break;
        }
        while (run < n && (is_plain_ascii(p[run]) || p[run] == '\n' || p[run] == '\t')) ++run;
        if (run > i) {
            w.put_run(bytes.data(), i, run - i);
            i = run;
            if (i >= n) break;
        }
        if (p[i] == '\r') {
            const size_t end = (i + 1 < n && p[i + 1] == '\n') ? i + 2 : i + 1;
            w.put('\n', i, end);
            i = end;
            continue;
        }
        size_t length = 0;
        const char32_t cp = decode_checked(p + i, n - i, length);
        if (length == 0) {
            ++out.replaced_sequences;
            w.put(0xFFFD, i, i + 1);
            i += 1;
        } else {
            w.put(cp, i, i + length);
            i += length;
        }
    }
}

void normalise_windows1252(std::string_view bytes, ArticleText& out) {
    Writer w(out);
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    for (size_t i = 0; i < bytes.size(); ++i) {
        const unsigned char b = p[i];
        if (b == '\r') {
            const size_t end = (i + 1 < bytes.size() && p[i + 1] == '\n') ? i + 2 : i + 1;
            w.put('\n', i, end);
            i = end - 1;
            continue;
        }
        char32_t cp = b;
        if (b >= 0x80 && b <= 0x9F) cp = kCp1252High[b - 0x80] ? kCp1252High[b - 0x80] : 0xFFFD;
        w.put(cp, i, i + 1);
    }
}

void normalise_utf16(std::string_view bytes, size_t start, bool little_endian, ArticleText& out) {
    Writer w(out);
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const size_t n = bytes.size();
    auto unit = [&](size_t at) -> char32_t {
        return little_endian ? char32_t(p[at] | (p[at + 1] << 8)) : char32_t((p[at] << 8) | p[at + 1]);
    };
    size_t i = start;  // after the BOM, if any
    while (i + 1 < n) {
        char32_t u = unit(i);
        size_t length = 2;
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < n) {
            const char32_t lo = unit(i + 2);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                length = 4;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) {  // unpaired surrogate
            ++out.replaced_sequences;
            u = 0xFFFD;
        }
        if (u == '\r') {
            if (i + 3 < n && unit(i + 2) == '\n') length = 4;
            u = '\n';
        }
        w.put(u, i, i + length);
        i += length;
    }
    if (i < n) {  // a dangling odd byte
        ++out.replaced_sequences;
        w.put(0xFFFD, i, n);
    }
}

}  // namespace

// UTF-16 without a byte-order mark: text mostly in Latin script has a zero byte in nearly every
// other position, on the same side; plain text in any 8-bit encoding has none.
int utf16_without_bom(std::string_view bytes) {
    const std::string_view sample = bytes.substr(0, 4096 & ~size_t{1});
    const size_t pairs = sample.size() / 2;
    if (pairs < 2) return 0;
    size_t zero_even = 0, zero_odd = 0;
    // In blocks of 254 bytes with one-byte counters, which the compiler vectorises: every
    // article's first 4 KiB passes here.
    for (size_t from = 0; from + 1 < sample.size(); from += 254) {
        const size_t to = std::min(sample.size() & ~size_t{1}, from + 254);
        uint8_t block_even = 0, block_odd = 0;
        for (size_t i = from; i < to; i += 2) {
            block_even += sample[i] == 0;
            block_odd += sample[i + 1] == 0;
        }
        zero_even += block_even;
        zero_odd += block_odd;
    }
    if (zero_odd * 10 >= pairs * 4 && zero_even * 20 < pairs) return 1;
    if (zero_even * 10 >= pairs * 4 && zero_odd * 20 < pairs) return 2;
    return 0;
}

namespace {

// A file with invalid UTF-8 and not one valid multi-byte sequence was almost surely written in
// Windows-1252 (the common legacy encoding of Western news sites).
bool looks_like_windows1252(std::string_view bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    size_t invalid = 0, multibyte = 0;
    for (size_t i = 0; i < bytes.size();) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        size_t length = 0;
        decode_checked(p + i, bytes.size() - i, length);
        if (length == 0) {
            ++invalid;
            ++i;
        } else {
            ++multibyte;
            i += length;
        }
    }
    return invalid > 0 && multibyte == 0;
}

}  // namespace

char32_t windows1252_high(unsigned char byte) { return byte >= 0x80 && byte <= 0x9F ? kCp1252High[byte - 0x80] : 0; }

void append_clean(std::string& out, char32_t cp) {
    switch (fate_of(cp)) {
        case Fate::Keep: append_utf8(out, cp); break;
        case Fate::Space: out.push_back(' '); break;
        case Fate::Newline: out.push_back('\n'); break;
        case Fate::Hyphen: out.push_back('-'); break;
        case Fate::Drop: break;
    }
}

ArticleText normalise_article_text(std::string_view bytes) {
    ArticleText out;
    out.offsets.reset(bytes.size());
    out.clean.reserve(bytes.size());
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    if (bytes.size() >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        out.encoding = SourceEncoding::Utf8WithBom;
        normalise_utf8(bytes, 3, out);
    } else if (bytes.size() >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
        out.encoding = SourceEncoding::Utf16LE;
        normalise_utf16(bytes, 2, true, out);
    } else if (bytes.size() >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
        out.encoding = SourceEncoding::Utf16BE;
        normalise_utf16(bytes, 2, false, out);
    } else if (const int utf16 = utf16_without_bom(bytes); utf16 != 0) {
        out.encoding = utf16 == 1 ? SourceEncoding::Utf16LE : SourceEncoding::Utf16BE;
        normalise_utf16(bytes, 0, utf16 == 1, out);
    } else if (looks_like_windows1252(bytes)) {
        out.encoding = SourceEncoding::Windows1252;
        normalise_windows1252(bytes, out);
    } else {
        normalise_utf8(bytes, 0, out);
    }
    out.offsets.mark(out.clean.size(), bytes.size());
    return out;
}

}  // namespace dateline
