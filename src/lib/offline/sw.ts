/**
 * The service worker itself, built into the site's `sw.js` by service-worker.ts: bundled with Workbox's
 * precaching into one classic script, then the build's precache manifest (workbox-build's `getManifest`) put
 * where `self.__WB_MANIFEST` stands. Runs in the browser's service worker scope, not on a page.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';

/** What this worker uses of its global scope (`ServiceWorkerGlobalScope`, whose types clash with the DOM's). */
declare const self: {
	__WB_MANIFEST: (string | PrecacheEntry)[];
	skipWaiting(): Promise<void>;
	addEventListener(type: 'message', listener: (event: { data?: { type?: unknown } }) => void): void;
};

// A new build waits until every tab of the old one is closed (no mix of builds), unless a page asks it to take
// over with Workbox's SKIP_WAITING message, which no page of the site sends.
self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
// On the very first visit there is no older build to mix with: the page that installed the worker uses it at once.
clientsClaim();
// A page's address typed without its closing slash (`/lifecycle`) goes to the page (`/lifecycle/`), as the web server
// would send it, offline too: every page of the site ends with a slash, and files have an extension.
registerRoute(
	({ request, url, sameOrigin }) =>
		sameOrigin && request.mode === 'navigate' && !url.pathname.endsWith('/') && !/\.[^/]*$/.test(url.pathname),
	({ url }) => Promise.resolve(Response.redirect(new URL(`${url.pathname}/${url.search}`, url).href, 301)),
);
// `/path/` is served as `/path/index.html`; Pagefind's cache buster (`?ts=`) and campaign parameters are ignored.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/^ts$/, /^utm_/] });
cleanupOutdatedCaches();
