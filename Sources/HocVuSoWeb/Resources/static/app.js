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
