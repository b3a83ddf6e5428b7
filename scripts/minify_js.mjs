#!/usr/bin/env node
// Minifies the engine's script in place after Emscripten has linked it (wasm/CMakeLists.txt),
// with terser (Debian's node-terser, or npm's terser where NODE_PATH finds it). Emscripten 3.1.6
// only strips white space without the Closure Compiler (which Debian does not package): the
// local names of its runtime and of the page's own scripts (browser_api.js, accessibility.js, ...)
// stayed as written. Mangling every name the script declares, top-level ones too, and terser's
// compress (two passes; it also drops the runtime's functions nothing calls) cut the hosted
// page's script by about 16 KB gzip.
// Top-level names may be renamed because nothing outside the script reaches them: the code run by
// EM_ASM, the page's own scripts (--pre-js, --post-js) and the offline loader are all inside it,
// and the page and tests reach the engine only through window.dateline. `Module` keeps its name
// (a host page may define it before the script, as Emscripten allows). Properties are never
// renamed: Module['...'] and the engine's exports and imports are always written quoted.
//
// Usage: node scripts/minify_js.mjs FILE.js
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
    console.error('usage: minify_js.mjs FILE.js');
    process.exit(1);
}
const require = createRequire(import.meta.url);
let terser;
try {
    terser = require('terser');
} catch (e) {
    console.error(`minify_js: terser is missing (${e.message.split('\n')[0]}): install Debian's node-terser (scripts/setup.sh does) and run with NODE_PATH=/usr/share/nodejs`);
    process.exit(1);
}
const source = readFileSync(file, 'utf8');
const result = await terser.minify(source, {
    ecma: 2020,
    toplevel: true,
    compress: { passes: 2 },
    mangle: { toplevel: true, reserved: ['Module'] },
});
if (!result.code) {
    console.error(`minify_js: terser gave no output for ${file}`);
    process.exit(1);
}
writeFileSync(file, result.code);
