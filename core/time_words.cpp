#include "time_words.h"

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

#include "lexicon.h"

namespace dateline {

TimeUnit time_unit_from_code(std::string_view c) {
    if (c == "Y") return TimeUnit::Year;
    if (c == "Q") return TimeUnit::Quarter;
    if (c == "M") return TimeUnit::Month;
    if (c == "W") return TimeUnit::Week;
    if (c == "FN") return TimeUnit::Fortnight;
    if (c == "WE") return TimeUnit::Weekend;
    if (c == "D") return TimeUnit::Day;
    if (c == "H") return TimeUnit::Hour;
    if (c == "MIN") return TimeUnit::Minute;
    if (c == "S") return TimeUnit::Second;
    if (c == "DE") return TimeUnit::Decade;
    if (c == "CE") return TimeUnit::Century;
    return TimeUnit::None;
}

namespace {

TimeWordClass class_from_name(std::string_view n) {
    static const std::pair<std::string_view, TimeWordClass> kNames[] = {
        {"month", TimeWordClass::Month}, {"month-abbrev", TimeWordClass::MonthAbbrev}, {"weekday", TimeWordClass::Weekday},
        {"weekday-abbrev", TimeWordClass::WeekdayAbbrev}, {"number", TimeWordClass::Number}, {"ordinal", TimeWordClass::Ordinal},
        {"unit", TimeWordClass::Unit}, {"units", TimeWordClass::Units}, {"part-of-day", TimeWordClass::PartOfDay},
        {"season", TimeWordClass::Season}, {"part", TimeWordClass::Part}, {"earlier", TimeWordClass::Earlier},
        {"later", TimeWordClass::Later}, {"deictic", TimeWordClass::Deictic}, {"anaphoric", TimeWordClass::Anaphoric},
        {"day-ref", TimeWordClass::DayRef}, {"ref", TimeWordClass::Ref}, {"ago", TimeWordClass::Ago},
        {"every", TimeWordClass::Every}, {"set-adverb", TimeWordClass::SetAdverb}, {"fuzzy", TimeWordClass::Fuzzy},
        {"approx", TimeWordClass::Approx}, {"zone", TimeWordClass::Zone}, {"meridiem", TimeWordClass::Meridiem},
        {"starter", TimeWordClass::Starter},
    };
    for (const auto& [name, cls] : kNames)
        if (name == n) return cls;
    return TimeWordClass::None;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

int to_int(std::string_view s) {
    int sign = 1, v = 0;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        sign = s.front() == '-' ? -1 : 1;
        s.remove_prefix(1);
    }
    for (char c : s) {
        if (c < '0' || c > '9') return 0;
        v = v * 10 + (c - '0');
    }
    return sign * v;
}

// Words of more than one meaning keep the first, except that a unit meaning gives way to any
// other ("second": the ordinal, wherever the lexicon lists it). One table, so that a word is
// hashed and probed once.
struct Vocabulary {
    WordTable<TimeWord> words;
    // Every word's shape: its first two letters and length, and the set of its last letters
    // (folded). Most words of a text are rejected on their shape, before any hashing: of the
    // words that start like a time word ("th": "the", "that", "third"), few also have its length
    // and last letter.
    static constexpr size_t kLongest = 14;
    std::array<uint32_t, 27 * 27 * (kLongest + 1)> last_letters{};
    static size_t letter(char c) {
        c = static_cast<char>(c | 0x20);
        return c >= 'a' && c <= 'z' ? static_cast<size_t>(c - 'a') + 1 : 0;
    }
    static size_t key(std::string_view w) {  // w: 1 to kLongest characters
        return (letter(w[0]) * 27 + (w.size() > 1 ? letter(w[1]) : 0)) * (kLongest + 1) + w.size();
    }
    static uint32_t last_letter_bit(std::string_view w) { return uint32_t{1} << letter(w.back()); }
    void add_shape(std::string_view w) {
        if (!w.empty() && w.size() <= kLongest) last_letters[key(w)] |= last_letter_bit(w);
    }
    bool may_be_a_word(std::string_view w) const { return last_letters[key(w)] & last_letter_bit(w); }
};

const Vocabulary& vocabulary() {
    static const Vocabulary v = [] {
        Vocabulary out;
        std::vector<std::pair<std::string_view, TimeWord>> units;  // added after every other meaning
        for (const std::string& entry : lexicon_entries("time_words")) {
            std::string_view rest = entry;
            std::string_view fields[3];
            for (auto& f : fields) {
                const size_t semi = rest.find(';');
                f = trim(rest.substr(0, semi));
                rest = semi == std::string_view::npos ? std::string_view{} : rest.substr(semi + 1);
            }
            TimeWord w;
            w.cls = class_from_name(fields[1]);
            if (w.cls == TimeWordClass::None) continue;
            w.code = fields[2];  // views into the lexicon's static text
            w.value = to_int(fields[2]);
            if (w.cls == TimeWordClass::Unit || w.cls == TimeWordClass::Units) w.unit = time_unit_from_code(fields[2]);
            if (w.cls == TimeWordClass::Unit || w.cls == TimeWordClass::Units) units.emplace_back(fields[0], w);
            else out.words.insert(fields[0], w);
            out.add_shape(fields[0]);
        }
        for (const auto& [word, w] : units) out.words.insert(word, w);  // the first entry of a word wins
        return out;
    }();
    return v;
}

}  // namespace

const TimeWord& time_word(std::string_view lower) {
    static const TimeWord none;
    if (lower.empty() || lower.size() > Vocabulary::kLongest) return none;
    const Vocabulary& v = vocabulary();
    if (!v.may_be_a_word(lower)) return none;
    const TimeWord* w = v.words.find(lower);
    return w ? *w : none;
}

}  // namespace dateline
