// The story's settings set in the page, and merging with any event (issue 10):
//
//   - "Story settings..." opens a form with real inputs; what is saved changes the lanes and the
//     page's title at once, is undone and redone with the corrections, is kept after a reload,
//     and is what Save as page and the exports write: byte for byte what `dateline export` writes
//     for a story file holding the same settings. Changed settings are listed in the editing
//     overview (also kept ones, from an earlier visit), with "Use the story's own". A kept
//     document that is newer or malformed is said, and left as it was.
//   - A story about something else (MEANTIME Wikinews articles about carmakers, published as a
//     page of their own) gets lanes named for its own actors after choosing "By actor", and one
//     lane after "A single lane".
//   - Merge with...: a search field finds an event far from the 8 nearest, by keyboard alone.
//
// Needs build/native/dateline and dist/ (the wasm build); the MEANTIME part needs the corpus
// (/work/shared/corpora/meantime-en or $DATELINE_MEANTIME) and says so when it is missing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, root, serveDist, openPage, waitForApp, screenshot, state, frames, cspViolations, assertClean, keepInBrowser, keptInBrowser, clickControl } from './support.mjs';

const native = join(root, 'build', 'native', 'dateline');
const articles = join(root, 'assets', 'articles');
const meantime = process.env.DATELINE_MEANTIME || join(root, '..', '..', 'shared', 'corpora', 'meantime-en');
const meantimeFound = existsSync(meantime) ? meantime : (existsSync('/work/shared/corpora/meantime-en') ? '/work/shared/corpora/meantime-en' : '');
const work = mkdtempSync(join(tmpdir(), 'dateline-story-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

let browser, site;
before(async () => {
  assert.ok(existsSync(native), `${native} is missing: build the native preset first`);
  browser = await launch();
  site = await serveDist();
});
after(async () => {
  await browser?.close();
  site?.server.close();
});

function dateline(...args) {
  const r = spawnSync(native, args, { cwd: root, maxBuffer: 1 << 28, timeout: 120000 });
  assert.equal(r.error, undefined, `dateline could not be run: ${r.error}`);
  assert.equal(r.status, 0, r.stderr.toString());
  return r.stdout.toString('utf8');
}

const click = clickControl;

async function focusCanvas(page) {
  await page.evaluate(() => document.getElementById('canvas').focus({ preventScroll: true }));
}

async function openStoryForm(page) {
  if (!(await state(page)).editing.on) await click(page, 'edit');
  await click(page, 'story-settings');
  await page.waitForSelector('#dateline-story-form[open]');
  return page.locator('#dateline-story-form');
}

async function download(page, action, name, arg) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.evaluate(action, arg)]);
  const path = join(work, name);
  await file.saveAs(path);
  return path;
}

const TITLE = 'Our class timeline </script><b>not bold</b>';
const SETTINGS = { version: 1, title: TITLE, description: 'What we read, <i>in order</i>', credit: 'Class 4B {{x}}',
                   view: { from: '2017-07-01', to: '2017-12-31' }, lanes: { by: 'single', most: 4 } };

