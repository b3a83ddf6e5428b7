#include "gazetteer.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <span>
#include <tuple>

#include "lexicon.h"

namespace dateline {

namespace {

// The first (up to) eight fields of a tab-separated line of the places table, without allocating:
// this runs at start-up. Returns how many there are.
size_t fields_of(std::string_view line, std::string_view (&f)[8]) {
    size_t n = 0;
    while (n < 8) {
        const size_t tab = line.find('\t');
        f[n++] = line.substr(0, tab);
        if (tab == std::string_view::npos) break;
        line.remove_prefix(tab + 1);
    }
    return n;
}

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

// A number as strtod reads it, the whole of `s` or false. A plain decimal of at most 15 digits
// ("-97.1", "33.0", all the packed table's) is read by parse_decimal: its digits and its power of
// ten are exact doubles, so their one division gives strtod's correctly rounded double. The
// page's start reads the bundled places this way, without compiling and running strtod's
// long-double code (about 20 wasm functions, software 128-bit arithmetic); any other form
// ("1e3", "+5", more digits) still goes through strtod.
bool parse_number(std::string_view s, double& out) {
    size_t digits = 0, dots = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] >= '0' && s[i] <= '9') ++digits;
        else if (s[i] == '.') ++dots;
        else if (!(s[i] == '-' && i == 0)) digits = 99;  // not plain: strtod decides
    }
    if (digits >= 1 && digits <= 15 && dots <= 1) return parse_decimal(s, out);
    const std::string z(s);
    char* end = nullptr;
    out = std::strtod(z.c_str(), &end);
    return !z.empty() && *end == 0;
}

// "36.34,43.12" (places.txt's fifth field), or false.
bool parse_lat_lon(std::string_view s, double& lat, double& lon) {
    const size_t comma = s.find(',');
    if (comma == std::string_view::npos) return false;
    const bool read = parse_number(trim(s.substr(0, comma)), lat) && parse_number(trim(s.substr(comma + 1)), lon);
    return read && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
}

// "36.34" or "-97.1" (degrees), or false.
bool parse_degrees(std::string_view s, double& out) { return parse_decimal(s, out) && out >= -180 && out <= 180; }

// Does a word start with a capital, as a place name must ("Reading", "Ürümqi"; not "reading")?
// A non-ASCII first letter counts: in English text it is almost always a name.
bool starts_with_capital(std::string_view word) {
    if (word.empty()) return false;
    const unsigned char c = static_cast<unsigned char>(word[0]);
    return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// Does the token start a sentence (a capital there says nothing about a name)?
bool starts_sentence(std::string_view text, const std::vector<Token>& tokens, size_t i, size_t first) {
    if (i == first || tokens[i].line_before) return true;
    const Token& p = tokens[i - 1];
    (void)text;
    return p.is('.') || p.is('!') || p.is('?') || p.is(':') || p.is('"') || p.is(0x201C) || p.is(0x2014);
}

// Is the word before token i a preposition of place ("in Nice", "from Reading")?
bool after_locative_preposition(std::string_view text, const std::vector<Token>& tokens, size_t i, size_t first) {
    if (i == first || !tokens[i - 1].is_word()) return false;
    static constexpr std::string_view kLocative[] = {"in", "at", "from", "near", "to", "into", "outside", "around", "across", "toward", "towards", "through"};
    const std::string lower = ascii_lower(token_text(text, tokens[i - 1]));
    return std::find(std::begin(kLocative), std::end(kLocative), lower) != std::end(kLocative);
}

// Distinct words whose run of world names is remembered (a bound on memory for endless input).
constexpr size_t kMostRememberedWords = 200000;

// Below this population a world place needs its country named in the article (or after it:
// "Reading, Pennsylvania"): a town of 50,000 shares its name with surnames and other towns more
// often than a news story names it unqualified.
constexpr uint32_t kWellKnownPopulation = 100000;

}  // namespace

// A place a name may stand for: a hand-made or already added place, or a world row.
struct Gazetteer::Candidate {
    int place = -1;     // places() index, or -1 for a world row not yet added
    WorldPlaceRow row;  // when place < 0
    std::string country_code;  // copies: places_ may grow (and move) while candidates are weighed
    std::string region_code;   // "US.TX"
    uint32_t population = 0;
    bool hand = false;  // from the hand-made list
};

// A name found in the text, before its candidates are resolved.
struct Gazetteer::Mention {
    NameMention name;
    uint32_t from = 0, to = 0;  // its candidates in find's list (places only; one for an unambiguous hand-made place)
};

const Gazetteer& Gazetteer::bundled() {
    static const Gazetteer g(world_places_table());
    return g;
}

Gazetteer::Gazetteer(std::string_view world_table) {
    for (const std::string& w : lexicon_entries("place_common_words")) common_words_.insert(w, true);
    if (world_.open(world_table, world_problem_)) {
        read_packed_lists();
        index_in_table_ = true;  // read_packed_index(), on first use
    }
    link_places();
    if (!index_in_table_) index_names();  // empty, but the look-ups want their tables
}

void Gazetteer::ensure_index() const {
    std::call_once(index_once_, [this] {
        if (index_in_table_) read_packed_index();
    });
}

// The name index from the packed table: every entry's aliases (section 15), grouped by first
// word, and what codes stand for (section 12), which only places added by find() need.
void Gazetteer::read_packed_index() const {
    std::string_view aliases = world_.aliases();
    const uint32_t places = world_.listed_places(), actors = world_.listed_actors();
    names_.reserve(places * 3 + actors * 3);
    name_tokens_.reserve(places * 5 + actors * 5);
    for (uint32_t i = 0; i < places + actors; ++i) {
        const size_t eol = std::min(aliases.find('\n'), aliases.size());
        if (i < places)
            add_packed_names(aliases.substr(0, eol), NameMention::Kind::Place, i);
        else
            add_packed_names(aliases.substr(0, eol), NameMention::Kind::Actor, i - places);
        aliases.remove_prefix(std::min(eol + 1, aliases.size()));
    }
    index_names();
    read_codes();
}

