// Takes the README's screenshot (docs/screenshot.png) of the page as a first-time visitor sees it
// at 1366x768: the bundled story, the first-visit tip, the first event of the story's busiest
// stretch selected. Needs the wasm build in dist/: `node scripts/readme_screenshot.mjs`.
import { launchAndServe, closeAll, openPage, waitForApp, settle, focusCanvas, press } from '../tests/browser/support.mjs';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../docs/screenshot.png', import.meta.url));
const { browser, site } = await launchAndServe();
try {
  const { page, context } = await openPage(browser, site.url, { viewport: { width: 1366, height: 768 } });
  await waitForApp(page);
  await focusCanvas(page);
  for (let i = 0; i < 5; ++i) await press(page, 'ArrowRight');
  await settle(page);
  await page.screenshot({ path: out });
  await context.close();
  console.log(`wrote ${out}`);
} finally {
  await closeAll(browser, site);
}
