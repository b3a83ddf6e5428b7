#include "article_inputs.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

#include "source_manifest.h"
#include "story.h"

namespace dateline {

namespace fs = std::filesystem;

namespace {

// Reads a file, or its first `limit` bytes; on failure returns false with a reason. Only regular
// files are opened (a pipe would block for ever). `full_size` is the file's size when larger
// than `limit`; `note` says if the file changed while it was read.
bool read_file(const fs::path& path, size_t limit, std::string& out, uint64_t& full_size, std::string& why,
               std::string& note) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        why = "disappeared before it could be read";
        return false;
    }
    if (!fs::is_regular_file(status)) {
        why = fs::is_directory(status) ? "is a folder, not a file" : "is not a regular file (a pipe, socket or device)";
        return false;
    }
    const uint64_t size = fs::file_size(path, ec);
    if (ec) {
        why = "cannot be read (" + ec.message() + ")";
        return false;
    }
    // C's stdio, not std::ifstream: a stream would bring libc++'s streams and locale facets (about
    // 55 KB of code) into the page's WebAssembly, which the browser must validate before main().
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(std::fopen(path.string().c_str(), "rb"), &std::fclose);
    if (!in) {
        why = "cannot be opened (" + std::string(std::strerror(errno)) + ")";
        return false;
    }
    // Read to the end (or the limit), whatever the size said: the file may change meanwhile, and
    // some files (in /proc, say) claim to be empty and are not. The first read asks for one byte
    // more than the size said, so that a file as large as it said is read in one go, and the
    // buffer (zeroed when sized) is not much larger than the file: an article is a few KB.
    out.clear();
    size_t got = 0;
    bool more = true;
    while (more && got < limit) {
        out.resize(std::min<size_t>(limit, std::max<size_t>({got * 2, static_cast<size_t>(std::min<uint64_t>(size, limit)) + 1, 4096})));
        const size_t wanted = out.size() - got;
        const size_t arrived = std::fread(out.data() + got, 1, wanted, in.get());
        got += arrived;
        more = arrived == wanted;
    }
    if (std::ferror(in.get())) {
        why = "could not be read to the end";
        return false;
    }
    out.resize(got);
    if (more) more = std::fgetc(in.get()) != EOF;  // stopped at the limit: anything left?
    if (got != size && !(more && size > limit))
        note = "changed while it was read: it had " + std::to_string(size) + " bytes, " + std::to_string(got) + " were read";
    full_size = more ? std::max<uint64_t>(size, got + 1) : 0;
    return true;
}

bool has_article_extension(const fs::path& p) { return is_article_file_name(p.filename().string()); }

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
            std::string bytes, why, note;
            uint64_t full_size = 0;
            if (!read_file(file, kLargestManifestBytes, bytes, full_size, why, note))
                problems_.push_back({file.string(), why + "; its editorial facts are ignored", Problem::Severity::Skipped});
            else if (full_size > 0)
                problems_.push_back({file.string(), "is " + std::to_string(full_size / (1024 * 1024)) + " MB, more than the " +
                                                        std::to_string(kLargestManifestBytes / (1024 * 1024)) +
                                                        " MB a sources.json may hold; its editorial facts are ignored",
                                     Problem::Severity::Skipped});
            else
                manifest = parse_source_manifest(bytes, file.string(), problems_);
            if (!note.empty()) problems_.push_back({file.string(), note, Problem::Severity::Note});
        }
        return (cache_[key] = std::move(manifest)) ? &*cache_[key] : nullptr;
    }

private:
    Problems& problems_;
    std::map<std::string, std::optional<SourceManifest>> cache_;
};

}  // namespace

bool is_article_file_name(std::string_view name) {
    const size_t dot = name.rfind('.');
    if (dot == std::string_view::npos) return false;
    std::string ext(name.substr(dot));
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".txt" || ext == ".html" || ext == ".htm";
}

std::optional<NamedFile> read_named_file(const std::string& path, size_t limit) {
    NamedFile f{fs::path(path).filename().string(), {}, 0};
    std::string why, note;
    if (!read_file(path, limit, f.bytes, f.full_size, why, note)) return std::nullopt;
    return f;
}