Gazetteer::Gazetteer(std::string_view places_text_in, std::string_view actors_text_in, std::string_view world_table) {
    for (const std::string& w : lexicon_entries("place_common_words")) common_words_.insert(w, true);
    // The aliases' tokens view the lists' text: the gazetteer keeps its own copy.
    lists_text_.reserve(places_text_in.size() + actors_text_in.size());
    lists_text_.append(places_text_in).append(actors_text_in);
    const std::string_view places_text = std::string_view(lists_text_).substr(0, places_text_in.size());
    const std::string_view actors_text = std::string_view(lists_text_).substr(places_text_in.size());
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
        if (fields.size() > 4) p.located = parse_lat_lon(fields[4], p.lat, p.lon);
        if (place_by_name_.count(p.name)) return;
        const uint32_t index = static_cast<uint32_t>(places_.size());
        place_by_name_.emplace(p.name, index);
        places_.push_back(std::move(p));
        add_names(fields[0], NameMention::Kind::Place, index);
    });
    hand_places_ = places_.size();
    shared_.assign(places_.size(), false);  // without a world table no name is shared
    if (!world_table.empty() && world_.open(world_table, world_problem_)) read_world_facts();
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
    index_names();
}

void Gazetteer::add_names(std::string_view names, NameMention::Kind kind, uint32_t index) {
    for (std::string_view alias : split(names, "|")) {
        if (alias.empty()) continue;
        Name n{static_cast<uint32_t>(name_tokens_.size()), 0, kind, index};
        for (const Token& t : tokenize(alias)) name_tokens_.push_back(token_text(alias, t));
        n.tokens = static_cast<uint32_t>(name_tokens_.size()) - n.first_token;
        if (n.tokens > 0) names_.push_back(n);
    }
}

// One entry's aliases as the packer wrote them (world_places.h, section 15): already tokenised.
void Gazetteer::add_packed_names(std::string_view aliases, NameMention::Kind kind, uint32_t index) const {
    // One pass over the bytes: " " and \x1f end a token, \x1e an alias too.
    Name n{static_cast<uint32_t>(name_tokens_.size()), 0, kind, index};
    size_t start = 0;
    for (size_t i = 0; i <= aliases.size(); ++i) {
        const char c = i < aliases.size() ? aliases[i] : '\x1e';
        if (c != ' ' && c != '\x1f' && c != '\x1e') continue;
        if (i > start) name_tokens_.push_back(aliases.substr(start, i - start));
        start = i + 1;
        if (c != '\x1e') continue;
        n.tokens = static_cast<uint32_t>(name_tokens_.size()) - n.first_token;
        if (n.tokens > 0) names_.push_back(n);
        n.first_token = static_cast<uint32_t>(name_tokens_.size());
    }
}

// The hand-made lists from the packed table (version 3): the places' fields (sections 11 and 13,
// line by line) and the actors (14); their aliases (15) only where an actor's name is its first
// alias (the name index reads them all, read_packed_index).
void Gazetteer::read_packed_lists() {
    auto next_line = [](std::string_view& text) {
        const size_t eol = std::min(text.find('\n'), text.size());
        const std::string_view line = text.substr(0, eol);
        text.remove_prefix(std::min(eol + 1, text.size()));
        return line;
    };
    auto field = [](std::string_view& line) {  // the next tab-separated field
        const size_t tab = std::min(line.find('\t'), line.size());
        const std::string_view f = line.substr(0, tab);
        line.remove_prefix(std::min(tab + 1, line.size()));
        return f;
    };
    std::string_view hand = world_.hand(), list = world_.place_list(), actors = world_.actor_list(), aliases = world_.aliases();
    const uint32_t places = world_.listed_places(), actor_count = world_.listed_actors();
    places_.reserve(places);
    place_by_name_.reserve(places);  // one table, not a rehash at every doubling (only looked up, never walked)
    shared_.assign(places, false);
    actors_.reserve(actor_count);
    for (uint32_t i = 0; i < places; ++i) {
        std::string_view facts = next_line(hand), own = next_line(list);
        Place& p = places_.emplace_back();  // made where it stays (reserved above), not moved there
        p.name.assign(field(facts));
        p.country.assign(field(own));
        p.kind.assign(field(own));
        p.within.assign(field(own));
        const std::string_view at = field(own);
        if (!at.empty()) p.located = parse_lat_lon(at, p.lat, p.lon);
        const std::string_view cc = field(facts), admin = field(facts), population = field(facts), lat = field(facts),
                               lon = field(facts), shared = field(facts);
        p.country_code.assign(cc);
        if (!admin.empty()) p.region_code.append(cc).append(1, '.').append(admin);
        std::from_chars(population.data(), population.data() + population.size(), p.population);
        double la = 0, lo = 0;
        if (!p.located && parse_degrees(lat, la) && parse_degrees(lon, lo)) {
            p.lat = la;
            p.lon = lo;
            p.located = true;
        }
        shared_[i] = shared == "shared";
        place_by_name_.emplace(p.name, i);
        next_line(aliases);
    }
    hand_places_ = places_.size();
    for (uint32_t i = 0; i < actor_count; ++i) {
        std::string_view line = next_line(actors);
        const std::string_view name = field(line), kind = field(line);
        const std::string_view own = next_line(aliases);
        std::string spelled(name);
        if (spelled.empty())  // the first alias spells it: its tokens, a space where 15 has one
            for (char c : own.substr(0, std::min(own.find('\x1e'), own.size())))
                if (c != '\x1f') spelled.push_back(c);
        actors_.push_back({std::move(spelled), std::string(kind)});
    }
}

void Gazetteer::index_names() const {
    by_first_.build(names_, name_tokens_, false, false);
    by_first_folded_.build(names_, name_tokens_, true, true);
}

