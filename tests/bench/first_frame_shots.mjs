// The first frame of the hosted page as drawn, from two builds, compared pixel for pixel: the
// canvas read back (toDataURL) inside the page's onFirstFrame, in the same task as the frame was
// drawn, at each device pixel ratio asked for.
//   node tests/bench/first_frame_shots.mjs DIST_A DIST_B [--ratios 1,2] [--out DIR]
import { chromium } from 'playwright-core';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchOptions } from '../browser/support.mjs';
import { serve } from '../../scripts/static_server.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : fallback; };
const ratios = opt('--ratios', '1,2').split(',').map(Number);
const out = opt('--out', '/tmp/first-frame-shots');
const dists = args;
if (dists.length !== 2) { console.error('usage: first_frame_shots.mjs DIST_A DIST_B [--ratios 1,2] [--out DIR]'); process.exit(2); }
mkdirSync(out, { recursive: true });

// Module.onFirstFrame is wrapped by three of the page's scripts in turn; every read of it gets
// the function set last, behind a read-back of the canvas (once).
const hook = () => {
  const M = {};
  let f;
  Object.defineProperty(M, 'onFirstFrame', {
    configurable: true, enumerable: true,
    get() {
      const g = f;
      return function () {
        if (!window.__firstFrame) window.__firstFrame = document.getElementById('canvas').toDataURL('image/png');
        return g && g.apply(this, arguments);
      };
    },
    set(v) { f = v; },
  });
  window.Module = M;
};

const browser = await chromium.launch(launchOptions());
let differ = 0;
for (const ratio of ratios) {
  const shots = [];
  for (const dist of dists) {
    const site = await serve(dist);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: ratio });
    await context.addInitScript(hook);
    const page = await context.newPage();
    await page.goto(site.url);
    await page.waitForFunction(() => !!window.__firstFrame, null, { timeout: 60000 });
    const url = await page.evaluate(() => window.__firstFrame);
    const s = await page.evaluate(() => window.dateline.state());
    const png = Buffer.from(url.split(',')[1], 'base64');
    const file = join(out, `ratio${ratio}-${shots.length ? 'b' : 'a'}.png`);
    writeFileSync(file, png);
    // Pixels, decoded by the browser, and their SHA-256.
    const pixels = await page.evaluate(async (u) => {
      const img = new Image(); img.src = u; await img.decode();
      const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
      const x = c.getContext('2d'); x.drawImage(img, 0, 0);
      const d = x.getImageData(0, 0, c.width, c.height).data;
      const h = new Uint8Array(await crypto.subtle.digest('SHA-256', d));
      return { width: c.width, height: c.height, sha256: Array.from(h, (b) => b.toString(16).padStart(2, '0')).join('') };
    }, url);
    shots.push({ dist, file, prebuilt: s.fontAtlasPrebuilt, glyphs: s.fontGlyphs, ...pixels });
    await context.close();
    site.server.close();
  }
  const [a, b] = shots;
  const same = a.width === b.width && a.height === b.height && a.sha256 === b.sha256;
  if (!same) differ++;
  console.log(`ratio ${ratio}: A ${a.width}x${a.height} prebuilt=${a.prebuilt} glyphs=${a.glyphs} sha256 ${a.sha256.slice(0, 16)}; B ${b.width}x${b.height} prebuilt=${b.prebuilt} glyphs=${b.glyphs} sha256 ${b.sha256.slice(0, 16)}: ${same ? 'the same pixels' : 'DIFFERENT'}`);
}
await browser.close();
process.exit(differ ? 1 : 0);
