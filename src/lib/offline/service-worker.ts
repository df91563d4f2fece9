import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
// Only the manifest maker of workbox-build (its module has no package export of its own): the main module also loads
// Rollup and Babel for `generateSW`, a second of every build's (and `astro dev`'s) start-up.
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { workerResult } from '../worker-result.ts';
import { SERVICE_WORKER_FILE } from './registration.ts';

/** Workbox's precache manifest, with the number and total size (bytes) of the files in it and its warnings. */
export type Manifest = Awaited<ReturnType<typeof getManifest>>;

/**
 * The precache manifest of the files Astro wrote, begun as soon as it wrote them (see {@link startPrecache}).
 * `files` maps each file's path (relative to the site, `/`-separated) to its size and time of change, as they
 * were when the pass began.
 */
export interface EarlyPrecache {
	files: Map<string, FileStamp>;
	manifest: Promise<Manifest>;
}

/** A file's size in bytes and its time of last change (`mtimeMs`, milliseconds since 1970). */
interface FileStamp {
	size: number;
	changed: number;
}

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
 * Updates without a mix of builds: each file is precached under its content revision (an MD5 of the
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
 * `early`, when given, is the precache pass {@link startPrecache} began as soon as Astro wrote the site: its entries
 * are kept for files unchanged since (same size and time of change), and only the files added or changed since are
 * read now. Without it every file is read here.
 *
 * `base` is Astro's base path. The worker is bundled with esbuild in a few milliseconds; Workbox's own
 * `generateSW` bundled it with Rollup and Babel on every build, a second of each build's time. Throws if the
 * bundle does not hold `self.__WB_MANIFEST` exactly once (sw.ts was changed).
 */
export async function writeServiceWorker(dir: string, base = '/', early?: EarlyPrecache): Promise<ServiceWorkerReport> {
	const { manifestEntries, count, size, warnings } = early ? await completed(dir, base, early) : await manifestOf(dir, base, ['**/*']);
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
	return { count, size, warnings };
}

/**
 * Begins the precache manifest of every file in `dir` (the built site; `base` is Astro's base path) in a worker
 * thread (precache-worker.ts) and returns at once. Called when Astro has written the site, it reads and hashes
 * those files while Starlight's steps run: most of the hashing is the pages, and Pagefind indexes them meanwhile
 * in a process of its own. {@link writeServiceWorker} then reads only what was added or changed since: Pagefind's
 * index, the sitemap, llms.txt. (Workbox reads and hashes synchronously: on the main thread it would hold up the
 * start of those steps instead.)
 */
export function startPrecache(dir: string, base = '/'): EarlyPrecache {
	const files = siteFiles(dir);
	const job: PrecacheJob = { dir, base };
	const manifest = workerResult<Manifest>(new URL('./precache-worker.ts', import.meta.url), job, "The service worker's precache thread");
	return { files, manifest };
}

/** What precache-worker.ts is given: the built site's directory and Astro's base path. */
export interface PrecacheJob {
	dir: string;
	base: string;
}

/** The early pass's manifest, less files changed or removed since it began, with the files changed or added since. */
async function completed(dir: string, base: string, early: EarlyPrecache): Promise<Manifest> {
	const first = await early.manifest;
	const now = siteFiles(dir);
	const unchanged = new Set(
		[...early.files]
			.filter(([file, stamp]) => now.get(file)?.size === stamp.size && now.get(file)?.changed === stamp.changed)
			.map(([file]) => file),
	);
	const changed = [...now.keys()].filter((file) => !unchanged.has(file));
	const prefix = prefixOf(base);
	const kept = first.manifestEntries.filter((entry) => unchanged.has(entry.url.slice(prefix.length)));
	const rest = changed.length ? await manifestOf(dir, base, globsCovering(changed, unchanged)) : undefined;
	const manifestEntries = [...kept, ...(rest?.manifestEntries ?? [])];
	const keptSize = kept.reduce((sum, entry) => sum + early.files.get(entry.url.slice(prefix.length))!.size, 0);
	return {
		manifestEntries,
		count: manifestEntries.length,
		size: keptSize + (rest?.size ?? 0),
		warnings: [...first.warnings, ...(rest?.warnings ?? [])],
	};
}

/** Workbox's precache manifest of the files of `dir` (the built site) that `globPatterns` match; `base` is Astro's base path. */
export function manifestOf(dir: string, base: string, globPatterns: string[]): Promise<Manifest> {
	return getManifest({
		globDirectory: dir,
		globPatterns,
		globIgnores: [SERVICE_WORKER_FILE, '**/*.map'],
		modifyURLPrefix: { '': prefixOf(base) },
		// Astro's own files carry their content hash in the name: no revision needed.
		dontCacheBustURLsMatching: /^(?:[^/]*\/)*_astro\//,
		// Pagefind's WebAssembly and the larger pages of the index are well above the 2 MB default.
		maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
	});
}

const prefixOf = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** Every file under `dir`, by its path relative to `dir` (`/`-separated). */
function siteFiles(dir: string): Map<string, FileStamp> {
	const files = new Map<string, FileStamp>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const { size, mtimeMs } = statSync(path);
		files.set(relative(dir, path).split(sep).join('/'), { size, changed: mtimeMs });
	}
	return files;
}

/**
 * Glob patterns that match the `changed` files and no `unchanged` one: a whole folder (Pagefind's `pagefind/`, with
 * everything below it) where no unchanged file is in it, each file by its name elsewhere. One pattern per file would cost Workbox a glob each
 * (0.75 s for Pagefind's 2,000 files, against 0.08 s for its folder).
 */
export function globsCovering(changed: readonly string[], unchanged: Iterable<string>): string[] {
	const holding = new Set<string>();
	for (const file of unchanged) for (let at = file.indexOf('/'); at !== -1; at = file.indexOf('/', at + 1)) holding.add(file.slice(0, at));
	const globs = new Set<string>();
	for (const file of changed) {
		let folder: string | undefined;
		for (let at = file.indexOf('/'); at !== -1 && !folder; at = file.indexOf('/', at + 1))
			if (!holding.has(file.slice(0, at))) folder = file.slice(0, at);
		globs.add(folder ? `${escapeGlob(folder)}/**/*` : escapeGlob(file));
	}
	return [...globs];
}

/** A path as a glob pattern that matches it literally. */
const escapeGlob = (path: string) => path.replace(/[*?[\]{}()!+@\\]/g, '\\$&');

/** Where sw.ts takes its precache manifest: Workbox's usual injection point. */
const MANIFEST_PLACE = 'self.__WB_MANIFEST';