test('story settings: set in the form, lanes and title at once, undone and redone, kept, saved and exported as the CLI does', async () => {
  const { page, context, seen } = await openPage(browser, site.url, { viewport: { width: 1366, height: 768 } });
  let s = await waitForApp(page);
  const bundled = s.story;
  assert.ok(bundled.lanes.length > 1, 'the bundled story has lanes by country');
  const form = await openStoryForm(page);
  assert.equal(await form.getByLabel('Title').inputValue(), bundled.title, 'the form holds the story\'s settings');
  assert.equal(await form.getByLabel('By country').isChecked(), true);
  assert.equal(await form.getByLabel('These days:').isChecked(), true, 'the bundled story gives its view');
  await screenshot(browser, page, 'story-settings-form');

  // Everything by keyboard-operable inputs, as text; a view ending before it starts is refused.
  await form.getByLabel('Title').fill(TITLE);
  await form.getByLabel('Description').fill(SETTINGS.description);
  await form.getByLabel('Credit line').fill(SETTINGS.credit);
  await form.getByLabel('A single lane').check();
  assert.equal(await form.getByLabel(/At most this many lanes/).isDisabled(), true, 'a single lane has no count');
  await form.getByLabel('First day').fill('2017-12-31');
  await form.getByLabel('Last day').fill('2017-07-01');
  await form.getByRole('button', { name: 'Save' }).click();
  await frames(page, 2);
  s = await state(page);
  assert.equal(s.editing.storyForm.open, true, 'the form stays open');
  assert.match(s.editing.storyForm.problem, /last day comes before its first day/);
  assert.equal(s.story.title, bundled.title, 'nothing changed');
  await form.getByLabel('First day').fill('2017-07-01');
  await form.getByLabel('Last day').press('Tab');
  await form.getByLabel('Last day').fill('2017-12-31');
  await form.getByLabel('Last day').press('Enter');  // Enter saves
  await frames(page, 3);
  s = await state(page);
  assert.equal(s.editing.storyForm.open, false);
  assert.equal(s.story.title, TITLE, 'the title, as text');
  assert.equal(s.story.credit, SETTINGS.credit);
  assert.deepEqual(s.story.lanes.map((l) => l.name), ['All events'], 'one lane at once');
  assert.deepEqual(s.story.view, SETTINGS.view);
  assert.equal(await page.title(), `Dateline: ${TITLE}`);
  assert.equal(s.editing.storyChanges, 1);
  assert.equal(await page.evaluate(() => document.querySelectorAll('b, i').length), 0, 'no element made from the settings');

  // The exports: what the CLI writes for a story file with the same settings.
  const storyFile = join(work, 'story.json');
  writeFileSync(storyFile, JSON.stringify(SETTINGS));
  for (const [format, extra] of [['timelinejs', []], ['csv', []], ['json', ['--explain']]]) {
    const cli = dateline('export', '--format', format, ...extra, '--story', storyFile, articles);
    assert.ok((await page.evaluate((f) => window.dateline.exportText(f), format)) === cli, `${format} export equals the CLI's`);
  }
  assert.ok(JSON.parse(await page.evaluate(() => window.dateline.exportText('timelinejs'))).title.text.headline.includes('Our class timeline'),
            'the TimelineJS title slide');

  // Undone and redone with the corrections (Ctrl+Z, Ctrl+Shift+Z), in the order made.
  await click(page, 'key');
  s = await state(page);
  assert.equal(s.editing.keyEvents, 1);
  await focusCanvas(page);
  await page.keyboard.press('Control+z');
  s = await frames(page, 3);
  assert.equal(s.editing.keyEvents, 0, 'the key mark came last: undone first');
  assert.equal(s.story.title, TITLE);
  await page.keyboard.press('Control+z');
  s = await frames(page, 3);
  assert.equal(s.story.title, bundled.title, 'then the settings');
  assert.deepEqual(s.story.lanes.map((l) => l.name), bundled.lanes.map((l) => l.name), 'the lanes by country again');
  assert.equal(await page.title(), `Dateline: ${bundled.title}`);
  await page.keyboard.press('Control+Shift+z');
  s = await frames(page, 3);
  assert.equal(s.story.title, TITLE);
  assert.equal(s.story.lanes.length, 1);
  await screenshot(browser, page, 'story-settings-applied');

  // Save as page (with the bundled articles): the saved page shows the same story, and exports
  // what the CLI does for the story file.
  const saved = await download(page, () => window.dateline.savePage({ bundled: true }), 'saved.html');
  const reopened = await openPage(browser, pathToFileURL(saved).href, { offline: true });
  const r = await waitForApp(reopened.page, 60000);
  assert.deepEqual(r.errors, []);
  assert.equal(r.story.title, TITLE);
  assert.equal(r.story.lanes.length, 1);
  for (const [format, extra] of [['timelinejs', []], ['csv', []], ['json', ['--explain']]]) {
    const cli = dateline('export', '--format', format, ...extra, '--story', storyFile, articles);
    assert.ok((await reopened.page.evaluate((f) => window.dateline.exportText(f), format)) === cli, `the saved page's ${format} equals the CLI's`);
  }
  assert.deepEqual(await cspViolations(reopened.page), []);
  assertClean(reopened.seen);
  await reopened.context.close();

  // Kept after a reload.
  await page.waitForFunction(() => window.dateline.state().editing.storing === 0);
  await page.reload();
  await waitForApp(page);
  await page.waitForFunction((t) => window.dateline.state().story.title === t, TITLE, { timeout: 10000 });
  s = await state(page);
  assert.equal(s.story.lanes.length, 1, 'the lane rule kept');
  assert.deepEqual(s.story.view, SETTINGS.view);
  assert.equal(await page.title(), `Dateline: ${TITLE}`);

  // Kept from the earlier visit, the change is listed with the corrections while editing (no
  // undo reaches it), and "Use the story's own" takes it back, as a step Undo takes back.
  assert.deepEqual(s.editing.storyChanged, ['title', 'description', 'credit', 'lanes', 'view']);
  await click(page, 'edit');
  s = await click(page, 'own-story');
  assert.equal(s.story.title, bundled.title, 'the story\'s own settings again');
  assert.deepEqual(s.story.lanes.map((l) => l.name), bundled.lanes.map((l) => l.name));
  assert.deepEqual(s.editing.storyChanged, []);
  assert.ok(!s.controls['own-story'], 'nothing left to take back');
  await focusCanvas(page);
  await page.keyboard.press('Control+z');
  s = await frames(page, 3);
  assert.equal(s.story.title, TITLE, 'Undo gives the kept settings back');
  assert.ok(s.controls['own-story'], 'listed again');
  await screenshot(browser, page, 'story-settings-changed-listed');
  assert.deepEqual(await cspViolations(page), []);
  assertClean(seen);
  await context.close();
});

