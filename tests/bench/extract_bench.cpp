// Extraction throughput: how many megabytes of article text the core reads per second, on one
// core, with the articles already in memory (no disk, no JSON). Built natively and, with the
// same source, to WebAssembly for node, so both are measured the same way.
//
//   extract_bench [--rounds N] [--scale] FOLDER
//
// Prints the median of N rounds (default 5) of build_timeline over every article of FOLDER.
// --scale also times 1%, 10% and 100% of the articles, to show that time grows linearly.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "article_inputs.h"
#include "timeline.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Round {
    double seconds = 0;
    size_t events = 0;
};

Round run(const std::vector<dateline::ArticleInput>& inputs) {
    std::vector<dateline::ArticleInput> copy = inputs;  // build_timeline consumes its inputs
    const auto t0 = Clock::now();
    const dateline::Timeline t = dateline::build_timeline(std::move(copy));
    const auto t1 = Clock::now();
    return {std::chrono::duration<double>(t1 - t0).count(), t.events.size()};
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

size_t bytes_of(const std::vector<dateline::ArticleInput>& inputs) {
    size_t total = 0;
    for (const auto& in : inputs) total += in.bytes.size();
    return total;
}

}  // namespace

int main(int argc, char** argv) {
    int rounds = 5;
    bool scale = false;
    std::string folder;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--rounds") && i + 1 < argc) rounds = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--scale")) scale = true;
        else folder = argv[i];
    }
    if (folder.empty()) {
        std::fprintf(stderr, "usage: extract_bench [--rounds N] [--scale] FOLDER\n");
        return 1;
    }
    dateline::GatheredInputs g = dateline::gather_article_inputs({folder});
    if (g.articles.empty()) {
        std::fprintf(stderr, "extract_bench: no articles in %s\n", folder.c_str());
        return 1;
    }
    const size_t total = bytes_of(g.articles);
    std::vector<double> speeds;
    size_t events = 0;
    for (int r = 0; r < rounds; ++r) {
        const Round round = run(g.articles);
        speeds.push_back(static_cast<double>(total) / 1e6 / round.seconds);
        events = round.events;
    }
    std::printf("EXTRACT articles=%zu megabytes=%.2f events=%zu rounds=%d median_mb_per_s=%.1f\n", g.articles.size(),
                static_cast<double>(total) / 1e6, events, rounds, median(speeds));
    if (scale) {
        for (double fraction : {0.01, 0.1, 1.0}) {
            const size_t n = std::max<size_t>(1, static_cast<size_t>(static_cast<double>(g.articles.size()) * fraction));
            std::vector<dateline::ArticleInput> part(g.articles.begin(), g.articles.begin() + static_cast<long>(n));
            std::vector<double> seconds;
            for (int r = 0; r < rounds; ++r) seconds.push_back(run(part).seconds);
            const double mb = static_cast<double>(bytes_of(part)) / 1e6;
            std::printf("SCALE fraction=%.2f articles=%zu megabytes=%.2f median_seconds=%.4f seconds_per_mb=%.5f\n", fraction, n,
                        mb, median(seconds), median(seconds) / mb);
        }
    }
    return 0;
}
