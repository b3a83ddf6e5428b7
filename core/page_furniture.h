// Page furniture: the parts of a scraped page that belong to the site, not to the article
// (navigation, share and comment widgets, newsletter blurbs, anti-spam questions, vote counters).
// They are set aside before anything reads the article, so they can never become a title or an
// event. The phrases are in assets/lexicons/page_furniture.txt.
#pragma once

#include <string_view>

namespace dateline {

// True when this whole line (any surrounding spaces) is page furniture.
bool is_page_furniture(std::string_view line);

}  // namespace dateline
