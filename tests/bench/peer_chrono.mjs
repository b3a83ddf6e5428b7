#!/usr/bin/env node
// Dateline's temporal tagger against chrono-node (https://github.com/wanasit/chrono), the most
// used natural-language date parser on the web, on the five bundled articles with the same
// reference dates.
//
//   node tests/bench/peer_chrono.mjs [--dateline "<command prefix>"] [--seconds S] [--mb M] [--rounds N]
//
// 1. Accuracy on tests/gold/events.json: for each gold source (an article and a quote), the
//    tools' date expressions that start inside the quote (Dateline: `timex` results of type DATE
//    or TIME; chrono: results whose index, mapped from UTF-16 to UTF-8 bytes, lies inside it).
//    Dateline is right when one of them has a value whose interval ("2017-06-29" a day,
//    "2017-W25" Monday..Sunday, "2017-06" a month, "2014" a year, ...; mod START/MID/END its
//    first/middle/last third, as Dateline documents) equals the gold interval; values with no
//    interval (PRESENT_REF, PAST_REF, other mods) count wrong. chrono gives instants: it is right
//    when one `start.date()` day lies inside the gold interval and, when the gold interval is a
//    single day, is that day (generous: any instant in 2014 matches "2014").
//    Both tools read each whole article against its publication date (sources.json, or the
//    article's own header), at 12:00 UTC for chrono (`{instant, timezone: 0}`, forwardDate off).
// 2. Speed in MB/s (1 MB = 10^6 bytes of UTF-8 text). chrono: the five texts parsed in-process
//    over and over for at least S seconds (default 2) per round, median of N rounds (default 5).
//    Dateline: one file of the five texts concatenated and repeated to ~M MB (default 10),
//    `timex --dct 2017-07-01 FILE` timed end to end (process start, reading, tagging and JSON
//    output to a file), median of N runs, nothing subtracted.
// 3. A table, the Dateline/chrono ratios and a final `PEER {...}` JSON line.
//
// `--dateline` replaces the Dateline command (default build/native/dateline), e.g.
// `--dateline "node --no-experimental-fetch build/wasm-node/dateline-cli.js"`; it is split on
// spaces (quotes group) and run from the repository root, for both the accuracy and the speed.
// Always exits 0: what could not be measured is reported as null.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTICLES = path.join(ROOT, 'assets', 'articles');
const GOLD = path.join(ROOT, 'tests', 'gold', 'events.json');
// Publication dates the article texts give in their own header (sources.json has null for them).
const DATES_FROM_TEXT = {
  '001_d9fa9f246b0750ea': '2017-06-30',
  '002_d3e401b7703c085f': '2017-09-22',
  '003_4bcb22210810ca66': '2017-07-01',
};
const SPEED_DCT = '2017-07-01';

// ---------------------------------------------------------------------------------------------
// Options

function splitCommand(s) {
  const out = [];
  let cur = '', quote = null, any = false;
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = null;
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      any = true;
    } else if (/\s/.test(ch)) {
      if (any || cur) out.push(cur);
      cur = '';
      any = false;
    } else {
      cur += ch;
    }
  }
  if (any || cur) out.push(cur);
  return out;
}

function parseArgs(argv) {
  const o = { dateline: [path.join(ROOT, 'build', 'native', 'dateline')], seconds: 2, mb: 10, rounds: 5 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--dateline') o.dateline = splitCommand(value());
    else if (a.startsWith('--dateline=')) o.dateline = splitCommand(a.slice('--dateline='.length));
    else if (a === '--seconds') o.seconds = Number(value());
    else if (a === '--mb') o.mb = Number(value());
    else if (a === '--rounds') o.rounds = Math.max(1, Math.trunc(Number(value())));
    else if (a === '--help' || a === '-h') {
      console.log('usage: node tests/bench/peer_chrono.mjs [--dateline "<command prefix>"] [--seconds S] [--mb M] [--rounds N]');
      process.exit(0);
    } else console.error(`peer_chrono: ignoring unknown argument ${a}`);
  }
  if (!o.dateline.length) o.dateline = [path.join(ROOT, 'build', 'native', 'dateline')];
  if (!(o.seconds > 0)) o.seconds = 2;
  if (!(o.mb > 0)) o.mb = 10;
  return o;
}

