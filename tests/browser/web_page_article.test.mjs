// A web page saved from the browser ("Save page as…", .html) added as a teacher would: through
// "Add articles…" and the file chooser, with no sources.json. Its event is on the timeline with
// the page's own facts (outlet, publication date from its metadata), read as the core reads it
// natively, and its passage is the words a reader saw, not markup.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchAndServe, closeAll, openPage, waitForApp, settle, fileChooserOpenedBy, screenshot } from './support.mjs';
import { coreReading, waitForMirror, mirrorReads } from './reads.mjs';

const page = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Flood waters reach Valencia | The Coast Herald</title>
<meta property="og:site_name" content="The Coast Herald">
<meta property="article:published_time" content="2019-09-13T23:10:00+02:00">
<link rel="canonical" href="https://coast-herald.example/2019/09/13/valencia-floods">
<script>document.write('<p>Breaking: not the article</p>');</script>
<style>.share { display: none }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Flood waters reach Valencia</h1>
<p class="byline">By Marta Ruiz</p>
<p>Flood waters from the Segura river reached the outskirts of Valencia on Thursday, forcing
3,000 people from their homes, the regional government&rsquo;s emergency service said.</p>
<figure><img src="flood.jpg" alt=""><figcaption>Water covers a road near Orihuela.</figcaption></figure>
<p>Soldiers evacuated residents of Orihuela by boat on Wednesday &amp; schools stayed closed.</p>
<div class="share"><button>Share</button><button>Tweet</button></div>
</article>
<aside><h2>Most read</h2><ul><li>Another story</li></ul></aside>
<footer>&copy; 2019 The Coast Herald</footer>
</body></html>
`;

let browser, site, dir;
before(async () => {
  ({ browser, site } = await launchAndServe());
  dir = mkdtempSync(join(tmpdir(), 'dateline-webpage-'));
  writeFileSync(join(dir, 'valencia-floods.html'), page);
});
after(async () => {
  await closeAll(browser, site);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a saved web page (.html) added through the file chooser gives its events with the page\'s outlet and date', async () => {
  const core = coreReading(dir);
  const article = [...core.articles.values()][0];
  assert.equal(article.outlet, 'The Coast Herald');
  assert.equal(article.published, '2019-09-13', 'the publisher\'s day, not UTC\'s');
  const flood = [...core.events.values()].find((e) => e.start === '2019-09-12');
  assert.ok(flood, `the core dates Thursday's flood: ${JSON.stringify([...core.events.values()].map((e) => [e.start, e.title]))}`);
  assert.ok(!/[<>]|&rsquo;|&amp;/.test(flood.title), `no markup in the headline: ${flood.title}`);
  // Valencia beside Orihuela, a town Spain alone has, is Spain's (README, Places, "places that agree").
  assert.deepEqual(flood.places, ['Valencia, Spain'], 'the flood is in Spain\'s Valencia, not Venezuela\'s');

  const { page: tab, context, seen } = await openPage(browser, site.url);
  await waitForApp(tab);
  const first = await settle(tab);
  assert.match(await tab.evaluate(() => document.querySelector('input[type=file]')?.accept ?? ''), /\.html/,
    'the chooser offers web pages');
  const button = first.added.button;
  await tab.mouse.move(button.x + button.width / 2, button.y + button.height / 2, { steps: 3 });
  await tab.waitForTimeout(100);
  const chooser = await fileChooserOpenedBy(tab, () => tab.mouse.click(button.x + button.width / 2, button.y + button.height / 2));
  await chooser.setFiles([join(dir, 'valencia-floods.html')]);
  await tab.waitForFunction(() => { const s = window.dateline.state(); return s.added.total > 0 && !s.added.reading; }, null, { timeout: 60000 });
  const s = await settle(tab);
  assert.equal(s.added.articles, 1, `the page is an article: ${JSON.stringify(s.added.problems)}`);

  assert.ok(await tab.evaluate((id) => window.dateline.goto(id), flood.id), `goto ${flood.id}`);
  await waitForMirror(tab);
  await tab.waitForFunction((id) => window.dateline.state().selected === id, flood.id, { timeout: 5000 }).catch(() => {});
  await settle(tab);
  const m = await mirrorReads(tab);
  assert.equal(m.iso, '2019-09-12');
  const valencia = s.places.find((p) => p.name.startsWith('Valencia'));
  assert.equal(valencia?.country, 'Spain', `the page puts the flood in Spain: ${JSON.stringify(s.places)}`);
  assert.equal(m.headline, flood.title);
  assert.ok(m.outlets.some((o) => o.includes('The Coast Herald')), JSON.stringify(m.outlets));
  assert.ok(m.passages.some((p) => p.includes('regional government\u2019s emergency service')), JSON.stringify(m.passages));
  assert.ok(m.passages.every((p) => !/[<>]|&\w+;/.test(p)), `passages are what a reader saw: ${JSON.stringify(m.passages)}`);
  await screenshot(browser, tab, 'web-page-article');
  assert.deepEqual(seen.pageErrors, []);
  await context.close();
});
