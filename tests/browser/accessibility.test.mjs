// Accessibility: what a screen reader, a keyboard and axe-core get from the page. The canvas is
// mirrored in real elements (wasm/accessibility.js); these tests check the mirror says what the
// app shows (the selected event's headline, date and passage equal window.dateline.state()'s and
// the core's, read by the command-line tool), that it follows the app both ways, that the
// keyboard reaches everything and leaves the frame, and that axe-core finds no violation on the
// hosted page, the offline file and embed mode, wide and narrow.
//
// Needs build/native/dateline (scripts/test builds it) and node_modules (npm ci: axe-core).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchAndServe, closeAll, offlinePageUrl, openPage, waitForApp, state, settle, frames, screenshot, measurePixels, root, shots } from './support.mjs';
import { coreReading, waitForMirror, mirrorReads, assertReadsAsCore } from './reads.mjs';

const axeSource = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

let browser, site, core;
before(async () => {
  core = coreReading();  // the core's own reading of the bundled articles
  ({ browser, site } = await launchAndServe());
});
after(() => closeAll(browser, site));

// Runs axe-core inside a page or frame. The page's Content-Security-Policy refuses injected
// scripts, so the library is evaluated through the DevTools protocol, which the policy exempts.
async function axe(target, options = {}) {
  await target.evaluate(axeSource);
  return target.evaluate((o) => window.axe.run(document, o).then((r) => r.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ': ' + n.failureSummary) }))), options);
}

// The mirror's current event equals the app's state and the core's event (reads.mjs), and no
// control stands on its own.
async function assertMirrorIsTheApp(target, what) {
  const { s, m, e } = await assertReadsAsCore(target, core, what);
  // No control of the mirror stands visibly on its own unless it has focus: each lies over its
  // canvas twin, or is hidden until focused.
  const loose = await target.evaluate(() => [...document.querySelectorAll('.dl-control')].filter((c) =>
    c !== document.activeElement && !c.closest('[hidden]') && !c.classList.contains('dl-over') && !c.classList.contains('dl-float'))
    .map((c) => c.getAttribute('data-control')));
  assert.deepEqual(loose, [], `${what}: controls shown on their own`);
  return { s, m, e };
}

test('axe-core runs and reports violations (a broken fixture, and a broken control added to the page)', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent('<!doctype html><html lang="en"><title>broken</title><main><button></button><img src="data:,"><input type="text"></main></html>');
  const ids = (await axe(page)).map((v) => v.id).sort();
  for (const id of ['button-name', 'image-alt', 'label']) assert.ok(ids.includes(id), `axe finds ${id}: ${ids}`);
  await context.close();

  const { page: app, context: c2 } = await openPage(browser, site.url);
  await waitForApp(app);
  await waitForMirror(app);
  await app.evaluate(() => { const b = document.createElement('button'); b.id = 'broken'; document.body.appendChild(b); });
  const found = await axe(app);
  assert.ok(found.some((v) => v.id === 'button-name'), `axe runs inside the app's page: ${JSON.stringify(found)}`);
  await c2.close();
});

