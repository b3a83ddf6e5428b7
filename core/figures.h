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

#include "article_analysis.h"
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

// The figures of one sentence of an analysed article (its byte span filled in; the caller sets
// `article` and `day`). `scene_place` is the place the text is at, for a sentence that names none.
std::vector<FigureMention> find_figures(const ArticleAnalysis& article, const Sentence& sentence, const Gazetteer& gazetteer,
                                        int scene_place);

// Groups figures across articles; only groups of two or more values are kept.
std::vector<FigureGroup> group_figures(std::vector<FigureMention> mentions, const Gazetteer& gazetteer);

}  // namespace dateline
