// The overview strip and the axis breaks, as a reader uses them: the strip under the timeline
// with the visible window as a brush (drag to pan, drag an edge to zoom, press outside to jump),
// the opening view chosen from the data, and the first-visit hint. Checked through
// window.dateline.state(); screenshots under build/browser-tests/ (overview-*.png).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchAndServe, closeAll, openPage, waitForApp, screenshot, settle, frames, stateWhen, assertClean, timelineWithNamesWidth } from './support.mjs';

let browser, site;
before(async () => { ({ browser, site } = await launchAndServe()); });
after(() => closeAll(browser, site));

const day = (iso) => Date.parse(iso + 'T00:00:00Z') / 86400000;


// Drags with the mouse from (x0, y) by dx, in small steps, a frame each.
async function drag(page, x0, y, dx, steps = 10) {
  await page.mouse.move(x0, y);
  await frames(page, 1);
  await page.mouse.down();
  await frames(page, 1);
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(x0 + (dx * i) / steps, y);
    await frames(page, 1);
  }
  await page.mouse.up();
  return settle(page);
}

test('the strip is drawn under the timeline, with the brush on the visible window', async () => {
  const { page, context, seen } = await openPage(browser, site.url, { viewport: { width: 1366, height: 768 } });
  await waitForApp(page);
  const s = await settle(page);
  const o = s.overview;
  assert.ok(o.width > 0.9 * s.timeline.width, `the strip is as wide as the timeline (${o.width} vs ${s.timeline.width})`);
  assert.ok(o.y >= s.timeline.y + s.timeline.height - 1, 'under the timeline');
  assert.ok(o.height >= 16 && o.height <= 40, `thin (${o.height} px)`);
  assert.ok(o.brush.width > 2 && o.brush.width <= o.width + 1, `a brush (${o.brush.width} px)`);
  assert.ok(o.brush.x >= o.x - 1 && o.brush.x + o.brush.width <= o.x + o.width + 1, 'the brush is on the strip');
  const shot = await screenshot(browser, page, 'overview-1366x768');
  assert.ok(shot.colours > 20, 'the page is drawn');
  assertClean(seen);
  await context.close();
});

test('dragging the brush pans the view by as much as the strip moved; its edge zooms; a press outside jumps', async () => {
  // A view inside the story's busy first months, so that no axis break is crossed.
  const { page, context, seen } = await openPage(browser, site.url + '#view=2017-06-01..2017-07-31', { viewport: { width: 1366, height: 768 } });
  await waitForApp(page);
  let s = await settle(page);
  const o = s.overview;
  const daysPerPixel = o.days / o.width;  // the whole story's axis over the strip
  const y = o.y + o.height / 2;
  const before = { from: day(s.view.from), days: s.view.days, brush: o.brush.x };
  // Pan: from the middle of the brush, 30 px to the right.
  s = await drag(page, o.brush.x + o.brush.width / 2, y, 30);
  assert.ok(Math.abs(s.view.days - before.days) < 0.01, `panning keeps the span (${before.days} -> ${s.view.days})`);
  const moved = day(s.view.from) - before.from;
  assert.ok(Math.abs(moved - 30 * daysPerPixel) <= 1.5, `the view moved ${moved} days for 30 px (${30 * daysPerPixel} expected)`);
  assert.ok(Math.abs(s.overview.brush.x - (before.brush + 30)) <= 1.5, 'the brush followed the mouse');
  // Zoom: the right edge 40 px further right; the start stays.
  const b = s.overview.brush, from = s.view.from, days = s.view.days;
  s = await drag(page, b.x + b.width, y, 40);
  assert.equal(s.view.from, from, 'resizing by the right edge keeps the start');
  assert.ok(Math.abs(s.view.days - (days + 40 * daysPerPixel)) <= 1.5, `the span grew by 40 px of the strip (${days} -> ${s.view.days})`);
  // A press outside the brush centres the window there.
  const target = s.overview.x + s.overview.width - 60;
  await page.mouse.click(target, y);
  s = await settle(page);
  const centre = s.overview.brush.x + s.overview.brush.width / 2;
  assert.ok(Math.abs(centre - target) <= 2 || s.overview.brush.x + s.overview.brush.width >= s.overview.x + s.overview.width - 1,
    `the window moved to the press (centre ${centre}, press ${target})`);
  await screenshot(browser, page, 'overview-after-brush');
  assertClean(seen);
  await context.close();
});

