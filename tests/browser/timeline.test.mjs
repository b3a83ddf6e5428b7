// The timeline app as a reader uses it: real mouse, wheel and keyboard events on the canvas,
// checked through window.dateline.state(), with screenshots looked at under build/browser-tests/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, offlinePageUrl, openPage, waitForApp, screenshot, state, settle, dayAt, frames, press } from './support.mjs';

let browser, site;
before(async () => {
  browser = await launch();
  site = await serveDist();
});
after(async () => {
  await browser?.close();
  site?.server.close();
});

function clean(seen) {
  assert.deepEqual(seen.consoleErrors, [], 'console errors');
  assert.deepEqual(seen.pageErrors, [], 'page errors');
  assert.deepEqual(seen.foreignRequests, [], 'requests to other origins');
}

test('dragging the playhead from the first event to the last selects events in date order', async () => {
  const { page, context, seen } = await openPage(browser, site.url + '#view=2013-01-01..2019-12-31');
  await waitForApp(page);
  await page.locator('canvas').click({ position: { x: 5, y: 5 } });
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
    await page.mouse.move(x0 + ((x1 - x0) * i) / 150, y);
    s = await frames(page, 1);
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
  await screenshot(browser, page, 'drag-playhead-end');
  clean(seen);
  await context.close();
});

test('arrow keys step through events; Home and End; the URL follows', async () => {
  const { page, context, seen } = await openPage(browser, site.url);
  await waitForApp(page);
  await page.locator('canvas').click({ position: { x: 5, y: 5 } });
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
  clean(seen);
  await context.close();
});

test('the wheel zooms around the cursor; dragging pans', async () => {
  const { page, context, seen } = await openPage(browser, site.url, { deviceScaleFactor: 2 });
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
  await screenshot(browser, page, 'zoomed-in@2x');
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
  clean(seen);
  await context.close();
});

test('a deep link opens on its moment; a malformed one is ignored quietly', async () => {
  let { page, context, seen } = await openPage(browser, site.url);
  const any = await waitForApp(page);
  const markers = await page.evaluate(() => window.dateline.markers());
  const id = markers.flatMap((m) => m.events)[3];
  await context.close();

  ({ page, context, seen } = await openPage(browser, site.url + `#event=${id}&view=2017-06-15..2017-07-15`));
  let s = await waitForApp(page);
  assert.equal(s.selected, id);
  assert.equal(s.view.from, '2017-06-15');
  assert.equal(s.view.to, '2017-07-15');
  assert.deepEqual(s.notices, []);
  clean(seen);
  await context.close();

  ({ page, context, seen } = await openPage(browser, site.url + '#t=2017-06-29'));
  s = await waitForApp(page);
  assert.equal(s.playhead, '2017-06-29');
  assert.equal(s.selectedDate, '2017-06-29', 'the current event is the latest at or before the playhead');
  await context.close();

  ({ page, context, seen } = await openPage(browser, site.url + '#event=%3Cscript%3E&t=2017-02-31&view=nonsense&x=1'));
  s = await waitForApp(page);
  assert.equal(s.notices.length, 4, 'each bad part is noted');
  assert.deepEqual(s.errors, []);
  assert.equal(s.selected, any.selected, 'the app opens as usual');
  await page.locator('canvas').click({ position: { x: 5, y: 5 } });
  assert.notEqual((await press(page, 'ArrowRight')).selected, any.selected, 'and keeps working');
  clean(seen);
  await context.close();
});

test('play steps through the events at a readable pace', async () => {
  const { page, context, seen } = await openPage(browser, site.url);
  const s0 = await waitForApp(page);
  await page.locator('canvas').click({ position: { x: 5, y: 5 } });
  assert.equal((await press(page, 'Space')).playing, true);
  await page.waitForFunction((id) => window.dateline.state().selected !== id, s0.selected, { timeout: 8000 });
  const s1 = await state(page);
  assert.ok(s1.selectedDate >= s0.selectedDate, 'moved on, forward in time');
  assert.equal((await press(page, 'Space')).playing, false);
  clean(seen);
  await context.close();
});

test('an idle page draws no frames', async () => {
  const { page, context, seen } = await openPage(browser, site.url);
  await waitForApp(page);
  await settle(page);
  await page.waitForTimeout(500);
  const before = (await state(page)).frames;
  await page.waitForTimeout(3000);
  const after = (await state(page)).frames;
  assert.equal(after - before, 0, `frames drawn while idle: ${after - before}`);
  clean(seen);
  await context.close();
});

test('phone, desktop and embedded layouts', async () => {
  let { page, context, seen } = await openPage(browser, site.url, { viewport: { width: 360, height: 740 }, deviceScaleFactor: 3 });
  let s = await waitForApp(page);
  assert.equal(s.layout, 'narrow');
  let shot = await screenshot(browser, page, 'phone-360x740@3x');
  assert.equal(shot.width, 1080);
  clean(seen);
  await context.close();

  ({ page, context, seen } = await openPage(browser, site.url, { viewport: { width: 1920, height: 1080 } }));
  s = await waitForApp(page);
  assert.equal(s.layout, 'wide');
  shot = await screenshot(browser, page, 'desktop-1920x1080');
  assert.ok(shot.inkFraction > 0.05);
  clean(seen);
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

test('the offline single file does the same from file://', async () => {
  const { page, context, seen } = await openPage(browser, offlinePageUrl() + '#t=2017-06-29', { offline: true });
  const s = await waitForApp(page);
  assert.equal(s.playhead, '2017-06-29');
  await page.locator('canvas').click({ position: { x: 5, y: 5 } });
  assert.ok((await press(page, 'ArrowRight')).selectedDate >= '2017-06-29');
  await screenshot(browser, page, 'offline-deep-link');
  clean(seen);
  await context.close();
});
