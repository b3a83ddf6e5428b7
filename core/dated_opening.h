// A story that opens on its date: "March 3, 2010 -- Ford said ...", "DETROIT — March 3, 2010:
// Ford said ...". Wire and press-release copy pasted without its page opens so; the date is the
// story's dateline, so its publication date, not an event of the story.
#pragma once

#include <cstddef>
#include <string_view>

namespace dateline {

// The length of a date opening the paragraph `s` as its dateline, with the separator and the
// spaces after it, or 0. The date is a full one (month, day and year); before it there may be a
// place in capitals and a dash or comma ("DETROIT — "), or in mixed case and a comma ("Baghdad, ");
// after a place the date may leave out its year ("Baghdad, Dec 14 – ", "Erbil, 14 December: "),
// which is then inferred. After the date may come a credit in brackets ("(IraqiNews.com)"), then
// a dash ("--", "—", "–", " - ") or a colon, then the story. A sentence that opens with its date
// ("March 3, 2010 was a Wednesday") has no such separator and is no dateline.
size_t dated_opening_length(std::string_view s);

}  // namespace dateline
