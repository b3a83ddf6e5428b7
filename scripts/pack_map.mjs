#!/usr/bin/env node
// Packs the map's country outlines at build time (run by wasm/CMakeLists.txt; output in the build
// folder, never committed). Reads Natural Earth's countries (public domain) as TopoJSON from the
// npm package world-atlas (ISC), and writes a C++ source holding one byte string, kWorldOutlines,
// that wasm/map_view.h decodes (decode_outlines) and the map panel draws with ImGui.
//
// What is kept, and why (the hosted page's budget is 1 MB gzip in all; the outlines get < 100 KB):
//   - the arcs of the topology, not the polygons: a border two countries share is one arc, drawn
//     once; an arc one country uses is coast, an arc two use is a land border (drawn lighter);
//   - coordinates on a grid of 1/kGrid degree (0.02 degree, about 2 km: finer than a pixel of the
//     map at any zoom the panel allows, as 1:50m data is not meant for closer than a region);
//   - cut where an arc jumps across the antimeridian (180 to -180 degrees) or runs along a pole's
//     edge from one side to the other, else drawn as a line across the whole map;
//   - simplified by Douglas-Peucker to `--tolerance` grid units, ends kept, so arcs still meet;
//   - closed rings (islands, lakes) smaller than `--smallest` grid units across are dropped;
//   - each arc: its kind, its point count, its first point, then the steps between points, all as
//     zigzag LEB128 varints (most steps are one byte).
// Byte layout (all varints):  "DLM1" grid arc_count { kind n x0 y0 (dx dy)*(n-1) }*arc_count
// with x = round(lon * grid), y = round(lat * grid); kind 0 coast, 1 land border.
// Usage: node scripts/pack_map.mjs --out FILE.cpp [--scale 50m|110m] [--tolerance N] [--smallest N]
//        [--bin FILE] (the same bytes, raw, to measure)
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => {
    if (a.startsWith('--')) pairs.push([a.slice(2), all[i + 1]]);
    return pairs;
}, []));
const fail = (message) => { console.error(`pack_map: ${message}`); process.exit(1); };
if (!args.out) fail('usage: pack_map.mjs --out world_outlines_data.cpp [--scale 50m|110m] [--tolerance N] [--smallest N] [--bin FILE]');
const scale = args.scale ?? '50m';
if (scale !== '50m' && scale !== '110m') fail(`--scale is 50m or 110m, not "${scale}"`);
const kGrid = 50;  // grid units per degree
// 3 units (0.06 degree, about 6 km) keeps a country's shape at a region's zoom and halves 1:50m.
const tolerance = Number(args.tolerance ?? 3);
// Rings under 10 units (0.2 degree) across: islets a map of news places does not need.
const smallest = Number(args.smallest ?? 10);
if (!(tolerance >= 0) || !(smallest >= 0)) fail('--tolerance and --smallest are numbers of grid units, 0 or more');

const require = createRequire(join(root, 'package.json'));
let topology;
try {
    topology = require(`world-atlas/countries-${scale}.json`);
} catch (e) {
    fail(`the map data package is missing (${e.message.split('\n')[0]}): run \`npm ci\` in ${root} (scripts/setup.sh does)`);
}

// --- Arcs in degrees (TopoJSON's quantized deltas, undone) -----------------------------------
const { scale: [kx, ky], translate: [tx, ty] } = topology.transform;
const arcs = topology.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => {
        x += dx;
        y += dy;
        return [x * kx + tx, y * ky + ty];
    });
});

// --- How many country rings use each arc: one is coast, two a border between countries -------
const uses = new Array(arcs.length).fill(0);
const countRing = (ring) => ring.forEach((a) => { uses[a < 0 ? ~a : a] += 1; });
for (const g of topology.objects.countries.geometries) {
    if (g.type === 'Polygon') g.arcs.forEach(countRing);
    else if (g.type === 'MultiPolygon') g.arcs.forEach((polygon) => polygon.forEach(countRing));
}

