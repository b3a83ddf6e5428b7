// Where the unit tests find the source tree (the bundled articles, the gold files) and the
// command-line tool. The paths are set in one small file generated into the build tree
// (source_paths.cpp, tests/CMakeLists.txt), not on every test file's command line: so a clone in
// another folder compiles the same test objects and takes them from the compiler cache
// (cmake/compiler_cache.cmake) instead of compiling them again. Included in every test file of
// the targets that use it (-include, tests/CMakeLists.txt).
#pragma once

namespace dateline::test_paths {
extern const char* const source_dir;  // the source tree, without a trailing slash
extern const char* const cli;         // the command-line tool built with the tests
}  // namespace dateline::test_paths

#define DATELINE_SOURCE_DIR (::dateline::test_paths::source_dir)
#define DATELINE_CLI (::dateline::test_paths::cli)
