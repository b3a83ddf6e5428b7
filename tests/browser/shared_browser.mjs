// Runs a command (the browser test files) with one Chromium for all of them:
//   node tests/browser/shared_browser.mjs node --test tests/browser/*.test.mjs
// Chromium is started once, as a Playwright browser server, and each test file connects to it
// (support.mjs's launch(), through DATELINE_BROWSER_WS) instead of starting its own: the suite
// then starts one browser instead of one per file (each start ~1.7 s of CPU, several seconds
// of wall time on a busy machine). Files stay apart as before: each test opens its pages in new
// browser contexts (own storage, own cache), and closing a file's browser only disconnects it.
// Exits with the command's status; the browser is closed whatever happens.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { launchOptions } from './support.mjs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node tests/browser/shared_browser.mjs COMMAND [ARGS...]');
  process.exit(2);
}
const server = await chromium.launchServer(launchOptions());
let status = 1;
try {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, DATELINE_BROWSER_WS: server.wsEndpoint() } });
  status = await new Promise((done) => {
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
    child.on('error', (e) => { console.error(`${command}: ${e.message}`); done(1); });
  });
} finally {
  await server.close();
}
process.exit(status);
