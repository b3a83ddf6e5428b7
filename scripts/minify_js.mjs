#!/usr/bin/env node
// Minifies the engine's script in place after Emscripten has linked it (wasm/CMakeLists.txt),
// with terser (Debian's node-terser, or npm's terser where NODE_PATH finds it). Emscripten 3.1.6
// only strips white space without the Closure Compiler (which Debian does not package): the
// local names of its runtime and of the page's own scripts (browser_api.js, accessibility.js, ...)
// stayed as written. Mangling local names and terser's compress cut the hosted page's script by
// about 10 KB gzip.
// Top-level names are kept (`toplevel: false`): the engine's runtime functions (UTF8ToString,
// HEAPU8, ccall, ...) are globals that the code run by EM_ASM and the page's scripts reach by
// name. Properties are never renamed (Module['...'] is always written quoted).
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
const result = await terser.minify(source, { ecma: 2020, compress: true, mangle: { toplevel: false }, toplevel: false });
if (!result.code) {
    console.error(`minify_js: terser gave no output for ${file}`);
    process.exit(1);
}
writeFileSync(file, result.code);
