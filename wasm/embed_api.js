// The embedding API: messages between Dateline in an iframe and the page around it (the host),
// through window.postMessage. (Linked with --post-js; README "Embedding API".)
//
// Every message is an object {dateline: {type, ...}}; anything else is ignored.
//   From the app to its parent: ready {version, events}, select {event, date, headline},
//     view {from, to} once the range settles, height {height} (the frame height the embedded
//     layout wants, CSS px), error {command, message} for a command it could not follow.
//   To the app: goto {event} or {date}, play, pause, filter {text}, view {from, to}, ping
//     (answered by ready).
// Safety: commands are taken only from the parent window (event.source === window.parent) and,
// when the URL lists origins (?origins=https://a.example,https://b.example), only from those;
// the app's messages then go only to those origins, otherwise to the parent whatever its origin
// (they carry what the frame shows anyway, and no headline of an article the reader added).
// Every field is checked (type, length, form) and reaches the app as data, never as markup.
(function () {
  if (window.parent === window) return;  // not in a frame: nobody to talk to
  var PROTOCOL = 1;
  var MAX_TEXT = 200;
  var DATE = /^\d{4}-\d{2}-\d{2}$/;

  // ?origins: exact origins (scheme, host, port); a malformed entry is dropped. Listed but none
  // valid: the app talks to nobody.
  var origins = null;
  var listed = new URLSearchParams(location.search).get('origins');
  if (listed !== null) {
    origins = [];
    listed.split(',').forEach(function (text) {
      text = text.trim().replace(/\/$/, '');
      try {
        var url = new URL(text);
        if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text) origins.push(url.origin);
      } catch (e) { /* not an origin */ }
    });
  }

  function post(message) {
    var data = { dateline: message };
    if (origins) origins.forEach(function (origin) { window.parent.postMessage(data, origin); });
    else window.parent.postMessage(data, '*');
  }

  var ready = false;
  var waiting = [];  // commands that came before the app was ready (at most 16)
  function readyMessage() {
    return { type: 'ready', version: PROTOCOL, events: window['dateline'].state().events };
  }

  function text(value, what) {
    if (typeof value !== 'string') throw new Error(what + ' must be a string');
    if (value.length > MAX_TEXT) throw new Error(what + ' is longer than ' + MAX_TEXT + ' characters');
    return value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  }
  function date(value, what) {
    if (typeof value !== 'string' || !DATE.test(value)) throw new Error(what + ' must be a date YYYY-MM-DD');
    return value;
  }

  // Follows one command; throws an Error whose message names what was wrong with it.
  function follow(m) {
    switch (m.type) {
      case 'goto': {
        var target = m.event !== undefined ? text(m.event, 'event') : date(m.date, 'date');
        if (!window['dateline'].goto(target)) throw new Error('no event ' + JSON.stringify(target.slice(0, 40)));
        break;
      }
      case 'play': Module['ccall']('dateline_play', null, ['number'], [1]); break;
      case 'pause': Module['ccall']('dateline_play', null, ['number'], [0]); break;
      case 'filter': Module['ccall']('dateline_set_filter', null, ['string'], [text(m.text, 'text')]); break;
      case 'view': {
        var ok = Module['ccall']('dateline_set_view', 'number', ['string', 'string'], [date(m.from, 'from'), date(m.to, 'to')]);
        if (!ok) throw new Error('from must not come after to');
        break;
      }
      case 'ping': post(readyMessage()); break;
      default: throw new Error('unknown command');
    }
  }
  function command(m) {
    try {
      follow(m);
    } catch (e) {
      post({ type: 'error', command: typeof m.type === 'string' ? m.type.slice(0, 20) : null, message: String(e.message) });
    }
  }

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent) return;
    if (origins && origins.indexOf(event.origin) < 0) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || !data.dateline || typeof data.dateline !== 'object') return;
    var m = data.dateline;
    if (typeof m.type !== 'string') return;
    if (ready) command(m);
    else if (waiting.length < 16) waiting.push(m);
  });

  // What the host follows, checked after every frame the app draws (none while it is idle).
  var sent = { selection: undefined, view: '', height: 0 };
  function watch() {
    if (!ready) return;
    var raw = UTF8ToString(Module['_dateline_selection_json']());
    if (raw !== sent.selection) {
      sent.selection = raw;
      var s = JSON.parse(raw);
      post({ type: 'select', event: s ? s.id : null, date: s ? s.date : null, headline: s && !s.own ? s.headline : null });
    }
    var h = JSON.parse(UTF8ToString(Module['_dateline_host_json']()));
    if (!h || h.moving) return;
    if (h.from + '..' + h.to !== sent.view) {
      sent.view = h.from + '..' + h.to;
      post({ type: 'view', from: h.from, to: h.to });
    }
    var height = Math.round(h.height);
    if (height > 0 && Math.abs(height - sent.height) >= 2) {
      sent.height = height;
      post({ type: 'height', height: height });
    }
  }
  var afterFrame = Module['postMainLoop'];
  Module['postMainLoop'] = function () {
    if (afterFrame) afterFrame();
    watch();
  };

  var appReady = Module['onAppReady'];
  Module['onAppReady'] = function () {
    if (appReady) appReady();
    ready = true;
    post(readyMessage());
    waiting.splice(0).forEach(command);
  };
})();