// ---------------------------------------------------------------------------------------------
// Days and intervals (days since 1970-01-01, UTC)

const DAY_MS = 86400000;
const dayOf = (y, m, d) => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
const daysInMonth = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const isoDay = (n) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const parseDay = (s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? dayOf(+m[1], +m[2], +m[3]) : null;
};
const showInterval = (iv) => (iv.first === iv.last ? isoDay(iv.first) : `${isoDay(iv.first)}..${isoDay(iv.last)}`);

function isoWeekMonday(y, w) {
  const jan4 = dayOf(y, 1, 4);
  const jan4Weekday = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - jan4Weekday + (w - 1) * 7;
}

// A TimeML value (and mod) as an interval of days, or null when it has none.
function valueInterval(value, mod) {
  if (typeof value !== 'string') return null;
  let m, iv = null, precision = null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value))) {
    iv = { first: dayOf(+m[1], +m[2], +m[3]), last: dayOf(+m[1], +m[2], +m[3]) };
    precision = 'day';
  } else if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = isoWeekMonday(+m[1], +m[2]);
    iv = m[3] ? { first: monday + 5, last: monday + 6 } : { first: monday, last: monday + 6 };
    precision = 'week';
  } else if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    iv = { first: dayOf(+m[1], +m[2], 1), last: dayOf(+m[1], +m[2], daysInMonth(+m[1], +m[2])) };
    precision = 'month';
  } else if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const m1 = (+m[2] - 1) * 3 + 1;
    iv = { first: dayOf(+m[1], m1, 1), last: dayOf(+m[1], m1 + 2, daysInMonth(+m[1], m1 + 2)) };
  } else if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    iv = m[2] === '1' ? { first: dayOf(+m[1], 1, 1), last: dayOf(+m[1], 6, 30) } : { first: dayOf(+m[1], 7, 1), last: dayOf(+m[1], 12, 31) };
  } else if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    // Meteorological seasons, as Dateline reads them (winter Y: December Y to February Y+1).
    const m1 = { SP: 3, SU: 6, FA: 9, WI: 12 }[m[2]];
    const endY = m1 === 12 ? +m[1] + 1 : +m[1], endM = m1 === 12 ? 2 : m1 + 2;
    iv = { first: dayOf(+m[1], m1, 1), last: dayOf(endY, endM, daysInMonth(endY, endM)) };
  } else if ((m = /^(\d{4})$/.exec(value))) {
    iv = { first: dayOf(+m[1], 1, 1), last: dayOf(+m[1], 12, 31) };
    precision = 'year';
  } else if ((m = /^(\d{3})$/.exec(value))) {
    iv = { first: dayOf(+m[1] * 10, 1, 1), last: dayOf(+m[1] * 10 + 9, 12, 31) };
  } else if ((m = /^(\d{2})$/.exec(value))) {
    iv = { first: dayOf(Math.max(1, +m[1] * 100), 1, 1), last: dayOf(+m[1] * 100 + 99, 12, 31) };
  }
  if (!iv || !mod) return iv;
  if (mod !== 'START' && mod !== 'MID' && mod !== 'END') return null; // APPROX, BEFORE...: no interval
  // early / mid / late: Dateline's thirds (years by months, months by days, others by days).
  const first = new Date(iv.first * DAY_MS), y = first.getUTCFullYear(), mo = first.getUTCMonth() + 1;
  if (precision === 'year') {
    const m1 = mod === 'START' ? 1 : mod === 'MID' ? 5 : 9;
    return { first: dayOf(y, m1, 1), last: dayOf(y, m1 + 3, daysInMonth(y, m1 + 3)) };
  }
  if (precision === 'month') {
    const d1 = mod === 'START' ? 1 : mod === 'MID' ? 11 : 21;
    const d2 = mod === 'START' ? 10 : mod === 'MID' ? 20 : daysInMonth(y, mo);
    return { first: dayOf(y, mo, d1), last: dayOf(y, mo, d2) };
  }
  const third = Math.max(1, Math.floor((iv.last - iv.first + 1) / 3));
  if (mod === 'START') return { first: iv.first, last: iv.first + third - 1 };
  if (mod === 'END') return { first: iv.last - third + 1, last: iv.last };
  return { first: iv.first + third, last: Math.max(iv.first + third, iv.last - third) };
}

