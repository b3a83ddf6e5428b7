// Faults a reader met (issue 13), each checked as a person meets it: clicks, keys and links on
// the real page, and what the page then shows (window.dateline.state(): the selected event, the
// visible range, the reading panel's scroll and layout, the list's rows as drawn).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchAndServe, closeAll, openPage, waitForApp, screenshot, state, settle, frames, press, assertClean, focusCanvas } from './support.mjs';

let browser, site;
before(async () => { ({ browser, site } = await launchAndServe()); });
after(() => closeAll(browser, site));

const markers = (page) => page.evaluate(() => window.dateline.markers());
const inView = (s, date) => s.view.from <= date && date <= s.view.to;
// Clicks like a person: the pointer comes over the spot first (a hover frame), then clicks.
async function clickAt(page, x, y) {
  await page.mouse.move(x, y, { steps: 2 });
  await frames(page, 1);
  await page.mouse.down();
  await frames(page, 1);
  await page.mouse.up();
  await frames(page, 2);
}

test('a counted circle near the edge of the view zooms to its events in one click', async () => {
  const { page, context, seen } = await openPage(browser, site.url + '#view=2013-01-01..2019-12-31');
  let s = await waitForApp(page);
  s = await settle(page);
  const circles = async () => (await markers(page)).filter((m) => !m.span && m.events.length > 1 && new Set(m.dates).size > 1);
  let cluster = (await circles())[0];
  assert.ok(cluster, 'the wide view has a counted circle of events on different days');
  // The same wide view, moved so that the circle is near its right edge (at about 96%).
  const day = (iso) => Date.parse(iso + 'T00:00:00Z') / 86400000;
  const iso = (d) => new Date(d * 86400000).toISOString().slice(0, 10);
  const at = day([...cluster.dates].sort()[0]);
  await page.evaluate((h) => { location.hash = h; }, `#view=${iso(at - 2450)}..${iso(at + 100)}`);
  await page.waitForFunction((to) => window.dateline.state().view.to === to, iso(at + 100));
  s = await settle(page);
  cluster = (await circles()).find((m) => m.events.includes(cluster.events[0]));
  assert.ok(cluster, 'still a counted circle');
  const edge = (s.timeline.x + s.timeline.width - cluster.x) / s.timeline.width;
  assert.ok(edge < 0.1, `the circle is near the edge (${(edge * 100).toFixed(1)}% from it)`);
  const days = s.view.days;
  await clickAt(page, cluster.x, cluster.y);
  s = await settle(page);
  const first = [...cluster.dates].sort()[0], last = [...cluster.dates].sort().at(-1);
  assert.ok(s.view.days < days / 4, `one click zoomed in (${days} -> ${s.view.days} days)`);
  assert.ok(inView(s, first) && inView(s, last), `its events ${first}..${last} are in view ${s.view.from}..${s.view.to}`);
  assert.ok(cluster.events.includes(s.selected), 'one of its events is selected');
  // Its events on different days are no longer one circle.
  const now = (await markers(page)).filter((m) => m.events.some((id) => cluster.events.includes(id)));
  assert.ok(now.length > 1, `its events now fall in ${now.length} markers`);
  await screenshot(browser, page, 'cluster-zoomed');
  assertClean(seen);
  await context.close();
});

test('events on the same day are listed to choose from when zooming cannot separate them', async () => {
  const { page, context, seen } = await openPage(browser, site.url + '#view=2013-01-01..2019-12-31');
  let s = await waitForApp(page);
  // Two or more events of one day in one lane: one marker at any zoom.
  const pair = (await markers(page)).flatMap((m) => {
    const byDay = {};
    m.events.forEach((id, i) => (byDay[m.dates[i]] ||= []).push(id));
    return Object.values(byDay).filter((ids) => ids.length > 1);
  })[0];
  assert.ok(pair, 'the bundled story has events of the same day in one lane');
  await page.evaluate((id) => window.dateline.goto(id), pair[0]);
  await focusCanvas(page);
  for (let i = 0; i < 14; i++) await press(page, 'Equal');  // zoom in as far as it goes
  s = await settle(page);
  const marker = (await markers(page)).find((m) => pair.every((id) => m.events.includes(id)));
  assert.ok(marker, 'the same-day events share one marker');
  await clickAt(page, marker.x, marker.y);
  s = await settle(page);
  assert.deepEqual([...(s.choices || [])].sort(), [...marker.events].sort(), 'its events are listed to choose from');
  const box = s.choicesBox;
  assert.ok(box && box.height > 0, 'the list is drawn');
  await screenshot(browser, page, 'same-day-choices');
  // Choosing the second selects it and closes the list.
  const choices = s.choices;
  const rowHeight = box.height / choices.length;
  await clickAt(page, box.x + box.width / 2, box.y + rowHeight * 1.5);
  s = await settle(page);
  assert.equal(s.selected, choices[1], 'the second one listed is selected');
  assert.deepEqual(s.choices, [], 'the list closed');
  assertClean(seen);
  await context.close();
});