const layouts = { wide: { width: 1280, height: 800 }, narrow: { width: 375, height: 700 } };
for (const [name, url, offline] of [['hosted', () => site.url, false], ['offline file', offlinePageUrl, true], ['embed', () => site.url + '?embed', false]]) {
  for (const [layoutName, viewport] of Object.entries(layouts)) {
    test(`${name}, ${layoutName}: axe-core reports no violations`, async () => {
      const { page, context, seen } = await openPage(browser, url(), { offline, viewport });
      await waitForApp(page);
      await waitForMirror(page);
      await frames(page, 3);
      const violations = await axe(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
      await assertMirrorIsTheApp(page, `${name} ${layoutName}`);
      // And with an article open.
      await page.evaluate(() => document.querySelector('[data-control=open-0]').click());
      await page.waitForFunction(() => !document.getElementById('dl-article').hidden);
      assert.deepEqual(await axe(page), [], 'with an article open');
      assert.deepEqual(seen.pageErrors, [], 'uncaught page errors');
      await screenshot(browser, page, `a11y-${name.replace(' ', '-')}-${layoutName}`);
      await context.close();
    });
  }
}

for (const [name, url, offline] of [['hosted', () => site.url, false], ['offline file', offlinePageUrl, true], ['embed', () => site.url + '?embed', false]])
test(`${name}: Chromium's accessibility tree holds the named controls, the events and the current passage`, async () => {
  const { page, context } = await openPage(browser, url(), { offline });
  await waitForApp(page);
  await waitForMirror(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const named = (role) => nodes.filter((n) => !n.ignored && n.role?.value === role).map((n) => n.name?.value);
  const buttons = named('button');
  const expected = ['Play', 'Previous event', 'Next event', 'Zoom in', 'Zoom out', 'Fit all events', 'Keyboard help', 'Copy citation', 'Open article'];
  for (const b of name === 'embed' ? expected : [...expected, 'Add articles…', 'Share / export'])  // an embed shows its story as published
    assert.ok(buttons.includes(b), `${name}: a button named "${b}" (${buttons})`);
  assert.ok(named('searchbox').includes('Filter events'), `the filter is a search box (${named('searchbox')})`);
  assert.ok(named('slider').includes('Timeline'), 'the canvas is a named timeline slider');
  const s = await state(page);
  const listbox = nodes.find((n) => n.role?.value === 'listbox');
  assert.ok(listbox && /\d+ events/.test(listbox.name?.value), `the list says how many events (${listbox?.name?.value})`);
  const options = named('option');
  assert.ok(options.length > 5 && options.length <= 41, `a window of the events (${options.length})`);
  assert.ok(options.some((o) => o.includes(s.selectedTitle)), 'the selected event is among them');
  // (The tree collapses white space, as a screen reader reads it.)
  const words = (t) => (t || '').replace(/\s+/g, ' ').trim();
  const texts = nodes.filter((n) => n.role?.value === 'StaticText').map((n) => words(n.name?.value));
  const e = core.events.get(s.selected);
  for (const source of e.sources) assert.ok(texts.includes(words(source.passage)), `the passage is in the tree: ${source.passage.slice(0, 60)}`);
  assert.ok(named('article').length >= 1 || nodes.some((n) => n.role?.value === 'article'), 'the reading panel is an article');
  assert.ok(nodes.some((n) => n.role?.value === 'status' && n.properties?.some((p) => p.name === 'live' && p.value.value === 'polite')),
            'a polite live region');
  await context.close();
});

test('both ways: the canvas moves the mirror, the mirror moves the app; the live region names the event once it rests', async () => {
  const { page, context } = await openPage(browser, site.url);
  await waitForApp(page);
  await waitForMirror(page);
  const ids = [...core.events.keys()];
  // The app (here window.dateline.goto, as a click on a marker does) moves the mirror.
  const target = ids[Math.floor(ids.length / 2)];
  assert.ok(await page.evaluate((id) => window.dateline.goto(id), target));
  await frames(page, 2);
  const { m } = await assertMirrorIsTheApp(page, 'after goto');
  assert.equal((await state(page)).selected, target);
  assert.ok(m.active, 'the list points at the current event (aria-activedescendant)');
  // The keyboard in the mirror moves the app: focus the list, step with the arrows.
  await page.focus('#dl-events');
  const before = await state(page);
  const liveBefore = (await mirrorReads(page)).live;
  await page.keyboard.press('ArrowDown');
  await frames(page, 2);
  const after = await state(page);
  assert.notEqual(after.selected, before.selected, 'ArrowDown selects the next event');
  assert.equal(after.playhead, after.selectedDate, 'and moves the playhead to it');
  await assertMirrorIsTheApp(page, 'after ArrowDown');
  await page.waitForFunction((t) => document.getElementById('dl-live').textContent.includes(t), after.selectedTitle, { timeout: 3000 });
  const live = (await mirrorReads(page)).live;
  assert.notEqual(live, liveBefore);
  assert.match(live, /^Event \d+ of \d+: /, live);
  // Not at every step of a quick run through the events: only the one it rests on.
  await page.evaluate(() => { window.__announced = []; new MutationObserver(() => window.__announced.push(document.getElementById('dl-live').textContent))
    .observe(document.getElementById('dl-live'), { childList: true, characterData: true, subtree: true }); });
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(1200);
  const announced = await page.evaluate(() => window.__announced);
  assert.equal(announced.length, 1, `one announcement for four quick steps: ${announced}`);
  assert.ok(announced[0].includes((await state(page)).selectedTitle));
  // A click on an option (a screen reader's activation) selects it.
  const other = await page.evaluate(() => document.querySelector('#dl-events [role=option][aria-selected=false]').getAttribute('data-event'));
  await page.evaluate((i) => document.querySelector(`#dl-events [data-event="${i}"]`).click(), other);
  await frames(page, 2);
  assert.equal((await mirrorReads(page)).optionEvent, +other);
  await assertMirrorIsTheApp(page, 'after a click on an option');
  await context.close();
});

test('a hundred thousand events: the list mirrors a window and says how many', async () => {
  const { page, context } = await openPage(browser, site.url + '?events=100000');
  await waitForApp(page, 60000);
  await page.waitForFunction(() => window.dateline.state().events > 100000, null, { timeout: 60000 });
  await frames(page, 3);
  await page.waitForFunction(() => document.querySelector('#dl-events [role=option]')?.getAttribute('aria-setsize') > 100000, null, { timeout: 15000 });
  const r = await page.evaluate(() => ({
    options: document.querySelectorAll('#dl-events [role=option]').length,
    setsize: +document.querySelector('#dl-events [role=option]').getAttribute('aria-setsize'),
    elements: document.querySelectorAll('*').length,
  }));
  const s = await state(page);
  assert.ok(r.options <= 41, `${r.options} options`);
  assert.equal(r.setsize, s.shown);
  assert.ok(r.elements < 400, `${r.elements} elements in the page`);
  await context.close();
});

// A host page on the app's origin with the app in an iframe, and links before and after it.
async function hostPage(src) {
  const { page, context, seen } = await openPage(browser, site.url);
  await page.route(site.url + 'host.html', (route) => route.fulfill({ contentType: 'text/html', body:
    `<!doctype html><html lang="en"><title>Host</title><main><h1>A host article</h1><p><a id="before" href="#b">Before</a></p>
     <iframe id="frame" title="Dateline" src="${src}" style="width:900px;height:600px;border:0"></iframe>
     <p><a id="after" href="#a">After</a></p></main></html>` }));
  await page.goto(site.url + 'host.html');
  const frame = page.frame({ url: /index\.html/ });
  await waitForApp(frame);
  await waitForMirror(frame);
  return { page, context, frame, seen };
}

const activeIn = (frame) => frame.evaluate(() => {
  const a = document.activeElement;
  return a ? (a.getAttribute('data-control') || a.id || a.tagName.toLowerCase()) : null;
});

test('keyboard only: from the host page into the app, filter, events, article, citation, and out again', async () => {
  const { page, context, frame } = await hostPage('/index.html?embed');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url.replace(/\/$/, '') });
  await page.focus('#before');
  // Tab into the app: its first control.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'frame');
  assert.equal(await activeIn(frame), 'play', 'Tab enters the app at its first control');
  // Tab on to the timeline (the canvas), whose focus ring shows, then past it: it does not trap.
  const order = ['play'];
  for (let i = 0; i < 12 && order[order.length - 1] !== 'canvas'; i++) {
    await page.keyboard.press('Tab');
    order.push(await activeIn(frame));
  }
  assert.equal(order[order.length - 1], 'canvas', `the timeline is reached: ${order}`);
  assert.deepEqual(order.slice(0, 7), ['play', 'fit', 'zoom-out', 'zoom-in', 'previous', 'next', 'help'], 'the controls in the order drawn');
  assert.equal(await frame.evaluate(() => getComputedStyle(document.querySelector('.dl-timeline-ring')).display), 'block', 'a visible focus ring');
  // The timeline's own keys.
  const s0 = await state(frame);
  await page.keyboard.press('ArrowRight');
  await frames(frame, 2);
  assert.notEqual((await state(frame)).selected, s0.selected, 'Right on the timeline: the next event');
  await page.keyboard.press('Tab');
  assert.equal(await activeIn(frame), 'filter', 'Tab leaves the canvas for the filter');
  // Type in the filter: a word of the current headline (whatever the story).
  const word = (await state(frame)).selectedTitle.split(/\s+/).find((w) => /^[A-Za-z]{4,}$/.test(w));
  await page.keyboard.type(word);
  await frames(frame, 2);
  let s = await state(frame);
  assert.equal(s.filter, word, 'typing in the field is the filter');
  assert.ok(s.shown >= 1 && s.shown <= s.events);
  assert.match(await frame.evaluate(() => document.getElementById('dl-events-count').textContent), new RegExp(`${s.shown} of ${s.events}`));
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await frames(frame, 2);
  assert.equal((await state(frame)).filter, '', 'cleared');
  // The events: arrows move through them.
  await page.keyboard.press('Tab');
  assert.equal(await activeIn(frame), 'list');
  const before = (await state(frame)).selected;
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await frames(frame, 2);
  assert.notEqual((await state(frame)).selected, before);
  await assertMirrorIsTheApp(frame, 'keyboard journey');
  // Open the article and come back.
  await page.keyboard.press('Enter');
  await frames(frame, 2);
  s = await state(frame);
  assert.equal(s.articleOpen, true, 'Enter opens the article');
  assert.equal(await activeIn(frame), 'back', 'focus goes to "Back to the event"');
  const e = core.events.get(s.selected);
  assert.equal(await frame.evaluate(() => document.getElementById('dl-article-title').textContent),
               core.articles.get(e.sources[0].article).title, "the open article is the source's");
  assert.ok(await frame.evaluate((p) => [...document.querySelectorAll('#dl-article mark')].some((m) => m.textContent.includes(p.slice(0, 40))),
                                 e.sources[0].passage), 'the passage is marked in the article');
  await page.keyboard.press('Enter');
  await frames(frame, 2);
  assert.equal((await state(frame)).articleOpen, false, 'back');
  assert.equal(await activeIn(frame), 'list', 'focus returns to where it was');
  // Copy a citation.
  for (let i = 0; i < 4 && (await activeIn(frame)) !== 'copy-0'; i++) await page.keyboard.press('Tab');
  assert.equal(await activeIn(frame), 'copy-0');
  await page.keyboard.press('Enter');
  await frames(frame, 2);
  const citation = await frame.evaluate(() => document.querySelector('#dl-current .dl-citation').textContent);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, citation, 'the citation copied is the one shown');
  assert.equal(await activeIn(frame), 'copy-0', 'focus stays on the button');
  // Tab out to the host page.
  for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement.id)) === 'frame'; i++) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'after', 'Tab leaves the app for the host page');
  // And Shift+Tab comes back in, and out at the top.
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'frame');
  for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement.id)) === 'frame'; i++) await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'before', 'Shift+Tab leaves at the top');
  await context.close();
});

