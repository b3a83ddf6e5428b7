# A compiler cache outside the clone: Debian's ccache (installed by scripts/setup.sh), used when
# present, so that a fresh clone on the same machine reuses what an earlier build compiled and
# compiles only what changed; without it, or with -DDATELINE_CCACHE=OFF, every build compiles
# from scratch as before. The cache lives with the set-up cache, or where CCACHE_DIR says:
#   ${CCACHE_DIR:-${DATELINE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dateline}/ccache}
# (delete it, or point CCACHE_DIR at an empty folder, to time a cold build). CCACHE_BASEDIR
# makes paths inside the source tree relative (the paths the tests and the CLI need of the
# clone are in small generated files, not on the command line), so that two clones in
# different folders share entries; CCACHE_NOHASHDIR lets builds with -g (the sanitizer and fuzz
# presets) share them too (their debug info then names the first clone's folder, which only
# matters to a debugger). Emscripten's em++ is a driver script: there the
# cache wraps the clang it runs (EM_COMPILER_WRAPPER), which is what compiles.
option(DATELINE_CCACHE "Compile through ccache when it is installed" ON)
find_program(DATELINE_CCACHE_PROGRAM ccache NO_CMAKE_FIND_ROOT_PATH)  # a host tool
if(DATELINE_CCACHE AND DATELINE_CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    if(DEFINED ENV{CCACHE_DIR})
        set(dateline_ccache_dir "$ENV{CCACHE_DIR}")
    elseif(DEFINED ENV{DATELINE_CACHE})
        set(dateline_ccache_dir "$ENV{DATELINE_CACHE}/ccache")
    elseif(DEFINED ENV{XDG_CACHE_HOME})
        set(dateline_ccache_dir "$ENV{XDG_CACHE_HOME}/dateline/ccache")
    else()
        set(dateline_ccache_dir "$ENV{HOME}/.cache/dateline/ccache")
    endif()
    set(dateline_ccache_env CCACHE_DIR=${dateline_ccache_dir} CCACHE_BASEDIR=${PROJECT_SOURCE_DIR} CCACHE_NOHASHDIR=1)
    if(EMSCRIPTEN)
        set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env ${dateline_ccache_env}
            EM_COMPILER_WRAPPER=${DATELINE_CCACHE_PROGRAM})
    else()
        set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env ${dateline_ccache_env} ${DATELINE_CCACHE_PROGRAM})
    endif()
    message(STATUS "Compiler cache: ${DATELINE_CCACHE_PROGRAM} in ${dateline_ccache_dir}")
endif()
