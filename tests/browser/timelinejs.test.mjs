// Round trips of the exports (issue 10): what `dateline export --format timelinejs` writes is
// loaded by TimelineJS 3.9.11 itself (npm @knight-lab/timelinejs, pinned in package-lock.json,
// tests only) in Chromium, and shows one slide per shown event with the headline and date the
// timeline document gives it; an edits document's rename and hide show there; `--format csv` read
// back by an RFC 4180 parser gives the same events as `--format json`, and TimelineJS reads it from a
// .csv address into the same slides; and a hostile article's
// text reaches TimelineJS as plain text (no markup, no script).
//
// Needs build/native/dateline (scripts/test builds it) and node_modules (npm ci). No network:
// the host page is served on 127.0.0.1 and every other request is aborted and recorded; only
// TimelineJS's web-font requests (fonts.googleapis.com / fonts.gstatic.com) are expected.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/static_server.mjs';
import { launch, root, screenshot, closeAll } from './support.mjs';

const native = join(root, 'build', 'native', 'dateline');
const articles = join(root, 'assets', 'articles');
const timelinejs = join(root, 'node_modules', '@knight-lab', 'timelinejs');
// TimelineJS's default font stylesheet asks Google Fonts for its faces; that is all it may ask.
const FONT_HOSTS = new Set(['fonts.googleapis.com', 'fonts.gstatic.com']);

const site = mkdtempSync(join(tmpdir(), 'dateline-timelinejs-'));
process.on('exit', () => rmSync(site, { recursive: true, force: true }));
let server, browser;

// Runs the CLI; returns stdout as text (exit status 0 expected: every edit must apply).
function dateline(...args) {
  const r = spawnSync(native, args, { cwd: root, maxBuffer: 1 << 28, timeout: 60000 });
  assert.equal(r.error, undefined, `dateline could not be run: ${r.error}`);
  assert.equal(r.status, 0, `dateline ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return r.stdout.toString('utf8');
}

// The host page: TimelineJS's own dist files, fed the export named in ?data= as an object (a
// .csv one as its address, which TimelineJS fetches and parses with its own sheet reader).
// script_path points at the local dist/js so TimelineJS loads its font CSS from here, not a CDN.
const HOST = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS host</title>
<link rel="stylesheet" href="/tl/css/timeline.css">
<script src="/tl/js/timeline.js"></script>
<style>html, body { margin: 0; height: 100%; } #timeline-embed { width: 100%; height: 600px; }</style>
</head><body><div id="timeline-embed"></div>
<script>
  window.timelineError = null;
  const name = new URL(location.href).searchParams.get('data');
  // A .csv export is handed to TimelineJS as an address: it reads the sheet itself.
  const data = /\.csv$/.test(name) ? Promise.resolve(new URL(name, location.href).href) : fetch(name).then((r) => r.json());
  data.then((data) => {
    window.timeline = new TL.Timeline('timeline-embed', data,
      { script_path: new URL('/tl/js/', location.href).href, hash_bookmark: false });
  }).catch((e) => { window.timelineError = String(e); });
</script></body></html>`;

before(async () => {
  assert.ok(existsSync(native), `${native} is missing: build the native preset first (scripts/test does)`);
  assert.ok(existsSync(join(timelinejs, 'dist', 'js', 'timeline.js')), 'TimelineJS is missing: run npm ci');
  const pkg = JSON.parse(readFileSync(join(timelinejs, 'package.json'), 'utf8'));
  assert.equal(pkg.version, '3.9.11', 'the TimelineJS version the README names');
  symlinkSync(join(timelinejs, 'dist'), join(site, 'tl'));
  writeFileSync(join(site, 'index.html'), HOST);
  server = await serve(site);
  browser = await launch();
});

after(() => closeAll(browser, server));

// Loads the export `file` (in the site folder) into TimelineJS and waits until it has drawn
// `slides` slides (events plus a title slide if any); returns what it rendered, slide by slide.
async function render(file, slides, shot) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const foreign = [], errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    foreign.push(url.href);
    return route.abort();
  });
  await page.goto(`${server.url}index.html?data=${encodeURIComponent(file)}`);
  await page.waitForFunction((n) => window.timelineError ||
    (window.timeline && window.timeline.config && document.querySelectorAll('.tl-slide').length === n &&
     document.querySelectorAll('.tl-timemarker').length > 0), slides, { timeout: 20000 })
    .catch(() => {});
  // TimelineJS fades its first slide and the time axis in: let it finish before looking.
  await page.waitForTimeout(1200);
  const shown = await page.evaluate(() => ({
    error: window.timelineError,
    configEvents: window.timeline?.config?.events?.length ?? null,
    configErrors: (window.timeline?.config?.errors ?? []).map(String),
    pwned: typeof window.__pwned,
    images: [...document.querySelectorAll('#timeline-embed img')].map((i) => i.outerHTML),
    links: [...document.querySelectorAll('#timeline-embed a[href]')].map((a) => a.getAttribute('href')),
    markers: document.querySelectorAll('.tl-timemarker').length,
    slides: [...document.querySelectorAll('.tl-slide')].map((s) => ({
      id: s.id,
      title: s.classList.contains('tl-slide-titleslide'),
      headline: s.querySelector('.tl-headline')?.textContent ?? null,
      date: s.querySelector('.tl-headline-date')?.textContent ?? null,
      text: s.querySelector('.tl-text-content')?.textContent ?? '',
    })),
  }));
  if (shot) {
    const s = await screenshot(browser, page, shot);
    assert.ok(s.inkFraction > 0.02 && s.colours > 20, `the screenshot looks blank: ${JSON.stringify(s)}`);
  }
  await context.close();
  assert.equal(shown.error, null, `the host page failed: ${shown.error}`);
  assert.deepEqual(errors, [], 'TimelineJS threw');
  const unexpected = foreign.filter((u) => !FONT_HOSTS.has(new URL(u).hostname));
  assert.deepEqual(unexpected, [], 'requests beyond 127.0.0.1 other than web fonts');
  return shown;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const squash = (s) => String(s).replace(/\s+/g, ' ').trim();

