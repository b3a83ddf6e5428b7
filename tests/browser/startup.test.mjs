// Start-up (issue 13): what was moved out of the way of the first frame must not cost the reader
// anything. The engine's file is fetched once, early, and nothing else; a click and a key right after the first
// frame are answered; the screen-reader and map mirrors, built just after the first frame, are
// there a moment later; hosted and as the offline file. The story of the first frame, whose
// reading the build made (wasm/bundled_reading.h), is the core's reading of the bundled articles.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchAndServe, closeAll, dist, offlinePageUrl, openPage, assertClean, frames, inputRead } from './support.mjs';
import { waitForMirror, coreReading, assertReadsAsCore } from './reads.mjs';

let browser, site;
before(async () => { ({ browser, site } = await launchAndServe()); });
after(() => closeAll(browser, site));

// The page has no file system: its fonts, the bundled story's files and their reading are data in
// its wasm (wasm/embedded_file.h), and the engine is linked with -sFILESYSTEM=0, so Emscripten's
// FS, MEMFS and TTY code is neither parsed nor set up at start. Property names survive the
// minifier, so FS's set-up (staticInit, its default directories and devices) and its devices'
// paths mark the file system's code in the script, hosted and in the offline file.
test('hosted and offline file: the engine\'s script carries no Emscripten file system', () => {
  for (const file of ['index.html', 'dateline-offline.html']) {  // each holds its engine's script
    const script = readFileSync(join(dist, file), 'utf8');
    for (const marker of ['staticInit', 'createDefaultDevices', '/dev/tty', 'MEMFS'])
      assert.ok(!script.includes(marker), `${file} holds "${marker}": Emscripten's file system is linked in again`);
  }
});

// Nor the glue of every WebGL function: the renderer calls the few it uses directly, and
// eglGetProcAddress (wasm/webgl_renderer.cpp) answers no name, so Emscripten's table of all entry
// points (and with it their JavaScript, 25 KB of the script) is not linked. Method names survive
// the minifier; these four are WebGL2 calls the renderer never makes.
test('hosted and offline file: the engine\'s script carries no WebGL function the renderer does not call', () => {
  for (const file of ['index.html', 'dateline-offline.html']) {
    const script = readFileSync(join(dist, file), 'utf8');
    for (const marker of ['beginTransformFeedback', 'compressedTexImage3D', 'fenceSync', 'createSampler'])
      assert.ok(!script.includes(marker), `${file} holds "${marker}": Emscripten's table of every WebGL function is linked in again`);
  }
});

test('hosted: one request besides the page, dateline.wasm, asked for before the engine\'s script runs', async () => {
  site.requests.length = 0;
  const { page, context, seen } = await openPage(browser, site.url);
  await page.waitForFunction(() => window.dateline && window.dateline.state().frames > 0, null, { timeout: 30000 });
  // The script and the stylesheet are in the page (cmake/make_page.cmake): no request waits on them.
  assert.deepEqual(site.requests.filter((p) => p !== '/' && p !== '/index.html'), ['/dateline.wasm'],
    'the preloaded response is the one the engine compiles (not fetched a second time), and nothing else is fetched');
  const at = await page.evaluate(() => ({
    wasmStart: performance.getEntriesByType('resource').find((r) => r.name.endsWith('/dateline.wasm')).startTime,
    script: performance.getEntriesByName('dateline:script')[0].startTime,
  }));
  assert.ok(at.wasmStart < at.script, `the wasm's download starts before the engine's script runs (${JSON.stringify(at)})`);
  assertClean(seen);
  await context.close();
});

// The offline file's engine is in parts behind a loader (cmake/make_page.cmake, wasm/offline_loader.js):
// each part goes to the wasm's compile as soon as the parser has read it, so the compile runs
// while the rest of the page is parsed, not after the engine's script starts; the marks are the
// loader's. The page holds every part the first block counts, each followed by its feed script.
test('offline file: the engine\'s parts reach the compile as they are parsed, before the engine\'s script runs', async () => {
  const html = readFileSync(join(dist, 'dateline-offline.html'), 'utf8');
  const parts = Number(html.match(/<script type="application\/octet-stream" id="dateline-wasm" data-parts="(\d+)">/)[1]);
  assert.ok(parts > 1, `the data is in parts (${parts})`);
  const blocks = [...html.matchAll(/<script type="application\/octet-stream"[^>]*>[A-Za-z0-9+/=]*<\/script>\n<script>datelineWasm\.part\(document\.currentScript\.previousElementSibling\)<\/script>/g)];
  assert.equal(blocks.length, parts, 'every part, each followed by the script that hands it on');
  const { page, context, seen } = await openPage(browser, offlinePageUrl(), { offline: true });
  await page.waitForFunction(() => window.dateline && window.dateline.state().frames > 0, null, { timeout: 30000 });
  const at = await page.evaluate(() => Object.fromEntries(['wasm first part', 'wasm parts', 'wasm compiled', 'script', 'main']
    .map((m) => [m, performance.getEntriesByName(`dateline:${m}`)[0]?.startTime])));
  assert.ok(at['wasm first part'] < at['wasm parts'] && at['wasm parts'] < at.script,
    `the parts were fed to the compile before the engine's script ran (${JSON.stringify(at)})`);
  assert.ok(at['wasm compiled'] <= at.main, `compiled before main() (${JSON.stringify(at)})`);
  assertClean(seen);
  await context.close();
});