// ---------------------------------------------------------------------------------------------
// Inputs

function loadArticles() {
  const manifest = JSON.parse(fs.readFileSync(path.join(ARTICLES, 'sources.json'), 'utf8'));
  const published = {};
  for (const a of manifest.articles || []) if (a.published) published[a.file.replace(/\.txt$/, '')] = a.published;
  const files = fs.readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).sort();
  return files.map((file) => {
    const id = file.replace(/\.txt$/, '');
    const bytes = fs.readFileSync(path.join(ARTICLES, file));
    const text = bytes.toString('utf8');
    const dct = published[id] || DATES_FROM_TEXT[id] || null;
    return { id, file: path.join(ARTICLES, file), bytes, text, dct };
  });
}

// UTF-16 index -> UTF-8 byte offset, for every index of a string.
function byteOffsets(text) {
  const out = new Uint32Array(text.length + 1);
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    out[i] = b;
    const c = text.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out[i + 1] = b; // the middle of a pair: the pair's start
        b += 4;
        i++;
        continue;
      }
      b += 3;
    } else b += 3;
  }
  out[text.length] = b;
  return out;
}

// ---------------------------------------------------------------------------------------------
// The tools

function runDateline(cmd, args, opts = {}) {
  const r = spawnSync(cmd[0], [...cmd.slice(1), ...args], {
    cwd: ROOT,
    encoding: opts.stdio ? undefined : 'utf8',
    maxBuffer: 1 << 30,
    stdio: opts.stdio,
  });
  return r;
}

function datelineTimexes(cmd, article) {
  const r = runDateline(cmd, ['timex', '--dct', article.dct, '--explain', article.file]);
  if (r.error) throw new Error(`${cmd.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} timex exited ${r.status}: ${(r.stderr || '').trim()}`);
  return JSON.parse(r.stdout).timexes;
}

function chronoResults(chrono, article) {
  const ref = { instant: new Date(`${article.dct}T12:00:00Z`), timezone: 0 };
  const offsets = byteOffsets(article.text);
  return chrono.parse(article.text, ref, { forwardDate: false }).map((r) => {
    const date = r.start.date();
    const day = Math.floor(date.getTime() / DAY_MS);
    const end = Math.min(r.index + r.text.length, article.text.length);
    const x = { start: offsets[r.index], end: offsets[end], text: r.text, day, iso: date.toISOString() };
    // The byte span must hold chrono's text (the UTF-16 -> UTF-8 mapping is right).
    if (article.bytes.subarray(x.start, x.end).toString('utf8') !== r.text)
      throw new Error(`offset mapping failed in ${article.id} at index ${r.index} ("${r.text}")`);
    return x;
  });
}

// ---------------------------------------------------------------------------------------------
// Accuracy

function excerpt(s, n = 64) {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}

