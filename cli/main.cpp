// dateline: the command-line face of the core.
//
//   dateline extract [--explain] [--progress] [--edits F] PATH...   timeline document (JSON, version 1) on stdout
//   dateline export --format timelinejs|csv|json [--edits F] [-o FILE] PATH...   an export (timeline_export.h)
//   dateline publish [--story F] [--edits F] [--include-bundled] [--engine PAGE] -o page.html PATH...
//                                             one self-contained HTML page (publication.h)
//   dateline timex [--dct YYYY-MM-DD] FILE    the time expressions of one plain-text file
//   dateline lines PATH...                    each line of each article and what it was read as
//   dateline --help | --version
//
// Exit status: 0 when every input was read; 2 when some were skipped (each named on stderr with
// the reason; the document still covers the rest); 1 on a usage error or when nothing was read.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <unistd.h>  // isatty: progress is shown on a terminal
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include <filesystem>
#include <fstream>
#include <unordered_map>
#include <iterator>
#include <nlohmann/json.hpp>

#include "article_inputs.h"
#include "article_text.h"
#include "edits.h"
#include "publication.h"
#include "story.h"
#include "time_expression.h"
#include "timeline.h"
#include "timeline_export.h"
#include "timeline_json.h"

#ifdef DATELINE_DEFAULT_ENGINE
extern const char* const DATELINE_DEFAULT_ENGINE;  // set in a generated file: the source tree's dist/ (cli/CMakeLists.txt)
#endif

