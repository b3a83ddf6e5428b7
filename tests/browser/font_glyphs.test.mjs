// The font atlas holds the interface's glyphs and the letters of the text at hand (wasm/font_glyphs.h):
// text that arrives later with letters the bundled story lacks (an added article, an edited
// headline) grows the atlas between frames, and the reading panel draws those letters (the
// screenshots under build/browser-tests/font-glyphs-*.png; no '?' boxes).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchAndServe, closeAll, openPage, waitForApp, screenshot, state, frames, assertClean, clickControl } from './support.mjs';

let browser, site;
before(async () => { ({ browser, site } = await launchAndServe()); });
after(() => closeAll(browser, site));

const click = clickControl;

test('letters new to the story grow the font atlas, and the reading panel draws them', async () => {
  const { page, context, seen } = await openPage(browser, site.url);
  let s = await waitForApp(page);
  const bundled = s.fontGlyphs;
  assert.equal(s.fontAtlasPrebuilt, true, 'the bundled story starts with the atlas the build made (wasm/font_atlas.h)');
  assert.ok(bundled > 95, `the atlas holds at least ASCII (${bundled} glyphs)`);
  assert.ok(bundled < 300, `the atlas holds far fewer than the font's 406 code points (${bundled})`);

  // An article with letters the bundled story does not have, dated away from its events.
  await page.evaluate(async () => {
    const text = 'Ștefan Łukasz opens a festival in Łódź\n\n' +
      'On 3 March 1990 Ștefan Łukasz opened a festival in Łódź, where tickets cost €5, organisers said.\n';
    await window.dateline.addFiles([new File([text], 'lodz.txt')]);
  });
  await page.waitForFunction(() => { const a = window.dateline.state().added; return a.articles > 0 && !a.reading; }, null, { timeout: 60000 });
  assert.ok(await page.evaluate(() => window.dateline.goto('1990-03-03')), 'the added article has an event on 3 March 1990');
  s = await frames(page, 4);
  assert.match(s.selectedTitle, /Ł|Ș|ź/, `the event's headline carries the new letters: ${s.selectedTitle}`);
  const added = s.fontGlyphs;
  assert.ok(added >= bundled + 3, `Ș, Ł, ź (and the like) were added to the atlas: ${bundled} -> ${added}`);
  assert.equal(s.fontAtlasPrebuilt, false, 'an atlas with letters the build did not make is rasterised at run time');
  const shot = await screenshot(browser, page, 'font-glyphs-added-article');
  assert.ok(shot.inkFraction > 0.05);

  // An edited headline with a letter nobody has used yet (ŧ, Latin Extended-A).
  await click(page, 'edit');
  await click(page, 'rename');
  await page.waitForSelector('#dateline-edit-form[open]');
  await page.locator('#dateline-edit-value').fill('Ŧest of Ħeadline: Żywiec');
  await page.getByRole('button', { name: 'Save' }).click();
  s = await frames(page, 4);
  assert.equal(s.selectedTitle, 'Ŧest of Ħeadline: Żywiec');
  assert.ok(s.fontGlyphs >= added + 3, `Ŧ, Ħ, Ż were added to the atlas: ${added} -> ${s.fontGlyphs}`);
  await screenshot(browser, page, 'font-glyphs-edited-headline');
  assertClean(seen);
  await context.close();
});
