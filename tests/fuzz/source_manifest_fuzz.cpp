// Fuzz target: sources.json as anybody might have edited it. Parsing never throws and never
// crashes; every entry kept has a file name; a manifest that is not JSON is reported as a problem.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "source_manifest.h"
#include "invariant.h"

using fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view json(reinterpret_cast<const char*>(data), size);
    dateline::Problems problems;
    const dateline::SourceManifest manifest = dateline::parse_source_manifest(json, "sources.json", problems);
    for (const auto& [file, facts] : manifest.by_file) {
        require(!file.empty(), "every entry kept has a file name");
        require(!facts.published || dateline::is_valid(*facts.published), "no impossible publication date is kept");
    }
    for (const dateline::Problem& p : problems) require(!p.message.empty(), "every problem has a message");
    return 0;
}