namespace {

constexpr std::string_view kUsage =
    "usage: dateline extract [--explain] [--progress] [--edits FILE] PATH...\n"
    "  Reads news articles (a file each, or a folder of *.txt and *.html, saved web pages,\n"
    "  with its sources.json)\n"
    "  and prints their timeline document as JSON on stdout.\n"
    "  --explain   also print each source's passage and why merged events were merged\n"
    "  --progress  say every second how far reading got (on stderr; the default on a terminal)\n"
    "  --edits F   apply an edits document (the author's corrections; README \"Authoring and\n"
    "              exports\"): prints the same as export --format json\n"
    "usage: dateline export --format timelinejs|csv|json [--edits FILE] [--story FILE] [-o FILE]\n"
    "                       [--title TEXT] [--description TEXT] [--explain] PATH...\n"
    "  Exports the (corrected) timeline: TimelineJS3 JSON, CSV in the TimelineJS sheet's\n"
    "  columns, or Dateline's own JSON document; on stdout, or into FILE with -o.\n"
    "  --story F   the story file (title, description, lanes; README \"The story file\");\n"
    "              default: the story.json of the first folder given\n"
    "  --title, --description  the title slide (TimelineJS, CSV); default: the story's\n"
    "usage: dateline publish [--story FILE] [--edits FILE] [--include-bundled] [--engine PAGE]\n"
    "                        -o page.html PATH...\n"
    "  Writes one self-contained HTML page: Dateline's engine (the offline page) with these\n"
    "  articles, their sources.json, the story file and the edits inlined; it opens from\n"
    "  file:// with no network, read-only until its reader turns on Edit.\n"
    "  --include-bundled  show the engine's bundled articles too\n"
    "  --engine PAGE      the engine: dist/dateline-offline.html (the wasm build writes it);\n"
    "                     default: $DATELINE_ENGINE, else dateline-offline.html beside this\n"
    "                     program or in the source tree's dist/\n"
    "usage: dateline lines PATH...\n"
    "  Shows how each line of each article was read (title, body, caption, furniture...).\n"
    "usage: dateline timex [--dct YYYY-MM-DD] [--explain] FILE\n"
    "  Tags the time expressions of one plain-text file, read against the document\n"
    "  date --dct, and prints {\"timexes\": [{start, end, text, type, value}]} (byte offsets).\n"
    "exit status: 0 all inputs read, 2 some skipped or an edit no longer found (see stderr),\n"
    "             1 usage error or nothing read\n";

int usage_error(std::string_view message) {
    std::cerr << "dateline: " << message << "\n" << kUsage;
    return 1;
}

void report(const dateline::Problems& problems) {
    for (const dateline::Problem& p : problems)
        std::cerr << "dateline: " << p.input << ": " << p.message
                  << (p.severity == dateline::Problem::Severity::Note ? " (note)" : "") << "\n";
}

// Builds the timeline article by article; with `progress`, says every second how far it got
// (on stderr), so that a large input never looks like a hang.
dateline::Timeline build_with_progress(dateline::GatheredInputs inputs, bool progress) {
    using Clock = std::chrono::steady_clock;
    dateline::TimelineBuilder builder(std::move(inputs.problems));
    const size_t total = inputs.articles.size();
    uint64_t total_bytes = 0, done_bytes = 0;
    for (const dateline::ArticleInput& in : inputs.articles) total_bytes += in.bytes.size();
    const auto start = Clock::now();
    auto next = start + std::chrono::seconds(1);
    bool said = false;
    for (size_t i = 0; i < total; ++i) {
        done_bytes += inputs.articles[i].bytes.size();
        builder.add(std::move(inputs.articles[i]));
        inputs.articles[i].bytes = std::string();  // read: its bytes are no longer needed
        if (progress && Clock::now() >= next) {
            std::fprintf(stderr, "dateline: read %zu of %zu articles (%.1f of %.1f MB), %zu events so far\n", i + 1, total,
                         done_bytes / 1e6, total_bytes / 1e6, builder.events_read());
            next = Clock::now() + std::chrono::seconds(1);
            said = true;
        }
    }
    if (said) std::fprintf(stderr, "dateline: joining the %zu reports of the same events\n", builder.events_read());
    dateline::Timeline timeline = builder.finish();
    if (said) std::fprintf(stderr, "dateline: %zu events; writing the document\n", timeline.events.size());
    return timeline;
}

// Reads what `in` holds into `out`, up to `limit` bytes; false when it holds more.
bool read_at_most(std::istream& in, size_t limit, std::string& out) {
    out.assign(limit + 1, '\0');
    in.read(out.data(), static_cast<std::streamsize>(out.size()));
    out.resize(static_cast<size_t>(in.gcount()));
    return out.size() <= limit;
}

// What is said of a file over `limit` bytes.
// "is larger than 4 MB", or in KB for a limit under a megabyte (the story file's).
std::string larger_than(size_t limit) {
    if (limit >= 1024 * 1024) return "is larger than " + std::to_string(limit / (1024 * 1024)) + " MB";
    return "is larger than " + std::to_string(limit / 1024) + " KB";
}

// Largest edits document read, in bytes (an edit is about half a kilobyte: room for 30,000).
constexpr size_t kLargestEditsBytes = 16u * 1024u * 1024u;

// Reads and parses an edits document; what goes wrong is added to `problems` (the file is named).
dateline::EditsDocument read_edits(const std::string& path, dateline::Problems& problems) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        problems.push_back({path, "cannot be read; no edits applied", dateline::Problem::Severity::Skipped});
        return {};
    }
    std::string bytes;
    if (!read_at_most(in, kLargestEditsBytes, bytes)) {
        problems.push_back({path, larger_than(kLargestEditsBytes) + "; no edits applied", dateline::Problem::Severity::Skipped});
        return {};
    }
    return dateline::parse_edits_document(bytes, path, problems);
}

// Progress is shown by default only to a person at a terminal. Emscripten's file system
// reports its standard streams as terminals even when node's are pipes, so the wasm CLI would
// print progress lines that the native one does not (the bad-input suite compares both
// byte for byte): there, progress is shown only when asked for.
static bool stderr_is_a_terminal() {
#ifdef __EMSCRIPTEN__
    return false;
#else
    return isatty(2) == 1;
#endif
}

