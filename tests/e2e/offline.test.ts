import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../src/lib/offline/service-worker';
import { launch } from './support/browser';
import { serveStatic } from './support/static-server';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const template = '/zh-cn/templates/status-update/';
const checklist = '/checklists/quality/';

let browser: Browser;
let dir: string;
let server: { url: string; close: () => Promise<void> };
beforeAll(async () => {
	browser = await launch();
	// A copy of the build on its own address, so this suite can rebuild it and no other suite meets its service worker.
	dir = join(mkdtempSync(join(tmpdir(), 'offline-site-')), 'dist');
	cpSync(dist, dir, { recursive: true });
	server = await serveStatic(`${dir}/`);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(join(dir, '..'), { recursive: true, force: true });
});

/** A page that records console errors and every request that is not to the site. */
async function open(context: BrowserContext): Promise<{ page: Page; errors: string[]; outside: string[] }> {
	const errors: string[] = [];
	const outside: string[] = [];
	context.on('request', (request) => {
		if (!request.url().startsWith(server.url) && !/^(data|blob):/.test(request.url())) outside.push(request.url());
	});
	const page = await context.newPage();
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	page.on('pageerror', (error) => errors.push(error.message));
	return { page, errors, outside };
}

/** Waits until the service worker has precached the site and controls the page. */
async function installed(page: Page): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);
}

describe('offline', () => {
	it('opens a template and a checklist page with no network after one visit, and both work', async () => {
		const context = await browser.newContext();
		const { page, errors, outside } = await open(context);
		await page.goto(server.url + template);
		await installed(page);

		await context.setOffline(true);
		expect(
			await page.evaluate(() =>
				fetch('/', { cache: 'no-store' }).then(
					() => 'online',
					() => 'offline',
				),
			),
		).toBe('online');
		await page.reload();
		await page.fill('[name="what-happened"]', '完成了第一阶段的报表');
		await expect.poll(() => page.locator('[data-pb-preview]').textContent()).toContain('完成了第一阶段的报表');
		await expect.poll(() => page.locator('pb-quality-meter [data-quality="context"]').getAttribute('data-state')).toBe('covered');

		// A page's address typed without its closing slash leads to the page, as the web server would send it.
		await page.goto(server.url + template.replace(/\/$/, ''));
		expect(new URL(page.url()).pathname).toBe(template);
		await expect(page.locator('[name="what-happened"]').isVisible()).resolves.toBe(true);

		// A page never opened before: precached with the rest of the playbook.
		await page.goto(server.url + checklist);
		const box = page.locator('.pb-sheet .task-list-item input[type="checkbox"]').first();
		await box.check();
		await page.reload();
		await expect(box.isChecked()).resolves.toBe(true);

		// Search: Pagefind's index and its WebAssembly come from the precache too.
		await page.goto(`${server.url}/`);
		await page.locator('site-search button[data-open-modal]').click();
		await page.locator('#starlight__search input').fill('renewal');
		await page.locator('.pagefind-ui__result-link').first().waitFor();

		expect(errors).toEqual([]);
		expect(outside).toEqual([]);
		await context.close();
	});

	it('serves a new build after a rebuild, never a mix of the old and the new', async () => {
		const context = await browser.newContext();
		const opened = await open(context);
		let page = opened.page;
		const version = () =>
			page.evaluate(() => ({
				title: document.querySelector('h1')?.textContent?.trim() ?? '',
				styles: [...document.styleSheets]
					// The page's stylesheet (Starlight's with the components'), not the one for print.
					.filter((s) => s.href?.includes('/_astro/') && !s.media.mediaText.includes('print'))
					.map((s) => [s.href?.split('/').pop(), s.cssRules.length > 0]),
			}));
		await page.goto(server.url + template);
		await installed(page);
		const before = await version();
		expect(before.styles).toEqual([[expect.stringMatching(/\.css$/), true]]);

		// The rebuild: a page's wording and a stylesheet (a new hashed name, the old file gone), then a new service worker.
		const page1 = join(dir, 'zh-cn/templates/status-update/index.html');
		writeFileSync(page1, readFileSync(page1, 'utf8').replace(/(<h1[^>]*>)([^<]*)/, '$1$2（修订版）'));
		const oldCss = before.styles[0]![0] as string;
		const newCss = oldCss.replace(/\.css$/, 'v2.css');
		renameSync(join(dir, '_astro', oldCss), join(dir, '_astro', newCss));
		for (const file of htmlFiles(dir)) writeFileSync(file, readFileSync(file, 'utf8').replaceAll(oldCss, newCss));
		await writeServiceWorker(dir);

		// While a tab shows the old build, every load is the old build, whole: its page and its stylesheet.
		for (let load = 0; load < 3; load++) {
			await page.reload();
			expect(await version()).toEqual(before);
			await page.waitForTimeout(300);
		}
		// Once every tab of the site is closed, the next visit gets the new build, whole.
		await expect
			.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state), { timeout: 20_000 })
			.toBe('installed');
		await page.close();
		// The waiting worker takes over once the last tab is gone, which the browser does in its own time: until
		// then a visit may still get the old build, but always whole, never a mix. Each visit is a new tab, closed
		// after: a tab the old worker controls would keep it in charge of that tab's later loads, too.
		const after = { title: `${before.title}（修订版）`, styles: [[newCss, true]] };
		const seen: unknown[] = [];
		// Each tab's console errors, filled in as they come.
		const nextErrors: string[][] = [];
		await expect
			.poll(
				async () => {
					if (!page.isClosed()) await page.close();
					const next = await open(context);
					page = next.page;
					nextErrors.push(next.errors);
					await page.goto(server.url + template);
					seen.push(await version());
					return seen.at(-1);
				},
				{ timeout: 20_000, interval: 500 },
			)
			.toEqual(after);
		for (const visit of seen) expect([before, after]).toContainEqual(visit);

		// Offline, the new build is what the cache holds.
		await context.setOffline(true);
		await page.reload();
		expect(await version()).toEqual({ title: `${before.title}（修订版）`, styles: [[newCss, true]] });
		expect([...opened.errors, ...nextErrors.flat()]).toEqual([]);
		await context.close();
	});
});

function htmlFiles(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}
