// Running the real command-line tool from a test: its exit status, stdout and stderr.
// Shared by the CLI test files (one executable, cli_tests).
#pragma once

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace cli_test {

struct CliRun {
    int status = -1;
    std::string out, err;
};

// ctest runs each test in its own process, several at once: each call gets its own stderr file,
// named by process and call, or one test would read another's messages.
inline CliRun run(const std::string& args) {
    static int calls = 0;
    const std::string err_file = std::filesystem::temp_directory_path() /
        ("dateline-cli-test." + std::to_string(getpid()) + "." + std::to_string(++calls) + ".stderr");
    const std::string command = std::string("'") + DATELINE_CLI + "' " + args + " 2>'" + err_file + "'";
    CliRun r;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return r;
    std::array<char, 4096> buffer;
    size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) r.out.append(buffer.data(), n);
    const int status = pclose(pipe);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream in(err_file);
    r.err.assign(std::istreambuf_iterator<char>(in), {});
    std::filesystem::remove(err_file);
    return r;
}

inline const std::string kArticles = std::string(DATELINE_SOURCE_DIR) + "/assets/articles";

// A folder of the running test's own (named by process and test), removed afterwards.
struct TempFolder {
    std::filesystem::path path = std::filesystem::temp_directory_path() /
        ("dateline-cli-test-" + std::to_string(getpid()) + "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    TempFolder() { std::filesystem::create_directories(path); }
    ~TempFolder() { std::filesystem::remove_all(path); }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    // Writes `text` to the file `name` in the folder (making its folders); returns its path.
    std::string write(const std::string& name, const std::string& text) const {
        std::filesystem::create_directories((path / name).parent_path());
        std::ofstream(path / name, std::ios::binary) << text;
        return (path / name).string();
    }
    // The path of `name` in the folder, quoted for the shell.
    std::string q(const std::string& name) const { return std::string("'").append((path / name).string()).append("'"); }
};

}  // namespace cli_test
