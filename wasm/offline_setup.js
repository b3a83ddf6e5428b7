// The offline single file's engine side of its wasm loader (linked with --pre-js into the offline
// build only, see wasm/CMakeLists.txt). The page's own inline script before this one,
// wasm/offline_loader.js, has started decoding, unzipping and compiling the wasm from the page's
// data block while the browser parsed this script (cmake/make_offline_page.cmake); its promise of
// the compiled module is self.datelineWasmModule. Emscripten's loader here only instantiates it.
(function () {
  var compiled = self['datelineWasmModule'] ||
                 Promise.reject(new Error('the page has no engine loader (wasm/offline_loader.js)'));
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