GatheredInputs gather_article_inputs(const std::vector<std::string>& paths) {
    GatheredInputs g;
    Manifests manifests(g.problems);

    auto add_file = [&](const fs::path& path, const SourceManifest* manifest) {
        ArticleInput in;
        in.file = path.filename().string();
        in.label = path.string();
        std::string why, note;
        if (!read_file(path, kLargestArticleBytes, in.bytes, in.full_size, why, note)) {
            g.problems.push_back({in.label, why + "; skipped", Problem::Severity::Skipped});
            return;
        }
        if (!note.empty()) g.problems.push_back({in.label, note, Problem::Severity::Note});
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
                if (has_article_extension(it->path()) && !it->is_directory(ec)) files.push_back(it->path());  // read_file tells the rest
            if (ec) g.problems.push_back({given, "folder cannot be listed (" + ec.message() + ")", Problem::Severity::Skipped});
            std::sort(files.begin(), files.end());
            const SourceManifest* manifest = manifests.for_folder(path);
            if (files.empty() && !ec)
                g.problems.push_back({given, "folder has no articles (.txt, .html)", Problem::Severity::Skipped});
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

// How problems name each file: its name, and "(2)", "(3)"... when the name came before.
std::vector<std::string> labels_of(const std::vector<NamedFile>& files) {
    std::vector<std::string> labels;
    std::map<std::string, int> seen;
    for (const NamedFile& f : files) {
        const int n = ++seen[f.name];
        labels.push_back(n == 1 ? f.name : f.name + " (" + std::to_string(n) + ")");
    }
    return labels;
}

GatheredInputs gather_article_inputs(const std::vector<NamedFile>& files) {
    GatheredInputs g;
    auto is_json = [](std::string_view name) {
        std::string ext(fs::path(std::string(name)).extension().string());
        std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return ext == ".json";
    };
    const std::vector<std::string> labels = labels_of(files);
    SourceManifest facts;
    std::set<std::string, std::less<>> articles;
    for (size_t i = 0; i < files.size(); ++i) {
        if (files[i].name == "sources.json") {
            if (files[i].full_size > 0 || files[i].bytes.size() > kLargestManifestBytes) {
                g.problems.push_back({labels[i], "is more than the " + std::to_string(kLargestManifestBytes / (1024 * 1024)) +
                                                     " MB a sources.json may hold; its editorial facts are ignored",
                                      Problem::Severity::Skipped});
                continue;
            }
            const SourceManifest m = parse_source_manifest(files[i].bytes, labels[i], g.problems);
            for (const auto& [file, entry] : m.by_file)
                if (!facts.by_file.emplace(file, entry).second)
                    g.problems.push_back({labels[i], "names \"" + file + "\" again; the facts given first are kept",
                                          Problem::Severity::Note});
        } else if (!is_json(files[i].name)) {
            articles.insert(files[i].name);
        }
    }
    for (size_t i = 0; i < files.size(); ++i) {
        const NamedFile& f = files[i];
        if (f.name == "sources.json") continue;
        if (is_json(f.name)) {
            g.problems.push_back({labels[i], "is not an article (a .json file); only a file named sources.json gives editorial facts",
                                  Problem::Severity::Skipped});
            continue;
        }
        ArticleInput in;
        in.file = f.name;
        in.label = labels[i];
        in.bytes = f.bytes;
        in.full_size = f.full_size;
        if (auto it = facts.by_file.find(f.name); it != facts.by_file.end()) in.facts = it->second;
        g.articles.push_back(std::move(in));
    }
    for (const auto& entry : facts.by_file)
        if (!articles.count(entry.first))
            g.problems.push_back({"sources.json", "names \"" + entry.first + "\", which was not added", Problem::Severity::Note});
    return g;
}

Story read_story_file(const std::string& path, std::string_view label, Problems& problems) {
    std::error_code ec;
    const fs::path file = fs::is_directory(path, ec) ? fs::path(path) / "story.json" : fs::path(path);
    if (!fs::exists(file, ec)) return Story{};  // no story file: the defaults, nothing to say
    const std::string name = label.empty() ? file.string() : std::string(label);
    std::string bytes, why, note;
    uint64_t full_size = 0;
    if (!read_file(file, kLargestStoryBytes, bytes, full_size, why, note)) {
        problems.push_back({name, why + "; the story's settings are the defaults", Problem::Severity::Skipped});
        return Story{};
    }
    if (!note.empty()) problems.push_back({name, note, Problem::Severity::Note});
    return read_story_file(NamedFile{file.filename().string(), std::move(bytes), full_size}, name, problems);
}

Story read_story_file(const NamedFile& file, std::string_view label, Problems& problems) {
    const std::string name = label.empty() ? file.name : std::string(label);
    const uint64_t size = file.full_size > 0 ? file.full_size : file.bytes.size();
    if (size > kLargestStoryBytes) {
        problems.push_back({name, "is " + std::to_string(size / 1024) + " KB, more than the " + std::to_string(kLargestStoryBytes / 1024) +
                                      " KB a story file may hold; the story's settings are the defaults",
                            Problem::Severity::Skipped});
        return Story{};
    }
    return parse_story(file.bytes, name, problems);
}

}  // namespace dateline
