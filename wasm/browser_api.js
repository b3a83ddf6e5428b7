// window.dateline: the page's JavaScript API, for tests and for pages that embed Dateline.
// (Linked with --post-js.) Documented in the README under "The page's JavaScript API".
//
//   dateline.state()  the app's state as a plain object:
//                     {ready, articles, events, selected, playhead, view, errors, frames, pixelRatio}
//
// It also wakes the app on input: the app stops drawing when nothing changes (battery on
// classroom laptops) and these listeners start it again.
(function () {
  var notReady = function () {
    return { ready: false, articles: 0, events: 0, selected: null, playhead: null, view: null, errors: [], frames: 0 };
  };
  var started = false;
  Module['onRuntimeInitialized'] = function () { started = true; };

  var api = {
    state: function () {
      if (!started) return notReady();
      return JSON.parse(UTF8ToString(Module['_dateline_state_json']()));
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
  window.addEventListener('resize', wake);
  document.addEventListener('visibilitychange', wake);
})();
