// The map beside the timeline: the bundled story's places on country outlines, named on hover,
// filtering the timeline on a click, zooming with the wheel, on the playhead while playing, and
// a tab of its own on a phone. Checked through window.dateline.state() (its `places` and `map`)
// and the pixels of screenshots (under build/browser-tests/, looked at too).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchAndServe, closeAll, openPage, waitForApp, screenshot, state, settle, frames, assertClean, measurePixels, timelineWithNamesWidth, focusCanvas } from './support.mjs';

let browser, site;
before(async () => { ({ browser, site } = await launchAndServe()); });
after(() => closeAll(browser, site));


// Pixels of a rectangle of the page: how many are the outlines' ink (coasts, borders), how many
// the places' brick red, and how many differ from the rectangle's commonest colour (its paper).
async function mapPixels(page, r) {
  const png = await page.screenshot({ clip: { x: r.x, y: r.y, width: r.width, height: r.height } });
  return measurePixels(browser, png, (d) => {
    const counts = new Map();
    let outline = 0, brick = 0;
    for (let i = 0; i < d.length; i += 4) {
      const [r, gr, b] = [d[i], d[i + 1], d[i + 2]];
      const key = (r << 16) | (gr << 8) | b;
      counts.set(key, (counts.get(key) || 0) + 1);
      const isBrick = r > gr + 40 && r > b + 40;
      if (isBrick) brick++;
      else if (Math.max(r, gr, b) < 215) outline++;  // coasts (blue-grey) and borders (grey), and labels' text
    }
    const paper = Math.max(...counts.values());
    return { pixels: d.length / 4, outline, brick, inkFraction: 1 - paper / (d.length / 4) };
  });
}

// A drawn place no other drawn place is within `room` pixels of (so the pointer finds it alone).
function lonePlace(s, room = 14) {
  const drawn = s.places.filter((p) => p.x !== undefined);
  return drawn.find((p) => drawn.every((q) => q === p || Math.hypot(q.x - p.x, q.y - p.y) > room));
}

test('wide: the map beside the timeline shows the story\'s places on country outlines; hover names, click filters, wheel zooms', async () => {
  const { page, context, seen } = await openPage(browser, site.url, { viewport: { width: 1366, height: 768 } });
  let s = await waitForApp(page);
  s = await settle(page);
  assert.equal(s.layout, 'wide');
  assert.ok(s.places.length >= 3, `the story's places are listed (${s.places.length})`);
  for (const p of s.places) {
    assert.equal(typeof p.name, 'string');
    assert.ok(Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180, `${p.name} has coordinates`);
    assert.ok(p.events >= 1, `${p.name} has events`);
    assert.ok(['current', 'past', 'later'].includes(p.phase), `${p.name}: ${p.phase}`);
  }
  assert.ok(s.places.some((p) => p.phase === 'current'), 'the current event has a place on the map');
  // Beside the timeline, the same band, and the timeline keeps most of the width.
  assert.ok(s.map.width >= 240 && s.map.height >= 150, `the map is drawn (${JSON.stringify(s.map)})`);
  assert.ok(s.map.x >= s.timeline.x + s.timeline.width, 'the map is right of the timeline');
  assert.ok(timelineWithNamesWidth(s) >= 0.6 * 1366, `the timeline, with its lanes' names, keeps its width (${timelineWithNamesWidth(s)})`);
  const drawn = s.places.filter((p) => p.x !== undefined);
  assert.ok(drawn.length >= 3, `places are drawn on the map (${drawn.length})`);
  for (const p of drawn) assert.ok(p.x >= s.map.x - 10 && p.x <= s.map.x + s.map.width + 10 && p.y >= s.map.y - 10 && p.y <= s.map.y + s.map.height + 10, `${p.name} within the map`);
  await screenshot(browser, page, 'map-wide-1366');
  const px = await mapPixels(page, s.map);
  console.log('map pixels, wide:', JSON.stringify(px));
  assert.ok(px.outline > 1500, `country outlines are drawn in the map (${px.outline} outline pixels)`);
  assert.ok(px.brick > 50, `places are drawn (${px.brick} place pixels)`);

  // Hover: the place under the pointer is named.
  const place = lonePlace(s);
  assert.ok(place, 'a place stands apart to point at');
  await page.mouse.move(place.x, place.y);
  s = await frames(page, 3);
  assert.equal(s.map.hovered, place.name, 'hovering names the place');
  await screenshot(browser, page, 'map-wide-hover');

  // Click: the timeline shows that place's events only, and a second click shows all again.
  const all = s.shown;
  await page.mouse.down();
  await frames(page, 1);
  await page.mouse.up();
  s = await frames(page, 3);
  assert.equal(s.placeFilter, place.name, 'the click filters to the place');
  assert.equal(s.shown, place.events, `the timeline shows the place's ${place.events} events`);
  assert.ok(s.shown < all, 'fewer events than before');
  await screenshot(browser, page, 'map-wide-filtered');
  await page.mouse.down();
  await frames(page, 1);
  await page.mouse.up();
  s = await frames(page, 3);
  assert.equal(s.placeFilter, null, 'a second click clears the filter');
  assert.equal(s.shown, all);

  // The wheel over the map zooms around the pointer: places move apart.
  const [a, b] = s.places.filter((p) => p.x !== undefined);
  const before = Math.hypot(a.x - b.x, a.y - b.y);
  await page.mouse.move(s.map.x + s.map.width / 2, s.map.y + s.map.height / 2);
  await page.mouse.wheel(0, -300);
  s = await frames(page, 3);
  const a2 = s.places.find((p) => p.name === a.name), b2 = s.places.find((p) => p.name === b.name);
  const after = a2.x !== undefined && b2.x !== undefined ? Math.hypot(a2.x - b2.x, a2.y - b2.y) : Infinity;
  assert.ok(after > before * 1.2, `the wheel zooms the map (${before.toFixed(1)} -> ${after.toFixed(1)} px apart)`);
  assertClean(seen);
  await context.close();
});

