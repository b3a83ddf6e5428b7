#include "page_furniture.h"

#include <array>
#include <string>
#include <vector>

#include "lexicon.h"

namespace dateline {

namespace {

// Lower-case, spaces squeezed, no surrounding spaces or trailing punctuation: the form in which
// lines and lexicon phrases are compared.
std::string comparable(std::string_view line) {
    // Written in place (every short line of every article passes here): the form is never
    // longer than the line. Each byte is written in its form (a table: lower case, tab as space), and kept (n
    // advances) unless it is a space after a space or at the start (out[0], a space, stands
    // before the first): no branch on the byte, which prose's spaces would mispredict.
    static constexpr auto kForm = [] {
        std::array<char, 256> t{};
        for (size_t c = 0; c < 256; ++c) t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c == '\t' ? ' ' : c);
        return t;
    }();
    std::string out(line.size() + 1, ' ');
    size_t n = 1;
    for (char c : line) {
        const char form = kForm[static_cast<unsigned char>(c)];
        out[n] = form;
        n += (form != ' ') | (out[n - 1] != ' ');
    }
    out.resize(n);
    out.erase(0, 1);
    while (!out.empty() && std::string_view(" .:;,!|>»›-").find(out.back()) != std::string_view::npos) out.pop_back();
    return out;
}

struct Phrases {
    std::vector<std::string> whole, prefixes, suffixes;
};

const Phrases& phrases() {
    static const Phrases p = [] {
        Phrases out;
        for (const std::string& entry : lexicon_entries("page_furniture")) {
            std::string_view e = entry;
            if (e.starts_with("prefix:")) out.prefixes.push_back(comparable(e.substr(7)));
            else if (e.starts_with("suffix:")) out.suffixes.push_back(comparable(e.substr(7)));
            else out.whole.push_back(comparable(e));
        }
        return out;
    }();
    return p;
}

}  // namespace

bool is_page_furniture(std::string_view line) {
    if (line.size() > 300) return false;  // furniture is short; articles' paragraphs are not
    const std::string c = comparable(line);
    if (c.empty()) return false;
    const Phrases& p = phrases();
    // The first (last) byte before the rest: most lines share none with a phrase, and the
    // comparison of the rest is a call out of line.
    for (const std::string& w : p.whole)
        if (c.size() == w.size() && c[0] == w[0] && c == w) return true;
    for (const std::string& pre : p.prefixes)
        if ((pre.empty() || (c.size() >= pre.size() && c[0] == pre[0])) && c.starts_with(pre)) return true;
    for (const std::string& suf : p.suffixes)
        if ((suf.empty() || (c.size() >= suf.size() && c.back() == suf.back())) && c.ends_with(suf)) return true;
    return false;
}

}  // namespace dateline
