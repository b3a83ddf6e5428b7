// Correcting the timeline in the page (issue 10): the "Edit" switch, each correction through
// the app's own buttons and the page's text form (a <dialog> with real inputs), undo and redo by
// keys and buttons, the corrections kept across a reload, a stored corrections document that
// cannot be read (said, and the timeline loads), and storage refused (said, and editing still
// works in memory). What is checked is what a person reads: the headline, the date in words,
// the note (window.dateline.state()), and screenshots of the controls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchAndServe, closeAll, openPage, waitForApp, screenshot, state, frames, cspViolations, assertClean, keepInBrowser } from './support.mjs';

let browser, site;
before(async () => { ({ browser, site } = await launchAndServe()); });
after(() => closeAll(browser, site));

// Clicks a named control of the app (state().controls) as a person does: over it, then click.
// state().controls holds only the controls in view: one scrolled out of the reading panel (a later
// source of an event) is brought in by scrolling the panel down to it, as a person does.
async function click(page, name) {
  const found = await page.waitForFunction((n) => !!window.dateline.state().controls[n], name, { timeout: 3000 })
    .then(() => true, () => false);
  if (!found) {
    const width = page.viewportSize().width;
    for (let i = 0; i < 40; i++) {
      const s = await state(page);
      if (s.controls[name]) break;
      const reading = s.reading, list = s.controls.list;
      if (!reading || reading.scrollY >= reading.scrollMax) break;
      const left = list ? list.x + list.width : 0;
      await page.mouse.move((left + width) / 2, (reading.top + reading.bottom) / 2);
      await page.mouse.wheel(0, 120);
      await frames(page, 2);
    }
  }
  let r = (await state(page)).controls[name];
  if (!r) throw new Error(`no control "${name}" drawn`);
  // Below the panel's fold (a later source of an event): scroll the panel to it, as a person does.
  const bottom = page.viewportSize().height - 12;
  for (let i = 0; i < 40 && r.y + r.height > bottom; i++) {
    await page.mouse.move(r.x + r.width / 2, bottom - 40);
    await page.mouse.wheel(0, 120);
    await frames(page, 2);
    r = (await state(page)).controls[name];
  }
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2, { steps: 3 });
  await frames(page, 2);
  await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
  return frames(page, 3);
}

// Types into the page's form and saves; returns the form's state afterwards.
async function typeInForm(page, text) {
  await page.waitForSelector('#dateline-edit-form[open]');
  const field = page.locator('#dateline-edit-value');
  await field.fill(text);
  await page.getByRole('button', { name: 'Save' }).click();
  await frames(page, 2);
  return page.evaluate(() => window.dateline.state().editing.form);
}

async function gotoEvent(page, id) {
  assert.ok(await page.evaluate((i) => window.dateline.goto(i), id), `no event ${id}`);
  return frames(page, 3);
}

// The events as ids, from the markers would need them on screen: the event list instead, by
// stepping is slow; goto() with ids read from state() as we go is enough here.
async function selectedAfterGoto(page, id) {
  const s = await gotoEvent(page, id);
  return { id: s.selected, title: s.selectedTitle, date: s.selectedDateWords, note: s.selectedNote, key: s.selectedKey, sources: s.selectedSources };
}

async function focusCanvas(page) {
  await page.evaluate(() => document.getElementById('canvas').focus({ preventScroll: true }));
}