test('? shows the keyboard help; Escape closes it and focus returns', async () => {
  const { page, context } = await openPage(browser, site.url);
  await waitForApp(page);
  await waitForMirror(page);
  await page.focus('#canvas');
  await page.keyboard.press('Shift+Slash');
  await page.waitForFunction(() => document.getElementById('dl-help').open, null, { timeout: 2000 });
  const text = await page.evaluate(() => document.getElementById('dl-help').textContent);
  for (const key of ['Tab', 'Home, End', 'Space', 'Enter', 'Esc', '?']) assert.ok(text.includes(key), `the help names ${key}`);
  assert.deepEqual(await axe(page), [], 'the help dialog passes axe');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.getElementById('dl-help').open);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas');
  // Typing "?" in the filter is text, not help.
  await page.focus('#dl-filter');
  await page.keyboard.type('?');
  assert.equal(await page.evaluate(() => document.getElementById('dl-help').open), false);
  await context.close();
});

test('reduced motion: the view jumps instead of gliding', async () => {
  const { page, context } = await openPage(browser, site.url);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await waitForApp(page);
  await settle(page);
  const ids = [...core.events.keys()];
  await page.evaluate(() => document.querySelector('[data-control=fit]').click());
  const a = await frames(page, 2);
  const b = await frames(page, 4);
  assert.deepEqual(a.view, b.view, 'no glide after "Fit all"');
  await page.evaluate((id) => window.dateline.goto(id), ids[ids.length - 1]);
  const c = await frames(page, 1);
  const d = await frames(page, 4);
  assert.deepEqual(c.view, d.view, 'no glide to an event');
  // Without the preference, the same moves glide (the check above can fail). Which events the
  // view must move for depends on the reading (an early event may already be in view), so the
  // earliest events are tried in turn, each from the last event: one of them must glide.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await frames(page, 2);
  let glided = false;
  for (const id of ids.slice(0, 4)) {
    await page.evaluate((last) => window.dateline.goto(last), ids[ids.length - 1]);
    await settle(page);
    await page.evaluate((first) => window.dateline.goto(first), id);
    const e = await frames(page, 1);
    const f = await frames(page, 3);
    if (JSON.stringify(e.view) !== JSON.stringify(f.view)) { glided = true; break; }
  }
  assert.ok(glided, 'a glide takes several frames');
  await context.close();
});

