// The embedding API (wasm/embed_api.js): a host page on another origin (a second port on
// 127.0.0.1) drives the embedded app with postMessage and reads what it posts back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchAndServe, closeAll, root, screenshot, offlinePageUrl } from './support.mjs';
import { serve } from '../../scripts/static_server.mjs';
import { coreReading, waitForMirror, assertReadsAsCore } from './reads.mjs';

let browser, site, host, repo, hostDir, core;
before(async () => {
  core = coreReading();
  ({ browser, site } = await launchAndServe());  // site: the app's origin
  const dir = hostDir = mkdtempSync(join(tmpdir(), 'dateline-host-'));
  // The host: records every message from its frame (and only from it) as data.
  writeFileSync(join(dir, 'host.html'), `<!doctype html><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<iframe id="f" style="width:640px;height:400px;border:0"></iframe>
<script>
  window.received = [];
  const frame = document.getElementById('f');
  window.addEventListener('message', (e) => {
    if (e.source !== frame.contentWindow) return;
    window.received.push({ origin: e.origin, data: e.data });
    const m = e.data && e.data.dateline;
    if (m && m.type === 'height') frame.style.height = m.height + 'px';
  });
  window.send = (message) => frame.contentWindow.postMessage(message, '*');
  frame.src = decodeURIComponent(location.hash.slice(1));
</script>`);
  host = await serve(dir);  // another origin: another port
  repo = await serve(root);  // the example page under docs/, next to dist/
});
after(() => closeAll(browser, site, host, repo));

const origin = (url) => new URL(url).origin;

// The host page on its own origin with the hosted app in its frame; or, with `offline`, the same
// host page from file:// around the offline file, the network off.
async function open(appQuery, { offline = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 }, offline });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => { errors.push('dialog: ' + d.message()); d.dismiss(); });
  if (offline) await page.goto(`${pathToFileURL(join(hostDir, 'host.html')).href}#${encodeURIComponent(offlinePageUrl() + appQuery)}`);
  else await page.goto(`${host.url}host.html#${encodeURIComponent(site.url + appQuery)}`);
  const frame = await (await page.$('#f')).contentFrame();
  await frame.waitForFunction(() => window.dateline && window.dateline.state().ready && window.dateline.state().frames > 0);
  return { context, page, frame, errors };
}

const received = (page, type) => page.evaluate((t) => window.received.filter((r) => r.data.dateline && r.data.dateline.type === t).map((r) => r.data.dateline), type);
const appState = (frame) => frame.evaluate(() => window.dateline.state());

async function waitFor(page, type, check = () => true, timeout = 5000) {
  const start = Date.now();
  for (;;) {
    const found = (await received(page, type)).filter(check);
    if (found.length) return found[found.length - 1];
    if (Date.now() - start > timeout) assert.fail(`no '${type}' message matching: ${JSON.stringify(await page.evaluate(() => window.received))}`.slice(0, 1500));
    await page.waitForTimeout(50);
  }
}

