#!/usr/bin/env python3
"""Every character the interface's own text uses is in the font's glyph ranges.

The app rasterises only the code points listed in DATELINE_FONT_RANGES (wasm/CMakeLists.txt): the
text readers' articles need, and the few symbols the views draw (arrows, play and stop shapes).
A view that starts using another symbol would show '?' instead; this check names the file, line
and character. It reads the views' sources (wasm/*.cpp, wasm/*.h): characters written as UTF-8,
as \\xNN byte escapes and as \\uNNNN escapes in string literals.

    glyph_coverage.py [--cmake wasm/CMakeLists.txt] [source ...]
"""
import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def font_ranges(cmake_text):
    """The (first, last) code-point pairs of set(DATELINE_FONT_RANGES ...)."""
    without_comments = re.sub(r'#[^\n]*', '', cmake_text)
    block = re.search(r'set\(DATELINE_FONT_RANGES(.*?)\)', without_comments, re.S)
    if not block:
        raise SystemExit('glyph_coverage: no set(DATELINE_FONT_RANGES ...) in the CMake file')
    numbers = [int(n, 16) for n in re.findall(r'0x[0-9A-Fa-f]+', block.group(1))]
    if not numbers or len(numbers) % 2:
        raise SystemExit('glyph_coverage: DATELINE_FONT_RANGES must be pairs of code points')
    return list(zip(numbers[0::2], numbers[1::2]))


def byte_escapes_to_text(line):
    """The line with runs of \\xNN escapes (UTF-8 bytes) and \\uNNNN escapes decoded."""
    def bytes_run(m):
        raw = bytes(int(h, 16) for h in re.findall(r'\\x([0-9A-Fa-f]{2})', m.group(0)))
        return raw.decode('utf-8', errors='replace')
    line = re.sub(r'(?:\\x[0-9A-Fa-f]{2})+', bytes_run, line)
    return re.sub(r'\\u([0-9A-Fa-f]{4})', lambda m: chr(int(m.group(1), 16)), line)


def uncovered(path, ranges):
    """(line number, character) for each character of the file outside the ranges."""
    found = []
    for number, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
        for ch in byte_escapes_to_text(line):
            cp = ord(ch)
            if cp < 0x80:
                continue
            if not any(first <= cp <= last for first, last in ranges):
                found.append((number, ch))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--cmake', default=str(ROOT / 'wasm' / 'CMakeLists.txt'))
    parser.add_argument('sources', nargs='*')
    args = parser.parse_args()
    ranges = font_ranges(pathlib.Path(args.cmake).read_text(encoding='utf-8'))
    sources = [pathlib.Path(s) for s in args.sources] or sorted(
        p for ext in ('*.cpp', '*.h') for p in (ROOT / 'wasm').glob(ext))
    problems = 0
    for path in sources:
        for number, ch in uncovered(path, ranges):
            print(f'{path}:{number}: U+{ord(ch):04X} {ch!r} is not in DATELINE_FONT_RANGES: it would be drawn as "?"')
            problems += 1
    print(f'glyph_coverage: {len(sources)} files, {len(ranges)} ranges, {problems} characters outside them')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