// The commands that read articles (extract, export, publish), a bit each, so that an option can
// name the ones that take it.
enum Command : unsigned { kExtract = 1, kExport = 2, kPublish = 4 };

// What extract, export and publish are given: the articles' paths and their options.
struct Options {
    explicit Options(Command c) : command(c) {}
    Command command;
    std::vector<std::string> paths;
    std::string edits_path, story_path, format, output, title, description, engine_path;
    bool explain = false, progress = stderr_is_a_terminal(), include_bundled = false;
};

// Every option of those commands, once: the commands that take it, and either the flag it sets or
// the value it takes (the next argument) and what that value is, for the message when it is
// missing ("--edits needs an edits document").
struct OptionRule {
    std::string_view name;
    unsigned commands;
    bool Options::*flag = nullptr;
    std::string Options::*value = nullptr;
    std::string_view needs = {};
};
constexpr OptionRule kOptions[] = {
    {.name = "--explain", .commands = kExtract | kExport, .flag = &Options::explain},
    {.name = "--progress", .commands = kExtract | kExport, .flag = &Options::progress},
    {.name = "--include-bundled", .commands = kPublish, .flag = &Options::include_bundled},
    {.name = "--edits", .commands = kExtract | kExport | kPublish, .value = &Options::edits_path, .needs = "an edits document"},
    {.name = "--format", .commands = kExport, .value = &Options::format, .needs = "timelinejs, csv or json"},
    {.name = "-o", .commands = kExport | kPublish, .value = &Options::output, .needs = "a file name"},
    {.name = "--output", .commands = kExport | kPublish, .value = &Options::output, .needs = "a file name"},
    {.name = "--story", .commands = kExport | kPublish, .value = &Options::story_path, .needs = "a file name"},
    {.name = "--title", .commands = kExport, .value = &Options::title, .needs = "a text"},
    {.name = "--description", .commands = kExport, .value = &Options::description, .needs = "a text"},
    {.name = "--engine", .commands = kPublish, .value = &Options::engine_path, .needs = "the engine page (dist/dateline-offline.html)"},
};

// Whether an argument that is none of the command's options is an unknown option (an error) or a
// path: for publish anything starting with "-" but "-" itself; for extract and export only what
// starts with "--" (they read a file named "-x").
bool looks_like_option(const std::string& arg, Command command) {
    return command == kPublish ? arg.starts_with("-") && arg != "-" : arg.starts_with("--");
}

// Parses the options of r.command into `r`; returns an error message, or empty. After "--"
// every argument is a path.
std::string parse_options(const std::vector<std::string>& args, Options& r) {
    bool options_done = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const OptionRule* rule = nullptr;
        for (const OptionRule& o : kOptions)
            if (o.name == a && (o.commands & r.command)) rule = &o;
        if (options_done || (!rule && a != "--" && !looks_like_option(a, r.command))) r.paths.push_back(a);
        else if (a == "--") options_done = true;
        else if (!rule) return "unknown option " + a;
        else if (rule->flag) r.*(rule->flag) = true;
        else if (i + 1 < args.size()) r.*(rule->value) = args[++i];
        else return a + " needs " + std::string(rule->needs);
    }
    return {};
}

// Writes the document (ending in a line end) to stdout or to the file named; false (said on
// stderr) when it could not.
bool write_out(const std::string& document, const std::string& output) {
    if (output.empty() || output == "-") {
        std::cout << document;
        std::cout.flush();
        if (std::cout) return true;
        std::cerr << "dateline: could not write the document to standard output\n";
        return false;
    }
    std::ofstream out(output, std::ios::binary | std::ios::trunc);
    out << document;
    out.close();
    if (out) return true;
    std::cerr << "dateline: " << output << ": could not be written\n";
    return false;
}

