// Shared helpers for Dateline's browser tests: Debian's Chromium driven by playwright-core,
// the site served on 127.0.0.1, and a watch on everything the page says and fetches.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from '../../scripts/static_server.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const dist = process.env.DATELINE_DIST || join(root, 'dist');
export const shots = join(root, 'build', 'browser-tests');
mkdirSync(shots, { recursive: true });

// Flags verified on this kind of machine (see ../shared/TOOLCHAIN.md of the project brief):
// no background traffic, WebGL2 rendered in software by SwiftShader. The network is off: no
// host name resolves but 127.0.0.1's (the test server), so nothing could leave even if a page
// tried; openPage() also records and aborts any such request, and the tests fail on it.
export function launchOptions() {
  return {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
           '--disable-quic', '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
           '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  };
}
// A test file's browser: its own Chromium, or, when the suite runs under shared_browser.mjs
// (scripts/test does), the one Chromium started for every file (DATELINE_BROWSER_WS names it;
// closing a connected browser disconnects this file and closes the contexts it opened).
// `own`: always a Chromium of its own. A connected browser gets the files a test hands the page
// (setInputFiles, a file chooser) uploaded by name, so two files of one name from different
// folders arrive as one file's text twice (seen in the bad-input suite).
export async function launch({ own = false } = {}) {
  const shared = process.env.DATELINE_BROWSER_WS;
  return shared && !own ? chromium.connect(shared) : chromium.launch(launchOptions());
}

export async function serveDist() { return serve(dist); }

// What every test file starts before its tests and closes after them: its browser (launch(),
// `options` as there) and the site served from dist/. `before(async () => { ({ browser, site } = await launchAndServe()); });`
export async function launchAndServe(options) {
  const browser = await launch(options);
  try {
    return { browser, site: await serveDist() };
  } catch (e) {
    await browser.close();
    throw e;
  }
}
// Closes a file's browser and servers (any of them may be missing when its before() failed).
export async function closeAll(browser, ...servers) {
  await browser?.close();
  for (const s of servers) s?.server.close();
}
// Where the suite waits: with DATELINE_WAIT_LOG=FILE, each wait of the helpers below (a page
// load, the app's start, settle, frames, inputRead, stateWhen) adds a line to FILE: kind, ms,
// how it ended (on its condition, or 'TIMEOUT', or settle's 'same2s' fallback) and the test's line.
// Waits that end on a timeout are time lost on every run (README.md).
function logWait(kind, t0, how) {
  if (!process.env.DATELINE_WAIT_LOG) return;
  const where = (new Error().stack.split('\n').slice(2).find((l) => l.includes('.test.mjs')) || '').trim();
  appendFileSync(process.env.DATELINE_WAIT_LOG, `${kind}\t${Date.now() - t0}\t${how}\t${where}\n`);
}
export const offlinePageUrl = () => pathToFileURL(join(dist, 'dateline-offline.html')).href;

// Opens `url` in a fresh context and records console errors, page errors and every request
// that leaves the page's origin (those are aborted: for the page, the network beyond its own
// origin is off; with `offline`, the browser's network is off altogether).
// `initScript`, if given, runs in the page before any of its own scripts (to take a feature away).
export async function openPage(browser, url, { offline = false, viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1, initScript } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor, offline });
  if (initScript) await context.addInitScript(initScript);
  // Whatever the page's Content-Security-Policy refuses is recorded (see cspViolations()).
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample || ''}`));
  });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const seen = { consoleErrors: [], pageErrors: [], foreignRequests: [], failedRequests: [] };
  page.on('console', (m) => { if (m.type() === 'error') seen.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => seen.pageErrors.push(String(e)));
  page.on('requestfailed', (r) => seen.failedRequests.push(r.url()));
  await page.route('**/*', (route) => {
    const u = route.request().url();
    const sameOrigin = u.startsWith('data:') || u.startsWith('blob:') || new URL(u).origin === origin;
    if (sameOrigin) return route.continue();
    seen.foreignRequests.push(u);
    return route.abort();
  });
  const t0 = Date.now();
  await page.goto(url);
  logWait('goto', t0, 'ok');
  return { page, context, seen };
}

// Waits until the app has read its articles and drawn a frame; returns window.dateline.state().
export async function waitForApp(page, timeout = 30000) {
  const t0 = Date.now();
  await page.waitForFunction(() => {
    const s = window.dateline && window.dateline.state();
    return s && s.ready && s.frames > 0;
  }, null, { timeout });
  logWait('waitForApp', t0, 'ok');
  return page.evaluate(() => window.dateline.state());
}

// Fails the test on anything openPage() recorded: console errors, page errors, requests that
// tried to leave the page's origin.
export function assertClean(seen) {
  assert.deepEqual(seen.consoleErrors, [], 'console errors');
  assert.deepEqual(seen.pageErrors, [], 'page errors');
  assert.deepEqual(seen.foreignRequests, [], 'requests to other origins');
}

export async function state(page) { return page.evaluate(() => window.dateline.state()); }

// Saves a screenshot under build/browser-tests/ and returns its pixel statistics, decoded by the
// browser itself: how many pixels differ from the top-left (background) colour, and how many
// distinct colours there are. A blank or single-colour canvas has ~0 and 1.
export async function screenshot(browser, page, name) {
  const path = join(shots, `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  const png = await page.screenshot({ path });
  const stats = await measurePixels(browser, png, (d, width, height) => {
    const colours = new Set();
    let differ = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) differ++;
      if (colours.size < 5000) colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    }
    return { width, height, inkFraction: differ / (d.length / 4), colours: colours.size };
  });
  return { path, ...stats };
}

