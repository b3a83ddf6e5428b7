// The first page: it loads, runs the core on the bundled articles, draws, and stays on its origin.
// Hosted over http from 127.0.0.1, and the offline single file from file:// with the network off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchAndServe, closeAll, offlinePageUrl, openPage, waitForApp, screenshot, cspViolations, assertClean } from './support.mjs';
import { coreReading, waitForMirror, assertReadsAsCore } from './reads.mjs';

let browser, site, core;
before(async () => {
  core = coreReading();  // the native CLI's reading of the same bundled articles
  ({ browser, site } = await launchAndServe());
});
after(() => closeAll(browser, site));

async function checkLoadedApp(page, seen, name) {
  const s = await waitForApp(page);
  assert.equal(s.articles, 5, 'the five bundled articles are loaded');
  assert.deepEqual(s.errors, [], 'no errors reported by the app');
  for (const key of ['ready', 'articles', 'events', 'selected', 'playhead', 'view', 'errors'])
    assert.ok(key in s, `state() has "${key}"`);
  // What the page found and shows is what the core finds: as many events, and the event shown
  // first reads (headline, date, passages, outlets) as the core's.
  assert.equal(s.events, core.events.size, 'the page finds the events the core finds');
  assert.equal(s.shown, s.events, 'and shows them all');
  await waitForMirror(page);
  await assertReadsAsCore(page, core, name);
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
  for (const path of site.requests) if (!['/', '/index.html', '/dateline.wasm'].includes(path)) notFound.push(path);
  assert.deepEqual(notFound, [], 'the page asks for nothing but itself and its engine (no favicon 404)');
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
  assert.ok(shot.inkFraction > 0.01 && shot.colours > 16, `drawn, with antialiased text (${shot.colours} colours)`);
  await waitForMirror(page);
  await assertReadsAsCore(page, core, 'HiDPI');
  assertClean(seen);
  await context.close();
});

test('offline single file from file:// with the network off', async () => {
  const { page, context, seen } = await openPage(browser, offlinePageUrl(), { offline: true });
  await checkLoadedApp(page, seen, 'offline-1280x800');
  assert.deepEqual(seen.failedRequests, [], 'no request failed');
  // The gzip decoder the page carries for browsers without DecompressionStream is not run in one
  // that has it (run, it builds its tables before the engine's script can start the compile).
  assert.equal(await page.evaluate(() => typeof self.fflate), 'undefined', 'fflate was not run');
  await context.close();
});

// The offline file carries its engine gzip'd; browsers without DecompressionStream (Safari before
// 16.4, on older school tablets) unzip it with the decoder the build puts in the page's script.
test('offline single file in a browser without DecompressionStream: the engine is unzipped by the page itself', async () => {
  const { page, context, seen } = await openPage(browser, offlinePageUrl(),
    { offline: true, initScript: () => { delete window.DecompressionStream; } });
  const s = await waitForApp(page);
  assert.equal(await page.evaluate(() => typeof DecompressionStream), 'undefined', 'the browser had no DecompressionStream');
  assert.equal(await page.evaluate(() => typeof self.fflate.gunzipSync), 'function', 'the page ran its own gunzip');
  assert.deepEqual(s.errors, [], 'no errors reported by the app');
  assert.equal(s.events, core.events.size, 'the page finds the events the core finds');
  assertClean(seen);
  assert.deepEqual(seen.failedRequests, [], 'no request failed');
  await context.close();
});

// The page's Content-Security-Policy: no origin but its own (the offline file: none at all), no
// eval, no inline code but the page's own scripts (by hash); and the app runs under it.
for (const [name, url, offline] of [['hosted', () => site.url, false], ['offline file', offlinePageUrl, true]]) {
  test(`${name}: a Content-Security-Policy with no remote origins and no eval, and nothing it blocks`, async () => {
    const { page, context, seen } = await openPage(browser, url(), { offline });
    await waitForApp(page);
    const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content || '');
    assert.match(policy, /default-src 'none'/, policy);
    assert.doesNotMatch(policy, /'unsafe-eval'|'unsafe-inline'|https?:|\*|blob:/, 'no eval, no inline code by default, no remote origin');
    const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    for (const source of directives['script-src']) assert.match(source, /^('self'|'wasm-unsafe-eval'|'sha256-[A-Za-z0-9+/=]+')$/, source);
    assert.deepEqual(await cspViolations(page), [], 'nothing was blocked while the app started');
    // Code from strings and injected inline scripts are refused inside the page. (The test's own
    // evaluate() is exempt from the policy, so it makes the page do it: a timer given a string,
    // and a script element.)
    await page.evaluate(() => {
      setTimeout('window.__fromString = true', 0);
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.appendChild(s);
    });
    await page.waitForTimeout(200);
    assert.deepEqual(await page.evaluate(() => [window.__fromString, window.__injected]), [undefined, undefined]);
    const violations = await cspViolations(page);
    assert.equal(violations.filter((v) => v.startsWith('script-src')).length, 2, `both refusals were reported: ${violations}`);
    assert.deepEqual(seen.foreignRequests, [], 'requests to other origins');
    assert.deepEqual(seen.pageErrors, [], 'uncaught page errors');
    await context.close();
  });
}