// --- Grid, Douglas-Peucker, small rings ------------------------------------------------------
const onGrid = (arc) => {
    const out = [];
    for (const [lon, lat] of arc) {
        const p = [Math.round(lon * kGrid), Math.round(lat * kGrid)];
        const last = out[out.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    return out;
};
// Douglas-Peucker on [first, last], keeping both ends. Iterative (long coasts would recurse deep).
const simplify = (points) => {
    if (points.length < 3 || tolerance === 0) return points;
    const keep = new Uint8Array(points.length);
    keep[0] = keep[points.length - 1] = 1;
    const stack = [[0, points.length - 1]];
    while (stack.length) {
        const [a, b] = stack.pop();
        const [ax, ay] = points[a], [bx, by] = points[b];
        const dx = bx - ax, dy = by - ay, length = Math.hypot(dx, dy);
        let worst = -1, far = 0;
        for (let i = a + 1; i < b; ++i) {
            const [px, py] = points[i];
            // Distance to the chord, or to its end when the chord is a point (a closed ring).
            const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * (px - ax) - dx * (py - ay)) / length;
            if (d > far) { far = d; worst = i; }
        }
        if (worst >= 0 && far > tolerance) {
            keep[worst] = 1;
            stack.push([a, worst], [worst, b]);
        }
    }
    return points.filter((_, i) => keep[i]);
};
const extent = (points) => {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const [x, y] of points) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); }
    return Math.max(x1 - x0, y1 - y0);
};

// --- Bytes -------------------------------------------------------------------------------------
const bytes = [];
const varint = (n) => {
    if (!Number.isInteger(n) || n < 0) fail(`internal: varint of ${n}`);
    do {
        let b = n % 128;
        n = Math.floor(n / 128);
        if (n > 0) b |= 128;
        bytes.push(b);
    } while (n > 0);
};
const zigzag = (n) => varint(n >= 0 ? 2 * n : -2 * n - 1);
const kept = [];
let pointsIn = 0, dropped = 0;
// The pieces of an arc between its jumps across the antimeridian (a step of over 180 degrees).
const unwrapped = (points) => {
    const pieces = [[]];
    points.forEach((p, i) => {
        if (i > 0 && Math.abs(p[0] - points[i - 1][0]) > 180 * kGrid) pieces.push([]);
        pieces[pieces.length - 1].push(p);
    });
    return pieces;
};
arcs.forEach((arc, i) => {
    if (!uses[i]) return;  // an arc of no country (none in world-atlas, but cheap to be sure)
    pointsIn += arc.length;
    // (Cut again after simplifying: a run of short steps along a pole's edge becomes one long one.)
    for (const points of unwrapped(onGrid(arc)).flatMap((piece) => unwrapped(simplify(piece)))) {
        const first = points[0], last = points[points.length - 1];
        const closed = first[0] === last[0] && first[1] === last[1];
        if (points.length < 2 || (closed && extent(points) < smallest)) {
            ++dropped;
            continue;
        }
        kept.push({ kind: uses[i] >= 2 ? 1 : 0, points });
    }
});
for (const c of 'DLM1') bytes.push(c.charCodeAt(0));
varint(kGrid);
varint(kept.length);
let pointsOut = 0;
for (const { kind, points } of kept) {
    varint(kind);
    varint(points.length);
    zigzag(points[0][0]);
    zigzag(points[0][1]);
    for (let i = 1; i < points.length; ++i) {
        zigzag(points[i][0] - points[i - 1][0]);
        zigzag(points[i][1] - points[i - 1][1]);
    }
    pointsOut += points.length;
}

const data = Uint8Array.from(bytes);
const lines = [];
for (let i = 0; i < data.length; i += 32) lines.push(Array.from(data.subarray(i, i + 32)).join(','));
writeFileSync(args.out, `// Generated by scripts/pack_map.mjs from world-atlas countries-${scale}.json (Natural Earth,
// public domain; world-atlas ISC). Do not edit: rebuild. ${kept.length} arcs, ${pointsOut} points.
#include <cstddef>
namespace dateline {
extern const unsigned char kWorldOutlines[];
extern const size_t kWorldOutlinesSize;
const unsigned char kWorldOutlines[] = {
${lines.join(',\n')}
};
const size_t kWorldOutlinesSize = sizeof kWorldOutlines;
}  // namespace dateline
`);
if (args.bin) writeFileSync(args.bin, data);
console.log(`pack_map: ${scale}: ${kept.length} arcs (${dropped} small rings dropped), ${pointsIn} -> ${pointsOut} points, ${data.length} bytes`);