// The story's settings for an export: the file --story names (a missing one is a problem:
// the author asked for it), else the story.json of the first folder given, else the defaults.
dateline::Story read_story(const Options& r, dateline::Problems& problems) {
    if (!r.story_path.empty()) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(r.story_path, ec)) {
            problems.push_back({r.story_path, "is not a story file that can be read; the story's settings are the defaults",
                                dateline::Problem::Severity::Skipped});
            return {};
        }
        return dateline::read_story_file(r.story_path, "", problems);
    }
    for (const std::string& path : r.paths) {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec)) return dateline::read_story_file(path, "", problems);
    }
    return {};
}

// extract and export: read, apply the edits if any, write; the exit status of the README.
int read_and_write(const Options& r) {
    dateline::GatheredInputs inputs = dateline::gather_article_inputs(r.paths);
    dateline::Timeline timeline = build_with_progress(std::move(inputs), r.progress);
    dateline::Problems problems = std::move(timeline.problems);
    timeline.problems.clear();
    dateline::EditsDocument edits;
    if (!r.edits_path.empty()) edits = read_edits(r.edits_path, problems);
    const dateline::Story story = r.command == kExport ? read_story(r, problems) : dateline::Story{};
    report(problems);
    if (timeline.articles.empty()) {
        std::cerr << "dateline: nothing could be read\n";
        return 1;
    }
    bool skipped = false;
    for (const dateline::Problem& p : problems) skipped = skipped || p.severity == dateline::Problem::Severity::Skipped;
    std::string document;
    if (r.edits_path.empty() && r.command != kExport) {
        document = dateline::timeline_document_json(timeline, true, r.explain) + "\n";
    } else {
        const dateline::EditOutcome outcome = dateline::apply_edits(timeline, edits.edits);
        for (const dateline::StaleEdit& s : outcome.stale)
            std::cerr << "dateline: " << r.edits_path << " entry " << edits.entries[s.edit] << ": " << s.message << "\n";
        skipped = skipped || !outcome.stale.empty();
        dateline::ExportOptions options;
        options.title = r.title.empty() ? story.title : r.title;
        options.description = r.description.empty() ? story.description : r.description;
        options.explain = r.explain;
        // Lanes by the story's rule, over the corrected events (as the page draws them).
        const dateline::Lanes lanes = dateline::lanes_of(timeline.events, *timeline.gazetteer, story.lanes);
        std::unordered_map<std::string, std::string> lane_by_id;
        for (size_t i = 0; i < timeline.events.size(); ++i)
            lane_by_id[timeline.events[i].id] = lanes.lanes[lanes.of_event[i]].name;
        options.lane = [&lane_by_id](const dateline::Event& e) {
            const auto it = lane_by_id.find(e.id);
            return it == lane_by_id.end() ? std::string() : it->second;
        };
        if (r.format == "timelinejs") document = dateline::timelinejs_json(timeline, outcome, options) + "\n";
        else if (r.format == "csv") document = dateline::timelinejs_csv(timeline, outcome, options);  // rows end in CR LF
        else document = dateline::dateline_json(timeline, outcome, options) + "\n";
    }
    if (!write_out(document, r.output)) return 1;
    return skipped ? 2 : 0;
}

int extract(const std::vector<std::string>& args) {
    Options r(kExtract);
    if (std::string error = parse_options(args, r); !error.empty()) return usage_error(error);
    if (r.paths.empty()) return usage_error("extract needs at least one file or folder");
    return read_and_write(r);
}

int export_timeline(const std::vector<std::string>& args) {
    Options r(kExport);
    if (std::string error = parse_options(args, r); !error.empty()) return usage_error(error);
    if (r.format.empty()) return usage_error("export needs --format timelinejs, csv or json");
    if (r.format != "timelinejs" && r.format != "csv" && r.format != "json")
        return usage_error("--format '" + r.format + "' is not timelinejs, csv or json");
    if (r.paths.empty()) return usage_error("export needs at least one file or folder");
    return read_and_write(r);
}

// --- publish -------------------------------------------------------------------------------------

