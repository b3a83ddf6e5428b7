// The bad-input suite: files nobody checked, each with what Dateline must do about it.
//
// makeCases(dir) writes every case under `dir` (one folder each) and returns them as
//   { name, args, expect: { exit, stderr: [RegExp...], articles, check?(doc, stderr) } }
// where `args` are the command-line arguments, relative to the case's folder (the tests run the
// CLI there, so that messages name files the same way natively and in wasm). Every case also
// holds a good article beside the bad input, unless the case is about one file alone: the good
// one must always be read in full.
import { mkdirSync, writeFileSync, readFileSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundled = join(root, 'assets', 'articles');
export const goodFile = '000_a6f7244984f8eeb1.txt';  // CBN News, published 5 July 2017 (assets/articles/sources.json): Mosul and Raqqa
const goodText = () => readFileSync(join(bundled, goodFile));
const goodFacts = { file: goodFile, outlet: 'CBN News', url: null, published: '2017-07-05' };

// A short article in plain words, published `published` (given in sources.json).
const story = (body) => `Iraqi forces press on in Mosul\n\nBy A Reporter\n\n${body}\n`;
const manifest = (entries) => JSON.stringify({ articles: entries }, null, 1);

function folder(dir, name, files) {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(d, file)), { recursive: true });
    writeFileSync(join(d, file), content);
  }
  return d;
}
const withGood = (files, extra = []) => ({
  [goodFile]: goodText(),
  'sources.json': manifest([goodFacts, ...extra]),
  ...files,
});

// The good article's events are all there: the same number as when it is read alone.
let goodEvents = null;
export function setGoodEventCount(n) { goodEvents = n; }
const goodArticleRead = (doc) => {
  const a = doc.articles.find((x) => x.file === goodFile);
  if (!a) return 'the good article is missing';
  const n = doc.events.filter((e) => e.sources.some((s) => s.article === a.id)).length;
  return goodEvents === null || n === goodEvents ? null : `the good article has ${n} events, ${goodEvents} alone`;
};
const dated = (doc, start) => doc.events.some((e) => e.start === start);
const realDay = (iso) => { const d = new Date(iso + 'T00:00:00Z'); return !isNaN(d) && d.toISOString().slice(0, 10) === iso; };

