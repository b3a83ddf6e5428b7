// Article page: an article saved from the browser as a web page (.html, .htm), read as the words
// a reader sees on it, with the facts the page states about itself.
//
// A teacher saves a news page ("Save page as", or a school server's copy) and adds it as it is.
// What comes out is what read_article reads from a .txt: one line a paragraph, heading or
// caption; the page's own metadata gives what sources.json would (published date, outlet, link),
// below anything sources.json or the reader gives. Nothing is fetched, nothing is run.
//
// What is kept: the text of the body (and the <title> when the page has no <h1>), with character
// references decoded (&amp; &nbsp; &#8217; &rsquo; ...) and white space collapsed as a browser does;
// block elements (p, div, h1-h6, li, br, tr, blockquote, figcaption...) end a line. What goes:
// tags, comments, and what a reader never reads as the article: script, style, noscript,
// template, svg, math, iframe, object, canvas, select, button, textarea, audio, video, nav and aside.
//
// The facts, first found wins (publishers write several; they agree):
//   published  <meta property="article:published_time">, itemprop="datePublished" (a <meta> or
//              <time datetime>), JSON-LD "datePublished", <meta name="pubdate" | "publishdate" |
//              "date" | "dc.date" | "dc.date.issued" | "dcterms.created" | "parsely-pub-date" |
//              "sailthru.date">, <time pubdate datetime>; the date as the publisher wrote it
//              (a time zone does not move the day: the outlet's day is the article's).
//   outlet     <meta property="og:site_name">, else <meta name="application-name">
//   url        <link rel="canonical">, else <meta property="og:url">
//
// Every character of the text maps back to the page's bytes (OffsetMap), so a passage is cited
// where it stands in the file.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "article_text.h"
#include "calendar.h"

namespace dateline {

struct ArticlePageFacts {
    std::optional<CivilDate> published;
    std::string published_evidence;  // the attribute and its value: "article:published_time 2017-07-05T10:32:00Z"
    std::optional<std::string> outlet;
    std::optional<std::string> url;
};

struct ArticlePage {
    std::string text;       // what a reader sees, a line a block
    OffsetMap offsets;      // text offset -> offset in the page's (clean) bytes
    bool body_text = false; // any words besides the <title> (a page its scripts fill has none)
    ArticlePageFacts facts;
};

// Is this file a web page? Its name ends in .html/.htm/.xhtml, or its text opens (after spaces and
// comments) on "<!doctype html", "<html" or "<head". A .txt that merely holds a tag is text.
bool is_article_page(std::string_view file_name, std::string_view clean_text);

// Reads the page. `page` is clean text (article_text.h): valid UTF-8, "\n" line ends.
ArticlePage read_article_page(std::string_view page);

// One character reference, "&amp;" or "&#8217;" (with its "&" and ";"): its text, or nothing when
// it is not one (a bare "&" in "AT&T" stays as written). No-break and other spaces come out as a
// space, zero-width and control characters as nothing, as clean text has them.
std::optional<std::string> character_reference(std::string_view at, size_t& length);

}  // namespace dateline
