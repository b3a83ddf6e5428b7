// The page's figures, in Debian's Chromium (headless, software WebGL) on 127.0.0.1:
//   start-up (navigation start to the first frame with the timeline drawn, median of 10 loads,
//   hosted and offline file), download size (gzip), frame cost while scrubbing and zooming
//   the timeline and while panning and zooming the map, with the map open beside the timeline
//   (bundled events, and 100,000 generated ones), wasm heap, frames drawn while idle, and the
//   longest frame while a 4 MB article is added and read.
//
//   node tests/bench/page_bench.mjs [--loads N]
// Prints each figure next to its target, and a final line `PAGE {...}` (JSON).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, serveDist, offlinePageUrl, openPage, waitForApp, settle, frames, dist } from '../browser/support.mjs';

const loads = Number((process.argv.find((a, i) => process.argv[i - 1] === '--loads')) || 10);
// --frames: only the frame costs and idle frames (figures 5 and 6), e.g. after a change to drawing.
const framesOnly = process.argv.includes('--frames');
const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const out = {};
const line = (label, value, target) => console.log(`${label.padEnd(52)} ${String(value).padStart(12)}   ${target}`);

const browser = await launch();
const site = await serveDist();

// 1. Start-up.
for (const [name, url, offline] of framesOnly ? [] : [['hosted', site.url, false], ['offline file', offlinePageUrl(), true]]) {
  const times = [];
  for (let i = 0; i < loads; i++) {
    const { page, context } = await openPage(browser, url, { offline });
    await page.waitForFunction(() => window.dateline && window.dateline.state().frames > 0, null, { timeout: 30000 });
    times.push((await page.evaluate(() => window.dateline.state())).firstFrameMs);
    await context.close();
  }
  out[`startup_${offline ? 'offline' : 'hosted'}_ms`] = Math.round(median(times));
  line(`start-up, ${name}: median of ${loads} loads (ms)`, Math.round(median(times)), 'target <= 500');
}

// 2. Download size: everything the hosted page fetches, gzip -9; and the offline file.
if (!framesOnly) {
let raw = 0, gz = 0;
for (const f of ['index.html', 'dateline.wasm']) {  // the page holds its script and stylesheet
  const bytes = readFileSync(join(dist, f));
  raw += bytes.length;
  gz += gzipSync(bytes, { level: 9 }).length;
}
const offlineBytes = readFileSync(join(dist, 'dateline-offline.html'));
out.download_gzip_bytes = gz;
out.download_raw_bytes = raw;
out.offline_raw_bytes = offlineBytes.length;
out.offline_gzip_bytes = gzipSync(offlineBytes, { level: 9 }).length;
line('download, hosted page, gzip (KB)', (gz / 1024).toFixed(0), 'target <= 1024');
line('download, hosted page, uncompressed (KB)', (raw / 1024).toFixed(0), '');
line('offline single file (KB), gzip', `${(offlineBytes.length / 1024).toFixed(0)}, ${(out.offline_gzip_bytes / 1024).toFixed(0)}`, '');
}