uint64_t Gazetteer::FirstWords::hash(std::string_view s) const {
    uint64_t h = 1469598103934665603ull;
    for (char c : s) {
        if (fold_ && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    }
    return h;
}

bool Gazetteer::FirstWords::equal(std::string_view key, std::string_view word) const {
    if (key.size() != word.size()) return false;
    if (!fold_) return key == word;
    for (size_t i = 0; i < key.size(); ++i) {
        char a = key[i], b = word[i];
        if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
        if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
        if (a != b) return false;
    }
    return true;
}

void Gazetteer::FirstWords::build(const std::vector<Name>& names, const std::vector<std::string_view>& tokens, bool fold_case,
                                  bool places_only) {
    fold_ = fold_case;
    outlines_.assign((size_t{1} << 16) / 64, 0);
    size_t size = 16;
    while (size < 2 * names.size()) size *= 2;
    slots_.assign(2 * size, 0);
    keys_.clear();
    keys_.reserve(names.size());
    std::vector<uint32_t> group(names.size(), UINT32_MAX), count;
    count.reserve(names.size());
    for (size_t id = 0; id < names.size(); ++id) {
        if (places_only && names[id].kind != NameMention::Kind::Place) continue;
        const std::string_view key = tokens[names[id].first_token];
        if (!key.empty()) {
            const size_t o = outline(key, fold_);
            outlines_[o >> 6] |= uint64_t{1} << (o & 63);
        }
        const uint64_t h = hash(key);
        for (size_t i = h & (size - 1);; i = (i + 1) & (size - 1)) {
            uint32_t* slot = &slots_[2 * i];
            if (slot[0] == 0) {
                slot[0] = static_cast<uint32_t>(keys_.size()) + 1;
                slot[1] = static_cast<uint32_t>(h);
                keys_.push_back(key);
                count.push_back(0);
            }
            if (slot[1] == static_cast<uint32_t>(h) && equal(keys_[slot[0] - 1], key)) {
                group[id] = slot[0] - 1;
                ++count[group[id]];
                break;
            }
        }
    }
    // Each group's aliases together, in the lists' order (a counting pass, not a sort).
    starts_.assign(keys_.size() + 1, 0);
    for (size_t g = 0; g < keys_.size(); ++g) starts_[g + 1] = starts_[g] + count[g];
    ids_.assign(starts_.back(), 0);
    shapes_.assign(starts_.back(), Shape{});
    std::vector<uint32_t> at(starts_.begin(), starts_.end() - 1);
    for (size_t id = 0; id < names.size(); ++id) {
        if (group[id] == UINT32_MAX) continue;
        const uint32_t k = at[group[id]]++;
        ids_[k] = static_cast<uint32_t>(id);
        const Name& n = names[id];
        const std::string_view last = n.tokens ? tokens[n.first_token + n.tokens - 1] : std::string_view{};
        Shape& shape = shapes_[k];
        shape.tokens = n.tokens;
        shape.last_size = last.size() < kUnknownSize ? static_cast<uint16_t>(last.size()) : kUnknownSize;
        unsigned char c = last.empty() ? 0 : static_cast<unsigned char>(last[0]);
        if (fold_case && c >= 'a' && c <= 'z') c = static_cast<unsigned char>(c - 'a' + 'A');
        shape.last_first = c;
    }
}

std::span<const uint32_t> Gazetteer::FirstWords::find(std::string_view word) const {
    if (slots_.empty()) return {};
    if (!word.empty()) {  // no key has this word's outline: no look-up
        const size_t o = outline(word, fold_);
        if (!(outlines_[o >> 6] >> (o & 63) & 1)) return {};
    }
    const size_t mask = slots_.size() / 2 - 1;
    const uint64_t h = hash(word);
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const uint32_t g = slots_[2 * i];
        if (g == 0) return {};
        if (slots_[2 * i + 1] == static_cast<uint32_t>(h) && equal(keys_[g - 1], word))
            return std::span<const uint32_t>(ids_.data() + starts_[g - 1], starts_[g] - starts_[g - 1]);
    }
}

std::vector<std::string_view> Gazetteer::alias_tokens(size_t alias) const {
    ensure_index();
    if (alias >= names_.size()) return {};
    const Name& n = names_[alias];
    return {name_tokens_.begin() + n.first_token, name_tokens_.begin() + n.first_token + n.tokens};
}

NameMention Gazetteer::alias_entry(size_t alias) const {
    ensure_index();
    NameMention m;
    if (alias < names_.size()) {
        m.kind = names_[alias].kind;
        m.index = names_[alias].index;
    }
    return m;
}

std::span<const uint32_t> Gazetteer::aliases_starting(std::string_view word, bool any_case) const {
    ensure_index();
    return any_case ? by_first_folded_.find(word) : by_first_.find(word);
}

// Reads the hand-made places' codes and coordinates, and what country codes and first-level
// region codes stand for, from the packed world table.
void Gazetteer::read_world_facts() {
    std::string_view f[8];
    for_each_entry(world_.hand(), [&](std::string_view line) {
        const size_t n = fields_of(line, f);
        if (n < 6) return;
        const int i = place_index(f[0]);
        if (i < 0) return;
        Place& p = places_[static_cast<size_t>(i)];
        p.country_code = std::string(f[1]);
        if (!f[2].empty()) p.region_code.append(f[1]).append(1, '.').append(f[2]);
        std::from_chars(f[3].data(), f[3].data() + f[3].size(), p.population);
        if (n > 6 && f[6] == "shared") shared_[static_cast<size_t>(i)] = true;
        double lat = 0, lon = 0;
        if (!p.located && parse_degrees(f[4], lat) && parse_degrees(f[5], lon)) {
            p.lat = lat;
            p.lon = lon;
            p.located = true;
        }
    });
    read_codes();
}

// What country codes and first-level region codes stand for (section 12).
void Gazetteer::read_codes() const {
    std::string_view f[8];
    for_each_entry(world_.codes(), [&](std::string_view line) {
        const size_t n = fields_of(line, f);  // the line is trimmed: an empty region is no field
        if (n < 3 || f[0].empty()) return;
        std::string key(f[0]);
        if (!f[1].empty()) key.append(1, '.').append(f[1]);
        by_code_.emplace(std::move(key), CodeFacts{std::string(f[2]), n > 3 ? std::string(f[3]) : std::string()});
    });
}