// The TimelineJS date {year, month?, day?} of a timeline document's `YYYY-MM-DD` at a precision.
function tlDate(iso, precision) {
  const [year, month, day] = iso.split('-').map(Number);
  if (precision === 'year') return { year };
  if (precision === 'month') return { year, month };
  return { year, month, day };
}

// Checks that TimelineJS rendered the export `tl` of the timeline document `doc` (the JSON export
// of the same articles and edits): one slide per event, matched by unique_id, with the event's
// title as headline and its date as known.
function checkRendered(shown, tl, doc, { title = null } = {}) {
  const events = shown.slides.filter((s) => !s.title);
  assert.equal(tl.events.length, doc.events.length, 'the TimelineJS export has an event per shown event');
  assert.equal(shown.configEvents, doc.events.length, 'TimelineJS read every event');
  assert.equal(events.length, doc.events.length, 'one slide per shown event');
  assert.equal(shown.slides.length - events.length, title ? 1 : 0, 'title slides');
  assert.equal(shown.markers, doc.events.length, 'one time marker per shown event');
  if (title) assert.equal(squash(shown.slides.find((s) => s.title).headline), title);
  const byId = new Map(events.map((s) => [s.id, s]));
  assert.equal(byId.size, events.length, 'slide ids are unique');
  for (const [i, e] of doc.events.entries()) {
    const x = tl.events[i], slide = byId.get(e.id);
    assert.equal(x.unique_id, e.id, `event ${i}: the export keeps the document's order and ids`);
    assert.ok(slide, `no slide for ${e.id} “${e.title}”`);
    assert.equal(squash(slide.headline), squash(e.title), `${e.id}: the headline TimelineJS shows`);
    assert.deepEqual(x.start_date, tlDate(e.start, e.precision), `${e.id}: start_date`);
    if (x.end_date) assert.deepEqual(x.end_date, tlDate(e.end, e.precision), `${e.id}: end_date`);
    else assert.ok(e.start === e.end || ['month', 'year'].includes(e.precision), `${e.id}: a range without end_date`);
    // The date as known: a display_date is shown as written (and names the year); otherwise
    // TimelineJS formats the date at its precision (day: "June 21, 2017").
    const [year, month, day] = e.start.split('-').map(Number);
    const date = squash(slide.date);
    assert.ok(date.includes(String(year)), `${e.id}: “${date}” lacks the year ${year}`);
    if (x.display_date) {
      assert.equal(date, squash(x.display_date), `${e.id}: display_date`);
      assert.notEqual(e.precision, 'day', `${e.id}: a day needs no display_date`);
    } else {
      assert.ok(['day', 'month', 'year'].includes(e.precision), `${e.id}: a ${e.precision} without display_date`);
      if (e.precision !== 'year') assert.ok(date.includes(MONTHS[month - 1]), `${e.id}: “${date}” lacks ${MONTHS[month - 1]}`);
      if (e.precision === 'day') assert.match(date, new RegExp(`\\b${day}\\b`), `${e.id}: “${date}” lacks day ${day}`);
    }
  }
  // TimelineJS orders slides by start date; the export is in date order already.
  const starts = events.map((s) => tl.events.find((x) => x.unique_id === s.id).start_date)
    .map((d) => [d.year, d.month ?? 1, d.day ?? 1].join('-').replace(/\b(\d)\b/g, '0$1'));
  assert.deepEqual(starts, [...starts].sort(), 'slides in date order');
}

