#include "url_state.h"

#include <gtest/gtest.h>

using namespace dateline;

TEST(UrlState, ReadsEveryPart) {
    const UrlState s = parse_url_state("#event=20170629-3fa9c1&t=2017-06-29&view=2017-06-01..2017-08-01");
    ASSERT_TRUE(s.event);
    EXPECT_EQ(*s.event, "20170629-3fa9c1");
    EXPECT_EQ(*s.playhead, (CivilDate{2017, 6, 29}));
    EXPECT_EQ(*s.view_from, (CivilDate{2017, 6, 1}));
    EXPECT_EQ(*s.view_to, (CivilDate{2017, 8, 1}));
    EXPECT_TRUE(s.ignored.empty());
    EXPECT_EQ(format_url_state(s), "#event=20170629-3fa9c1&t=2017-06-29&view=2017-06-01..2017-08-01");
}

TEST(UrlState, BadPartsAreIgnoredWithANoteAndGoodOnesKept) {
    const UrlState s = parse_url_state("#t=2017-02-31&event=<script>&view=2019..2017&zoom=9&t=2017-06-29");
    EXPECT_FALSE(s.event);
    EXPECT_FALSE(s.view_from);
    ASSERT_TRUE(s.playhead);
    EXPECT_EQ(*s.playhead, (CivilDate{2017, 6, 29}));
    EXPECT_EQ(s.ignored.size(), 4u);
}

TEST(UrlState, StrangeInputNeverBreaksIt) {
    for (const char* h : {"", "#", "#&&&", "#=", "#event=", "#t=", "#view=..", "#view=2017-01-01..", "%%%", "#event=%zz",
                          "#t=99999-01-01", "#t=2017-13-01", "#event=a%00b", "#\xff\xfe"}) {
        const UrlState s = parse_url_state(h);
        EXPECT_FALSE(s.event && s.event->empty()) << h;
    }
    EXPECT_EQ(parse_url_state(std::string(5000, 'x')).ignored.size(), 1u);
    EXPECT_EQ(parse_url_state("#view=2017-06-01..2017-05-01").ignored.size(), 1u);  // backwards
}

TEST(UrlState, TheFilterTravelsEncodedAndComesBackTheSame) {
    UrlState s;
    s.event = "20170629-3fa9c1";
    s.filter = "caf\xC3\xA9 & Mosul+1 #2";
    const std::string hash = format_url_state(s);
    EXPECT_EQ(hash, "#event=20170629-3fa9c1&q=caf%C3%A9%20%26%20Mosul%2B1%20%232");
    const UrlState back = parse_url_state(hash);
    EXPECT_TRUE(back.ignored.empty());
    ASSERT_TRUE(back.filter);
    EXPECT_EQ(*back.filter, *s.filter);
    EXPECT_EQ(*parse_url_state("#q=Raqqa+city").filter, "Raqqa city");  // a form's space
    s.filter = "";
    EXPECT_EQ(format_url_state(s), "#event=20170629-3fa9c1") << "no filter, no q=";
}

TEST(UrlState, AFilterThatIsNotTextIsANoteNotAFilter) {
    for (const char* bad : {"#q=%FF%FE", "#q=%C0%AF", "#q=a%00b", "#q=%0Aline", "#q=%ED%A0%80", "#q=%E2%82", "#q=%C2%85"}) {
        const UrlState s = parse_url_state(bad);
        EXPECT_FALSE(s.filter) << bad;
        ASSERT_EQ(s.ignored.size(), 1u) << bad;
        EXPECT_NE(s.ignored[0].find("q="), std::string::npos) << s.ignored[0];
    }
    const UrlState s = parse_url_state("#q=" + std::string(kLongestFilter + 1, 'a') + "&t=2017-06-29");
    EXPECT_FALSE(s.filter);
    EXPECT_TRUE(s.playhead) << "the rest of the link is still used";
    EXPECT_TRUE(parse_url_state("#q=" + std::string(kLongestFilter, 'a')).filter);
    EXPECT_EQ(*parse_url_state("#q=%F0%9F%93%B0").filter, "\xF0\x9F\x93\xB0");  // four bytes, fine
}

TEST(UrlState, ThePlaceFilterTravelsByNameAndComesBackTheSame) {
    UrlState s;
    s.event = "20170629-3fa9c1";
    s.filter = "dam";
    s.place = "S\xC3\xA3o Paulo & Co";
    const std::string hash = format_url_state(s);
    EXPECT_EQ(hash, "#event=20170629-3fa9c1&q=dam&place=S%C3%A3o%20Paulo%20%26%20Co");
    const UrlState back = parse_url_state(hash);
    EXPECT_TRUE(back.ignored.empty());
    ASSERT_TRUE(back.place);
    EXPECT_EQ(*back.place, *s.place);
    EXPECT_EQ(*back.filter, "dam") << "the words' filter and the place filter are two parts";
    EXPECT_EQ(*parse_url_state("place=New+York").place, "New York");
    s.place = "";
    EXPECT_EQ(format_url_state(s), "#event=20170629-3fa9c1&q=dam") << "no place, no place=";
}

TEST(UrlState, APlaceThatIsNotANameIsANoteNotAFilter) {
    for (const char* bad : {"#place=", "#place", "#place=%FF", "#place=a%00b", "#place=%0D%0A", "#place=%C2%85", "#place=%E2%82"}) {
        const UrlState s = parse_url_state(bad);
        EXPECT_FALSE(s.place) << bad;
        ASSERT_EQ(s.ignored.size(), 1u) << bad;
        EXPECT_NE(s.ignored[0].find("place="), std::string::npos) << s.ignored[0];
    }
    const UrlState s = parse_url_state("#place=" + std::string(kLongestPlaceName + 1, 'a') + "&t=2017-06-29");
    EXPECT_FALSE(s.place);
    EXPECT_NE(s.ignored.at(0).find("longer than"), std::string::npos) << s.ignored[0];
    EXPECT_TRUE(s.playhead) << "the rest of the link is still used";
    EXPECT_TRUE(parse_url_state("#place=" + std::string(kLongestPlaceName, 'a')).place);
}
