// Publishing in the page (linked with --post-js, after browser_api.js): what the "Share / export"
// menu (publish_menu.cpp) and window.dateline ask for.
//
//   dateline.exportText(format)  the corrected timeline: "timelinejs", "csv" or "json" (text)
//   dateline.download(format)    offers that export as a file, as the Share menu's items do
//   dateline.savePage({bundled}) "Save as page": downloads one HTML file (engine + articles +
//                                story + edits); resolves to {name, bytes} or null
//   dateline.printLayout()       builds the print layout (what window.print() prints); {lanes, events}
//   dateline.picture()           a PNG of the timeline as drawn, at device pixels: a Promise of a Blob
//   dateline.setEditing(on)      Edit on or off (published pages open read-only)
//   dateline.downloads()         the files this page offered for download: [{name, type, bytes}]
//
// Downloads are Blobs offered through a link with `download` (no request leaves the page). The
// print layout is made of DOM text nodes only (textContent): nothing from an article, a story
// or an edit becomes markup.
(function () {
  var offered = [];  // dateline.downloads()

  function fail(message) { Module['ccall']('dateline_publish_failed', null, ['string'], [message]); }

  function saveFile(blob, name) {
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    offered.push({ name: name, type: blob.type, bytes: blob.size });
  }

  // A file name from the story's title ("The fall of..." -> "the-fall-of....html").
  function baseName() {
    var title = '';
    try { title = window['dateline'].state().story.title || ''; } catch (e) { /* not ready */ }
    var slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
    return slug || 'dateline-timeline';
  }

  Module['downloadFile'] = function (name, type, content) {
    saveFile(new Blob([content], { type: type + ';charset=utf-8' }), name);
  };

  function exportText(format) {
    return UTF8ToString(Module['ccall']('dateline_export', 'number', ['string'], [String(format)]));
  }

  // The engine: the page itself as loaded (offline file, published page), else the offline file
  // beside the hosted page.
  function engineText() {
    if (Module['engineInline'] && Module['pristinePage'])
      return Promise.resolve('<!doctype html>\n' + Module['pristinePage'].outerHTML + '\n');
    return fetch('dateline-offline.html', { cache: 'no-cache' }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.text();
    });
  }

  Module['savePage'] = function (bundled) {
    return engineText().then(function (engine) {
      var bytes = new TextEncoder().encode(engine);
      var at = Module['_malloc'](Math.max(1, bytes.length));
      HEAPU8.set(bytes, at);
      var page = UTF8ToString(Module['ccall']('dateline_publication_page', 'number', ['number', 'number', 'number'],
                                              [at, bytes.length, bundled ? 1 : 0]));
      Module['_free'](at);
      if (!page) {
        fail('Save as page: ' + UTF8ToString(Module['_dateline_publish_why']()));
        return null;
      }
      var name = baseName() + '.html';
      saveFile(new Blob([page], { type: 'text/html;charset=utf-8' }), name);
      return { name: name, bytes: page.length };
    }, function (e) {
      fail('Save as page: the engine page, dateline-offline.html, could not be fetched from this site (' +
           (e && e.message ? e.message : e) + ')');
      return null;
    });
  };

  // --- Print ----------------------------------------------------------------------------------
  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;  // text, never markup
    return e;
  }

  function buildPrintLayout() {
    var doc = JSON.parse(UTF8ToString(Module['_dateline_print_document']()));
    var old = document.getElementById('dateline-print');
    if (old) old.parentNode.removeChild(old);
    var root = element('div');
    root.id = 'dateline-print';
    var header = element('header');
    header.appendChild(element('h1', 'story-title', doc.title || 'Dateline timeline'));
    if (doc.description) header.appendChild(element('p', 'story-description', doc.description));
    if (doc.credit) header.appendChild(element('p', 'story-credit', doc.credit));
    var events = 0;
    doc.lanes.forEach(function (l) { events += l.events.length; });
    header.appendChild(element('p', 'printed', events + ' event' + (events === 1 ? '' : 's') + ', by lane and in date order. ' +
                                'Printed from Dateline on ' + new Date().toISOString().slice(0, 10) + '.'));
    root.appendChild(header);
    doc.lanes.forEach(function (lane) {
      var section = element('section', 'lane');
      section.appendChild(element('h2', null, lane.name));
      lane.events.forEach(function (e) {
        var article = element('article', e.key ? 'event key' : 'event');
        article.appendChild(element('p', 'date', e.date));
        article.appendChild(element('h3', null, e.headline));
        if (e.note) article.appendChild(element('p', 'note', e.note));
        e.sources.forEach(function (s) {
          article.appendChild(element('blockquote', null, '\u201C' + s.passage.replace(/\s+/g, ' ').trim() + '\u201D'));
          article.appendChild(element('p', 'citation', s.citation));
        });
        section.appendChild(article);
      });
      root.appendChild(section);
    });
    document.body.appendChild(root);
    return { lanes: doc.lanes.length, events: events };
  }

  Module['printLayout'] = function (print) {
    var made = buildPrintLayout();
    if (print) window.print();
    return made;
  };
  // The browser's own Print (Ctrl+P) prints the same layout.
  window.addEventListener('beforeprint', function () { if (window['dateline'].state().ready) buildPrintLayout(); });

  // --- A picture of the timeline ----------------------------------------------------------------
  // WebGL keeps no drawing buffer after a frame is shown, so the picture is taken right after the
  // app draws a frame (Module.afterFrame, called by the app), cropped to the timeline, at device pixels.
  var pictureWaiting = [];
  Module['afterFrame'] = function () {
    if (!pictureWaiting.length) return;
    var waiting = pictureWaiting;
    pictureWaiting = [];
    var s = window['dateline'].state();
    var ratio = s.pixelRatio || 1, t = s.timeline;
    var canvas = Module['canvas'];
    var x = Math.max(0, Math.round(t.x * ratio)), y = Math.max(0, Math.round(t.y * ratio));
    var w = Math.min(canvas.width - x, Math.round(t.width * ratio)), h = Math.min(canvas.height - y, Math.round(t.height * ratio));
    if (!(w > 0 && h > 0)) { x = 0; y = 0; w = canvas.width; h = canvas.height; }
    var copy = document.createElement('canvas');
    copy.width = w;
    copy.height = h;
    copy.getContext('2d').drawImage(canvas, x, y, w, h, 0, 0, w, h);
    copy.toBlob(function (blob) { waiting.forEach(function (resolve) { resolve(blob); }); }, 'image/png');
  };
  function picture() {
    return new Promise(function (resolve) {
      pictureWaiting.push(resolve);
      Module['_dateline_wake']();
    });
  }
  Module['savePicture'] = function () {
    return picture().then(function (blob) {
      if (!blob) { fail('Picture: the browser could not make a PNG of the timeline'); return null; }
      saveFile(blob, baseName() + '.png');
      return blob;
    });
  };

  var api = window['dateline'];
  api.exportText = function (format) { return api.state().ready ? exportText(format) : ''; };
  api.download = function (format) { Module['ccall']('dateline_download', null, ['string'], [String(format)]); };
  api.savePage = function (options) { return Module['savePage'](!!(options && options.bundled)); };
  api.printLayout = function () { return Module['printLayout'](false); };
  api.picture = picture;
  api.setEditing = function (on) { Module['ccall']('dateline_set_editing', null, ['number'], [on ? 1 : 0]); };
  api.downloads = function () { return offered.slice(); };
})();
