import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openPage, type PageWatch } from './support/browser';
import { launchWithSiteDataBlocked } from './support/blocked-storage';

/**
 * The theme (Starlight's light/dark picker, overridden in src/components/overrides/) for readers whose
 * browser will not keep site data: blocked entirely, or full.
 */
const homes = [
	{ lang: 'en', path: '/' },
	{ lang: 'zh-CN', path: '/zh-cn/' },
];
const schemes = ['light', 'dark'] as const;
const cases = homes.flatMap((home) =>
	schemes.map((scheme) => ({ ...home, scheme, other: scheme === 'light' ? ('dark' as const) : ('light' as const) })),
);

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset['theme']);
/** Media-query change events reach the page with its next frames. */
const settled = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
// The header's picker; the mobile menu has a second one.
const picker = (page: Page) => page.locator('header starlight-theme-select select');

async function visit(context: BrowserContext, path: string): Promise<{ page: Page; watch: PageWatch }> {
	const opened = await openPage(context);
	await opened.page.goto(baseUrl() + path);
	await opened.page.waitForLoadState('networkidle');
	return opened;
}

describe.each(cases)('with site data blocked ($lang, $scheme system theme)', ({ path, scheme, other }) => {
	it('follows the system theme, switches with the picker for the visit, and throws nothing', async () => {
		const blocked = await launchWithSiteDataBlocked({ colorScheme: scheme });
		const { page, watch } = await visit(blocked.context, path);
		// The premise: this browser refuses the page its storage.
		await expect(page.evaluate(() => (() => localStorage)())).rejects.toThrow(/SecurityError|Access is denied/);

		expect(await theme(page)).toBe(scheme);
		expect(await picker(page).inputValue()).toBe('auto');
		await picker(page).selectOption(other);
		expect(await theme(page)).toBe(other);
		// The choice holds while the system theme changes back and forth; "auto" follows the system again.
		await page.emulateMedia({ colorScheme: other });
		await settled(page);
		await page.emulateMedia({ colorScheme: scheme });
		await settled(page);
		expect(await theme(page)).toBe(other);
		await picker(page).selectOption('auto');
		expect(await theme(page)).toBe(scheme);

		expect(watch.consoleErrors).toEqual([]);
		await blocked.close();
	});
});

describe('with storage that works or is full', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(async () => browser?.close());

	it.each(homes)('keeps the chosen theme across pages, as Starlight does ($lang)', async ({ path }) => {
		const context = await browser.newContext({ colorScheme: 'dark' });
		const { page, watch } = await visit(context, path);
		expect(await theme(page)).toBe('dark');
		await picker(page).selectOption('light');
		await page.goto(`${baseUrl()}${path}lifecycle/`);
		expect(await theme(page)).toBe('light');
		expect(await picker(page).inputValue()).toBe('light');
		expect(watch.consoleErrors).toEqual([]);
		await context.close();
	});

	it.each(homes)('switches the theme for the visit when storage is full, and throws nothing ($lang)', async ({ path }) => {
		const context = await browser.newContext({ colorScheme: 'light' });
		await context.addInitScript(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		const { page, watch } = await visit(context, path);
		await picker(page).selectOption('dark');
		expect(await theme(page)).toBe('dark');
		await page.reload();
		// Nothing could be kept: the next page follows the system again.
		expect(await theme(page)).toBe('light');
		expect(watch.consoleErrors).toEqual([]);
		await context.close();
	});
});