test('the bundled articles, exported to TimelineJS, load in TimelineJS 3.9.11 itself', async () => {
  const tl = dateline('export', '--format', 'timelinejs', articles);
  const doc = JSON.parse(dateline('export', '--format', 'json', articles));
  writeFileSync(join(site, 'bundled.json'), tl);
  assert.ok(doc.events.length >= 10, `${doc.events.length} events`);
  const shown = await render('bundled.json', doc.events.length, 'timelinejs');
  // The bundled story file's title makes the title slide.
  const story = JSON.parse(readFileSync(join(articles, 'story.json'), 'utf8'));
  checkRendered(shown, JSON.parse(tl), doc, { title: story.title });
  // Dateline's only links are the sources' http(s) addresses.
  for (const href of shown.links) assert.match(href, /^https?:\/\//, href);
});

test('an edits document: the renamed event shows its new headline in TimelineJS, the hidden one is gone', async () => {
  const draft = JSON.parse(dateline('export', '--format', 'json', '--explain', articles));
  const hash = new Map(draft.articles.map((a) => [a.id, a]));
  // Anchors as the README says to make them, from the JSON export's fields.
  const anchor = (e) => {
    const s = e.sources[0], a = hash.get(s.article);
    return { text_hash: a.text_hash, file: a.file, start: s.start, end: s.end, quote: s.passage, dated_by: s.timex.text };
  };
  const single = draft.events.filter((e) => e.sources.length === 1 &&
    draft.events.filter((o) => o.title === e.title).length === 1);
  assert.ok(single.length >= 2, 'two events reported once each');
  const [renamed, hidden] = [single[1], single[single.length - 2]];
  const headline = 'Renamed by the teacher: <b>“quoted”</b> & {{kept}}';
  const edits = join(site, 'edits.json');
  writeFileSync(edits, JSON.stringify({ version: 1, edits: [
    { kind: 'rename', anchor: anchor(renamed), headline },
    { kind: 'hide', anchor: anchor(hidden) }] }));
  const title = 'A class timeline';
  const tl = dateline('export', '--format', 'timelinejs', '--edits', edits, '--title', title, articles);
  const doc = JSON.parse(dateline('export', '--format', 'json', '--edits', edits, articles));
  assert.deepEqual({ applied: doc.edits.applied, hidden: doc.edits.hidden, stale: doc.edits.no_longer_found },
    { applied: 2, hidden: 1, stale: [] });
  assert.equal(doc.events.length, draft.events.length - 1);
  writeFileSync(join(site, 'edited.json'), tl);
  const shown = await render('edited.json', doc.events.length + 1);
  checkRendered(shown, JSON.parse(tl), doc, { title });
  const headlines = shown.slides.map((s) => squash(s.headline));
  assert.ok(headlines.includes(squash(headline)), 'the new headline, as plain text');
  assert.ok(!headlines.includes(squash(renamed.title)), 'the old headline is gone');
  assert.ok(!headlines.includes(squash(hidden.title)), 'the hidden event is gone');
  assert.ok(!shown.slides.some((s) => s.id === hidden.id), 'no slide with the hidden event\'s id');
});

// RFC 4180: fields separated by commas, records by CR LF; a quoted field may hold commas, CR LF
// and "" (a quote). Anything else (a bare quote inside an unquoted field, a lone LF) is an error.
function parseCsv(text) {
  const records = [];
  let field = '', record = [], i = 0;
  const endField = () => { record.push(field); field = ''; };
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      for (i++; ; i++) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') { if (text[i + 1] === '"') { field += '"'; i++; } else { i++; break; } }
        else field += text[i];
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
      continue;
    }
    if (text[i] === ',') { endField(); i++; continue; }
    if (text[i] === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`CR without LF at ${i}`);
      endField(); records.push(record); record = []; i += 2; continue;
    }
    if (text[i] === '\n') throw new Error(`LF without CR at ${i}`);
    if (text[i] === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
    field += text[i++];
  }
  if (field !== '' || record.length) throw new Error('the last record does not end in CR LF');
  return records;
}

