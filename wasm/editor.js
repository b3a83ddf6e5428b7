// The author's corrections in the page (linked with --post-js after browser_api.js):
//
//   - the text form: an HTML <dialog> with a real <input> (a headline, a date) or <textarea> (a
//     note), opened by the app's Rename, Date and Note buttons (Module.openEditForm), so that
//     phones open their keyboard and paste and input methods work. Values are set and read as
//     text only (.value, .textContent), never as markup. Save hands the text to the app, which
//     applies the edit or says what is wrong with it (shown in the form, which stays open);
//   - keeping the edits: the edits document (README: "Edits") in IndexedDB beside the reader's
//     articles (database "dateline", store "edits", key "current"), written after each edit and
//     handed back at start after the articles. Where storage is refused (a private window, a full
//     disk, a quota) the app says the corrections will not be kept, and keeps them in memory.
//     The story's settings as the author set them (story_form.js) are kept in the same store
//     under the key "story" (a story document, README "The story file"), handed back after the
//     edits.
(function () {
  // --- The form --------------------------------------------------------------------------------
  var form = null;  // {dialog, title, label, input, note, hint, problem, kind}
  var titles = { rename: 'Rename the event', redate: 'Date the event', note: 'Note on the event',
                 published: 'When was this article published?' };

  function element(tag, parent, text) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    if (parent) parent.appendChild(e);
    return e;
  }
  // Styles through the CSSOM (the page's CSP allows no inline style attribute).
  function style(e, rules) {
    Object.keys(rules).forEach(function (k) { e.style[k] = rules[k]; });
    return e;
  }
  // Shared with the author's other forms (story_form.js, linked after this file).
  Module.formElement = element;
  Module.formStyle = style;

  function buildForm() {
    var dialog = element('dialog', document.body);
    dialog.id = 'dateline-edit-form';
    dialog.setAttribute('aria-labelledby', 'dateline-edit-title');
    style(dialog, { border: '1px solid #b9b2a6', borderRadius: '8px', padding: '16px 18px', maxWidth: '34em',
                    width: 'calc(100% - 48px)', background: '#fbfaf7', color: '#1c1c1f', font: '16px/1.4 sans-serif' });
    var title = element('h2', dialog);
    title.id = 'dateline-edit-title';
    style(title, { font: 'bold 18px/1.3 sans-serif', margin: '0 0 10px' });
    var label = element('label', dialog);
    style(label, { display: 'block', fontWeight: 'bold', marginBottom: '4px' });
    label.htmlFor = 'dateline-edit-value';
    var fieldRules = { display: 'block', width: '100%', boxSizing: 'border-box', font: '16px/1.4 sans-serif', padding: '6px 8px',
                       border: '1px solid #8c8578', borderRadius: '4px' };
    var input = style(element('input', dialog), fieldRules);
    input.type = 'text';
    input.autocomplete = 'off';
    var note = style(element('textarea', dialog), fieldRules);
    note.rows = 4;
    var hint = style(element('p', dialog), { color: '#5c5c62', fontSize: '14px', margin: '6px 0 0' });
    var problem = style(element('p', dialog), { color: '#9e2919', fontSize: '14px', margin: '6px 0 0' });
    problem.setAttribute('role', 'alert');
    var buttons = style(element('div', dialog), { display: 'flex', gap: '8px', justifyContent: 'flex-end', marginTop: '12px' });
    var buttonRules = { font: '16px sans-serif', padding: '6px 14px', borderRadius: '4px', border: '1px solid #8c8578' };
    var cancel = style(element('button', buttons, 'Cancel'), buttonRules);
    cancel.type = 'button';
    var save = style(element('button', buttons, 'Save'), buttonRules);
    save.type = 'button';
    style(save, { background: '#c44d2e', color: '#fff', borderColor: '#a63c22' });
    form = { dialog: dialog, title: title, label: label, input: input, note: note, hint: hint, problem: problem, save: save, kind: '' };

    save.addEventListener('click', submit);
    cancel.addEventListener('click', function () { close(true); });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.isComposing) { e.preventDefault(); submit(); }
    });
    note.addEventListener('keydown', function (e) {  // a note may hold line breaks: Ctrl+Enter saves
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); submit(); }
    });
    dialog.addEventListener('cancel', function (e) { e.preventDefault(); close(true); });  // Esc
  }

  function field() { return form.kind === 'note' ? form.note : form.input; }

  function submit() {
    var problem = Module['ccall']('dateline_submit_edit_form', 'string', ['string'], [field().value]);
    if (problem) {
      form.problem.textContent = problem;
      field().setAttribute('aria-invalid', 'true');
      field().focus();
      return;
    }
    close(false);
  }

  function close(cancelled) {
    if (cancelled) Module['ccall']('dateline_cancel_edit_form', null, [], []);
    if (form.dialog.open) form.dialog.close();
    // Focus goes back where the form was opened from (a mirror's button: accessibility.js), else the canvas.
    var back = form.opener && document.contains(form.opener) && !form.opener.closest('[hidden]') ? form.opener : Module['canvas'];
    form.opener = null;
    back.focus({ preventScroll: true });
    Module['_dateline_wake']();
  }

  Module['openEditForm'] = function (kind, label, value, hint) {
    if (!form) buildForm();
    form.kind = kind;
    form.title.textContent = titles[kind] || 'Correct the event';
    form.label.textContent = label;
    form.hint.textContent = hint;
    form.problem.textContent = '';
    form.input.style.display = kind === 'note' ? 'none' : 'block';  // (the style's display outranks [hidden])
    form.note.style.display = kind === 'note' ? 'block' : 'none';
    form.input.removeAttribute('aria-invalid');
    form.note.removeAttribute('aria-invalid');
    form.input.inputMode = 'text';
    field().value = value;
    field().id = 'dateline-edit-value';
    (kind === 'note' ? form.input : form.note).removeAttribute('id');
    if (!form.dialog.open) {
      form.opener = document.activeElement && document.activeElement !== document.body ? document.activeElement : null;
      form.dialog.showModal();
    }
    field().focus();
    if (field().select) field().select();
  };
  // For tests and hosts: the form's state.
  Module['editFormState'] = function () {
    if (!form) return { open: false };
    return { open: form.dialog.open, kind: form.kind, label: form.label.textContent, value: field().value,
             problem: form.problem.textContent };
  };

  // --- Keeping the edits ----------------------------------------------------------------------
  function report(kept, why) {
    Module['ccall']('dateline_edits_storage', null, ['number', 'string'], [kept ? 1 : 0, why || '']);
  }
  // One transaction on the "edits" store; resolves {ok, value} or {ok: false, why}.
  function editsTransaction(db, mode, work) {
    return new Promise(function (resolve) {
      try {
        var tx = db.transaction('edits', mode);
        var request = work(tx.objectStore('edits'));
        tx.oncomplete = function () { resolve({ ok: true, value: request && request.result }); };
        tx.onerror = tx.onabort = function () { resolve({ ok: false, why: tx.error ? tx.error.name : 'failed' }); };
      } catch (e) {
        resolve({ ok: false, why: e.name || String(e) });
      }
    });
  }
  var writing = Promise.resolve();  // writes in order: the last edit's document is the one kept
  var pendingWrites = 0;
  Module['storeEdits'] = function (documentText) {
    pendingWrites++;
    writing = writing.then(function () {
      return Module['openStorage']().then(function (store) {
        if (!store.db) return report(false, store.why);
        return editsTransaction(store.db, 'readwrite', function (s) { return s.put(documentText, 'current'); }).then(function (r) {
          report(r.ok, r.ok ? '' : 'storage refused: ' + r.why);
        });
      });
    }).then(function () { pendingWrites--; }, function () { pendingWrites--; });
  };
  Module['restoreEdits'] = function () {
    Module['openStorage']().then(function (store) {
      if (!store.db) {
        report(false, store.why);
        Module['ccall']('dateline_restore_edits', null, ['string'], ['']);
        return;
      }
      editsTransaction(store.db, 'readonly', function (s) { return s.get('current'); }).then(function (r) {
        if (!r.ok) report(false, 'storage refused: ' + r.why);
        else report(true, '');
        var text = r.ok && typeof r.value === 'string' ? r.value : '';
        Module['ccall']('dateline_restore_edits', null, ['string'], [text]);
        if (!r.ok) return;
        // Then the story's settings, kept beside the edits (key "story").
        editsTransaction(store.db, 'readonly', function (s) { return s.get('story'); }).then(function (st) {
          if (st.ok && typeof st.value === 'string') Module['ccall']('dateline_restore_story', null, ['string'], [st.value]);
        });
      });
    });
  };
  Module['editsStoring'] = function () { return pendingWrites; };
  // The story's settings as the author set them (a story document), under the key "story".
  Module['storeStory'] = function (documentText) {
    pendingWrites++;
    writing = writing.then(function () {
      return Module['openStorage']().then(function (store) {
        if (!store.db) return report(false, store.why);
        return editsTransaction(store.db, 'readwrite', function (s) { return s.put(documentText, 'story'); }).then(function (r) {
          report(r.ok, r.ok ? '' : 'storage refused: ' + r.why);
        });
      });
    }).then(function () { pendingWrites--; }, function () { pendingWrites--; });
  };

  // window.dateline.state(): with the form's state and the writes under way.
  Module['stateFacts'].push(function (s) {
    if (!s.editing) return;
    s.editing.form = Module['editFormState']();
    s.editing.storing = pendingWrites;
  });
})();
