#include "text_fit.h"

#include <algorithm>

namespace dateline {

namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // …

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The start with what should not stand before "…" dropped: spaces and joining punctuation.
std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == ';' || s.back() == ':' || s.back() == '-')) s.remove_suffix(1);
    return s;
}

std::string with_ellipsis(std::string_view start) {
    std::string out(start);
    out.append(kEllipsis);
    return out;
}

}  // namespace

size_t character_start(std::string_view text, size_t at) {
    if (at >= text.size()) return at;
    while (at > 0 && is_continuation(text[at])) --at;
    return at;
}

std::string fit_to_width(std::string_view text, float width, const std::function<float(std::string_view)>& measure) {
    if (measure(text) <= width) return std::string(text);
    auto fits = [&](std::string_view start) { return measure(with_ellipsis(start)) <= width; };
    // The longest start ending at a word's end (before a space) that fits with "…".
    std::string_view best;
    for (size_t space = text.find(' '); space != std::string_view::npos; space = text.find(' ', space + 1)) {
        const std::string_view start = trimmed(text.substr(0, space));
        if (start.empty()) continue;
        if (!fits(start)) break;  // longer starts only get wider
        best = start;
    }
    if (!best.empty()) return with_ellipsis(best);
    // Not even the first word fits: cut inside it, at a character boundary (growing from the
    // start, so a very long word costs only what fits in the width).
    const size_t word_end = std::min(text.find(' '), text.size());
    std::string_view cut;
    for (size_t end = 1; end <= word_end; ++end) {
        if (end < text.size() && is_continuation(text[end])) continue;  // inside a character
        const std::string_view start = trimmed(text.substr(0, end));
        if (start.empty()) continue;
        if (!fits(start)) break;
        cut = start;
    }
    return with_ellipsis(cut);
}

}  // namespace dateline