// Reads a whole small file (an engine page, a story file, sources.json) up to `limit` bytes;
// false, with why, when it cannot.
bool read_small_file(const std::string& path, size_t limit, std::string& out, std::string& why) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        why = std::filesystem::exists(path, ec) ? "is not a regular file" : "does not exist";
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        why = "cannot be read";
        return false;
    }
    if (!read_at_most(in, limit, out)) {
        why = larger_than(limit);
        return false;
    }
    return true;
}

// The engine page publish uses: --engine, else $DATELINE_ENGINE, else dateline-offline.html
// beside this program (an installed copy), else the source tree's dist/ (a developer's build).
// Returns the candidates looked at, the first that exists first.
std::vector<std::string> engine_candidates(const std::string& given) {
    if (!given.empty()) return {given};
    std::vector<std::string> out;
    if (const char* env = std::getenv("DATELINE_ENGINE"); env && *env) return {env};
#ifndef __EMSCRIPTEN__
    std::error_code ec;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) out.push_back((self.parent_path() / "dateline-offline.html").string());
#endif
#ifdef DATELINE_DEFAULT_ENGINE
    out.push_back(DATELINE_DEFAULT_ENGINE);
#endif
    std::stable_partition(out.begin(), out.end(), [](const std::string& p) {
        std::error_code e;
        return std::filesystem::exists(p, e);
    });
    return out;
}

// The largest engine page read (the offline page is about 4 MB) and the largest publication.
constexpr size_t kLargestEngineBytes = 64u * 1024u * 1024u;