for (const [where, url] of [['hosted', () => site.url], ['offline file', offlinePageUrl]]) {
  test(`${where}: a click and a key right after the first frame are answered; the mirrors follow`, async () => {
    const { page, context, seen } = await openPage(browser, url(), { offline: where === 'offline file' });
    // No waiting for anything but the first frame: the reader acts as soon as the timeline shows.
    await page.waitForFunction(() => window.dateline && window.dateline.state().frames > 0, null, { timeout: 30000 });
    const first = await page.evaluate(() => window.dateline.state());
    assert.ok(first.ready && first.events > 0, 'the first frame is the timeline of the story, its events read');
    await page.locator('canvas').click({ position: { x: 5, y: 5 } });  // the title: gives the app the keyboard
    await frames(page, 2);
    await page.keyboard.press('End');
    const moved = await page.waitForFunction((before) => {
      const s = window.dateline.state();
      return s.selected !== before && s;
    }, first.selected, { timeout: 5000 }).then((h) => h.jsonValue());
    assert.notEqual(moved.selected, first.selected, 'End moved the selection to the last event');
    // The screen-reader mirror, built after the first frame, holds the event now selected, and
    // the map's list of places is there.
    await waitForMirror(page);
    const headline = await page.locator('#dl-current h2').textContent();
    assert.equal(headline, moved.selectedTitle, 'the mirror reads the event the key chose');
    assert.ok(await page.locator('#dl-map-places [role=listitem]').count() > 0, 'the map mirror lists places');
    assertClean(seen);
    await context.close();
  });
}

for (const [where, url] of [['hosted', () => site.url], ['offline file', offlinePageUrl]]) {
  test(`${where}: the first frame's story is the core's reading of the bundled articles, event by event`, async () => {
    const core = coreReading();
    const { page, context, seen } = await openPage(browser, url(), { offline: where === 'offline file' });
    await page.waitForFunction(() => window.dateline && window.dateline.state().frames > 0, null, { timeout: 30000 });
    const first = await page.evaluate(() => window.dateline.state());
    assert.equal(first.events, core.events.size, 'as many events as the core reads');
    const shown = await page.evaluate(() => window.dateline.markers().flatMap((m) => m.events));
    assert.ok(shown.length > 0, 'markers on screen');
    for (const id of shown) assert.ok(core.events.has(id), `marker event ${id} is one the core reads`);
    // Each event, as the reader steps through them from the first: headline, date, passages and
    // outlets are the core's.
    await waitForMirror(page);
    await page.locator('canvas').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Home');
    await inputRead(page);  // Home read before the first check: else its late move is taken for ArrowRight's
    for (let i = 0; i < core.events.size; ++i) {
      const before = await page.evaluate(() => window.dateline.state().selected);
      await assertReadsAsCore(page, core, `${where}, event ${i + 1}`);
      if (i + 1 === core.events.size) break;
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((b) => window.dateline.state().selected !== b, before, { timeout: 5000 });
      await inputRead(page);
    }
    assertClean(seen);
    await context.close();
  });
}

// The font atlas of the first frame is the one the build made (wasm/font_atlas.h), restored, not
// rasterised at start: at device pixel ratio 1, hosted and as the offline file. A ratio the build
// made none for (2 here) rasterises the same glyphs at run time. The build's tool fails when a
// restored atlas is not the built one; tests/bench/first_frame_shots.mjs compares the first
// frames of two builds pixel for pixel.
for (const [where, url] of [['hosted', () => site.url], ['offline file', offlinePageUrl]]) {
  test(`${where}: the first frame's font atlas is the one the build made, at device pixel ratio 1`, async () => {
    for (const deviceScaleFactor of [1, 2]) {
      const { page, context, seen } = await openPage(browser, url(), { offline: where === 'offline file', deviceScaleFactor });
      await page.waitForFunction(() => window.dateline && window.dateline.state().frames > 0, null, { timeout: 30000 });
      const s = await page.evaluate(() => window.dateline.state());
      assert.equal(s.pixelRatio, deviceScaleFactor);
      assert.equal(s.fontAtlasPrebuilt, deviceScaleFactor === 1,
        `ratio ${deviceScaleFactor}: the atlas ${deviceScaleFactor === 1 ? 'restored' : 'rasterised at run time'} (${s.fontGlyphs} glyphs a font)`);
      assertClean(seen);
      await context.close();
    }
  });
}

// The first-visit hint's remembered dismissal is read while the engine loads (first_look.js),
// not between the app's start and its first frame: the first frame already shows the hint on a
// first visit and never shows it once dismissed (no hint that flashes and goes); the first click
// on its button, right after the first frame, dismisses it.
test('hosted: the first frame has the first-visit hint, or not once dismissed; dismissed at the first click', async () => {
  const { page, context, seen } = await openPage(browser, site.url);
  await page.waitForFunction(() => window.dateline && window.dateline.state().frames > 0, null, { timeout: 30000 });
  const first = await page.evaluate(() => window.dateline.state());
  assert.equal(first.hint.shown, true, 'a first visit: the hint is in the first frame');
  const b = first.hint.button;
  await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  await page.waitForFunction(() => !window.dateline.state().hint.shown, null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => localStorage.getItem('dateline.hintDismissed')), '1', 'the dismissal is remembered');
  await page.reload();
  await page.waitForFunction(() => window.dateline && window.dateline.state().frames > 0, null, { timeout: 30000 });
  const again = await page.evaluate(() => window.dateline.state());
  assert.equal(again.hint.shown, false, 'dismissed before: no hint in the first frame');
  assertClean(seen);
  await context.close();
});
