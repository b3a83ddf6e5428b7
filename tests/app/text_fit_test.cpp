// Headlines cut to a row: they end with "…", after a whole word when one fits, and never inside
// a UTF-8 character. The measure here counts characters (code points), one unit each.
#include "text_fit.h"

#include <gtest/gtest.h>

namespace dateline {
namespace {

float characters(std::string_view s) {
    float n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}
std::string fit(std::string_view text, float width) { return fit_to_width(text, width, characters); }

TEST(FitToWidth, TextThatFitsIsKeptWhole) {
    EXPECT_EQ(fit("Mosul falls", 11), "Mosul falls");
    EXPECT_EQ(fit("", 0), "");
}

TEST(FitToWidth, ACutHeadlineEndsWithAnEllipsisAfterAWholeWord) {
    EXPECT_EQ(fit("Iraqi forces retake the Old City", 20), "Iraqi forces retake\xE2\x80\xA6");
    // Where the words fit without the "…" but not with it, one word less.
    EXPECT_EQ(fit("Iraqi forces retake the Old City", 19), "Iraqi forces\xE2\x80\xA6");
    for (float w = 2; w < 32; ++w) {
        const std::string out = fit("Iraqi forces retake the Old City", w);
        EXPECT_LE(characters(out), w);
        EXPECT_TRUE(out.ends_with("\xE2\x80\xA6")) << out;
    }
}

TEST(FitToWidth, PunctuationAndSpacesBeforeTheEllipsisAreDropped) {
    EXPECT_EQ(fit("Talks resume, says UN envoy", 15), "Talks resume\xE2\x80\xA6");
    EXPECT_EQ(fit("Ceasefire:  both sides agree", 12), "Ceasefire\xE2\x80\xA6");
}

TEST(FitToWidth, AWordTooLongIsCutAtACharacterBoundary) {
    EXPECT_EQ(fit("Donaudampfschifffahrt", 6), "Donau\xE2\x80\xA6");
    // Two-, three- and four-byte characters are never split.
    const std::string greek = "\xCE\xB1\xCE\xB2\xCE\xB3\xCE\xB4\xCE\xB5 x";           // αβγδε x
    EXPECT_EQ(fit(greek, 4), "\xCE\xB1\xCE\xB2\xCE\xB3\xE2\x80\xA6");
    const std::string emoji = "\xF0\x9F\x93\xB0\xF0\x9F\x93\xB0\xF0\x9F\x93\xB0";  // three newspapers
    EXPECT_EQ(fit(emoji, 2), "\xF0\x9F\x93\xB0\xE2\x80\xA6");
    EXPECT_EQ(fit("abc", 0.5f), "\xE2\x80\xA6") << "nothing fits: the ellipsis alone";
}

TEST(FitToWidth, CharacterStartsFindTheLeadByte) {
    const std::string s = "a\xE2\x80\xA6z";
    EXPECT_EQ(character_start(s, 0), 0u);
    EXPECT_EQ(character_start(s, 2), 1u);
    EXPECT_EQ(character_start(s, 3), 1u);
    EXPECT_EQ(character_start(s, 4), 4u);
    EXPECT_EQ(character_start(s, 9), 9u);
}

}  // namespace
}  // namespace dateline
