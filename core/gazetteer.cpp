#include "gazetteer.h"

#include <cctype>

#include "lexicon.h"

namespace dateline {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> split(std::string_view s, std::string_view separator) {
    std::vector<std::string_view> out;
    for (;;) {
        const size_t at = s.find(separator);
        out.push_back(trim(s.substr(0, at)));
        if (at == std::string_view::npos) break;
        s.remove_prefix(at + separator.size());
    }
    return out;
}

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

// Entries of a lexicon text: non-empty lines that are not comments.
template <typename F>
void for_each_entry(std::string_view text, F f) {
    while (!text.empty()) {
        const size_t eol = text.find('\n');
        const std::string_view line = trim(text.substr(0, eol));
        text = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
        if (!line.empty() && line.front() != '#') f(line);
    }
}

std::string_view lexicon_text(std::string_view name) {
    for (const LexiconText& l : embedded_lexicons())
        if (l.name == name) return l.text;
    return {};
}

}  // namespace

const Gazetteer& Gazetteer::bundled() {
    static const Gazetteer g(lexicon_text("places"), lexicon_text("actors"));
    return g;
}

Gazetteer::Gazetteer(std::string_view places_text, std::string_view actors_text) {
    for_each_entry(places_text, [&](std::string_view line) {
        const auto fields = split(line, ";");
        if (fields.size() < 3) return;
        const auto names = split(fields[0], "|");
        if (names.empty() || names[0].empty()) return;
        Place p;
        p.name = std::string(names[0]);
        p.country = fields[1] == "-" ? std::string() : std::string(fields[1]);
        p.kind = std::string(fields[2]);
        p.within = fields.size() > 3 && fields[3] != "-" ? std::string(fields[3]) : std::string();
        if (place_by_name_.count(p.name)) return;
        const uint32_t index = static_cast<uint32_t>(places_.size());
        place_by_name_.emplace(p.name, index);
        places_.push_back(std::move(p));
        add_names(fields[0], NameMention::Kind::Place, index);
    });
    link_places();
    for_each_entry(actors_text, [&](std::string_view line) {
        const auto fields = split(line, ";");
        if (fields.size() < 2) return;
        const auto names = split(fields[0], "|");
        if (names.empty() || names[0].empty()) return;
        const uint32_t index = static_cast<uint32_t>(actors_.size());
        actors_.push_back({std::string(names[0]), std::string(fields[1])});
        add_names(fields[0], NameMention::Kind::Actor, index);
    });
}

void Gazetteer::add_names(std::string_view names, NameMention::Kind kind, uint32_t index) {
    for (std::string_view alias : split(names, "|")) {
        if (alias.empty()) continue;
        Name n{{}, kind, index};
        for (const Token& t : tokenize(alias)) n.tokens.emplace_back(token_text(alias, t));
        if (n.tokens.empty()) continue;
        const uint32_t id = static_cast<uint32_t>(names_.size());
        const std::string& first = n.tokens[0];
        if (first[0] >= 'a' && first[0] <= 'z') lower_starters_.insert(first, true);
        if (auto* list = by_first_.find(n.tokens[0])) list->push_back(id);
        else by_first_.insert(n.tokens[0], {id});
        if (kind == NameMention::Kind::Place) {
            if (auto* list = by_first_folded_.find(n.tokens[0])) list->push_back(id);
            else by_first_folded_.insert(n.tokens[0], {id});
        }
        names_.push_back(std::move(n));
    }
}