// Text of the HTML TimelineJS gets: its character references decoded (no markup in a headline).
const decodeHtml = (s) => s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, r) =>
  r[0] === '#' ? String.fromCodePoint(r[1] === 'x' || r[1] === 'X' ? parseInt(r.slice(2), 16) : Number(r.slice(1)))
    : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[r.toLowerCase()]);

test('the CSV export, read back by an RFC 4180 parser, gives the events of the JSON export', () => {
  const csv = dateline('export', '--format', 'csv', articles);
  const doc = JSON.parse(dateline('export', '--format', 'json', articles));
  const tl = JSON.parse(dateline('export', '--format', 'timelinejs', articles));
  assert.notEqual(csv.charCodeAt(0), 0xfeff, 'no byte-order mark');
  const [header, ...rows] = parseCsv(csv);
  assert.deepEqual(header, ['Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time',
    'Display Date', 'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Alt Text',
    'Type', 'Group', 'Background'], 'the TimelineJS sheet template\'s columns, in its order');
  // The story's title row (Type "title") first, then a row per event.
  const story = JSON.parse(readFileSync(join(articles, 'story.json'), 'utf8'));
  const titleRow = rows.shift();
  assert.equal(titleRow[header.indexOf('Type')], 'title', 'the title row');
  assert.equal(decodeHtml(titleRow[header.indexOf('Headline')]), story.title, 'the story title');
  assert.equal(rows.length, doc.events.length, 'a row per event');
  const col = Object.fromEntries(header.map((h, i) => [h, i]));
  const num = (s) => (s === '' ? undefined : Number(s));
  for (const [i, e] of doc.events.entries()) {
    const r = rows[i], x = tl.events[i];
    assert.equal(r.length, header.length, `row ${i + 1}: ${r.length} fields`);
    const start = tlDate(e.start, e.precision);
    assert.deepEqual([num(r[col.Year]), num(r[col.Month]), num(r[col.Day])], [start.year, start.month, start.day], `${e.id}: start`);
    const end = x.end_date ? tlDate(e.end, e.precision) : {};
    assert.deepEqual([num(r[col['End Year']]), num(r[col['End Month']]), num(r[col['End Day']])],
      [end.year, end.month, end.day], `${e.id}: end`);
    assert.equal(squash(decodeHtml(r[col.Headline])), squash(e.title), `${e.id}: headline`);
    assert.equal(r[col.Headline], x.text.headline, `${e.id}: the same HTML as the TimelineJS JSON`);
    assert.equal(r[col.Text], x.text.text.replaceAll('<\\/', '</'), `${e.id}: text`);
    assert.equal(r[col['Display Date']], x.display_date ?? '', `${e.id}: display date`);
    assert.equal(r[col.Group], x.group ?? '', `${e.id}: group`);
  }
});

