# Builds the offline single-file page: web/index.html with its stylesheet and its script (the
# SINGLE_FILE build, wasm inside) inlined, so it opens from file:// with no server and no network.
# Usage: cmake -DPAGE=index.html -DCSS=dateline.css -DSCRIPT=dateline-offline.js -DOUTPUT=out.html -P make_offline_page.cmake
file(READ "${PAGE}" page)
file(READ "${CSS}" css)
file(READ "${SCRIPT}" script)

set(link_tag "<link rel=\"stylesheet\" href=\"dateline.css\">")
set(script_tag "<script src=\"dateline.js\"></script>")
foreach(tag IN ITEMS link_tag script_tag)
    string(FIND "${page}" "${${tag}}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${PAGE} no longer has ${${tag}}; update cmake/make_offline_page.cmake")
    endif()
endforeach()
# An HTML parser ends a <script> element at the first "</script", wherever it is: escape it.
string(REGEX REPLACE "</([sS][cC][rR][iI][pP][tT])" "<\\\\/\\1" script "${script}")
string(REPLACE "</style" "<\\/style" css "${css}")

string(REPLACE "${link_tag}" "<style>\n${css}</style>" page "${page}")
string(REPLACE "${script_tag}" "<script>\n${script}</script>" page "${page}")
file(WRITE "${OUTPUT}" "${page}")
