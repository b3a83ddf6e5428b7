// The offline single file's loader (linked with --pre-js into the offline build only, see
// wasm/CMakeLists.txt). The page carries the wasm gzip-compressed, as base64, in a data block of
// its own, <script type="application/octet-stream" id="dateline-wasm">
// (cmake/make_page.cmake), not inside this script: a 3 MB string literal would be scanned
// by the JavaScript parser (and hashed for the Content-Security-Policy) before any of the script
// ran; compressed, the page is 1.4 MB instead of 3.2 MB of text for the browser to decode and
// tokenize before this script runs. Here, as soon as the script runs, the text is decoded,
// unzipped and compiled (WebAssembly.compile works off the page's thread) while the rest of the
// script sets up; Emscripten's loader then only instantiates it.
(function () {
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
      // the browser's process and come back in a task of their own, which on a busy machine came
      // late (tests/bench/RESULTS.md, startup14).
      var unzipped = new Response(gzipped).body.pipeThrough(new DecompressionStream('gzip'));
      compiled = WebAssembly.compileStreaming(new Response(unzipped, { headers: { 'Content-Type': 'application/wasm' } }));
    } else {  // Safari before 16.4: fflate, which the page's build puts in front of this script
      compiled = WebAssembly.compile(datelineFflate().gunzipSync(gzipped));
    }
  } catch (e) {
    compiled = Promise.reject(block ? e : new Error('the page has no engine data (#dateline-wasm)'));
  }
  compiled.catch(function () {});  // reported by instantiateWasm below, once the runtime can abort
  Module['instantiateWasm'] = function (imports, receiveInstance) {
    compiled.then(function (module) {
      return WebAssembly.instantiate(module, imports).then(function (instance) { return [instance, module]; });
    }).then(function (made) {
      receiveInstance(made[0], made[1]);  // outside the handler below: the app's own errors are not "compiling"
    }, function (reason) {
      abort('the engine could not be compiled: ' + reason);
    });
    return {};  // the exports arrive through receiveInstance
  };
})();
