// Two of the author's forms in the page (linked with --post-js after editor.js), HTML <dialog>s
// with real inputs so that phones open their keyboard, paste and input methods work, and every
// control is reached with Tab. Values are set and read as text only (.value, .textContent),
// never as markup.
//
//   - Story settings (Module.openStoryForm, from the app's "Story settings..." button): title,
//     description, credit line, lane rule (by country, by actor, a single lane; at most how many
//     lanes of their own) and the opening view (chosen from the events, or a first and a last
//     day). Save hands the app a story document (README "The story file"), which it applies or
//     says what is wrong with (shown in the form, which stays open).
//   - Merge with any event (Module.openMergeSearch, from "Merge with..."): a search field over
//     every event's headline and date; the matches are buttons (Arrow Down from the field goes to
//     them, Arrow Up and Down move between them, Enter merges).
(function () {
  // An element with its text (never markup), and styles through the CSSOM: editor.js's.
  var element = Module.formElement, style = Module.formStyle;
  var dialogRules = { border: '1px solid #b9b2a6', borderRadius: '8px', padding: '16px 18px', maxWidth: '36em',
                      width: 'calc(100% - 48px)', maxHeight: 'calc(100% - 32px)', overflowY: 'auto', boxSizing: 'border-box',
                      background: '#fbfaf7', color: '#1c1c1f', font: '16px/1.4 sans-serif' };
  var fieldRules = { display: 'block', width: '100%', boxSizing: 'border-box', font: '16px/1.4 sans-serif', padding: '6px 8px',
                     border: '1px solid #8c8578', borderRadius: '4px', marginBottom: '10px' };
  var labelRules = { display: 'block', fontWeight: 'bold', marginBottom: '4px' };
  var buttonRules = { font: '16px sans-serif', padding: '6px 14px', borderRadius: '4px', border: '1px solid #8c8578',
                      minHeight: '40px' };
  var uid = 0;

  function labelled(parent, text, tag) {
    var id = 'dateline-story-' + (++uid);
    var label = style(element('label', parent, text), labelRules);
    label.htmlFor = id;
    var field = style(element(tag || 'input', parent), fieldRules);
    field.id = id;
    if (!tag) { field.type = 'text'; field.autocomplete = 'off'; }
    return field;
  }
  function radios(parent, legendText, name, choices) {
    var set = style(element('fieldset', parent), { border: '1px solid #d3cdc2', borderRadius: '4px', margin: '0 0 10px',
                                                   padding: '6px 10px' });
    style(element('legend', set, legendText), { fontWeight: 'bold', padding: '0 4px' });
    var inputs = {};
    choices.forEach(function (c) {
      var row = style(element('label', set), { display: 'flex', alignItems: 'center', gap: '8px', minHeight: '32px' });
      var input = element('input', row);
      input.type = 'radio';
      input.name = name;
      input.value = c[0];
      style(input, { width: '18px', height: '18px', margin: '0' });
      element('span', row, c[1]);
      inputs[c[0]] = input;
    });
    return { set: set, inputs: inputs };
  }
  function buttonRow(parent) {
    return style(element('div', parent), { display: 'flex', gap: '8px', justifyContent: 'flex-end', marginTop: '12px' });
  }
  function button(parent, text, primary) {
    var b = style(element('button', parent, text), buttonRules);
    b.type = 'button';
    if (primary) style(b, { background: '#c44d2e', color: '#fff', borderColor: '#a63c22' });
    return b;
  }
  function backToCanvas() {
    Module['canvas'].focus({ preventScroll: true });
    Module['_dateline_wake']();
  }

  // --- Story settings --------------------------------------------------------------------------
  var story = null;

  function buildStoryForm() {
    var dialog = style(element('dialog', document.body), dialogRules);
    dialog.id = 'dateline-story-form';
    dialog.setAttribute('aria-labelledby', 'dateline-story-title');
    var title = style(element('h2', dialog, 'Story settings'), { font: 'bold 18px/1.3 sans-serif', margin: '0 0 10px' });
    title.id = 'dateline-story-title';
    var f = { dialog: dialog };
    f.title = labelled(dialog, 'Title');
    f.title.name = 'title';
    f.description = labelled(dialog, 'Description', 'textarea');
    f.description.name = 'description';
    f.description.rows = 3;
    f.credit = labelled(dialog, 'Credit line');
    f.credit.name = 'credit';
    f.lanes = radios(dialog, 'Lanes', 'dateline-lanes', [['country', 'By country'], ['actor', 'By actor (who the events name)'],
                                                          ['single', 'A single lane']]);
    f.most = labelled(f.lanes.set, 'At most this many lanes of their own (1 to 12)');
    f.most.type = 'number';
    f.most.min = '1';
    f.most.max = '12';
    f.most.inputMode = 'numeric';
    f.most.name = 'most';
    style(f.most, { maxWidth: '8em', marginBottom: '4px' });
    f.view = radios(dialog, 'Opening view', 'dateline-view', [['events', 'Chosen from the events'], ['range', 'These days:']]);
    var days = style(element('div', f.view.set), { display: 'flex', gap: '10px', flexWrap: 'wrap' });
    var fromBox = style(element('div', days), { flex: '1 1 10em' });
    var toBox = style(element('div', days), { flex: '1 1 10em' });
    f.from = labelled(fromBox, 'First day');
    f.to = labelled(toBox, 'Last day');
    [f.from, f.to].forEach(function (d) { d.type = 'date'; style(d, { marginBottom: '4px' }); });
    f.from.name = 'from';
    f.to.name = 'to';
    f.problem = style(element('p', dialog), { color: '#9e2919', fontSize: '14px', margin: '6px 0 0' });
    f.problem.setAttribute('role', 'alert');
    var row = buttonRow(dialog);
    var cancel = button(row, 'Cancel');
    f.save = button(row, 'Save', true);
    story = f;

    function follow() {  // what the choices allow
      f.most.disabled = f.lanes.inputs.single.checked;
      f.from.disabled = f.to.disabled = !f.view.inputs.range.checked;
    }
    Object.keys(f.lanes.inputs).forEach(function (k) { f.lanes.inputs[k].addEventListener('change', follow); });
    Object.keys(f.view.inputs).forEach(function (k) { f.view.inputs[k].addEventListener('change', follow); });
    f.follow = follow;
    f.save.addEventListener('click', submitStory);
    cancel.addEventListener('click', closeStory);
    [f.title, f.credit, f.most, f.from, f.to].forEach(function (input) {
      input.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' && !e.isComposing) { e.preventDefault(); submitStory(); }
      });
    });
    dialog.addEventListener('cancel', function (e) { e.preventDefault(); closeStory(); });  // Esc
  }

  function storyDocument() {
    var f = story;
    var doc = { version: 1, title: f.title.value, description: f.description.value, credit: f.credit.value };
    var by = 'country';
    Object.keys(f.lanes.inputs).forEach(function (k) { if (f.lanes.inputs[k].checked) by = k; });
    var most = Number(f.most.value);
    doc.lanes = { by: by, most: f.most.value === '' || !isFinite(most) ? f.most.value : most };
    if (f.view.inputs.range.checked) doc.view = { from: f.from.value, to: f.to.value };
    return JSON.stringify(doc);
  }

  function submitStory() {
    var problem = Module['ccall']('dateline_submit_story_form', 'string', ['string'], [storyDocument()]);
    if (problem) {
      story.problem.textContent = problem;
      story.save.focus();
      return;
    }
    closeStory();
  }
  function closeStory() {
    if (story.dialog.open) story.dialog.close();
    backToCanvas();
  }

  Module['openStoryForm'] = function (documentText) {
    if (!story) buildStoryForm();
    var doc = {};
    try { doc = JSON.parse(documentText); } catch (e) { doc = {}; }
    var f = story;
    f.title.value = doc.title || '';
    f.description.value = doc.description || '';
    f.credit.value = doc.credit || '';
    var lanes = doc.lanes || {};
    (f.lanes.inputs[lanes.by] || f.lanes.inputs.country).checked = true;
    f.most.value = String(lanes.most || 4);
    var view = doc.view;
    f.view.inputs[view ? 'range' : 'events'].checked = true;
    f.from.value = view ? view.from : '';
    f.to.value = view ? view.to : '';
    f.problem.textContent = '';
    f.follow();
    if (!f.dialog.open) f.dialog.showModal();
    f.title.focus();
  };
  Module['storyFormState'] = function () {
    if (!story) return { open: false };
    return { open: story.dialog.open, problem: story.problem.textContent, document: storyDocument() };
  };

  // --- Merge with any event --------------------------------------------------------------------
  var merge = null;

  function buildMergeSearch() {
    var dialog = style(element('dialog', document.body), dialogRules);
    dialog.id = 'dateline-merge-search';
    dialog.setAttribute('aria-labelledby', 'dateline-merge-title');
    var title = style(element('h2', dialog, 'Merge with another event'), { font: 'bold 18px/1.3 sans-serif', margin: '0 0 6px' });
    title.id = 'dateline-merge-title';
    var about = style(element('p', dialog), { margin: '0 0 10px', color: '#5c5c62', fontSize: '14px' });
    var label = style(element('label', dialog, 'Find an event by its headline or date'), labelRules);
    label.htmlFor = 'dateline-merge-query';
    var input = style(element('input', dialog), fieldRules);
    input.id = 'dateline-merge-query';
    input.type = 'search';
    input.autocomplete = 'off';
    input.setAttribute('aria-controls', 'dateline-merge-results');
    var count = style(element('p', dialog), { margin: '0 0 6px', color: '#5c5c62', fontSize: '14px' });
    count.setAttribute('aria-live', 'polite');
    var list = style(element('ul', dialog), { listStyle: 'none', margin: '0', padding: '0', maxHeight: '50vh', overflowY: 'auto' });
    list.id = 'dateline-merge-results';
    list.setAttribute('aria-label', 'Events found');
    var row = buttonRow(dialog);
    var cancel = button(row, 'Cancel');
    merge = { dialog: dialog, about: about, input: input, count: count, list: list };

    input.addEventListener('input', function () { showMatches(); });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        var first = list.querySelector('button');
        if (first) { e.preventDefault(); first.focus(); }
      } else if (e.key === 'Enter' && !e.isComposing) {
        e.preventDefault();
        var only = list.querySelectorAll('button');
        if (only.length === 1) choose(Number(only[0].dataset.event));
      }
    });
    list.addEventListener('keydown', function (e) {
      var buttons = Array.prototype.slice.call(list.querySelectorAll('button'));
      var at = buttons.indexOf(document.activeElement);
      if (at < 0) return;
      if (e.key === 'ArrowDown' && at + 1 < buttons.length) { e.preventDefault(); buttons[at + 1].focus(); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); (at > 0 ? buttons[at - 1] : input).focus(); }
    });
    cancel.addEventListener('click', closeMerge);
    dialog.addEventListener('cancel', function (e) { e.preventDefault(); closeMerge(); });  // Esc
  }

  function showMatches() {
    var found = [];
    try { found = JSON.parse(Module['ccall']('dateline_merge_search', 'string', ['string'], [merge.input.value])); } catch (e) { found = []; }
    merge.list.textContent = '';
    found.forEach(function (m) {
      var li = element('li', merge.list);
      var b = style(element('button', li), { display: 'block', width: '100%', textAlign: 'left', font: '15px/1.35 sans-serif',
                                             padding: '8px 10px', margin: '0 0 4px', border: '1px solid #d3cdc2',
                                             borderRadius: '4px', background: '#fff', color: '#1c1c1f', minHeight: '40px' });
      b.type = 'button';
      b.dataset.event = String(m.event);
      style(element('span', b, m.date), { display: 'block', color: '#5c5c62', fontSize: '13px' });
      element('span', b, m.headline);
      b.addEventListener('click', function () { choose(m.event); });
    });
    merge.count.textContent = found.length === 0 ? 'No event found' :
      found.length + (found.length === 1 ? ' event' : ' events') + (found.length >= 50 ? ' shown (the nearest): type more to narrow' : '');
  }
  function choose(event) {
    Module['ccall']('dateline_merge_chosen', null, ['number'], [event]);
    closeMerge();
  }
  function closeMerge() {
    if (merge.dialog.open) merge.dialog.close();
    backToCanvas();
  }

  Module['openMergeSearch'] = function (headline) {
    if (!merge) buildMergeSearch();
    merge.about.textContent = 'Its sources join \u201C' + headline + '\u201D.';
    merge.input.value = '';
    showMatches();
    if (!merge.dialog.open) merge.dialog.showModal();
    merge.input.focus();
  };
  Module['mergeSearchState'] = function () {
    if (!merge) return { open: false };
    return { open: merge.dialog.open, query: merge.input.value,
             results: Array.prototype.map.call(merge.list.querySelectorAll('button'), function (b) { return Number(b.dataset.event); }) };
  };

  // window.dateline.state(): with the two forms' state.
  Module['stateFacts'].push(function (s) {
    if (!s.editing) return;
    s.editing.storyForm = Module['storyFormState']();
    s.editing.mergeSearch = Module['mergeSearchState']();
  });
})();
