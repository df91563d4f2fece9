import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
// Only the manifest maker of workbox-build (its module has no package export of its own): the main module also loads
// Rollup and Babel for `generateSW`, a second of every build's (and `astro dev`'s) start-up.
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { workerResult } from '../worker-result.ts';
import { SERVICE_WORKER_FILE } from './registration.ts';

/**
 * Workbox's precache manifest of a built site (workbox-build `getManifest`): `manifestEntries` as `{ url, revision }`
 * sorted by URL (a revision is an MD5 of the file, or null for Astro's `/_astro/` files, whose names carry their
 * hash), the number of files and their total size in bytes, and Workbox's warnings.
 */
export type Manifest = Awaited<ReturnType<typeof getManifest>>;

/**
 * The precache manifest of the files Astro wrote, begun as soon as it wrote them ({@link startPrecache}). `files`
 * maps each file that one pass would precache (path relative to the site, `/`-separated) to its size and time of
 * change as they were when the pass began.
 */
export interface EarlyPrecache {
	files: Map<string, FileStamp>;
	manifest: Promise<Manifest>;
}

/** A file's size in bytes and its time of last change in milliseconds since 1970 (`fs.Stats`). */
interface FileStamp {
	size: number;
	mtimeMs: number;
}

/** What precache-worker.ts is given: the built site's directory, Astro's base path and the glob patterns to read. */
export interface PrecacheJob {
	dir: string;
	base: string;
	globPatterns: string[];
}

/**
 * The precache manifest of every file of the built site in `dir` (`base` is Astro's base path). Given `early`, the
 * pass {@link startPrecache} began when Astro wrote the site, it keeps that pass's entries for files unchanged
 * since (same size and time of change) and reads only the files added or changed since: Pagefind's index and the
 * sitemap. The result is the one a single pass now would give. If the early pass failed or warned (Workbox turns a
 * file it cannot read into a warning and leaves out every file of its pattern), every file is read again here.
 */
export async function precacheManifest(dir: string, base: string, early?: EarlyPrecache): Promise<Manifest> {
	const first = early && (await early.manifest.catch(() => undefined));
	if (!early || !first || first.warnings.length > 0) return manifestOf(dir, base, ['**/*']);
	const now = siteFiles(dir);
	const unchanged = new Set<string>();
	for (const [file, stamp] of early.files) {
		const current = now.get(file);
		if (current?.size === stamp.size && current.mtimeMs === stamp.mtimeMs) unchanged.add(file);
	}
	const changed = [...now.keys()].filter((file) => !unchanged.has(file));
	const prefix = prefixOf(base);
	const kept = first.manifestEntries.filter((entry) => unchanged.has(entry.url.slice(prefix.length)));
	const rest = changed.length > 0 ? await manifestOf(dir, base, globsCovering(changed, unchanged)) : undefined;
	const manifestEntries = byUrl([...kept, ...(rest?.manifestEntries ?? [])]);
	const keptSize = kept.reduce((sum, entry) => sum + early.files.get(entry.url.slice(prefix.length))!.size, 0);
	return { manifestEntries, count: manifestEntries.length, size: keptSize + (rest?.size ?? 0), warnings: rest?.warnings ?? [] };
}

/**
 * Begins the precache manifest of the files in `dir` (the built site; `base` is Astro's base path) in a worker
 * thread (precache-worker.ts) and returns at once. Called when Astro has written the site, it reads and hashes
 * those files while Starlight's steps run: most of the work is the pages, and Pagefind indexes them meanwhile in a
 * process of its own. Workbox reads and hashes synchronously: on the main thread it would hold up those steps.
 */
export function startPrecache(dir: string, base = '/'): EarlyPrecache {
	const files = siteFiles(dir);
	// The files as listed now, not `**/*`: files a later step is writing meanwhile are not read twice.
	const job: PrecacheJob = { dir, base, globPatterns: globsCovering([...files.keys()], []) };
	return {
		files,
		manifest: workerResult<Manifest>(new URL('./precache-worker.ts', import.meta.url), job, "The service worker's precache thread"),
	};
}

/** Workbox's precache manifest of the files of `dir` (the built site) that `globPatterns` match; `base` is Astro's base path. */
export async function manifestOf(dir: string, base: string, globPatterns: string[]): Promise<Manifest> {
	const manifest = await getManifest({
		globDirectory: dir,
		globPatterns,
		globIgnores: [SERVICE_WORKER_FILE, '**/*.map'],
		modifyURLPrefix: { '': prefixOf(base) },
		// Astro's own files carry their content hash in the name: no revision needed.
		dontCacheBustURLsMatching: /^(?:[^/]*\/)*_astro\//,
		// Pagefind's WebAssembly and the larger pages of the index are well above the 2 MB default.
		maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
	});
	return { ...manifest, manifestEntries: byUrl(manifest.manifestEntries ?? []) };
}

/** Entries in the order of their URLs: the same files give the same service worker, byte for byte. */
const byUrl = <T extends { url: string }>(entries: T[]): T[] => entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));

const prefixOf = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/**
 * Whether one pass of {@link manifestOf} over `**\/*` reads the file (a path relative to the site): not a file or
 * folder whose name starts with a dot (glob leaves them out), a source map or the service worker itself.
 */
const isPrecached = (file: string): boolean =>
	!file.split('/').some((part) => part.startsWith('.')) && !file.endsWith('.map') && file !== SERVICE_WORKER_FILE;

/** The files under `dir` that one pass would precache, by their path relative to `dir` (`/`-separated). */
function siteFiles(dir: string): Map<string, FileStamp> {
	const files = new Map<string, FileStamp>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const file = relative(dir, path).split(sep).join('/');
		const stats = isPrecached(file) ? statSync(path, { throwIfNoEntry: false }) : undefined;
		if (stats) files.set(file, { size: stats.size, mtimeMs: stats.mtimeMs });
	}
	return files;
}

/**
 * Glob patterns that match the `changed` files and no `unchanged` one: a whole folder (Pagefind's `pagefind/`,
 * with everything below it) where no unchanged file is in it, each file by its name elsewhere. One pattern per
 * file would cost Workbox a glob each (0.75 s for Pagefind's 2,000 files, against 0.08 s for its folder).
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
