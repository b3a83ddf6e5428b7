// Fuzz target: sources.json as anybody might have edited it. Parsing never throws and never
// crashes; every entry kept has a file name; a manifest that is not JSON is reported as a problem.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "source_manifest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view json(reinterpret_cast<const char*>(data), size);
    dateline::Problems problems;
    const dateline::SourceManifest manifest = dateline::parse_source_manifest(json, "sources.json", problems);
    for (const auto& [file, facts] : manifest.by_file) {
        if (file.empty()) {
            std::fprintf(stderr, "source_manifest_fuzz: an entry without a file name was kept\n");
            std::abort();
        }
        if (facts.published && !dateline::is_valid(*facts.published)) {
            std::fprintf(stderr, "source_manifest_fuzz: an impossible publication date was kept\n");
            std::abort();
        }
    }
    for (const dateline::Problem& p : problems)
        if (p.message.empty()) {
            std::fprintf(stderr, "source_manifest_fuzz: a problem without a message\n");
            std::abort();
        }
    return 0;
}
