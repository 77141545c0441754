// Between's service worker (served by OfflinePages as /sw.js, scope /). It keeps only what helps
// without a connection: the crisis pages (the person's own /crisis and every country's), the lines
// as JSON, the stylesheet, this script's page helper and the offline page; and, only when the
// client turned on "Keep my plan on this phone" (offline.js), their plan page and its PDF in a
// cache of its own. Every page still carries Cache-Control: no-store; this cache is the one
// exception, and it holds nothing else.
//
// Updates: a new version (the version below changes with what it keeps) installs in the
// background and takes over only once every page of the old one is closed — never in the middle
// of a form (it never skips the waiting). On taking over it removes the old version's cache.
const VERSION = '__VERSION__';
const OFFLINE = 'between-offline-' + VERSION;
const PLAN = 'between-plan';
// The server adds the "saved on" line to a copy fetched with this header.
const SAVE = { headers: { 'X-Between-Offline': 'save' }, credentials: 'same-origin', cache: 'no-store' };

async function save(cache, url) {
  const response = await fetch(url, SAVE);
  if (!response.ok || response.redirected) {
    throw new Error('not saved: ' + url);
  }
  await cache.put(url, response.clone());
  return response;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(OFFLINE);
    const assets = await (await save(cache, '/offline/assets.json')).json();
    await Promise.all(assets.pages.map((url) => save(cache, url)));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('between-offline-') && name !== OFFLINE) {
        await caches.delete(name);
      }
    }
  })());
});

// Each visit (offline.js says so) saves the person's own /crisis again: their country may have
// changed, and the saved date stays recent.
self.addEventListener('message', (event) => {
  if (event.data === 'visit') {
    event.waitUntil(caches.open(OFFLINE).then((cache) => save(cache, '/crisis')).catch(() => undefined));
  }
});

function cached(url) {
  return caches.match(url, { ignoreVary: true });
}

async function offline(url) {
  const path = url.pathname;
  if (path === '/crisis') {
    // Every curated country's page is kept; for another country the offline page says what
    // works everywhere (the local emergency number, 112) rather than show the wrong lines.
    const country = url.searchParams.get('country');
    const key = country ? '/crisis?country=' + country.trim().toUpperCase() : '/crisis';
    return (await cached(key)) || cached('/offline');
  }
  if (path === '/safety' || path === '/safety/now') {
    return (await cached('/safety')) || (path === '/safety/now' ? cached('/crisis') : undefined) || cached('/offline');
  }
  if (path === '/safety/plan.pdf') {
    return (await cached('/safety/plan.pdf')) || cached('/offline');
  }
  return cached('/offline');
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || request.headers.has('X-Between-Offline')) {
    return;
  }
  if (request.mode === 'navigate') {
    // The network first, always; the cache only when there is no connection.
    event.respondWith(fetch(request).catch(async () =>
      (request.method === 'GET' ? await offline(url) : await cached('/offline')) || Response.error()));
    return;
  }
  if (request.method === 'GET') {
    event.respondWith(fetch(request).catch(async () => (await cached(url.pathname + url.search)) || Response.error()));
  }
});
