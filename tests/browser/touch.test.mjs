// Touch on a phone and in an embed: real touch events sent through Chromium's input pipeline
// (CDP Input.dispatchTouchEvent) to a mobile context, checked through window.dateline.state()
// and what the accessible mirror reads. The key checks run on the hosted page and on the offline
// file (file://, the network off), and in embed mode from a host page of each.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchAndServe, closeAll, offlinePageUrl, waitForApp, settle, state, inputRead, screenshot } from './support.mjs';
import { coreReading, waitForMirror, assertReadsAsCore } from './reads.mjs';
import { serve } from '../../scripts/static_server.mjs';

let browser, site, core;
before(async () => {
  core = coreReading();
  ({ browser, site } = await launchAndServe());
});
after(() => closeAll(browser, site));

// The hosted page over http, and the offline single file from file:// with the network off.
const targets = [
  { name: 'hosted', url: () => site.url, offline: false },
  { name: 'offline file', url: () => offlinePageUrl(), offline: true },
];

async function phone(target = targets[0]) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true,
                                             offline: target.offline });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(target.url());
  await waitForApp(page);
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, errors };
}

const touch = (cdp, type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });

// A finger's tap: down and up with nothing between, as fast as a phone sends them.
async function tap(cdp, x, y) {
  await touch(cdp, 'touchStart', [{ x, y, id: 1 }]);
  await touch(cdp, 'touchEnd', []);
}

// A swipe from (x, y0) to (x1, y1) in `steps` moves about 16 ms apart; the finger lifts while moving.
async function swipe(cdp, page, x, y0, y1, { steps = 10, x1 = x } = {}) {
  await touch(cdp, 'touchStart', [{ x, y: y0, id: 2 }]);
  for (let i = 1; i <= steps; i++) {
    await touch(cdp, 'touchMove', [{ x: x + ((x1 - x) * i) / steps, y: y0 + ((y1 - y0) * i) / steps, id: 2 }]);
    await page.waitForTimeout(16);
  }
  await touch(cdp, 'touchEnd', []);
}

// A flick made in the page itself: touch events at a steady 16 ms, whatever the load on the
// machine running the test (CDP's round trips can take most of a second each when it is busy,
// which makes any swipe a slow drag). The app reads them as it reads a finger's.
// With `rest`, the finger stays still that many ms before lifting.
async function flick(page, x, y0, y1, { steps = 8, rest = 0 } = {}) {
  await page.evaluate(async ([x, y0, y1, steps, rest]) => {
    const canvas = document.getElementById('canvas');
    const at = (y) => new Touch({ identifier: 7, target: canvas, clientX: x, clientY: y, pageX: x, pageY: y, screenX: x, screenY: y });
    const send = (type, touches, changed) => canvas.dispatchEvent(new TouchEvent(type, {
      touches, targetTouches: touches, changedTouches: changed, bubbles: true, cancelable: true }));
    const pause = () => new Promise((ok) => setTimeout(ok, 16));
    let t = at(y0);
    send('touchstart', [t], [t]);
    for (let i = 1; i <= steps; i++) {
      await pause();
      t = at(y0 + ((y1 - y0) * i) / steps);
      send('touchmove', [t], [t]);
    }
    if (rest) await new Promise((ok) => setTimeout(ok, rest));  // else it lifts while moving, as a flick does
    send('touchend', [], [t]);
  }, [x, y0, y1, steps, rest]);
}

// Where the narrow layout's tabs are ("Event", then "All events"): the middles of the places the
// app reports for them (state().controls), not a guess at what sits under the timeline.
function tabs(s) {
  const middle = (name) => {
    const r = s.controls[name];
    assert.ok(r && r.width > 0 && r.height > 0, `the "${name}" tab is drawn: ${JSON.stringify(r)}`);
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  };
  return { event: middle('tab-event'), list: middle('tab-list') };
}

async function until(page, check, what, timeout = 5000) {
  const start = Date.now();
  for (;;) {
    const s = await state(page);
    if (check(s)) return s;
    if (Date.now() - start > timeout) assert.fail(`${what}: ${JSON.stringify({ tab: s.tab, scroll: s.scroll, selected: s.selected })}`);
    await page.waitForTimeout(50);
  }
}

