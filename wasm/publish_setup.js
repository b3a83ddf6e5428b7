// Publishing's set-up (linked with --pre-js, so it runs before anything changes the page). A page
// that carries its engine inline (the offline file, a published page) is itself the engine of
// "Save as page": it is copied here as it was loaded, before the app and its scripts change the
// document (the status line, the file picker...). The copy keeps the inline script's and
// stylesheet's text exactly, so the hashes its Content-Security-Policy allows still hold. The
// hosted page (its script from dateline.js) fetches dateline-offline.html instead (publish.js).
(function () {
  var script = document.currentScript;
  Module['engineInline'] = !!(script && !script.src);
  if (Module['engineInline']) Module['pristinePage'] = document.documentElement.cloneNode(true);
})();
