// The bundled story's reading, made at build time: what the core reads from the bundled articles
// (their lines, time expressions, events, figures, problems), written once by the build
// (bundled_reading_tool.cpp, the same core) and shipped with the page, so that the page's first
// frame does not run the extractor. The core still reads whenever the reader adds articles or a
// published page brings its own.
//
// The data holds no article text: the articles' bytes ship anyway, and their clean text and
// offset map are made again from them on load (normalise_article_text, as reading does). It
// names the inputs it was read from by a fingerprint (their names, labels, bytes and editorial
// facts): handed other inputs, read_bundled_reading gives nothing, and the caller reads them.
//
// Kept of each time expression: what the timeline shows and cites (offsets, tokens, type, value,
// mod, days, precision, give or take, how), not the words' meaning or signal, which only reading
// itself uses.
//
// Format (version 2: version 1 and an approximate day's "give or take" days on each time
// expression and event): "DLRD", a version byte, the inputs' fingerprint (8 bytes), then the
// timeline's parts in Timeline's order; integers as LEB128 varints (signed ones zig-zagged),
// strings as a length and their bytes; spans as a start near the one before and a length.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "article_inputs.h"
#include "embedded_file.h"
#include "story.h"
#include "timeline.h"

namespace dateline {

inline constexpr int kBundledReadingVersion = 2;

// The bundled articles of a folder, as the app reads them: named "the bundled <file>" in problems
// (not a path inside the app).
GatheredInputs gather_bundled_inputs(const std::string& folder);

// --- The bundled story's files, in memory --------------------------------------------------------
// The page has no file system: the bundled story's folder (assets/articles) is compiled into it
// (bundled_article_files(), embedded_file.h), and these read those files as the folder's would be:
// the articles are its .txt and .html files in name order, with sources.json's facts; story.json
// gives the story's settings; any other file is left alone.
std::vector<NamedFile> bundled_files(const std::vector<EmbeddedFile>& files);
// The files of a folder, read whole as the page would hold them (the native tests and tools, which
// make folders of their own): its articles, sources.json and story.json; nothing else.
std::vector<NamedFile> bundled_files_in(const std::string& folder);
// The articles among them, as gather_bundled_inputs(folder) gives them for the same folder.
GatheredInputs gather_bundled_inputs(const std::vector<NamedFile>& files);
// The story among them (story.json), named "the bundled story.json" in problems; the defaults
// when there is none.
Story read_bundled_story(const std::vector<NamedFile>& files, Problems& problems);

// A stable fingerprint of inputs (FNV-1a over their names, labels, bytes, sizes, facts and the
// problems met gathering them): the same on every machine and in WebAssembly.
uint64_t inputs_fingerprint(const GatheredInputs& inputs);

// The timeline read from `inputs` (build_timeline(inputs)) in the compact form above; empty when
// two inputs have the same label (an article's input could not be told).
std::string write_bundled_reading(const Timeline& timeline, const GatheredInputs& inputs);

// The timeline again, from that form and the same inputs; nothing (with `why`) when the data is
// not of this version, was made from other inputs, or is damaged.
std::optional<Timeline> read_bundled_reading(std::string_view data, const GatheredInputs& inputs, std::string* why = nullptr);

// --- The bundled inputs: what the page would otherwise gather from files at start -------------
// The story file's settings and the bundled articles' names, labels and editorial facts (from
// sources.json), made at build time beside the reading, so that the page's start parses no JSON
// and walks no folder: it takes each article's bytes by the name given. Its own file
// (bundled_inputs.bin), so the reading's format above is untouched. The articles' bytes are not in
// it (they ship anyway); read_bundled_reading's fingerprint still checks them and everything else.
//
// Format: "DLBI", a version byte, the story (title, description, credit, opening view, lane rule
// and most lanes), the story file's problems, then each article's file, label and facts, then the
// problems met gathering them; the same varints and strings as the reading.
inline constexpr int kBundledInputsVersion = 1;

struct BundledInputs {
    Story story;
    Problems story_problems;
    GatheredInputs inputs;
};

// The story and inputs in that form; the articles' bytes left out.
std::string write_bundled_inputs(const Story& story, const Problems& story_problems, const GatheredInputs& inputs);

// Them again, each article's bytes taken from `files` by its file name; nothing when the data is
// not of this version, is damaged, or an article is not among the files or is larger than
// kLargestArticleBytes (the caller then gathers the inputs itself).
std::optional<BundledInputs> read_bundled_inputs(std::string_view data, const std::vector<NamedFile>& files);

}  // namespace dateline
