#include "article_text.h"
#include "tokens.h"

#include <gtest/gtest.h>

using namespace dateline;

namespace {

// The original bytes behind the clean span of `word` (its first occurrence).
std::string original_of(const ArticleText& t, std::string_view original, std::string_view word) {
    const size_t at = t.clean.find(word);
    EXPECT_NE(at, std::string::npos) << word;
    if (at == std::string::npos) return {};
    const size_t from = t.offsets.to_original(at), to = t.offsets.to_original(at + word.size());
    return std::string(original.substr(from, to - from));
}

}  // namespace

TEST(ArticleText, PlainUtf8IsKeptAndMapsOneToOne) {
    const std::string in = "Mosul \xE2\x80\x98" "days\xE2\x80\x99 \xE2\x80\x94 Raqqa";  // curly quotes, em dash kept
    const ArticleText t = normalise_article_text(in);
    EXPECT_EQ(t.clean, in);
    EXPECT_EQ(t.encoding, SourceEncoding::Utf8);
    EXPECT_EQ(t.offsets.anchor_count(), 1u);
    EXPECT_EQ(original_of(t, in, "Raqqa"), "Raqqa");
}

TEST(ArticleText, LineEndsBecomeNewlines) {
    const std::string in = "one\r\ntwo\rthree\nfour\xC2\x85" "five\xE2\x80\xA8six";
    const ArticleText t = normalise_article_text(in);
    EXPECT_EQ(t.clean, "one\ntwo\nthree\nfour\nfive\nsix");
    EXPECT_EQ(original_of(t, in, "three"), "three");
    EXPECT_EQ(original_of(t, in, "six"), "six");
}

TEST(ArticleText, SpacesAreSpacesAndInvisiblesGo) {
    // no-break space, narrow no-break space, zero-width space, soft hyphen, BOM inside, non-breaking hyphen
    const std::string in = "June\xC2\xA0" "30\xE2\x80\xAF" "2017 Daesh\xE2\x80\x8B's al\xC2\xAD-Hol \xEF\xBB\xBFZ\xE2\x80\x91Y";
    const ArticleText t = normalise_article_text(in);
    EXPECT_EQ(t.clean, "June 30 2017 Daesh's al-Hol Z-Y");
    EXPECT_EQ(original_of(t, in, "30 2017"), "30\xE2\x80\xAF" "2017");
    EXPECT_EQ(original_of(t, in, "al-Hol"), "al\xC2\xAD-Hol");
}

TEST(ArticleText, Utf8BomIsDroppedAndOffsetsStillPointIntoTheFile) {
    const std::string in = "\xEF\xBB\xBFTitle";
    const ArticleText t = normalise_article_text(in);
    EXPECT_EQ(t.encoding, SourceEncoding::Utf8WithBom);
    EXPECT_EQ(t.clean, "Title");
    EXPECT_EQ(t.offsets.to_original(0), 3u);
    EXPECT_EQ(t.offsets.to_original(5), 8u);
}

TEST(ArticleText, InvalidSequencesAreReplacedNotFatal) {
    const std::string in = "ok \xC3\x28 \xE2\x82 \xED\xA0\x80 \xF8 \xC0\xAF end \xC3\xA9t\xC3\xA9";  // several invalid, then valid é
    const ArticleText t = normalise_article_text(in);
    EXPECT_EQ(t.encoding, SourceEncoding::Utf8);  // valid multi-byte text present: not Windows-1252
    EXPECT_GE(t.replaced_sequences, 5u);
    EXPECT_NE(t.clean.find("\xEF\xBF\xBD"), std::string::npos);
    EXPECT_EQ(original_of(t, in, "end"), "end");
    EXPECT_EQ(original_of(t, in, "\xC3\xA9t\xC3\xA9"), "\xC3\xA9t\xC3\xA9");
}

TEST(ArticleText, Windows1252IsRecognised) {
    const std::string in = "Daesh\x92s \x93" "caliphate\x94 \x96 caf\xE9";
    const ArticleText t = normalise_article_text(in);
    EXPECT_EQ(t.encoding, SourceEncoding::Windows1252);
    EXPECT_EQ(t.clean, "Daesh\xE2\x80\x99s \xE2\x80\x9C" "caliphate\xE2\x80\x9D \xE2\x80\x93 caf\xC3\xA9");
    EXPECT_EQ(t.replaced_sequences, 0u);
    EXPECT_EQ(original_of(t, in, "caliphate"), "caliphate");
}