function scoreAccuracy(gold, articles, datelineCmd, chrono) {
  const byId = Object.fromEntries(articles.map((a) => [a.id, a]));
  const tools = {
    dateline: { right: 0, total: 0, misses: [], error: null, straddling: 0 },
    chrono: { right: 0, total: 0, misses: [], error: null, straddling: 0 },
  };
  const dl = {}, ch = {};
  for (const a of articles) {
    if (!a.dct) continue;
    if (!tools.dateline.error) {
      try {
        dl[a.id] = datelineTimexes(datelineCmd, a);
      } catch (e) {
        tools.dateline.error = e.message;
      }
    }
    if (chrono && !tools.chrono.error) {
      try {
        ch[a.id] = chronoResults(chrono, a);
      } catch (e) {
        tools.chrono.error = e.message;
      }
    }
  }
  if (!chrono) tools.chrono.error = tools.chrono.error || 'chrono-node could not be loaded';

  const sources = [];
  for (const ev of gold.events) {
    const gi = { first: parseDay(ev.start), last: parseDay(ev.end) };
    for (const s of ev.sources) sources.push({ event: ev.id, article: s.article, quote: s.quote, gold: gi });
  }
  for (const s of sources) {
    const a = byId[s.article];
    const qStart = a ? a.bytes.indexOf(Buffer.from(s.quote, 'utf8')) : -1;
    const qEnd = qStart + Buffer.byteLength(s.quote, 'utf8');
    const where = `${s.article.slice(0, 3)} ${s.event}`;
    const goldText = showInterval(s.gold);
    // An expression belongs to the quote when it starts inside it (the same rule for both tools).
    const inside = (x) => qStart >= 0 && x.start >= qStart && x.start < qEnd;

    // Dateline
    {
      const t = tools.dateline;
      t.total++;
      const found = (dl[s.article] || []).filter((x) => (x.type === 'DATE' || x.type === 'TIME') && inside(x));
      t.straddling += found.filter((x) => x.end > qEnd).length;
      const said = found.map((x) => {
        const iv = valueInterval(x.value, x.mod);
        return { x, iv, ok: !!iv && iv.first === s.gold.first && iv.last === s.gold.last };
      });
      if (said.some((d) => d.ok)) t.right++;
      else
        t.misses.push({
          where,
          quote: s.quote,
          gold: goldText,
          said: said.length
            ? said
                .map((d) => `"${d.x.text}" ${d.x.value}${d.x.mod ? ' mod ' + d.x.mod : ''} = ${d.iv ? showInterval(d.iv) : 'no interval'}`)
                .join('; ')
            : qStart < 0
              ? 'quote not found in the article'
              : (() => {
                  const other = (dl[s.article] || []).filter((x) => x.type !== 'DATE' && x.type !== 'TIME' && inside(x));
                  return other.length
                    ? 'no date inside the quote, only ' + other.map((x) => `${x.type} "${x.text}" ${x.value}`).join('; ')
                    : 'nothing inside the quote' +
                        nearest(dl[s.article], qStart, qEnd, (x) => `"${x.text}" ${x.value}`, (x) => x.type === 'DATE' || x.type === 'TIME');
                })(),
        });
    }
    // chrono
    {
      const t = tools.chrono;
      t.total++;
      const found = (ch[s.article] || []).filter(inside);
      t.straddling += found.filter((x) => x.end > qEnd).length;
      const single = s.gold.first === s.gold.last;
      const ok = (x) => x.day >= s.gold.first && x.day <= s.gold.last && (!single || x.day === s.gold.first);
      if (found.some(ok)) t.right++;
      else
        t.misses.push({
          where,
          quote: s.quote,
          gold: goldText,
          said: found.length
            ? found.map((x) => `"${x.text.trim()}" ${x.iso}`).join('; ')
            : qStart < 0
              ? 'quote not found in the article'
              : 'nothing inside the quote' + nearest(ch[s.article], qStart, qEnd, (x) => `"${x.text.trim()}" ${x.iso.slice(0, 10)}`),
        });
    }
  }
  return tools;
}

// The closest expression outside a quote, as a hint for "nothing inside the quote".
function nearest(list, qStart, qEnd, show, keep = () => true) {
  let best = null, bestGap = Infinity;
  for (const x of list || []) {
    if (!keep(x)) continue;
    const gap = x.end <= qStart ? qStart - x.end : x.start >= qEnd ? x.start - qEnd : 0;
    if (gap < bestGap) (best = x), (bestGap = gap);
  }
  return best && bestGap <= 200 ? ` (nearest: ${show(best)}, ${bestGap} bytes ${best.end <= qStart ? 'before' : 'after'} it)` : '';
}

