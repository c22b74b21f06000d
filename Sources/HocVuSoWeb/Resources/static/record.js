// Record a support session (/ghi-nhan): offline-first form. Saved sessions go to an IndexedDB queue first and are
// sent to the server in batches whenever it can be reached. All visible text comes from #strings in the page.
(function () {
  'use strict';
  var d = document, body = d.body;
  var $ = function (id) { return d.getElementById(id); };
  var S = $('strings').dataset;
  var form = $('record-form'), submit = $('record-submit'), q = $('resident-q'), unreg = $('unregistered');
  var ageBand = $('age-band'), gender = $('gender'), note = $('note'), unit = $('unit');
  var commune = form.dataset.commune;
  var PREFS = 'hocvuso.record', CHUNK = 50, PERIOD = 20000, BACKOFF = [5, 15, 30, 60];

  // "{n} lượt" style templates from the page.
  function t(key, vars) {
    var s = S[key] || key;
    Object.keys(vars || {}).forEach(function (k) { s = s.split('{' + k + '}').join(vars[k]); });
    return s;
  }
  function el(tag, cls, text) {
    var e = d.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  // vi-VN style "14:05 23/11/2026"; short drops the year.
  function when(ms, short) {
    var x = new Date(ms);
    return pad(x.getHours()) + ':' + pad(x.getMinutes()) + ' ' + pad(x.getDate()) + '/' + pad(x.getMonth() + 1) +
      (short ? '' : '/' + x.getFullYear());
  }
  function say(node, text, kind) {
    node.textContent = text || '';
    node.className = node.className.replace(/ ?is-\w+/g, '') + (kind ? ' is-' + kind : '');
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  // ---- IndexedDB: "queue" (keyPath id) and "meta" (lastSync) ----
  var db = null;
  function openDB() {
    return new Promise(function (resolve, reject) {
      var r = indexedDB.open('hocvuso', 1);
      r.onupgradeneeded = function () {
        var x = r.result;
        if (!x.objectStoreNames.contains('queue')) x.createObjectStore('queue', { keyPath: 'id' });
        if (!x.objectStoreNames.contains('meta')) x.createObjectStore('meta');
      };
      r.onsuccess = function () { resolve(r.result); };
      r.onerror = function () { reject(r.error); };
    });
  }
  // Runs fn(store) in one transaction; resolves with the result of the request fn returns, once the transaction
  // has committed.
  function tx(name, mode, fn) {
    return new Promise(function (resolve, reject) {
      var x = db.transaction(name, mode), out;
      var r = fn(x.objectStore(name));
      if (r) r.onsuccess = function () { out = r.result; };
      x.oncomplete = function () { resolve(out); };
      x.onerror = x.onabort = function () { reject(x.error); };
    });
  }

  // ---- Queue panel ----
  var queue = [], lastSync = null;
  var catLabels = {};
  form.querySelectorAll('input[name=category]').forEach(function (i) { catLabels[i.value] = i.parentNode.textContent.trim(); });
  var unitLabels = {};
  Array.prototype.forEach.call(unit.options, function (o) { unitLabels[o.value] = o.textContent; });

  function load() {
    return tx('queue', 'readonly', function (s) { return s.getAll(); }).then(function (all) {
      queue = all.sort(function (a, b) { return a.created - b.created; });
      render();
    });
  }
  function render() {
    var rejected = queue.filter(function (e) { return e.status === 'rejected'; });
    $('queue-waiting').textContent = queue.length - rejected.length;
    $('queue-errors').textContent = rejected.length;
    $('queue-errors').parentNode.parentNode.classList.toggle('has', rejected.length > 0);
    $('last-sync').textContent = lastSync ? when(lastSync) : S.never;
    $('queue-empty').hidden = queue.length > 0;
    var list = $('queue-items');
    list.textContent = '';
    // Rejected ones first: they need the volunteer's attention.
    rejected.concat(queue.filter(function (e) { return e.status !== 'rejected'; })).forEach(function (e) {
      var li = el('li', e.status === 'rejected' ? 'rejected' : 'waiting');
      li.dataset.id = e.id;
      var head = el('p', 'qh');
      head.appendChild(el('span', 'qt', when(Date.parse(e.item.at), true)));
      head.appendChild(el('span', 'qs', e.status === 'rejected' ? S.rejected : S.waiting));
      li.appendChild(head);
      li.appendChild(el('p', 'qc', catLabels[e.item.category] || e.item.category));
      li.appendChild(el('p', 'qw', e.name || (e.item.residentId ? e.item.residentId : S.unregistered)));
      if (e.status === 'rejected') {
        li.appendChild(el('p', 'reason', e.reason || S.noReason));
        var a = el('p', 'qa');
        var b1 = el('button', '', S.edit), b2 = el('button', 'danger', S.discard);
        b1.type = b2.type = 'button';
        b1.dataset.action = 'edit';
        b2.dataset.action = 'discard';
        a.appendChild(b1);
        a.appendChild(b2);
        li.appendChild(a);
      }
      list.appendChild(li);
    });
  }
  $('queue-items').addEventListener('click', function (ev) {
    var b = ev.target.closest('button[data-action]');
    if (!b) return;
    var id = b.closest('li').dataset.id;
    var entry = queue.filter(function (e) { return e.id === id; })[0];
    if (!entry) return;
    if (b.dataset.action === 'edit') return edit(entry);
    if (!window.confirm(S.confirmDiscard)) return;
    tx('queue', 'readwrite', function (s) { return s.delete(id); }).then(function () {
      if (editing && editing.id === id) reset();
      return load();
    });
  });

  // ---- Connection indicator ----
  var connState = '';
  function conn(state) {
    connState = state || (navigator.onLine ? 'online' : 'offline');
    var c = $('conn');
    c.textContent = connState === 'online' ? S.online : connState === 'offline' ? S.offline : S.serverDown;
    c.className = 'conn ' + connState;
  }
  window.addEventListener('online', function () { conn('online'); sync(); });
  window.addEventListener('offline', function () { conn('offline'); });

  // ---- Sticky choices (unit, category, place) ----
  function prefs() {
    try { return JSON.parse(localStorage.getItem(PREFS)) || {}; } catch (e) { return {}; }
  }
  function check(name, value) {
    var i = value && form.querySelector('input[name="' + name + '"][value="' + value + '"]');
    if (i) i.checked = true;
    return !!i;
  }
  function radio(name) {
    var i = form.querySelector('input[name="' + name + '"]:checked');
    return i ? i.value : '';
  }
  function applyPrefs() {
    var p = prefs();
    if (p.unit && unitLabels[p.unit] != null) unit.value = p.unit;
    check('category', p.category);
    check('place', p.place);
  }
  function savePrefs(item) {
    try {
      localStorage.setItem(PREFS, JSON.stringify({ unit: item.unitCode, category: item.category, place: item.place }));
    } catch (e) { /* storage full or disabled: choices are just not remembered */ }
  }

  // ---- Resident: search, chosen, or not registered ----
  var resident = null, seq = 0, debounce = 0, aborter = null;
  function showPick() {
    var r = !!resident, u = unreg.checked;
    $('resident-pick').hidden = r || u;
    $('resident-chosen').hidden = !r;
    $('unreg-fields').hidden = !u;
    ageBand.disabled = gender.disabled = !u;
  }
  function setResident(r) {
    resident = r;
    if (r) {
      unreg.checked = false;
      $('resident-name').textContent = r.name;
      clearResults();
    }
    showPick();
  }
  function clearResults() {
    $('resident-results').textContent = '';
    say($('resident-msg'), '');
  }
  function search(text) {
    var my = ++seq, msg = $('resident-msg');
    if (aborter) aborter.abort();
    aborter = window.AbortController ? new AbortController() : null;
    if (!navigator.onLine) { $('resident-results').textContent = ''; return say(msg, S.searchOffline, 'warn'); }
    say(msg, S.searching);
    fetch('/api/v1/units/' + encodeURIComponent(commune) + '/residents?q=' + encodeURIComponent(text) + '&per=8', {
      credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: aborter ? aborter.signal : undefined
    }).then(function (r) {
      if (r.status === 401) { login(true); throw new Error('401'); }
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    }).then(function (data) {
      if (my !== seq) return;
      var ul = $('resident-results'), items = data.items || [];
      ul.textContent = '';
      items.forEach(function (p) {
        var name = p.fullName + (p.birthDate ? ' · ' + p.birthDate.slice(0, 4) : '');
        var b = el('button', '', name);
        b.type = 'button';
        if (p.villageCode && unitLabels[p.villageCode]) b.appendChild(el('small', '', unitLabels[p.villageCode]));
        b.addEventListener('click', function () { setResident({ id: p.id, name: name }); });
        var li = el('li');
        li.appendChild(b);
        ul.appendChild(li);
      });
      say(msg, !items.length ? S.searchEmpty : data.total > items.length ? t('searchMore', { n: data.total }) : '');
    }).catch(function (e) {
      if (my !== seq || (e && e.name === 'AbortError')) return;
      $('resident-results').textContent = '';
      say(msg, navigator.onLine ? S.searchFailed : S.searchOffline, 'warn');
    });
  }
  q.addEventListener('input', function () {
    clearTimeout(debounce);
    var text = q.value.trim();
    if (text.length < 2) { seq++; clearResults(); return; }
    debounce = setTimeout(function () { search(text); }, 300);
  });
  q.addEventListener('keydown', function (ev) {
    if (ev.key !== 'Enter') return;
    ev.preventDefault(); // never submit the form from the search box
    clearTimeout(debounce);
    if (q.value.trim().length >= 2) search(q.value.trim());
  });
  $('resident-change').addEventListener('click', function () {
    setResident(null);
    q.focus();
    q.select();
  });
  unreg.addEventListener('change', function () {
    if (unreg.checked) { resident = null; seq++; clearResults(); }
    showPick();
    if (unreg.checked) ageBand.focus();
  });

  // ---- The form ----
  var pendingId = uuid(), editing = null, saving = false;
  function isoNow() { return new Date().toISOString().replace(/\.\d+Z$/, 'Z'); }
  function clock() {
    $('record-time').textContent = when(editing ? Date.parse(editing.item.at) : Date.now());
    $('time-note').textContent = '(' + (editing ? S.timeKept : S.timeAuto) + ')';
  }
  setInterval(clock, 15000);

  function fail(key, node) {
    say($('record-status'), S[key], 'err');
    if (node) {
      node.focus();
      if (node.scrollIntoView) node.scrollIntoView({ block: 'center' });
    }
    return null;
  }
  // The item as the batch endpoint expects it, or null after telling what is missing.
  function collect() {
    var item = { id: pendingId, unitCode: unit.value, category: radio('category'), outcome: radio('outcome'), place: radio('place') };
    if (!item.category) return fail('needCategory', form.querySelector('input[name=category]'));
    if (unreg.checked) {
      if (!ageBand.value) return fail('needAge', ageBand);
      if (!gender.value) return fail('needGender', gender);
      item.ageBand = ageBand.value;
      item.gender = gender.value;
    } else if (resident) {
      item.residentId = resident.id;
    } else {
      return fail('needResident', q.offsetParent ? q : $('resident-change'));
    }
    if (!item.unitCode) return fail('needUnit', unit);
    if (!item.place) return fail('needPlace', form.querySelector('input[name=place]'));
    if (!item.outcome) return fail('needOutcome', form.querySelector('input[name=outcome]'));
    var text = note.value.trim().slice(0, 500);
    if (text) item.note = text;
    // A corrected item keeps the moment it was first recorded (but never one ahead of this phone's clock).
    item.at = editing && Date.parse(editing.item.at) <= Date.now() ? editing.item.at : isoNow();
    return item;
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    if (saving || !db) return;
    var item = collect();
    if (!item) return;
    saving = true;
    submit.disabled = true;
    say($('record-status'), S.saving);
    var wasEdit = !!editing;
    var entry = {
      id: item.id, item: item, name: resident ? resident.name : null, status: 'waiting', reason: null,
      created: editing ? editing.created : Date.now()
    };
    tx('queue', 'readwrite', function (s) { return s.put(entry); }).then(function () {
      if (!wasEdit) savePrefs(item);
      reset();
      say($('record-status'), wasEdit ? S.updated : S.saved, 'ok');
      return load();
    }, function () {
      say($('record-status'), S.saveFailed, 'err');
    }).then(function () {
      saving = false;
      submit.disabled = false;
      sync();
    });
  });

  // Clears the per-resident fields for the next session; unit, category and place stay.
  function reset() {
    var wasEdit = !!editing;
    editing = null;
    pendingId = uuid();
    $('edit-banner').hidden = true;
    setResident(null);
    unreg.checked = false;
    ageBand.value = gender.value = note.value = q.value = '';
    seq++;
    clearResults();
    showPick();
    var outs = form.querySelectorAll('input[name=outcome]'), any = false;
    outs.forEach(function (i) { i.checked = i.defaultChecked; any = any || i.defaultChecked; });
    if (!any) check('outcome', 'done');
    if (wasEdit) applyPrefs();
    clock();
  }

  function edit(entry) {
    var it = entry.item;
    editing = entry;
    pendingId = entry.id;
    if (unitLabels[it.unitCode] != null) unit.value = it.unitCode;
    check('category', it.category);
    check('place', it.place);
    check('outcome', it.outcome);
    if (it.residentId) {
      setResident({ id: it.residentId, name: entry.name || it.residentId });
    } else {
      setResident(null);
      unreg.checked = true;
      showPick();
      ageBand.value = it.ageBand || '';
      gender.value = it.gender || '';
    }
    note.value = it.note || '';
    $('edit-text').textContent = t('editing', { r: entry.reason || S.noReason });
    $('edit-banner').hidden = false;
    say($('record-status'), '');
    clock();
    form.scrollIntoView({ block: 'start' });
  }
  $('edit-cancel').addEventListener('click', function () {
    reset();
    say($('record-status'), '');
  });

  // ---- Sync ----
  var syncing = false, again = false, failures = 0, timer = 0;
  function login(show) { $('login-notice').hidden = !show; }
  function sayStatus(text, kind) { say($('sync-status'), text, kind); }
  function Failure(message, kind) { this.message = message; this.kind = kind; }

  function getJSON(r) { return r.json().catch(function () { return {}; }); }
  function token() {
    return fetch('/api/v1/auth/session', { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } })
      .then(function (r) {
        if (r.status === 401 || r.redirected) throw new Failure('', 'login');
        if (!r.ok) throw new Failure('HTTP ' + r.status);
        return r.json();
      }).then(function (s) { return s.csrfToken; });
  }
  function send(csrf, chunk) {
    return fetch('/api/v1/sessions/batch', {
      method: 'POST', credentials: 'same-origin', cache: 'no-store',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify({ items: chunk.map(function (e) { return e.item; }) })
    }).then(function (r) {
      if (r.status === 401) throw new Failure('', 'login');
      if (r.status === 400 || r.status === 422) {
        return getJSON(r).then(function (j) {
          throw new Failure(t('batchError', { m: (j.error && j.error.message) || r.status }), 'batch');
        });
      }
      if (!r.ok) throw new Failure('HTTP ' + r.status);
      return r.json();
    }).then(function (data) {
      var byId = {}, stored = 0, rejected = 0;
      chunk.forEach(function (e) { byId[e.id] = e; });
      return tx('queue', 'readwrite', function (s) {
        (data.results || []).forEach(function (r) {
          var e = byId[r.id];
          if (!e) return;
          if (r.status === 'created' || r.status === 'duplicate') { s.delete(r.id); stored++; }
          else if (r.status === 'rejected') {
            s.put(Object.assign({}, e, { status: 'rejected', reason: r.reason || '' }));
            rejected++;
          }
        });
      }).then(function () {
        lastSync = Date.now();
        return tx('meta', 'readwrite', function (s) { return s.put(lastSync, 'lastSync'); });
      }).then(function () { return [stored, rejected]; });
    });
  }

  function sync() {
    if (!db) return;
    if (syncing) { again = true; return; }
    syncing = true;
    again = false;
    clearTimeout(timer);
    body.dataset.syncing = '1';
    var ok = true, stored = 0, rejected = 0;
    tx('queue', 'readonly', function (s) { return s.getAll(); }).then(function (all) {
      var todo = all.filter(function (e) { return e.status === 'waiting'; })
        .sort(function (a, b) { return a.created - b.created; });
      if (!todo.length) return;
      sayStatus(S.syncing);
      return token().then(function (csrf) {
        login(false);
        // Chunks go one after the other, oldest first; the first failure ends the round.
        var chain = Promise.resolve();
        for (var i = 0; i < todo.length; i += CHUNK) {
          (function (chunk) {
            chain = chain.then(function () { return send(csrf, chunk); }).then(function (n) {
              stored += n[0];
              rejected += n[1];
            });
          })(todo.slice(i, i + CHUNK));
        }
        return chain;
      }).then(function () {
        conn('online');
        sayStatus(rejected ? t('syncRejected', { n: rejected }) : t('synced', { n: stored }), rejected ? 'err' : 'ok');
      });
    }).then(function () { failures = 0; }, function (e) {
      ok = false;
      failures++;
      var wait = BACKOFF[Math.min(failures, BACKOFF.length) - 1];
      if (e instanceof Failure && e.kind === 'login') {
        login(true);
        conn('online');
        sayStatus('');
        wait = BACKOFF[BACKOFF.length - 1];
      } else if (e instanceof Failure && e.kind === 'batch') {
        conn('online');
        sayStatus(e.message, 'err');
      } else {
        // Network error (TypeError) or a 403/5xx answer.
        conn(e instanceof Failure ? 'server' : navigator.onLine ? 'server' : 'offline');
        sayStatus(t('syncRetry', { s: wait }), 'warn');
      }
      return wait;
    }).then(function (wait) {
      return load().then(function () { return wait; });
    }).catch(function () { return 0; }).then(function (wait) {
      syncing = false;
      body.dataset.syncing = '0';
      if (again) return sync();
      if (queue.some(function (e) { return e.status === 'waiting'; })) {
        timer = setTimeout(sync, ok ? PERIOD : wait * 1000);
      }
    });
  }
  $('sync-now').addEventListener('click', function () {
    failures = 0;
    sync();
  });
  d.addEventListener('visibilitychange', function () { if (d.visibilityState === 'visible') sync(); });

  // ---- Start ----
  applyPrefs();
  reset();
  conn();
  if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(function () {});
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js', { scope: '/ghi-nhan' }).catch(function () {});
  openDB().then(function (x) {
    db = x;
    return tx('meta', 'readonly', function (s) { return s.get('lastSync'); });
  }).then(function (v) {
    lastSync = v || null;
    return load();
  }).then(function () {
    body.dataset.ready = '1';
    sync();
  }, function () {
    submit.disabled = true;
    say($('record-status'), S.noStorage, 'err');
    body.dataset.ready = '1';
  });
})();
