// A small static file server for Dateline's site (dist/), on 127.0.0.1 only. No dependencies.
// Used by `scripts/serve` (run directly) and by the browser tests (imported).
//
//   node scripts/static_server.mjs [DIR] [PORT]    serves DIR (default dist/) until Ctrl-C
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.ttf': 'font/ttf', '.woff2': 'font/woff2',
};

// Starts serving `root`; resolves to {server, url, requests} once listening. `requests` records
// every path asked for, so tests can check what the page fetched.
export function serve(root, port = 0, { quiet = true } = {}) {
  const base = resolve(root);
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    requests.push(path);
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) { res.writeHead(403).end('forbidden'); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(body);
      if (!quiet) console.log(`200 ${path}`);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      if (!quiet) console.log(`404 ${path}`);
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      ok({ server, url: `http://127.0.0.1:${server.address().port}/`, requests });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = fileURLToPath(new URL('..', import.meta.url));
  const root = process.argv[2] || join(here, 'dist');
  const first = Number(process.argv[3] || process.env.PORT || 8080);
  // Take the first free port from `first` on, so a second copy does not fail.
  const start = async (port) => {
    try { return await serve(root, port); } catch (e) {
      if (e.code === 'EADDRINUSE' && port < first + 20) return start(port + 1);
      console.error(`cannot serve on 127.0.0.1:${port}: ${e.message}`);
      process.exit(1);
    }
  };
  const { url } = await start(first);
  console.log(`Dateline is served at ${url}  (Ctrl-C stops it)`);
  console.log(`Offline copy, no server needed: ${join(resolve(root), 'dateline-offline.html')}`);
}
