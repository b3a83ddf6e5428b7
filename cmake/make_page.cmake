# Builds the two pages from web/index.html, each with its stylesheet and its engine's script
# inlined, so that the script runs as soon as the page is parsed (no request for it, nor for the
# stylesheet a script waits on):
# - hosted (no -DWASM): dateline.wasm stays a file beside the page, fetched early by the page's
#   preload link and compiled as it streams; a second and third request for the script and the
#   stylesheet cost more of the start than their bytes (tests/bench/RESULTS.md, stop 29).
# - offline (-DWASM=...): the single file that opens from file:// with no server and no network.
#   The wasm goes in gzip'd, as base64, in data blocks, <script type="application/octet-stream">
#   (the first id="dateline-wasm" data-parts="N"), which the browser never runs: in the script
#   itself (Emscripten's SINGLE_FILE) it was a 3 MB string literal for the JavaScript parser to
#   scan first. Base64 has no '<', so a block cannot end early. The blocks come after a short
#   loader script (wasm/offline_loader.js), each followed by a one-line script that hands it to
#   the loader, which unzips it and feeds the wasm's compile while the parser reads the next one;
#   the engine's script (with wasm/offline_setup.js) comes after the last block.
# The Content-Security-Policy allows exactly the inline scripts and stylesheet (by their SHA-256)
# and compiling wasm: no other script, no eval; the hosted page may fetch from its own origin (its
# wasm, and the offline file that "Save as page" writes from), the offline file from no origin at
# all (a data block needs no script-src: it is not run).
# Usage: cmake -DPAGE=index.html -DCSS=dateline.css -DSCRIPT=dateline.js -DOUTPUT=index.html -P make_page.cmake
#        cmake -DPAGE=index.html -DCSS=dateline.css -DSCRIPT=dateline-offline.js -DWASM=dateline-offline.wasm
#              -DLOADER=offline_loader.js -DINFLATE=node_modules/fflate/umd/index.js -DNODE=node
#              -DOUTPUT=out.html -P make_page.cmake
file(READ "${PAGE}" page)
file(READ "${CSS}" css)
file(READ "${SCRIPT}" script)
# The gzip decoder for browsers without DecompressionStream (Safari before 16.4, on older school
# tablets): fflate's browser build, from npm (package.json), put in front of the engine's script
# inside a function, datelineFflate(), which wasm/offline_setup.js calls only in such a browser:
# run at once, fflate builds its tables (a 32,768-step loop among them) before the engine's script
# can start the wasm's compile; inside a function it is only parsed. It defines self.fflate. It
# runs no eval and starts no worker unless its asynchronous calls are used (the loader uses
# gunzipSync only).
if(WASM)
    file(READ "${INFLATE}" inflate_script)
    set(script "function datelineFflate() {\n${inflate_script}\nreturn self.fflate;\n}\n${script}")
endif()
# The wasm goes in gzip-compressed (about 40% of its bytes), then as base64: the browser decodes the
# page's text and tokenizes the data block before the script can run, and on the 3 MB page that
# was most of the time to the script (tests/bench/RESULTS.md, startup9pre). CMake has no gzip or
# base64 of its own; node, which the build runs anyway, writes both (its zlib, level 9).
if(WASM)
    execute_process(COMMAND "${NODE}" -e "process.stdout.write(require('zlib').gzipSync(require('fs').readFileSync(process.argv[1]), { level: 9 }).toString('base64'))" "${WASM}"
                    OUTPUT_VARIABLE wasm_base64 RESULT_VARIABLE failed)
    if(failed OR wasm_base64 STREQUAL "")
        message(FATAL_ERROR "could not read ${WASM} as base64 (${failed})")
    endif()
endif()

set(link_tag "<link rel=\"stylesheet\" href=\"dateline.css\">")
set(script_tag "<script src=\"dateline.js\"></script>")
# The hosted page fetches dateline.wasm early (while the page's text is still parsed); the offline
# page has the wasm inside it, so that hint goes.
set(preload_tag "<link rel=\"preload\" href=\"dateline.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin>\n")
string(REGEX MATCH "<meta http-equiv=\"Content-Security-Policy\" content=\"[^\"]*\">" csp_tag "${page}")
foreach(tag IN ITEMS link_tag script_tag csp_tag preload_tag)
    string(FIND "${page}" "${${tag}}" at)
    if(at EQUAL -1 OR "${${tag}}" STREQUAL "")
        message(FATAL_ERROR "${PAGE} no longer has its ${tag}; update cmake/make_page.cmake")
    endif()
