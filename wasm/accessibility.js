// The accessible mirror: what the canvas shows, as real HTML for screen readers, keyboards and
// on-screen keyboards. (Linked with --post-js after browser_api.js.) Dear ImGui draws to a canvas
// and has no accessibility of its own; as Flutter web does with its semantics tree, the page keeps
// elements in step with the app, both ways:
//   - the controls as <button>s with names (and the narrow layout's tabs), laid over the
//     controls drawn on the canvas, so the keyboard's focus ring outlines what a person sees;
//   - the filter as a real <input type=search> over the canvas's filter box: it IS the filter
//     (a phone opens its keyboard for it; paste, IME and undo are the browser's);
//   - the events as a listbox (date as known, headline, lane, sources), a window of them around
//     the selection with their place among all (aria-setsize), never one element per event;
//   - the current event as an <article> (headline, date in words, each source's outlet, passage
//     and citation, with its buttons), and the open article;
//   - a polite live region that names the current event once the selection rests;
//   - the keyboard help (?), a <dialog>.
// Focus in the mirror moves the app (a focused event is selected, the playhead goes to it); the
// app's selection moves the mirror (aria-selected, aria-activedescendant). Everything from the
// articles is set as text (textContent), never as markup: article text is untrusted.
// The content comes from _dateline_accessibility_json (wasm/accessibility.h), read only when its
// version changes; where the controls were drawn from _dateline_accessibility_layout, every frame.
(function () {
  var canvas = Module['canvas'];
  var started = false;
  var embedded = /(^|[?&])embed(=|&|$)/.test(location.search.slice(1));

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  // A control's name, in a span: hidden when the control lies over its canvas twin (the canvas
  // shows it), shown when the control stands on its own.
  function labelled(control, label) {
    control.classList.add('dl-float');  // until place() finds it on the canvas
    control.appendChild(el('span', { 'class': 'dl-label' }, label));
    return control;
  }
  function relabel(control, label) { setText(control.firstChild, label); }
  function command(name, text, a, b) {
    if (!started) return false;
    return Module['ccall']('dateline_accessibility_command', 'number', ['string', 'string', 'number', 'number'],
                           [name, text || '', a || 0, b || 0]) === 1;
  }
  function focusWithin(node) { return node.contains(document.activeElement); }

  // --- The elements -----------------------------------------------------------------------------
  // Before the canvas in the page's order: the controls above the timeline. After it: the tabs,
  // the filter, the list, the reading panel, the article, the live region, the help. Tab goes
  // through them in that order, the way they are drawn, and then on to the host page.
  var controls = el('div', { id: 'dateline-controls', 'class': 'dl-mirror', role: 'group', 'aria-label': 'Timeline controls' });
  var mirror = el('div', { id: 'dateline-mirror', 'class': 'dl-mirror' });
  var heading = el('h1', { 'class': 'dl-sr' }, 'Dateline');
  controls.appendChild(heading);

  // Each control: a button over the one drawn on the canvas (layout name = its key).
  var buttons = {};
  function controlButton(parent, key, label, run, hint) {
    var b = labelled(el('button', { type: 'button', 'class': 'dl-control', 'data-control': key, title: hint || null }), label);
    b.addEventListener('click', function () { run(); });
    parent.appendChild(b);
    buttons[key] = b;
    return b;
  }

  // A button that opens a menu (the Share / export menu, "Merge with…"): real elements under the
  // button, for keyboards (arrows, Home, End, Esc) and screen readers (role=menu). `items()` gives
  // [{label, run, checked}] when it opens, `checked` (a checkable item's) a function giving what
  // the model holds; an item whose run() returns true keeps the menu open.
  var openMenu = null;  // {button, menu, checks}
  function menuButton(parent, key, label, items, hint) {
    var b = controlButton(parent, key, label, function () {
      if (openMenu && openMenu.button === b) closeMenu(true); else showMenu(b, items(), false);
    }, hint);
    b.setAttribute('aria-haspopup', 'menu');
    b.setAttribute('aria-expanded', 'false');
    b.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); e.stopPropagation(); showMenu(b, items(), e.key === 'ArrowUp'); }
    });
    return b;
  }
  function showMenu(button, items, fromEnd) {
    closeMenu(false);
    var menu = el('div', { role: 'menu', 'class': 'dl-menu', 'aria-label': button.textContent });
    var checks = [];  // [{entry, checked()}]: the checkable items, shown as the model holds them
    items.forEach(function (item) {
      var checkable = typeof item.checked === 'function';
      var entry = el('button', { type: 'button', role: checkable ? 'menuitemcheckbox' : 'menuitem', tabindex: '-1',
                                 'aria-checked': checkable ? String(!!item.checked()) : null }, item.label);
      if (checkable) checks.push({ entry: entry, checked: item.checked });
      entry.addEventListener('click', function () {
        var keep = item.run();
        if (!keep) closeMenu(true);
      });
      menu.appendChild(entry);
    });
    var r = button.getBoundingClientRect();
    menu.style.left = Math.max(0, Math.min(r.left, window.innerWidth - 300)) + 'px';
    menu.style.top = Math.min(r.bottom + 2, window.innerHeight - 40) + 'px';
    menu.addEventListener('keydown', function (e) {
      var entries = [].slice.call(menu.children), at = entries.indexOf(document.activeElement);
      var to = -1;
      switch (e.key) {
        case 'ArrowDown': to = (at + 1) % entries.length; break;
        case 'ArrowUp': to = (at - 1 + entries.length) % entries.length; break;
        case 'Home': to = 0; break;
        case 'End': to = entries.length - 1; break;
        case 'Escape': closeMenu(true); break;
        case 'Tab': closeMenu(false); return;  // focus moves on as usual
        default: return;
      }
      e.preventDefault();
      e.stopPropagation();
      if (to >= 0) entries[to].focus();
    });
    menu.addEventListener('focusout', function (e) {
      if (openMenu && openMenu.menu === menu && !menu.contains(e.relatedTarget) && e.relatedTarget !== button) closeMenu(false);
    });
    button.insertAdjacentElement('afterend', menu);
    button.setAttribute('aria-expanded', 'true');
    openMenu = { button: button, menu: menu, checks: checks };
    if (menu.children.length) menu.children[fromEnd ? menu.children.length - 1 : 0].focus();
  }
  function closeMenu(refocus) {
    if (!openMenu) return;
    var m = openMenu;
    openMenu = null;
    m.button.setAttribute('aria-expanded', 'false');
    m.menu.remove();
    if (refocus && document.contains(m.button)) m.button.focus({ preventScroll: true });
  }

  controlButton(controls, 'play', 'Play', function () { command('play'); }, 'Step through the events (Space)');
  controlButton(controls, 'fit', 'Fit all events', function () { command('fit'); });
  controlButton(controls, 'zoom-out', 'Zoom out', function () { command('zoom-out'); }, 'Zoom out (-)');
  controlButton(controls, 'zoom-in', 'Zoom in', function () { command('zoom-in'); }, 'Zoom in (+)');
  controlButton(controls, 'previous', 'Previous event', function () { command('previous'); }, 'Previous event (Left)');
  controlButton(controls, 'next', 'Next event', function () { command('next'); }, 'Next event (Right)');
  if (!embedded) {
    // The Edit switch (a toggle) and, while editing, Undo and Redo; then Share / export, a menu.
    controlButton(controls, 'edit', 'Edit', function () { command('edit', '', content && content.editing ? 0 : 1); },
                  'Correct this timeline: rename, redate, hide, merge, split, note, key events');
    buttons['edit'].setAttribute('aria-pressed', 'false');
    controlButton(controls, 'undo', 'Undo', function () { if (content && content.editing && content.editing.undo) command('undo'); },
                  'Undo the last correction (Ctrl+Z)');
    controlButton(controls, 'redo', 'Redo', function () { if (content && content.editing && content.editing.redo) command('redo'); },
                  'Redo (Ctrl+Shift+Z or Ctrl+Y)');
    buttons['undo'].hidden = buttons['redo'].hidden = true;
    // "with the bundled articles" is the model's choice (the canvas's checkbox shows the same):
    // the item reports the click and shows what the model then holds (render()).
    var withBundled = function () { return !!(content && content.saveWithBundled); };
    menuButton(controls, 'share', 'Share / export', function () {
      return [
        { label: 'Save as page…', run: function () { command('save-page'); } },
        { label: 'with the bundled articles', checked: withBundled, run: function () { command('save-with-bundled', '', withBundled() ? 0 : 1); return true; } },
        { label: 'TimelineJS (JSON)', run: function () { command('export', 'timelinejs'); } },
        { label: 'Spreadsheet (CSV, the TimelineJS sheet\'s columns)', run: function () { command('export', 'csv'); } },
        { label: 'Dateline JSON (with passages)', run: function () { command('export', 'json'); } },
        { label: 'Print…', run: function () { command('print'); } },
        { label: 'Picture of the timeline (PNG)', run: function () { command('picture'); } },
      ];
    }, 'Save this timeline as a page of its own, download it for TimelineJS or a spreadsheet, print it');
    // The file picker opens from this click itself (a user gesture).
    controlButton(controls, 'add', 'Add articles…', function () {
      var picker = document.getElementById('dateline-add-files');
      if (picker) picker.click(); else command('add');
    });
  }
  controlButton(controls, 'help', 'Keyboard help', function () { openHelp(); }, 'Keyboard help (?)');
  // On a phone, the story's About (its description, shown under the title); a screen reader
  // reads the description in the current event's place when no event is chosen, and here.
  controlButton(controls, 'about', 'About this story', function () {
    command('about', '', buttons['about'].getAttribute('aria-expanded') === 'true' ? 0 : 1);
  });
  buttons['about'].setAttribute('aria-expanded', 'false');
  buttons['about'].hidden = true;
  // The tip under the header ("drag to move…"), while it is shown: its "Got it" dismisses it.
  controlButton(controls, 'hint', 'Got it (hide the tip)', function () { command('hint'); canvas.focus({ preventScroll: true }); });  // on to the timeline, next in order
  buttons['hint'].hidden = true;
  // All in one landmark with the canvas (moved in before SDL looks for it: the app starts later).
  var main = el('main', { id: 'dateline-main' });
  canvas.parentNode.insertBefore(main, canvas);
  main.appendChild(controls);
  main.appendChild(canvas);
  main.appendChild(mirror);

  // The focus ring of the timeline (the canvas itself) is drawn around the timeline's place.
  var timelineRing = el('div', { 'class': 'dl-timeline-ring', 'aria-hidden': 'true' });
  mirror.appendChild(timelineRing);

  // The narrow layout's tabs.
  var tabs = el('div', { role: 'tablist', 'aria-label': 'Views', 'class': 'dl-tabs' });
  var tabEvent = labelled(el('button', { type: 'button', role: 'tab', 'class': 'dl-control', 'data-control': 'tab-event', 'aria-controls': 'dl-current' }), 'Event');
  var tabList = labelled(el('button', { type: 'button', role: 'tab', 'class': 'dl-control', 'data-control': 'tab-list', 'aria-controls': 'dl-events' }), 'All events');
  tabEvent.addEventListener('click', function () { command('tab', '', 0); });
  tabList.addEventListener('click', function () { command('tab', '', 1); });
  tabs.appendChild(tabEvent);
  tabs.appendChild(tabList);
  mirror.appendChild(tabs);
  buttons['tab-event'] = tabEvent;
  buttons['tab-list'] = tabList;

  // The filter: a real search field.
  var filter = el('input', { type: 'search', id: 'dl-filter', 'class': 'dl-control dl-filter dl-float', 'data-control': 'filter',
                             'aria-label': 'Filter events', placeholder: 'Filter: words, places, actors',
                             autocomplete: 'off', spellcheck: 'false', 'aria-controls': 'dl-events' });
  filter.addEventListener('input', function () { command('filter', filter.value); });
  filter.addEventListener('focus', function () { if (layoutName === 'narrow') command('tab', '', 1); });
  mirror.appendChild(filter);
  buttons['filter'] = filter;

  // The events: a listbox, focus on it, the current event its active descendant.
  var listLabel = el('span', { id: 'dl-events-label', 'class': 'dl-sr' }, 'Events');
  var list = el('ul', { id: 'dl-events', role: 'listbox', tabindex: '0', 'class': 'dl-control dl-list dl-float', 'data-control': 'list',
                        'aria-labelledby': 'dl-events-label dl-events-count' });
  var listCount = el('span', { id: 'dl-events-count', 'class': 'dl-sr' });
  var listShown = el('div', { 'class': 'dl-float-text', 'aria-hidden': 'true' });  // what a sighted keyboard user sees when the list has no place on screen
  mirror.appendChild(listLabel);
  mirror.appendChild(listCount);
  list.appendChild(listShown);
  mirror.appendChild(list);
  buttons['list'] = list;
  list.addEventListener('focus', function () { if (layoutName === 'narrow') command('tab', '', 1); });
  list.addEventListener('keydown', function (e) {
    var handled = true;
    switch (e.key) {
      case 'ArrowDown': case 'ArrowRight': command('next'); break;
      case 'ArrowUp': case 'ArrowLeft': command('previous'); break;
      case 'Home': command('first'); break;
      case 'End': command('last'); break;
      case 'Enter': if (content && content.selected >= 0) command('open', '', content.selected, 0); break;
      default: handled = false;
    }
    if (handled) { e.preventDefault(); e.stopPropagation(); }
  });
  list.addEventListener('click', function (e) {
    var option = e.target.closest && e.target.closest('[role=option]');
    if (option) command('select', '', +option.getAttribute('data-event'));
  });

  // The current event.
  var current = el('article', { id: 'dl-current', 'class': 'dl-reading', 'aria-labelledby': 'dl-current-headline' });
  mirror.appendChild(current);
  // The open article.
  var articleView = el('article', { id: 'dl-article', 'class': 'dl-reading', 'aria-labelledby': 'dl-article-title', hidden: '' });
  mirror.appendChild(articleView);
  // "Your articles": the files the reader added, what they gave to say, and their buttons.
  var addedView = el('section', { id: 'dl-added', 'aria-labelledby': 'dl-added-title', hidden: '' });
  mirror.appendChild(addedView);
  // Announcements: polite, once the selection rests.
  var live = el('div', { id: 'dl-live', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true', 'class': 'dl-sr' });
  mirror.appendChild(live);

  // The keyboard help.
  var help = el('dialog', { id: 'dl-help', 'aria-labelledby': 'dl-help-title', 'class': 'dl-help' });
  help.appendChild(el('h2', { id: 'dl-help-title' }, 'Keyboard'));
  var keys = el('dl');
  [['Tab, Shift+Tab', 'move through the controls, the filter, the events and the sources, then out of Dateline'],
   ['Left, Right (or Up, Down in the events)', 'previous, next event (of those the filter shows)'],
   ['Home, End', 'first, last event'],
   ['+, −', 'zoom in, out around the playhead'],
   ['Space', 'play or pause (on the timeline)'],
   ['Enter', 'open the current event\'s article (on the timeline or the events)'],
   ['Esc', 'back from the article; closes this help'],
   ['C', 'copy the current event\'s citation (on the timeline)'],
   ['?', 'this help']].forEach(function (row) {
    keys.appendChild(el('dt', null, row[0]));
    keys.appendChild(el('dd', null, row[1]));
  });
  help.appendChild(keys);
  var helpClose = el('button', { type: 'button', 'class': 'dl-help-close' }, 'Close');
  helpClose.addEventListener('click', function () { closeHelp(); });
  help.appendChild(helpClose);
  // Focus goes back to what opened the help, unless it has moved on already (the browser may
  // restore it itself before this event, and the reader may have moved it since: no stealing).
  help.addEventListener('close', function () {
    var now = document.activeElement;
    if (helpOpener && helpOpener.focus && (!now || now === document.body || help.contains(now))) helpOpener.focus();
    helpOpener = null;
  });
  main.appendChild(help);
  var helpOpener = null;
  function openHelp() {
    if (help.open) return;
    helpOpener = document.activeElement;
    if (help.showModal) help.showModal(); else help.setAttribute('open', '');
    helpClose.focus();
  }
  function closeHelp() {
    if (!help.open) return;
    if (help.close) help.close(); else { help.removeAttribute('open'); if (helpOpener) helpOpener.focus(); }
  }

  // The canvas: the timeline, operated with keys (a slider over the events).
  canvas.setAttribute('role', 'slider');
  canvas.setAttribute('aria-label', 'Timeline');
  canvas.setAttribute('aria-roledescription', 'timeline');
  canvas.setAttribute('aria-orientation', 'horizontal');
  canvas.setAttribute('aria-valuemin', '0');
  canvas.setAttribute('aria-valuemax', '0');
  canvas.setAttribute('aria-valuenow', '0');

  // --- Keys ---------------------------------------------------------------------------------------
  // SDL takes every key pressed on the canvas and cancels Tab's default (its keydown handler asks
  // for preventDefault on Tab, Backspace and arrows), which trapped keyboard users in the canvas,
  // inside a host page's iframe too. Tab never reaches SDL: the browser moves focus as usual.
  window.addEventListener('keydown', function (e) {
    if (e.target === canvas && e.key === 'Tab') { e.stopImmediatePropagation(); return; }
    if (e.key === '?' && !isTextField(e.target) && !help.open) {
      e.preventDefault();
      e.stopImmediatePropagation();
      openHelp();
    }
  }, true);
  function isTextField(t) { return t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable); }
  // On the mirror's buttons and articles, the timeline's keys work as on the canvas (the list and
  // the filter have their own).
  mirror.addEventListener('keydown', mirrorKeys);
  controls.addEventListener('keydown', mirrorKeys);
  function mirrorKeys(e) {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
    if (e.target.closest && e.target.closest('[role=menu]')) return;
    var name = null;
    switch (e.key) {
      case 'ArrowRight': name = 'next'; break;
      case 'ArrowLeft': name = 'previous'; break;
      case 'Home': name = 'first'; break;
      case 'End': name = 'last'; break;
      case '+': case '=': name = 'zoom-in'; break;
      case '-': name = 'zoom-out'; break;
      case 'Escape': name = 'close'; break;
      default: return;
    }
    if (name === 'close' && !(content && content.article)) return;
    e.preventDefault();
    command(name);
  }

  // --- Following the app ------------------------------------------------------------------------
  var content = null, version = -1, layoutText = '', layoutName = '', shownSelected = -2, articleKey = '';
  var articleOpener = null;
  var announceTimer = 0, lastAnnouncement = '', lastNotice = null;

  function setText(node, text) { if (node.textContent !== text) node.textContent = text; }

  function renderList(c) {
    setText(listCount, c.count);  // the filters in words, a place chosen on the map among them
    var items = c.list.items;
    var keep = {};
    var old = list.querySelectorAll('[role=option]');
    for (var i = 0; i < old.length; i++) keep[old[i].getAttribute('data-key')] = old[i];
    var next = [];
    items.forEach(function (item, k) {
      var key = item.id + '|' + item.headline + '|' + item.date + '|' + item.lane + '|' + item.sources;
      var li = keep[key];
      if (li) delete keep[key];
      else {
        li = el('li', { role: 'option', id: 'dl-event-' + item.event, 'data-key': key, 'data-event': item.event });
        li.appendChild(el('time', { datetime: item.iso }, item.date));
        li.appendChild(document.createTextNode(': '));
        li.appendChild(el('span', { 'class': 'dl-headline' }, item.headline));
        li.appendChild(document.createTextNode('. ' + (item.lane ? item.lane + '. ' : '') + item.sources + (item.sources === 1 ? ' source.' : ' sources.')));
      }
      li.id = 'dl-event-' + item.event;
      li.setAttribute('data-event', item.event);
      li.setAttribute('aria-posinset', c.list.first + k + 1);
      li.setAttribute('aria-setsize', c.shown);
      li.setAttribute('aria-selected', item.event === c.selected ? 'true' : 'false');
      next.push(li);
    });
    for (var gone in keep) keep[gone].remove();
    next.forEach(function (li) { list.appendChild(li); });  // in order (appending moves them)
    if (c.position >= 0) list.setAttribute('aria-activedescendant', 'dl-event-' + c.selected);
    else list.removeAttribute('aria-activedescendant');
    setText(listShown, c.position >= 0 ? c.announcement : (c.shown ? 'The current event is not among those the filter shows' : 'No event matches'));
  }

  function sourceButton(parent, key, label, run) {
    var b = labelled(el('button', { type: 'button', 'class': 'dl-control', 'data-control': key }), label);
    b.addEventListener('click', run);
    b.addEventListener('focus', function () {
      if (layoutName === 'narrow') command('tab', '', 0);
      command('reveal', '', +key.split('-')[1]);  // the reading panel scrolls to this source
    });
    parent.appendChild(b);
    buttons[key] = b;
  }

  function renderCurrent(c) {
    // Rebuilt when the event changes: focus inside it is put back on the same button.
    var focused = focusWithin(current) ? document.activeElement.getAttribute('data-control') : null;
    Object.keys(buttons).forEach(function (k) { if (/^(copy|open|original|split|show)-|^(rename|date|note|key|merge|hide)$/.test(k)) delete buttons[k]; });
    if (openMenu && current.contains(openMenu.button)) closeMenu(false);
    current.textContent = '';
    var e = c.current;
    if (!e) {
      current.appendChild(el('h2', { id: 'dl-current-headline' }, c.story.title || 'No event chosen'));
      if (c.story.description) current.appendChild(el('p', null, c.story.description));
      return;
    }
    current.appendChild(el('h2', { id: 'dl-current-headline' }, e.headline));
    var when = el('p', { 'class': 'dl-date' });
    when.appendChild(el('time', { datetime: e.iso }, e.date));
    current.appendChild(when);
    if (c.editing) renderEditing(c, e);
    var about = [];
    if (e.lane) about.push('Lane: ' + e.lane + '.');
    if (e.places.length) about.push('Places: ' + e.places.join(', ') + '.');
    if (e.actors.length) about.push('Actors: ' + e.actors.join(', ') + '.');
    if (about.length) current.appendChild(el('p', null, about.join(' ')));
    if (e.how) current.appendChild(el('p', null, 'How this date was read: ' + e.how));
    current.appendChild(el('p', null, e.sources.length + (e.sources.length === 1 ? ' source' : ' sources')));
    e.sources.forEach(function (s, i) {
      var section = el('section', { 'class': 'dl-source', 'aria-labelledby': 'dl-source-' + i });
      section.appendChild(el('h3', { id: 'dl-source-' + i, 'class': 'dl-outlet' }, s.outlet));
      section.appendChild(el('p', { 'class': 'dl-title' }, s.title + (s.published ? ', published ' + s.published : '')));
      section.appendChild(el('blockquote', { 'class': 'dl-passage' }, s.passage));
      section.appendChild(el('p', { 'class': 'dl-citation' }, s.citation));
      sourceButton(section, 'copy-' + i, 'Copy citation', function () { command('copy', '', e.event, i); });
      sourceButton(section, 'open-' + i, 'Open article', function () { articleOpener = document.activeElement; command('open', '', e.event, i); });
      if (s.link) sourceButton(section, 'original-' + i, 'Original article (opens a new tab)', function () { command('original', '', e.event, i); });
      if (c.editing && e.sources.length > 1)
        sourceButton(section, 'split-' + i, 'Make its own event', function () { command('split', '', e.event, i); });
      current.appendChild(section);
    });
    if (c.editing && c.editing.hidden.length) {
      var hidden = el('section', { 'class': 'dl-hidden', 'aria-labelledby': 'dl-hidden-title' });
      hidden.appendChild(el('h3', { id: 'dl-hidden-title' }, 'Hidden (' + c.editing.hidden.length + ')'));
      c.editing.hidden.forEach(function (headline, i) {
        editButton(hidden, 'show-' + i, 'Show again: ' + headline, function () { command('show', '', i); });
      });
      current.appendChild(hidden);
    }
    if (focused && buttons[focused]) buttons[focused].focus({ preventScroll: true });
  }

  // While editing: the current event's corrections, as the reading panel draws them.
  function renderEditing(c, e) {
    var ed = c.editing;
    var group = el('div', { role: 'group', 'aria-label': 'Correct this event', 'class': 'dl-editing' });
    group.appendChild(el('p', null, ed.corrections + (ed.corrections === 1 ? ' correction' : ' corrections')));
    editButton(group, 'rename', 'Rename…', function () { command('rename', '', e.event); });
    editButton(group, 'date', 'Date…', function () { command('redate', '', e.event); });
    editButton(group, 'note', 'Note…', function () { command('note', '', e.event); });
    editButton(group, 'key', ed.key ? 'Unmark key event' : 'Key event', function () { command('key', '', e.event, ed.key ? 0 : 1); });
    var merge = menuButton(group, 'merge', 'Merge with…', function () {
      return content.editing.merge.map(function (m) {
        return { label: m.label, run: function () { command('merge', '', e.event, m.event); } };
      });
    }, 'Another event reports the same thing: its sources join this one');
    merge.addEventListener('focus', revealEvent);
    editButton(group, 'hide', 'Hide', function () { command('hide', '', e.event); });
    current.appendChild(group);
  }
  function revealEvent() { if (layoutName === 'narrow') command('tab', '', 0); }
  function editButton(parent, key, label, run) {
    var b = labelled(el('button', { type: 'button', 'class': 'dl-control', 'data-control': key }), label);
    b.addEventListener('click', run);
    b.addEventListener('focus', revealEvent);
    parent.appendChild(b);
    buttons[key] = b;
    return b;
  }

  var back = labelled(el('button', { type: 'button', 'class': 'dl-control', 'data-control': 'back' }), 'Back to the event');
  back.addEventListener('click', function () { command('close'); });
  function renderArticle(c) {
    var a = c.article;
    var key = a ? a.event + '/' + a.source : '';
    if (key === articleKey) return;
    var wasOpen = articleKey !== '';
    articleKey = key;
    articleView.textContent = '';
    if (!a) {
      articleView.hidden = true;
      delete buttons['back'];
      if (wasOpen) {  // back where the reader was
        var to = articleOpener && document.contains(articleOpener) ? articleOpener : (buttons['open-0'] || canvas);
        to.focus({ preventScroll: true });
        articleOpener = null;
      }
      return;
    }
    if (!articleOpener) articleOpener = document.activeElement && document.activeElement !== document.body ? document.activeElement : canvas;
    articleView.hidden = false;
    articleView.appendChild(back);
    buttons['back'] = back;
    articleView.appendChild(el('h2', { id: 'dl-article-title' }, a.title));
    articleView.appendChild(el('p', { 'class': 'dl-outlet' }, a.outlet));
    a.paragraphs.forEach(function (p) {
      var para = el('p');
      if (p.passage) para.appendChild(el('mark', null, p.text)); else para.textContent = p.text;
      articleView.appendChild(para);
    });
    back.focus({ preventScroll: true });
  }

  var addedKey = 'null';
  function renderAdded(c) {
    var a = c.added || null;
    var key = JSON.stringify(a);
    if (key === addedKey) return;
    addedKey = key;
    var focused = focusWithin(addedView) ? document.activeElement.getAttribute('data-control') : null;
    Object.keys(buttons).forEach(function (k) { if (/^(remove-|add-more|close-added)/.test(k)) delete buttons[k]; });
    addedView.textContent = '';
    if (!a) {
      addedView.hidden = true;
      if (focused) (buttons['add'] || canvas).focus({ preventScroll: true });
      return;
    }
    addedView.hidden = false;
    addedView.appendChild(el('h2', { id: 'dl-added-title' }, 'Your articles'));
    if (!a.files.length) addedView.appendChild(el('p', null, 'No articles added.'));
    else if (a.kept !== null) addedView.appendChild(el('p', null, a.kept ? 'Kept in this browser until you remove them.' : 'Not kept: they will be gone when the page is closed.'));
    a.files.forEach(function (f, i) {
      addedView.appendChild(el('p', null, f));
      addedButton('remove-' + i, 'Remove ' + f, function () { command('remove', '', i); });
    });
    a.problems.forEach(function (p) { addedView.appendChild(el('p', null, p)); });
    addedButton('add-more', 'Add articles…', function () {
      var picker = document.getElementById('dateline-add-files');
      if (picker) picker.click(); else command('add');
    });
    if (a.files.length) addedButton('remove-all', 'Remove all added articles', function () { command('remove-all'); });
    addedButton('close-added', 'Close Your articles', function () { command('close-added'); });
    if (focused && buttons[focused]) buttons[focused].focus({ preventScroll: true });
    else if (focused) buttons['close-added'].focus({ preventScroll: true });
  }
  function addedButton(key, label, run) {
    var b = labelled(el('button', { type: 'button', 'class': 'dl-control', 'data-control': key }), label);
    b.addEventListener('click', run);
    addedView.appendChild(b);
    buttons[key] = b;
  }

  function announce(text) {
    // A repeat gets a trailing stop: some screen readers skip a message equal to the last.
    if (text === lastAnnouncement) text += '.';
    lastAnnouncement = text;
    live.textContent = text;
  }

  function render(c) {
    content = c;
    relabel(buttons['play'], c.playing ? 'Pause' : 'Play');
    if (buttons['edit']) {
      relabel(buttons['edit'], c.editing ? 'Editing' : 'Edit');  // the name holds the words shown
      buttons['edit'].setAttribute('aria-pressed', c.editing ? 'true' : 'false');
      buttons['undo'].hidden = buttons['redo'].hidden = !c.editing;
      buttons['undo'].setAttribute('aria-disabled', c.editing && c.editing.undo ? 'false' : 'true');
      buttons['redo'].setAttribute('aria-disabled', c.editing && c.editing.redo ? 'false' : 'true');
    }
    if (filter.value !== c.filter && document.activeElement !== filter) filter.value = c.filter;
    if (openMenu) openMenu.checks.forEach(function (k) { k.entry.setAttribute('aria-checked', String(!!k.checked())); });
    renderList(c);
    renderCurrent(c);
    renderArticle(c);
    renderAdded(c);
    // A quiet notice ("Citation copied", "Read 3 added articles") is said too.
    if (c.notice && c.notice !== lastNotice && lastNotice !== null) announce(c.notice);
    lastNotice = c.notice;
    var count = c.shown;
    canvas.setAttribute('aria-valuemin', count ? '1' : '0');
    canvas.setAttribute('aria-valuemax', String(count));
    canvas.setAttribute('aria-valuenow', String(c.position >= 0 ? c.position + 1 : 0));
    canvas.setAttribute('aria-valuetext', c.current ? c.current.date + ': ' + c.current.headline : 'No event');
    if (c.story.title) heading.textContent = 'Dateline: ' + c.story.title;
    if (c.selected !== shownSelected) {
      var first = shownSelected === -2;
      shownSelected = c.selected;
      clearTimeout(announceTimer);
      // Not at every frame of a playhead drag: once the selection rests for 600 ms.
      if (!first && c.announcement) announceTimer = setTimeout(function () { announce(content.announcement); }, 600);
    }
  }

  // Where each control is: over its canvas place when it is drawn and visible, else (for a
  // keyboard user) shown on its own at the bottom of the page when it has focus.
  function place(layout) {
    layoutName = layout.layout;
    mirror.setAttribute('data-layout', layout.layout);
    tabs.hidden = layout.layout !== 'narrow';
    tabEvent.setAttribute('aria-selected', layout.tab === 0 ? 'true' : 'false');
    tabList.setAttribute('aria-selected', layout.tab === 1 ? 'true' : 'false');
    tabEvent.tabIndex = layout.tab === 0 ? 0 : -1;
    tabList.tabIndex = layout.tab === 1 ? 0 : -1;
    var r = layout.controls;
    ['hint', 'about'].forEach(function (k) { buttons[k].hidden = !(r[k] && r[k][4]); });  // only while drawn
    if (buttons['about']) {  // open or not as the canvas shows it, whichever opened it
      buttons['about'].setAttribute('aria-expanded', layout.aboutOpen ? 'true' : 'false');
      relabel(buttons['about'], layout.aboutOpen ? 'Less about this story' : 'About this story');
    }
    Object.keys(buttons).forEach(function (key) {
      var b = buttons[key], at = r[key];
      if (at && at[4] && at[2] > 0 && at[3] > 0) {
        b.classList.add('dl-over');
        b.classList.remove('dl-float');
        b.style.left = at[0] + 'px';
        b.style.top = at[1] + 'px';
        b.style.width = at[2] + 'px';
        b.style.height = at[3] + 'px';
      } else {
        b.classList.remove('dl-over');
        b.classList.add('dl-float');
        b.style.left = b.style.top = b.style.width = b.style.height = '';
      }
    });
    var t = r.timeline;
    if (t) {
      timelineRing.style.left = t[0] + 'px';
      timelineRing.style.top = t[1] + 'px';
      timelineRing.style.width = t[2] + 'px';
      timelineRing.style.height = t[3] + 'px';
    }
  }

  function follow() {
    if (!started || !painted) return;
    var v = Module['_dateline_accessibility_version']();
    var rendered = false;
    if (v !== version) {
      version = v;
      render(JSON.parse(UTF8ToString(Module['_dateline_accessibility_json']())));
      rendered = true;  // new elements: placed below even if the layout is the same
    }
    var text = UTF8ToString(Module['_dateline_accessibility_layout']());
    if (text !== layoutText || rendered) {
      layoutText = text;
      place(JSON.parse(text));
    }
  }
  Module['onFrameDrawn'] = follow;

  // The reader's settings: less motion, more contrast (and their changes). The queries are made
  // when the script runs, while the engine is still on its way; the app is told at start only
  // when a setting is on (it starts with both off), so the first frame already has the reader's
  // contrast, without two calls into the engine before it for the usual case.
  function watch(query, name) {
    if (!window.matchMedia) return function () {};
    var m = window.matchMedia(query);
    var apply = function () { command(name, '', m.matches ? 1 : 0); };
    if (m.addEventListener) m.addEventListener('change', apply);
    return function () { if (m.matches) apply(); };
  }
  var settings = [watch('(prefers-reduced-motion: reduce)', 'motion'), watch('(prefers-contrast: more)', 'contrast')];
  var ready = Module['onAppReady'];
  Module['onAppReady'] = function () {
    if (ready) ready();
    started = true;
    settings.forEach(function (atStart) { atStart(); });
  };
  // The mirror is first built in the task after the first frame, once that frame is on screen:
  // building it before (tens of ms of JSON and DOM) held the timeline back. Its buttons work
  // from the start (command() needs only `started`).
  var painted = false;
  var firstFrame = Module['onFirstFrame'];
  Module['onFirstFrame'] = function () {
    if (firstFrame) firstFrame();
    setTimeout(function () { painted = true; follow(); }, 0);
  };
})();