test('a host on another origin reads ready, select and height, and drives the app', async () => {
  const { context, page, frame, errors } = await open(`?embed&origins=${encodeURIComponent(origin(host.url))}`);
  let s = await appState(frame);
  const ready = await waitFor(page, 'ready');
  assert.equal(ready.version, 1);
  assert.equal(ready.events, s.events);
  assert.ok(s.events > 10);
  // The first selection, as the app shows it.
  let select = await waitFor(page, 'select');
  assert.equal(select.event, s.selected);
  assert.equal(select.date, s.selectedDate);
  assert.equal(select.headline, s.selectedTitle);
  // Every message came from the app's origin.
  const origins = await page.evaluate(() => [...new Set(window.received.map((r) => r.origin))]);
  assert.deepEqual(origins, [origin(site.url)]);

  // height: the host sizes the frame to it, and then the reading panel needs no scrolling.
  const height = await waitFor(page, 'height');
  assert.ok(height.height >= 320 && height.height <= 1600, `height ${height.height}`);
  await page.waitForFunction((h) => document.getElementById('f').getBoundingClientRect().height === h, height.height);
  await frame.waitForFunction(() => window.dateline.state().scroll.reading && window.dateline.state().scroll.reading.max <= 2, null, { timeout: 5000 })
    .catch(async () => assert.fail(`the reading panel still scrolls at the wanted height: ${JSON.stringify((await appState(frame)).scroll)}`));

  // goto an event id: a select message names it.
  const last = await frame.evaluate(() => { const m = window.dateline.markers(); return m[m.length - 1].events[0]; });
  await page.evaluate((id) => window.send({ dateline: { type: 'goto', event: id } }), last);
  select = await waitFor(page, 'select', (m) => m.event === last);
  s = await appState(frame);
  assert.equal(s.selected, last);
  assert.equal(select.headline, s.selectedTitle);
  // goto a date.
  await page.evaluate(() => window.send({ dateline: { type: 'goto', date: '2017-07-10' } }));
  await frame.waitForFunction(() => window.dateline.state().playhead === '2017-07-10');
  // play, pause.
  await page.evaluate(() => window.send({ dateline: { type: 'play' } }));
  await frame.waitForFunction(() => window.dateline.state().playing === true);
  await page.evaluate(() => window.send({ dateline: { type: 'pause' } }));
  await frame.waitForFunction(() => window.dateline.state().playing === false);
  // filter.
  await page.evaluate(() => window.send({ dateline: { type: 'filter', text: 'Raqqa' } }));
  await frame.waitForFunction(() => window.dateline.state().filter === 'Raqqa');
  s = await appState(frame);
  assert.ok(s.shown > 0 && s.shown < s.events, `the filter keeps ${s.shown} of ${s.events}`);
  // view: the app shows the range and says so once it settles.
  await page.evaluate(() => window.send({ dateline: { type: 'view', from: '2017-07-01', to: '2017-09-30' } }));
  await waitFor(page, 'view', (m) => m.from === '2017-07-01' && m.to === '2017-09-30');
  s = await appState(frame);
  assert.equal(s.view.from, '2017-07-01');
  assert.equal(s.view.to, '2017-09-30');
  // A command it cannot follow is answered with an error naming it.
  await page.evaluate(() => window.send({ dateline: { type: 'goto', event: 'no-such-event' } }));
  const error = await waitFor(page, 'error');
  assert.equal(error.command, 'goto');
  await screenshot(browser, page, 'embed-api-host');
  assert.deepEqual(errors, []);
  await context.close();
});

test('hostile or foreign messages do nothing harmful', async () => {
  const { context, page, frame, errors } = await open('?embed');
  await waitFor(page, 'ready');
  const before = await appState(frame);
  const send = (m) => page.evaluate((x) => window.send(x), m);
  // Markup in a filter is text for the app: no element, no script.
  const markup = '<img src=x onerror="window.parent.pwned=1;window.pwned=1">';
  await send({ dateline: { type: 'filter', text: markup } });
  await frame.waitForFunction((t) => window.dateline.state().filter === t, markup);
  assert.equal(await frame.evaluate(() => document.querySelectorAll('img').length), 0);
  await page.waitForTimeout(300);
  assert.equal(await frame.evaluate(() => window.pwned), undefined);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await send({ dateline: { type: 'filter', text: '' } });
  await frame.waitForFunction(() => window.dateline.state().filter === '');
  // Wrong types and sizes: refused with an error, the app unchanged.
  const errorsBefore = (await received(page, 'error')).length;
  for (const bad of [
    { type: 'goto', event: { toString: null } }, { type: 'goto', event: 42 }, { type: 'goto', date: '2017-13-45x' },
    { type: 'filter', text: ['Raqqa'] }, { type: 'filter', text: 'x'.repeat(10000) },
    { type: 'view', from: '2019-01-01', to: '2017-01-01' }, { type: 'view', from: 20170101, to: '2018-01-01' },
    { type: 'launch-missiles' },
  ]) await send({ dateline: bad });
  await page.waitForFunction((n) => window.received.filter((r) => r.data.dateline && r.data.dateline.type === 'error').length >= n + 8, errorsBefore);
  // Not namespaced, not an object, a namespace that is no object: ignored, no answer.
  for (const ignored of [{ type: 'play' }, 'play', JSON.stringify({ dateline: { type: 'play' } }), { dateline: 'play' }, { dateline: null }, null]) await send(ignored);
  // From the frame itself, not its parent: ignored.
  await frame.evaluate(() => window.postMessage({ dateline: { type: 'play' } }, '*'));
  await page.waitForTimeout(500);
  const after = await appState(frame);
  assert.equal(after.playing, false, 'nothing started playback');
  assert.equal(after.filter, '');
  assert.equal(after.selected, before.selected);
  assert.equal(after.view.from, before.view.from);
  assert.equal((await received(page, 'error')).length, errorsBefore + 8, 'only the eight bad commands were answered');
  assert.deepEqual(errors, []);
  await context.close();
});

