// Gestures in an embed (?embed): the frame shares the wheel and the finger with the host page,
// as embedded maps do. (Linked with --post-js; README "Embedding".)
//
//  - Touch: the canvas allows the browser vertical panning (`touch-action: pan-y`, dateline.css).
//    A finger that lands where nothing in the app scrolls up and down (the timeline, the header)
//    and swipes up or down scrolls the host page; sideways it still pans the timeline. SDL's own
//    touchstart handler cancels every touch (so that the browser neither scrolls nor zooms the
//    page); for one finger it is kept from cancelling. On a panel that can still scroll the way
//    the finger goes, the app keeps the swipe and the panel follows the finger; at the panel's
//    end that way, the swipe scrolls the host page (a scroll chain, as the browser's own: a
//    swipe that reaches the end stays with the panel, the next one goes on in the host).
//  - Wheel: zooms the timeline (or scrolls a panel) only after a click or a tap in the frame, or
//    with Ctrl held; otherwise it never reaches the app, the browser scrolls the host page, and a
//    hint says how to zoom. A click in the host page (the frame loses focus) ends it.
(function () {
  if (!/(^|[?&])embed(=|&|$)/.test(location.search.slice(1))) return;
  var canvas = Module['canvas'];
  document.documentElement.classList.add('dateline-embed');
  var engaged = false;
  var ROOM_BACK = 1, ROOM_ON = 2;  // App::vertical_swipe_room(): the panel can scroll back (up), on (down)
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

  // A touch's vertical pan stays the browser's (SDL's touchstart handler, which runs next and
  // cancels every touchstart, finds nothing to cancel). Over a panel that can still scroll the way
  // the finger goes, the first vertical move is cancelled instead, and every move after it: the
  // app scrolls the panel. Over a panel at its end that way (or where nothing scrolls), the host
  // page scrolls, as a browser chains a scroll from an inner scroller that has no more room.
  var swipe = null;  // the touch over a panel: {y, room, panel: whether the panel took it}
  window.addEventListener('touchstart', function (e) {
    swipe = null;
    if (e.target !== canvas || e.touches.length !== 1) return;  // a second finger: the app's pinch
    var t = e.touches[0], box = canvas.getBoundingClientRect();
    var room = typeof Module['_dateline_vertical_swipe_room'] === 'function'
      ? Module['_dateline_vertical_swipe_room'](t.clientX - box.left, t.clientY - box.top) : 0;
    if (room) swipe = { y: t.clientY, room: room, panel: null };
    Object.defineProperty(e, 'preventDefault', { value: function () {} });
  }, { capture: true, passive: true });

  window.addEventListener('touchmove', function (e) {
    if (!swipe || e.touches.length !== 1) return;
    if (swipe.panel === null) {
      var dy = e.touches[0].clientY - swipe.y;
      if (dy === 0) return;  // sideways so far: the browser pans no sideways (pan-y), the app's
      swipe.panel = (swipe.room & (dy > 0 ? ROOM_BACK : ROOM_ON)) !== 0;
      // The host page scrolls: the panel must not follow the finger (which moves over it as the
      // frame scrolls away) nor glide after it, nor the control under it fire.
      if (!swipe.panel && typeof Module['_dateline_touch_taken_by_host'] === 'function') Module['_dateline_touch_taken_by_host']();
    }
    if (swipe.panel && e.cancelable) e.preventDefault();
  }, { capture: true, passive: false });
})();