test('320 CSS pixels wide and 200% zoom: every control on screen or shown when focused, none over another; no axe violation', async () => {
  for (const [viewport, scale, name] of [[{ width: 320, height: 640 }, 2, '320'], [{ width: 640, height: 400 }, 2, 'zoom200']]) {
    const { page, context } = await openPage(browser, site.url, { viewport, deviceScaleFactor: scale });
    await waitForApp(page);
    await waitForMirror(page);
    await frames(page, 3);
    const off = await page.evaluate(() => [...document.querySelectorAll('.dl-over')].filter((b) => {
      const r = b.getBoundingClientRect();
      return r.left < -1 || r.right > innerWidth + 1 || r.top < -1 || r.bottom > innerHeight + 1;
    }).map((b) => b.getAttribute('data-control')));
    assert.deepEqual(off, [], 'controls lie within the window');
    assert.deepEqual(await axe(page), [], `${name}: no violation`);
    // No control drawn over another (a label cut or hidden under its neighbour).
    const overlaps = await page.evaluate(() => {
      const r = [...document.querySelectorAll('.dl-over')].filter((b) => !b.closest('[hidden]'))
        .map((b) => [b.getAttribute('data-control'), b.getBoundingClientRect()]);
      const out = [];
      for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++) {
        const [a, p] = r[i], [b, q] = r[j];
        if (a === 'list' || b === 'list') continue;  // the list's rows hold no control of their own
        const w = Math.min(p.right, q.right) - Math.max(p.left, q.left), h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (w > 2 && h > 2) out.push(`${a} over ${b}`);
      }
      return out;
    });
    assert.deepEqual(overlaps, [], `${name}: controls overlap`);
    // Every control the keyboard reaches is on screen while it has focus.
    await page.focus('[data-control=play]');
    const reached = [];
    for (let i = 0; i < 60; i++) {
      const f = await page.evaluate(() => {
        const a = document.activeElement, r = a.getBoundingClientRect();
        return { key: a.getAttribute('data-control') || a.id || a.tagName, inside: r.width > 0 && r.height > 0 && r.left >= -1 && r.top >= -1
                 && r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1 };
      });
      if (f.key === 'BODY' || reached.some((x) => x.key === f.key)) break;
      reached.push(f);
      await page.keyboard.press('Tab');
    }
    assert.ok(reached.length >= 10, `${name}: Tab reaches the controls (${reached.map((x) => x.key)})`);
    assert.deepEqual(reached.filter((x) => !x.inside).map((x) => x.key), [], `${name}: focused controls off screen`);
    // The tip's "Got it" and (on a phone) the story's About are among them while drawn.
    for (const k of name === '320' ? ['hint', 'about'] : ['hint']) assert.ok(reached.some((x) => x.key === k), `${name}: ${k} reached`);
    if (name === '320') {  // About opens and closes the story's description, and says so
      for (const open of ['true', 'false']) {
        await page.focus('[data-control=about]');
        await page.keyboard.press('Enter');
        await page.waitForFunction((o) => document.querySelector('[data-control=about]').getAttribute('aria-expanded') === o, open, { timeout: 3000 });
        assert.equal(await page.evaluate(() => document.querySelector('[data-control=about]').textContent),
                     open === 'true' ? 'Less about this story' : 'About this story');
      }
    }
    await screenshot(browser, page, `a11y-${name}`);
    await context.close();
  }
});

