# Writes a C++ source that holds every lexicon file as text (without its comments), so the core
# needs no file I/O.
# Usage: cmake -DOUTPUT=<file.cpp> -DINPUTS="<a.txt;b.txt>" -P embed_lexicons.cmake
set(body "// Generated from assets/lexicons/ by cmake/embed_lexicons.cmake. Do not edit.\n")
string(APPEND body "#include \"lexicon.h\"\n\nnamespace dateline {\n\n")
string(APPEND body "const std::vector<LexiconText>& embedded_lexicons() {\n")
string(APPEND body "    static const std::vector<LexiconText> all = {\n")
string(REPLACE "|" ";" INPUTS "${INPUTS}")
foreach(input IN LISTS INPUTS)
    get_filename_component(name "${input}" NAME_WE)
    file(READ "${input}" text)
    # Comment lines and blank lines are left out: the core skips them (lexicon_entries), and
    # they were a third of the lexicons' bytes in the page (2 KB gzip).
    string(REGEX REPLACE "\n[ \t\r]*#[^\n]*" "" text "\n${text}")
    string(REGEX REPLACE "\n[ \t\r]*\n" "\n" text "${text}")
    string(REGEX REPLACE "\n[ \t\r]*\n" "\n" text "${text}")
    string(FIND "${text}" ")lexicon\"" clash)
    if(NOT clash EQUAL -1)
        message(FATAL_ERROR "${input} contains the raw-string terminator )lexicon\"")
    endif()
    string(APPEND body "        {\"${name}\", R\"lexicon(${text})lexicon\"},\n")
endforeach()
string(APPEND body "    };\n    return all;\n}\n\n}  // namespace dateline\n")
if(EXISTS "${OUTPUT}")
    file(READ "${OUTPUT}" old)
endif()
if(NOT "${old}" STREQUAL "${body}")
    file(WRITE "${OUTPUT}" "${body}")
endif()
