#include "lexicon.h"

#include <map>
#include <mutex>

namespace dateline {

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

static std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

const std::vector<std::string>& lexicon_entries(std::string_view name) {
    static std::mutex mutex;
    static std::map<std::string, std::vector<std::string>, std::less<>> parsed;
    std::lock_guard<std::mutex> lock(mutex);
    if (auto it = parsed.find(name); it != parsed.end()) return it->second;
    std::vector<std::string> entries;
    for (const LexiconText& lexicon : embedded_lexicons()) {
        if (lexicon.name != name) continue;
        std::string_view rest = lexicon.text;
        while (!rest.empty()) {
            const size_t eol = rest.find('\n');
            std::string_view line = trim(rest.substr(0, eol));
            rest = eol == std::string_view::npos ? std::string_view{} : rest.substr(eol + 1);
            if (line.empty() || line.front() == '#') continue;
            entries.emplace_back(line);
        }
    }
    return parsed.emplace(std::string(name), std::move(entries)).first->second;
}

}  // namespace dateline
