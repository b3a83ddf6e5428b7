// Article inputs: the one place the core touches the file system. It turns the paths a user
// names into ArticleInputs: a file is one article; a folder is its "*.txt" files (sorted by
// name) plus its sources.json if present. Editorial facts in a folder's sources.json apply to
// that folder's articles, whether the folder or one of its files was named.
// Nothing here decides what to do about a problem: problems are returned with the inputs.
#pragma once

#include <string>
#include <vector>

#include "problem.h"
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

}  // namespace dateline