test('the filter filters the timeline too, and lives in the URL', async () => {
  let { page, context, seen } = await openPage(browser, site.url + '#view=2013-01-01..2019-12-31');
  let s = await waitForApp(page);
  s = await settle(page);
  const all = new Set((await markers(page)).flatMap((m) => m.events));
  // The filter box, where the app drew it (the overview strip now lies under the timeline).
  const box = s.controls.filter;
  assert.ok(box && box.width > 0 && box.height > 0, 'the filter box is drawn');
  await page.mouse.click(box.x + Math.min(60, box.width / 2), box.y + box.height / 2);
  await frames(page);
  await page.keyboard.type('Raqqa');
  s = await settle(page);
  assert.equal(s.filter, 'Raqqa');
  assert.ok(s.shown > 0 && s.shown < s.events);
  const onTimeline = new Set((await markers(page)).flatMap((m) => m.events));
  assert.ok(onTimeline.size > 0, 'the matching events stay on the timeline');
  assert.ok(onTimeline.size < all.size, `the timeline shows fewer events (${all.size} -> ${onTimeline.size})`);
  assert.ok([...onTimeline].every((id) => all.has(id)));
  assert.ok(onTimeline.size <= s.shown, `no more than the ${s.shown} the list shows (${onTimeline.size})`);
  await screenshot(browser, page, 'filter-on-the-timeline');
  await page.waitForFunction(() => location.hash.includes('q=Raqqa'), null, { timeout: 3000 });
  await context.close();

  // A link with a filter opens filtered; encoded text is read back; a bad one is a notice.
  ({ page, context, seen } = await openPage(browser, site.url + '#q=Raqqa&view=2013-01-01..2019-12-31'));
  s = await waitForApp(page);
  assert.equal(s.filter, 'Raqqa');
  assert.ok(s.shown < s.events);
  assert.deepEqual(s.notices, []);
  await context.close();
  ({ page, context, seen } = await openPage(browser, site.url + '#q=caf%C3%A9%20%26%20Mosul'));
  s = await waitForApp(page);
  assert.equal(s.filter, 'café & Mosul');
  await focusCanvas(page);
  await press(page, 'ArrowRight');
  await page.waitForFunction(() => location.hash.includes('q=caf%C3%A9%20%26%20Mosul'), null, { timeout: 3000 });
  await context.close();
  ({ page, context, seen } = await openPage(browser, site.url + '#q=%FF%FE&event=x'));
  s = await waitForApp(page);
  assert.equal(s.filter, '');
  assert.ok(s.notices.some((n) => /q=/.test(n)), s.notices.join('; '));
  assertClean(seen);
  await context.close();
});

test('cut headlines in the list end with "…"', async () => {
  let cut = 0;
  for (const viewport of [{ width: 1280, height: 800 }, { width: 1024, height: 700 }, { width: 900, height: 900 }, { width: 1366, height: 768 }]) {
    const { page, context, seen } = await openPage(browser, site.url + '#view=2013-01-01..2019-12-31', { viewport });
    await waitForApp(page);
    let s = await settle(page);
    assert.ok(s.list.rows.length > 5, 'the list shows rows');
    for (let step = 0; step < 3; step++) {
      for (const row of s.list.rows) {
        assert.ok(!row.text.includes('\uFFFD'), `no broken character: ${row.text}`);
        if (row.text === row.title) continue;
        cut++;
        assert.ok(row.text.endsWith('\u2026'), `a cut headline ends with "…": "${row.text}" (of "${row.title}")`);
        assert.ok(row.title.startsWith(row.text.slice(0, -1).trimEnd()), `it is the headline's start: "${row.text}"`);
      }
      await focusCanvas(page);
      // Twelve events on, the list scrolled to other rows. The app reads every key it is given,
      // each in frames of its own, so the presses go at once and the test waits for the app to
      // rest with none unread (settle) rather than for each step's frames.
      const from = s.selected;
      for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
      s = await settle(page);
      assert.notEqual(s.selected, from, 'the arrows moved the selection on');
    }
    assertClean(seen);
    await context.close();
  }
  assert.ok(cut > 0, 'some headlines were cut');
});

test('the reading panel starts at the top of each new event', async () => {
  const { page, context, seen } = await openPage(browser, site.url, { viewport: { width: 1280, height: 700 } });
  let s = await waitForApp(page);
  await focusCanvas(page);
  // An event whose reading is longer than the panel.
  for (let i = 0; i < 40 && !(s.reading && s.reading.scrollMax > 80); i++) s = await press(page, 'ArrowRight');
  assert.ok(s.reading.scrollMax > 80, 'an event with a long reading');
  const x = s.timeline.x + s.timeline.width * 0.8, y = (s.reading.top + s.reading.bottom) / 2;
  await page.mouse.move(x, y);
  for (let i = 0; i < 4; i++) {
    await page.mouse.wheel(0, 200);
    await frames(page, 1);
  }
  s = await frames(page, 3);
  assert.ok(s.reading.scrollY > 40, `the reader scrolled down (${s.reading.scrollY})`);
  const before = s.selected;
  await page.keyboard.press('ArrowRight');
  s = await frames(page, 3);
  assert.notEqual(s.selected, before);
  assert.equal(s.reading.scrollY, 0, 'the new event is read from its top');
  assert.ok(s.reading.headlineTop >= s.reading.top, 'its headline is on screen');
  assertClean(seen);
  await context.close();
});