test('"Your articles" is in the mirror while open: its files, problems and buttons work; the notice is said', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'dateline-a11y-'));
  writeFileSync(join(dir, 'floods.txt'), 'Floods close the river road\n\nBy a reporter, 12 March 2021\n\n' +
    'The river road was closed on Wednesday after the floods. It reopened on 20 March 2021.\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  const { page, context } = await openPage(browser, site.url);
  await waitForApp(page);
  await waitForMirror(page);
  await page.setInputFiles('#dateline-add-files', [join(dir, 'floods.txt'), join(dir, 'empty.txt')]);
  await page.waitForFunction(() => { const s = window.dateline.state(); return s.added.files === 2 && !s.added.reading && s.added.panelOpen; },
                             null, { timeout: 30000 });
  await frames(page, 3);
  await page.waitForFunction(() => !document.getElementById('dl-added').hidden, null, { timeout: 5000 });
  const panel = await page.evaluate(() => ({
    text: document.getElementById('dl-added').textContent,
    buttons: [...document.querySelectorAll('#dl-added button')].map((b) => b.textContent),
    live: document.getElementById('dl-live').textContent,
  }));
  assert.ok(panel.buttons.includes('Remove floods.txt') && panel.buttons.includes('Remove all added articles')
            && panel.buttons.includes('Close Your articles'), panel.buttons.join(', '));
  assert.match(panel.text, /empty\.txt: .*empty/, 'the empty file\'s problem is named');
  await page.waitForFunction(() => /Read 1 added article/.test(document.getElementById('dl-live').textContent), null, { timeout: 3000 });
  assert.deepEqual(await axe(page), [], 'with Your articles open');
  // Keyboard: the panel's buttons are reachable, and work.
  await page.focus('[data-control=remove-all]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => { const s = window.dateline.state(); return s.added.files === 0 && !s.added.reading; }, null, { timeout: 30000 });
  await page.focus('[data-control=close-added]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('dl-added').hidden, null, { timeout: 5000 });
  assert.equal((await state(page)).added.panelOpen, false);
  await context.close();
});

// The controls added with corrections and publishing, from the keyboard and in the mirror: the
// Edit switch (a toggle), Undo and Redo, the current event's corrections, "Merge with…" and the
// Share / export menu are named buttons and menus, in the order drawn, and they work.
test('keyboard only: the Edit switch, the corrections, Undo and the Share / export menu are named, reachable and work', async () => {
  const { page, context, seen } = await openPage(browser, site.url);
  await waitForApp(page);
  await waitForMirror(page);
  const activeKey = () => page.evaluate(() => document.activeElement?.getAttribute('data-control') || document.activeElement?.id);
  // Tab from Next: Edit, Share / export, Add articles…, Keyboard help.
  await page.focus('[data-control=next]');
  const order = [];
  for (let i = 0; i < 4; i++) { await page.keyboard.press('Tab'); order.push(await activeKey()); }
  assert.deepEqual(order, ['edit', 'share', 'add', 'help'], 'the header in the order drawn');
  // The switch: Enter turns editing on; Undo and Redo follow it in the order.
  await page.focus('[data-control=edit]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.dateline.state().editing.on && document.querySelector('[data-control=rename]'));
  await frames(page, 2);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const tree = async () => (await cdp.send('Accessibility.getFullAXTree')).nodes.filter((n) => !n.ignored);
  let nodes = await tree();
  const named = (role) => nodes.filter((n) => n.role?.value === role).map((n) => n.name?.value);
  const prop = (n, name) => n.properties?.find((p) => p.name === name)?.value.value;
  const edit = nodes.find((n) => n.role?.value === 'button' && n.name?.value === 'Editing');
  assert.ok(edit && prop(edit, 'pressed') === 'true', `the switch is a pressed toggle named as shown: ${named('button')}`);
  for (const b of ['Undo', 'Redo', 'Share / export', 'Rename…', 'Date…', 'Note…', 'Key event', 'Merge with…', 'Hide'])
    assert.ok(named('button').includes(b), `a button named "${b}" (${named('button')})`);
  assert.deepEqual(await axe(page), [], 'no axe violation while editing');
  await page.keyboard.press('Tab');
  assert.equal(await activeKey(), 'undo');
  // A key mark: the button says the new state; Undo takes it back.
  const key = await page.evaluate(() => window.dateline.state().editing.keyEvents);
  await page.focus('[data-control=key]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-control=key]')?.textContent === 'Unmark key event');
  assert.equal(await page.evaluate(() => window.dateline.state().editing.keyEvents), key + 1);
  assert.equal(await activeKey(), 'key', 'focus stays on the button');
  await page.focus('[data-control=undo]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-control=key]')?.textContent === 'Key event');
  // Rename: the form opens with the headline, Enter saves, focus comes back to Rename.
  await page.focus('[data-control=rename]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('dateline-edit-form')?.open);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'dateline-edit-value');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('A headline set from the keyboard');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.getElementById('dateline-edit-form').open);
  await page.waitForFunction(() => document.querySelector('#dl-current h2')?.textContent === 'A headline set from the keyboard');
  assert.equal((await state(page)).selectedTitle, 'A headline set from the keyboard');
  assert.equal(await activeKey(), 'rename', 'focus returns to Rename');
  // Merge with…: a menu of the neighbours; Escape closes it and focus returns.
  await page.focus('[data-control=merge]');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('[role=menu]'));
  const merge = await page.evaluate(() => ({ items: [...document.querySelectorAll('[role=menu] [role=menuitem]')].map((i) => i.textContent),
    focused: document.activeElement.getAttribute('role'), expanded: document.querySelector('[data-control=merge]').getAttribute('aria-expanded') }));
  assert.ok(merge.items.length >= 2 && merge.items.every((t) => /^(Before|After): .+: .+/.test(t)), merge.items.join(' | '));
  assert.deepEqual([merge.focused, merge.expanded], ['menuitem', 'true']);
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.querySelector('[role=menu]')), null);
  assert.equal(await activeKey(), 'merge');
  // Hide, then Show again from the hidden list.
  const events = (await state(page)).events;
  const hiddenTitle = (await state(page)).selectedTitle;
  await page.focus('[data-control=hide]');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => window.dateline.state().events === n - 1, events);
  await page.waitForFunction(() => document.querySelector('[data-control=show-0]'));
  assert.equal(await page.evaluate(() => document.querySelector('[data-control=show-0]').textContent), `Show again: ${hiddenTitle}`);
  await page.focus('[data-control=show-0]');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => window.dateline.state().events === n, events);
  // Share / export: a menu; an export downloads from the keyboard.
  await page.focus('[data-control=share]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[role=menu]'));
  nodes = await tree();
  const items = nodes.filter((n) => /^menuitem/.test(n.role?.value)).map((n) => n.name?.value);
  assert.deepEqual(items, ['Save as page…', 'with the bundled articles', 'TimelineJS (JSON)', "Spreadsheet (CSV, the TimelineJS sheet's columns)",
                           'Dateline JSON (with passages)', 'Print…', 'Picture of the timeline (PNG)']);
  assert.deepEqual(await axe(page), [], 'no axe violation with the menu open');
  await screenshot(browser, page, 'a11y-share-menu');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Dateline JSON (with passages)');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30000 }), page.keyboard.press('Enter')]);
  assert.equal(download.suggestedFilename(), 'timeline-dateline.json');
  assert.equal(await activeKey(), 'share', 'the menu closed, focus on its button');
  // The switch off: the corrections leave the mirror.
  await page.focus('[data-control=edit]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !window.dateline.state().editing.on && !document.querySelector('[data-control=rename]'));
  assert.equal(await page.evaluate(() => document.querySelector('[data-control=undo]').hidden), true);
  assert.deepEqual(seen.pageErrors, [], 'uncaught page errors');
  await context.close();
});

