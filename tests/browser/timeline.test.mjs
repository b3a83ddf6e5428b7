// The timeline app as a reader uses it: real mouse, wheel and keyboard events on the canvas,
// checked through window.dateline.state(), with screenshots looked at under build/browser-tests/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchAndServe, closeAll, offlinePageUrl, openPage, waitForApp, screenshot, measurePixels, state, settle, dayAt, frames, press, stateWhen, assertClean, focusCanvas } from './support.mjs';
import { coreReading } from './reads.mjs';

let browser, site;
before(async () => { ({ browser, site } = await launchAndServe()); });
after(() => closeAll(browser, site));

// The hosted page over http, and the offline single file from file:// with the network off.
const targets = [
  { name: 'hosted', url: () => site.url, offline: false },
  { name: 'offline file', url: () => offlinePageUrl(), offline: true },
];


for (const target of targets) test(`${target.name}: dragging the playhead from the first event to the last selects events in date order`, async () => {
  const { page, context, seen } = await openPage(browser, target.url() + '#view=2013-01-01..2019-12-31', { offline: target.offline });
  await waitForApp(page);
  await focusCanvas(page);
  await press(page, 'Home');
  let s = await settle(page);
  const y = s.timeline.y + 8;  // the playhead's label band
  const x0 = s.timeline.playheadX, x1 = s.timeline.x + s.timeline.width - 3;
  await page.mouse.move(x0, y);
  await frames(page, 1);
  await page.mouse.down();
  await frames(page, 1);
  const seenDates = [], seenIds = [];
  for (let i = 1; i <= 150; i++) {
    const x = x0 + ((x1 - x0) * i) / 150;
    await page.mouse.move(x, y);
    // The state once the app has read the move: the playhead is under the pointer.
    s = await stateWhen(page, (x) => { const s = window.dateline.state(); return Math.abs(s.timeline.playheadX - x) < 1 && s; }, x);
    if (seenIds[seenIds.length - 1] !== s.selected) { seenIds.push(s.selected); seenDates.push(s.selectedDate); }
  }
  await page.mouse.up();
  // Events of the same day cannot be told apart by scrubbing (the latest of the day is current).
  assert.ok(seenIds.length >= 8, `the selection changed along the way (${seenIds.length} events)`);
  const sorted = [...seenDates].sort();
  assert.deepEqual(seenDates, sorted, 'selected events come in date order');
  await page.keyboard.press('End');
  const last = await settle(page);
  assert.equal(seenIds[seenIds.length - 1], last.selected, 'the drag ends on the last event');
  await screenshot(browser, page, `drag-playhead-end-${target.offline ? 'offline' : 'hosted'}`);
  assertClean(seen);
  await context.close();
});

for (const target of targets) test(`${target.name}: arrow keys step through events; Home and End; the URL follows`, async () => {
  const { page, context, seen } = await openPage(browser, target.url(), { offline: target.offline });
  await waitForApp(page);
  await focusCanvas(page);
  await press(page, 'Home');
  let s = await settle(page);
  const first = s.selected;
  const dates = [s.selectedDate];
  for (let i = 0; i < 6; i++) {
    s = await press(page, 'ArrowRight');
    dates.push(s.selectedDate);
  }
  assert.notEqual(s.selected, first);
  assert.deepEqual(dates, [...dates].sort(), 'right arrow moves forward in time');
  const back = await press(page, 'ArrowLeft');
  assert.ok(back.selectedDate <= s.selectedDate);
  await press(page, 'End');
  const end = await settle(page);
  assert.equal((await press(page, 'ArrowRight')).selected, end.selected, 'nothing after the last event');
  await page.waitForFunction((id) => location.hash.includes('event=' + id), end.selected, { timeout: 3000 });
  assertClean(seen);
  await context.close();
});

