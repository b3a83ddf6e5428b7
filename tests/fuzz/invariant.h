// What a fuzz target checks of every result besides "no crash": an invariant that fails stops
// the run with its name (libFuzzer then saves the input under build/fuzz/findings/).
#pragma once

#include <cstdio>
#include <cstdlib>

namespace fuzz {

inline void require(bool ok, const char* what) {
    if (ok) return;
    std::fprintf(stderr, "broken invariant: %s\n", what);
    std::abort();
}

}  // namespace fuzz
