// The first look (linked with --post-js, after browser_api.js): the one-line hint of a first
// visit shows until the reader dismisses it, and the page remembers that in localStorage. Where
// storage is refused (a sandboxed frame, a browser that throws on it), nothing is remembered and
// the hint simply shows again on the next visit.
//
// The remembered dismissal is read when the script runs, while the engine is still downloading
// and compiling, not when the app is ready: a page's first localStorage read waits for the
// browser to hand over the site's storage (about 6 ms of the main thread in a profile under
// load), which held back the first frame. The hint is thus right in the first frame, with no
// flash of a hint that then goes.
(function () {
  var key = 'dateline.hintDismissed';
  var dismissed = false;
  try { dismissed = window.localStorage.getItem(key) === '1'; } catch (e) { dismissed = false; }
  var appReady = Module['onAppReady'];
  Module['onAppReady'] = function () {
    if (appReady) appReady();
    Module['ccall']('dateline_show_hint', null, ['number'], [dismissed ? 0 : 1]);
  };
  Module['rememberHintDismissed'] = function () {
    try { window.localStorage.setItem(key, '1'); } catch (e) { /* not kept: shown again next time */ }
  };
})();
