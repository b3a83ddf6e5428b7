// The offline single file's wasm loader: an inline script of its own, right after the data block
// that carries the wasm and before the engine's script (cmake/make_offline_page.cmake). The data
// block is the wasm gzip-compressed, as base64,
// <script type="application/octet-stream" id="dateline-wasm">: not a string literal in a script,
// which the JavaScript parser would scan (and the Content-Security-Policy hash) before any of it
// ran; compressed, the page is 1.4 MB instead of 3.2 MB of text for the browser to decode and
// tokenize before the scripts run. Here it is decoded, and the unzip and the compile are started
// before the browser parses and compiles the engine's 175 KB script, not after it (the unzip
// runs on the page's thread as soon as this script ends, the compile's validation on others);
// the compile is handed to the engine as self.datelineWasmModule, a promise of the
// WebAssembly.Module, which wasm/offline_setup.js (the engine's --pre-js) instantiates.
(function () {
  if (self.performance && performance.mark) performance.mark('dateline:loader');  // this script runs
  var block = document.getElementById('dateline-wasm');
  var compiled;
  try {
    var text = block.textContent;
    var gzipped;
    if (Uint8Array.fromBase64) {
      gzipped = Uint8Array.fromBase64(text);
    } else {  // browsers before 2025: the browser's own base64 decoder, then a byte per character
      var binary = atob(text);
      gzipped = new Uint8Array(binary.length);
      for (var i = 0; i < binary.length; ++i) gzipped[i] = binary.charCodeAt(i);
    }
    if (typeof DecompressionStream === 'function' && WebAssembly.compileStreaming) {
      // The browser's own gunzip, its output compiled as it comes (no whole copy to wait for).
      // Its input is a Response's body over the bytes, not a Blob's stream: a Blob's bytes go to
      // the browser's process and come back as a task of their own, which waited for the engine's
      // script to be parsed and run (tests/bench/RESULTS.md, startup14).
      var unzipped = new Response(gzipped).body.pipeThrough(new DecompressionStream('gzip'));
      compiled = WebAssembly.compileStreaming(new Response(unzipped, { headers: { 'Content-Type': 'application/wasm' } }));
    } else {  // Safari before 16.4: fflate's gunzip (below)
      compiled = WebAssembly.compile(fflate().gunzipSync(gzipped));
    }
  } catch (e) {
    compiled = Promise.reject(block ? e : new Error('the page has no engine data (#dateline-wasm)'));
  }
  compiled.then(function () {
    if (self.performance && performance.mark) performance.mark('dateline:compiled');  // the wasm is compiled
  }, function () {});  // reported by the engine's instantiateWasm, once its runtime can abort
  self.datelineWasmModule = compiled;

  // The gzip decoder for browsers without DecompressionStream (Safari before 16.4, on older school
  // tablets): fflate's browser build (npm), which the page's build writes in place of the comment
  // below; it defines self.fflate. Inside a function, it is only parsed (not run: it builds its
  // tables at once, ~20 ms on a slow machine) unless it is needed.
  function fflate() {
    /* fflate */
    return self.fflate;
  }
})();