test('while playing, places still to come are hidden; at rest they are shown', async () => {
  const { page, context, seen } = await openPage(browser, site.url, { viewport: { width: 1366, height: 768 } });
  await waitForApp(page);
  await focusCanvas(page);
  await page.keyboard.press('Home');
  let s = await settle(page);
  const later = s.places.filter((p) => p.phase === 'later');
  assert.ok(later.length > 0, 'at the first event, some places are still to come');
  assert.ok(later.some((p) => p.x !== undefined), 'at rest, places still to come are drawn (faintly)');
  await page.keyboard.press('Space');
  s = await frames(page, 3);
  assert.equal(s.playing, true);
  const hidden = s.places.filter((p) => p.phase === 'later');
  assert.ok(hidden.length > 0);
  assert.ok(hidden.every((p) => p.x === undefined), 'while playing, no place still to come is drawn');
  assert.ok(s.places.some((p) => p.phase !== 'later' && p.x !== undefined), 'the current and past places are');
  await screenshot(browser, page, 'map-wide-playing');
  await page.keyboard.press('Space');
  assertClean(seen);
  await context.close();
});

test('phone: the map is a tab of its own, with the places', async () => {
  const { page, context, seen } = await openPage(browser, site.url, { viewport: { width: 375, height: 700 } });
  let s = await waitForApp(page);
  s = await settle(page);
  assert.equal(s.layout, 'narrow');
  assert.equal(s.map.width, 0, 'no map until its tab is chosen');
  assert.ok(s.map.tab && s.map.tab.width > 0, 'a Map tab');
  await page.mouse.click(s.map.tab.x + s.map.tab.width / 2, s.map.tab.y + s.map.tab.height / 2);
  s = await frames(page, 3);
  assert.ok(s.map.width > 300 && s.map.height > 200, `the map fills the tab (${JSON.stringify(s.map)})`);
  assert.ok(s.places.filter((p) => p.x !== undefined).length >= 3, 'places are drawn');
  await screenshot(browser, page, 'map-phone-375');
  const px = await mapPixels(page, s.map);
  console.log('map pixels, phone:', JSON.stringify(px));
  assert.ok(px.outline > 1500, `country outlines (${px.outline} outline pixels)`);
  // A tap on a place filters too.
  const place = lonePlace(s);
  assert.ok(place);
  await page.mouse.click(place.x, place.y);
  s = await frames(page, 3);
  assert.equal(s.placeFilter, place.name);
  assert.equal(s.shown, place.events);
  await screenshot(browser, page, 'map-phone-filtered');
  assertClean(seen);
  await context.close();
});

// --- The map in the accessible mirror -------------------------------------------------------------