test('with an article open, Left and Right change the event and the article follows', async () => {
  const { page, context, seen } = await openPage(browser, site.url);
  let s = await waitForApp(page);
  await focusCanvas(page);
  s = await press(page, 'Enter');
  assert.equal(s.articleOpen, true);
  assert.equal(s.articleEvent, s.selected);
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft']) {
    const before = s.selected;
    s = await press(page, key);
    assert.notEqual(s.selected, before, key);
    assert.equal(s.articleOpen, true, 'the article view stays open');
    assert.equal(s.articleEvent, s.selected, `after ${key} the article is the new event's`);
  }
  await screenshot(browser, page, 'article-follows-event');
  s = await press(page, 'Escape');
  assert.equal(s.articleOpen, false);
  assertClean(seen);
  await context.close();
});

test('a deep link brings its event into view, also in embed mode', async () => {
  let { page, context, seen } = await openPage(browser, site.url);
  let s = await waitForApp(page);
  const opening = s.view;
  await focusCanvas(page);
  // An event outside the opening view: the last or the first.
  let far = await press(page, 'End');
  if (inView({ view: opening }, far.selectedDate)) far = await press(page, 'Home');
  assert.ok(!inView({ view: opening }, far.selectedDate), `an event outside the opening view ${opening.from}..${opening.to}`);
  await context.close();
  for (const [query, viewport] of [['', { width: 1280, height: 800 }], ['?embed', { width: 480, height: 360 }]]) {
    ({ page, context, seen } = await openPage(browser, site.url + query + '#event=' + far.selected, { viewport }));
    await waitForApp(page);
    s = await settle(page);
    assert.equal(s.selected, far.selected, query);
    assert.ok(inView(s, far.selectedDate), `${query || 'hosted'}: ${far.selectedDate} is in view ${s.view.from}..${s.view.to}`);
    const x = s.timeline.playheadX;
    assert.ok(x > s.timeline.x && x < s.timeline.x + s.timeline.width, 'the playhead is on screen');
    assertClean(seen);
    await context.close();
  }
});

test('the embed layout shows the headline, the date and the start of the passage without scrolling', async () => {
  for (const viewport of [{ width: 480, height: 360 }, { width: 480, height: 400 }]) {
    const { page, context, seen } = await openPage(browser, site.url + '?embed', { viewport });
    let s = await waitForApp(page);
    assert.equal(s.layout, 'embed');
    await focusCanvas(page);
    for (let i = 0; i < 6; i++) {
      const r = s.reading;
      assert.equal(r.scrollY, 0);
      assert.ok(r.headlineTop >= r.top, 'the headline is in the panel');
      assert.ok(r.dateBottom <= r.bottom, `the date is above the fold (${r.dateBottom} <= ${r.bottom}): ${s.selectedTitle}`);
      assert.ok(r.passageLineBottom <= Math.min(r.bottom, viewport.height),
                `the passage's first line is above the fold (${r.passageLineBottom} <= ${r.bottom}): ${s.selectedTitle}`);
      if (i === 0) await screenshot(browser, page, `embed-${viewport.width}x${viewport.height}`);
      s = await press(page, 'ArrowRight');
    }
    assertClean(seen);
    await context.close();
  }
});

test('a link to one of the reader\'s own events works after a reload', async () => {
  const { page, context, seen } = await openPage(browser, site.url);
  let s = await waitForApp(page);
  const bundled = s.events;
  await page.evaluate(() => window.dateline.addFiles([new File([
    'Harbour town opens its new library\n\nThe Coastal Courier\n\n' +
    'The harbour town of Port Elliot opened its new public library on 14 March 2011, the mayor said.\n' +
    'Hundreds of residents came to the opening.\n'], 'my-library.txt', { type: 'text/plain' })]));
  await page.waitForFunction(() => { const s = window.dateline.state(); return s.added.total > 0 && !s.added.reading; });
  s = await state(page);
  assert.equal(s.events, bundled + 1, 'the added article gave one event');
  assert.equal(await page.evaluate(() => window.dateline.goto('2011-03-14')), true);
  s = await settle(page);
  assert.match(s.selectedTitle, /library/i);
  const mine = s.selected;
  await page.waitForFunction((id) => location.hash.includes('event=' + id), mine, { timeout: 3000 });
  await page.waitForFunction(() => window.dateline.state().added.storing === 0);
  await page.reload();
  await waitForApp(page);
  await page.waitForFunction(() => { const s = window.dateline.state(); return s.added.total > 0 && !s.added.reading; });
  s = await settle(page);
  assert.equal(s.selected, mine, 'the link selects the reader\'s own event');
  assert.ok(inView(s, s.selectedDate), 'and shows it');
  assert.ok(!s.notices.some((n) => /no event/.test(n)), s.notices.join('; '));
  assertClean(seen);
  await context.close();
});
