#include "url_state.h"

#include <cstdint>

namespace dateline {

namespace {

constexpr size_t kLongestHash = 2048;
constexpr size_t kLongestId = 64;

int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Percent-decoding; a bad escape is kept as it is.
std::string decode(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            out.push_back(static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2])));
            i += 2;
        } else if (s[i] == '+') {
            out.push_back(' ');
        } else {
            out.push_back(s[i]);
        }
    }
    return out;
}

// Quoted for a note: printable ASCII only, at most 40 characters.
std::string shown(std::string_view s) {
    std::string out;
    for (char c : s.substr(0, 40)) out.push_back(c >= 0x20 && c < 0x7F ? c : '?');
    if (s.size() > 40) out += "...";
    return "\"" + out + "\"";
}

// Whether a filter's text (or a place's name) is fit to use: valid UTF-8 (no overlong forms, surrogates or code
// points past U+10FFFF) without control characters. Returns what is wrong, or "" when it is fine.
std::string text_problem(std::string_view s, size_t longest) {
    if (s.size() > longest) return "is longer than " + std::to_string(longest) + " bytes";
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (c < 0x20 || c == 0x7F) return "holds a control character";
            ++i;
            continue;
        }
        const size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
        if (n == 0 || c > 0xF4 || i + n > s.size()) return "is not valid UTF-8";
        uint32_t cp = c & (0x7F >> n);
        for (size_t k = 1; k < n; ++k) {
            const auto d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xC0) != 0x80) return "is not valid UTF-8";
            cp = (cp << 6) | (d & 0x3F);
        }
        if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
            return "is not valid UTF-8";
        if (cp >= 0x80 && cp < 0xA0) return "holds a control character";
        i += n;
    }
    return {};
}

// Percent-encoding for a value: everything but unreserved characters.
std::string encode(std::string_view s) {
    static const char* const kHex = "0123456789ABCDEF";
    std::string out;
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
            out.push_back(ch);
        } else {
            out.push_back('%');
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 15]);
        }
    }
    return out;
}

bool is_id_character(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

}  // namespace

UrlState parse_url_state(std::string_view hash) {
    UrlState st;
    if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
    if (hash.empty()) return st;
    if (hash.size() > kLongestHash) {
        st.ignored.push_back("the link's state is too long (" + std::to_string(hash.size()) + " characters); ignored");
        return st;
    }
    while (!hash.empty()) {
        size_t sep = hash.find_first_of("&;");
        const std::string_view part = hash.substr(0, sep);
        hash = sep == std::string_view::npos ? std::string_view{} : hash.substr(sep + 1);
        if (part.empty()) continue;
        const size_t eq = part.find('=');
        const std::string key = decode(part.substr(0, eq));
        const std::string value = eq == std::string_view::npos ? std::string() : decode(part.substr(eq + 1));
        if (key == "event") {
            bool ok = !value.empty() && value.size() <= kLongestId;
            for (char c : value) ok &= is_id_character(c);
            if (ok) st.event = value;
            else st.ignored.push_back("event " + shown(value) + " is not an event id");
        } else if (key == "t") {
            if (auto d = parse_iso_date(value)) st.playhead = d;
            else st.ignored.push_back("t=" + shown(value) + " is not a date (YYYY-MM-DD)");
        } else if (key == "view") {
            const size_t dots = value.find("..");
            std::optional<CivilDate> a, b;
            if (dots != std::string::npos) {
                a = parse_iso_date(std::string_view(value).substr(0, dots));
                b = parse_iso_date(std::string_view(value).substr(dots + 2));
            }
            if (a && b && days_from_civil(*a) <= days_from_civil(*b)) {
                st.view_from = a;
                st.view_to = b;
            } else {
                st.ignored.push_back("view=" + shown(value) + " is not a range of dates (FROM..TO)");
            }
        } else if (key == "q") {
            if (const std::string why = text_problem(value, kLongestFilter); why.empty()) st.filter = value;
            else st.ignored.push_back("q=" + shown(value) + " " + why + "; not used as the filter");
        } else if (key == "place") {
            if (value.empty()) st.ignored.push_back("place= names no place; not used as the place filter");
            else if (const std::string why = text_problem(value, kLongestPlaceName); why.empty()) st.place = value;
            else st.ignored.push_back("place=" + shown(value) + " " + why + "; not used as the place filter");
        } else {
            st.ignored.push_back("unknown part " + shown(key) + " ignored");
        }
    }
    return st;
}

std::string format_url_state(const UrlState& s) {
    std::string out;
    auto add = [&](const std::string& part) { out += (out.empty() ? "#" : "&") + part; };
    if (s.event) add("event=" + *s.event);
    if (s.playhead) add("t=" + to_iso(*s.playhead));
    if (s.view_from && s.view_to) add("view=" + to_iso(*s.view_from) + ".." + to_iso(*s.view_to));
    if (s.filter && !s.filter->empty()) add("q=" + encode(*s.filter));
    if (s.place && !s.place->empty()) add("place=" + encode(*s.place));
    return out;
}

}  // namespace dateline