test('an author corrects the timeline in the page: every kind of edit, undo and redo, kept after a reload', async (t) => {
  const { page, context, seen } = await openPage(browser, site.url);
  let s = await waitForApp(page);
  const events = s.events;
  assert.equal(s.editing.on, false, 'the page opens for reading');
  assert.ok(!s.controls.rename, 'no editing controls before Edit is on');
  s = await click(page, 'edit');
  assert.equal(s.editing.on, true);
  await page.waitForFunction(() => !!window.dateline.state().controls.rename);
  s = await state(page);
  for (const name of ['undo', 'redo', 'rename', 'date', 'note', 'key', 'merge', 'hide'])
    assert.ok(s.controls[name] && s.controls[name].width > 0, `the "${name}" control is drawn`);
  const shot = await screenshot(browser, page, 'editing-controls');
  assert.ok(shot.inkFraction > 0.05);

  // Rename: the form opens with the headline, what is typed becomes the headline.
  const target = s.selected;
  const before = s.selectedTitle;
  await click(page, 'rename');
  assert.equal(await page.locator('#dateline-edit-value').inputValue(), before, 'the form holds the current headline');
  let form = await typeInForm(page, 'Renamed in the page <b>not bold</b>');
  assert.equal(form.open, false);
  s = await state(page);
  assert.equal(s.selected, target, 'the renamed event stays selected');
  assert.equal(s.selectedTitle, 'Renamed in the page <b>not bold</b>', 'text stays text');

  // Date: a date the app does not read is said in the form, which stays open.
  await click(page, 'date');
  form = await typeInForm(page, 'sometime last spring');
  assert.equal(form.open, true);
  assert.match(form.problem, /is not a date Dateline reads: write a day 2017-06-29/);
  assert.equal(await page.locator('#dateline-edit-value').getAttribute('aria-invalid'), 'true');
  await screenshot(browser, page, 'editing-date-form-problem');
  form = await typeInForm(page, '2016-05');
  assert.equal(form.open, false);
  s = await state(page);
  assert.equal(s.selected, target);
  assert.equal(s.selectedDateWords, 'May 2016');

  // Note (a textarea) and key event.
  await click(page, 'note');
  form = await typeInForm(page, 'Checked against two reports.');
  s = await state(page);
  assert.equal(s.selectedNote, 'Checked against two reports.');
  s = await click(page, 'key');
  assert.equal(s.selectedKey, true);
  assert.equal(s.editing.keyEvents, 1);
  await screenshot(browser, page, 'editing-note-and-key');

  // Hide another event: it leaves the timeline and is listed as hidden.
  await focusCanvas(page);
  await page.keyboard.press('End');
  s = await frames(page, 3);
  const hiddenTitle = s.selectedTitle;
  assert.notEqual(s.selected, target);
  s = await click(page, 'hide');
  assert.equal(s.events, events - 1);
  assert.deepEqual(s.editing.hidden, [hiddenTitle]);

  // Merge the next event into this one (from the popup of neighbours).
  await focusCanvas(page);
  for (const key of ['End', 'ArrowLeft', 'ArrowLeft']) await page.keyboard.press(key);  // far from the redated one (2016)
  s = await frames(page, 3);
  assert.notEqual(s.selected, target);
  const kept = s.selected, keptSources = s.selectedSources;
  await click(page, 'merge');
  s = await click(page, 'merge-next');
  assert.equal(s.events, events - 2, 'two events became one');
  assert.equal(s.selected, kept, 'the event that stays is selected');
  assert.ok(s.selectedSources > keptSources, `its sources joined (${keptSources} -> ${s.selectedSources})`);

  // Split: the joined source becomes its own event again, selected.
  s = await click(page, `split-${s.selectedSources - 1}`);
  assert.equal(s.events, events - 1);
  assert.equal(s.selectedSources, 1);
  assert.equal(s.editing.edits, 7);
  await screenshot(browser, page, 'editing-after-split');

  // Undo and redo: by keys (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y) and by the buttons.
  await focusCanvas(page);
  await page.keyboard.press('Control+z');
  s = await frames(page, 3);
  assert.equal(s.editing.edits, 6, 'Ctrl+Z undid the split');
  assert.equal(s.events, events - 2);
  await page.keyboard.press('Control+Shift+z');
  s = await frames(page, 3);
  assert.equal(s.editing.edits, 7, 'Ctrl+Shift+Z redid it');
  assert.equal(s.events, events - 1);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  s = await frames(page, 3);
  assert.equal(s.editing.edits, 5, 'the merge undone too');
  assert.equal(s.events, events - 1);
  await page.keyboard.press('Control+y');
  s = await frames(page, 3);
  assert.equal(s.editing.edits, 6, 'Ctrl+Y redoes');
  s = await click(page, 'undo');
  assert.equal(s.editing.edits, 5, 'the Undo button');
  s = await click(page, 'redo');
  assert.equal(s.editing.edits, 6, 'the Redo button');
  s = await click(page, 'redo');
  assert.equal(s.editing.edits, 7);
  assert.equal(s.editing.canRedo, false);

  // Kept after a reload (the switch is off again; the corrections are applied).
  await page.waitForFunction(() => window.dateline.state().editing.storing === 0 && window.dateline.state().editing.kept === true);
  await page.reload();
  s = await waitForApp(page);
  await page.waitForFunction(() => window.dateline.state().editing.edits === 7, null, { timeout: 10000 });
  s = await state(page);
  assert.equal(s.events, events - 1);
  assert.equal(s.editing.on, false);
  assert.deepEqual(s.editing.hidden, [hiddenTitle]);
  assert.deepEqual(s.editing.stale, []);
  const renamed = await selectedAfterGoto(page, target);
  assert.equal(renamed.title, 'Renamed in the page <b>not bold</b>');
  assert.equal(renamed.date, 'May 2016');
  assert.equal(renamed.note, 'Checked against two reports.');
  assert.equal(renamed.key, true);
  assert.ok(s.notices.some((n) => /Your 7 corrections are applied/.test(n)), s.notices.join('; '));
  await screenshot(browser, page, 'editing-after-reload');

  // The hidden event, from the "Hidden (1)" list: Show again.
  await click(page, 'edit');
  await click(page, 'hidden');
  await screenshot(browser, page, 'editing-hidden-list');
  s = await click(page, 'show-0');
  assert.deepEqual(s.editing.hidden, []);
  assert.equal(s.events, events);
  assert.equal(s.selectedTitle, hiddenTitle, 'the event shown again is selected');
  assert.equal(s.editing.edits, 8);

  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.foreignRequests, []);
  assert.deepEqual(await cspViolations(page), []);
  t.diagnostic(`events ${events} -> ${s.events} after ${s.editing.edits} corrections`);
  await context.close();
});