export function makeCases(dir) {
  const cases = [];
  const add = (name, files, args, expect) => {
    folder(dir, name, files);
    cases.push({ name, cwd: join(dir, name), args, expect });
  };

  add('empty file', withGood({ 'empty.txt': '' }), ['.'],
      { exit: 2, stderr: [/empty\.txt: is empty; skipped/], articles: 1, check: goodArticleRead });

  const png = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(4000, 7)]);
  add('binary file (a PNG named .txt)', withGood({ 'photo.txt': png }), ['.'],
      { exit: 2, stderr: [/photo\.txt: looks like a PNG image, not article text; skipped/], articles: 1, check: goodArticleRead });

  const noise = Buffer.alloc(20000);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + (i >> 3) * 31) & 0xff;
  add('binary file (no known signature)', withGood({ 'noise.txt': noise }), ['.'],
      { exit: 2, stderr: [/noise\.txt: looks like binary data \(\d+ control bytes in the first 20000\), not article text; skipped/],
        articles: 1, check: goodArticleRead });

  add('invalid UTF-8', withGood({
    'broken.txt': Buffer.concat([Buffer.from(story('On 10 July 2017 Iraqi forces retook the old city of Mosul, \u2014 a victory ')),
                                 Buffer.from([0xC3, 0x28, 0xFF, 0xE2, 0x82]), Buffer.from(' said officials.\n')]),
  }, [{ file: 'broken.txt', outlet: 'Test', url: null, published: '2017-07-11' }]), ['.'],
      { exit: 0, stderr: [/broken\.txt: \d invalid byte sequence\(s\) replaced by U\+FFFD \(note\)/], articles: 2,
        check: (doc) => goodArticleRead(doc) || (dated(doc, '2017-07-10') ? null : 'the 10 July event is missing') });

  // Web pages saved from the browser (core/article_page.h): one whose text its scripts would
  // make says so; a broken one (tags never closed, a stray "<" and "&") still gives its words.
  add('a web page with no text (made by its scripts)', withGood({
    'app.html': '<!DOCTYPE html><html><head><title>App</title></head><body><div id="root"></div><script>render()</script></body></html>',
  }), ['.'],
      { exit: 0, stderr: [/app\.html: is a web page with no article text in it .* \(note\)/], articles: 2, check: goodArticleRead });
  add('a broken web page', withGood({
    'broken.html': '<html><body><h1>Iraqi forces press on in Mosul<p>On 10 July 2017 Iraqi forces retook Mosul & a < b, ' +
                   'officials said.<p>More <b>bold <i>text<div class="x\'>never closed <script>while(1){}',
  }, [{ file: 'broken.html', outlet: 'Test', url: null, published: '2017-07-11' }]), ['.'],
      { exit: 0, stderr: [], articles: 2,
        check: (doc) => goodArticleRead(doc) || (dated(doc, '2017-07-10') ? null : 'the 10 July event is missing') });

  const utf16 = Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from(story('On 10 July 2017 Iraqi forces retook Mosul, officials said.'), 'utf16le')]);
  add('UTF-16 with a byte-order mark', withGood({ 'wide.txt': utf16 },
      [{ file: 'wide.txt', outlet: 'Test', url: null, published: '2017-07-11' }]), ['.'],
      { exit: 0, stderr: [/wide\.txt: read as UTF-16LE \(note\)/], articles: 2,
        check: (doc) => goodArticleRead(doc) || (dated(doc, '2017-07-10') ? null : 'the 10 July event is missing') });

  const nuls = Buffer.from(story('On 10 July 2017 Iraqi\0 forces retook\0 Mosul, officials\0 said.'));
  add('NUL bytes in text', withGood({ 'nuls.txt': nuls }, [{ file: 'nuls.txt', outlet: 'Test', url: null, published: '2017-07-11' }]), ['.'],
      { exit: 0, stderr: [/nuls\.txt: 3 control character\(s\) removed \(note\)/], articles: 2,
        check: (doc) => goodArticleRead(doc) || (dated(doc, '2017-07-10') ? null : 'the 10 July event is missing') });

  // A scraped page flattened into one 3 MB line: sentences without ends, every few words a date.
  const words = goodText().toString('utf8').replace(/[.!?]/g, '').split(/\s+/);
  let line = '';
  for (let i = 0; line.length < 3 * 1024 * 1024; i++) line += words[i % words.length] + (i % 97 === 0 ? ' on 1 July 2017 ' : ' ');
  add('a 3 MB line', withGood({ 'line.txt': 'One line\n\n' + line + '\n' }, [{ file: 'line.txt', outlet: 'Test', url: null, published: '2017-07-11' }]), ['.'],
      { exit: 0, stderr: [/line\.txt: has text without sentence ends: read in \d+ pieces of at most 250 words \(note\)/], articles: 2,
        check: goodArticleRead });

  // 50 MB: the bundled articles over and over. Only the first 4 MB are read, and that is said.
  const big = [];
  let size = 0;
  const texts = ['000_a6f7244984f8eeb1.txt', '001_d9fa9f246b0750ea.txt', '002_d3e401b7703c085f.txt', '003_4bcb22210810ca66.txt', '004_acddd21a56688a3f.txt']
    .map((f) => readFileSync(join(bundled, f)));
  for (let i = 0; size < 50 * 1024 * 1024; i++) { const t = texts[i % texts.length]; big.push(t, Buffer.from('\n')); size += t.length + 1; }
  add('a 50 MB article', withGood({ 'huge.txt': Buffer.concat(big) }, [{ file: 'huge.txt', outlet: 'Test', url: null, published: '2019-01-01' }]), ['.'],
      { exit: 2, stderr: [/huge\.txt: is 50 MB: only its first 4 MB were read \(an article may hold at most 4 MB\)/], articles: 2,
        check: (doc) => {
          const read = doc.articles.find((a) => a.file === 'huge.txt').bytes;  // what was read, ended at a line break
          return goodArticleRead(doc) || (read <= 4 * 1024 * 1024 && read > 3 * 1024 * 1024 ? null : `${read} bytes read`);
        } });

  add('impossible dates', withGood({
    'impossible.txt': story('On 31 February 2018 fighters took the town, they said. On 2018-13-05 nothing happened. ' +
                            'In the year 99999 the war ended. On 0 March 2018 the army moved. ' +
                            'On 10 February 2018 Iraqi forces retook the town of Rawa, officials said.'),
  }, [{ file: 'impossible.txt', outlet: 'Test', url: null, published: '2018-03-01' }]), ['.'],
      { exit: 0, stderr: [], articles: 2,
        check: (doc) => goodArticleRead(doc)
          || (doc.events.every((e) => realDay(e.start) && realDay(e.end)) ? null : 'an event has an impossible day')
          || (dated(doc, '2018-02-10') ? null : 'the real date (10 February 2018) was lost')
          || (doc.events.some((e) => /2018-0[23]-(29|30|31)|99999/.test(e.start)) ? 'an impossible date became an event' : null) });

  const many = Array.from({ length: 5000 }, (_, i) => `on ${(i % 28) + 1} ${['June', 'July', 'August'][i % 3]} 2017`).join(', ');
  add('thousands of dates in one sentence', withGood({ 'dates.txt': story(`Iraqi forces attacked ${many} and took the city.`) },
      [{ file: 'dates.txt', outlet: 'Test', url: null, published: '2017-09-01' }]), ['.'],
      { exit: 0, stderr: [/dates\.txt: has text without sentence ends: read in \d+ pieces of at most 250 words \(note\)/], articles: 2,
        check: (doc) => goodArticleRead(doc) || (doc.events.length <= 2000 + 100 ? null : `${doc.events.length} events`) });

  // A file that disappears while being read: listed in its folder, gone when it is opened (a link
  // to nothing); a pipe named .txt, which would block a reader for ever.
  add('a file that disappears while being read', withGood({}), ['.'], {
    exit: 2, stderr: [/gone\.txt: disappeared before it could be read; skipped/], articles: 1, check: goodArticleRead });
  symlinkSync(join(dir, 'no-such-file'), join(dir, 'a file that disappears while being read', 'gone.txt'));
  add('a pipe named .txt', withGood({}), ['.'], {
    exit: 2, stderr: [/pipe\.txt: is not a regular file \(a pipe, socket or device\); skipped/], articles: 1, check: goodArticleRead });
  execFileSync('mkfifo', [join(dir, 'a pipe named .txt', 'pipe.txt')]);

  add('sources.json that is not JSON', { [goodFile]: goodText(), 'sources.json': '{"articles": [ {"file": "000_a6f' }, ['.'], {
    exit: 2, stderr: [/sources\.json: not valid JSON \(line 1, column \d+: .*\); its editorial facts are ignored/], articles: 1,
    check: (doc) => (doc.articles[0].outlet === null && doc.events.length > 0 ? null : 'the article was not read on its own') });

  add('sources.json partly wrong', {
    [goodFile]: goodText(),
    'other.txt': story('On 10 July 2017 Iraqi forces retook Mosul, officials said.'),
    'sources.json': JSON.stringify({ articles: [
      goodFacts,
      { file: 'other.txt', outlet: 42, url: 'javascript:alert(1)', published: '2017-02-30' },
      { file: 'missing.txt', outlet: 'Nobody', published: '2017-07-01' },
      { file: goodFile, outlet: 'Someone else', published: '2017-07-01' },
      'not an entry',
    ] }),
  }, ['.'], {
    exit: 2, articles: 2,
    stderr: [/sources\.json entry 2: "outlet" of "other\.txt" is not text; ignored/,
             /sources\.json entry 2: "url" of "other\.txt" is not an http\(s\) link; ignored/,
             /sources\.json entry 2: "published" of "other\.txt" is not a real YYYY-MM-DD date \("2017-02-30"\); ignored/,
             /sources\.json entry 4: repeats "000_a6f7244984f8eeb1\.txt"; the first entry is kept/,
             /sources\.json: names "missing\.txt", which is not in the folder/,
             /sources\.json entry 5: has no "file" name; entry skipped/],
    check: (doc) => {
      const good = doc.articles.find((a) => a.file === goodFile);
      return good.outlet === 'CBN News' ? goodArticleRead(doc) : `the first entry for the good article was not the one kept (${good.outlet})`;
    },
  });

  add('two articles with the same name in different folders', {
    'a/report.txt': story('On 10 July 2017 Iraqi forces retook Mosul, officials said.'),
    'b/report.txt': story('On 17 October 2017 Syrian Democratic Forces took Raqqa, a spokesman said.'),
  }, ['a', 'b'], {
    exit: 0, articles: 2, stderr: [/a\/report\.txt: no publication date/, /b\/report\.txt: no publication date/],
    check: (doc) => {
      const ids = doc.articles.map((a) => a.id).sort().join(' ');
      return ids === 'report report-2' ? null : `ids: ${ids}`;
    },
  });

  add('the same text twice', withGood({ 'copy.txt': goodText() }), ['.'], {
    exit: 0, articles: 1, stderr: [/copy\.txt: has the same text as .*000_a6f7244984f8eeb1\.txt; read once \(note\)/], check: goodArticleRead });

  add('a path that does not exist, and a .json named as an article', withGood({}), ['.', 'nowhere.txt', 'sources.json'], {
    exit: 2, articles: 1, stderr: [/nowhere\.txt: no such file or folder/, /sources\.json: is not an article \(a \.json file\)/], check: goodArticleRead });

  add('nothing readable at all', { 'empty.txt': '', 'sources.json': manifest([]) }, ['.'], {
    exit: 1, articles: null, stderr: [/empty\.txt: is empty; skipped/, /nothing could be read/] });

  return cases;
}
