// Start-up against the main peer (issue 13): TimelineJS 3.9.11 (npm @knight-lab/timelinejs,
// pinned) rendering the bundled story's events, beside Dateline's first frame with the timeline,
// hosted and as the offline file, in the same run of Debian's Chromium (headless, software
// WebGL, 127.0.0.1). Loads alternate between the three so that both see the same machine load.
//
//   node tests/bench/startup_peer.mjs [--loads N] [--baseline DIR]
//
// --baseline DIR: another build's site (its index.html, dateline.wasm (and dateline.js before stop 29) and
// dateline-offline.html) measured in the same alternation, for a before/after in one run.
//
// TimelineJS is fed the export `dateline export --format timelinejs` writes for the bundled
// articles (the same events Dateline shows), inlined in its host page as a script so that it
// does not wait for a second request; its Google-font requests are blocked (no network here),
// as the issue asks. TimelineJS's time is navigation start to the first animation frame in which
// its slides and time markers are all in the document; Dateline's is state().firstFrameMs
// (navigation start to the first frame drawn with the timeline), with the median time of each
// phase of its start-up (the marks wasm/main.cpp sets, and when its files arrived: dateline.wasm,
// and dateline.js in builds before stop 29, whose page did not hold its script).
// Prints each median and the ratio Dateline / TimelineJS next to its target (<= 0.8), and a final
// line `PEER {...}` (JSON). Needs build/native/dateline and the wasm site in dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from '../../scripts/static_server.mjs';
import { launch, root, serveDist, offlinePageUrl, openPage } from '../browser/support.mjs';

const loads = Number((process.argv.find((a, i) => process.argv[i - 1] === '--loads')) || 5);
const baselineDir = process.argv.find((a, i) => process.argv[i - 1] === '--baseline');
const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const line = (label, value, target) => console.log(`${label.padEnd(60)} ${String(value).padStart(10)}   ${target}`);

const native = join(root, 'build', 'native', 'dateline');
const timelinejs = join(root, 'node_modules', '@knight-lab', 'timelinejs');
if (!existsSync(native)) throw new Error(`${native} is missing: build the native preset first`);
if (!existsSync(join(timelinejs, 'dist', 'js', 'timeline.js'))) throw new Error('TimelineJS is missing: run npm ci');

const exported = spawnSync(native, ['export', '--format', 'timelinejs', join(root, 'assets', 'articles')],
  { maxBuffer: 1 << 26 });
if (exported.status !== 0) throw new Error(`dateline export failed: ${exported.stderr}`);
const data = JSON.parse(exported.stdout.toString('utf8'));
const slides = data.events.length + (data.title ? 1 : 0);

