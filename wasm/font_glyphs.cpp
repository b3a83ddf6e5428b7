#include "font_glyphs.h"

#include "app_model.h"

namespace dateline {

bool is_interface_symbol(char32_t code_point) {
    switch (code_point) {
        case 0x00A3: case 0x00BB: case 0x20AC: case 0x203A:  // pound, euro, guillemets (core's lead and page-furniture words)
        case 0x00B7: case 0x00D7:                            // middle dot (between tags), times (a filter's close)
        case 0x2013: case 0x2014:                            // en dash (date ranges), em dash
        case 0x2019: case 0x201C: case 0x201D: case 0x2026:  // apostrophe, quotes (citations, notes), ellipsis (cut text)
        case 0x2190: case 0x2192: case 0x2197:               // arrows: the overview's ends, "open the original"
        case 0x21B6: case 0x21B7: case 0x2212:               // undo, redo, minus (zoom out)
        case 0x25A0: case 0x25B6: case 0x25C0:               // stop, play, back
        case 0xFFFD:                                         // ImGui's fallback for a glyph it lacks
            return true;
        default:
            return false;
    }
}

FontGlyphs::FontGlyphs(const uint16_t* font_ranges) : wanted_(0x10000, false) {
    for (const uint16_t* r = font_ranges; r && r[0] && r[1]; r += 2) {
        if (r[0] > r[1]) continue;  // not a range
        font_.emplace_back(r[0], r[1]);
        for (char32_t cp = r[0]; cp <= r[1]; ++cp)
            if ((cp <= 0x7E || is_interface_symbol(cp)) && !wanted_[cp]) {
                wanted_[cp] = true;
                ++count_;
            }
    }
}

bool FontGlyphs::in_font(char32_t code_point) const {
    for (const auto& [first, last] : font_)
        if (code_point >= first && code_point <= last) return true;
    return false;
}

bool FontGlyphs::add_code_point(char32_t code_point) {
    if (code_point >= wanted_.size() || wanted_[code_point] || !in_font(code_point)) return false;
    wanted_[code_point] = true;
    ++count_;
    return true;
}

bool FontGlyphs::add_text(std::string_view utf8) {
    bool grew = false;
    const size_t n = utf8.size();
    for (size_t i = 0; i < n; ++i) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        if (lead < 0x80) continue;
        size_t length = 0;
        char32_t cp = 0;
        if ((lead & 0xE0) == 0xC0) length = 2, cp = lead & 0x1F;
        else if ((lead & 0xF0) == 0xE0) length = 3, cp = lead & 0x0F;
        else continue;  // a continuation byte out of place, or beyond the BMP (not in the font)
        if (i + length > n) break;
        bool valid = true;
        for (size_t k = 1; k < length; ++k) {
            const auto b = static_cast<unsigned char>(utf8[i + k]);
            if ((b & 0xC0) != 0x80) {
                valid = false;
                break;
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        if (!valid) continue;
        i += length - 1;
        if (add_code_point(cp)) grew = true;
    }
    return grew;
}

std::vector<uint16_t> FontGlyphs::ranges() const {
    std::vector<uint16_t> out;
    for (char32_t cp = 1; cp < wanted_.size(); ++cp) {
        if (!wanted_[cp]) continue;
        const char32_t first = cp;
        while (cp + 1 < wanted_.size() && wanted_[cp + 1]) ++cp;
        out.push_back(static_cast<uint16_t>(first));
        out.push_back(static_cast<uint16_t>(cp));
    }
    out.push_back(0);
    return out;
}

bool add_model_text(FontGlyphs& glyphs, const AppModel& model, bool timeline_changed) {
    bool grew = false;
    if (timeline_changed) {
        const Timeline& timeline = model.timeline();
        for (const Article& a : timeline.articles) {
            grew |= glyphs.add_text(a.text.clean);
            grew |= glyphs.add_text(a.title);
            grew |= glyphs.add_text(a.byline);
            grew |= glyphs.add_text(a.file);
            if (a.outlet) grew |= glyphs.add_text(*a.outlet);
        }
        for (size_t i = 0; i < timeline.events.size(); ++i) {
            grew |= glyphs.add_text(timeline.events[i].title);
            grew |= glyphs.add_text(model.note_of(static_cast<int>(i)));
        }
        if (timeline.gazetteer) {
            for (const auto& place : timeline.gazetteer->places()) grew |= glyphs.add_text(place.name);
            for (const auto& actor : timeline.gazetteer->actors()) grew |= glyphs.add_text(actor.name);
        }
        for (const auto& lane : model.lanes().lanes) grew |= glyphs.add_text(lane.name);
        for (const std::string& problem : model.edit_problems()) grew |= glyphs.add_text(problem);
    }
    const Story& story = model.story();
    grew |= glyphs.add_text(story.title);
    grew |= glyphs.add_text(story.description);
    grew |= glyphs.add_text(story.credit);
    grew |= glyphs.add_text(model.toast());
    for (const std::string& error : model.errors()) grew |= glyphs.add_text(error);
    return grew;
}

}  // namespace dateline