test("the screen reader's mirror lists the map's places with their events; choosing one filters as a click does", async () => {
  const { page, context, seen } = await openPage(browser, site.url, { viewport: { width: 1366, height: 768 } });
  await waitForApp(page);
  let s = await settle(page);
  await page.waitForFunction(() => document.querySelectorAll('#dl-map-places [role=listitem]').length > 0, null, { timeout: 5000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const tree = async () => (await cdp.send('Accessibility.getFullAXTree')).nodes.filter((n) => !n.ignored);
  let nodes = await tree();
  const words = (t) => (t || '').replace(/\s+/g, ' ').trim();
  // A list named for the map, with one item per listed place.
  const list = nodes.find((n) => n.role?.value === 'list' && /places of the events/.test(n.name?.value || ''));
  assert.ok(list, 'a list of the map\'s places in the accessibility tree');
  const items = nodes.filter((n) => n.role?.value === 'listitem' && list.childIds.includes(n.nodeId));
  assert.ok(items.length >= 3, `the places are list items (${items.length})`);
  assert.ok(items.length <= Math.min(s.places.length, 30 + 5), `bounded (${items.length} of ${s.places.length} places)`);
  // Each place a button saying its name, its events and, for the current event's places, so.
  const buttons = nodes.filter((n) => n.role?.value === 'button').map((n) => words(n.name?.value));
  for (const p of s.places.slice(0, items.length)) {
    const said = buttons.find((b) => b.startsWith(p.name + (p.country && p.country !== p.name ? ', ' + p.country : '') + ': '));
    assert.ok(said, `a button for ${p.name} (${buttons.filter((b) => / events?/.test(b)).slice(0, 5)})`);
    assert.ok(said.includes(`${p.events} event`), `${said}: its ${p.events} events`);
    assert.equal(said.includes('a place of the current event'), p.phase === 'current', `${said}: phase ${p.phase}`);
  }
  // Its first events are read after it: the current event's headline is under one of its places.
  const texts = nodes.filter((n) => n.role?.value === 'StaticText').map((n) => words(n.name?.value));
  assert.ok(texts.some((t) => /^(First events|Its event): /.test(t)), 'each place\'s first events are read');

  // One Tab stop for the list; Down moves to the next place.
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('#dl-map-places button')].filter((b) => b.tabIndex === 0).length), 1,
               'the places are one Tab stop');
  await page.focus('#dl-map-places button[tabindex="0"]');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('#dl-map-places button')].indexOf(document.activeElement)), 1, 'Down: the next place');
  // Choose a place (a screen reader's activation is a click on the button): only its events.
  const place = s.places.find((p) => p.events < s.events && p.events >= 1);
  const all = s.shown;
  await page.evaluate((name) => [...document.querySelectorAll('#dl-map-places button')]
    .find((b) => b.textContent.startsWith(name + ',') || b.textContent.startsWith(name + ':')).click(), place.name);
  s = await frames(page, 3);
  assert.equal(s.placeFilter, place.name, 'the mirror\'s choice filters to the place');
  assert.equal(s.shown, place.events, 'the timeline shows its events');
  nodes = await tree();
  const pressed = nodes.filter((n) => n.role?.value === 'button' && n.properties?.some((p) => p.name === 'pressed' && p.value.value === 'true'));
  assert.equal(pressed.length, 1, 'one place is pressed');
  assert.ok(words(pressed[0].name?.value).startsWith(place.name), words(pressed[0].name?.value));
  assert.ok(nodes.some((n) => n.role?.value === 'button' && n.name?.value === 'Show every place'), 'a way back');
  await page.waitForFunction((n) => document.getElementById('dl-live').textContent.includes(n), place.name, { timeout: 3000 });
  await page.evaluate(() => document.querySelector('[data-control=map-every-place]').click());
  s = await frames(page, 3);
  assert.equal(s.placeFilter, null);
  assert.equal(s.shown, all);
  assertClean(seen);
  await context.close();
});

// --- The place filter in the URL ------------------------------------------------------------------

