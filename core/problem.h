// Problems: what went wrong with an input, said plainly and attached to the input it concerns.
// The core never throws at its callers and never stops at the first bad input: it collects
// problems and carries on with everything else. Callers decide how to show them.
#pragma once

#include <string>
#include <vector>

namespace dateline {

struct Problem {
    enum class Severity {
        Note,     // the input was read, with something worth saying (e.g. bytes replaced)
        Skipped,  // the input (or an entry of it) was not used
    };
    std::string input;    // the file (or "sources.json entry N") the problem is about
    std::string message;  // one line, plain words, no trailing period
    Severity severity = Severity::Skipped;
};

using Problems = std::vector<Problem>;

}  // namespace dateline