test('a date as a day, a week, a month, a year or a range: each shown as known, each undone', async () => {
  const { page, context, seen } = await openPage(browser, site.url);
  let s = await waitForApp(page);
  await click(page, 'edit');
  await page.waitForFunction(() => !!window.dateline.state().controls.date);
  s = await state(page);
  const target = s.selected, original = s.selectedDateWords;
  // What the author types, and the date in words a reader then reads (README, "Correcting in the page").
  const dates = [['2016-05-03', /^Tuesday 3 May 2016$/], ['2016-W18', /^week of 2 May 2016$/], ['2016-05', /^May 2016$/],
                 ['2016', /^2016$/], ['2016-05-01/2016-05-10', /^1.+10 May 2016$/]];
  for (const [typed, words] of dates) {
    await click(page, 'date');
    const form = await typeInForm(page, typed);
    assert.equal(form.open, false, `${typed}: ${form.problem}`);
    s = await state(page);
    assert.equal(s.selected, target, `${typed}: the redated event stays selected`);
    assert.match(s.selectedDateWords, words, typed);
  }
  assert.equal(s.editing.edits, dates.length);
  for (let i = dates.length - 1; i >= 0; i--) {
    s = await click(page, 'undo');
    if (i) assert.match(s.selectedDateWords, dates[i - 1][1], `undo ${i}`);
    else assert.equal(s.selectedDateWords, original, 'every redate undone');
  }
  assert.equal(s.editing.edits, 0);
  assertClean(seen);
  await context.close();
});

test('a correction whose article is removed is listed as no longer found, and applies again when the article is back', async () => {
  const { page, context, seen } = await openPage(browser, site.url);
  const first = await waitForApp(page);
  const article = ['Springfield (Wire) - On 3 March 2021, the town council voted to close the old river bridge.', '',
    'On 5 March 2021, workers closed the bridge to traffic.', ''].join('\n');
  const add = () => page.evaluate((t) => window.dateline.addFiles([new File([t], 'springfield.txt')]), article);
  await add();
  await page.waitForFunction((n) => window.dateline.state().articles === n + 1 && !window.dateline.state().added.reading, first.articles);
  const doc = JSON.parse(await page.evaluate(() => window.dateline.exportText('json')));
  const mine = doc.events.find((e) => e.sources.some((x) => doc.articles.find((a) => a.id === x.article)?.file === 'springfield.txt'));
  assert.ok(mine, 'the added article gives an event');
  await gotoEvent(page, mine.id);
  await click(page, 'edit');
  await click(page, 'rename');
  await typeInForm(page, 'The council closes the river bridge');
  let s = await state(page);
  assert.equal(s.selectedTitle, 'The council closes the river bridge');

  // Remove the article (Your articles, Remove all): the correction stays in the list, named.
  if (!s.added.panelOpen) {
    await page.mouse.click(s.added.button.x + s.added.button.width / 2, s.added.button.y + s.added.button.height / 2);
    await page.waitForFunction(() => window.dateline.state().added.panelOpen);
  }
  await page.waitForFunction(() => !!window.dateline.state().added.removeAll);
  const removeAll = (await state(page)).added.removeAll;
  await page.mouse.move(removeAll.x + removeAll.width / 2, removeAll.y + removeAll.height / 2, { steps: 3 });
  await frames(page, 2);
  await page.mouse.click(removeAll.x + removeAll.width / 2, removeAll.y + removeAll.height / 2);
  await page.waitForFunction(() => window.dateline.state().added.files === 0 && !window.dateline.state().added.reading);
  s = await frames(page, 3);
  assert.equal(s.articles, first.articles);
  assert.equal(s.editing.edits, 1, 'never dropped');
  assert.equal(s.editing.stale.length, 1, s.editing.stale.join('; '));
  assert.match(s.editing.stale[0], /no longer found: rename to .The council closes the river bridge.*springfield\.txt/);
  await screenshot(browser, page, 'editing-no-longer-found');

  // The article back: the correction finds its passage again.
  await add();
  await page.waitForFunction((n) => window.dateline.state().articles === n + 1 && !window.dateline.state().added.reading, first.articles);
  s = await state(page);
  assert.deepEqual(s.editing.stale, []);
  s = await gotoEvent(page, (JSON.parse(await page.evaluate(() => window.dateline.exportText('json'))).events
    .find((e) => e.title === 'The council closes the river bridge') || {}).id);
  assert.equal(s.selectedTitle, 'The council closes the river bridge');
  assertClean(seen);
  await context.close();
});

