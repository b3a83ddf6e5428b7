// window.dateline: the page's JavaScript API, for tests and for pages that embed Dateline.
// (Linked with --post-js.) Documented in the README under "The page's JavaScript API".
//
//   dateline.state()          the app's state as a plain object (see the README)
//   dateline.goto(target)     moves to an event id or a date "YYYY-MM-DD"; true if it was one
//   dateline.markers()        the markers on screen: [{x, y, span, events: [ids]}], CSS pixels
//   dateline.frameStats(reset) CPU time per frame drawn ({count, p50, p95, max} ms), heap size
//
// It also connects the app to the page: the URL hash (read at start and when edited, written
// as the reader moves), ?embed, the clipboard, links, and waking the app on input (the app
// draws nothing while nothing changes, to spare classroom batteries).
(function () {
  var notReady = function () {
    return { ready: false, articles: 0, events: 0, selected: null, playhead: null, view: null, errors: [], frames: 0 };
  };
  var started = false;

  Module['onAppReady'] = function () {
    started = true;
    var embedded = /(^|[?&])embed(=|&|$)/.test(location.search.slice(1));
    Module['ccall']('dateline_set_embedded', null, ['number'], [embedded ? 1 : 0]);
    Module['ccall']('dateline_apply_hash', null, ['string'], [location.hash || '']);
    // ?events=N: generated events for the performance benchmark (at most a million).
    var generated = /(^|[?&])events=(\d+)/.exec(location.search.slice(1));
    if (generated) Module['ccall']('dateline_add_generated_events', null, ['number'], [Math.min(1e6, +generated[2])]);
  };
  // The state's place in the URL, without adding history entries at every step.
  Module['replaceHash'] = function (hash) {
    if (location.hash === hash) return;
    try {
      history.replaceState(history.state, '', location.pathname + location.search + hash);
    } catch (e) {
      try { location.replace(hash); } catch (e2) { /* a sandboxed frame: the state stays in the app */ }
    }
  };
  Module['copyText'] = function (text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(function () { Module['copyFallback'](text); });
    } else {
      Module['copyFallback'](text);
    }
  };
  Module['copyFallback'] = function (text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(area);
    Module['canvas'].focus({ preventScroll: true });
  };
  Module['openLink'] = function (url) {
    if (/^https?:\/\//.test(url)) window.open(url, '_blank', 'noopener');
  };

  var api = {
    state: function () {
      if (!started) return notReady();
      return JSON.parse(UTF8ToString(Module['_dateline_state_json']()));
    },
    goto: function (target) {
      if (!started) return false;
      return Module['ccall']('dateline_goto', 'number', ['string'], [String(target)]) === 1;
    },
    markers: function () {
      if (!started) return [];
      return JSON.parse(UTF8ToString(Module['_dateline_markers_json']()));
    },
    // Frame cost since the last reset, in ms ({count, p50, p95, max}), and the wasm heap's size.
    frameStats: function (reset) {
      if (!started) return null;
      var stats = JSON.parse(UTF8ToString(Module['_dateline_frame_stats'](reset ? 1 : 0)));
      stats.heapBytes = Module['HEAP8'] ? Module['HEAP8'].length : 0;
      return stats;
    },
  };
  window['dateline'] = api;

  var wake = function () { if (started) Module['_dateline_wake'](); };
  var canvas = Module['canvas'];
  ['pointerdown', 'pointermove', 'pointerup', 'pointercancel', 'pointerleave', 'wheel', 'keydown', 'keyup',
   'touchstart', 'touchmove', 'touchend', 'focus', 'blur'].forEach(function (type) {
    canvas.addEventListener(type, wake, { passive: true });
  });
  // The canvas takes keyboard focus when touched or clicked (also inside an iframe).
  canvas.addEventListener('pointerdown', function () { canvas.focus({ preventScroll: true }); });
  // The page must not scroll or zoom under the timeline's own wheel and pinch.
  canvas.addEventListener('wheel', function (e) { e.preventDefault(); }, { passive: false });
  window.addEventListener('resize', wake);
  document.addEventListener('visibilitychange', wake);
  window.addEventListener('hashchange', function () {
    if (started) Module['ccall']('dateline_apply_hash', null, ['string'], [location.hash || '']);
  });
})();
