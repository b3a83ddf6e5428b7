#include "article_inputs.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "source_manifest.h"

namespace dateline {

namespace fs = std::filesystem;

namespace {

// Reads a whole file; on failure returns false with a reason.
bool read_file(const fs::path& path, std::string& out, std::string& why) {
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec) {
        why = "cannot be read (" + ec.message() + ")";
        return false;
    }
    if (size > kLargestArticleBytes) {
        why = "is " + std::to_string(size / (1024 * 1024)) + " MB, larger than the " +
              std::to_string(kLargestArticleBytes / (1024 * 1024)) + " MB limit for one article; skipped";
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        why = "cannot be opened";
        return false;
    }
    out.assign(static_cast<size_t>(size), '\0');
    in.read(out.data(), static_cast<std::streamsize>(size));
    out.resize(static_cast<size_t>(in.gcount()));
    if (in.bad()) {
        why = "could not be read to the end";
        return false;
    }
    return true;
}

bool has_txt_extension(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".txt";
}

// Manifests are read once per folder, whichever way the folder was reached.
class Manifests {
public:
    explicit Manifests(Problems& problems) : problems_(problems) {}

    const SourceManifest* for_folder(const fs::path& folder) {
        const std::string key = folder.lexically_normal().string();
        if (auto it = cache_.find(key); it != cache_.end()) return it->second ? &*it->second : nullptr;
        std::optional<SourceManifest> manifest;
        const fs::path file = folder / "sources.json";
        std::error_code ec;
        if (fs::is_regular_file(file, ec)) {
            std::string bytes, why;
            if (read_file(file, bytes, why)) manifest = parse_source_manifest(bytes, file.string(), problems_);
            else problems_.push_back({file.string(), why + "; its editorial facts are ignored", Problem::Severity::Skipped});
        }
        return (cache_[key] = std::move(manifest)) ? &*cache_[key] : nullptr;
    }

private:
    Problems& problems_;
    std::map<std::string, std::optional<SourceManifest>> cache_;
};

}  // namespace

GatheredInputs gather_article_inputs(const std::vector<std::string>& paths) {
    GatheredInputs g;
    Manifests manifests(g.problems);

    auto add_file = [&](const fs::path& path, const SourceManifest* manifest) {
        ArticleInput in;
        in.file = path.filename().string();
        in.label = path.string();
        std::string why;
        if (!read_file(path, in.bytes, why)) {
            g.problems.push_back({in.label, why, Problem::Severity::Skipped});
            return;
        }
        if (manifest)
            if (auto it = manifest->by_file.find(in.file); it != manifest->by_file.end()) in.facts = it->second;
        g.articles.push_back(std::move(in));
    };

    for (const std::string& given : paths) {
        const fs::path path(given);
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            g.problems.push_back({given, "no such file or folder", Problem::Severity::Skipped});
        } else if (fs::is_directory(status)) {
            std::vector<fs::path> files;
            for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec))
                if (has_txt_extension(it->path()) && it->is_regular_file(ec)) files.push_back(it->path());
            if (ec) g.problems.push_back({given, "folder cannot be listed (" + ec.message() + ")", Problem::Severity::Skipped});
            std::sort(files.begin(), files.end());
            const SourceManifest* manifest = manifests.for_folder(path);
            if (files.empty() && !ec)
                g.problems.push_back({given, "folder has no .txt articles", Problem::Severity::Skipped});
            for (const fs::path& f : files) add_file(f, manifest);
            if (manifest) {  // entries naming files the folder does not have
                std::set<std::string, std::less<>> names;
                for (const fs::path& f : files) names.insert(f.filename().string());
                for (const auto& entry : manifest->by_file) {
                    const std::string& file = entry.first;
                    if (!names.count(file))
                        g.problems.push_back({(path / "sources.json").string(),
                                              "names \"" + file + "\", which is not in the folder", Problem::Severity::Note});
                }
            }
        } else if (path.extension() == ".json") {
            g.problems.push_back({given, "is not an article (a .json file); name its folder to use it as sources.json",
                                  Problem::Severity::Skipped});
        } else {
            const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
            add_file(path, manifests.for_folder(folder));
        }
    }
    return g;
}

}  // namespace dateline
