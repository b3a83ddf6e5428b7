// The first look (linked with --post-js, after browser_api.js): the one-line hint of a first
// visit shows until the reader dismisses it, and the page remembers that in localStorage. Where
// storage is refused (a sandboxed frame, a browser that throws on it), nothing is remembered and
// the hint simply shows again on the next visit.
(function () {
  var key = 'dateline.hintDismissed';
  var appReady = Module['onAppReady'];
  Module['onAppReady'] = function () {
    if (appReady) appReady();
    var dismissed = false;
    try { dismissed = window.localStorage.getItem(key) === '1'; } catch (e) { dismissed = false; }
    Module['ccall']('dateline_show_hint', null, ['number'], [dismissed ? 0 : 1]);
  };
  Module['rememberHintDismissed'] = function () {
    try { window.localStorage.setItem(key, '1'); } catch (e) { /* not kept: shown again next time */ }
  };
})();