// ---------------------------------------------------------------------------------------------
// Speed

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function chronoSpeed(chrono, articles, seconds, rounds) {
  const texts = articles.filter((a) => a.dct).map((a) => ({ text: a.text, ref: { instant: new Date(`${a.dct}T12:00:00Z`), timezone: 0 } }));
  const bytes = articles.filter((a) => a.dct).reduce((n, a) => n + a.bytes.length, 0);
  let sink = 0;
  const pass = () => {
    for (const t of texts) sink += chrono.parse(t.text, t.ref, { forwardDate: false }).length;
  };
  // Warm-up (JIT), not counted.
  const w0 = performance.now();
  while (performance.now() - w0 < Math.min(1000, seconds * 500)) pass();
  const rates = [];
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const t0 = performance.now();
    let dt;
    do {
      pass();
      n++;
      dt = (performance.now() - t0) / 1000;
    } while (dt < seconds);
    rates.push((bytes * n) / dt / 1e6);
  }
  return { mbps: median(rates), rounds: rates, bytesPerPass: bytes, sink };
}

function datelineSpeed(cmd, articles, mb, rounds) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-peer-'));
  try {
    const parts = [];
    for (const a of articles) {
      parts.push(a.bytes);
      if (a.bytes[a.bytes.length - 1] !== 0x0a) parts.push(Buffer.from('\n'));
      parts.push(Buffer.from('\n'));
    }
    const one = Buffer.concat(parts);
    const copies = Math.max(1, Math.ceil((mb * 1e6) / one.length));
    const big = Buffer.concat(Array(copies).fill(one));
    const file = path.join(dir, 'five-articles-repeated.txt');
    fs.writeFileSync(file, big);
    const outFile = path.join(dir, 'out.json');
    const once = () => {
      const fd = fs.openSync(outFile, 'w');
      try {
        const t0 = performance.now();
        const r = runDateline(cmd, ['timex', '--dct', SPEED_DCT, file], { stdio: ['ignore', fd, 'pipe'] });
        const dt = (performance.now() - t0) / 1000;
        if (r.error) throw new Error(`${cmd.join(' ')}: ${r.error.message}`);
        if (r.status !== 0) throw new Error(`${cmd.join(' ')} timex exited ${r.status}: ${String(r.stderr || '').trim()}`);
        return dt;
      } finally {
        fs.closeSync(fd);
      }
    };
    // Warm-up run (page cache, and a check that the output is whole), not counted.
    once();
    const out = JSON.parse(fs.readFileSync(outFile, 'utf8'));
    const timexes = out.timexes.length;
    const times = [];
    for (let r = 0; r < rounds; r++) times.push(once());
    const t = median(times);
    // Process start alone, for the reader (not subtracted): the same command on an empty file.
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    const startTimes = [];
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      runDateline(cmd, ['timex', '--dct', SPEED_DCT, empty], { stdio: ['ignore', 'ignore', 'ignore'] });
      startTimes.push((performance.now() - t0) / 1000);
    }
    return { mbps: big.length / t / 1e6, seconds: t, runs: times, bytes: big.length, copies, timexes, startSeconds: median(startTimes) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const result = { chrono_version: null, dateline_command: opts.dateline.join(' '), dateline: {}, chrono: {} };

  let chrono = null;
  try {
    chrono = await import('chrono-node');
    try {
      const require = (await import('node:module')).createRequire(import.meta.url);
      result.chrono_version = require('chrono-node/package.json').version;
    } catch {
      const pj = path.join(ROOT, 'node_modules', 'chrono-node', 'package.json');
      if (fs.existsSync(pj)) result.chrono_version = JSON.parse(fs.readFileSync(pj, 'utf8')).version;
    }
  } catch (e) {
    console.log(`chrono-node could not be loaded (${e.message}); run npm install`);
  }

  const articles = loadArticles();
  const gold = JSON.parse(fs.readFileSync(GOLD, 'utf8'));
  console.log(`Dateline: ${opts.dateline.join(' ')}`);
  console.log(`chrono-node: ${result.chrono_version || 'not available'}`);
  console.log(`articles: ${articles.map((a) => `${a.id.slice(0, 3)} ${a.dct || '(no date: skipped)'}`).join(', ')}`);

  // 1. Accuracy
  const acc = scoreAccuracy(gold, articles, opts.dateline, chrono);
  for (const [name, t] of Object.entries(acc)) {
    console.log(`\n== ${name}: ${t.error ? 'not measured: ' + t.error : `${t.right}/${t.total} gold sources right`}`);
    if (t.error) continue;
    if (t.straddling) console.log(`   (${t.straddling} expression(s) start inside a quote and end after it; counted)`);
    for (const m of t.misses) console.log(`   miss ${m.where}: "${excerpt(m.quote)}"\n        gold ${m.gold}; said: ${m.said}`);
    result[name].right = t.right;
    result[name].total = t.total;
    result[name].accuracy = t.total ? t.right / t.total : null;
  }
  if (acc.dateline.error) Object.assign(result.dateline, { right: null, total: acc.dateline.total, accuracy: null });
  if (acc.chrono.error) Object.assign(result.chrono, { right: null, total: acc.chrono.total, accuracy: null });

  // 2. Speed
  console.log('');
  result.chrono.mbps = null;
  if (chrono) {
    try {
      const s = chronoSpeed(chrono, articles, opts.seconds, opts.rounds);
      result.chrono.mbps = s.mbps;
      console.log(
        `chrono speed: ${s.mbps.toFixed(3)} MB/s (median of ${opts.rounds} rounds of >= ${opts.seconds} s over the ${articles.length} texts, ` +
          `${s.bytesPerPass} bytes a pass; rounds ${s.rounds.map((x) => x.toFixed(3)).join(', ')})`
      );
    } catch (e) {
      console.log(`chrono speed: not measured: ${e.message}`);
    }
  }
  result.dateline.mbps = null;
  try {
    const s = datelineSpeed(opts.dateline, articles, opts.mb, opts.rounds);
    result.dateline.mbps = s.mbps;
    result.dateline.speed_bytes = s.bytes;
    result.dateline.speed_seconds = s.seconds;
    result.dateline.start_seconds = s.startSeconds;
    console.log(
      `Dateline speed: ${s.mbps.toFixed(2)} MB/s (${(s.bytes / 1e6).toFixed(2)} MB = ${s.copies} copies of the ${articles.length} texts, ` +
        `median ${s.seconds.toFixed(3)} s of ${opts.rounds} runs [${s.runs.map((x) => x.toFixed(3)).join(', ')}], ` +
        `${s.timexes} timexes; process start, reading and JSON output included; the same command on an empty file takes ${(s.startSeconds * 1000).toFixed(0)} ms)`
    );
  } catch (e) {
    console.log(`Dateline speed: not measured: ${e.message}`);
  }

  // 3. Table
  const pct = (x) => (x == null ? '-' : (100 * x).toFixed(1) + '%');
  const rt = (t) => (t.right == null ? '-' : `${t.right}/${t.total}`);
  const sp = (x) => (x == null ? '-' : x >= 10 ? x.toFixed(1) : x.toFixed(3));
  const rows = [
    ['tool', 'right/total', 'accuracy', 'MB/s'],
    ['Dateline', rt(result.dateline), pct(result.dateline.accuracy), sp(result.dateline.mbps)],
    [`chrono-node ${result.chrono_version || ''}`.trim(), rt(result.chrono), pct(result.chrono.accuracy), sp(result.chrono.mbps)],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log('');
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  const ratio = (a, b) => (a == null || b == null || b === 0 ? null : a / b);
  result.accuracy_ratio = ratio(result.dateline.accuracy, result.chrono.accuracy);
  result.speed_ratio = ratio(result.dateline.mbps, result.chrono.mbps);
  console.log(`accuracy ratio (Dateline / chrono): ${result.accuracy_ratio == null ? '-' : result.accuracy_ratio.toFixed(2)}`);
  console.log(`speed ratio (Dateline / chrono): ${result.speed_ratio == null ? '-' : result.speed_ratio.toFixed(1)}`);
  console.log('PEER ' + JSON.stringify(result));
}

process.on('uncaughtException', (e) => {
  console.log(`peer_chrono: ${e && e.stack ? e.stack : e}`);
  process.exit(0);
});
main()
  .catch((e) => console.log(`peer_chrono: ${e && e.stack ? e.stack : e}`))
  .finally(() => {
    process.exitCode = 0;
  });
