// Writing a post: a draft kept in this browser while it is written, and a preview of the Markdown.
// Applies to every textarea marked data-editor="markdown". Without this script the forms work as
// before, only without drafts and preview.
//
// Drafts: what is typed is kept in localStorage (per page and field) and put back if the page is
// opened again with the field empty, e.g. after following a link away by mistake or a crash. A draft
// is removed when its form is sent, when it is discarded, after DRAFT_DAYS, and all drafts are removed
// when the member signs out (a shared computer on a ward must not keep them).
(function () {
  var script = document.currentScript;
  var API = (script && script.getAttribute('data-api')) || '/api';
  var PREFIX = 'qic-draft:';
  var DRAFT_DAYS = 7;
  var storage = null;
  try {
    storage = window.localStorage;
    storage.getItem(PREFIX);
  } catch (e) {
    storage = null; // storage switched off: no drafts, the preview still works
  }

  function draftKey(field) {
    return PREFIX + location.pathname + location.search + '#' + field.id;
  }

  function readDraft(key) {
    try {
      var draft = JSON.parse(storage.getItem(key));
      if (draft && typeof draft.text === 'string' && Date.now() - draft.at < DRAFT_DAYS * 864e5) {
        return draft;
      }
    } catch (e) {
      // not a draft of ours
    }
    storage.removeItem(key);
    return null;
  }

  function removeOldDrafts() {
    for (var i = storage.length - 1; i >= 0; i--) {
      var key = storage.key(i);
      if (key && key.indexOf(PREFIX) === 0) {
        readDraft(key);
      }
    }
  }

  function say(field, html) {
    var note = document.createElement('p');
    note.className = 'hint draft-note';
    note.setAttribute('role', 'status');
    note.innerHTML = html;
    field.insertAdjacentElement('afterend', note);
    return note;
  }

  function keepDrafts(field) {
    var key = draftKey(field);
    var draft = readDraft(key);
    if (draft && field.value.trim() === '' && draft.text.trim() !== '') {
      field.value = draft.text;
      var note = say(field, 'Your unsent text from ' + new Date(draft.at).toLocaleString('en-GB', {
        dateStyle: 'medium', timeStyle: 'short'
      }) + ' has been put back. <button type="button" class="link-button">Discard it</button>');
      note.querySelector('button').addEventListener('click', function () {
        field.value = '';
        storage.removeItem(key);
        note.remove();
        field.focus();
      });
    }
    var timer = null;
    field.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (field.value.trim() === '') {
          storage.removeItem(key);
        } else {
          storage.setItem(key, JSON.stringify({ text: field.value, at: Date.now() }));
        }
      }, 400);
    });
    if (field.form) {
      field.form.addEventListener('submit', function () {
        clearTimeout(timer);
        storage.removeItem(key);
      });
    }
  }

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute('content') : '';
  }

  function addPreview(field) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button secondary small preview-button';
    button.textContent = 'Preview';
    var panel = document.createElement('div');
    panel.className = 'preview';
    panel.id = field.id.replace(/:/g, '-') + '-preview';
    panel.hidden = true;
    panel.setAttribute('aria-live', 'polite');
    button.setAttribute('aria-controls', panel.id);
    field.insertAdjacentElement('afterend', panel);
    field.insertAdjacentElement('afterend', button);
    button.addEventListener('click', function () {
      panel.hidden = false;
      if (field.value.trim() === '') {
        panel.innerHTML = '<p class="preview-label">Preview</p><p>Nothing to preview yet.</p>';
        return;
      }
      panel.innerHTML = '<p class="preview-label">Preview</p><p>Rendering…</p>';
      fetch(API + '/markdown/preview', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken() },
        body: JSON.stringify({ text: field.value })
      }).then(function (response) {
        return response.json().then(function (json) {
          if (!response.ok) {
            throw new Error(json.detail || 'The preview could not be made.');
          }
          return json;
        });
      }).then(function (json) {
        // the server renders and sanitises exactly as for a post
        panel.innerHTML = '<p class="preview-label">Preview</p><div class="post-body">' + json.html + '</div>';
      }).catch(function (error) {
        panel.innerHTML = '<p class="preview-label">Preview</p>';
        var message = document.createElement('p');
        message.className = 'message-error';
        message.textContent = error.message;
        panel.appendChild(message);
      });
    });
  }

  if (storage) {
    removeOldDrafts();
    var signOut = document.getElementById('signout');
    if (signOut) {
      signOut.addEventListener('submit', function () {
        for (var i = storage.length - 1; i >= 0; i--) {
          var key = storage.key(i);
          if (key && key.indexOf(PREFIX) === 0) {
            storage.removeItem(key);
          }
        }
      });
    }
  }
  var fields = document.querySelectorAll('textarea[data-editor="markdown"]');
  for (var i = 0; i < fields.length; i++) {
    if (storage) {
      keepDrafts(fields[i]);
    }
    addPreview(fields[i]);
  }
})();
