// The first page: it loads, runs the core on the bundled articles, draws, and stays on its origin.
// Hosted over http from 127.0.0.1, and the offline single file from file:// with the network off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, offlinePageUrl, openPage, waitForApp, screenshot } from './support.mjs';

let browser, site;
before(async () => {
  browser = await launch();
  site = await serveDist();
});
after(async () => {
  await browser?.close();
  site?.server.close();
});

function assertClean(seen) {
  assert.deepEqual(seen.consoleErrors, [], 'console errors');
  assert.deepEqual(seen.pageErrors, [], 'uncaught page errors');
  assert.deepEqual(seen.foreignRequests, [], 'requests to other origins');
}

async function checkLoadedApp(page, seen, name) {
  const s = await waitForApp(page);
  assert.equal(s.articles, 5, 'the five bundled articles are loaded');
  assert.deepEqual(s.errors, [], 'no errors reported by the app');
  for (const key of ['ready', 'articles', 'events', 'selected', 'playhead', 'view', 'errors'])
    assert.ok(key in s, `state() has "${key}"`);
  assert.equal(await page.locator('#status').isHidden(), true, 'the loading message is gone');
  const shot = await screenshot(browser, page, name);
  assert.ok(shot.inkFraction > 0.01, `the canvas shows something (${(shot.inkFraction * 100).toFixed(2)}% ink)`);
  assert.ok(shot.colours > 16, `text is drawn, antialiased (${shot.colours} colours)`);
  assertClean(seen);
  return shot;
}

test('hosted page over http from 127.0.0.1', async () => {
  site.requests.length = 0;
  const { page, context, seen } = await openPage(browser, site.url);
  await checkLoadedApp(page, seen, 'hosted-1280x800');
  const notFound = [];
  for (const path of site.requests) if (!['/', '/index.html', '/dateline.css', '/dateline.js', '/dateline.wasm'].includes(path)) notFound.push(path);
  assert.deepEqual(notFound, [], 'the page asks for nothing but its own four files (no favicon 404)');
  await context.close();
});

test('hosted page on a HiDPI screen renders at device pixels', async () => {
  const { page, context, seen } = await openPage(browser, site.url, { deviceScaleFactor: 2, viewport: { width: 800, height: 600 } });
  const s = await waitForApp(page);
  assert.equal(s.pixelRatio, 2);
  const size = await page.evaluate(() => { const c = document.getElementById('canvas'); return [c.width, c.height]; });
  assert.deepEqual(size, [1600, 1200], 'the canvas buffer is CSS size x devicePixelRatio');
  const shot = await screenshot(browser, page, 'hosted-800x600@2x');
  assert.equal(shot.width, 1600);
  assertClean(seen);
  await context.close();
});

test('offline single file from file:// with the network off', async () => {
  const { page, context, seen } = await openPage(browser, offlinePageUrl(), { offline: true });
  await checkLoadedApp(page, seen, 'offline-1280x800');
  assert.deepEqual(seen.failedRequests, [], 'no request failed');
  await context.close();
});