// (On the hosted page only: the offline file's taps are checked by the tap on a listed event below.)
test('phone: ten taps on the tabs switch them ten times', async () => {
  const { context, page, cdp, errors } = await phone();
  let s = await settle(page);
  assert.equal(s.layout, 'narrow');
  assert.equal(s.tab, 'event');
  const at = tabs(s);
  let switched = 0;
  for (let i = 0; i < 10; i++) {
    const want = i % 2 === 0 ? 'list' : 'event';
    await tap(cdp, at[want].x, at[want].y);
    // The next tap comes once this one is read (a person's taps are a few hundred ms apart).
    s = await until(page, (x) => x.tab === want, `tap ${i + 1} on the ${want} tab`, 3000).catch(() => null);
    if (s) switched++;
  }
  assert.equal(switched, 10, `taps that switched the tab: ${switched} of 10`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('phone: a finger drags the event list, the reading panel and the article, and a flick keeps gliding', async () => {
  const { context, page, cdp, errors } = await phone();
  let s = await settle(page);
  const at = tabs(s);
  const x = 180;

  // The event list: drag up, and the rows follow; lifted while moving, they glide on.
  await tap(cdp, at.list.x, at.list.y);
  s = await until(page, (x) => x.tab === 'list' && x.scroll.list && x.scroll.list.max > 0, 'the list is shown');
  // The finger moves 300 px within the list's rows (where the app reports the list, state().controls),
  // and the same 300 px over the reading panel and the article below the tabs.
  const rows = s.controls.list;
  assert.ok(rows && rows.height > 300, `the list is taller than the swipe: ${JSON.stringify(rows)}`);
  const bottom = rows.y + rows.height - 8, top = bottom - 300;
  const selected = s.selected;
  assert.ok(s.scroll.list.max > 300, `the list has room to scroll: ${s.scroll.list.max}`);
  const listBefore = s.scroll.list.y;
  await flick(page, x, bottom, top);  // 8 moves of 37.5 px up
  const atLift = (await inputRead(page)).scroll.list.y;  // (a loaded machine draws the moves' frames late)
  assert.ok(atLift - listBefore > 150, `the list followed the finger: ${listBefore} -> ${atLift}`);
  s = await settle(page);
  await page.waitForTimeout(500);
  s = await state(page);
  // Following the finger alone moves it 262.5 px (the first move, past the slop, starts the drag);
  // the glide adds to that. (How much depends on the finger's speed, which a busy machine slows.)
  assert.ok(s.scroll.list.y - listBefore > 262.5 + 3, `the list glided on after the finger lifted: ${listBefore} -> ${atLift} -> ${s.scroll.list.y}`);
  assert.equal(s.selected, selected, 'a swipe over the rows selects nothing');
  assert.equal(s.tab, 'list');
  await screenshot(browser, page, 'touch-list-scrolled');

  // Back down, resting before lifting: the list moves exactly with the finger and stops.
  const before = s.scroll.list.y;
  await flick(page, x, top, top + 100, { steps: 10, rest: 2000 });
  s = await settle(page);
  // The first 10 px move starts the drag (past the 8 px slop); the nine after it move the list.
  assert.ok(Math.abs(before - s.scroll.list.y - 90) < 6, `dragged down 90 px: ${before} -> ${s.scroll.list.y}`);

  // The reading panel.
  await tap(cdp, at.event.x, at.event.y);
  s = await until(page, (x) => x.tab === 'event' && x.scroll.reading && x.scroll.reading.max > 0, 'the event is shown');
  assert.ok(s.scroll.reading.max > 100, `the reading panel has room to scroll: ${s.scroll.reading.max}`);
  const readingBefore = s.scroll.reading.y;
  await swipe(cdp, page, x, bottom, top);
  s = await until(page, (x) => x.scroll.reading.y - readingBefore > 150, 'the reading panel followed the finger');

  // The article view (Enter opens the current event's article; the canvas has the focus since the taps).
  await page.keyboard.press('Enter');
  s = await until(page, (x) => x.articleOpen && x.scroll.article && x.scroll.article.max > 0, 'the article is open');
  // It opens with the passage in view: drag towards the side with more room.
  const articleBefore = s.scroll.article.y, room = Math.max(s.scroll.article.max - articleBefore, articleBefore);
  const up = s.scroll.article.max - articleBefore >= articleBefore;
  await flick(page, x, up ? bottom : top, up ? top : bottom, { rest: 1500 });
  const want = Math.min(150, room * 0.8);
  s = await until(page, (x) => Math.abs(x.scroll.article.y - articleBefore) > want, `the article followed the finger (${want} px)`);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const target of targets) test(`${target.name}, phone: a tap on an event in the list selects it and shows it`, async () => {
  const { context, page, cdp, errors } = await phone(target);
  let s = await settle(page);
  const at = tabs(s);
  await tap(cdp, at.list.x, at.list.y);
  s = await until(page, (x) => x.tab === 'list', 'the list is shown');
  const before = s.selected;
  // Rows are about 40 px tall under the filter box: tap the first rows until one is another event.
  let tapped = null;
  for (const dy of [70, 115, 160, 205]) {
    await tap(cdp, 180, at.list.y + dy);
    s = await until(page, (x) => x.tab === 'event', `the tapped event is shown (row at +${dy})`, 3000);
    if (s.selected !== before) { tapped = s; break; }
    await tap(cdp, at.list.x, at.list.y);
    await until(page, (x) => x.tab === 'list', 'the list again');
  }
  assert.ok(tapped, 'a tap on another row selected its event');
  // What the reader now reads is that event as the core found it.
  await waitForMirror(page);
  await assertReadsAsCore(page, core, `${target.name}: the tapped event`);
  assert.deepEqual(errors, []);
  await context.close();
});

// A host page (an article on a phone) with the app embedded near its top, much taller than the
// screen: served from the app's origin, or (offline) a file:// page around the offline file.
async function hostWithEmbed(contextOptions, target = targets[0], frameHeight = 480) {
  const context = await browser.newContext({ ...contextOptions, offline: target.offline });
  const page = await context.newPage();
  const body = (src) => `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
           <title>Article</title><link rel="icon" href="data:,"><style>body{margin:0;font:16px serif}p{margin:16px}</style>
           <p>An article with a timeline.</p>
           <iframe id="f" title="Timeline" src="${src}" style="display:block;width:100%;height:${frameHeight}px;border:0"></iframe>
           <p style="height:3000px">The rest of the article.</p>`;
  if (target.offline) {
    const file = join(mkdtempSync(join(tmpdir(), 'dateline-article-')), 'article.html');
    writeFileSync(file, body(offlinePageUrl() + '?embed'));
    await page.goto(pathToFileURL(file).href);
  } else {
    await page.route(site.url + 'article.html', (route) => route.fulfill({ contentType: 'text/html', body: body(site.url + '?embed') }));
    await page.goto(site.url + 'article.html');
  }
  const frame = await (await page.$('#f')).contentFrame();
  await frame.waitForFunction(() => window.dateline && window.dateline.state().ready && window.dateline.state().frames > 0);
  const box = await (await page.$('#f')).boundingBox();
  return { context, page, frame, box };
}

const phoneHost = { viewport: { width: 390, height: 760 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };

for (const target of targets) test(`${target.name}, embed on a phone: a vertical swipe over the timeline scrolls the host page; a sideways one pans the timeline`, async () => {
  const { context, page, frame, box } = await hostWithEmbed(phoneHost, target);
  const cdp = await context.newCDPSession(page);
  let s = await frame.evaluate(() => window.dateline.state());
  assert.equal(s.layout, 'embed');
  const x = box.x + s.timeline.x + s.timeline.width / 2, y = box.y + s.timeline.y + s.timeline.height / 2;
  const from = s.view.from;
  await swipe(cdp, page, x, y + 100, y - 100);
  await page.waitForTimeout(500);
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.ok(scrolled > 50, `the host page scrolled: ${scrolled}`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(200);
  // Sideways: the timeline pans, the host stays.
  await swipe(cdp, page, x + 120, y, y, { x1: x - 120 });
  await page.waitForTimeout(600);
  s = await frame.evaluate(() => window.dateline.state());
  assert.notEqual(s.view.from, from, 'the timeline panned');
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the host page did not scroll sideways or down');
  await waitForMirror(frame);
  await assertReadsAsCore(frame, core, `${target.name} embed`);
  await context.close();
});

// In an embed the reading panel keeps a swipe while it has more to show (the finger reads on);
// once the host gives the frame the height it wants, nothing scrolls there and the same swipe
// scrolls the host page. Two fingers over the timeline zoom it, never the host page.
test('embed on a phone: a swipe over the reading panel scrolls it while it scrolls, else the host page; a pinch zooms the timeline only', async () => {
  const { context, page, frame, box } = await hostWithEmbed(phoneHost);
  const cdp = await context.newCDPSession(page);
  let s = await frame.evaluate(() => window.dateline.state());
  assert.equal(s.layout, 'embed');
  assert.ok(s.scroll.reading && s.scroll.reading.max > 60, `the reading panel scrolls in a ${box.height} px frame: ${JSON.stringify(s.scroll)}`);
  // The reading panel: under the timeline and its overview strip, down to the frame's foot.
  const top = s.overview ? s.overview.y + s.overview.height : s.timeline.y + s.timeline.height;
  const x = box.x + box.width / 2, y0 = box.y + box.height - 20, y1 = Math.max(box.y + top + 20, y0 - 200);
  assert.ok(y0 - y1 > 80, `room to swipe over the reading panel: ${y0} -> ${y1}`);
  const before = s.scroll.reading.y;
  await swipe(cdp, page, x, y0, y1);
  await page.waitForTimeout(500);
  s = await frame.evaluate(() => window.dateline.state());
  assert.ok(s.scroll.reading.y - before > 40, `the reading panel followed the finger: ${before} -> ${s.scroll.reading.y}`);
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the host page stayed');
  // The host sizes the frame to what the app wants: the panel has nothing more to show.
  await page.evaluate(() => { document.getElementById('f').style.height = '1500px'; });
  await frame.waitForFunction(() => window.dateline.state().scroll.reading.max <= 2, null, { timeout: 5000 });
  const tall = await (await page.$('#f')).boundingBox();
  s = await frame.evaluate(() => window.dateline.state());
  // The host page scrolled so that the reading panel's top is 100 px down the screen.
  const panelTop = tall.y + (s.overview ? s.overview.y + s.overview.height : s.timeline.y + s.timeline.height);
  await page.evaluate((y) => window.scrollTo(0, y), panelTop - 100);
  await page.waitForTimeout(200);
  const start = await page.evaluate(() => window.scrollY);
  assert.ok(start > 0, 'the host page scrolled to the reading panel');
  await swipe(cdp, page, x, 500, 300);
  await page.waitForTimeout(500);
  const scrolled = await page.evaluate(() => window.scrollY) - start;
  assert.ok(scrolled > 50, `over a reading panel that does not scroll, the swipe scrolled the host page: ${scrolled}`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(200);
  // A pinch over the timeline.
  s = await frame.evaluate(() => window.dateline.state());
  const cx = tall.x + s.timeline.x + s.timeline.width / 2, cy = tall.y + s.timeline.y + s.timeline.height / 2;
  const days = s.view.days;
  await touch(cdp, 'touchStart', [{ x: cx - 30, y: cy, id: 1 }, { x: cx + 30, y: cy, id: 2 }]);
  for (let i = 1; i <= 10; i++) {
    await touch(cdp, 'touchMove', [{ x: cx - 30 - i * 10, y: cy, id: 1 }, { x: cx + 30 + i * 10, y: cy, id: 2 }]);
    await page.waitForTimeout(16);
  }
  await touch(cdp, 'touchEnd', []);
  await page.waitForTimeout(600);
  s = await frame.evaluate(() => window.dateline.state());
  assert.ok(s.view.days < days * 0.8, `the pinch zoomed the timeline in: ${days} -> ${s.view.days} days`);
  const host = await page.evaluate(() => ({ scale: window.visualViewport.scale, y: window.scrollY }));
  assert.deepEqual(host, { scale: 1, y: 0 }, 'the host page neither zoomed nor scrolled');
  await screenshot(browser, page, 'touch-embed-pinched');
  await context.close();
});

// A scroll chain, as the browser's own: the reading panel keeps a vertical swipe while it can
// still scroll that way; once it is at its end, the next swipe that way scrolls the host page (on
// another origin here, as a newsroom's page is), and a swipe back scrolls the panel back first.
// (Before, a panel that scrolled at all kept every swipe: at its end the host page never moved.)
test('embed on a phone, host on another origin: a swipe over the reading panel at its end scrolls the host page, as a scroll chain does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-chain-'));
  writeFileSync(join(dir, 'article.html'), `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Article</title><link rel="icon" href="data:,"><style>body{margin:0;font:16px serif}p{margin:16px}</style>
<p style="height:200px">An article with a timeline.</p>
<iframe id="f" title="Timeline" src="${site.url}?embed" style="display:block;width:100%;height:480px;border:0"></iframe>
<p style="height:3000px">The rest of the article.</p>`);
  const host = await serve(dir);  // another port: another origin
  try {
    const context = await browser.newContext(phoneHost);
    const page = await context.newPage();
    await page.goto(host.url + 'article.html');
    const frame = await (await page.$('#f')).contentFrame();
    await frame.waitForFunction(() => window.dateline && window.dateline.state().ready && window.dateline.state().frames > 0);
    assert.notEqual(new URL(frame.url()).origin, new URL(page.url()).origin, 'the app is on another origin than the host');
    const cdp = await context.newCDPSession(page);
    // The host page scrolled so that the frame's foot is on screen; the panel's scroll once the
    // app rests (no glide, no input unread: what the next touch finds).
    await page.evaluate(() => window.scrollTo(0, 150));
    const panel = async () => (await settle(frame)).scroll.reading;
    const hostY = () => page.evaluate(() => window.scrollY);
    // A 160 px swipe over the middle of the reading panel (the lower half of the frame), as seen now.
    const swipeOverPanel = async (up) => {
      const box = await (await page.$('#f')).boundingBox();
      const x = box.x + box.width / 2, mid = box.y + box.height * 0.72;
      await swipe(cdp, page, x, up ? mid + 80 : mid - 80, up ? mid - 80 : mid + 80);
      await page.waitForTimeout(300);
    };
    let r = await panel();
    assert.ok(r.max > 60 && r.y === 0, `the reading panel scrolls in the frame, from its top: ${JSON.stringify(r)}`);
    // Up: the panel moves on to its end, the host page stays.
    const start = await hostY();
    for (let i = 0; i < 15 && r.y < r.max - 0.5; i++) {
      const before = r.y;
      await swipeOverPanel(true);
      r = await panel();
      assert.ok(r.y > before, `swipe ${i + 1} up moved the panel on: ${before} -> ${r.y} of ${r.max}`);
      assert.equal(await hostY(), start, `swipe ${i + 1} up: the host page stayed while the panel had more to show`);
    }
    assert.ok(r.y >= r.max - 0.5, `the panel reached its end: ${JSON.stringify(r)}`);
    // At its end: the next swipe up scrolls the host page; the panel stays at its end.
    await swipeOverPanel(true);
    const chained = await hostY() - start;
    assert.ok(chained > 50, `at the panel's end a swipe up scrolled the host page: ${chained} px`);
    r = await panel();
    assert.ok(r.y >= r.max - 0.5, `the panel stayed at its end: ${JSON.stringify(r)}`);
    // Down: the panel scrolls back first, the host page stays; at the panel's top, the host page scrolls back.
    const scrolled = await hostY();
    await swipeOverPanel(false);
    r = await panel();
    assert.ok(r.y < r.max - 40, `a swipe down scrolled the panel back: ${JSON.stringify(r)}`);
    assert.equal(await hostY(), scrolled, 'and not the host page');
    for (let i = 0; i < 15 && r.y > 0.5; i++) { await swipeOverPanel(false); r = await panel(); }
    assert.ok(r.y <= 0.5, `the panel is back at its top: ${JSON.stringify(r)}`);
    const top = await hostY();
    await swipeOverPanel(false);
    assert.ok(top - await hostY() > 50, `at the panel's top a swipe down scrolled the host page back: ${top} -> ${await hostY()}`);
    await waitForMirror(frame);
    await assertReadsAsCore(frame, core, 'embed on another origin, after the swipes');
    await context.close();
  } finally {
    host.server.close();
  }
});

test('embed with a mouse: the wheel scrolls the host page until a click in the frame (or with Ctrl); a hint says so', async () => {
  const { context, page, frame, box } = await hostWithEmbed({ viewport: { width: 900, height: 700 } });
  let s = await frame.evaluate(() => window.dateline.state());
  const days = s.view.days;
  const x = box.x + s.timeline.x + s.timeline.width / 2, y = box.y + s.timeline.y + s.timeline.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.wheel(0, 300);
  await page.waitForTimeout(400);
  assert.ok(await page.evaluate(() => window.scrollY) > 100, 'the wheel scrolled the host page');
  assert.ok(await frame.evaluate(() => document.getElementById('dateline-wheel-hint').classList.contains('shown')), 'the hint shows');
  await screenshot(browser, page, 'embed-wheel-hint');
  s = await frame.evaluate(() => window.dateline.state());
  assert.equal(s.view.days, days, 'the timeline did not zoom');
  // Ctrl + wheel zooms.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(200);
  await page.mouse.move(x, y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await page.waitForTimeout(600);
  s = await frame.evaluate(() => window.dateline.state());
  assert.ok(s.view.days < days, `Ctrl + wheel zoomed in: ${days} -> ${s.view.days}`);
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'and the host page stayed');
  // After a click in the frame, the plain wheel zooms too.
  const zoomed = s.view.days;
  await page.mouse.click(box.x + 8, box.y + 8);
  await page.mouse.move(x, y);
  await page.mouse.wheel(0, 200);
  await page.waitForTimeout(600);
  s = await frame.evaluate(() => window.dateline.state());
  assert.ok(s.view.days > zoomed, `after a click the wheel zooms: ${zoomed} -> ${s.view.days}`);
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'and the host page stays');
  await context.close();
});
