// The offline single file's wasm loader: a short inline script of its own, which
// cmake/make_page.cmake puts in front of the engine's data. The data follows it in N parts, each
// a data block (a script element of type application/octet-stream, which the browser never runs;
// the first has the id dateline-wasm and says N in data-parts) followed by a one-line script that
// hands the block to part() below; the engine's own script comes after the last part.
//
// The browser parses the page's text on its one main thread, and the engine's 1.2 MB of base64
// took it ~110 ms before any script could start the wasm's compile (tests/bench/RESULTS.md, stop
// 29). In parts, each is unzipped and handed to the compile as soon as the parser has read it:
// the compile, which runs off the main thread, goes on while the parser reads the next part, and
// the module is ready soon after the last one instead of ~150 ms after it. The bytes are one gzip
// stream cut at multiples of 3 bytes, so each part is whole base64 (no padding but in the last).
// wasm/offline_setup.js, in the engine's script, takes the compiled module (or, on a browser
// without DecompressionStream, the gzip'd bytes to unzip with fflate).
var datelineWasm = (function () {
  var expected = -1, received = 0, failure = null;
  var chunks = [];      // the gzip'd parts, kept only where the stream below could not be made
  var controller = null, compiled = null;
  if (typeof DecompressionStream === 'function' && typeof ReadableStream === 'function' && WebAssembly.compileStreaming) {
    try {
      var gzipped = new ReadableStream({ start: function (c) { controller = c; } });
      var unzipped = gzipped.pipeThrough(new DecompressionStream('gzip'));
      compiled = WebAssembly.compileStreaming(new Response(unzipped, { headers: { 'Content-Type': 'application/wasm' } }));
      compiled.then(function () { mark('wasm compiled'); }, function () {});  // failures: offline_setup.js reports them
    } catch (e) {
      controller = compiled = null;
    }
  }

  // The marks of the start-up (wasm/main.cpp sets the others): tests and the benchmarks read them.
  function mark(name) {
    if (self.performance && performance.mark) performance.mark('dateline:' + name);
  }

  function decode(text) {
    if (Uint8Array.fromBase64) return Uint8Array.fromBase64(text);
    var binary = atob(text);  // browsers before 2025: the browser's own decoder, then a byte per character
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; ++i) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function fail(e) {
    if (!failure) failure = e;
    if (controller) {
      controller.error(e);
      controller = null;
    }
  }

  return {
    // One part of the data, as the parser has just read it (called by the short script after it).
    part: function (block) {
      if (failure) return;
      try {
        if (received === 0) {
          if (!block || block.id !== 'dateline-wasm') throw new Error('the page has no engine data (#dateline-wasm)');
          expected = Number(block.getAttribute('data-parts'));
        }
        var bytes = decode(block.textContent);
        ++received;
        if (controller) {
          controller.enqueue(bytes);
          if (received === 1) mark('wasm first part');
          if (received === expected) {
            controller.close();
            mark('wasm parts');
          }
        } else {
          chunks.push(bytes);
        }
      } catch (e) {
        fail(e);
      }
    },
    // The compiled module (a promise), asked for when the engine's script runs, after every part;
    // gunzip(bytes) unzips where the browser cannot.
    module: function (gunzip) {
      if (!failure && received !== expected)
        fail(new Error('the engine data is cut short (' + received + ' of ' + (expected < 0 ? '?' : expected) + ' parts)'));
      if (failure) return Promise.reject(failure);
      if (compiled) return compiled;
      var length = 0, at = 0;
      chunks.forEach(function (c) { length += c.length; });
      var all = new Uint8Array(length);
      chunks.forEach(function (c) { all.set(c, at); at += c.length; });
      chunks = [];
      try {
        return WebAssembly.compile(gunzip(all));
      } catch (e) {
        return Promise.reject(e);
      }
    }
  };
})();