test('the CSV export, read by TimelineJS 3.9.11 itself from a .csv address, shows the slides of the JSON export', async () => {
  const csv = dateline('export', '--format', 'csv', articles);
  const doc = JSON.parse(dateline('export', '--format', 'json', articles));
  const story = JSON.parse(readFileSync(join(articles, 'story.json'), 'utf8'));
  writeFileSync(join(site, 'bundled.csv'), csv);
  const shown = await render('bundled.csv', doc.events.length + 1);
  assert.deepEqual(shown.configErrors, [], 'TimelineJS found no error in the sheet');
  assert.equal(shown.configEvents, doc.events.length, 'TimelineJS read a row per event');
  const events = shown.slides.filter((s) => !s.title);
  assert.equal(events.length, doc.events.length, 'one slide per shown event');
  assert.equal(squash(shown.slides.find((s) => s.title)?.headline ?? ''), squash(story.title), 'the title row');
  assert.deepEqual(events.map((s) => squash(s.headline)).sort(), doc.events.map((e) => squash(e.title)).sort(),
    'the same headlines as the timeline document');
  for (const s of events) {
    const e = doc.events.find((x) => squash(x.title) === squash(s.headline));
    assert.ok(squash(s.date).includes(e.start.slice(0, 4)), `“${s.headline}”: “${s.date}” lacks the year`);
  }
});

test('a hostile article reaches TimelineJS as plain text: no markup, no script', async () => {
  const dir = join(site, 'hostile-articles');
  mkdirSync(dir);
  const attacks = ['</script><script>window.__pwned=1</script>', '<img src=x onerror=window.__pwned=1>',
    '<a href="javascript:window.__pwned=1">click</a>', '{{7*7}}'];
  writeFileSync(join(dir, 'hostile.txt'), [
    'Hostile Town (Wire) - On 3 March 2021, the council met. </script><script>window.__pwned=1</script> It voted.',
    '',
    'On 4 March 2021, the mayor wrote <img src=x onerror=window.__pwned=1> to the press.',
    '',
    'On 5 March 2021, a notice <a href="javascript:window.__pwned=1">click</a> was posted.',
    '',
    'On 6 March 2021, a template {{7*7}} appeared on the board.', ''].join('\n'));
  const tlText = dateline('export', '--format', 'timelinejs', dir);
  const tl = JSON.parse(tlText);
  assert.ok(!/<\/script/i.test(tlText), 'no </script> in the export (written <\\/)');
  assert.ok(tl.events.length >= 2, `${tl.events.length} events`);
  writeFileSync(join(site, 'hostile.json'), tlText);
  return render('hostile.json', tl.events.length, 'timelinejs-hostile').then((shown) => {
    assert.equal(shown.pwned, 'undefined', 'a script from the article ran');
    assert.deepEqual(shown.images, [], 'an <img> from the article is in the DOM');
    for (const href of shown.links) assert.doesNotMatch(href, /^\s*javascript:/i, 'a javascript: link');
    // The article's words are shown as written, so each attack reads as text on some slide.
    const shownText = shown.slides.map((s) => `${s.headline} ${s.text}`).join('\n');
    for (const a of attacks) {
      const reported = tl.events.some((x) => decodeHtml(x.text.text).includes(a) || decodeHtml(x.text.headline).includes(a));
      if (reported) assert.ok(shownText.includes(a), `“${a}” is not shown as text`);
    }
    assert.ok(!shownText.includes('template 49'), '{{7*7}} was evaluated');
    assert.ok(attacks.filter((a) => shownText.includes(a)).length >= 3, 'the attacks are shown as text');
  });
});