const site = mkdtempSync(join(tmpdir(), 'dateline-peer-'));
process.on('exit', () => rmSync(site, { recursive: true, force: true }));
symlinkSync(join(timelinejs, 'dist'), join(site, 'tl'));
writeFileSync(join(site, 'data.js'), `window.timelineData = ${JSON.stringify(data)};\n`);
// The host page: TimelineJS's own files, as its documentation embeds them; the check for
// "rendered" runs each animation frame from the start and records when every slide and marker is in.
writeFileSync(join(site, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="tl/css/timeline.css">
<style>html, body { margin: 0; height: 100%; } #timeline-embed { width: 100%; height: 100%; }</style>
<script>
  window.renderedMs = null;
  (function watch() {
    if (document.querySelectorAll('.tl-slide').length === ${slides} &&
        document.querySelectorAll('.tl-timemarker').length === ${data.events.length}) {
      window.renderedMs = performance.now();
    } else {
      requestAnimationFrame(watch);
    }
  })();
</script>
<script src="tl/js/timeline.js"></script>
<script src="data.js"></script>
</head><body><div id="timeline-embed"></div>
<script>
  window.timeline = new TL.Timeline('timeline-embed', window.timelineData,
    { script_path: new URL('tl/js/', location.href).href, hash_bookmark: false });
</script></body></html>`);

const browser = await launch();
const peer = await serve(site);
const dateline = await serveDist();
const baseline = baselineDir ? await serve(resolve(baselineDir)) : null;
const baselineOffline = baselineDir ? pathToFileURL(join(resolve(baselineDir), 'dateline-offline.html')).href : null;
const times = { timelinejs: [], hosted: [], offline: [], baselineHosted: [], baselineOffline: [] };
const marks = { hosted: [], offline: [], baselineHosted: [], baselineOffline: [] };
const viewport = { width: 1280, height: 800 };

async function timelineJsOnce() {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.route('**/*', (route) => {  // Google Fonts and anything else off 127.0.0.1: blocked
    const url = new URL(route.request().url());
    return url.hostname === '127.0.0.1' ? route.continue() : route.abort();
  });
  await page.goto(peer.url + 'index.html');
  await page.waitForFunction(() => window.renderedMs !== null, null, { timeout: 30000 });
  const ms = await page.evaluate(() => window.renderedMs);
  await context.close();
  return ms;
}

async function datelineOnce(url, offline, phasesOf = offline ? marks.offline : marks.hosted) {
  const { page, context } = await openPage(browser, url, { offline, viewport });
  await page.waitForFunction(() => window.dateline && window.dateline.state().frames > 0, null, { timeout: 30000 });
  const ms = (await page.evaluate(() => window.dateline.state())).firstFrameMs;
  // Where the time went: the engine's marks (wasm/main.cpp) and when its files arrived.
  const phases = await page.evaluate(() => {
    const at = {};
    for (const r of performance.getEntriesByType('resource')) {
      const file = r.name.split('/').pop();
      if (/^dateline\.(js|wasm)$/.test(file)) at[`${file} arrived`] = r.responseEnd;
    }
    for (const m of performance.getEntriesByType('mark')) {
      if (m.name.startsWith('dateline:')) at[m.name.slice(9)] = m.startTime;
    }
    return at;
  });
  phases['first frame'] = ms;
  phasesOf.push(phases);
  await context.close();
  return ms;
}

// The median time of each start-up phase, in the order they happen.
function phaseTable(loadsPhases) {
  const names = [...new Set(loadsPhases.flatMap((p) => Object.keys(p)))];
  const medians = names.map((n) => [n, median(loadsPhases.map((p) => p[n]).filter((v) => v !== undefined))]);
  return medians.sort((a, b) => a[1] - b[1]).map(([n, v]) => `${n} ${Math.round(v)}`).join(', ');
}

// One load of each first, not counted: the browser's own start-up and the disk cache.
await timelineJsOnce();
await datelineOnce(dateline.url, false);
await datelineOnce(offlinePageUrl(), true);
if (baseline) {
  await datelineOnce(baseline.url, false, []);
  await datelineOnce(baselineOffline, true, []);
}
for (let i = 0; i < loads; i++) {
  times.timelinejs.push(await timelineJsOnce());
  times.hosted.push(await datelineOnce(dateline.url, false));
  times.offline.push(await datelineOnce(offlinePageUrl(), true));
  if (baseline) {
    times.baselineHosted.push(await datelineOnce(baseline.url, false, marks.baselineHosted));
    times.baselineOffline.push(await datelineOnce(baselineOffline, true, marks.baselineOffline));
  }
}
await browser.close();
peer.server.close();
dateline.server.close();
baseline?.server.close();

const out = {
  events: data.events.length,
  loads,
  timelinejs_ms: Math.round(median(times.timelinejs)),
  hosted_ms: Math.round(median(times.hosted)),
  offline_ms: Math.round(median(times.offline)),
};
out.hosted_ratio = +(out.hosted_ms / out.timelinejs_ms).toFixed(2);
out.offline_ratio = +(out.offline_ms / out.timelinejs_ms).toFixed(2);
line(`TimelineJS 3.9.11 renders ${out.events} events: median of ${loads} (ms)`, out.timelinejs_ms, '');
line('Dateline first frame, hosted (ms)', out.hosted_ms, '');
line('Dateline first frame, offline file (ms)', out.offline_ms, '');
console.log(`  hosted phases (ms from navigation start): ${phaseTable(marks.hosted)}`);
console.log(`  offline phases (ms from navigation start): ${phaseTable(marks.offline)}`);
line('ratio Dateline / TimelineJS, hosted', out.hosted_ratio, 'target <= 0.8');
line('ratio Dateline / TimelineJS, offline file', out.offline_ratio, 'target <= 0.8');
if (baseline) {
  out.baseline_hosted_ms = Math.round(median(times.baselineHosted));
  out.baseline_offline_ms = Math.round(median(times.baselineOffline));
  out.baseline_hosted_ratio = +(out.baseline_hosted_ms / out.timelinejs_ms).toFixed(2);
  out.baseline_offline_ratio = +(out.baseline_offline_ms / out.timelinejs_ms).toFixed(2);
  console.log(`  baseline ${baselineDir}: hosted ${out.baseline_hosted_ms} ms (ratio ${out.baseline_hosted_ratio}), offline ${out.baseline_offline_ms} ms (ratio ${out.baseline_offline_ratio})`);
  console.log(`  baseline hosted phases: ${phaseTable(marks.baselineHosted)}`);
  console.log(`  baseline offline phases: ${phaseTable(marks.baselineOffline)}`);
}
console.log(`PEER ${JSON.stringify(out)}`);
