import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** The system Chromium; never a downloaded one. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
	if (!existsSync(chromiumPath))
		throw new Error(`No Chromium at ${chromiumPath}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
	return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** Headless, offline-friendly flags for every Chromium the suite starts. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];

export const baseUrl = (): string => inject('baseUrl');

/** What a page did that a reader should never see: console errors and requests leaving the site. */
export interface PageWatch {
	consoleErrors: string[];
	externalRequests: string[];
}

/**
 * A page that records console errors and blocks (and records) every request to another origin, so a
 * test can assert that nothing leaves the local server.
 */
export async function openPage(context: BrowserContext): Promise<{ page: Page; watch: PageWatch }> {
	const watch: PageWatch = { consoleErrors: [], externalRequests: [] };
	const page = await context.newPage();
	const origin = new URL(baseUrl()).origin;
	page.on('console', (message) => {
		if (message.type() === 'error') watch.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
	await page.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
		watch.externalRequests.push(url);
		return route.abort();
	});
	return { page, watch };
}

/** `path` of the served site in a page of its own fresh context (nothing stored); close with `page.context().close()`. */
export async function openInFreshContext(browser: Browser, path: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await page.goto(baseUrl() + path);
	return page;
}
