import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { registrationScript } from '../../src/lib/offline/registration';
import { writeServiceWorker } from '../../src/lib/offline/service-worker';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A small built site: pages, a hashed script, Pagefind's files. */
function site(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'offline-'));
	dirs.push(dir);
	for (const [file, content] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), content);
	}
	return dir;
}

/** The precache manifest written into sw.js: URL -> revision (null for hashed names). */
function manifest(dir: string): Map<string, string | null> {
	const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
	return new Map([...sw.matchAll(/\{"url":"([^"]+)","revision":(?:"([^"]+)"|null)\}/g)].map((m) => [m[1]!, m[2] ?? null]));
}

const files = {
	'index.html': '<h1>Home</h1>',
	'templates/status-update/index.html': '<h1>Status update</h1>',
	'zh-cn/checklists/quality/index.html': '<h1>质量检查</h1>',
	'_astro/page.Ab12Cd.js': 'export{}',
	'pagefind/pagefind-entry.json': '{}',
	'pagefind/index/en_1.pf_index': 'x',
	'pagefind/wasm.en.pagefind': 'x',
};

describe('the service worker', () => {
	it('precaches every page, script and search file of the site, and not itself', async () => {
		const dir = site(files);
		const report = await writeServiceWorker(dir);
		const urls = [...manifest(dir).keys()].sort();
		expect(urls).toEqual(
			Object.keys(files)
				.map((file) => `/${file}`)
				.sort(),
		);
		expect(report.count).toBe(Object.keys(files).length);
		// Only the site's own files: every entry is a path on this site, none an address elsewhere.
		for (const url of urls) expect(url).toMatch(/^\/(?!\/)/);
		// A new build waits for the old one's tabs to close instead of taking over under them: it skips
		// waiting only when a page asks it to (Workbox's SKIP_WAITING message), which no page of the site does.
		const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
		expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
		// One classic script that runs in a service worker: no imports, nothing of Node's left in.
		expect(sw).not.toMatch(/\bimport\b|\bprocess\b|\brequire\(/);
		expect(sw).toMatch(/\w+\.data\?\.type==="SKIP_WAITING"&&self\.skipWaiting\(\)/);
	});

	it('gives a changed file a new revision and keeps the others, so a new build replaces exactly what changed', async () => {
		const before = site(files);
		await writeServiceWorker(before);
		const after = site({ ...files, 'templates/status-update/index.html': '<h1>Status update, revised</h1>' });
		await writeServiceWorker(after);
		const [old, next] = [manifest(before), manifest(after)];
		expect(next.get('/templates/status-update/index.html')).not.toBe(old.get('/templates/status-update/index.html'));
		expect(next.get('/index.html')).toBe(old.get('/index.html'));
		// Astro's files carry their hash in the name: the name is the revision.
		expect(next.get('/_astro/page.Ab12Cd.js')).toBeNull();
	});

	it('precaches a file whose name has `$` patterns in it, and stays a script that compiles', async () => {
		const dir = site({ ...files, 'price-$&-list.txt': 'x', "q$'x.txt": 'y' });
		await writeServiceWorker(dir);
		const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
		expect(() => new Script(sw)).not.toThrow();
		expect([...manifest(dir).keys()]).toEqual(expect.arrayContaining(['/price-$&-list.txt', "/q$'x.txt"]));
	});

	it('leaves out files in dotfolders, pages as any other file', async () => {
		const dir = site({ ...files, '.well-known/page.html': '<h1>x</h1>', '.well-known/data.json': '{}' });
		await writeServiceWorker(dir);
		expect([...manifest(dir).keys()].filter((url) => url.includes('.well-known'))).toEqual([]);
	});

	it('leaves out a page over 10 MB with a warning, as any other file', async () => {
		const dir = site({ ...files, 'checklists/print-all/index.html': 'x'.repeat(10 * 1024 * 1024 + 1) });
		const report = await writeServiceWorker(dir);
		expect(manifest(dir).has('/checklists/print-all/index.html')).toBe(false);
		expect(report.warnings).toEqual([expect.stringContaining('/checklists/print-all/index.html')]);
		expect(manifest(dir).has('/index.html')).toBe(true);
	});

	it('lives under the site’s base path', async () => {
		const dir = site(files);
		await writeServiceWorker(dir, '/playbook/');
		expect([...manifest(dir).keys()]).toContain('/playbook/index.html');
		expect(registrationScript('/playbook')).toContain('register("/playbook/sw.js")');
	});
});
