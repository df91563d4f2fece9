/**
 * The attribute that marks the service worker registration script in every built page's `<head>`. The
 * quality gate (src/gate/weights.ts) counts a script with it apart from the page's own JavaScript, against
 * its own small budget, so a content page may carry it and nothing else.
 */
export const REGISTRATION_ATTRIBUTE = 'data-pb-offline';

/** File name of the generated service worker, at the root of the site (its scope is the whole site). */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * The registration script, inline in every page of a build: after the page has loaded, it registers
 * `<base>sw.js` for the whole site and asks the server whether it changed. Browsers check on their own
 * only when the worker has been idle for a while, so without the explicit check a reader who keeps
 * using the site would keep an old build for long; the check is one revalidating request (a 304 when
 * nothing changed). A browser without service workers, or a failed registration (a private window, a
 * server without the file), leaves the page as it is: it still works online.
 */
export function registrationScript(base: string): string {
	const url = JSON.stringify(`${base.endsWith('/') ? base : `${base}/`}${SERVICE_WORKER_FILE}`);
	return `if("serviceWorker"in navigator)addEventListener("load",function(){navigator.serviceWorker.register(${url}).then(function(r){return r.update()}).catch(function(){})})`;
}

/**
 * The script `astro dev` gets instead: a service worker left by a build served on the same address
 * (`npm run preview`) would answer with the built pages and hide every edit, so it is removed.
 */
export const unregistrationScript =
	'if("serviceWorker"in navigator)navigator.serviceWorker.getRegistrations().then(function(r){r.forEach(function(x){x.unregister()})})';

/**
 * What `astro dev` serves as `sw.js`: a worker that removes itself. A built page still in a left-over
 * worker's cache asks for `sw.js` when it loads (registrationScript); this answer replaces the old worker,
 * deletes its caches, unregisters and reloads the open tabs, which then come from the dev server.
 */
export const retiringWorker = [
	'self.addEventListener("install",function(){self.skipWaiting()});',
	'self.addEventListener("activate",function(e){e.waitUntil(caches.keys()',
	'.then(function(k){return Promise.all(k.map(function(n){return caches.delete(n)}))})',
	'.then(function(){return self.registration.unregister()})',
	'.then(function(){return self.clients.matchAll({type:"window"})})',
	'.then(function(c){c.forEach(function(w){w.navigate(w.url)})}))});',
].join('');