test('the opening view of the bundled story gives its busy months room, with the empty stretch between compressed', async () => {
  const { page, context, seen } = await openPage(browser, site.url, { viewport: { width: 1366, height: 768 } });
  await waitForApp(page);
  const s = await settle(page);
  const from = day(s.view.from), to = day(s.view.to) + 1;
  const months = [['2017-06-01', '2017-07-01'], ['2019-03-01', '2019-04-01']];
  for (const [a, b] of months) {
    assert.ok(from <= day(a) && to >= day(b), `${a} is in the opening view (${s.view.from}..${s.view.to})`);
    for (const br of s.axis.breaks)
      assert.ok(day(br.to) < day(a) || day(br.from) >= day(b), `no break inside the month of ${a}`);
    // At least 9% of the timeline's width each (the map takes a share of the page beside it):
    // about 120 px on a 1366 px page without the map, 100 px with it; a linear axis gives ~3%.
    const width = (day(b) - day(a)) * s.axis.pixelsPerDay;
    assert.ok(width >= 0.09 * s.timeline.width,
      `the month from ${a} is ${width.toFixed(0)} px wide (at least 9% of the timeline's ${s.timeline.width.toFixed(0)} px)`);
  }
  assert.ok(s.axis.breaks.length >= 1, 'a long empty stretch is compressed');
  for (const br of s.axis.breaks) assert.ok(br.x1 - br.x0 < 0.2 * s.timeline.width, 'a break is drawn narrow');
  assertClean(seen);
  await context.close();
});

test('the first-visit hint shows until dismissed, and stays dismissed; with storage refused it shows again', async () => {
  for (const refused of [false, true]) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    if (refused) {
      await context.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('refused', 'SecurityError'); } });
      });
    }
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(site.url);
    await waitForApp(page);
    let s = await settle(page);
    assert.equal(s.hint.shown, true, 'shown on a first visit');
    const button = s.hint.button;
    await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
    // The press and the release are read in frames of their own (frame_input_split): wait for the
    // hint to go (or a second), not for a count of frames that may have begun before the click.
    s = await stateWhen(page, () => { const t = window.dateline.state(); return !t.hint.shown && t; }, null, 2000);
    assert.equal(s.hint.shown, false, 'dismissed');
    await page.reload();
    await waitForApp(page);
    s = await settle(page);
    assert.equal(s.hint.shown, refused, refused ? 'storage refused: shown again' : 'remembered after a reload');
    assert.deepEqual(errors, [], 'no page errors');
    await context.close();
  }
});

// Screenshots at a tablet's size and in a 480 px embed, looked at by hand; their strip is checked.
for (const [name, url, viewport] of [
  ['tablet-820x1180', '', { width: 820, height: 1180 }],
  ['phone-390x844', '', { width: 390, height: 844 }],
  ['embed-480x400', '?embed', { width: 480, height: 400 }],
]) test(`${name}: the strip and the breaks fit`, async () => {
  const { page, context, seen } = await openPage(browser, site.url + url, { viewport });
  await waitForApp(page);
  const s = await settle(page);
  assert.ok(Math.abs(s.overview.x - s.timeline.x) <= 2 && Math.abs(s.overview.width - s.timeline.width) <= 2,
    `the strip spans the timeline (strip ${s.overview.x}+${s.overview.width}, timeline ${s.timeline.x}+${s.timeline.width})`);
  assert.ok(timelineWithNamesWidth(s) > 0.6 * viewport.width, `the timeline, with its lanes' names, takes most of the width (${timelineWithNamesWidth(s)})`);
  assert.ok(s.overview.y + s.overview.height <= viewport.height, 'the strip is on screen');
  await screenshot(browser, page, `overview-${name}`);
  assertClean(seen);
  await context.close();
});