test('with ?origins, a host whose origin is not listed is neither heard nor told', async () => {
  const { context, page, frame, errors } = await open(`?embed&origins=${encodeURIComponent('https://news.example,' + origin(repo.url))}`);
  await page.waitForTimeout(800);
  assert.deepEqual(await page.evaluate(() => window.received), [], 'no message reached the unlisted host');
  await page.evaluate(() => window.send({ dateline: { type: 'play' } }));
  await page.evaluate(() => window.send({ dateline: { type: 'filter', text: 'Raqqa' } }));
  await page.waitForTimeout(500);
  const s = await appState(frame);
  assert.equal(s.playing, false, 'the command was ignored');
  assert.equal(s.filter, '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the example page under docs/ sizes the frame, shows the event and drives the app', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${repo.url}docs/embed-example.html`);
  const frame = await (await page.$('iframe')).contentFrame();
  await frame.waitForFunction(() => window.dateline && window.dateline.state().ready && window.dateline.state().frames > 0);
  let s = await appState(frame);
  await page.waitForFunction((t) => document.getElementById('headline').textContent === t, s.selectedTitle);
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height !== 480);
  await page.click('#play');
  await frame.waitForFunction(() => window.dateline.state().playing);
  await page.click('#pause');
  await frame.waitForFunction(() => !window.dateline.state().playing);
  await page.fill('#filter', 'Mosul');
  await page.click('#apply-filter');
  await frame.waitForFunction(() => window.dateline.state().filter === 'Mosul');
  await page.fill('#target', '2017-07-10');
  await page.click('#goto');
  await frame.waitForFunction(() => window.dateline.state().playhead === '2017-07-10');
  s = await appState(frame);
  await page.waitForFunction((t) => document.getElementById('headline').textContent === t, s.selectedTitle);
  await screenshot(browser, page, 'embed-example-page');
  assert.deepEqual(errors, []);
  await context.close();
});

// The offline single file works as an embed too (a newsroom's page saved with it, or an intranet
// without the network): ready, select with the event the core found, height, and commands.
test('the offline file in a file:// host page: ready, select, height and goto, the network off', async () => {
  const { context, page, frame, errors } = await open('?embed', { offline: true });
  let s = await appState(frame);
  const ready = await waitFor(page, 'ready');
  assert.equal(ready.events, core.events.size, 'as many events as the core finds');
  const select = await waitFor(page, 'select');
  assert.equal(select.event, s.selected);
  assert.equal(select.headline, core.events.get(s.selected).title, "the headline posted is the core's");
  assert.equal(select.date, core.events.get(s.selected).start);
  const height = await waitFor(page, 'height');
  assert.ok(height.height >= 320 && height.height <= 1600, `height ${height.height}`);
  const ids = [...core.events.keys()];
  const target = ids[Math.floor(ids.length / 3)];
  await page.evaluate((id) => window.send({ dateline: { type: 'goto', event: id } }), target);
  await waitFor(page, 'select', (m) => m.event === target);
  await waitForMirror(frame);
  await assertReadsAsCore(frame, core, 'offline embed after goto');
  assert.deepEqual(errors, []);
  await context.close();
});