test('the form on a phone: every field reachable, nothing cut off', async () => {
  const { page, context, seen } = await openPage(browser, site.url, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  await waitForApp(page);
  await click(page, 'edit');
  // The phone's Event tab holds the editing controls.
  const tab = (await state(page)).tab;
  if (tab && tab !== 'event' && (await state(page)).controls['tab-event']) await click(page, 'tab-event');
  const form = await openStoryForm(page);
  const box = await form.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, `the form fits the width (${box.x}, ${box.width})`);
  // Tab goes through every field, in order, and back to the title.
  const order = [];
  for (let i = 0; i < 30; i++) {  // (a date field takes a Tab per part: day, month, year)
    order.push(await page.evaluate(() => document.activeElement.name || document.activeElement.textContent));
    await page.keyboard.press('Tab');
  }
  for (const name of ['title', 'description', 'credit', 'dateline-lanes', 'dateline-view', 'from', 'to', 'Cancel', 'Save'])
    assert.ok(order.includes(name), `Tab reaches ${name} (${order.join(', ')})`);
  await screenshot(browser, page, 'story-settings-form-phone');
  await page.keyboard.press('Escape');
  await frames(page, 2);
  assert.equal((await state(page)).editing.storyForm.open, false, 'Esc closes it');
  assertClean(seen);
  await context.close();
});

test('kept settings that are newer or malformed are said, and left as they were', async () => {
  const { page, context, seen } = await openPage(browser, site.url);
  const first = await waitForApp(page);
  for (const [text, said] of [['{"version": 3, "title": "From a newer Dateline"}', /"version": 3, and this Dateline reads version 1/],
                              ['{"version": 1, "title": ', /is not valid JSON/]]) {
    await keepInBrowser(page, 'story', text);
    await page.reload();
    await waitForApp(page);
    await page.waitForFunction(() => window.dateline.state().editing.problems.length > 0, null, { timeout: 10000 });
    const s = await state(page);
    const problem = s.editing.problems.find((p) => p.startsWith('The story settings kept in this browser'));
    assert.ok(problem, s.editing.problems.join('; '));
    assert.match(problem, said);
    assert.match(problem, /stays as it was until you change the settings/);
    assert.equal(s.story.title, first.story.title, 'the story\'s own settings are shown');
    assert.equal(s.events, first.events);
    assert.equal(await keptInBrowser(page, 'story'), text, 'nothing overwritten');
  }
  assertClean(seen);
  await context.close();
});

