// What a person reads, against what the core found: the browser tests check the selected event's
// headline, date, passages and outlets as the accessible mirror (wasm/accessibility.js) shows
// them, and compare them with the native command-line tool's reading of the same articles
// (build/native/dateline extract --explain), not only that pixels changed.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { root } from './support.mjs';

const native = join(root, 'build', 'native', 'dateline');

// The core's reading of the bundled articles (or of `articles`): events and articles by id.
export function coreReading(articles = 'assets/articles') {
  assert.ok(existsSync(native), `${native} is missing: build the native preset first (scripts/test does)`);
  const r = spawnSync(native, ['extract', '--explain', articles], { cwd: root, maxBuffer: 1 << 28, timeout: 60000 });
  assert.ok(r.status === 0 || r.status === 2, `dateline extract failed: ${r.stderr}`);
  const doc = JSON.parse(r.stdout.toString());
  return { events: new Map(doc.events.map((e) => [e.id, e])), articles: new Map(doc.articles.map((a) => [a.id, a])) };
}

// Waits until the mirror holds the current event (page or frame).
export async function waitForMirror(target) {
  await target.waitForFunction(() => {
    const h = document.querySelector('#dl-current h2');
    return h && h.textContent.length > 0 && document.querySelectorAll('#dl-events [role=option]').length > 0;
  }, null, { timeout: 15000 });
}

// What a person reads in the mirror about the current event.
export async function mirrorReads(target) {
  return target.evaluate(() => {
    const option = document.querySelector('#dl-events [role=option][aria-selected=true]');
    const time = document.querySelector('#dl-current .dl-date time');
    return {
      headline: document.querySelector('#dl-current h2')?.textContent,
      iso: time?.getAttribute('datetime'),
      date: time?.textContent,
      passages: [...document.querySelectorAll('#dl-current .dl-passage')].map((b) => b.textContent),
      outlets: [...document.querySelectorAll('#dl-current .dl-outlet')].map((b) => b.textContent),
      citations: [...document.querySelectorAll('#dl-current .dl-citation')].map((b) => b.textContent),
      option: option?.textContent ?? null,
      optionEvent: option ? +option.getAttribute('data-event') : null,
      live: document.getElementById('dl-live')?.textContent,
      active: document.getElementById('dl-events')?.getAttribute('aria-activedescendant'),
    };
  });
}

// The mirror's current event is the app's (state()) and the core's: headline, date with its
// precision, each source's passage and outlet.
export async function assertReadsAsCore(target, core, what) {
  await target.waitForFunction(() => {  // the mirror follows the app's next frame
    const s = window.dateline.state();
    return document.querySelector('#dl-current h2')?.textContent === s.selectedTitle;
  }, null, { timeout: 5000 }).catch(() => {});
  const s = await target.evaluate(() => window.dateline.state());
  const m = await mirrorReads(target);
  assert.ok(s.selected, `${what}: an event is selected`);
  assert.equal(m.headline, s.selectedTitle, `${what}: the headline read is the app's`);
  assert.equal(m.iso, s.selectedDate, `${what}: the date read is the app's`);
  const e = core.events.get(s.selected);
  assert.ok(e, `${what}: the core has event ${s.selected}`);
  assert.equal(m.headline, e.title, `${what}: the headline is the core's`);
  assert.equal(m.iso, e.start, `${what}: the date is the core's`);
  assert.deepEqual(m.passages, e.sources.map((x) => x.passage), `${what}: each source's passage is the core's`);
  // Each outlet by the name the core gives it; "Unknown outlet" only where the core knows none
  // (a bundled article's sources.json entry may say null: an honest gap, not a name made up).
  const outlets = e.sources.map((x) => core.articles.get(x.article).outlet);
  assert.deepEqual(m.outlets, outlets.map((o) => o ?? 'Unknown outlet'), `${what}: each source's outlet is the core's`);
  if (e.precision === 'day') assert.doesNotMatch(m.date, /known to the/, m.date);
  else assert.match(m.date, new RegExp(`known to the ${e.precision}`), `${what}: the date says its precision`);
  if (m.option !== null) assert.ok(m.option.includes(s.selectedTitle), `${what}: the selected list item is the event (${m.option})`);
  return { s, m, e };
}
