// Article inputs: the one place the core touches the file system. It turns the paths a user
// names into ArticleInputs: a file is one article; a folder is its "*.txt" and "*.html" files
// (sorted by name) plus its sources.json if present. Editorial facts in a folder's sources.json apply to
// that folder's articles, whether the folder or one of its files was named.
// The same rules for files handed over in memory (the files a reader adds to the page): every
// file is an article, except sources.json files, whose facts apply to the others by name.
// Nothing here decides what to do about a problem: problems are returned with the inputs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "problem.h"
#include "story.h"
#include "timeline.h"

namespace dateline {

struct GatheredInputs {
    std::vector<ArticleInput> articles;
    Problems problems;
};

// Largest sources.json read, in bytes (the bundled one is 2 KB); a larger one is ignored, with
// a problem. Articles are bounded by kLargestArticleBytes (timeline.h): only that much is read.
inline constexpr size_t kLargestManifestBytes = 4u * 1024u * 1024u;

GatheredInputs gather_article_inputs(const std::vector<std::string>& paths);

struct NamedFile {
    std::string name;        // the file's name, no folders
    std::string bytes;       // all of it, or its first kLargestArticleBytes
    uint64_t full_size = 0;  // its size, when `bytes` holds only its beginning (else 0)
};
// An article's file, by its name: text (.txt), or a web page saved from the browser (.html,
// .htm; article_page.h), in any case. What a folder's articles are.
bool is_article_file_name(std::string_view name);
// The file at `path` as a folder's article is read: whole, or its first `limit` bytes (full_size
// then its size); nullopt when it cannot be read.
std::optional<NamedFile> read_named_file(const std::string& path, size_t limit);
// Several sources.json: their facts are joined (the first entry for a file is kept). A name given
// twice is told apart in problems as "name (2)". Any other .json file is not an article.
GatheredInputs gather_article_inputs(const std::vector<NamedFile>& files);
std::vector<std::string> labels_of(const std::vector<NamedFile>& files);  // how problems name them

// A story file (story.h): `path` is the file, or a folder whose story.json it is. No file gives
// the default settings and no problem; a file that cannot be read or parsed gives the defaults
// and a problem naming it as `label` (its path when `label` is empty).
Story read_story_file(const std::string& path, std::string_view label, Problems& problems);
// The same for a story file handed over in memory (the page's bundled story.json, compiled in).
Story read_story_file(const NamedFile& file, std::string_view label, Problems& problems);

}  // namespace dateline