test('a story about something else: MEANTIME articles get lanes by actor, and a single lane', { skip: meantimeFound ? false : 'skipped: the MEANTIME corpus is missing' }, async () => {
  // A few Wikinews articles about carmakers, as the convert step of tests/meantime writes them.
  const converted = join(work, 'meantime');
  const r = spawnSync('python3', [join(root, 'tests', 'meantime', 'meantime.py'), 'convert', meantimeFound, converted], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const src = join(work, 'carmakers');
  mkdirSync(src);
  const picked = readdirSync(converted).filter((f) => f.endsWith('.txt') && /GM|Chrysler|Ford|General_Motors/.test(f)).slice(0, 8);
  assert.ok(picked.length >= 5, picked.join(', '));
  const texts = picked.map((f) => readFileSync(join(converted, f), 'utf8'));
  picked.forEach((f, i) => writeFileSync(join(src, f), texts[i]));
  const page_ = join(work, 'carmakers.html');
  spawnSync(native, ['publish', '-o', page_, src], { cwd: root });
  assert.ok(existsSync(page_));
  const { page, context, seen } = await openPage(browser, pathToFileURL(page_).href, { offline: true });
  let s = await waitForApp(page, 60000);
  assert.equal(s.articles, picked.length);
  assert.ok(s.events >= 5, `events ${s.events}`);
  const byCountry = s.story.lanes.map((l) => l.name);

  const form = await openStoryForm(page);
  await form.getByLabel('By actor (who the events name)').check();
  await form.getByRole('button', { name: 'Save' }).click();
  await page.waitForFunction(() => window.dateline.state().story.lanesBy === 'actor', null, { timeout: 5000 });
  s = await state(page);
  const own = s.story.lanes.filter((l) => l.name !== 'Several actors' && l.name !== 'Other actors or none');
  assert.ok(own.length >= 1, `a lane of an actor's own: ${s.story.lanes.map((l) => `${l.name} (${l.events})`).join(', ')}`);
  assert.notDeepEqual(s.story.lanes.map((l) => l.name), byCountry, 'other lanes than by country');
  for (const name of ['Iraq', 'Syria', 'Mosul']) assert.ok(!s.story.lanes.some((l) => l.name.includes(name)), 'nothing of the bundled story');
  assert.equal(s.story.lanes.reduce((n, l) => n + l.events, 0), s.events, 'every event in a lane');
  await screenshot(browser, page, 'story-settings-meantime-by-actor');

  await openStoryForm(page);
  await form.getByLabel('A single lane').check();
  await form.getByRole('button', { name: 'Save' }).click();
  await page.waitForFunction(() => window.dateline.state().story.lanesBy === 'single', null, { timeout: 5000 });
  s = await state(page);
  assert.deepEqual(s.story.lanes.map((l) => l.events), [s.events], 'one lane with every event');
  await screenshot(browser, page, 'story-settings-meantime-single');
  console.log(`# MEANTIME (${picked.length} articles, ${s.events} events): by country ${byCountry.join(', ')}; by actor ${own.map((l) => l.name).join(', ')}`);
  assert.deepEqual(await cspViolations(page), []);
  assertClean(seen);
  await context.close();
});

test('merge with any event: a search field finds it by headline, keyboard only', async () => {
  const { page, context, seen } = await openPage(browser, site.url);
  let s = await waitForApp(page);
  const events = s.events;
  await click(page, 'edit');
  await focusCanvas(page);
  await page.keyboard.press('Home');
  s = await frames(page, 3);
  const target = s.selected;
  const sources = s.selectedSources;
  await page.keyboard.press('End');
  s = await frames(page, 3);
  const far = { id: s.selected, title: s.selectedTitle, sources: s.selectedSources };
  await page.keyboard.press('Home');
  s = await frames(page, 3);
  assert.equal(s.selected, target);
  await click(page, 'merge');
  s = await click(page, 'merge-search');
  await page.waitForSelector('#dateline-merge-search[open]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'dateline-merge-query', 'the search field has the focus');
  s = await state(page);
  assert.ok(s.editing.mergeSearch.results.length >= Math.min(events - 1, 50), 'with no words: the events nearest first');
  // A few words of the last event's headline (beyond the 8 nearest of the first).
  const words = far.title.split(/\s+/).filter((w) => w.length > 3).slice(0, 3).join(' ');
  await page.keyboard.type(words);
  await frames(page, 2);
  const results = await page.locator('#dateline-merge-results button').allTextContents();
  assert.ok(results.length >= 1 && results.some((t) => t.includes(far.title)), `found: ${results.join(' | ')}`);
  await screenshot(browser, page, 'merge-search');
  // Arrow Down to the results, down to the far event, Enter merges.
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < results.length; i++) {
    if ((await page.evaluate(() => document.activeElement.textContent)).includes(far.title)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await frames(page, 3);
  s = await state(page);
  assert.equal(s.editing.mergeSearch.open, false);
  assert.equal(s.events, events - 1, 'merged');
  assert.equal(s.selected, target, 'the event merged into stays selected');
  assert.equal(s.selectedSources, sources + far.sources, 'its sources joined');
  assert.equal(s.editing.edits, 1);
  assertClean(seen);
  await context.close();
});

test('a key event inside a counted circle: the circle says it holds one', async () => {
  const { page, context, seen } = await openPage(browser, site.url, { viewport: { width: 1366, height: 768 } });
  let s = await waitForApp(page);
  await click(page, 'edit');
  s = await click(page, 'key');
  assert.equal(s.editing.keyEvents, 1);
  const key = s.selected;
  await click(page, 'edit');  // reading again
  // The whole story and more on screen: the key event merges with its neighbours.
  await page.evaluate(() => { location.hash = '#view=2000-01-01..2030-12-31'; });
  await page.waitForFunction((id) => {
    const m = window.dateline.markers().find((x) => x.events.includes(id));
    return m && m.events.length > 1;
  }, key, { timeout: 10000 });
  const markers = await page.evaluate(() => window.dateline.markers());
  const holding = markers.find((m) => m.events.includes(key));
  assert.ok(holding.events.length > 1, 'in a counted circle');
  assert.equal(holding.key, true, 'the circle holds the key event');
  for (const m of markers) if (m !== holding) assert.equal(m.key, false, 'no other marker is a key one');
  await screenshot(browser, page, 'key-event-in-counted-circle');
  assertClean(seen);
  await context.close();
});
