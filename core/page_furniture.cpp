#include "page_furniture.h"

#include <string>
#include <vector>

#include "lexicon.h"

namespace dateline {

namespace {

// Lower-case, spaces squeezed, no surrounding spaces or trailing punctuation: the form in which
// lines and lexicon phrases are compared.
std::string comparable(std::string_view line) {
    // Written in place (every short line of every article passes here): the form is never
    // longer than the line.
    std::string out(line.size(), ' ');
    size_t n = 0;
    for (char c : line) {
        if (c == ' ' || c == '\t') {
            if (n > 0 && out[n - 1] != ' ') out[n++] = ' ';
        } else {
            out[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        }
    }
    out.resize(n);
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
    for (const std::string& w : p.whole)
        if (c == w) return true;
    for (const std::string& pre : p.prefixes)
        if (c.starts_with(pre)) return true;
    for (const std::string& suf : p.suffixes)
        if (c.ends_with(suf)) return true;
    return false;
}

}  // namespace dateline
