// The map in the accessible mirror (linked with --post-js after accessibility.js, whose mirror it
// joins): the map's places as a list a screen reader reads, each a button saying the place, how
// many events it has and whether it is a place of the current event (of those already passed, or
// still to come), with its first events after it. Choosing a place shows only its events, as a
// click on its dot does; "Show every place" undoes it. Bounded: the places with the most events,
// the current event's and the chosen one (wasm/map_mirror.h), never one element per place of a
// huge story. Text only (textContent): place names and headlines come from untrusted articles.
// Read from _dateline_map_mirror_json only when _dateline_map_mirror_version changes.
(function () {
  var mirror = document.getElementById('dateline-mirror');
  if (!mirror) return;
  var started = false, version = -1, lastChosen = null;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function setText(node, text) { if (node.textContent !== text) node.textContent = text; }
  function choose(place) {
    if (!started) return;
    Module['ccall']('dateline_map_choose', 'number', ['number'], [place]);
  }

  // After the events' list, before the current event: the order Tab goes through them.
  var section = el('section', { id: 'dl-map', 'aria-labelledby': 'dl-map-title' });
  section.appendChild(el('h2', { id: 'dl-map-title' }, 'Map: the places of the events'));
  var summary = el('p', { id: 'dl-map-summary' });
  section.appendChild(summary);
  // (Buttons float at the bottom of the page while focused, as the mirror's other controls without
  // a place on the canvas: they are not inside an element the mirror hides.)
  var everyPlace = el('button', { type: 'button', 'class': 'dl-control dl-float', 'data-control': 'map-every-place', hidden: '' });
  everyPlace.appendChild(el('span', { 'class': 'dl-label' }, 'Show every place'));
  everyPlace.addEventListener('click', function () { choose(-1); });
  section.appendChild(everyPlace);
  var list = el('div', { role: 'list', id: 'dl-map-places', 'aria-labelledby': 'dl-map-title' });
  section.appendChild(list);
  // One Tab stop for the whole list (the chosen place's button, else the first): Up and Down,
  // Home and End move between the places, so the keyboard does not tab through every place.
  list.addEventListener('keydown', function (e) {
    var all = [].slice.call(list.querySelectorAll('button'));
    var at = all.indexOf(document.activeElement);
    if (at < 0 || e.ctrlKey || e.metaKey || e.altKey) return;
    var to = e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? all.length - 1 : -2;
    if (to === -2) return;
    e.preventDefault();
    e.stopPropagation();  // (not the timeline's keys: Home and End here are the list's)
    to = Math.max(0, Math.min(all.length - 1, to));
    all.forEach(function (b, i) { b.tabIndex = i === to ? 0 : -1; });
    all[to].focus();
  });
  var current = document.getElementById('dl-current');
  mirror.insertBefore(section, current && current.parentNode === mirror ? current : null);

  function firstEventsWords(item) {
    if (!item.first.length) return '';
    var words = item.first.map(function (e) { return e.date + ': ' + e.headline; }).join('; ');
    var more = item.events - item.first.length;
    return (item.first.length === 1 && !more ? 'Its event: ' : 'First events: ') + words + (more > 0 ? '; and ' + more + ' more.' : '.');
  }

  function render(c) {
    var chosen = c.chosen;
    setText(summary, (c.places === 1 ? '1 place' : c.places + ' places') + ' on the map' +
            (c.items.length < c.places ? ', the ' + c.items.length + ' with most events listed' : '') + '. ' +
            (chosen ? 'Only the events of ' + chosen.name + ' are shown.' : 'Choose a place to show only its events.'));
    everyPlace.hidden = !chosen;
    var focused = section.contains(document.activeElement) ? document.activeElement.getAttribute('data-place') : null;
    var keep = {};
    var old = list.children;
    for (var i = 0; i < old.length; i++) keep[old[i].getAttribute('data-key')] = old[i];
    var next = [];
    c.items.forEach(function (item) {
      var about = firstEventsWords(item);
      var key = item.place + '|' + item.words + '|' + about;
      var row = keep[key];
      if (row) delete keep[key];
      else {
        row = el('div', { role: 'listitem', 'data-key': key });
        var b = el('button', { type: 'button', 'class': 'dl-control dl-float', 'data-place': item.place });
        b.appendChild(el('span', { 'class': 'dl-label' }, item.words));
        b.addEventListener('click', function () { choose(b.getAttribute('aria-pressed') === 'true' ? -1 : +b.getAttribute('data-place')); });
        row.appendChild(b);
        if (about) row.appendChild(el('p', null, about));
      }
      var button = row.firstChild;
      button.setAttribute('aria-pressed', item.chosen ? 'true' : 'false');
      next.push(row);
    });
    for (var gone in keep) keep[gone].remove();
    next.forEach(function (row) { list.appendChild(row); });  // in order (appending moves them)
    var stop = list.querySelector('[aria-pressed=true]') || list.querySelector('button');
    [].forEach.call(list.querySelectorAll('button'), function (b) { b.tabIndex = b === stop ? 0 : -1; });
    if (focused !== null) {
      var again = list.querySelector('[data-place="' + focused + '"]') || (chosen ? everyPlace : list.querySelector('button'));
      if (again && list.contains(again)) [].forEach.call(list.querySelectorAll('button'), function (b) { b.tabIndex = b === again ? 0 : -1; });
      if (again && document.activeElement !== again) again.focus({ preventScroll: true });
    }
    // Said once when the place filter changes (the events' list changes with it).
    var chosenName = chosen ? chosen.name : '';
    if (lastChosen !== null && chosenName !== lastChosen) {
      var live = document.getElementById('dl-live');
      if (live) live.textContent = chosen ? 'Only the events of ' + chosen.name + ' are shown.' : 'The events of every place are shown.';
    }
    lastChosen = chosenName;
  }

  function follow() {
    if (!started || !painted) return;
    var v = Module['_dateline_map_mirror_version']();
    if (v === version) return;
    version = v;
    render(JSON.parse(UTF8ToString(Module['_dateline_map_mirror_json']())));
  }
  var drawn = Module['onFrameDrawn'];
  Module['onFrameDrawn'] = function () {
    if (drawn) drawn();
    follow();
  };
  var ready = Module['onAppReady'];
  Module['onAppReady'] = function () {
    if (ready) ready();
    started = true;
  };
  // First built in the task after the first frame, once it is on screen (as accessibility.js
  // does): not before it, where it held the timeline back.
  var painted = false;
  var firstFrame = Module['onFirstFrame'];
  Module['onFirstFrame'] = function () {
    if (firstFrame) firstFrame();
    setTimeout(function () { painted = true; follow(); }, 0);
  };
})();