// 3. Frame cost while scrubbing and zooming the timeline, then while panning and zooming the map,
// in the wide layout (1280x800), where the map is open beside the timeline and drawn at every
// frame; and the heap.
async function frameCost(query) {
  const { page, context } = await openPage(browser, site.url + query, { viewport: { width: 1280, height: 800 } });
  await waitForApp(page);
  let s = await settle(page);
  if (!(s.map && s.map.width > 0)) throw new Error(`the map is not open in the wide layout (${s.layout}): the frame cost would not include it`);
  const map = s.map, placesDrawn = s.places.filter((p) => p.x !== undefined).length;
  await page.evaluate(() => window.dateline.frameStats(true));
  const y = s.timeline.y + 8;
  const x0 = s.timeline.x + 20, x1 = s.timeline.x + s.timeline.width - 20;
  // Scrub across, then zoom in and out with the wheel, then pan.
  await page.mouse.move(s.timeline.playheadX, y);
  await page.mouse.down();
  for (let i = 0; i <= 40; i++) { await page.mouse.move(x0 + ((x1 - x0) * i) / 40, y); await frames(page, 1); }
  await page.mouse.up();
  const cy = s.timeline.y + s.timeline.height / 2;
  await page.mouse.move(s.timeline.x + s.timeline.width / 2, cy);
  for (let i = 0; i < 8; i++) { await page.mouse.wheel(0, -100); await frames(page, 2); }
  for (let i = 0; i < 10; i++) { await page.mouse.wheel(0, 100); await frames(page, 2); }
  await page.mouse.down();
  await page.mouse.move(s.timeline.x + 200, cy, { steps: 20 });
  await page.mouse.up();
  await settle(page);
  const stats = await page.evaluate(() => window.dateline.frameStats(false));
  // The map: zoom in and out with the wheel around its middle, then pan it across.
  await page.evaluate(() => window.dateline.frameStats(true));
  const mx = map.x + map.width / 2, my = map.y + map.height / 2;
  await page.mouse.move(mx, my);
  for (let i = 0; i < 6; i++) { await page.mouse.wheel(0, 200); await frames(page, 2); }   // out: the whole world
  for (let i = 0; i < 8; i++) { await page.mouse.wheel(0, -150); await frames(page, 2); }
  await page.mouse.down();
  for (let i = 0; i <= 30; i++) { await page.mouse.move(mx + 100 * Math.sin(i / 5), my + 60 * Math.cos(i / 5)); await frames(page, 1); }
  await page.mouse.up();
  await settle(page);
  const mapStats = await page.evaluate(() => window.dateline.frameStats(false));
  s = await page.evaluate(() => window.dateline.state());
  await context.close();
  return { ...stats, events: s.events, map, placesDrawn, mapStats };
}
for (const [name, query, target] of [['bundled events', '', 4], ['100,000 generated events', '?events=100000', 8]]) {
  const f = await frameCost(query);
  const key = query ? 'generated' : 'bundled';
  out[`frame_${key}_p95_ms`] = +f.p95.toFixed(2);
  out[`frame_${key}_p50_ms`] = +f.p50.toFixed(2);
  out[`frame_${key}_count`] = f.count;
  out[`heap_${key}_mb`] = +(f.heapBytes / 1048576).toFixed(1);
  // The figure is the CPU time to build a frame: input, ImGui and the core's queries
  // (the app's draw). The whole frame adds WebGL submission, which here goes to Chromium's
  // software renderer (SwiftShader) on the same two cores: shown, without a target.
  line(`map open beside the timeline, ${name}`, `${Math.round(f.map.width)}x${Math.round(f.map.height)} px`, `${f.placesDrawn} places drawn`);
  line(`frame build p95, ${name} (${f.events} events, ${f.count} frames) (ms)`, f.buildP95.toFixed(2), `target <= ${target}`);
  line(`frame build p50, ${name} (ms)`, f.buildP50.toFixed(2), '');
  line(`  whole frame with WebGL submission, p95 / p50 (ms)`, `${f.p95.toFixed(2)} / ${f.p50.toFixed(2)}`, 'software rendering');
  out[`frame_${key}_build_p95_ms`] = +f.buildP95.toFixed(2);
  line(`frame build p95 / p50 panning and zooming the map, ${name} (${f.mapStats.count} frames) (ms)`,
       `${f.mapStats.buildP95.toFixed(2)} / ${f.mapStats.buildP50.toFixed(2)}`, `target <= ${target}`);
  out[`frame_${key}_map_build_p95_ms`] = +f.mapStats.buildP95.toFixed(2);
  out[`frame_${key}_map_build_p50_ms`] = +f.mapStats.buildP50.toFixed(2);
  line(`wasm heap, ${name} (MB)`, (f.heapBytes / 1048576).toFixed(1), query ? 'target <= 64' : '');
}

// 4. Idle: frames drawn over 5 seconds with nothing happening.
{
  const { page, context } = await openPage(browser, site.url);
  await waitForApp(page);
  const s = await settle(page);
  if (!(s.map && s.map.width > 0)) throw new Error('the map is not open: idle frames would not include it');
  await page.waitForTimeout(500);
  const before = (await page.evaluate(() => window.dateline.state())).frames;
  await page.waitForTimeout(5000);
  const after = (await page.evaluate(() => window.dateline.state())).frames;
  out.idle_frames_5s = after - before;
  line('frames drawn over 5 idle seconds (map open)', after - before, 'target 0');
  await context.close();
}

// 5. Reading a reader's long article: the longest frame while a 4 MB article (one line of
// 3 MB and more) is added and read; the page reads a few articles a frame and must not stop.
if (!framesOnly) {
  const { page, context } = await openPage(browser, site.url);
  await waitForApp(page);
  const sentence = 'On Monday, 4 March 2019, officials said the convoy reached the town of Hajin. ';
  const text = 'Long report\n\n' + sentence.repeat(Math.ceil(4e6 / sentence.length));
  await page.evaluate(() => window.dateline.frameStats(true));
  await page.setInputFiles('#dateline-add-files', [{ name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
  await page.waitForFunction(() => { const s = window.dateline.state(); return s.added.files >= 1 && !s.added.reading; }, null, { timeout: 120000 });
  const stats = await page.evaluate(() => window.dateline.frameStats(false));
  out.long_article_longest_frame_ms = Math.round(stats.max);
  line(`longest frame reading a ${(text.length / 1e6).toFixed(1)} MB added article (ms)`, Math.round(stats.max), 'target < 1000');
  await context.close();
}

await browser.close();
site.server.close();
console.log('PAGE ' + JSON.stringify(out));
