// Import progress: polls the job's status and reloads the page when a step ends. Without JavaScript the page
// refreshes itself through its <noscript> link.
(function () {
  var bar = document.querySelector('[data-import-status]');
  if (!bar) return;
  var url = bar.getAttribute('data-import-status');
  var label = document.querySelector('[data-import-label]');
  function poll() {
    fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (s) {
      if (s.total > 0) { bar.max = s.total; bar.value = s.done; }
      if (label && s.label) label.textContent = s.label;
      if (s.running) { setTimeout(poll, 700); } else { window.location.reload(); }
    }).catch(function () { setTimeout(poll, 2000); });
  }
  setTimeout(poll, 500);
})();

// Resident form: when the village changes, list that village's households (the first option, a new household, stays).
(function () {
  var village = document.querySelector('select[name=villageCode]');
  var household = document.querySelector('select[name=householdID]');
  if (!village || !household) return;
  village.addEventListener('change', function () {
    while (household.options.length > 1) household.remove(1);
    household.selectedIndex = 0;
    if (!village.value) return;
    fetch('/api/v1/units/' + encodeURIComponent(village.value) + '/households', { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : { items: [] }; })
      .then(function (list) {
        list.items.forEach(function (h) { household.add(new Option(h.label, h.id)); });
      });
  });
})();