// Contrast measured on the page as drawn: each single marker's colour against the ground of its
// lane around it (WCAG 1.4.11: 3:1, dimmed markers after the playhead too), and the darkest text
// of the reading panel against the panel (1.4.3: 4.5:1). `prefers-contrast: more` raises both.
async function measuredContrast(contrast) {
  const { page, context } = await openPage(browser, site.url, { viewport: { width: 1280, height: 800 } });
  await page.emulateMedia({ contrast });
  await waitForApp(page);
  await waitForMirror(page);
  const ids = [...core.events.keys()];
  // An event near the middle, so that single markers lie on both sides of the playhead (those
  // after it dimmed). Where events crowd (many on one day draw as counted circles), the middle one
  // may leave none on a side: the events around it are tried in turn, nearest first.
  const middle = Math.floor(ids.length / 2);
  const tries = ids.map((id, i) => [Math.abs(i - middle), id]).sort((p, q) => p[0] - q[0]).map(([, id]) => id);
  let s, points = [];
  for (const id of tries) {
    await page.evaluate((i) => window.dateline.goto(i), id);
    s = await settle(page);
    await frames(page, 3);
    const markers = await page.evaluate(() => window.dateline.markers());
    points = markers.filter((m) => !m.span && m.events.length === 1 && m.x > s.timeline.x + 12 && m.x < s.timeline.x + s.timeline.width - 12)
      .map((m) => ({ x: Math.round(m.x), y: Math.round(m.y), dimmed: m.x > s.timeline.playheadX + 8 }));
    if (points.some((p) => p.dimmed) && points.some((p) => !p.dimmed)) break;
  }
  assert.ok(points.some((p) => p.dimmed) && points.some((p) => !p.dimmed), `single markers both sides of the playhead: ${points.length}`);
  assert.ok(s.controls['open-0'], 'the reading panel shows its first source');
  const png = await page.screenshot({ path: join(shots, `a11y-contrast-${contrast}.png`) });
  const args = JSON.stringify({ points, x0: Math.round(s.timeline.x), x1: Math.round(s.timeline.x + s.timeline.width), panel: { x: Math.round(s.controls['open-0'].x), y: Math.round(s.controls['open-0'].y) } });
  // (The measure runs in the browser from its source text: its inputs are written into it.)
  const measure = new Function('d', 'w', 'h', `const a = ${args};` + `
    const lin = (c) => { c /= 255; return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
    const lum = (i) => 0.2126 * lin(d[i]) + 0.7152 * lin(d[i + 1]) + 0.0722 * lin(d[i + 2]);
    const ratio = (p, q) => (Math.max(p, q) + 0.05) / (Math.min(p, q) + 0.05);
    const at = (x, y) => (y * w + x) * 4;
    const commonest = (y, from, to) => {  // the ground: the commonest colour of the row
      const n = new Map(); let best = 0, colour = at(from, y);
      for (let x = from; x < to; x++) { const i = at(x, y), k = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2]; const c = (n.get(k) || 0) + 1; n.set(k, c); if (c > best) { best = c; colour = i; } }
      return colour;
    };
    const markers = a.points.map((p) => ({ dimmed: p.dimmed, ratio: ratio(lum(at(p.x, p.y)), lum(commonest(p.y, a.x0, a.x1))) }));
    // Text: the darkest pixel of the reading panel's first lines against the panel's ground.
    let darkest = 1, y0 = Math.max(0, a.panel.y - 160);
    for (let y = y0; y < a.panel.y; y++) for (let x = a.panel.x; x < Math.min(w, a.panel.x + 500); x++) darkest = Math.min(darkest, lum(at(x, y)));
    return { markers, text: ratio(darkest, lum(commonest(a.panel.y - 4, a.panel.x, Math.min(w, a.panel.x + 500)))) };`);
  const m = await measurePixels(browser, png, measure);
  await context.close();
  const least = (dimmed) => Math.min(...m.markers.filter((x) => x.dimmed === dimmed).map((x) => x.ratio));
  return { full: least(false), dimmed: least(true), text: m.text, count: m.markers.length };
}