endforeach()
# An HTML parser ends a <script> element at the first "</script", wherever it is: escape it.
string(REGEX REPLACE "</([sS][cC][rR][iI][pP][tT])" "<\\\\/\\1" script "${script}")
string(REPLACE "</style" "<\\/style" css "${css}")
set(script "\n${script}")
set(css "\n${css}")

# CSP hashes are base64 of the binary SHA-256; CMake gives hex.
function(hex_to_base64 hex out)
    set(alphabet "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    string(LENGTH "${hex}" n)
    set(result "")
    set(i 0)
    while(i LESS n)
        math(EXPR left "${n} - ${i}")
        set(chunk_hex "000000")
        if(left GREATER_EQUAL 6)
            string(SUBSTRING "${hex}" ${i} 6 chunk_hex)
            set(bytes 3)
        else()
            string(SUBSTRING "${hex}" ${i} ${left} part)
            math(EXPR bytes "${left} / 2")
            string(SUBSTRING "${part}000000" 0 6 chunk_hex)
        endif()
        math(EXPR value "0x${chunk_hex}")
        foreach(shift 18 12 6 0)
            math(EXPR index "(${value} >> ${shift}) & 63")
            string(SUBSTRING "${alphabet}" ${index} 1 c)
            string(APPEND result "${c}")
        endforeach()
        if(bytes EQUAL 2)
            string(REGEX REPLACE ".$" "=" result "${result}")
        elseif(bytes EQUAL 1)
            string(REGEX REPLACE "..$" "==" result "${result}")
        endif()
        math(EXPR i "${i} + 6")
    endwhile()
    set(${out} "${result}" PARENT_SCOPE)
endfunction()
function(script_source text out)
    string(SHA256 hex "${text}")
    hex_to_base64(${hex} hash)
    set(${out} "'sha256-${hash}'" PARENT_SCOPE)
endfunction()
script_source("${script}" script_sources)
string(SHA256 css_hex "${css}")
hex_to_base64(${css_hex} css_hash)
if(WASM)
    set(sources "img-src data:")
    # The data in parts of this many base64 characters (a multiple of 4: whole base64, 3 bytes to 4
    # characters, so each part decodes alone). The parser reads one part while the compile works
    # on the one before; smaller parts start the compile sooner and cost a script each.
    set(part_chars 131072)
    string(LENGTH "${wasm_base64}" wasm_chars)
    math(EXPR parts "(${wasm_chars} + ${part_chars} - 1) / ${part_chars}")
    file(READ "${LOADER}" loader)
    string(REGEX REPLACE "</([sS][cC][rR][iI][pP][tT])" "<\\\\/\\1" loader "${loader}")
    set(loader "\n${loader}")
    set(feed "datelineWasm.part(document.currentScript.previousElementSibling)")
    script_source("${loader}" loader_source)
    script_source("${feed}" feed_source)
    string(APPEND script_sources " ${loader_source} ${feed_source}")
    set(engine "<script>${loader}</script>\n")
    set(at 0)
    set(part 1)
    while(at LESS wasm_chars)
        string(SUBSTRING "${wasm_base64}" ${at} ${part_chars} text)
        if(part EQUAL 1)
            string(APPEND engine "<script type=\"application/octet-stream\" id=\"dateline-wasm\" data-parts=\"${parts}\">")
        else()
            string(APPEND engine "<script type=\"application/octet-stream\">")
        endif()
        string(APPEND engine "${text}</script>\n<script>${feed}</script>\n")
        math(EXPR at "${at} + ${part_chars}")
        math(EXPR part "${part} + 1")
    endwhile()
    string(APPEND engine "<script>${script}</script>")
    string(REPLACE "${preload_tag}" "" page "${page}")
else()
    set(sources "img-src 'self' data:; connect-src 'self'")
    set(engine "<script>${script}</script>")
endif()
set(csp "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src ${script_sources} 'wasm-unsafe-eval'; style-src 'sha256-${css_hash}'; ${sources}; base-uri 'none'; form-action 'none'\">")

string(REPLACE "${csp_tag}" "${csp}" page "${page}")
string(REPLACE "${link_tag}" "<style>${css}</style>" page "${page}")
string(REPLACE "${script_tag}" "${engine}" page "${page}")
file(WRITE "${OUTPUT}" "${page}")