int publish(const std::vector<std::string>& args) {
    Options r(kPublish);
    if (std::string error = parse_options(args, r); !error.empty()) return usage_error(error);
    const std::vector<std::string>& paths = r.paths;
    const std::string &story_path = r.story_path, &edits_path = r.edits_path, &output = r.output;
    const bool bundled = r.include_bundled;
    if (output.empty()) return usage_error("publish needs -o page.html");
    if (paths.empty() && !bundled) return usage_error("publish needs at least one file or folder (or --include-bundled)");

    // The engine first: without it there is nothing to publish into.
    const std::vector<std::string> engines = engine_candidates(r.engine_path);
    std::string engine, why;
    if (engines.empty() || !read_small_file(engines.front(), kLargestEngineBytes, engine, why)) {
        std::string looked;
        for (const std::string& e : engines) looked += (looked.empty() ? "" : ", ") + e;
        const std::string where = engines.size() == 1 ? engines.front() + ": " + why : "looked for " + looked;
        std::cerr << "dateline: no engine page to publish into (" << where
                  << "). Build the web app (cmake --preset wasm && cmake --build --preset wasm writes "
                     "dist/dateline-offline.html), or name one with --engine PAGE\n";
        return 1;
    }
    if (std::string not_engine = dateline::why_not_engine_page(engine); !not_engine.empty()) {
        std::cerr << "dateline: " << engines.front() << ": " << not_engine << "\n";
        return 1;
    }

    dateline::Problems problems;
    dateline::Publication publication;
    publication.generator = "Dateline " DATELINE_VERSION;
    publication.bundled = bundled;
    // The articles, as `extract` reads them; a file that is no article text is left out.
    dateline::GatheredInputs inputs = dateline::gather_article_inputs(paths);
    problems = std::move(inputs.problems);
    for (dateline::ArticleInput& in : inputs.articles) {
        if (std::string no = dateline::why_not_article_text(in.bytes); !no.empty()) {
            problems.push_back({in.label, no + "; not published", dateline::Problem::Severity::Skipped});
            continue;
        }
        publication.files.push_back({in.file, std::move(in.bytes), in.full_size});
    }
    // Their folders' sources.json, byte for byte (the page reads them as `extract` does).
    std::vector<std::filesystem::path> folders;
    for (const std::string& p : paths) {
        std::error_code ec;
        const std::filesystem::path folder = std::filesystem::is_directory(p, ec) ? std::filesystem::path(p)
                                                                                    : std::filesystem::path(p).parent_path();
        const std::filesystem::path manifest = (folder.empty() ? std::filesystem::path(".") : folder) / "sources.json";
        if (std::find(folders.begin(), folders.end(), manifest) != folders.end()) continue;
        folders.push_back(manifest);
        std::string bytes, no;
        if (!std::filesystem::exists(manifest, ec)) continue;
        if (read_small_file(manifest.string(), dateline::kLargestManifestBytes, bytes, no))
            publication.files.push_back({"sources.json", std::move(bytes), 0});
        // else: gather_article_inputs has named it already
    }
    // The story file: --story, else the first folder's story.json; one that is no story is named
    // and left out (the page uses the defaults, or the bundled story's).
    std::string story_file = story_path;
    if (story_file.empty())
        for (const std::string& p : paths) {
            std::error_code ec;
            if (std::filesystem::is_directory(p, ec)) {
                const std::filesystem::path f = std::filesystem::path(p) / "story.json";
                if (std::filesystem::exists(f, ec)) story_file = f.string();
                break;
            }
        }
    if (!story_file.empty()) {
        std::string text, no;
        if (!read_small_file(story_file, dateline::kLargestStoryBytes, text, no)) {
            problems.push_back({story_file, no + "; the story's settings are the defaults", dateline::Problem::Severity::Skipped});
        } else {
            const size_t before = problems.size();
            dateline::parse_story(text, story_file, problems);
            bool usable = true;
            for (size_t k = before; k < problems.size(); ++k) usable = usable && problems[k].severity != dateline::Problem::Severity::Skipped;
            if (usable) publication.story = text;
        }
    }
    dateline::EditsDocument edits;
    if (!edits_path.empty()) edits = read_edits(edits_path, problems);
    publication.edits = edits.edits;

    // Read what is published as the page will (the same files in memory), to name what it will
    // say: problems of the articles and edits that no longer find their passage.
    bool stale = false;
    if (!publication.files.empty()) {
        dateline::GatheredInputs again = dateline::gather_article_inputs(publication.files);
        dateline::Timeline timeline = dateline::build_timeline(std::move(again.articles), std::move(again.problems));
        for (dateline::Problem& p : timeline.problems)
            if (p.severity == dateline::Problem::Severity::Skipped) problems.push_back(std::move(p));
        const dateline::EditOutcome outcome = dateline::apply_edits(timeline, edits.edits);
        for (const dateline::StaleEdit& s : outcome.stale)
            std::cerr << "dateline: " << edits_path << " entry " << edits.entries[s.edit] << ": " << s.message << "\n";
        stale = !outcome.stale.empty();
    }
    report(problems);
    size_t articles = 0;
    for (const dateline::NamedFile& f : publication.files) articles += f.name != "sources.json";
    if (articles == 0 && !bundled) {
        std::cerr << "dateline: nothing to publish: no article could be read (add --include-bundled for the bundled ones)\n";
        return 1;
    }
    if (!write_out(dateline::publish_page(engine, publication), output)) return 1;
    std::cerr << "dateline: wrote " << output << ": " << articles << " article" << (articles == 1 ? "" : "s")
              << (bundled ? " and the bundled ones" : "") << ", " << publication.edits.size() << " edit"
              << (publication.edits.size() == 1 ? "" : "s") << (publication.story ? ", the story file" : "") << "; engine "
              << engines.front() << "\n";
    bool skipped = stale;
    for (const dateline::Problem& p : problems) skipped = skipped || p.severity == dateline::Problem::Severity::Skipped;
    return skipped ? 2 : 0;
}