size_t Gazetteer::world_names_at(std::string_view text, const std::vector<Token>& tokens, size_t i, size_t end,
                                 std::vector<WorldPlaceRow>& rows) const {
    rows.clear();
    if (world_.empty()) return 0;
    const Token& t = tokens[i];
    const std::string_view word = token_text(text, t);
    const bool any_case = t.all_caps && t.end - t.start > 2;  // "PARIS, Texas" in a dateline
    // The run of table rows whose names start with this word, searched once per distinct word
    // (articles repeat their capitalised words: "The", "Mosul", "Islamic").
    WorldRun run;
    if (const WorldRun* known = world_runs_.find(word)) {
        run = *known;
    } else {
        world_.for_each_name(word, [&](uint32_t row, std::string_view) {
            if (run.count++ == 0) run.first = row;
        });
        if (world_runs_.size() < kMostRememberedWords) world_runs_.insert(word, run);
    }
    size_t best = 0;
    std::vector<Token> name_tokens;
    for (uint32_t row = run.first; row < run.first + run.count; ++row) {
        // A name matches as written ("Gdańsk") or in its ASCII spelling ("Gdansk").
        const std::string_view written = world_.name(row);
        std::string ascii;
        for (int spelling = 0; spelling < 2; ++spelling) {
            if (spelling == 1) {
                if (std::none_of(written.begin(), written.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) break;
                ascii = world_.ascii_spelling(written);
                if (ascii == written) break;
            }
            const std::string_view name = spelling == 0 ? written : std::string_view(ascii);
            // First the bytes: most names of the run ("The Hague" for "The") differ from the text at once.
            if (name.empty() || t.start + name.size() > text.size()) continue;
            const std::string_view here = text.substr(t.start, name.size());
            if (any_case ? upper(here) != upper(name) : here != name) {
                if (!t.all_caps) continue;  // "PARIS, Texas": a capitalised name after an all-caps word
            }
            // Then the name's tokens against the text's, case-sensitively (all-caps words aside).
            if (name.size() == word.size()) {  // a one-word name: the word itself
                name_tokens.assign(1, Token{});
                name_tokens[0].start = 0;
                name_tokens[0].end = static_cast<uint32_t>(name.size());
            } else {
                name_tokens = tokenize(name);
            }
            if (name_tokens.empty() || i + name_tokens.size() > end || name_tokens.size() < best) continue;
            bool match = true;
            for (size_t k = 0; k < name_tokens.size() && match; ++k) {
                const std::string_view a = token_text(text, tokens[i + k]);
                const std::string_view b = token_text(name, name_tokens[k]);
                match = any_case || tokens[i + k].all_caps ? upper(a) == upper(b) : a == b;
                // "Saint-Étienne" is one name; "Saint Étienne" and "Saint - Étienne" are other texts.
                if (k > 0 && tokens[i + k].space_before != name_tokens[k].space_before) match = false;
            }
            WorldPlaceRow found;
            if (!match || !world_.read_row(row, found)) continue;
            if (name_tokens.size() > best) rows.clear();
            best = name_tokens.size();
            bool listed = false;  // a name and its ASCII spelling lead to one row
            for (const WorldPlaceRow& r : rows) listed |= r.row == found.row;
            if (!listed) rows.push_back(found);
        }
    }
    return best;
}

std::string_view Gazetteer::intern_country(const std::string& name) const {
    if (const auto it = country_names_.find(name); it != country_names_.end()) return *it;
    return *country_names_.insert(name).first;  // nodes of a set stay where they are
}

void Gazetteer::link_place(size_t i) const {
    parent_[i] = places_[i].within.empty() ? -1 : place_index(places_[i].within);
    const std::string_view kind = places_[i].kind;
    scene_[i] = kind == "country"                    ? SceneKind::Country
                : kind == "region" || kind == "area" ? SceneKind::RegionOrArea
                                                     : SceneKind::Other;
    int p = static_cast<int>(i);
    for (int guard = 0; guard < 8 && p >= 0; ++guard) {
        const Place& q = places_[static_cast<size_t>(p)];
        if (city_[i] < 0 && q.kind == "city") city_[i] = p;
        if (country_[i].empty() && !q.country.empty()) country_[i] = intern_country(q.country);
        if (!places_[i].located && q.located) {  // a place without coordinates takes its parent's
            places_[i].lat = q.lat;
            places_[i].lon = q.lon;
            places_[i].located = true;
        }
        if (places_[i].country_code.empty() && !q.country_code.empty()) places_[i].country_code = q.country_code;
        p = parent_[static_cast<size_t>(p)];
    }
    if (!places_[i].located && !country_[i].empty()) {  // else its country's
        const int c = place_index(country_[i]);
        if (c >= 0 && places_[static_cast<size_t>(c)].located) {
            places_[i].lat = places_[static_cast<size_t>(c)].lat;
            places_[i].lon = places_[static_cast<size_t>(c)].lon;
            places_[i].located = true;
        }
    }
}

uint32_t Gazetteer::add_world_place(const WorldPlaceRow& row) const {
    if (auto it = world_place_.find(row.row); it != world_place_.end()) return it->second;
    Place p;
    p.name = std::string(row.name);
    p.kind = "city";
    p.country_code = std::string(row.country_code);
    if (!row.region_code.empty()) p.region_code = p.country_code + "." + std::string(row.region_code);
    if (auto it = by_code_.find(p.country_code); it != by_code_.end()) {
        p.country = it->second.country;
        p.within = it->second.region;  // a territory ("Hong Kong")
    }
    if (auto it = by_code_.find(p.region_code); it != by_code_.end()) p.within = it->second.region;
    p.population = row.population;
    p.lat = row.lat;
    p.lon = row.lon;
    p.located = true;
    // One canonical name per place, the same whichever article names it first: a name another
    // place has too (the list's, or another world row's) is qualified by its region or country,
    // "Paris, Texas" beside the list's Paris, "Hyderabad, India" and "Hyderabad, Pakistan".
    size_t same_name = 0;
    world_.for_each_name(row.name, [&](uint32_t, std::string_view name) { same_name += name == row.name; });
    const int listed = place_index(p.name);
    if (same_name > 1 || (listed >= 0 && static_cast<size_t>(listed) < hand_places_)) {
        const std::string qualified = p.name + ", " + (p.within.empty() ? (p.country.empty() ? p.country_code : p.country) : p.within);
        p.name = place_by_name_.count(qualified) ? qualified + " (" + p.region_code + ")" : qualified;
    }
    const uint32_t index = static_cast<uint32_t>(places_.size());
    place_by_name_.emplace(p.name, index);
    places_.push_back(std::move(p));
    parent_.push_back(-1);
    city_.push_back(-1);
    scene_.push_back(SceneKind::Other);
    country_.push_back({});
    link_place(index);
    world_place_.emplace(row.row, index);
    return index;
}

// --- Rules for names that may be places -------------------------------------------------------
// Each answers for one candidate of one mention; `resolve` applies them in order.

namespace {

struct ArticleContext {
    std::vector<std::string> countries;  // codes of the countries the article names, or whose places it names
    std::vector<std::string> regions;    // first-level region codes likewise ("US.TX")
    std::vector<std::string> person_words;    // words seen as part of a longer name ("Victoria" of Victoria Beckham)
    bool names_country(std::string_view cc) const { return !cc.empty() && std::find(countries.begin(), countries.end(), cc) != countries.end(); }
    bool names_region(std::string_view rc) const { return !rc.empty() && std::find(regions.begin(), regions.end(), rc) != regions.end(); }
};

}  // namespace

// Rule "qualified": the name is followed by ", <its region or country>" ("Paris, Texas",
// "Reading, England", "MOSUL, Iraq"): the strongest evidence of which place is meant.
static bool qualified_by_next(const Place* next, std::string_view cc, std::string_view region) {
    if (!next || cc.empty()) return false;
    if (next->kind == "country") return next->country_code == cc;
    if (next->kind == "region") return next->country_code == cc && (next->region_code.empty() || region.empty() || next->region_code == region);
    return false;
}

// Rule "common word": a name on the stop-list (assets/lexicons/place_common_words.txt: "Reading",
// "Mobile", "Nice", "Bath", "March", "Victoria") is a place only when qualified, or after a
// preposition of place ("in Nice") in an article that names its country; never at the start of
// a sentence, where its capital says nothing.
static bool common_word_is_place(bool qualified, bool at_sentence_start, bool after_preposition, bool country_named) {
    if (qualified) return true;
    if (at_sentence_start) return false;
    return after_preposition && country_named;
}

// Rule "part of a longer name": a one-word world name right after a capitalised word that does
// not start the sentence ("Queen Victoria", "Lake Placid") or right before one ("Victoria
// Beckham", "Paris Hilton", "Mobile World Congress") is part of a person's or an organisation's
// name, not a place.
static bool part_of_longer_name(std::string_view text, const std::vector<Token>& tokens, size_t first_token, size_t end_token,
                                size_t first, size_t end, bool at_sentence_start, bool next_is_place) {
    if (end_token - first_token != 1) return false;
    auto capitalised_word = [&](size_t k) {
        return tokens[k].is_word() && starts_with_capital(token_text(text, tokens[k])) && !tokens[k].all_caps;
    };
    if (!at_sentence_start && first_token > first && capitalised_word(first_token - 1) && tokens[first_token].space_before &&
        !tokens[first_token].line_before)
        return true;
    if (end_token < end && capitalised_word(end_token) && tokens[end_token].space_before && !tokens[end_token].line_before &&
        !next_is_place)
        return true;
    return false;
}

// Rule "first half of a compound adjective": "U.S.-backed", "Britain-based", "US-led", and as
// some sources write them, without the hyphen after a determiner ("the U.S. backed alliance",
// "a Saudi led coalition"): the place names who stands behind an actor, not where anything
// happened. Without the hyphen only participles that make such adjectives count, and only before
// a noun phrase: "the U.S. led the talks" and "rebels in Syria backed by Turkey" keep their place.
static bool first_half_of_compound_adjective(std::string_view text, const std::vector<Token>& tokens, size_t first_token,
                                             size_t end_token) {
    const size_t e = end_token;
    if (e + 1 >= tokens.size() || !tokens[e + 1].is_word()) return false;
    if (tokens[e].is('-') && !tokens[e].space_before && !tokens[e + 1].space_before && !tokens[e + 1].capitalised) return true;
    static constexpr std::string_view kParticiples[] = {"backed", "led", "based", "funded", "sponsored", "brokered", "supported",
                                                        "trained", "armed", "allied", "owned", "controlled", "born"};
    static constexpr std::string_view kNotANounPhrase[] = {"by", "the", "a", "an", "to", "in", "on", "at", "from", "with",
                                                           "its", "their", "his", "her", "for", "and", "or", "out", "up"};
    auto word = [&](size_t k) { return ascii_lower(token_text(text, tokens[k])); };
    if (first_token == 0 || !tokens[first_token - 1].is_word() || !tokens[e].is_word() || tokens[e].capitalised) return false;
    const std::string before = word(first_token - 1);
    if (before != "the" && before != "a" && before != "an") return false;
    const std::string participle = word(e), next = word(e + 1);
    return std::find(std::begin(kParticiples), std::end(kParticiples), participle) != std::end(kParticiples) &&
           std::find(std::begin(kNotANounPhrase), std::end(kNotANounPhrase), next) == std::end(kNotANounPhrase);
}

// Rule "population or context": a world place of fewer than kWellKnownPopulation people is a
// place only where the text qualifies it, where the article names its region, or after a
// preposition of place ("in Kenner") in an article that names its country ("Mercedes sold more
// cars" in a US story is no Texas town).
static bool well_known_or_in_context(uint32_t population, bool qualified, bool region_named, bool country_named,
                                     bool after_preposition) {
    return qualified || population >= kWellKnownPopulation || region_named || (country_named && after_preposition);
}

// Rule "which place": among the places a name may be, the one the text qualifies ("Paris,
// Texas") wins; else the one with the largest population weighted by what the article names:
// its region named counts 100 times, its country 20 times, so Paris in a story about Texas is
// Paris, Texas, but Paris in any story that names the United States is still France's. A
// hand-made place GeoNames has no population for counts as well known.
static double weight_in_context(uint32_t population, bool hand, bool region_named, bool country_named) {
    double weight = hand && population == 0 ? kWellKnownPopulation : population;
    if (region_named) weight *= 100;
    if (country_named) weight *= 20;
    return weight;
}

// Rule "unambiguous places name their country": a world name whose candidates the rules above
// may take all lie in one country ("Murcia": Spain's city of 440,000; the Philippine town of
// 17,000 is no candidate without its country named) names that country as surely as its name
// would, wherever in the article it stands, before or after the names it helps decide. Returns
// that country's code, or "" when the candidates that may be taken span countries (or none may).
// Only the country: one town is weak evidence of its region, whose weight (x100) overturns
// populations, so "Houston" alone does not make "Paris" Paris, Texas.
template <typename Candidates, typename MayBeTaken>
static std::string_view sole_country(const Candidates& candidates, MayBeTaken may_be_taken) {
    std::string_view country;
    for (const auto& c : candidates) {
        if (!may_be_taken(c)) continue;
        if (c.country_code.empty() || (!country.empty() && country != c.country_code)) return {};
        country = c.country_code;
    }
    return country;
}

// Rule "places that agree": a small world place (under kWellKnownPopulation) whose name is one
// country's only ("Orihuela", 86,000 people, Spain's alone) and a place of that country another
// name of the article may be ("Valencia": Spain's 810,000 or Venezuela's 1.4 million) vouch for
// each other: a reader of "Valencia" beside "Orihuela" reads Spain, though "Spain" is never
// written. The country then counts as named: "Valencia" weighs as Spain's, and the small place
// is a place where a named country's town is one (after a preposition of place). A name shared by
// towns of several countries ("Mercedes": Argentina, Uruguay, Texas) vouches for nothing; the
// other name must be another name, still undecided (none of its places in a country the article
// names: "Valencia, Venezuela" vouches for no Spanish town), whose candidate there is well known
// or of the hand-made list (two small towns, or a surname and a town, are weak evidence).
template <typename Candidates>
static bool agreed_by_another_place(const Candidates& small, const Candidates& other, std::string_view country) {
    if (country.empty()) return false;
    for (const auto& c : small)
        if (c.hand || c.population >= kWellKnownPopulation) return false;  // not a small place: rules above decide
    for (const auto& c : other) {
        if (c.country_code != country || (!c.hand && c.population < kWellKnownPopulation)) continue;
        // Two places of one country in regions the table tells apart do not agree: "Valencia",
        // California, and "Kenner", Louisiana, make no American story.
        const bool same_region = std::all_of(std::begin(small), std::end(small), [&](const auto& s) {
            return s.region_code.empty() || c.region_code.empty() || s.region_code == c.region_code;
        });
        if (same_region) return true;
    }
    return false;
}

// The longest name of the hand-made lists at token i: where it ends (0 for none), and its
// names_ index in `best`. Its own function, with every call in it inlined: the scanner's
// hottest loop (GCC stops inlining the string comparisons of a larger function).
#if defined(__GNUC__)
[[gnu::flatten]]
#endif
size_t Gazetteer::list_name_at(std::string_view text, const std::vector<Token>& tokens, size_t i, size_t end,
                               uint32_t& best) const {
    const Token& t = tokens[i];
    size_t best_end = 0;
    auto try_names = [&](const FirstWords& index, std::span<const uint32_t> candidates, bool any_case) {
        const std::span<const FirstWords::Shape> shapes = index.shapes_of(candidates);
        for (size_t c = 0; c < candidates.size(); ++c) {
            const FirstWords::Shape& shape = shapes[c];
            if (i + shape.tokens > end || i + shape.tokens <= best_end) continue;  // too long, or no longer than the best
            if (shape.tokens > 1) {  // the last token's length and first byte, before the alias is read
                const Token& last = tokens[i + shape.tokens - 1];
                if (shape.last_size != FirstWords::kUnknownSize && last.end - last.start != shape.last_size) continue;
                unsigned char c0 = static_cast<unsigned char>(text[last.start]);
                if (any_case && c0 >= 'a' && c0 <= 'z') c0 = static_cast<unsigned char>(c0 - 'a' + 'A');
                if (c0 != shape.last_first) continue;
            }
            const uint32_t id = candidates[c];
            const Name& n = names_[id];
            bool match = true;
            // The first token matched already: it is the group's key (as written, or folded).
            // The others are compared last first: names that open alike ("al - Baghdadi",
            // "al - Nusra") differ at their end.
            for (size_t k = n.tokens; k-- > 1 && match;) {
                const Token& tk = tokens[i + k];
                const std::string_view s = token_text(text, tk);
                const std::string_view name = name_tokens_[n.first_token + k];
                match = any_case ? upper(s) == upper(name) : s == name;
            }
            if (match) {
                best_end = i + n.tokens;
                best = id;
            }
        }
    };
    const std::string_view key = token_text(text, t);
    try_names(by_first_, by_first_.find(key), false);
    if (!best_end && t.all_caps && t.end - t.start > 2) try_names(by_first_folded_, by_first_folded_.find(key), true);
    return best_end;
}

std::vector<NameMention> Gazetteer::find(std::string_view text, const std::vector<Token>& tokens, size_t first,
                                         size_t end) const {
    ensure_index();
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<Mention> found;
    std::vector<Candidate> candidates;  // of every mention, in order
    std::vector<WorldPlaceRow> rows;
    for (size_t i = first; i < end && i < tokens.size();) {
        const Token& t = tokens[i];
        const char c0 = text[t.start];
        if (!t.is_word() || t.end - t.start > 40 || (c0 >= 'a' && c0 <= 'z' && by_first_.find(token_text(text, t)).empty())) {
            ++i;
            continue;
        }
        uint32_t best = 0;
        const size_t best_end = list_name_at(text, tokens, i, end, best);
        const std::string_view key = token_text(text, t);
        // World places: only under a capitalised word (rule "capitalised mention"), and only
        // where no longer hand-made name (a place or an actor) covers the same words.
        size_t world_end = 0;
        // A list's name no world place shares needs no look-up ("Mosul", "Islamic State").
        const bool settled = best_end && (names_[best].kind == NameMention::Kind::Actor || !shared_[names_[best].index]);
        if (!world_.empty() && !settled && starts_with_capital(key)) {
            const size_t n = world_names_at(text, tokens, i, end, rows);
            if (n && i + n >= best_end && !(best_end == i + n && names_[best].kind == NameMention::Kind::Actor)) world_end = i + n;
        }
        Mention m;
        m.from = static_cast<uint32_t>(candidates.size());
        if (world_end) {
            m.name = {static_cast<uint32_t>(i), static_cast<uint32_t>(world_end), NameMention::Kind::Place, 0};
            if (best_end == world_end) {  // the hand-made place competes with the world's
                const Place& p = places_[names_[best].index];
                candidates.push_back({static_cast<int>(names_[best].index), {}, p.country_code, p.region_code, p.population, true});
            }
            for (const WorldPlaceRow& r : rows) {
                Candidate c{-1, r, std::string(r.country_code), {}, r.population, false};
                if (!r.region_code.empty()) c.region_code = std::string(r.country_code) + "." + std::string(r.region_code);
                if (auto it = world_place_.find(r.row); it != world_place_.end()) c.place = static_cast<int>(it->second);
                candidates.push_back(c);
            }
        } else if (best_end) {  // a name of the lists alone: no candidates to weigh
            m.name = {static_cast<uint32_t>(i), static_cast<uint32_t>(best_end), names_[best].kind, names_[best].index};
        } else {
            ++i;
            continue;
        }
        const size_t e = m.name.end_token;
        if (m.name.kind == NameMention::Kind::Place && first_half_of_compound_adjective(text, tokens, m.name.first_token, e)) {
            candidates.resize(m.from);
            ++i;
            continue;
        }
        i = e;
        m.to = static_cast<uint32_t>(candidates.size());
        found.push_back(m);
    }
    return resolve(text, tokens, first, end, found, candidates);
}

std::vector<NameMention> Gazetteer::resolve(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t end,
                                            std::vector<Mention>& found, const std::vector<Candidate>& all) const {
    auto candidates_of = [&](const Mention& m) { return std::span<const Candidate>(all.data() + m.from, m.to - m.from); };
    auto is_common_word = [&](const Mention& m) {
        return m.name.end_token - m.name.first_token == 1 && common_words_.find(token_text(text, tokens[m.name.first_token]));
    };
    // The countries and regions the article names without doubt: its hand-made places that no
    // other place shares a name with.
    bool weigh = false;  // any mention with candidates to weigh, or a common word?
    for (const Mention& m : found)
        if (m.name.kind == NameMention::Kind::Place && (m.to > m.from || is_common_word(m))) {
            weigh = true;
            break;
        }
    if (!weigh) {  // the usual case: every name is one place of the lists
        std::vector<NameMention> out;
        out.reserve(found.size());
        for (const Mention& m : found) out.push_back(m.name);
        return out;
    }
    ArticleContext context;
    for (const Mention& m : found) {
        if (m.name.kind != NameMention::Kind::Place || m.to > m.from || is_common_word(m)) continue;
        const Place& p = places_[m.name.index];
        if (!p.country_code.empty()) context.countries.push_back(p.country_code);
        if (!p.region_code.empty()) context.regions.push_back(p.region_code);
    }
    // The next mention, when it follows as ", <place>", and the place it is (a hand-made one).
    auto qualifier = [&](size_t k) -> const Place* {
        if (k + 1 >= found.size()) return nullptr;
        const Mention& m = found[k];
        const Mention& next = found[k + 1];
        if (next.name.first_token != m.name.end_token + 1 || !tokens[m.name.end_token].is(',')) return nullptr;
        if (next.name.kind != NameMention::Kind::Place) return nullptr;
        if (next.to == next.from) return &places_[next.name.index];
        for (const Candidate& c : candidates_of(next))
            if (c.hand) return &places_[static_cast<size_t>(c.place)];
        return nullptr;
    };
    for (size_t k = 0; k < found.size(); ++k) {
        const Mention& m = found[k];
        bool world = false;
        for (const Candidate& c : candidates_of(m)) world |= !c.hand;
        const bool next_is_place = k + 1 < found.size() && found[k + 1].name.first_token == m.name.end_token &&
                                   found[k + 1].name.kind == NameMention::Kind::Place;
        if (world && part_of_longer_name(text, tokens, m.name.first_token, m.name.end_token, first, end,
                                         starts_sentence(text, tokens, m.name.first_token, first), next_is_place))
            context.person_words.emplace_back(token_text(text, tokens[m.name.first_token]));
    }
    // What the rules read of mention k, and whether they may take candidate c of it (rules
    // "qualified", "common word", "part of a longer name", "population or context").
    struct Reading {
        int next = -1;  // the qualifying place's index (weighing adds places: a pointer would not survive)
        bool common = false, at_start = false, after_preposition = false, person = false;
    };
    auto reading_of = [&](size_t k, bool common) {
        const Mention& m = found[k];
        Reading r;
        if (const Place* q = qualifier(k)) r.next = static_cast<int>(q - places_.data());
        r.common = common;
        r.at_start = starts_sentence(text, tokens, m.name.first_token, first);
        r.after_preposition = after_locative_preposition(text, tokens, m.name.first_token, first);
        r.person = m.name.end_token - m.name.first_token == 1 &&
                   std::find(context.person_words.begin(), context.person_words.end(),
                             token_text(text, tokens[m.name.first_token])) != context.person_words.end();
        return r;
    };
    auto qualifying = [&](const Reading& r) { return r.next < 0 ? nullptr : &places_[static_cast<size_t>(r.next)]; };
    // Read once, for every place mention the rules weigh (with candidates, or a common word).
    std::vector<Reading> readings(found.size());
    for (size_t k = 0; k < found.size(); ++k) {
        if (found[k].name.kind != NameMention::Kind::Place) continue;
        const bool common = is_common_word(found[k]);
        if (found[k].to > found[k].from || common) readings[k] = reading_of(k, common);
    }
    auto may_take = [&](const Reading& r, const Candidate& c) {
        const bool qualified = qualified_by_next(qualifying(r), c.country_code, c.region_code);
        const bool country_named = context.names_country(c.country_code);
        if (r.common && !common_word_is_place(qualified, r.at_start, r.after_preposition, country_named)) return false;
        if (!c.hand && !qualified && r.person) return false;
        return c.hand || well_known_or_in_context(c.population, qualified, context.names_region(c.region_code), country_named,
                                                  r.after_preposition);
    };
    // Rules "unambiguous places name their country" and "places that agree": the countries the
    // article names through its world places, gathered from every mention before any is weighed,
    // so the order of the mentions does not matter (the first rule reads the countries named
    // outright, the second those and the first's).
    std::vector<std::string> named_by_places;
    auto add_country = [&](std::string_view cc) {
        if (!cc.empty() && !context.names_country(cc) && std::find(named_by_places.begin(), named_by_places.end(), cc) == named_by_places.end())
            named_by_places.emplace_back(cc);
    };
    auto spelled = [&](const Mention& m) {
        return text.substr(tokens[m.name.first_token].start, tokens[m.name.end_token - 1].end - tokens[m.name.first_token].start);
    };
    for (size_t k = 0; k < found.size(); ++k) {
        const Mention& m = found[k];
        if (m.name.kind != NameMention::Kind::Place || m.to == m.from) continue;
        const Reading& r = readings[k];
        if (!r.common && !r.person) add_country(sole_country(candidates_of(m), [&](const Candidate& c) { return may_take(r, c); }));
    }
    for (std::string& cc : named_by_places) context.countries.push_back(std::move(cc));
    named_by_places.clear();
    // A name some of whose candidates lie in a country already named is decided: it vouches for
    // no other country ("Valencia, Venezuela" beside "Orihuela").
    auto undecided = [&](const Mention& m) {
        return std::none_of(all.begin() + m.from, all.begin() + m.to, [&](const Candidate& c) { return context.names_country(c.country_code); });
    };
    for (size_t k = 0; k < found.size(); ++k) {
        const Mention& m = found[k];
        if (m.name.kind != NameMention::Kind::Place || m.to == m.from) continue;
        const std::string_view only = sole_country(candidates_of(m), [](const Candidate&) { return true; });
        if (only.empty() || context.names_country(only)) continue;
        for (size_t j = 0; j < found.size(); ++j) {
            const Mention& other = found[j];
            if (j == k || other.name.kind != NameMention::Kind::Place || other.to == other.from) continue;
            if (!agreed_by_another_place(candidates_of(m), candidates_of(other), only) || spelled(other) == spelled(m) || !undecided(other))
                continue;
            const Reading &r = readings[k], &o = readings[j];
            if (!r.common && !r.person && !o.common && !o.person) {
                add_country(only);
                break;
            }
        }
    }
    for (std::string& cc : named_by_places) context.countries.push_back(std::move(cc));
    std::vector<NameMention> out;
    out.reserve(found.size());
    for (size_t k = 0; k < found.size(); ++k) {
        Mention& m = found[k];
        if (m.name.kind == NameMention::Kind::Actor) {
            out.push_back(m.name);
            continue;
        }
        if (m.to == m.from && !readings[k].common) {  // one place, from the list
            out.push_back(m.name);
            continue;
        }
        std::vector<Candidate> single;  // a common word of the list: its one place, weighed by the rules
        if (m.to == m.from) {
            const Place& p = places_[m.name.index];
            single.push_back({static_cast<int>(m.name.index), {}, p.country_code, p.region_code, p.population, true});
        }
        const std::span<const Candidate> weighed = m.to == m.from ? std::span<const Candidate>(single) : candidates_of(m);
        const Reading& r = readings[k];
        const Candidate* best = nullptr;
        std::tuple<bool, double, bool> best_score{};
        for (const Candidate& c : weighed) {
            if (!may_take(r, c)) continue;
            const bool qualified = qualified_by_next(qualifying(r), c.country_code, c.region_code);
            const std::tuple<bool, double, bool> score{
                qualified, weight_in_context(c.population, c.hand, context.names_region(c.region_code), context.names_country(c.country_code)),
                c.hand};
            if (!best || score > best_score) {
                best = &c;
                best_score = score;
            }
        }
        if (!best) continue;
        m.name.index = best->place >= 0 ? static_cast<uint32_t>(best->place) : add_world_place(best->row);
        out.push_back(m.name);
    }
    return out;
}

int Gazetteer::place_index(std::string_view name) const {
    auto it = place_by_name_.find(name);
    return it == place_by_name_.end() ? -1 : static_cast<int>(it->second);
}

int Gazetteer::country_of_demonym(std::string_view word) const {
    // The demonyms of every one-word name of a listed country, made once from the lists: each
    // ending a demonym takes, with what the country's name ends in instead ("-" nothing), in the
    // order of preference: Chin-ese China, Japan-ese Japan, Leban-ese Lebanon; Nigeri-an Nigeria
    // (before Niger), Ital-ian Italy, Ukrain-ian Ukraine, Egypt-ian Egypt; Americ-an America,
    // Mexic-an Mexico, Chile-an Chile; Iraq-i Iraq, Somal-i Somalia; Turk-ish Turkey, Swed-ish
    // Sweden; German Germany. A word is then one look-up, as the scanners' words are.
    std::call_once(demonyms_once_, [&] {
        static constexpr std::pair<std::string_view, std::string_view> kEndings[] = {
            {"ese", "- a on"}, {"ian", "ia a y e ium -"}, {"an", "a o - y"}, {"i", "- ia"}, {"ish", "ey en"}, {"", "y"},
        };
        using Found = Demonym;
        WordTable<Found> table{false};
        for (size_t alias = 0; alias < aliases(); ++alias) {
            const NameMention entry = alias_entry(alias);
            const std::vector<std::string_view> tokens = alias_tokens(alias);
            if (entry.kind != NameMention::Kind::Place || !is_country(entry.index) || tokens.size() != 1) continue;
            const std::string_view name = tokens[0];
            uint32_t rank = 0;
            for (const auto& [suffix, endings] : kEndings)
                for (std::string_view rest = endings; !rest.empty(); ++rank) {
                    const size_t space = rest.find(' ');
                    std::string_view ending = rest.substr(0, space);
                    rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
                    if (ending == "-") ending = {};
                    if (!name.ends_with(ending) || name.size() < ending.size() + 3) continue;
                    const std::string demonym = std::string(name.substr(0, name.size() - ending.size())).append(suffix);
                    if (demonym == name || demonym.size() < 4) continue;
                    Found* known = table.find(demonym);
                    if (!known) table.insert(demonym, {entry.index, rank});
                    else if (rank < known->rank) *known = {entry.index, rank};
                }
        }
        demonyms_ = std::move(table);
    });
    if (word.size() < 4 || word[0] < 'A' || word[0] > 'Z') return -1;
    const auto* found = demonyms_.find(word);
    return found ? static_cast<int>(found->place) : -1;
}

void Gazetteer::link_places() {
    const size_t n = places_.size();
    parent_.assign(n, -1);
    city_.assign(n, -1);
    scene_.assign(n, SceneKind::Other);
    country_.assign(n, {});
    for (size_t i = 0; i < n; ++i)
        if (!places_[i].within.empty()) parent_[i] = place_index(places_[i].within);
    for (size_t i = 0; i < n; ++i) link_place(i);
}

std::string_view Gazetteer::country_of(uint32_t place) const {
    return place < country_.size() ? country_[place] : std::string_view{};
}

bool Gazetteer::contains(uint32_t outer, uint32_t inner) const {
    // inner's within-chain reaches outer, or outer is inner's country.
    if (scene_[outer] == SceneKind::Country && country_of(inner) == places_[outer].name) return true;
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
    if ((scene_[a] == SceneKind::RegionOrArea || scene_[b] == SceneKind::RegionOrArea) && !country_of(a).empty() &&
        country_of(a) == country_of(b))
        return true;
    return false;
}

}  // namespace dateline
