/**
 * The service worker, copied to out/sw.js by scripts/service-worker.mjs after the build with the two
 * placeholders filled in: the files the screener needs offline, and a version made from the whole export.
 *
 * It makes the screener work offline after a first visit, and every other page once it has been seen: on
 * install it caches the screener's files (content-hashed scripts may come from the browser's HTTP cache, so
 * what the first page already loaded is not downloaded twice); it answers same-origin GET requests from the
 * cache (a query string — `asOf`, Next's `_rsc` — never changes which file is served), and keeps a copy of
 * any other file of the site the person opens. It stores no answers and sends nothing anywhere: it only ever
 * fetches the site's own files.
 */
const VERSION = "__SW_VERSION__";
const PRECACHE = ["__SW_PRECACHE__"];
const CACHE = `frs-${VERSION}`;
/** Build assets are named by their content: the copy in the HTTP cache is the right one. */
const IMMUTABLE = /^\/_next\/static\//;

/** A copy of a good same-origin response, kept for offline use; the worker itself is never kept. */
function keep(cache, request, response) {
  if (response.ok && response.type === "basic" && new URL(request.url).pathname !== "/sw.js") {
    cache.put(request, response.clone()).catch(() => {});
  }
  return response;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: IMMUTABLE.test(url) ? "default" : "no-cache" }))))
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
    caches.open(CACHE).then((cache) =>
      cache
        .match(request, { ignoreSearch: true, ignoreVary: true })
        .then((cached) => cached ?? fetch(request).then((response) => keep(cache, request, response))),
    ),
  );
});