test('contrast measured on screenshots: markers (dimmed too) 3:1, text 4.5:1; prefers-contrast: more raises them', async (t) => {
  const normal = await measuredContrast('no-preference');
  const more = await measuredContrast('more');
  const say = JSON.stringify({ normal, more });
  t.diagnostic(say);
  assert.ok(normal.full >= 2.9 && normal.dimmed >= 2.9, `markers at least 3:1: ${say}`);
  assert.ok(normal.text >= 4.5, `text at least 4.5:1: ${say}`);
  assert.ok(more.full >= 4.4 && more.dimmed >= 4.4, `with more contrast, markers at least 4.5:1: ${say}`);
  assert.ok(more.full > normal.full && more.dimmed > normal.dimmed, `more contrast raises the markers': ${say}`);
  assert.ok(more.text > normal.text && more.text >= 7, `and the text's (7:1, WCAG AAA): ${say}`);
});

// "with the bundled articles" (Share / export) is one choice, the app's: the canvas's checkbox
// and the mirror's menu item both show what the model holds and both set it. (The mirror kept a
// state of its own: set on the canvas, the mirror's item still read "not checked", and the reverse.)
test('"with the bundled articles": the canvas checkbox and the mirror\'s menu item show and set one state', async () => {
  const { page, context, seen } = await openPage(browser, site.url);
  await waitForApp(page);
  await waitForMirror(page);
  // The mirror: open its Share / export menu from the keyboard, read the item, close it.
  const mirrorItem = async () => {
    await page.focus('[data-control=share]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[role=menu] [role=menuitemcheckbox]'));
    return page.evaluate(() => document.querySelector('[role=menu] [role=menuitemcheckbox]').getAttribute('aria-checked'));
  };
  // The canvas: open its Share / export popup with the mouse; the checkbox's square, as drawn,
  // counted in pixels far from the square's own ground (its frame, and the tick when checked).
  const canvasPopup = async () => {
    const s = await state(page);
    await page.mouse.click(s.shareButton.x + s.shareButton.width / 2, s.shareButton.y + s.shareButton.height / 2);
    await page.waitForFunction(() => window.dateline.state().controls['share-bundled']);
    return (await state(page)).controls['share-bundled'];
  };
  const tickInk = async (box) => {
    await frames(page, 2);
    const png = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.height, height: box.height } });
    return measurePixels(browser, png, (d) => {
      const lum = [];
      for (let i = 0; i < d.length; i += 4) lum.push(0.3 * d[i] + 0.59 * d[i + 1] + 0.11 * d[i + 2]);
      const ground = [...lum].sort((a, b) => a - b)[Math.floor(lum.length / 2)];
      return lum.filter((l) => Math.abs(l - ground) > 60).length / lum.length;
    });
  };
  const closeCanvasPopup = async () => {  // a click outside it, on the page's title
    await page.mouse.click(20, 20);
    await page.waitForFunction(() => !window.dateline.state().controls['share-bundled']);
  };
  assert.equal(await mirrorItem(), 'false', 'not checked at first, in the mirror');
  await page.keyboard.press('Escape');
  let box = await canvasPopup();
  const unchecked = await tickInk(box);
  // Checked on the canvas: the mirror's item says so.
  await page.mouse.click(box.x + box.height / 2, box.y + box.height / 2);
  const checked = await tickInk(box);
  assert.ok(checked > unchecked + 0.05, `the canvas's checkbox shows a tick: ${unchecked.toFixed(3)} -> ${checked.toFixed(3)}`);
  await closeCanvasPopup();
  assert.equal(await mirrorItem(), 'true', 'checked on the canvas: the mirror\'s item is checked');
  // Unchecked in the mirror (the menu stays open): the item and the canvas's checkbox say so.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[role=menu] [role=menuitemcheckbox]')?.getAttribute('aria-checked') === 'false');
  await page.keyboard.press('Escape');
  assert.equal(await mirrorItem(), 'false', 'unchecked in the mirror, and so when it opens again');
  await page.keyboard.press('Escape');
  box = await canvasPopup();
  const after = await tickInk(box);
  assert.ok(Math.abs(after - unchecked) < 0.02, `the canvas's checkbox shows no tick: ${after.toFixed(3)} (unchecked ${unchecked.toFixed(3)})`);
  await closeCanvasPopup();
  assert.deepEqual(seen.pageErrors, [], 'uncaught page errors');
  await context.close();
});

