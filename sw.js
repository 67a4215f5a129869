// Service worker: the calculator opens and computes offline after one visit.
// scripts/precache.mjs (a Trunk post_build hook) writes the two lines below in
// the built copy: the built files, and a version hashed from their contents.
const VERSION = "unbuilt";
const FILES = [];

// Caches are per origin: the scope in the name keeps copies under other paths apart.
const PREFIX = `influencer-calculator ${self.registration.scope} `;
const CACHE = PREFIX + VERSION;
const PAGE = new URL("index.html", self.registration.scope).href;
const PRECACHED = new Set(FILES.map((f) => new URL(f, self.registration.scope).href));

self.addEventListener("install", (event) => {
  // no-cache: revalidate with the server, so no stale copy from the HTTP cache is stored.
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES.map((f) => new Request(f, { cache: "no-cache" })))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)))),
  );
});

// No automatic skipWaiting: the page's "Reload" button sends this.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  url.search = url.hash = "";
  if (url.href === PAGE || url.href === self.registration.scope) {
    // The page: network first, so a deploy shows at once; this version's copy
    // when offline, or when the network has not answered in 4 s (a train).
    // The network copy is not stored: it may name files this version lacks.
    const network = fetch(request);
    network.catch(() => {});
    const cached = caches.open(CACHE).then((c) => c.match(PAGE));
    const slow = new Promise((r) => setTimeout(r, 4000)).then(() => cached.then((r) => r || network));
    event.respondWith(Promise.race([network, slow]).catch(() => cached.then((r) => r || Response.error())));
  } else if (PRECACHED.has(url.href)) {
    // Hashed files never change under their name: cache first.
    event.respondWith(caches.open(CACHE).then((c) => c.match(url.href)).then((r) => r || fetch(request)));
  }
});
