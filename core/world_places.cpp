#include "world_places.h"

#include <charconv>

namespace dateline {

namespace world_detail {

int compare_name(std::string_view text, size_t at, std::string_view word) {
    for (size_t i = 0; i < word.size(); ++i) {
        const unsigned char a = at + i < text.size() && text[at + i] != '\t' && text[at + i] != '\n' ? fold(text[at + i]) : 0;
        const unsigned char b = fold(word[i]);
        if (a != b) return a < b ? -1 : 1;
    }
    const bool more = at + word.size() < text.size() && text[at + word.size()] != '\t' && text[at + word.size()] != '\n';
    return more ? 1 : 0;
}

}  // namespace world_detail

namespace {

// The tab-separated fields of one line.
size_t split_fields(std::string_view line, std::string_view* fields, size_t most) {
    size_t n = 0;
    while (n < most) {
        const size_t tab = line.find('\t');
        fields[n++] = line.substr(0, tab);
        if (tab == std::string_view::npos) break;
        line.remove_prefix(tab + 1);
    }
    return n;
}

}  // namespace

bool parse_decimal(std::string_view s, double& out) {
    if (s.empty()) return false;
    const bool negative = s.front() == '-';
    if (negative) s.remove_prefix(1);
    double value = 0, scale = 0;
    for (char c : s) {
        if (c == '.' && scale == 0) scale = 1;
        else if (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            if (scale != 0) scale *= 10;
        } else return false;
    }
    out = (negative ? -value : value) / (scale == 0 ? 1 : scale);
    return true;
}

bool read_world_row(std::string_view world, uint32_t offset, WorldPlaceRow& out) {
    for (int hops = 0; hops < 2; ++hops) {
        if (offset >= world.size()) return false;
        const size_t eol = world.find('\n', offset);
        const std::string_view line = world.substr(offset, eol == std::string_view::npos ? std::string_view::npos : eol - offset);
        std::string_view f[7];
        const size_t n = split_fields(line, f, 7);
        if (n == 2 && !f[1].empty()) {  // an alias line: find its name's own line
            uint32_t target = UINT32_MAX;
            const size_t space = f[1].find(' ');
            for_each_world_name(world, f[1].substr(0, space), [&](uint32_t at, std::string_view name) {
                if (target == UINT32_MAX && name == f[1]) {
                    const size_t e = world.find('\n', at);
                    if (world.substr(at, e - at).find('\t', name.size() + 1) != std::string_view::npos) target = at;
                }
            });
            if (target == UINT32_MAX) return false;
            offset = target;
            continue;
        }
        if (n != 7) return false;
        out.offset = offset;
        out.name = f[0];
        out.country_code = f[2];
        out.region_code = f[3];
        uint32_t population = 0;
        if (std::from_chars(f[4].data(), f[4].data() + f[4].size(), population).ec != std::errc()) return false;
        out.population = population;
        return parse_decimal(f[5], out.lat) && parse_decimal(f[6], out.lon);
    }
    return false;
}

}  // namespace dateline