test('the place filter lives in the URL (#place=), comes back on load, goes with the chip; a strange one is a notice', async () => {
  let { page, context, seen } = await openPage(browser, site.url, { viewport: { width: 1366, height: 768 } });
  await waitForApp(page);
  let s = await settle(page);
  const place = lonePlace(s);
  assert.ok(place);
  await page.mouse.click(place.x, place.y);
  s = await frames(page, 3);
  assert.equal(s.placeFilter, place.name);
  await page.waitForFunction(() => /[#&]place=/.test(location.hash), null, { timeout: 5000 });
  const link = await page.evaluate(() => location.href);
  assert.equal(new URLSearchParams((new URL(link)).hash.slice(1)).get('place'), place.name, link);
  s = await settle(page);
  assert.equal(s.shown, place.events, 'the place\'s events are shown');
  assertClean(seen);
  await context.close();

  // The link, opened afresh: the same place's events.
  ({ page, context, seen } = await openPage(browser, link, { viewport: { width: 1366, height: 768 } }));
  await waitForApp(page);
  s = await settle(page);
  assert.equal(s.placeFilter, place.name, 'the link\'s place filter is restored');
  assert.equal(s.shown, place.events, 'and only its events');
  await screenshot(browser, page, 'map-place-from-link');
  // The chip in the map clears it, and the URL with it.
  const chip = s.controls['place-chip'];
  assert.ok(chip, `the chip is drawn (${Object.keys(s.controls)})`);
  await page.mouse.click(chip.x + chip.width / 2, chip.y + chip.height / 2);
  s = await frames(page, 3);
  assert.equal(s.placeFilter, null, 'the chip clears the place filter');
  await page.waitForFunction(() => !/[#&]place=/.test(location.hash), null, { timeout: 5000 });
  assertClean(seen);
  await context.close();

  // Strange values: a plain notice each, and every place shown.
  for (const [hash, says] of [['#place=%FF%FE', /place=.*not valid UTF-8/], ['#place=Nowhere%20at%20all', /no place "Nowhere at all"/],
                              ['#place=', /names no place/], ['#place=' + 'x'.repeat(300), /longer than/]]) {
    ({ page, context, seen } = await openPage(browser, site.url + hash));
    await waitForApp(page);
    // (A place the story lacks is looked for once the reader's own articles are handed back.)
    await page.waitForFunction((source) => window.dateline.state().notices.some((n) => new RegExp(source).test(n)), says.source, { timeout: 10000 })
      .catch(() => {});
    s = await settle(page);
    assert.equal(s.placeFilter, null, hash);
    assert.equal(s.shown, s.events, hash);
    assert.ok(s.notices.some((n) => says.test(n)), `${hash}: ${JSON.stringify(s.notices)}`);
    assertClean(seen);
    await context.close();
  }
});

// --- The map in embed mode ------------------------------------------------------------------------

test('embed: the map beside the timeline when wide, beside the event on a tablet, a Map switch in a small frame', async () => {
  for (const viewport of [{ width: 1366, height: 768 }, { width: 768, height: 1024 }, { width: 480, height: 360 }]) {
    const size = `${viewport.width}x${viewport.height}`;
    const { page, context, seen } = await openPage(browser, site.url + '?embed', { viewport });
    await waitForApp(page);
    let s = await settle(page);
    assert.equal(s.layout, 'embed', size);
    // The embed's promise first: headline, date and the passage's first line without scrolling.
    const r = s.reading;
    assert.ok(r && r.dateBottom <= r.bottom && r.passageLineBottom <= Math.min(r.bottom, viewport.height),
              `${size}: the event's start is above the fold (${JSON.stringify(r)})`);
    if (viewport.width >= 1000) {
      assert.ok(s.map.width >= 240, `${size}: the map is open (${JSON.stringify(s.map)})`);
      assert.ok(s.map.x >= s.timeline.x + s.timeline.width, `${size}: beside the timeline`);
      assert.ok(s.map.y < s.timeline.y + s.timeline.height, `${size}: on the timeline's band`);
    } else if (viewport.width >= 640) {
      assert.ok(s.map.width >= 200 && s.map.height >= 200, `${size}: the map is open (${JSON.stringify(s.map)})`);
      assert.ok(s.map.y >= s.timeline.y + s.timeline.height, `${size}: under the timeline`);
      assert.ok(s.map.x > viewport.width * 0.4, `${size}: beside the event, right of it`);
    } else {
      assert.equal(s.map.width, 0, `${size}: no map until it is asked for`);
      const toggle = s.controls['embed-map'];
      assert.ok(toggle && toggle.y + toggle.height <= s.timeline.y, `${size}: a Map switch in the header (${JSON.stringify(toggle)})`);
      await screenshot(browser, page, `map-embed-${size}-event`);
      await page.mouse.click(toggle.x + toggle.width / 2, toggle.y + toggle.height / 2);
      s = await frames(page, 3);
      assert.ok(s.map.width > 300 && s.map.height > 100, `${size}: the switch shows the map (${JSON.stringify(s.map)})`);
      assert.ok(s.map.y >= s.timeline.y + s.timeline.height && s.map.y + s.map.height <= viewport.height + 1, `${size}: in the event's place`);
    }
    const drawn = s.places.filter((p) => p.x !== undefined);
    assert.ok(drawn.length >= 3, `${size}: places are drawn (${drawn.length})`);
    const px = await mapPixels(page, s.map);
    assert.ok(px.outline > 500, `${size}: outlines are drawn (${px.outline} outline pixels)`);
    await screenshot(browser, page, `map-embed-${size}`);
    // A tap on a place filters, in an embed too.
    const place = lonePlace(s);
    assert.ok(place, size);
    await page.mouse.click(place.x, place.y);
    s = await frames(page, 3);
    assert.equal(s.placeFilter, place.name, size);
    if (viewport.width < 640) {
      const toggle = s.controls['embed-map'];
      await page.mouse.click(toggle.x + toggle.width / 2, toggle.y + toggle.height / 2);
      s = await frames(page, 3);
      assert.equal(s.map.width, 0, `${size}: the switch goes back to the event`);
      assert.ok(s.reading && s.reading.dateBottom <= s.reading.bottom, `${size}: the event is shown again`);
    }
    assertClean(seen);
    await context.close();
  }
});

// --- A place filter where the map is out of sight -------------------------------------------------

test('a place chosen on the map is shown (and cleared) on the event view of a phone and of a small embed; the mirror says it in words', async () => {
  for (const [url, viewport] of [[site.url, { width: 375, height: 700 }], [site.url + '?embed', { width: 480, height: 360 }]]) {
    const size = `${url === site.url ? 'phone' : 'embed'} ${viewport.width}x${viewport.height}`;
    const { page, context, seen } = await openPage(browser, url, { viewport });
    await waitForApp(page);
    let s = await settle(page);
    const showMap = s.layout === 'narrow' ? s.map.tab : s.controls['embed-map'];
    assert.ok(showMap, `${size}: a way to the map`);
    await page.mouse.click(showMap.x + showMap.width / 2, showMap.y + showMap.height / 2);
    s = await frames(page, 3);
    const place = lonePlace(s);
    assert.ok(place, size);
    await page.mouse.click(place.x, place.y);
    s = await frames(page, 3);
    assert.equal(s.placeFilter, place.name, size);
    // Back to the event: the chip says the timeline is narrowed to the place.
    const back = s.layout === 'narrow' ? s.controls['tab-event'] : s.controls['embed-map'];
    await page.mouse.click(back.x + back.width / 2, back.y + back.height / 2);
    s = await frames(page, 3);
    assert.equal(s.map.width, 0, `${size}: the event is shown, not the map`);
    const chip = s.controls['place-chip'];
    assert.ok(chip && chip.width > 0, `${size}: the place's chip over the event (${Object.keys(s.controls)})`);
    assert.ok(chip.y >= s.timeline.y + s.timeline.height && chip.y + chip.height <= viewport.height, `${size}: under the timeline (${JSON.stringify(chip)})`);
    assert.ok(s.reading && s.reading.dateBottom <= s.reading.bottom, `${size}: the event's date still shows (${JSON.stringify(s.reading)})`);
    await screenshot(browser, page, `map-chip-${size.replace(/ /g, '-')}`);
    // The mirror's count names the place, never 'match ""'.
    const count = await page.evaluate(() => document.getElementById('dl-events-count').textContent);
    assert.equal(count, `${s.shown} of ${s.events} events: the events of ${place.name}`, size);
    await page.mouse.click(chip.x + chip.width / 2, chip.y + chip.height / 2);
    s = await frames(page, 3);
    assert.equal(s.placeFilter, null, `${size}: the chip clears the place filter`);
    assert.equal(s.controls['place-chip'], undefined, `${size}: and goes`);
    await page.waitForFunction((n) => document.getElementById('dl-events-count').textContent === `${n} events`, s.events, { timeout: 3000 });
    assertClean(seen);
    await context.close();
  }
});