// The lanes' names and the markers, at 320 CSS pixels, at 200% zoom of a 1366×768 screen and on a
// 390 px phone: no name is drawn over a marker, wherever the view is (at rest, and panned so that
// markers pass the left edge, where the names were drawn over them).
test('lane names are never drawn over a marker: 320 px, 200% zoom, a phone; at rest and panned', async () => {
  const overlapping = (a, b) => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 &&
                                Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;
  for (const [viewport, scale, name] of [[{ width: 320, height: 640 }, 2, '320'], [{ width: 683, height: 384 }, 2, 'zoom200'], [{ width: 390, height: 844 }, 3, 'phone390']]) {
    const { page, context, seen } = await openPage(browser, site.url, { viewport, deviceScaleFactor: scale });
    await waitForApp(page);
    await waitForMirror(page);
    let s = await settle(page);
    const check = async (when) => {
      s = await state(page);
      const t = s.timeline;
      const names = s.story.lanes.map((l, i) => ({ name: l.name, box: s.controls[`lane-${i}`] }));
      assert.ok(names.length > 1 && names.every((n) => n.box && n.box.width > 0), `${name} ${when}: each lane's name is drawn: ${JSON.stringify(names)}`);
      // What of each marker shows: its drawn box within the timeline (the rest is clipped).
      const markers = (await page.evaluate(() => window.dateline.markers())).map((m) => {
        const x0 = Math.max(m.box.x, t.x), x1 = Math.min(m.box.x + m.box.width, t.x + t.width);
        return { events: m.events, box: { x: x0, y: m.box.y, width: x1 - x0, height: m.box.height } };
      }).filter((m) => m.box.width > 0);
      assert.ok(markers.length > 0, `${name} ${when}: markers on screen`);
      const over = [];
      for (const n of names) for (const m of markers) if (overlapping(n.box, m.box)) over.push(`${n.name} over ${m.events}`);
      assert.deepEqual(over, [], `${name} ${when}: lane names over markers`);
      // Each name is on screen and level with its lane (the lanes share the timeline's height
      // under its date band, 22 px, and over its axis, 26 px).
      const laneHeight = (t.height - 22 - 26) / names.length;
      for (const [i, n] of names.entries()) {
        assert.ok(n.box.x >= 0 && n.box.x + n.box.width <= viewport.width, `${name}: ${n.name} on screen: ${JSON.stringify(n.box)}`);
        const mid = n.box.y + n.box.height / 2, lane = t.y + 22 + laneHeight * (i + 0.5);
        assert.ok(Math.abs(mid - lane) < laneHeight / 2, `${name}: ${n.name} level with its lane: ${mid} vs ${lane}`);
      }
    };
    await check('at rest');
    await screenshot(browser, page, `a11y-lanes-${name}`);
    // Zoomed in and panned: drag the timeline so that the markers pass under the left edge, in steps.
    await page.evaluate(() => window.dateline.goto(window.dateline.markers()[0].events[0]));  // the earliest marker's event
    s = await settle(page);
    for (let step = 0; step < 4; step++) {
      const t = s.timeline, y = t.y + t.height - 40;
      let from = t.x + t.width * 0.4;
      if (Math.abs(from - s.timeline.playheadX) < 20) from += 30;  // a press on the playhead scrubs
      await page.mouse.move(from, y);
      await page.mouse.down();
      await page.mouse.move(from - t.width * 0.3, y, { steps: 5 });
      await page.mouse.up();
      s = await settle(page);
      await check(`panned ${step + 1}`);
    }
    await screenshot(browser, page, `a11y-lanes-${name}-panned`);
    assert.deepEqual(seen.pageErrors, [], 'uncaught page errors');
    await context.close();
  }
});
