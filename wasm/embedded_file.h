// A file compiled into the program as data (cmake/embed_files.cmake writes them into a generated
// source): the page has no file system, so its fonts, the bundled story's files and the reading
// made at build time travel inside its WebAssembly.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace dateline {

struct EmbeddedFile {
    std::string_view name;   // its file name, no folders
    std::string_view bytes;  // all of it, as it was at build time
};

// The file called `name` among `files`; nothing when none is.
inline std::optional<std::string_view> embedded_file(const std::vector<EmbeddedFile>& files, std::string_view name) {
    for (const EmbeddedFile& f : files)
        if (f.name == name) return f.bytes;
    return std::nullopt;
}

// The bundled story's folder, assets/articles (its articles, sources.json and story.json), in
// its files' name order (generated: bundled_article_files_data.cpp).
const std::vector<EmbeddedFile>& bundled_article_files();

// The page's own files (generated in the page's build only: page_files_data.cpp): its interface
// fonts, ui.ttf and ui-bold.ttf, their atlases, font_atlas.bin (font_atlas.h), and the bundled
// story's reading and inputs, bundled_reading.bin and bundled_inputs.bin (bundled_reading.h).
const std::vector<EmbeddedFile>& page_files();

}  // namespace dateline
