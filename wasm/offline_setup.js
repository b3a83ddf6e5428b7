// The offline single file's loader (linked with --pre-js into the SINGLE_FILE build only, see
// wasm/CMakeLists.txt). Its wasm is a base64 data: URL inside this script; Emscripten's loader
// would fetch() that URL, handing a 3 MB string to the browser's network stack and waiting for
// it to come back as a response. Decoding it here and compiling the bytes at once starts the
// app sooner. Still asynchronous: WebAssembly.instantiate compiles off the page's thread.
Module['instantiateWasm'] = function (imports, receiveInstance) {
  var bytes = Uint8Array.fromBase64 ? Uint8Array.fromBase64(wasmBinaryFile.slice(dataURIPrefix.length))
                                    : tryParseAsDataURI(wasmBinaryFile);
  WebAssembly.instantiate(bytes, imports).then(function (result) {
    receiveInstance(result.instance, result.module);
  }, function (reason) {
    abort('the engine could not be compiled: ' + reason);
  });
  return {};  // the exports arrive through receiveInstance
};