test('a stored corrections document that cannot be read is said, and the timeline loads', async () => {
  const { page, context, seen } = await openPage(browser, site.url);
  const first = await waitForApp(page);
  for (const [document, said] of [['{"version": 1, "edits": [{"kind": "hide", ', /is not valid JSON/],
                                  ['{"version": 7, "edits": []}', /is version 7: this Dateline reads version 1; no edits read/]]) {
    await keepInBrowser(page, 'current', document);
    await page.reload();
    let s = await waitForApp(page);
    await page.waitForFunction(() => window.dateline.state().editing.problems.length > 0, null, { timeout: 10000 });
    s = await state(page);
    assert.match(s.editing.problems[0], /^The corrections kept in this browser /);
    assert.match(s.editing.problems[0], said);
    assert.equal(s.events, first.events, 'the timeline loads all the same');
    assert.equal(s.editing.edits, 0);
    assert.ok(s.notices.some((n) => /could not all be read/.test(n)), s.notices.join('; '));
  }
  await click(page, 'edit');
  await screenshot(browser, page, 'editing-stored-document-unreadable');
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('storage refused: the page says the corrections will not be kept, and editing works in memory', async () => {
  // A browser that refuses IndexedDB to the page (as some private windows do).
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(site.url);
  let s = await waitForApp(page);
  await page.waitForFunction(() => window.dateline.state().editing.kept === false, null, { timeout: 10000 });
  await click(page, 'edit');
  await page.waitForFunction(() => !!window.dateline.state().controls.rename);
  const target = (await state(page)).selected;
  await click(page, 'rename');
  await typeInForm(page, 'Edited in memory only');
  s = await state(page);
  assert.equal(s.selected, target);
  assert.equal(s.selectedTitle, 'Edited in memory only');
  assert.equal(s.editing.kept, false);
  assert.match(s.editing.storageWhy, /refuses storage/);
  assert.ok(s.notices.some((n) => /^Your corrections will not be kept after this page closes: /.test(n)), s.notices.join('; '));
  await screenshot(browser, page, 'editing-storage-refused');
  assert.deepEqual(errors, []);
  await context.close();

  // A write that fails later (a full disk, a quota) is said too.
  const quota = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await quota.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (this.name === 'edits') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  const page2 = await quota.newPage();
  await page2.goto(site.url);
  await waitForApp(page2);
  await page2.waitForFunction(() => window.dateline.state().editing.kept === true, null, { timeout: 10000 });
  await click(page2, 'edit');
  await click(page2, 'key');
  await page2.waitForFunction(() => window.dateline.state().editing.kept === false, null, { timeout: 10000 });
  s = await state(page2);
  assert.equal(s.selectedKey, true, 'the edit is made all the same');
  assert.equal(s.editing.storageWhy, 'storage refused: QuotaExceededError');
  await quota.close();
});

test('ask the reader: an added article with no date found gets the date the reader gives, kept after a reload', async () => {
  const { page, context, seen } = await openPage(browser, site.url);
  await waitForApp(page);
  await page.evaluate(async () => {
    const text = 'Floods close the river road\n\nThe river road was closed on Wednesday after the floods, officials said.\n';
    await window.dateline.addFiles([new File([text], 'floods.txt')]);
  });
  await page.waitForFunction(() => { const s = window.dateline.state(); return s.added.total > 0 && !s.added.reading && s.added.panelOpen; });
  let s = await gotoDay(page, '2021-03-10');
  assert.notEqual(s.selectedDate, '2021-03-10', 'no event of it on that day before the date is given');
  await click(page, 'date-file-0');
  const form = await typeInForm(page, '2021-03-12');
  assert.equal(form.open, false);
  await page.waitForFunction(() => !window.dateline.state().added.reading);
  await screenshot(browser, page, 'ask-the-reader-dated');
  s = await gotoDay(page, '2021-03-10');
  assert.equal(s.selectedDate, '2021-03-10', '"on Wednesday" is read against the date given');
  await page.waitForFunction(() => window.dateline.state().added.storing === 0);
  await page.reload();
  await waitForApp(page);
  await page.waitForFunction(() => { const s = window.dateline.state(); return s.added.total > 0 && !s.added.reading; });
  s = await gotoDay(page, '2021-03-10');
  assert.equal(s.selectedDate, '2021-03-10', 'the date is kept with the article');
  assert.deepEqual(seen.pageErrors, []);
  await context.close();
});

async function gotoDay(page, day) {
  await page.evaluate((d) => window.dateline.goto(d), day);
  return frames(page, 3);
}