// Decodes a PNG in a scratch page of the browser and runs `measure(rgba, width, height)` over its
// pixels there (it travels as source text: it may use nothing but its arguments); returns its result.
export async function measurePixels(browser, png, measure) {
  const scratch = await browser.newPage();
  try {
    return await scratch.evaluate(async ({ b64, source }) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width; c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const measureHere = (0, eval)('(' + source + ')');
      return measureHere(g.getImageData(0, 0, c.width, c.height).data, c.width, c.height);
    }, { b64: png.toString('base64'), source: measure.toString() });
  } finally {
    await scratch.close();
  }
}

// Waits until the app rests: its main loop paused (state().resting: no glide of the view or of a
// scrolled panel, no playback, no animation, no input unread), however slowly a busy machine draws
// the frames before that. An app that never rests (a test that plays) is taken as settled once the
// same state is read for two seconds.
export async function settle(page, timeout = 10000) {
  const start = Date.now();
  let last = '', since = Date.now();
  while (Date.now() - start < timeout) {
    const s = await state(page);
    if (s.resting && !s.inputWaiting) { logWait('settle', start, 'rest'); return s; }
    const key = JSON.stringify({ v: s.view, p: s.playhead, sel: s.selected, play: s.playing, scroll: s.scroll });
    if (key !== last) { last = key; since = Date.now(); }
    else if (!s.playing && Date.now() - since >= 2000) { logWait('settle', start, 'same2s'); return s; }
    await page.waitForTimeout(100);
  }
  logWait('settle', start, 'TIMEOUT');
  return state(page);
}

// The day under a pixel of the timeline (CSS pixels of the page), from the state's view and
// its axis breaks (drawn shorter than the days they skip).
export function dayAt(s, x) {
  const from = Date.parse(s.view.from + 'T00:00:00Z') / 86400000;
  const perDay = s.axis ? s.axis.pixelsPerDay : s.timeline.width / s.view.days;
  let day = from + (x - s.timeline.x) / perDay;
  for (const b of (s.axis && s.axis.breaks) || []) {
    if (b.x1 <= s.timeline.x || b.x0 >= x) continue;
    if (x < b.x1) return Date.parse(b.from + 'T00:00:00Z') / 86400000 + ((x - b.x0) / (b.x1 - b.x0)) * b.days;
    day += b.days - (b.x1 - b.x0) / perDay;
  }
  return day;
}

// Input is read by the next frames the page draws: wait for a couple of them, and until no input
// the browser has delivered waits unread (state().inputWaiting: the app reads a press and its
// release in frames of their own, so a click and a key sent at once take several frames). A page
// that rests (state().resting) draws no more frames until the next input: then it is not waited
// for. A busy machine can take a second a frame; after `timeout` ms the state is returned as it is.
export async function frames(page, n = 2, timeout = 10000) {
  const t0 = Date.now();
  const start = await page.evaluate(() => window.dateline.state().frames);  // (only the count crosses)
  await page.waitForFunction(([s, k]) => {
    const now = window.dateline.state();
    return !now.inputWaiting && (now.frames >= s + k || now.resting);
  }, [start, n], { timeout }).then(() => logWait('frames', t0, 'ok'), () => logWait('frames', t0, 'TIMEOUT'));
  return state(page);
}

