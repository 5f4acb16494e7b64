// Autocomplete for search boxes: as the member types, fill the box's <datalist> with suggestions
// from /api/search/suggest (titles, group names, member names the member may read). Without
// JavaScript the search box still works; this only adds suggestions.
(function () {
  'use strict';
  document.querySelectorAll('input[data-suggest][list]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    var timer = null;
    var last = '';
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2 || text === last) {
        return;
      }
      timer = setTimeout(function () {
        last = text;
        fetch(input.dataset.suggest + '?limit=8&q=' + encodeURIComponent(text), {
          credentials: 'same-origin',
          headers: { Accept: 'application/json' }
        })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (suggestions) {
            list.replaceChildren();
            suggestions.forEach(function (suggestion) {
              var option = document.createElement('option');
              option.value = suggestion.text;
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are a nicety: ignore failures */ });
      }, 150);
    });
  });
})();
