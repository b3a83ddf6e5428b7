// Article text: untrusted bytes in, clean UTF-8 out, with a map back to the original bytes.
//
// Scraped pages arrive in any state: UTF-8 with or without a BOM, UTF-16 (with a BOM or not), Windows-1252,
// invalid sequences, CR/LF line ends, no-break and zero-width spaces. Everything downstream works
// on the clean text; every span it reports is mapped back to half-open byte offsets into the
// original file through OffsetMap, so a passage can always be cited exactly.
//
// What the clean text is:
//   - valid UTF-8, no BOM; invalid sequences become U+FFFD (never fatal);
//   - line ends are "\n" (CR LF, lone CR, NEL, U+2028/2029 all become "\n");
//   - every Unicode space (no-break, thin, em, ideographic...) is an ASCII space; zero-width
//     characters, soft hyphens and control characters other than tab and newline are dropped;
//   - non-breaking hyphens become "-". Curly quotes and dashes are kept: they are what the
//     article says and what a reader sees; scanners treat them as quotes and dashes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

enum class SourceEncoding { Utf8, Utf8WithBom, Utf16LE, Utf16BE, Windows1252 };
std::string_view to_string(SourceEncoding encoding);

// Maps a byte offset in the clean text to a byte offset in the original bytes. Stored as the
// points where the difference between the two changes, so plain UTF-8 costs almost nothing.
class OffsetMap {
public:
    void reset(size_t original_size);
    void mark(size_t clean, size_t original);  // from `clean` on, offsets advance together
    size_t to_original(size_t clean) const;     // offsets past the end map to the original end
    size_t original_size() const { return original_size_; }
    size_t anchor_count() const { return anchors_.size(); }
    // This map, then `next`: for a text made from a middle text that was made from the original
    // (a web page's words, from the page's clean text, from its bytes).
    OffsetMap followed_by(const OffsetMap& next) const;

private:
    struct Anchor {
        size_t clean;
        size_t original;
    };
    std::vector<Anchor> anchors_;
    size_t original_size_ = 0;
};

struct ArticleText {
    std::string clean;
    OffsetMap offsets;
    SourceEncoding encoding = SourceEncoding::Utf8;
    size_t replaced_sequences = 0;  // invalid byte sequences replaced by U+FFFD
    size_t dropped_controls = 0;    // NUL and other control characters removed
};

ArticleText normalise_article_text(std::string_view bytes);

// Does text without a byte-order mark look like UTF-16? 1: little-endian, 2: big-endian, 0: no.
int utf16_without_bom(std::string_view bytes);

// Shared helpers for scanners working on clean text.
// Decodes the UTF-8 character at `at` (clean text is valid); returns its code point and sets `length`.
char32_t decode_utf8(std::string_view text, size_t at, size_t& length);
void append_utf8(std::string& out, char32_t code_point);
// Appends what clean text holds for a code point: itself, a space (for any Unicode space), "\n"
// (for a line or paragraph separator), "-" (a non-breaking hyphen), or nothing (zero-width and
// control characters): for text decoded after normalising, as a web page's references are.
void append_clean(std::string& out, char32_t code_point);
// Windows-1252's character for a byte 0x80..0x9F (0 where the code page leaves a hole).
char32_t windows1252_high(unsigned char byte);

}  // namespace dateline
