// How many wasm functions V8 compiles before Dateline's first frame, by start-up phase: one or
// more loads of a site under a Chromium trace (category v8.wasm), each `wasm.CompileLazy` event
// (V8 compiles a wasm function on its first call) counted between the marks wasm/main.cpp sets.
// Unlike wall times on a shared machine, the counts are the same from load to load, so they
// compare two builds in one load each (tests/bench/RESULTS.md, "startup12" and "startup13").
//
//   node tests/bench/startup_trace.mjs [DIR] [--offline] [--loads N] [--list FILE]
//
// DIR: a built site (default dist/). --list FILE writes each function compiled (load, phase,
// index, name, µs); the names come from DIR/dateline.wasm's name section when it has one (a link
// with `--profiling-funcs`, then wasm-opt with -g). Beside the counts: the compiles' wall time,
// which moves with the machine's load (the page's thread waits for the CPU inside them), and
// their thread CPU time, which moves much less. The page is polled with state() as the tests do;
// a poll that lands before the first frame compiles the JSON code too (~100 functions more in
// that load).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from '../../scripts/static_server.mjs';
import { launch, root } from '../browser/support.mjs';

const arg = (name) => process.argv.find((a, i) => process.argv[i - 1] === name);
const dir = resolve(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : join(root, 'dist'));
const offline = process.argv.includes('--offline');
const loads = Number(arg('--loads') || 1);

// Function names by index (imports first, as V8 counts them), from the wasm's name section.
function functionNames(bytes) {
  const names = {};
  let p = 8;
  const leb = () => {
    let v = 0, shift = 0, b;
    do { b = bytes[p++]; v += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
    return v;
  };
  while (p < bytes.length) {
    const id = bytes[p++], end = leb() + p;
    if (id === 0) {
      const length = leb();
      if (bytes.subarray(p, p + length).toString() === 'name') {
        p += length;
        while (p < end) {
          const sub = bytes[p++], subEnd = leb() + p;
          if (sub === 1) {
            for (let n = leb(); n > 0; n--) {
              const index = leb(), size = leb();
              names[index] = bytes.subarray(p, p + size).toString();
              p += size;
            }
          }
          p = subEnd;
        }
      }
    }
    p = end;
  }
  return names;
}
const names = offline ? {} : functionNames(readFileSync(join(dir, 'dateline.wasm')));  // the offline file's wasm is inside it, zipped

const browser = await launch({ own: true });  // tracing needs a browser of its own
const site = await serve(dir);
const url = offline ? pathToFileURL(join(dir, 'dateline-offline.html')).href : site.url;
const ms = (events, key = 'dur') => (events.reduce((sum, e) => sum + (e[key] ?? 0), 0) / 1000).toFixed(1);
const listed = [];
for (let i = -1; i < loads; i++) {  // one load first, not traced: the browser's start and the disk cache
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, offline });
  const page = await context.newPage();
  if (i >= 0) await browser.startTracing(page, { categories: ['v8.wasm', 'blink.user_timing', 'devtools.timeline'] });
  await page.goto(url);
  await page.waitForFunction(() => window.dateline && window.dateline.state().frames > 0, null, { timeout: 60000 });
  const firstFrameMs = await page.evaluate(() => window.dateline.state().firstFrameMs);
  if (i < 0) {
    await context.close();
    continue;
  }
  const events = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
  await context.close();
  const at = new Map();  // the engine's marks, by name, in the trace's clock
  for (const e of events) {
    if (e.cat.includes('user_timing') && e.name.startsWith('dateline:') && !at.has(e.name.slice(9))) at.set(e.name.slice(9), e.ts);
  }
  const navigation = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame &&
    e.args.data.documentLoaderURL?.startsWith(offline ? 'file:' : 'http:'));
  if (!navigation) throw new Error('no navigationStart in the trace');
  const phases = [...at].sort((a, b) => a[1] - b[1]);
  phases.push(['first frame', navigation.ts + firstFrameMs * 1000]);
  const compiles = events.filter((e) => e.name === 'wasm.CompileLazy' && e.ph === 'X');
  let from = ['navigation', 0];
  const rows = [];
  let total = [];
  for (const [name, ts] of phases) {
    const inside = compiles.filter((e) => e.ts >= from[1] && e.ts < ts);
    rows.push(`${from[0]} -> ${name}: ${inside.length} (${ms(inside)} ms)`);
    for (const e of inside) listed.push(`${i}\t${name}\t${e.args.func_index}\t${names[e.args.func_index] ?? ''}\t${e.dur}`);
    total = total.concat(inside);
    from = [name, ts];
  }
  console.log(`load ${i + 1}: first frame ${Math.round(firstFrameMs)} ms; functions compiled before it ${total.length} (${ms(total)} ms wall, ${ms(total, 'tdur')} ms thread CPU)`);
  console.log(`  ${rows.join('\n  ')}`);
}
if (arg('--list')) writeFileSync(arg('--list'), `${listed.join('\n')}\n`);
await browser.close();
site.server.close();
