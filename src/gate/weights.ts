import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Asset, SitePage } from './site-page.ts';

/** What a page loads beyond Starlight's own, gzip-compressed. */
export interface PageWeight {
	/** Bytes of the page's own JavaScript, after gzip, without the service worker registration. */
	js: number;
	/** Bytes of the service worker registration script, after gzip: budgeted apart (page-profiles.ts). */
	registration: number;
	/** Bytes of the page's own CSS, after gzip. */
	css: number;
	/** The own assets, for the report: URL path (or "inline script/style") and gzip bytes. */
	own: { type: 'js' | 'css'; name: string; bytes: number; registration?: true }[];
}

/**
 * Measures every page's own JavaScript and CSS. "Starlight's own" is what the baseline page loads — a
 * plain Markdown page with no component of ours (see `baselinePage` in page-profiles.ts): Starlight's
 * scripts and styles, the modules they import and the site's custom CSS. Whatever a page loads beyond
 * that is its own, so a script only checklist pages load counts against each checklist page. Without
 * the baseline page (a small test site), the baseline is what every page shares. The service worker
 * registration is never part of the baseline, though every page has it: it is counted on each page, apart.
 */
export function measureWeights(dir: string, base: string, pages: readonly SitePage[], baselinePath: string): Map<string, PageWeight> {
	const files = new Map<string, string | undefined>();
	const read = (key: string) => {
		if (!files.has(key)) {
			const path = key.startsWith(base) ? key.slice(base.length) : key.replace(/^\//, '');
			try {
				files.set(key, readFileSync(join(dir, decodeURI(path.split(/[?#]/)[0] ?? '')), 'utf8'));
			} catch {
				files.set(key, undefined);
			}
		}
		return files.get(key);
	};

	const closures = new Map<SitePage, Map<string, Asset>>();
	for (const page of pages) {
		const closure = new Map<string, Asset>();
		const add = (asset: Asset, from: string) => {
			if (closure.has(asset.key)) return;
			closure.set(asset.key, asset);
			if (asset.type !== 'js') return;
			const code = asset.inline ?? read(asset.key);
			for (const specifier of staticImports(code ?? '')) {
				const resolved = new URL(specifier, `http://site${asset.inline ? from : asset.key}`).pathname;
				add({ type: 'js', key: resolved }, from);
			}
		};
		for (const asset of page.assets) add(asset, page.path);
		closures.set(page, closure);
	}

	const baselinePage = pages.find((page) => page.path === baselinePath);
	const all = baselinePage ? [closures.get(baselinePage)!] : [...closures.values()];
	const shared = new Set(
		[...(all[0]?.entries() ?? [])]
			.filter(([key, asset]) => !asset.registration && all.every((closure) => closure.has(key)))
			.map(([key]) => key),
	);
	const gzipped = new Map<string, number>();
	const size = (asset: Asset) => {
		if (!gzipped.has(asset.key)) gzipped.set(asset.key, gzipSync(asset.inline ?? read(asset.key) ?? '').length);
		return gzipped.get(asset.key) ?? 0;
	};

	const weights = new Map<string, PageWeight>();
	for (const [page, closure] of closures) {
		const own = [...closure.values()]
			.filter((asset) => !shared.has(asset.key))
			.map((asset) => ({
				type: asset.type,
				name: asset.registration
					? 'service worker registration'
					: asset.inline !== undefined
						? `inline ${asset.type === 'js' ? 'script' : 'style'}`
						: asset.key,
				bytes: size(asset),
				...(asset.registration ? { registration: true as const } : {}),
			}));
		const sum = (type: 'js' | 'css', registration = false) =>
			own.filter((a) => a.type === type && Boolean(a.registration) === registration).reduce((total, a) => total + a.bytes, 0);
		weights.set(page.path, { js: sum('js'), registration: sum('js', true), css: sum('css'), own });
	}
	return weights;
}

/** Modules a bundled ES module imports before it runs (`import x from"./a.js"`, `import"./b.js"`). */
function staticImports(code: string): string[] {
	const specifiers: string[] = [];
	for (const match of code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) {
		if (match[1]) specifiers.push(match[1]);
	}
	return specifiers;
}
