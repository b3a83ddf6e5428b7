// A saved web page read as an article (core/article_page.h): the words a reader sees, the page's
// own facts, and passages cited where they stand in the page's bytes.
#include <gtest/gtest.h>

#include <string>

#include "article.h"
#include "article_page.h"
#include "article_text.h"

namespace dateline {
namespace {

std::string reference(std::string_view at) {
    size_t length = 0;
    const auto text = character_reference(at, length);
    return text ? *text + "/" + std::to_string(length) : "none";
}

TEST(ArticlePage, CharacterReferences) {
    EXPECT_EQ(reference("&amp; more"), "&/5");
    EXPECT_EQ(reference("&#8217;s"), "\xE2\x80\x99/7");
    EXPECT_EQ(reference("&#x2019;"), "\xE2\x80\x99/8");
    EXPECT_EQ(reference("&rsquo;"), "\xE2\x80\x99/7");
    EXPECT_EQ(reference("&eacute;"), "\xC3\xA9/8");
    EXPECT_EQ(reference("&#146;"), "\xE2\x80\x99/6");  // Windows-1252's place, as browsers read it
    // Clean text's rules: a no-break space is a space; zero-width and control characters go.
    EXPECT_EQ(reference("&nbsp;"), " /6");
    EXPECT_EQ(reference("&#8203;"), "/7");
    EXPECT_EQ(reference("&#0;"), "\xEF\xBF\xBD/4");
    // Not references: a bare "&", an unknown name, no ";".
    EXPECT_EQ(reference("& Co"), "none");
    EXPECT_EQ(reference("&T Corp"), "none");
    EXPECT_EQ(reference("&bogus;"), "none");
    EXPECT_EQ(reference("&amp"), "none");
}

TEST(ArticlePage, IsAWebPageByItsNameOrItsOpening) {
    EXPECT_TRUE(is_article_page("story.HTML", "anything"));
    EXPECT_TRUE(is_article_page("story.htm", ""));
    EXPECT_TRUE(is_article_page("story.txt", "  <!-- saved from url=(0042)https://example.com/ -->\n<!DOCTYPE html><html>"));
    EXPECT_TRUE(is_article_page("a", "<html lang=\"en\">"));
    EXPECT_FALSE(is_article_page("story.txt", "Rebels took <b>the town</b> on Monday."));
    EXPECT_FALSE(is_article_page("story.txt", "AT&T said on Monday <html> was rendered."));
}

TEST(ArticlePage, KeepsTheWordsAReaderSeesALineABlock) {
    const ArticlePage p = read_article_page(
        "<html><head><title>T</title><style>p{}</style><script>var s = '<p>no</p>';</script></head><body>"
        "<nav><a href=/>Home</a> <nav>inner</nav> World</nav>"
        "<h1>Rebels take   the\ntown</h1><p>They <b>took</b> it on&nbsp;Monday.<br>Second line.</p>"
        "<!-- a comment <p>hidden</p> --><aside>Related</aside><button>Share</button>"
        "<p>a &lt; b &amp; AT&T</p></body></html>");
    EXPECT_EQ(p.text, "Rebels take the town\n\nThey took it on Monday.\nSecond line.\n\na < b & AT&T");
}

TEST(ArticlePage, TheTitleIsTheHeadlineOnlyWithoutAnH1) {
    const ArticlePage p = read_article_page(
        "<html><head><title>Rebels take Hama | Example News</title>"
        "<meta property=\"og:site_name\" content=\"Example News\"></head><body><p>Rebels took Hama on Monday.</p></body></html>");
    EXPECT_EQ(p.text, "Rebels take Hama\n\nRebels took Hama on Monday.");
    const ArticlePage with_h1 = read_article_page("<title>Site</title><h1>Rebels take Hama</h1><p>Text.</p>");
    EXPECT_EQ(with_h1.text, "Rebels take Hama\n\nText.");
}

TEST(ArticlePage, FactsFromTheMetadataTheSurestFirst) {
    const ArticlePage p = read_article_page(
        "<html><head><meta name=\"date\" content=\"2017-07-01\">"
        "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": \"2017-07-06T01:00:00Z\"}</script>"
        "<meta property=\"article:published_time\" content=\"2017-07-05T22:30:00-04:00\">"
        "<meta name=\"application-name\" content=\"App\"><meta property=\"og:site_name\" content=\" Example News \">"
        "<meta property=\"og:url\" content=\"https://example.com/og\">"
        "<link rel=\"Canonical\" href=\"https://example.com/a?x=1&amp;y=2\"></head><body><p>x</p></body></html>");
    ASSERT_TRUE(p.facts.published);
    // The publisher's own day, whatever its time zone.
    EXPECT_EQ(to_iso(*p.facts.published), "2017-07-05");
    EXPECT_EQ(p.facts.published_evidence, "article:published_time 2017-07-05T22:30:00-04:00");
    EXPECT_EQ(p.facts.outlet, "Example News");
    EXPECT_EQ(p.facts.url, "https://example.com/a?x=1&y=2");
    // Without them: JSON-LD, then the other names; og:url, application-name.
    const ArticlePage q = read_article_page(
        "<meta name=\"date\" content=\"2017-07-01\"><script type=\"application/ld+json\">{\"datePublished\":\"2017-07-06\"}</script>"
        "<meta name=\"application-name\" content=\"App\"><meta property=\"og:url\" content=\"https://example.com/og\">");
    EXPECT_EQ(to_iso(*q.facts.published), "2017-07-06");
    EXPECT_EQ(q.facts.outlet, "App");
    EXPECT_EQ(q.facts.url, "https://example.com/og");
    const ArticlePage r = read_article_page("<p>Posted <time itemprop=\"datePublished\" datetime=\"2017-07-03\">Monday</time></p>");
    EXPECT_EQ(to_iso(*r.facts.published), "2017-07-03");
    EXPECT_FALSE(read_article_page("<meta name=\"date\" content=\"soon\"><p>x</p>").facts.published);
}

TEST(ArticlePage, EveryCharacterMapsBackToThePageBytes) {
    const std::string html = "<p>The army&nbsp;withdrew &amp; the UN&#8217;s agency said so.</p>";
    const ArticlePage p = read_article_page(html);
    EXPECT_EQ(p.text, "The army withdrew & the UN\xE2\x80\x99s agency said so.");
    const size_t withdrew = p.text.find("withdrew"), agency = p.text.find("agency");
    EXPECT_EQ(html.substr(p.offsets.to_original(withdrew), 8), "withdrew");
    EXPECT_EQ(html.substr(p.offsets.to_original(agency), 6), "agency");
    EXPECT_EQ(p.offsets.to_original(p.text.size()), html.find("</p>"));
}

TEST(OffsetMapFollowedBy, ComposesTwoMaps) {
    // Bytes "a\r\nb&amp;c": normalised to "a\nb&amp;c", then read as a page to "a\nb&c".
    OffsetMap first;  // page words -> normalised text
    first.reset(9);
    first.mark(0, 0);
    first.mark(3, 3);
    first.mark(4, 8);
    OffsetMap second;  // normalised text -> bytes
    second.reset(10);
    second.mark(1, 1);
    second.mark(2, 3);
    const OffsetMap both = first.followed_by(second);
    EXPECT_EQ(both.to_original(0), 0u);  // a
    EXPECT_EQ(both.to_original(2), 3u);  // b
    EXPECT_EQ(both.to_original(3), 4u);  // & of &amp;
    EXPECT_EQ(both.to_original(4), 9u);  // c
    EXPECT_EQ(both.to_original(5), 10u);
}

TEST(ArticlePage, ReadAsAnArticleWithItsFactsBelowSourcesJson) {
    const std::string html =
        "<!DOCTYPE html>\r\n<html><head><title>x</title><meta property=\"og:site_name\" content=\"Example News\">"
        "<meta property=\"article:published_time\" content=\"2017-07-05T10:00:00Z\"></head><body>"
        "<h1>Syrian rebels seize Hama</h1><p>Rebels seized the town of Hama on Tuesday, officials said.</p></body></html>";
    Problems problems;
    const Article a = read_article("hama", "hama.html", html, nullptr, problems);
    EXPECT_EQ(a.title, "Syrian rebels seize Hama");
    EXPECT_EQ(a.outlet, "Example News");
    ASSERT_TRUE(a.published);
    EXPECT_EQ(to_iso(*a.published), "2017-07-05");
    EXPECT_EQ(a.published_from, PublishedFrom::Text);
    EXPECT_NE(a.published_how.find("page's metadata"), std::string::npos) << a.published_how;
    const size_t rebels = a.text.clean.find("Rebels seized");
    EXPECT_EQ(html.substr(a.text.offsets.to_original(rebels), 13), "Rebels seized");
    EXPECT_EQ(a.text.clean.find('<'), std::string::npos);

    EditorialFacts facts;
    facts.outlet = "Reuters";
    facts.published = CivilDate{2017, 7, 6};
    const Article given = read_article("hama", "hama.html", html, &facts, problems);
    EXPECT_EQ(given.outlet, "Reuters");
    EXPECT_EQ(to_iso(*given.published), "2017-07-06");
    EXPECT_EQ(given.published_from, PublishedFrom::Sources);
}

TEST(ArticlePage, APageWithNoTextSaysSo) {
    Problems problems;
    const Article a = read_article("app", "app.html", "<html><head><title>App</title></head><body><div id=root></div><script>render()</script></body></html>",
                                   nullptr, problems);
    EXPECT_EQ(a.text.clean, "App");  // its title, and nothing of its own
    bool said = false;
    for (const Problem& p : problems) said |= p.input == "app.html" && p.message.find("no article text") != std::string::npos;
    EXPECT_TRUE(said);
}

}  // namespace
}  // namespace dateline
