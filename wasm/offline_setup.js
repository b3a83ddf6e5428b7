// The offline single file's set-up (linked with --pre-js into the offline build only, see
// wasm/CMakeLists.txt). The page carries the wasm gzip-compressed, as base64, in data blocks of
// its own (cmake/make_page.cmake), not inside this script: a 3 MB string literal would be scanned
// by the JavaScript parser (and hashed for the Content-Security-Policy) before any of the script
// ran. The page's loader (wasm/offline_loader.js, an inline script in front of the blocks) has
// unzipped each block and handed it to the compile as the parser read it, so by the time this
// script runs every block is in and the compile (off the page's thread) is under way or done;
// here the module is taken from the loader and Emscripten's runtime only instantiates it.
(function () {
  var compiled;
  try {
    if (typeof datelineWasm !== 'object') throw new Error('the page has no engine data (#dateline-wasm)');
    // Safari before 16.4 has no DecompressionStream: fflate, which the page's build puts in front
    // of this script, unzips the whole.
    compiled = datelineWasm.module(function (gzipped) { return datelineFflate().gunzipSync(gzipped); });
  } catch (e) {
    compiled = Promise.reject(e);
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