// Waits until the app has read all the input the browser has delivered so far (state().inputWaiting
// is 0) and has drawn one frame more (a scroll asked for in a frame shows in the next: ImGui's
// SetScrollY), and returns the state then; after `timeout` ms, the state as it is.
export async function inputRead(page, timeout = 5000) {
  const t0 = Date.now();
  const read = await page.waitForFunction(() => {
    const s = window.dateline.state();
    return !s.inputWaiting && s.frames;
  }, null, { timeout }).catch(() => null);
  if (!read) { logWait('inputRead', t0, 'TIMEOUT'); return state(page); }
  return stateWhen(page, (drawn) => {
    const s = window.dateline.state();
    return s.frames > drawn && s;
  }, await read.jsonValue(), timeout);
}

// Waits until `found(arg)`, run in the page (checked at once, then at every frame it draws), returns
// something (the app's state, when it shows what the test waits for) and returns that; after
// `timeout` ms, the state as it is, as frames() does. For input whose effect the state shows (the
// playhead under a dragged pointer): no frames waited for beyond the one that read it.
export async function stateWhen(page, found, arg, timeout = 1000) {
  const t0 = Date.now();
  const handle = await page.waitForFunction(found, arg, { timeout }).catch(() => null);
  logWait('stateWhen', t0, handle ? 'ok' : 'TIMEOUT');
  return handle ? handle.jsonValue() : state(page);
}

// Clicks the canvas's top-left corner (the title: no control there) to give the app the keyboard,
// as a person does, and waits for the frames that read the click (its press and its release).
export async function focusCanvas(page) {
  await page.locator('canvas').click({ position: { x: 5, y: 5 } });
  return frames(page, 2);
}

// Presses a key on the focused page and returns the state once the app has read it.
export async function press(page, key) {
  await page.keyboard.press(key);
  return frames(page);
}

// The timeline panel's width with its lanes' names (the gutter left of the timeline proper), from
// the app's state: where the first lane's name is drawn to the timeline's right edge.
export function timelineWithNamesWidth(s) {
  const names = Object.entries(s.controls || {}).filter(([k]) => k.startsWith('lane-')).map(([, r]) => r.x);
  const left = Math.min(s.timeline.x, ...names);
  return s.timeline.x + s.timeline.width - left;
}

// What the page's Content-Security-Policy blocked so far.
export async function cspViolations(page) { return page.evaluate(() => window.__cspViolations); }

// What the page keeps of the author's work in its IndexedDB database 'dateline' (version 2; the
// store 'edits', as browser_api.js opens it and editor.js writes it): the key 'current' holds
// the corrections document, 'story' the story settings. keepInBrowser puts `text` there as a
// page from an earlier visit would have (creating the stores on a fresh profile);
// keptInBrowser reads back what is kept (undefined when nothing is).
export async function keepInBrowser(page, key, text) {
  return page.evaluate(([k, t]) => new Promise((resolve, reject) => {
    const open = indexedDB.open('dateline', 2);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('added-articles', { autoIncrement: true });
      open.result.createObjectStore('edits');
    };
    open.onsuccess = () => {
      const tx = open.result.transaction('edits', 'readwrite');
      tx.objectStore('edits').put(t, k);
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  }), [key, text]);
}
export async function keptInBrowser(page, key) {
  return page.evaluate((k) => new Promise((resolve) => {
    const open = indexedDB.open('dateline', 2);
    open.onsuccess = () => {
      const get = open.result.transaction('edits', 'readonly').objectStore('edits').get(k);
      get.onsuccess = () => { open.result.close(); resolve(get.result); };
    };
  }), key);
}

// Does act() (a click, a key) and returns the file chooser it opens. The listener is added first
// and one round trip to the browser follows before acting: Playwright turns Chromium's file-chooser
// interception on when a listener is added, without waiting for it, and a chooser the page opens
// before interception is on is never reported (the app can open it within a few milliseconds of
// the click's release). Seen here: 1 run in ~40 under load timed out with the page's input.click()
// called, while the user's click was still active. The same race: puppeteer/puppeteer#6040.
export async function fileChooserOpenedBy(page, act) {
  const chooser = page.waitForEvent('filechooser');
  await page.evaluate(() => 0);
  await act();
  return chooser;
}

// Clicks a named control of the app (state().controls) as a person does: the pointer comes over
// it, then clicks; returns the state a few frames later.
export async function clickControl(page, name) {
  await page.waitForFunction((n) => !!window.dateline.state().controls[n], name, { timeout: 5000 });
  const r = (await state(page)).controls[name];
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2, { steps: 3 });
  await frames(page, 2);
  await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
  return frames(page, 3);
}