for (const target of targets) test(`${target.name}: the wheel zooms around the cursor; dragging pans`, async () => {
  const { page, context, seen } = await openPage(browser, target.url(), { deviceScaleFactor: 2, offline: target.offline });
  await waitForApp(page);
  let s = await settle(page);
  const x = s.timeline.x + s.timeline.width * 0.3, y = s.timeline.y + s.timeline.height / 2;
  const dayBefore = dayAt(s, x);
  const daysBefore = s.view.days;
  await page.mouse.move(x, y);
  for (let i = 0; i < 3; i++) {
    await page.mouse.wheel(0, -100);
    await frames(page, 1);
  }
  s = await settle(page);
  assert.ok(s.view.days < daysBefore * 0.75, `zoomed in: ${daysBefore} -> ${s.view.days} days`);
  assert.ok(Math.abs(dayAt(s, x) - dayBefore) < 1.5, `the day under the cursor stayed (${dayBefore} vs ${dayAt(s, x)})`);
  await screenshot(browser, page, `zoomed-in@2x-${target.offline ? 'offline' : 'hosted'}`);
  // Drag the background to the left: later days come in.
  const fromBefore = s.view.from;
  await page.mouse.move(x, y);
  await frames(page, 1);
  await page.mouse.down();
  await frames(page, 1);
  await page.mouse.move(x - 200, y, { steps: 8 });
  await frames(page, 1);
  await page.mouse.up();
  s = await settle(page);
  assert.ok(s.view.from > fromBefore, `panned: ${fromBefore} -> ${s.view.from}`);
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, 100);
    await frames(page, 1);
  }
  s = await settle(page);
  assert.ok(s.view.days > daysBefore, 'zoomed back out');
  assertClean(seen);
  await context.close();
});

for (const target of targets) test(`${target.name}: a deep link opens on its moment; a malformed one is ignored quietly`, async () => {
  let { page, context, seen } = await openPage(browser, target.url(), { offline: target.offline });
  const any = await waitForApp(page);
  const markers = await page.evaluate(() => window.dateline.markers());
  const id = markers.flatMap((m) => m.events)[3];
  await context.close();

  ({ page, context, seen } = await openPage(browser, target.url() + `#event=${id}&view=2017-06-15..2017-07-15`, { offline: target.offline }));
  let s = await waitForApp(page);
  assert.equal(s.selected, id);
  assert.equal(s.view.from, '2017-06-15');
  assert.equal(s.view.to, '2017-07-15');
  assert.deepEqual(s.notices, []);
  assertClean(seen);
  await context.close();

  ({ page, context, seen } = await openPage(browser, target.url() + '#t=2017-06-29', { offline: target.offline }));
  s = await waitForApp(page);
  assert.equal(s.playhead, '2017-06-29');
  assert.equal(s.selectedDate, '2017-06-29', 'the current event is the latest at or before the playhead');
  await context.close();

  ({ page, context, seen } = await openPage(browser, target.url() + '#event=%3Cscript%3E&t=2017-02-31&view=nonsense&x=1', { offline: target.offline }));
  s = await waitForApp(page);
  assert.equal(s.notices.length, 4, 'each bad part is noted');
  assert.deepEqual(s.errors, []);
  assert.equal(s.selected, any.selected, 'the app opens as usual');
  await focusCanvas(page);
  assert.notEqual((await press(page, 'ArrowRight')).selected, any.selected, 'and keeps working');
  assertClean(seen);
  await context.close();
});

for (const target of targets) test(`${target.name}: play steps through the events at a readable pace`, async () => {
  const { page, context, seen } = await openPage(browser, target.url(), { offline: target.offline });
  const s0 = await waitForApp(page);
  await focusCanvas(page);
  assert.equal((await press(page, 'Space')).playing, true);
  await page.waitForFunction((id) => window.dateline.state().selected !== id, s0.selected, { timeout: 8000 });
  const s1 = await state(page);
  assert.ok(s1.selectedDate >= s0.selectedDate, 'moved on, forward in time');
  assert.equal((await press(page, 'Space')).playing, false);
  assertClean(seen);
  await context.close();
});

