// Figures: counted numbers an article reports ("about 300 ISIS militants remain ... around
// Mosul") and what they count, so that disagreeing reports stay side by side.
//
// A figure is a number (or a range: "between 200 and 300", "200-300"), maybe hedged ("about",
// "some", "at least"), counting a noun of assets/lexicons/figure_nouns.txt (fighters, civilians,
// children...), placed where its sentence is: a place it names, or the scene of the text around
// it ("the city"). Figures of the same class and place, from articles published within a month
// of each other, form one group; the group says whether its values agree.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "calendar.h"
#include "gazetteer.h"
#include "tokens.h"

namespace dateline {

struct FigureMention {
    uint32_t article = 0;
    uint32_t start = 0, end = 0;  // the figure's words, clean text ("about 300 ISIS militants")
    uint32_t sentence_start = 0, sentence_end = 0;
    int64_t low = 0, high = 0;    // the value or range
    std::string counts;           // the class: "fighters"
    int place = -1;               // Gazetteer::places() index, or -1
    int64_t day = 0;              // publication day of its article
};

struct FigureGroup {
    std::string id;      // stable: class, place and first day
    std::string counts;  // "fighters"
    int place = -1;
    bool agree = true;   // every value range overlaps every other
    std::vector<FigureMention> values;
};

// Finds figures in tokens [first, end) of a sentence. `names` are the names found in that sentence
// (a slice of the article's, so that the cost stays per sentence); `scene_place` is the place the
// text is at.
void find_figures(std::string_view text, std::string_view lower, const std::vector<Token>& tokens, uint32_t first,
                  uint32_t end, std::span<const NameMention> names, const Gazetteer& gazetteer, int scene_place,
                  std::vector<FigureMention>& out);

// Groups figures across articles; only groups of two or more values are kept.
std::vector<FigureGroup> group_figures(std::vector<FigureMention> mentions, const Gazetteer& gazetteer);

}  // namespace dateline
