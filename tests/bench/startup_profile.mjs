// Where Dateline's start-up time goes: one load of the hosted page (or --offline, the single
// file) under the DevTools CPU profiler, from navigation to the first frame with the timeline.
// Prints the self time of the heaviest functions (wasm functions by name, V8's "(program)" and
// "(garbage collector)") and the start-up marks.
//
//   node tests/bench/startup_profile.mjs [--offline] [--top N] [--out profile.cpuprofile]
import { writeFileSync } from 'node:fs';
import { launch, serveDist, offlinePageUrl } from '../browser/support.mjs';

const arg = (name) => process.argv.find((a, i) => process.argv[i - 1] === name);
const offline = process.argv.includes('--offline');
const top = Number(arg('--top') || 25);

const browser = await launch();
const site = await serveDist();
const url = offline ? offlinePageUrl() : site.url;
// One load first, not profiled: the browser's own start-up and the disk cache.
for (const profiled of [false, true]) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profiled) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.goto(url);
  await page.waitForFunction(() => window.dateline && window.dateline.state().frames > 0, null, { timeout: 30000 });
  if (profiled) {
    const { profile } = await cdp.send('Profiler.stop');
    if (arg('--out')) writeFileSync(arg('--out'), JSON.stringify(profile));
    const self = new Map();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = profile.timeDeltas;
    profile.samples.forEach((id, i) => {
      const n = byId.get(id);
      const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}`;
      self.set(key, (self.get(key) || 0) + (dt[i] || 0) / 1000);
    });
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(`profiled ${total.toFixed(0)} ms`);
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)}`)
      .concat([`first frame ${Math.round(window.dateline.state().firstFrameMs)}`]));
    console.log(marks.join(', '));
  }
  await context.close();
}
await browser.close();
site.server.close();
