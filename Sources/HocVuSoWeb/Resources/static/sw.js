// Service worker for the offline "record a support session" page. Registered by record.js with scope /ghi-nhan and
// served at /sw.js with Cache-Control: no-cache. Bump VERSION when the precached files change.
'use strict';
var VERSION = 'v1';
var PREFIX = 'hocvuso-record-';
var CACHE = PREFIX + VERSION;
var PAGE = '/ghi-nhan';
var ASSETS = ['/static/record.js', '/static/record.css', '/manifest.webmanifest', '/static/icon.svg'];
var TIMEOUT = 4000;

// Only a plain 200 that was not redirected may be stored: an expired session redirects the page to /login.
function storable(res) {
  return res && res.status === 200 && !res.redirected && res.type === 'basic';
}

self.addEventListener('install', function (event) {
  self.skipWaiting();
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    // The assets must all arrive (otherwise installation is retried on the next visit); the page is best effort,
    // since every later visit stores it anyway.
    var assets = Promise.all(ASSETS.map(function (url) {
      return fetch(url, { cache: 'reload' }).then(function (res) {
        if (!storable(res)) throw new Error(url + ': ' + res.status);
        return cache.put(url, res);
      });
    }));
    var page = fetch(PAGE, { cache: 'reload', credentials: 'same-origin' }).then(function (res) {
      if (storable(res)) return cache.put(PAGE, res);
    }).catch(function () {});
    return Promise.all([assets, page]);
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf(PREFIX) === 0 && k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

// Network first, with a time limit, falling back to the stored copy of the page.
function page(event) {
  var put = null;
  var net = fetch(event.request).then(function (res) {
    if (storable(res)) {
      var copy = res.clone();
      put = caches.open(CACHE).then(function (c) { return c.put(PAGE, copy); });
    }
    return res;
  });
  event.waitUntil(net.then(function () { return put; }, function () {}));
  var stored = function () { return caches.match(PAGE); };
  return new Promise(function (resolve) {
    var done = false;
    var finish = function (res) {
      if (res && !done) { done = true; resolve(res); }
    };
    var timer = setTimeout(function () { stored().then(finish); }, TIMEOUT);
    net.then(function (res) {
      clearTimeout(timer);
      // A failing server is no better than no network when a working copy is at hand.
      if (res.status >= 500) return stored().then(function (copy) { finish(copy || res); });
      finish(res);
    }, function () {
      clearTimeout(timer);
      stored().then(function (copy) { finish(copy || Response.error()); });
    });
  });
}

// Cache first, refreshing the stored copy in the background (revalidating past the HTTP cache, so that a new
// release reaches the phone on the visit after next even without a new VERSION).
function asset(event, path) {
  var refresh = fetch(path, { cache: 'no-cache' }).then(function (res) {
    if (!storable(res)) return res;
    var copy = res.clone();
    return caches.open(CACHE).then(function (c) { return c.put(path, copy); }).then(function () { return res; });
  });
  event.waitUntil(refresh.catch(function () {}));
  return caches.match(path).then(function (hit) { return hit || refresh; });
}

self.addEventListener('fetch', function (event) {
  var req = event.request;
  if (req.method !== 'GET') return;
  var url = new URL(req.url);
  // Other origins, the API (/api/…) and everything else go straight to the network.
  if (url.origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    if (url.pathname === PAGE) event.respondWith(page(event));
    return;
  }
  if (ASSETS.indexOf(url.pathname) >= 0) event.respondWith(asset(event, url.pathname));
});
