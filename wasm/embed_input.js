// Gestures in an embed (?embed): the frame shares the wheel and the finger with the host page,
// as embedded maps do. (Linked with --post-js; README "Embedding".)
//
//  - Touch: the canvas allows the browser vertical panning (`touch-action: pan-y`, dateline.css).
//    A finger that lands where nothing in the app scrolls up and down (the timeline, the header)
//    and swipes up or down scrolls the host page; sideways it still pans the timeline. SDL's own
//    touchstart handler cancels every touch (so that the browser neither scrolls nor zooms the
//    page); for those touches it is kept from cancelling. On a panel that scrolls, the app keeps
//    the touch and the panel follows the finger.
//  - Wheel: zooms the timeline (or scrolls a panel) only after a click or a tap in the frame, or
//    with Ctrl held; otherwise it never reaches the app, the browser scrolls the host page, and a
//    hint says how to zoom. A click in the host page (the frame loses focus) ends it.
(function () {
  if (!/(^|[?&])embed(=|&|$)/.test(location.search.slice(1))) return;
  var canvas = Module['canvas'];
  document.documentElement.classList.add('dateline-embed');
  var engaged = false;
  canvas.addEventListener('pointerdown', function () { engaged = true; });
  window.addEventListener('blur', function () { engaged = false; });

  var hint = document.createElement('div');
  hint.id = 'dateline-wheel-hint';
  hint.setAttribute('aria-hidden', 'true');  // for the wheel's users; the keyboard has its own keys
  hint.textContent = 'Use Ctrl + scroll to zoom the timeline';
  document.body.appendChild(hint);
  var hintTimer = 0;
  function showHint() {
    hint.classList.add('shown');
    clearTimeout(hintTimer);
    hintTimer = setTimeout(function () { hint.classList.remove('shown'); }, 1500);
  }

  // Capturing on the window runs before the canvas's own listeners (SDL's, browser_api.js's).
  window.addEventListener('wheel', function (e) {
    if (e.target !== canvas || engaged || e.ctrlKey || e.metaKey) return;
    e.stopImmediatePropagation();  // nothing in the app sees it, so nothing cancels the host's scroll
    showHint();
  }, { capture: true, passive: true });

  window.addEventListener('touchstart', function (e) {
    if (e.target !== canvas || e.touches.length !== 1) return;  // a second finger: the app's pinch
    var t = e.touches[0], box = canvas.getBoundingClientRect();
    if (typeof Module['_dateline_takes_vertical_swipe'] === 'function' && Module['_dateline_takes_vertical_swipe'](t.clientX - box.left, t.clientY - box.top)) return;
    // This event's default (the browser's vertical pan) stays: SDL's handler, which runs next and
    // cancels every touchstart, finds nothing to cancel.
    Object.defineProperty(e, 'preventDefault', { value: function () {} });
  }, { capture: true, passive: true });
})();
