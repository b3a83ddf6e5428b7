// Publishing's set-up (linked with --pre-js, so it runs before anything changes the page). A page
// that carries its engine inline (the offline file, a published page) is itself the engine of
// "Save as page": it is copied here as it was loaded, before the app and its scripts change the
// document (the status line, the file picker...). The copy keeps the inline script's and
// stylesheet's text exactly, so the hashes its Content-Security-Policy allows still hold. Such a
// page holds its wasm in a data block (#dateline-wasm); the hosted page, whose script is inline
// too but whose wasm is a file beside it, fetches dateline-offline.html instead (publish.js).
//
// A published page keeps what its reader adds (articles, edits) in storage of its own, named
// after its data: file:// pages share one origin, and one page's additions must not appear in
// another page's timeline.
(function () {
  var block = document.getElementById('dateline-publication');
  if (block) {
    var text = block.textContent, hash = 0x811c9dc5, step = Math.max(1, Math.floor(text.length / 65536));
    for (var i = 0; i < text.length; i += step) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    Module['storageName'] = 'dateline-publication-' + text.length + '-' + hash.toString(16);
  }
  Module['engineInline'] = !!document.getElementById('dateline-wasm');
  if (Module['engineInline']) Module['pristinePage'] = document.documentElement.cloneNode(true);
})();
