// Articles a reader adds to the page: through the "Add articles..." button and the file chooser,
// by dropping files, and the bad-input suite (tests/bad_inputs/cases.mjs) handed to the page.
// Each bad file gets a problem naming it, the rest is read, the page keeps running, nothing
// leaves the page's origin, and what was added is still there after a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, readdirSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchAndServe, closeAll, offlinePageUrl, openPage, waitForApp, screenshot, state, press, settle, cspViolations, fileChooserOpenedBy } from './support.mjs';
import { makeCases } from '../bad_inputs/cases.mjs';

let browser, site, dir, cases;
before(async () => {
  // A Chromium of its own: the page is given two files of one name from different folders,
  // which the suite's shared browser would receive as one (support.mjs, launch()).
  ({ browser, site } = await launchAndServe({ own: true }));
  dir = mkdtempSync(join(tmpdir(), 'dateline-added-'));
  cases = makeCases(dir);
});
after(async () => {
  await closeAll(browser, site);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Waits until the page has read what it was given; returns the state.
async function readAll(page, timeout = 60000) {
  await page.waitForFunction(() => {
    const s = window.dateline.state();
    return s.added.total > 0 && !s.added.reading;
  }, null, { timeout });
  return state(page);
}
const said = (s) => s.added.problems.map((p) => `${p.file}: ${p.message}`);
// The regular files of a case's folder, at any depth (what a reader could pick).
function filesOf(folder) {
  const out = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    const st = lstatSync(path);
    if (st.isDirectory()) out.push(...filesOf(path));
    else if (st.isFile()) out.push(path);
  }
  return out;
}

// What the page must say about each case (the CLI's messages, as the page words them).
const inThePage = {
  'empty file': [/^empty\.txt: is empty; skipped$/],
  'binary file (a PNG named .txt)': [/^photo\.txt: looks like a PNG image, not article text; skipped$/],
  'binary file (no known signature)': [/^noise\.txt: looks like binary data/],
  'invalid UTF-8': [/^broken\.txt: 4 invalid byte sequence\(s\) replaced by U\+FFFD$/],
  'UTF-16 with a byte-order mark': [/^wide\.txt: read as UTF-16LE$/],
  'NUL bytes in text': [/^nuls\.txt: 3 control character\(s\) removed$/],
  'a 3 MB line': [/^line\.txt: has text without sentence ends: read in \d+ pieces of at most 250 words$/],
  'a 50 MB article': [/^huge\.txt: is 50 MB: only its first 4 MB were read \(an article may hold at most 4 MB\)$/],
  'impossible dates': [],
  'thousands of dates in one sentence': [/^dates\.txt: holds more dated events than the 2000 an article may put on the timeline: \d+ left out$/],
  'sources.json that is not JSON': [/^sources\.json: not valid JSON \(line 1, column \d+: .*\); its editorial facts are ignored$/],
  'sources.json partly wrong': [/^sources\.json entry 2: "outlet" of "other\.txt" is not text; ignored$/,
                                /^sources\.json entry 4: repeats "000_a6f7244984f8eeb1\.txt"; the first entry is kept$/,
                                /^sources\.json: names "missing\.txt", which was not added$/],
  'two articles with the same name in different folders': [/^report\.txt \(2\): no publication date/],
  'the same text twice': [/^copy\.txt: has the same text as the bundled 000_a6f7244984f8eeb1\.txt; read once$/],
  'nothing readable at all': [/^empty\.txt: is empty; skipped$/],
};

test('the bad-input suite in the page: each problem names its file, the rest is read, the page keeps running', async (t) => {
  let tried = 0;
  for (const c of cases) {
    const expected = inThePage[c.name];
    if (!expected) { t.diagnostic(`${c.name}: a file-system case (the CLI's)`); continue; }
    tried++;
    const { page, context, seen } = await openPage(browser, site.url);
    const before = await waitForApp(page);
    const files = filesOf(c.cwd);
    await page.evaluate(() => window.dateline.frameStats(true));  // measure the frames from here
    await page.setInputFiles('#dateline-add-files', files);
    const started = Date.now();
    const s = await readAll(page);
    const stats = await page.evaluate(() => window.dateline.frameStats(false));
    t.diagnostic(`${c.name}: ${files.length} files read in ${Date.now() - started} ms, longest frame ${stats.max} ms`);
    // The page never stops for long: reading happens a few articles per frame. How long the
    // longest frame takes (one 4 MB article: well under a second on a quiet machine) is printed
    // above and measured by scripts/bench (page_bench.mjs); here only a runaway (a frame that
    // reads everything at once, or never ends) fails, not a machine busy with other work (2.2 s
    // seen at load 20).
    assert.ok(stats.max < 15000, `${c.name}: a frame took ${stats.max} ms`);
    for (const pattern of expected)
      assert.ok(said(s).some((line) => pattern.test(line)), `${c.name}: nothing matches ${pattern}\n${said(s).join('\n')}`);
    assert.equal(s.added.files, files.length, `${c.name}: every file was taken`);
    assert.ok(s.events >= before.events, `${c.name}: the bundled events are all still there (${s.events} < ${before.events})`);
    assert.ok(s.articles >= before.articles, `${c.name}: the bundled articles are all still there`);
    // Still running: the arrow keys still move through the events.
    await page.locator('#canvas').click({ position: { x: 640, y: 200 } });
    const a = await press(page, 'End');
    const b = await press(page, 'Home');
    assert.notEqual(a.selected, b.selected, `${c.name}: the page still answers the keyboard`);
    assert.deepEqual(seen.pageErrors, [], `${c.name}: uncaught page errors`);
    assert.deepEqual(seen.consoleErrors, [], `${c.name}: console errors`);
    assert.deepEqual(seen.foreignRequests, [], `${c.name}: requests to other origins`);
    await context.close();
  }
  assert.ok(tried >= 15, `${tried} cases tried in the page`);
});

test('a file that vanishes before the page reads it is named, and the others are still read', async () => {
  const { page, context, seen } = await openPage(browser, site.url);
  await waitForApp(page);
  const good = join(dir, 'the same text twice', 'copy.txt');
  // The browser's File for a file deleted or moved after it was chosen: reading it fails.
  await page.evaluate(async () => {
    const vanished = { name: 'vanished.txt', size: 5000,
      slice: () => ({ arrayBuffer: () => Promise.reject(new DOMException('A requested file or directory could not be found', 'NotFoundError')) }) };
    const real = new File(['Iraqi forces press on\n\nOn 10 July 2017 Iraqi forces retook Mosul, officials said.\n'], 'real.txt');
    await window.dateline.addFiles([vanished, real]);
  });
  const s = await readAll(page);
  assert.ok(said(s).includes('vanished.txt: could not be read (NotFoundError); skipped'), said(s).join('\n'));
  assert.equal(s.added.files, 1, 'the readable file was added');
  assert.equal(s.added.articles, 1);
  assert.deepEqual(seen.pageErrors, []);
  void good;
  await context.close();
});

for (const [name, url, offline] of [['hosted', () => site.url, false], ['offline file', offlinePageUrl, true]]) {
  test(`${name}: "Add articles..." opens the file chooser; what is added is on the timeline, kept after a reload, and can be removed`, async () => {
    const { page, context, seen } = await openPage(browser, url(), { offline });
    await waitForApp(page);
    // Where the button is once the page has settled (as a person sees it before clicking): the
    // very first frame's layout can still move by the time the click is read.
    const first = await settle(page);
    const button = first.added.button;
    assert.ok(button.width > 0, 'the button is drawn');
    // As a person does: the pointer comes over the button, then clicks.
    await page.mouse.move(button.x + button.width / 2, button.y + button.height / 2, { steps: 3 });
    await page.waitForTimeout(100);
    const chooser = await fileChooserOpenedBy(page,
      () => page.mouse.click(button.x + button.width / 2, button.y + button.height / 2));
    const folder = join(dir, 'sources.json partly wrong');
    await chooser.setFiles([join(folder, 'other.txt'), join(folder, 'sources.json')]);
    let s = await readAll(page);
    assert.equal(s.added.files, 2);
    assert.equal(s.added.articles, 1, 'other.txt is on the timeline');
    assert.equal(s.articles, first.articles + 1);
    assert.ok(s.events > first.events, `its event joined the timeline (${first.events} -> ${s.events})`);
    assert.equal(s.added.panelOpen, true, 'the outcome is shown');
    assert.equal(s.added.kept, true, 'the browser keeps them');
    const shot = await screenshot(browser, page, `added-articles-${offline ? 'offline' : 'hosted'}`);
    assert.ok(shot.inkFraction > 0.05);

    // A reload loses nothing.
    await page.waitForFunction(() => window.dateline.state().added.storing === 0);
    await page.reload();
    await waitForApp(page);
    s = await readAll(page);
    assert.equal(s.added.files, 2, 'the added files are back after a reload');
    assert.equal(s.added.articles, 1);
    assert.ok(s.notices.some((n) => /Your 1 added article is back/.test(n)), s.notices.join('; '));

    // Dropping a file on the page adds it too.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Syrian forces advance\n\nOn 3 November 2017 Syrian forces retook Deir ez-Zor city, state media said.\n'], 'dropped.txt'));
      document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => window.dateline.state().added.files === 3 && !window.dateline.state().added.reading);
    s = await state(page);
    assert.equal(s.added.articles, 2);

    // "Remove all" (in the panel) forgets them, here and in storage.
    if (!s.added.panelOpen) {  // the panel opens with the button once articles are added
      await page.mouse.click(s.added.button.x + s.added.button.width / 2, s.added.button.y + s.added.button.height / 2);
      await page.waitForFunction(() => window.dateline.state().added.panelOpen);
    }
    await page.waitForTimeout(100);
    const removeAll = (await state(page)).added.removeAll;
    assert.ok(removeAll && removeAll.width > 0, 'the panel shows "Remove all"');
    await page.mouse.move(removeAll.x + removeAll.width / 2, removeAll.y + removeAll.height / 2, { steps: 3 });
    await page.waitForTimeout(100);
    await page.mouse.click(removeAll.x + removeAll.width / 2, removeAll.y + removeAll.height / 2);
    await page.waitForFunction(() => window.dateline.state().added.files === 0 && !window.dateline.state().added.reading);
    s = await state(page);
    assert.equal(s.articles, first.articles);
    assert.equal(s.events, first.events);
    await page.waitForFunction(() => window.dateline.state().added.storing === 0);  // the browser has forgotten them too
    await page.reload();
    s = await waitForApp(page);
    await page.waitForTimeout(500);
    s = await state(page);
    assert.equal(s.added.files, 0, 'removed files stay removed');
    assert.deepEqual(seen.pageErrors, []);
    assert.deepEqual(seen.consoleErrors, []);
    assert.deepEqual(seen.foreignRequests, []);
    assert.deepEqual(await cspViolations(page), []);
    await context.close();
  });
}
