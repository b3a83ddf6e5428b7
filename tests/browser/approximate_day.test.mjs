// An approximate day ("a week ago": give or take 3 days) as a reader meets it in the page: the
// date line and the screen-reader mirror say "about ... give or take 3 days", the list says
// "c.", and the timeline draws it with whiskers (screenshot: build/browser-tests/approximate-day.png).
// The core reads the same article natively first; its event (id, give_or_take_days) is the one
// the page must show.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchAndServe, closeAll, openPage, waitForApp, screenshot, state, settle, focusCanvas, press } from './support.mjs';
import { coreReading, waitForMirror, mirrorReads } from './reads.mjs';

const article = 'Protesters return to the square\n\nProtesters marched through the capital a week ago, police said on Monday.\n\n' +
  'Thousands of people gathered again in the square on Thursday, organisers said.\n';
const sources = JSON.stringify({ version: 1, articles: [{ file: 'march.txt', outlet: 'The Daily', published: '2017-06-30' }] });

let browser, site, dir;
before(async () => {
  ({ browser, site } = await launchAndServe());
  dir = mkdtempSync(join(tmpdir(), 'dateline-approx-'));
  writeFileSync(join(dir, 'march.txt'), article);
  writeFileSync(join(dir, 'sources.json'), sources);
});
after(async () => {
  await closeAll(browser, site);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('an approximate day is said to be one: "about", "give or take", whiskers', async () => {
  const core = coreReading(dir);
  const approximate = [...core.events.values()].find((e) => e.give_or_take_days > 0);
  assert.ok(approximate, `the core reads "a week ago" as an approximate day: ${JSON.stringify([...core.events.values()])}`);
  assert.equal(approximate.start, '2017-06-23');
  assert.equal(approximate.give_or_take_days, 3);

  const { page, context, seen } = await openPage(browser, site.url);
  await waitForApp(page);
  await page.evaluate(async ({ article, sources }) => {
    await window.dateline.addFiles([new File([article], 'march.txt'), new File([sources], 'sources.json')]);
  }, { article, sources });
  await page.waitForFunction(() => { const s = window.dateline.state(); return s.added.total > 0 && !s.added.reading; }, null, { timeout: 60000 });
  assert.ok(await page.evaluate((id) => window.dateline.goto(id), approximate.id), `goto ${approximate.id}`);
  await waitForMirror(page);
  await page.waitForFunction((id) => window.dateline.state().selected === id, approximate.id, { timeout: 5000 }).catch(() => {});
  await settle(page);
  const m = await mirrorReads(page);
  assert.equal(m.date, 'about Friday 23 June 2017, give or take 3 days', JSON.stringify(m));
  assert.equal(m.iso, '2017-06-23');
  // The firm day of the same article is said as it is.
  const firm = [...core.events.values()].find((e) => !e.give_or_take_days && e.start === '2017-06-29');
  if (firm) {
    await page.evaluate((id) => window.dateline.goto(id), firm.id);
    await page.waitForFunction(() => !document.querySelector('#dl-current .dl-date time')?.textContent.startsWith('about'), null, { timeout: 5000 });
    assert.equal((await mirrorReads(page)).date, 'Thursday 29 June 2017');
    await page.evaluate((id) => window.dateline.goto(id), approximate.id);
    await settle(page);
  }
  // Zoomed in to a few weeks, so the whiskers stand apart from the other markers.
  await page.evaluate(() => window.dateline.goto('2017-06-23'));
  await focusCanvas(page);
  const before = (await state(page)).view;
  for (let i = 0; i < 5; ++i) await press(page, 'Equal');
  await settle(page);
  const after = (await state(page)).view;
  assert.ok(after.days < before.days, `zoomed in: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
  await settle(page);
  await screenshot(browser, page, 'approximate-day');
  assert.deepEqual(seen.pageErrors, []);
  await context.close();
});
