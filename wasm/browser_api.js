// window.dateline: the page's JavaScript API, for tests and for pages that embed Dateline.
// (Linked with --post-js.) Documented in the README under "The page's JavaScript API".
//
//   dateline.state()          the app's state as a plain object (see the README)
//   dateline.goto(target)     moves to an event id or a date "YYYY-MM-DD"; true if it was one
//   dateline.markers()        the markers on screen: [{x, y, span, events: [ids]}], CSS pixels
//   dateline.frameStats(reset) CPU time per frame drawn ({count, p50, p95, max} ms), heap size
//   dateline.addFiles(files)  adds articles (File objects: .txt or saved .html pages, and a sources.json), as a drop does
//
// It also connects the app to the page: the URL hash (read at start and when edited, written
// as the reader moves), ?embed, the clipboard, links, files the reader adds (picked or dropped,
// and kept in the browser's IndexedDB so that a reload loses nothing), and waking the app on
// input (the app draws nothing while nothing changes, to spare classroom batteries).
(function () {
  var notReady = function () {
    return { ready: false, articles: 0, events: 0, selected: null, playhead: null, view: null, errors: [], frames: 0 };
  };
  var started = false;

  Module['onAppReady'] = function () {
    started = true;
    var embedded = /(^|[?&])embed(=|&|$)/.test(location.search.slice(1));
    Module['ccall']('dateline_set_embedded', null, ['number'], [embedded ? 1 : 0]);
    // The link is applied at once; one to an event of the reader's own articles waits until
    // the app has read them back (restoreAddedFiles says when they are handed over, or none are).
    Module['ccall']('dateline_set_restoring', null, ['number'], [1]);
    Module['ccall']('dateline_apply_hash', null, ['string'], [location.hash || '']);
    // The author's corrections after the reader's articles (their anchors may point into them).
    restoreAddedFiles().then(function () { if (Module['restoreEdits']) Module['restoreEdits'](); });
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
    var before = document.activeElement;  // focus goes back there (a mirror's button, or the canvas)
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(area);
    (before && before !== document.body && before.focus ? before : Module['canvas']).focus({ preventScroll: true });
  };
  Module['openLink'] = function (url) {
    if (/^https?:\/\//.test(url)) window.open(url, '_blank', 'noopener');
  };

  // --- Articles the reader adds ---------------------------------------------------------------
  // Each file is read (up to the most the core reads of one article), kept in IndexedDB
  // ("dateline" / "added-articles": {name, bytes, fullSize}), then handed to the app. At start,
  // the kept files are handed back. Where storage is refused (a private window, a full disk),
  // the files still go on the timeline and the app says they will not be kept.
  var storage = null;  // a Promise of the database, or of null
  function openStorage() {
    if (storage) return storage;
    storage = new Promise(function (resolve) {
      var request;
      try {
        request = indexedDB.open(Module['storageName'] || 'dateline', 2);  // a published page: its own (publish_setup.js)
      } catch (e) {
        return resolve({ db: null, why: 'this browser refuses storage to this page' });
      }
      // Version 1 held the added articles; version 2 adds the author's corrections ("edits":
      // the edits document under the key "current", kept by editor.js).
      request.onupgradeneeded = function () {
        var db = request.result;
        if (!db.objectStoreNames.contains('added-articles')) db.createObjectStore('added-articles', { autoIncrement: true });
        if (!db.objectStoreNames.contains('edits')) db.createObjectStore('edits');
      };
      request.onsuccess = function () { resolve({ db: request.result, why: '' }); };
      request.onerror = function () { resolve({ db: null, why: 'storage refused: ' + (request.error && request.error.name) }); };
      request.onblocked = function () { resolve({ db: null, why: 'storage is busy in another tab' }); };
    });
    return storage;
  }
  Module['openStorage'] = openStorage;  // (editor.js keeps the corrections in the same database)
  // Opened now, while the engine is still downloading and compiling: opening it when the app is
  // ready put the browser's work of opening it (a few ms of the main thread, tens under load)
  // between the app's start and its first frame. The kept articles are still read back when
  // the app is ready (restoreAddedFiles), from the database opened here.
  openStorage();
  var storing = 0;  // storage transactions under way (state().added.storing)
  function storeTransaction(db, mode, work) {
    storing++;
    return new Promise(function (resolve) {
      try {
        var tx = db.transaction('added-articles', mode);
        var result = work(tx.objectStore('added-articles'));
        tx.oncomplete = function () { resolve({ ok: true, result: result && result.result }); };
        tx.onerror = tx.onabort = function () { resolve({ ok: false, why: tx.error ? tx.error.name : 'failed' }); };
      } catch (e) {
        resolve({ ok: false, why: e.name || String(e) });
      }
    }).then(function (r) { storing--; return r; });
  }
  function handOver(files, restored) {
    files.forEach(function (f) {
      if (f.error) {
        Module['ccall']('dateline_file_unreadable', null, ['string', 'string'], [f.name, f.error]);
        return;
      }
      var ptr = Module['_malloc'](Math.max(1, f.bytes.length));
      HEAPU8.set(f.bytes, ptr);
      var taken = Module['ccall']('dateline_add_file', 'number', ['string', 'number', 'number', 'number', 'number'],
                                  [f.name, ptr, f.bytes.length, f.fullSize, f.key || 0]);
      Module['_free'](ptr);
      if (taken && f.published) Module['ccall']('dateline_date_last_added', null, ['string'], [f.published]);
      if (!taken && f.key && !restored) Module['forgetAddedFile'](f.key);  // never added; kept ones stay kept
    });
    Module['ccall']('dateline_files_added', null, ['number'], [restored ? 1 : 0]);
  }
  function addFiles(list) {
    if (!started) return Promise.resolve(false);
    var limit = Module['_dateline_largest_article_bytes']();
    var files = Array.prototype.slice.call(list || []);
    return openStorage().then(function (store) {
      Module['ccall']('dateline_set_storage', null, ['number', 'string'], [store.db ? 1 : 0, store.why]);
      return files.reduce(function (done, file) {
        return done.then(function (out) {
          var read = file.slice(0, limit).arrayBuffer().then(function (buffer) {
            var record = { name: file.name, bytes: new Uint8Array(buffer), fullSize: file.size > limit ? file.size : 0 };
            if (!store.db) return record;
            return storeTransaction(store.db, 'readwrite', function (s) {
              return s.add({ name: record.name, bytes: buffer, fullSize: record.fullSize });
            }).then(function (r) {
              if (r.ok) record.key = r.result;
              else Module['ccall']('dateline_set_storage', null, ['number', 'string'], [0, 'storage refused: ' + r.why]);
              return record;
            });
          }, function (e) {
            // The file went away or could not be read (moved, deleted, no permission).
            return { name: file.name, error: 'could not be read (' + (e && e.name ? e.name : e) + ')' };
          });
          return read.then(function (record) { out.push(record); return out; });
        });
      }, Promise.resolve([]));
    }).then(function (records) {
      handOver(records, false);
      return true;
    });
  }
  function restoreAddedFiles() {
    var noneBack = function () { Module['ccall']('dateline_set_restoring', null, ['number'], [0]); };
    return openStorage().then(function (store) {
      Module['ccall']('dateline_set_storage', null, ['number', 'string'], [store.db ? 1 : 0, store.why]);
      if (!store.db) return noneBack();
      var records = [];
      return storeTransaction(store.db, 'readonly', function (s) {
        var cursor = s.openCursor();
        cursor.onsuccess = function () {
          var c = cursor.result;
          if (!c) return;
          records.push({ key: c.key, name: c.value.name, bytes: new Uint8Array(c.value.bytes), fullSize: c.value.fullSize || 0,
                         published: typeof c.value.published === 'string' ? c.value.published : '' });
          c['continue']();
        };
      }).then(function () {
        if (records.length) handOver(records, true);  // the app applies a waiting link once they are read
        else noneBack();
      });
    });
  }
  // The publication date the reader gave a kept file ("" none): {name, bytes, fullSize, published}.
  Module['storeAddedDate'] = function (key, date) {
    openStorage().then(function (store) {
      if (!store.db) return;
      storeTransaction(store.db, 'readwrite', function (s) {
        var get = s.get(key);
        get.onsuccess = function () {
          if (!get.result) return;
          get.result.published = date;
          s.put(get.result, key);
        };
      }).then(function (r) {
        if (!r.ok) Module['ccall']('dateline_set_storage', null, ['number', 'string'], [0, 'storage refused: ' + r.why]);
      });
    });
  };
  Module['forgetAddedFile'] = function (key) {
    openStorage().then(function (store) {
      if (store.db) storeTransaction(store.db, 'readwrite', function (s) { s['delete'](key); });
    });
  };
  // The file picker, opened by the app's "Add articles..." button (a click is a user gesture, so
  // the browser lets the page open it); and files dropped anywhere on the page.
  var picker = document.createElement('input');
  picker.type = 'file';
  picker.multiple = true;
  picker.accept = '.txt,.html,.htm,.json,text/plain,text/html,application/json';
  picker.hidden = true;
  picker.id = 'dateline-add-files';
  picker.addEventListener('change', function () {
    addFiles(picker.files).then(function () { picker.value = ''; });
  });
  document.body.appendChild(picker);
  Module['pickFiles'] = function () { picker.click(); };
  window.addEventListener('dragover', function (e) {
    if (e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types, 'Files') >= 0) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  });
  window.addEventListener('drop', function (e) {
    if (!e.dataTransfer || !e.dataTransfer.files.length) return;
    e.preventDefault();
    addFiles(e.dataTransfer.files);
  });

  // What the page's own scripts know and the app does not (editor.js: the text form, writes under
  // way; story_form.js: its two forms), each a function adding to state()'s object.
  Module['stateFacts'] = [];

  var api = {
    state: function () {
      if (!started) return notReady();
      var s = JSON.parse(UTF8ToString(Module['_dateline_state_json']()));
      s.added.storing = storing;
      Module['stateFacts'].forEach(function (add) { add(s); });
      return s;
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
    // Adds articles (a FileList or an array of File), as dropping them on the page does;
    // resolves once they are handed to the app (which then reads them, a few per frame).
    addFiles: function (files) { return addFiles(files); },
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