for (const target of targets) test(`${target.name}: an idle page draws no frames`, async () => {
  const { page, context, seen } = await openPage(browser, target.url(), { offline: target.offline });
  await waitForApp(page);
  await settle(page);
  await page.waitForTimeout(500);
  const before = (await state(page)).frames;
  await page.waitForTimeout(3000);
  const after = (await state(page)).frames;
  assert.equal(after - before, 0, `frames drawn while idle: ${after - before}`);
  assertClean(seen);
  await context.close();
});

test('phone, desktop and embedded layouts', async () => {
  let { page, context, seen } = await openPage(browser, site.url, { viewport: { width: 360, height: 740 }, deviceScaleFactor: 3 });
  let s = await waitForApp(page);
  assert.equal(s.layout, 'narrow');
  let shot = await screenshot(browser, page, 'phone-360x740@3x');
  assert.equal(shot.width, 1080);
  // The passage's highlighted clause is one band a line: no row of the screenshot shows the
  // panel's background between two stretches of the highlight (a box a word, rounded, left
  // notches between the words at this pixel ratio).
  const band = await measurePixels(browser, await page.screenshot(), (d, width, height) => {
    const lit = (i) => d[i] > 240 && d[i + 1] > 210 && d[i + 1] < 245 && d[i + 2] > 140 && d[i + 2] < 205;
    const paper = (i) => d[i] > 240 && d[i + 1] > 240 && d[i + 2] > 225;
    let rows = 0, broken = 0;
    for (let y = 0; y < height; y++) {
      let first = -1, last = -1, count = 0;
      for (let x = 0; x < width; x++) if (lit((y * width + x) * 4)) { if (first < 0) first = x; last = x; count++; }
      if (count < 60) continue;  // not a row of the band
      rows++;
      let gap = 0;
      for (let x = first; x <= last; x++) gap = paper((y * width + x) * 4) ? gap + 1 : 0, broken += gap === 2 ? 1 : 0;
    }
    return { rows, broken };
  });
  assert.ok(band.rows > 20, `the highlighted clause is on screen: ${JSON.stringify(band)}`);
  assert.equal(band.broken, 0, `gaps in the highlight's band: ${JSON.stringify(band)}`);
  assertClean(seen);
  await context.close();

  ({ page, context, seen } = await openPage(browser, site.url, { viewport: { width: 1920, height: 1080 } }));
  s = await waitForApp(page);
  assert.equal(s.layout, 'wide');
  shot = await screenshot(browser, page, 'desktop-1920x1080');
  assert.ok(shot.inkFraction > 0.05);
  assertClean(seen);
  await context.close();

  // An explainer embedding the page in a 500 px iframe (the host page is served by the test).
  context = await browser.newContext({ viewport: { width: 900, height: 700 } });
  page = await context.newPage();
  const hostErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') hostErrors.push(m.text()); });
  page.on('pageerror', (e) => hostErrors.push(String(e)));
  await page.route(site.url + 'explainer.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><meta charset="utf-8"><title>Explainer</title><link rel="icon" href="data:,">
           <input id="host"><p>An explainer about the fall of Mosul.</p>
           <iframe id="f" src="${site.url}?embed" style="width:640px;height:500px;border:0"></iframe>`,
  }));
  await page.goto(site.url + 'explainer.html');
  const frame = page.frameLocator('#f');
  const handle = await page.$('#f');
  const inner = await handle.contentFrame();
  await inner.waitForFunction(() => window.dateline && window.dateline.state().ready && window.dateline.state().frames > 0);
  s = await inner.evaluate(() => window.dateline.state());
  assert.equal(s.layout, 'embed');
  const scroll = await inner.evaluate(() => [document.documentElement.scrollHeight, document.documentElement.clientHeight]);
  assert.ok(scroll[0] <= scroll[1], 'no page scrollbars in the iframe');
  // Keys typed in the host page stay in the host page.
  await page.click('#host');
  await page.keyboard.type('abc');
  assert.equal(await page.inputValue('#host'), 'abc');
  const selectedBefore = s.selected;
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(300);
  assert.equal((await inner.evaluate(() => window.dateline.state())).selected, selectedBefore, 'the app did not take the key');
  await frame.locator('canvas').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  await inner.waitForFunction((id) => window.dateline.state().selected !== id, selectedBefore, { timeout: 5000 });
  await screenshot(browser, page, 'embedded-640x500');
  assert.deepEqual(hostErrors, [], 'no errors in the host page or the frame');
  await context.close();
});


test('two fingers pinch to zoom; one finger pans', async () => {
  const { page, context, seen } = await openPage(browser, site.url, { viewport: { width: 412, height: 800 }, deviceScaleFactor: 2 });
  await waitForApp(page);
  let s = await settle(page);
  const cdp = await context.newCDPSession(page);
  const cx = s.timeline.x + s.timeline.width / 2, cy = s.timeline.y + s.timeline.height / 2;
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  const daysBefore = s.view.days;
  await touch('touchStart', [{ x: cx - 30, y: cy, id: 1 }, { x: cx + 30, y: cy, id: 2 }]);
  for (let i = 1; i <= 10; i++) {
    await touch('touchMove', [{ x: cx - 30 - i * 12, y: cy, id: 1 }, { x: cx + 30 + i * 12, y: cy, id: 2 }]);
    await frames(page, 1);
  }
  await touch('touchEnd', []);
  s = await settle(page);
  assert.ok(s.view.days < daysBefore * 0.8, `pinched in: ${daysBefore} -> ${s.view.days} days`);
  // One finger across the lanes pans.
  const fromBefore = s.view.from;
  await touch('touchStart', [{ x: cx + 100, y: cy, id: 3 }]);
  for (let i = 1; i <= 8; i++) {
    await touch('touchMove', [{ x: cx + 100 - i * 20, y: cy, id: 3 }]);
    await frames(page, 1);
  }
  await touch('touchEnd', []);
  s = await settle(page);
  assert.ok(s.view.from > fromBefore, `panned with a finger: ${fromBefore} -> ${s.view.from}`);
  assertClean(seen);
  await context.close();
});

test('the filter finds events; C copies a citation', async () => {
  const { page, context, seen } = await openPage(browser, site.url, { viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url.replace(/\/$/, '') });
  let s = await waitForApp(page);
  // The filter box is the first thing under the timeline's overview strip and legend, at the left.
  await page.mouse.click(s.timeline.x + 60, s.overview.y + s.overview.height + 44);
  await frames(page);
  await page.keyboard.type('Raqqa');
  s = await frames(page);
  assert.equal(s.filter, 'Raqqa');
  assert.ok(s.shown > 0 && s.shown < s.events, `the filter keeps ${s.shown} of ${s.events} events`);
  await screenshot(browser, page, 'filter-raqqa');
  // Keys typed in the filter box are text, not commands.
  await page.keyboard.press('Space');
  s = await frames(page);
  assert.equal(s.playing, false);
  // Back on the timeline, C copies the current event's citation.
  await focusCanvas(page);
  await frames(page);
  s = await press(page, 'c');
  assert.equal(s.filter, 'Raqqa ', 'the key went to the app, not into the filter box');
  let copied = '';
  for (let i = 0; i < 50 && !copied.includes('\u201C'); i++) {  // the copy is asynchronous
    copied = await page.evaluate(() => navigator.clipboard.readText().catch(() => ''));
    if (!copied.includes('\u201C')) await page.waitForTimeout(100);
  }
  assert.ok(copied.includes('\u201C'), 'a citation with its quoted passage');
  assert.ok(!copied.includes('  '), 'on tidy lines');
  // The citation is the current event's first source as the core read it: its outlet by the
  // core's name for it ("Unknown outlet" only where the core knows none), and its passage.
  const core = coreReading();
  const e = core.events.get(s.selected);
  assert.ok(e, `the core has the current event ${s.selected}`);
  const outlet = core.articles.get(e.sources[0].article).outlet;
  assert.ok(copied.includes(outlet ?? 'Unknown outlet'), `the outlet "${outlet}" is named: ${copied.slice(0, 120)}`);
  if (outlet) assert.ok(!/unknown outlet/i.test(copied), copied.slice(0, 120));
  assert.ok(copied.replace(/\s+/g, ' ').includes(e.sources[0].passage.replace(/\s+/g, ' ')), `the passage is quoted: ${copied.slice(0, 200)}`);
  assertClean(seen);
  await context.close();
});

// A link's filter (#q=): the canvas's Previous and Next buttons and the arrow keys on the
// timeline move among the events the filter shows, in the order the list shows them (the
// mirror's list, which holds them all when they are few), never to an event the filter hides.
test('with a filter (#q=), Previous/Next and the arrow keys step through the events it shows, as the list does', async () => {
  const core = coreReading();
  // A word of some headlines but not all: the third most common long word of the core's headlines.
  const counts = new Map();
  for (const e of core.events.values()) for (const w of new Set(e.title.toLowerCase().match(/[a-z]{5,}/g) || [])) counts.set(w, (counts.get(w) || 0) + 1);
  const word = [...counts].filter(([, n]) => n >= 3 && n <= 15).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  assert.ok(word, 'a word that some headlines share');
  const { page, context, seen } = await openPage(browser, `${site.url}#q=${word}`);
  let s = await waitForApp(page);
  await page.waitForFunction((w) => window.dateline.state().filter === w, word);
  await page.waitForFunction(() => { const s = window.dateline.state(); return s.shown < s.events
    && document.querySelectorAll('#dl-events [role=option]').length === s.shown; }, null, { timeout: 10000 });
  const listed = await page.evaluate(() => [...document.querySelectorAll('#dl-events [role=option]')].map((o) => +o.getAttribute('data-event')));
  s = await state(page);
  assert.ok(listed.length >= 3 && listed.length < s.events, `"${word}" shows ${listed.length} of ${s.events} events`);
  const selectedInList = () => page.evaluate(() => {
    const o = document.querySelector('#dl-events [role=option][aria-selected=true]');
    return o ? +o.getAttribute('data-event') : null;
  });
  // The mirror names the app's current event a frame later.
  const current = async () => { await frames(page, 2); await page.waitForTimeout(50); return selectedInList(); };
  await focusCanvas(page);
  await press(page, 'Home');
  assert.equal(await current(), listed[0], 'Home: the first event the filter shows');
  // The Next button drawn on the canvas, clicked where the app reports it.
  const middle = (name) => { const r = s.controls[name]; assert.ok(r && r.width > 0, `${name} is drawn`); return [r.x + r.width / 2, r.y + r.height / 2]; };
  s = await settle(page);
  const stepped = [listed[0]];
  for (let i = 1; i < listed.length; i++) {
    await page.mouse.click(...middle('next'));
    stepped.push(await current());
  }
  assert.deepEqual(stepped, listed, 'Next goes through the listed events in order');
  await page.mouse.click(...middle('next'));
  assert.equal(await current(), listed[listed.length - 1], 'Next on the last shown event stays there');
  await page.mouse.click(...middle('previous'));
  assert.equal(await current(), listed[listed.length - 2], 'Previous: the shown event before');
  // The arrow keys on the timeline.
  await page.locator('canvas').focus();
  await press(page, 'End');
  const back = [await current()];
  for (let i = 1; i < listed.length; i++) { await press(page, 'ArrowLeft'); back.push(await current()); }
  assert.deepEqual(back, [...listed].reverse(), 'Left goes back through them');
  assertClean(seen);
  await context.close();
});
