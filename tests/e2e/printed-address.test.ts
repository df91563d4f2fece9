import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from './support/built-site';
import { launch, openInFreshContext } from './support/browser';
import { comparable, printToPdf } from './support/pdf';

/**
 * The address a printed checklist carries at its foot: the page's public address when the site was built
 * with SITE_URL, else the site title and the page's path; never a placeholder domain. (The hand-written
 * checklist fixture, built with an address, prints it in full: hand-written-checklist.test.ts.)
 */

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => browser?.close());

const open = (path: string): Promise<Page> => openInFreshContext(browser, path);

describe.each(['', '/zh-cn'])('printed checklists (%s/)', (prefix) => {
	it('carry the page’s address, or the site title and page path when the build has none', async () => {
		const path = `${prefix}/checklists/risk-audit/`;
		const page = await open(path);
		const siteTitle = (await page.locator('.site-title').textContent())?.trim() ?? '';
		const title = (await page.locator('h1').textContent())?.trim() ?? '';
		const text = comparable((await printToPdf(page, 'A4')).texts.join(''));
		expect(text).toContain(comparable(`${title} · ${siteTitle} · ${builtSite ? new URL(path, builtSite).href : path}`));
		expect(text).not.toContain('example.com');
		await page.context().close();
	});

	it('give each sheet of the print-all booklet its own address', async () => {
		const page = await open(`${prefix}/checklists/print-all/`);
		const footers = await page.locator('.pb-sheet__footer').allTextContents();
		const pdf = await printToPdf(page, 'Letter');
		expect(pdf.pages).toBe(footers.length);
		footers.forEach((footer, n) => {
			expect(footer).toMatch(new RegExp(`· ${builtSite ?? ''}${prefix}/checklists/[a-z-]+/$`));
			expect(comparable(pdf.texts[n] ?? '')).toContain(comparable(footer));
		});
		await page.context().close();
	});
});
