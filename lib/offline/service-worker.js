/**
 * The service worker, copied to out/sw.js by scripts/service-worker.mjs after the build with the two
 * placeholders filled in: the list of every file of the static export, and a version made from their hashes.
 *
 * It makes the screener and the path pages work offline after a first visit: on install it caches every
 * file of the site; it answers same-origin GET requests from that cache (a query string — `asOf`, Next's
 * `_rsc` — never changes which file is served) and falls back to the network for anything else.
 * It stores no answers and sends nothing anywhere: it only ever fetches the site's own files.
 */
const VERSION = "__SW_VERSION__";
const PRECACHE = ["__SW_PRECACHE__"];
const CACHE = `frs-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("frs-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true, ignoreVary: true }))
      .then((cached) => cached ?? fetch(request)),
  );
});