int show_lines(const std::vector<std::string>& paths) {
    if (paths.empty()) return usage_error("lines needs at least one file or folder");
    dateline::GatheredInputs inputs = dateline::gather_article_inputs(paths);
    dateline::Timeline timeline = dateline::build_timeline(std::move(inputs.articles), std::move(inputs.problems));
    report(timeline.problems);
    for (const dateline::Article& a : timeline.articles) {
        std::cout << "== " << a.file << "  published " << (a.published ? dateline::to_iso(*a.published) : "unknown")
                  << " (" << (a.published_from == dateline::PublishedFrom::Unknown ? "nowhere" : dateline::to_string(a.published_from))
                  << (a.published_evidence.empty() ? "" : ": \"" + a.published_evidence + "\"") << ")"
                  << (a.byline.empty() ? "" : "  byline \"" + a.byline + "\"") << "\n";
        if (a.published_from == dateline::PublishedFrom::Inferred) std::cout << "   " << a.published_how << "\n";
        if (a.dateline_end > a.dateline_start)
            std::cout << "   dateline \"" << a.text.clean.substr(a.dateline_start, a.dateline_end - a.dateline_start) << "\"\n";
        for (const dateline::ArticleLine& l : a.lines) {
            if (l.kind == dateline::ArticleLine::Kind::Blank) continue;
            std::string shown(a.line_text(l).substr(0, 100));
            std::cout << "   " << dateline::to_string(l.kind) << std::string(11 - dateline::to_string(l.kind).size(), ' ') << shown
                      << (a.line_text(l).size() > 100 ? "..." : "") << "\n";
        }
    }
    return timeline.articles.empty() ? 1 : 0;
}

int tag_timexes(const std::vector<std::string>& args) {
    std::optional<dateline::CivilDate> dct;
    std::string file;
    bool explain = false;
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--dct") {
            if (i + 1 >= args.size()) return usage_error("--dct needs a date, YYYY-MM-DD");
            dct = dateline::parse_iso_date(args[++i]);
            if (!dct) return usage_error("--dct '" + args[i] + "' is not a real YYYY-MM-DD date");
        } else if (args[i] == "--explain") {
            explain = true;
        } else if (args[i].starts_with("--")) {
            return usage_error("unknown option " + args[i]);
        } else if (file.empty()) {
            file = args[i];
        } else {
            return usage_error("timex reads one file");
        }
    }
    if (file.empty()) return usage_error("timex needs a file");
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::cerr << "dateline: " << file << ": cannot be read\n";
        return 1;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), {});
    if (std::string why = dateline::why_not_article_text(bytes); !why.empty() && why != "is empty") {
        std::cerr << "dateline: " << file << ": " << why << "\n";
        return 1;
    }
    const dateline::ArticleText text = dateline::normalise_article_text(bytes);
    const dateline::ReferenceDate reference{dct, "--dct"};
    nlohmann::ordered_json out;
    out["timexes"] = nlohmann::ordered_json::array();
    for (const dateline::TimeExpression& e : dateline::tag_time_expressions(text.clean, reference)) {
        nlohmann::ordered_json j;
        j["start"] = text.offsets.to_original(e.start);
        j["end"] = text.offsets.to_original(e.end);
        j["text"] = text.clean.substr(e.start, e.end - e.start);
        j["type"] = std::string(dateline::to_string(e.type));
        j["value"] = e.value;
        if (!e.mod.empty()) j["mod"] = e.mod;
        if (explain) j["how"] = e.how;
        out["timexes"].push_back(std::move(j));
    }
    std::cout << out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) return usage_error("no command given");
    const std::string command = args.front();
    args.erase(args.begin());
    if (command == "--help" || command == "-h" || command == "help") {
        std::cout << kUsage;
        return 0;
    }
    if (command == "--version") {
        std::cout << "dateline " DATELINE_VERSION "\n";
        return 0;
    }
    if (command == "extract") return extract(args);
    if (command == "export") return export_timeline(args);
    if (command == "publish") return publish(args);
    if (command == "timex") return tag_timexes(args);
    if (command == "lines") return show_lines(args);
    return usage_error("unknown command '" + command + "'");
}