TEST(ArticleText, Utf16WithBomIsDecoded) {
    auto encode = [](std::u16string_view s, bool le) {
        std::string out = le ? "\xFF\xFE" : "\xFE\xFF";
        for (char16_t u : s) {
            const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
            out += le ? std::string{lo, hi} : std::string{hi, lo};
        }
        return out;
    };
    for (bool le : {true, false}) {
        const std::string in = encode(u"Raqqa\r\n\u2019\U0001F600 x", le);
        const ArticleText t = normalise_article_text(in);
        EXPECT_EQ(t.encoding, le ? SourceEncoding::Utf16LE : SourceEncoding::Utf16BE);
        EXPECT_EQ(t.clean, "Raqqa\n\xE2\x80\x99\xF0\x9F\x98\x80 x");
        const size_t x = t.clean.find('x');
        EXPECT_EQ(t.offsets.to_original(x), in.size() - 2);
        EXPECT_EQ(t.offsets.to_original(x + 1), in.size());
        EXPECT_EQ(t.offsets.to_original(0), 2u);  // after the BOM
    }
}

TEST(ArticleText, Utf16WithoutBomIsRecognisedByItsZeroBytes) {
    const std::u16string_view text = u"Mosul, 10 July 2017: Iraqi forces retook the city.\n";
    for (bool le : {true, false}) {
        std::string in;
        for (char16_t u : text) {
            const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
            in += le ? std::string{lo, hi} : std::string{hi, lo};
        }
        EXPECT_EQ(utf16_without_bom(in), le ? 1 : 2);
        const ArticleText t = normalise_article_text(in);
        EXPECT_EQ(t.encoding, le ? SourceEncoding::Utf16LE : SourceEncoding::Utf16BE);
        EXPECT_EQ(t.clean, "Mosul, 10 July 2017: Iraqi forces retook the city.\n");
        EXPECT_EQ(t.offsets.to_original(0), 0u);  // no BOM to skip
    }
    // Plain text with a stray NUL or two is not UTF-16.
    EXPECT_EQ(utf16_without_bom(std::string("Mosul\0 fell\0 in July 2017.", 27)), 0);
    EXPECT_EQ(utf16_without_bom("Mosul fell in July 2017."), 0);
}

TEST(ArticleText, ControlCharactersAreDroppedAndCounted) {
    const std::string in = std::string("a\0b\x01" "c\td", 7);
    const ArticleText t = normalise_article_text(in);
    EXPECT_EQ(t.clean, "abc\td");
    EXPECT_EQ(t.dropped_controls, 2u);
    EXPECT_EQ(original_of(t, in, "c\td"), "c\td");
}

TEST(ArticleText, EmptyInput) {
    const ArticleText t = normalise_article_text("");
    EXPECT_TRUE(t.clean.empty());
    EXPECT_EQ(t.offsets.to_original(0), 0u);
    EXPECT_EQ(t.offsets.to_original(10), 0u);
}

// Quotation marks as a reader follows them: curly ones open and close, a straight one toggles.
TEST(Tokens, InsideQuoteAfterFollowsCurlyAndStraightQuotes) {
    const std::string text = "He said \xE2\x80\x9Cwe won\xE2\x80\x9D and \"they lost\" today";
    const std::vector<Token> tokens = tokenize(text);
    std::string inside;  // the words read inside quotation marks
    bool quoted = false;
    for (const Token& t : tokens) {
        quoted = t.inside_quote_after(quoted);
        if (quoted && t.is_word()) inside += std::string(token_text(text, t)) + " ";
    }
    EXPECT_EQ(inside, "we won they lost ");
    EXPECT_FALSE(quoted);
}

// The scanner reads runs of ASCII letters and digits eight bytes at a time: a word's end, its
// case and a possessive after it must come out as a byte-by-byte reading gives them, for words
// shorter than, as long as and longer than eight bytes, at the text's end, and beside non-ASCII.
TEST(Tokens, WordsOfAnyLengthKeepTheirEndsAndCase) {
    const std::string text =
        "INTERNATIONALLY Reconstruction ABCDEFGH abcdefgh Q3s F16 Mosul's Washington\xE2\x80\x99s "
        "caf\xC3\xA9s NATO-led U.S. 2,500 KILOMETRES";
    const std::vector<Token> tokens = tokenize(text);
    std::vector<std::string> words;
    std::string caps;  // per word: 'A' all capitals, 'C' capitalised, '-' neither
    for (const Token& t : tokens) {
        words.emplace_back(token_text(text, t));
        if (t.is_word()) caps += t.all_caps ? 'A' : t.capitalised ? 'C' : '-';
    }
    const std::vector<std::string> want = {"INTERNATIONALLY", "Reconstruction", "ABCDEFGH", "abcdefgh", "Q3s", "F16",
                                           "Mosul", "'s", "Washington", "\xE2\x80\x99s", "caf\xC3\xA9s", "NATO", "-",
                                           "led", "U.S.", "2,500", "KILOMETRES"};
    EXPECT_EQ(words, want);
    // "Q3s": two letters, one capital (not all capitals); "F16": one letter.
    EXPECT_EQ(caps, "ACA-CCC-C--A-AA");
}
