import { hash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from '../built-pages.ts';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
// Only the manifest maker of workbox-build (its module has no package export of its own): the main module also loads
// Rollup and Babel for `generateSW`, a second of every build's (and `astro dev`'s) start-up.
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { SERVICE_WORKER_FILE } from './registration.ts';

/** What was precached, for the build log. */
export interface ServiceWorkerReport {
	/** Files in the precache manifest. */
	count: number;
	/** Their total size, in bytes (uncompressed). */
	size: number;
	warnings: string[];
}

/**
 * Writes `<dir>/sw.js`, the service worker of sw.ts with Workbox's precache manifest of the built site
 * (workbox-build `getManifest`) in place of `self.__WB_MANIFEST`: it precaches every file of the built
 * site — pages, Pagefind's index and its WebAssembly, scripts, styles, fonts, images — so that after one visit the whole playbook, its templates and checklists work with no network.
 * Nothing outside the site is cached or fetched: the precache lists the site's own files only.
 *
 * Updates without a mix of builds: each file is precached under its content revision (a hash of the
 * file, or the hash already in `/_astro/` names), so a new build's service worker differs whenever any
 * file differs; every page load asks for it (registration.ts). The new worker installs beside the old
 * one, fetching only new and changed files into new cache entries, and then waits: no `skipWaiting`.
 * While any tab still shows the old build, the old worker answers every request from the old entries,
 * so a page and everything it loads later (styles, the calendar writer, search fragments) come from one
 * build. Once every tab of the site is closed, the new worker activates, deletes the old entries and
 * serves the new build. Taking over at once (`skipWaiting`) was tried and rejected: a page loaded by the
 * old worker then asks the new one for files the new build no longer has, and gets a 404 (a page
 * without its stylesheet, a calendar button that fails). `clientsClaim` stays: on the very first visit,
 * when there is no older build to mix with, it lets the page that installed the worker use it at once.
 *
 * `base` is Astro's base path. The worker is bundled with esbuild in a few milliseconds; Workbox's own
 * `generateSW` bundled it with Rollup and Babel on every build, a second of each build's time. Throws if the
 * bundle does not hold `self.__WB_MANIFEST` exactly once (sw.ts was changed).
 *
 * The pages are most of the bytes (each repeats the sidebar): their revisions are made here, with SHA-256, which
 * the processor computes twice as fast as Workbox's MD5, and given to Workbox as additional entries, the same URLs
 * and shape as its own; Workbox lists and hashes every other file.
 */
export async function writeServiceWorker(dir: string, base = '/'): Promise<ServiceWorkerReport> {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const pages = pageRevisions(dir, prefix, MAX_FILE_BYTES);
	const { manifestEntries, count, size, warnings } = await getManifest({
		globDirectory: dir,
		globPatterns: ['**/*'],
		globIgnores: [SERVICE_WORKER_FILE, '**/*.map', '**/*.html'],
		additionalManifestEntries: pages.entries,
		modifyURLPrefix: { '': prefix },
		// Astro's own files carry their content hash in the name: no revision needed.
		dontCacheBustURLsMatching: /^(?:[^/]*\/)*_astro\//,
		maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
	});
	// The worker's code (sw.ts) and the Workbox modules it uses, as one classic script: a module worker is not
	// registered by every browser. Workbox's development checks and logs are left out.
	const [bundle] = buildSync({
		entryPoints: [fileURLToPath(new URL('./sw.ts', import.meta.url))],
		write: false,
		bundle: true,
		format: 'iife',
		minify: true,
		target: 'es2020',
		define: { 'process.env.NODE_ENV': '"production"' },
		legalComments: 'none',
		logLevel: 'error',
	}).outputFiles;
	const parts = bundle!.text.split(MANIFEST_PLACE);
	if (parts.length !== 2)
		throw new Error(`The service worker (sw.ts) must use ${MANIFEST_PLACE} exactly once; its bundle has it ${parts.length - 1} times.`);
	// Joined, not `String.replace`d: a file name with `$&` or `$'` would be read as a replacement pattern.
	writeFileSync(join(dir, SERVICE_WORKER_FILE), parts.join(JSON.stringify(manifestEntries ?? [])));
	// Workbox counts the additional entries, but has not read them for their size.
	return { count, size: size + pages.size, warnings: [...pages.warnings, ...warnings] };
}

/** Largest file precached, in bytes: Pagefind's WebAssembly and the larger pages of its index are above Workbox's 2 MB default. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * Every HTML page below `dir` (dotfolders left out, as Workbox's glob does) as a precache entry: its URL (`prefix`
 * and its path, `/` between folders) and the first 32 hex digits of the SHA-256 of its bytes; `size` in bytes. A
 * page over `maxBytes` is left out with a warning, as Workbox leaves out any other file.
 */
function pageRevisions(
	dir: string,
	prefix: string,
	maxBytes: number,
): { entries: { url: string; revision: string }[]; size: number; warnings: string[] } {
	let size = 0;
	const entries: { url: string; revision: string }[] = [];
	const warnings: string[] = [];
	for (const file of htmlFiles(dir).filter((path) => !path.split('/').some((part) => part.startsWith('.')))) {
		const bytes = readFileSync(join(dir, file));
		const url = prefix + file;
		if (bytes.length > maxBytes) {
			warnings.push(
				`${url} is ${bytes.length} bytes, and will not be precached: it is over ${maxBytes} bytes, and so not available offline.`,
			);
			continue;
		}
		size += bytes.length;
		entries.push({ url, revision: hash('sha256', bytes).slice(0, 32) });
	}
	return { entries, size, warnings };
}

/** Where sw.ts takes its precache manifest: Workbox's usual injection point. */
const MANIFEST_PLACE = 'self.__WB_MANIFEST';
