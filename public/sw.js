// Backend Roadmap's service worker. This file is a template: the post-build
// step (src/bin/prerender.rs) fills in the base path, a version that changes
// with every file of the build, and the list of every built file.
const BASE = "__BASE__";
const VERSION = "__VERSION__";
const CACHE = `backend-roadmap-${VERSION}`;
const PRECACHE = __PRECACHE__;

self.addEventListener("install", (event) => {
  // Everything the site has, so the whole roadmap works offline after one visit.
  // No skipWaiting() here: a new version waits until the page says "reload".
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith("backend-roadmap-") && name !== CACHE)
          .map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") {
    self.skipWaiting();
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(`${BASE}/`)) return;
  event.respondWith(request.mode === "navigate" ? page(request, url) : asset(request));
});

// Built files have content hashes in their names (or are listed with the
// version), so the cache is always right for this version: cache first.
async function asset(request) {
  const hit = await caches.match(request, { ignoreSearch: true });
  return hit || fetch(request);
}

// Pages: the prerendered file for the path (with or without its trailing
// slash); offline and unknown, the not-found page.
async function page(request, url) {
  const cache = await caches.open(CACHE);
  const path = url.pathname;
  const candidates = path.endsWith("/") ? [path] : [`${path}/`, path];
  for (const candidate of candidates) {
    const hit = await cache.match(candidate);
    if (hit) return hit;
  }
  try {
    return await fetch(request);
  } catch (error) {
    const missing = await cache.match(`${BASE}/404.html`);
    if (missing) {
      return new Response(missing.body, { status: 404, headers: missing.headers });
    }
    throw error;
  }
}