std::vector<NameMention> Gazetteer::find(std::string_view text, const std::vector<Token>& tokens, size_t first,
                                         size_t end) const {
    std::vector<NameMention> out;
    for (size_t i = first; i < end && i < tokens.size();) {
        const Token& t = tokens[i];
        const char c0 = text[t.start];
        if (!t.is_word() || t.end - t.start > 40 || (c0 >= 'a' && c0 <= 'z' && !lower_starters_.find(token_text(text, t)))) {
            ++i;
            continue;
        }
        size_t best_end = 0;
        uint32_t best = 0;
        auto try_names = [&](const std::vector<uint32_t>& candidates, bool any_case) {
            for (uint32_t id : candidates) {
                const Name& n = names_[id];
                if (i + n.tokens.size() > end) continue;
                bool match = true;
                for (size_t k = 0; k < n.tokens.size() && match; ++k) {
                    const Token& tk = tokens[i + k];
                    const std::string_view s = token_text(text, tk);
                    match = any_case ? upper(s) == upper(n.tokens[k]) : s == n.tokens[k];
                }
                if (match && i + n.tokens.size() > best_end) {
                    best_end = i + n.tokens.size();
                    best = id;
                }
            }
        };
        const std::string_view key = token_text(text, t);
        if (const auto* list = by_first_.find(key)) try_names(*list, false);
        if (!best_end && t.all_caps && t.end - t.start > 2) {
            if (const auto* list = by_first_folded_.find(key)) try_names(*list, true);
        }
        // "U.S.-backed", "Britain-based", "US-led": a place name as the first half of an
        // adjective names no scene.
        if (best_end && names_[best].kind == NameMention::Kind::Place && best_end + 1 < tokens.size() &&
            tokens[best_end].is('-') && !tokens[best_end].space_before && tokens[best_end + 1].is_word() &&
            !tokens[best_end + 1].space_before && !tokens[best_end + 1].capitalised)
            best_end = 0;
        if (best_end) {
            // A name must end at a word boundary: "IS" in "ISIS" is not possible (tokens), but
            // "US" before "-backed" is still the United States.
            out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(best_end), names_[best].kind, names_[best].index});
            i = best_end;
        } else {
            ++i;
        }
    }
    return out;
}

int Gazetteer::place_index(std::string_view name) const {
    auto it = place_by_name_.find(name);
    return it == place_by_name_.end() ? -1 : static_cast<int>(it->second);
}

void Gazetteer::link_places() {
    const size_t n = places_.size();
    parent_.assign(n, -1);
    for (size_t i = 0; i < n; ++i)
        if (!places_[i].within.empty()) parent_[i] = place_index(places_[i].within);
    city_.assign(n, -1);
    country_.assign(n, {});
    for (size_t i = 0; i < n; ++i) {
        int p = static_cast<int>(i);
        for (int guard = 0; guard < 8 && p >= 0; ++guard) {
            if (city_[i] < 0 && places_[static_cast<size_t>(p)].kind == "city") city_[i] = p;
            if (country_[i].empty() && !places_[static_cast<size_t>(p)].country.empty()) country_[i] = places_[static_cast<size_t>(p)].country;
            p = parent_[static_cast<size_t>(p)];
        }
    }
}

std::string_view Gazetteer::country_of(uint32_t place) const { return place < country_.size() ? country_[place] : std::string_view{}; }

bool Gazetteer::contains(uint32_t outer, uint32_t inner) const {
    // inner's within-chain reaches outer, or outer is inner's country.
    const Place& o = places_[outer];
    if (o.kind == "country" && country_of(inner) == o.name) return true;
    int p = parent_[inner];
    for (int guard = 0; guard < 8 && p >= 0; ++guard) {
        if (static_cast<uint32_t>(p) == outer) return true;
        p = parent_[static_cast<size_t>(p)];
    }
    return false;
}

bool Gazetteer::compatible(uint32_t a, uint32_t b) const {
    if (a == b) return true;
    if (a >= places_.size() || b >= places_.size()) return false;
    if (contains(a, b) || contains(b, a)) return true;
    // Two landmarks of one city (the Nuri mosque and the al-Hadba minaret) are one scene.
    const int ca = city_[a], cb = city_[b];
    if (ca >= 0 && ca == cb) return true;
    // A region and a place of the same country may be the same scene ("Aleppo province", "Aleppo").
    const Place& pa = places_[a];
    const Place& pb = places_[b];
    if ((pa.kind == "region" || pb.kind == "region" || pa.kind == "area" || pb.kind == "area") &&
        !country_of(a).empty() && country_of(a) == country_of(b))
        return true;
    return false;
}

}  // namespace dateline
