// Mentions: typing "@" and two or more letters of a member's name in a post offers matching members
// (from /api/search/suggest); choosing one writes a mention, [@Name](/member/view.xhtml?id=N), which
// links to them and tells them (if they may read the post). Without this script the link can still be
// written by hand. Keyboard: arrow keys move, Enter or Tab chooses, Escape closes.
(function () {
  'use strict';
  var script = document.currentScript;
  var API = (script && script.getAttribute('data-api')) || '/api';
  var counter = 0;

  document.querySelectorAll('textarea[data-editor="markdown"]').forEach(function (field) {
    var id = 'mentions-' + (++counter);
    var list = document.createElement('ul');
    list.id = id;
    list.className = 'mention-list';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Members to mention');
    list.hidden = true;
    var status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    field.insertAdjacentElement('afterend', list);
    list.insertAdjacentElement('afterend', status);
    field.setAttribute('aria-autocomplete', 'list');
    field.setAttribute('aria-controls', id);
    var timer = null;
    var options = [];
    var active = -1;
    var start = -1;

    // the text typed after an "@" that starts a word, up to the caret (a first name, or a full name)
    function typed() {
      var before = field.value.slice(0, field.selectionStart);
      var found = /(^|[\s(])@([^\s@[\]()]{2,}(?: [^\s@[\]()]*)?)$/.exec(before);
      if (!found) {
        return null;
      }
      start = before.length - found[2].length - 1;
      return found[2].trim();
    }

    function close() {
      list.hidden = true;
      list.replaceChildren();
      options = [];
      active = -1;
      field.removeAttribute('aria-activedescendant');
    }

    function highlight(index) {
      active = index;
      Array.prototype.forEach.call(list.children, function (item, i) {
        item.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      field.setAttribute('aria-activedescendant', id + '-' + index);
    }

    function choose(index) {
      var option = options[index];
      if (!option) {
        return;
      }
      var mention = '[@' + option.text.replace(/[[\]]/g, '') + '](' + option.url + ') ';
      var end = field.selectionStart;
      field.value = field.value.slice(0, start) + mention + field.value.slice(end);
      var caret = start + mention.length;
      field.setSelectionRange(caret, caret);
      close();
      field.focus();
      field.dispatchEvent(new Event('input', { bubbles: true })); // the draft keeps it
    }

    field.addEventListener('input', function () {
      clearTimeout(timer);
      var name = typed();
      if (!name) {
        close();
        return;
      }
      timer = setTimeout(function () {
        fetch(API + '/search/suggest?limit=20&q=' + encodeURIComponent(name), {
          credentials: 'same-origin',
          headers: { Accept: 'application/json' }
        })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (suggestions) {
            options = suggestions.filter(function (s) { return s.type === 'MEMBER'; }).slice(0, 6);
            list.replaceChildren();
            options.forEach(function (option, i) {
              var item = document.createElement('li');
              item.id = id + '-' + i;
              item.setAttribute('role', 'option');
              item.setAttribute('aria-selected', 'false');
              item.textContent = option.text;
              item.addEventListener('mousedown', function (event) {
                event.preventDefault(); // keep the focus (and the caret) in the text box
                choose(i);
              });
              list.appendChild(item);
            });
            list.hidden = options.length === 0;
            status.textContent = options.length === 0 ? ''
              : options.length + (options.length === 1 ? ' member' : ' members')
                + ' to mention: arrow keys to choose, Enter to mention';
            active = -1;
          })
          .catch(function () { /* suggestions are a nicety: ignore failures */ });
      }, 150);
    });

    field.addEventListener('keydown', function (event) {
      if (list.hidden || options.length === 0) {
        return;
      }
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        highlight((active + 1) % options.length);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        highlight((active - 1 + options.length) % options.length);
      } else if ((event.key === 'Enter' || event.key === 'Tab') && active >= 0) {
        event.preventDefault();
        choose(active);
      } else if (event.key === 'Escape') {
        close();
      }
    });

    field.addEventListener('blur', function () {
      setTimeout(close, 200);
    });
  });
})();
