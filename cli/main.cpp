// dateline: the command-line face of the core.
//
//   dateline extract PATH...   timeline document (JSON, version 1) on stdout
//   dateline --help | --version
//
// Exit status: 0 when every input was read; 2 when some were skipped (each named on stderr with
// the reason; the document still covers the rest); 1 on a usage error or when nothing was read.
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "article_inputs.h"
#include "timeline.h"
#include "timeline_json.h"

namespace {

constexpr std::string_view kUsage =
    "usage: dateline extract PATH...\n"
    "  Reads news articles (a file each, or a folder of *.txt with its sources.json)\n"
    "  and prints their timeline document as JSON on stdout.\n"
    "exit status: 0 all inputs read, 2 some skipped (see stderr), 1 usage error or nothing read\n";

int usage_error(std::string_view message) {
    std::cerr << "dateline: " << message << "\n" << kUsage;
    return 1;
}

void report(const dateline::Problems& problems) {
    for (const dateline::Problem& p : problems)
        std::cerr << "dateline: " << p.input << ": " << p.message
                  << (p.severity == dateline::Problem::Severity::Note ? " (note)" : "") << "\n";
}

int extract(const std::vector<std::string>& args) {
    std::vector<std::string> paths;
    bool options_done = false;
    for (const std::string& a : args) {
        if (!options_done && a == "--") options_done = true;
        else if (!options_done && a.starts_with("--")) return usage_error("unknown option " + a);
        else paths.push_back(a);
    }
    if (paths.empty()) return usage_error("extract needs at least one file or folder");

    dateline::GatheredInputs inputs = dateline::gather_article_inputs(paths);
    dateline::Timeline timeline = dateline::build_timeline(std::move(inputs.articles), std::move(inputs.problems));
    report(timeline.problems);
    if (timeline.articles.empty()) {
        std::cerr << "dateline: nothing could be read\n";
        return 1;
    }
    std::cout << dateline::timeline_document_json(timeline) << "\n";
    std::cout.flush();
    if (!std::cout) {
        std::cerr << "dateline: could not write the document to standard output\n";
        return 1;
    }
    for (const dateline::Problem& p : timeline.problems)
        if (p.severity == dateline::Problem::Severity::Skipped) return 2;
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
    return usage_error("unknown command '" + command + "'");
}
