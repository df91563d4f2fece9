import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sheet } from '../../src/generate/checklist-sheets.ts';
import { pairedLocale } from '../../src/lib/locale-pairs.ts';
import { contentOf, playbook, sheetsOf, ui } from '../support/playbook.ts';
import { INDEX_KEY, recordId, recordKey } from '../../src/lib/workspace/record';
import { baseUrl, launch, openPage } from './support/browser';
import { comparable, printToPdf } from './support/pdf';

const english = playbook.defaultLocale;

interface LocaleCase {
	id: string;
	prefix: string;
	sheets: Sheet[];
	/** The other locale's sheets, which the bilingual print adds. */
	altSheets: Sheet[];
	/** Words of the site chrome that a printed checklist must not show. */
	chrome: string[];
}

const cases: LocaleCase[] = playbook.locales.map((locale) => {
	const other = pairedLocale(playbook, locale)!;
	const t = (key: string) => ui(locale.code, key);
	return {
		id: locale.code,
		prefix: locale.prefix ? `/${locale.prefix}` : '',
		sheets: sheetsOf(locale.code),
		altSheets: sheetsOf(other.code),
		chrome: [
			t('pb.sidebar.playbook'),
			t('pb.sidebar.frameworks'),
			contentOf(locale.code).pages.lifecycle!.page!.title!,
			t('pb.checklist.print'),
			t('pb.checklist.reset'),
			t('pb.checklist.bilingual'),
			// The client picker is for the screen only.
			t('pb.workspace.client'),
			t('pb.workspace.new'),
			// Starlight's own chrome, in the page's language.
			locale.lang === 'en' ? 'Search' : '搜索',
			locale.lang === 'en' ? 'Previous' : '上一页',
		],
	};
});

/** Everything a sheet must print: its title, group headings, items and the pages items point to. */
const printedTextOf = (sheet: Sheet): string[] => [
	sheet.title,
	...sheet.groups.flatMap((group) => [
		...(group.heading ? [group.heading] : []),
		...group.items.flatMap((item) => [item.text, ...(item.links ?? []).map((l) => l.text)]),
	]),
];

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function open(
	path: string,
	options: { javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; consoleErrors: string[] }> {
	// The service worker would precache the whole site in every new context; offline.test.ts tests it.
	const context = await browser.newContext({ serviceWorkers: 'block', ...options });
	const { page, watch } = await openPage(context);
	// The site has no favicon yet; its 404 is not this suite's concern.
	await page.route('**/favicon.svg', (route) =>
		route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' }),
	);
	await page.goto(`${baseUrl()}${path}`);
	return { context, page, consoleErrors: watch.consoleErrors };
}

describe.each(cases)('checklists in $id', ({ prefix, sheets, altSheets, chrome }) => {
	describe.each(sheets.map((sheet, n) => ({ sheet, alt: altSheets[n]!, id: sheet.id })))('$id', ({ sheet, alt }) => {
		const path = `${prefix}/checklists/${sheet.id}/`;
		// Other sheets' titles must not print, unless this sheet's own text names them (the quarterly review points to the
		// value review agenda).
		const others = sheets
			.filter((other) => other.id !== sheet.id)
			.map((other) => other.title)
			.filter((title) => !JSON.stringify(sheet).includes(title));

		it.each(['A4', 'Letter'] as const)('prints on exactly one %s page with its title and every item and no site chrome', async (format) => {
			const { context, page, consoleErrors } = await open(path);
			const pdf = await printToPdf(page, format);
			const text = comparable(pdf.texts.join('\n'));
			expect(pdf.pages).toBe(1);
			for (const wanted of printedTextOf(sheet)) expect(text).toContain(comparable(wanted));
			for (const unwanted of [...chrome, ...others]) expect(text).not.toContain(comparable(unwanted));
			expect(consoleErrors).toEqual([]);
			await context.close();
		});

		// A sheet with many boxes (the onboarding checklist: every output of the four steps, stated so it can be checked)
		// prints a size smaller; in both languages it takes two pages, the second headed by its title again.
		it.each(['A4', 'Letter'] as const)(
			'prints bilingually on one %s page (two for a dense sheet), every item in both languages',
			async (format) => {
				const { context, page } = await open(path);
				await page.locator('.pb-bilingual').check();
				const dense = (await page.locator('.pb-sheet--dense').count()) > 0;
				const pdf = await printToPdf(page, format);
				const text = comparable(pdf.texts.join('\n'));
				expect(pdf.pages).toBe(dense ? 2 : 1);
				if (dense) expect(comparable(pdf.texts[1] ?? '')).toContain(comparable(sheet.title));
				for (const wanted of [...printedTextOf(sheet), alt.title, ...alt.groups.flatMap((g) => g.items.map((i) => i.text))])
					expect(text).toContain(comparable(wanted));
				for (const unwanted of chrome) expect(text).not.toContain(comparable(unwanted));
				await context.close();
			},
		);
	});

	it.each(['A4', 'Letter'] as const)('prints all checklists with one checklist per %s page', async (format) => {
		const { context, page } = await open(`${prefix}/checklists/print-all/`);
		const pdf = await printToPdf(page, format);
		expect(pdf.pages).toBe(sheets.length);
		sheets.forEach((sheet, n) => {
			const text = comparable(pdf.texts[n] ?? '');
			for (const wanted of printedTextOf(sheet)) expect(text).toContain(comparable(wanted));
			for (const unwanted of chrome) expect(text).not.toContain(comparable(unwanted));
		});
		await context.close();
	});

	it('prints all checklists bilingually, still one per page (two for a dense sheet)', async () => {
		const { context, page } = await open(`${prefix}/checklists/print-all/`);
		await page.locator('.pb-bilingual').check();
		const dense = await page.locator('.pb-sheet--dense').count();
		for (const format of ['A4', 'Letter'] as const) expect((await printToPdf(page, format)).pages).toBe(sheets.length + dense);
		await context.close();
	});

	it('links every checklist and the print-all booklet from the index', async () => {
		const { context, page } = await open(`${prefix}/checklists/`);
		for (const sheet of sheets) await expect(page.locator(`main a[href$="/checklists/${sheet.id}/"]`).count()).resolves.toBeGreaterThan(0);
		await expect(page.locator('main a[href$="/checklists/print-all/"]').count()).resolves.toBe(1);
		await context.close();
	});
});

/** The storage key of a sheet of the English site, for the client the page is editing (the only one). */
async function sheetKey(page: Page, id: string): Promise<string> {
	const index = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), INDEX_KEY)) ?? '{}') as { clients: { id: string }[] };
	return recordKey(index.clients[0]!.id, recordId(english.code, 'checklist', id));
}

describe('ticks in the browser', () => {
	const path = `/checklists/pre-close/`;

	it('keeps ticks and fields after a reload, per checklist and per locale, and announces them', async () => {
		const { context, page } = await open(path);
		const boxes = page.locator('.pb-sheet .task-list-item input[type="checkbox"]');
		await boxes.nth(0).check();
		await boxes.nth(2).check();
		await expect(page.locator('.pb-status').textContent()).resolves.toMatch(/2/);
		await page.getByRole('textbox', { name: ui(english.code, 'pb.checklist.client'), exact: true }).fill('Acme');
		await page.reload();
		await expect(boxes.nth(0).isChecked()).resolves.toBe(true);
		await expect(boxes.nth(1).isChecked()).resolves.toBe(false);
		await expect(boxes.nth(2).isChecked()).resolves.toBe(true);
		await expect(page.getByRole('textbox', { name: ui(english.code, 'pb.checklist.client'), exact: true }).inputValue()).resolves.toBe(
			'Acme',
		);
		await expect(page.locator('.pb-status').textContent()).resolves.toMatch(/2/);

		await page.goto(`${baseUrl()}/zh-cn${path}`);
		await expect(page.locator('.pb-sheet input[type="checkbox"]:checked').count()).resolves.toBe(0);
		await page.goto(`${baseUrl()}/checklists/stabilization/`);
		await expect(page.locator('.pb-sheet input[type="checkbox"]:checked').count()).resolves.toBe(0);
		await context.close();
	});

	it('counts the risk signals noticed apart from the actions done, in one status sentence of the page’s language', async () => {
		for (const locale of playbook.locales.filter((l) => l.status === 'published')) {
			const { context, page } = await open(`${locale.prefix ? `/${locale.prefix}` : ''}${path}`);
			const actions = page.locator('.pb-sheet .task-list-item input:not([data-kind=signals] input)');
			await actions.nth(0).check();
			await page.locator('.pb-sheet [data-kind=signals] .task-list-item input').nth(1).check();
			const saved = ui(locale.code, 'pb.checklist.saved')
				.replace('{done}', '1')
				.replace('{total}', `${await actions.count()}`);
			const status = await page.locator('.pb-status').textContent();
			expect(status, locale.code).toBe(ui(locale.code, 'pb.checklist.signals').replace('{status}', saved).replace('{n}', '1'));
			// Chinese, Japanese and Korean sentences follow each other with no space after the full stop.
			if (/^(zh|ja|ko)/.test(locale.lang)) expect(status, locale.code).not.toMatch(/[。！？] /);
			await context.close();
		}
	});

	it('clears ticks and fields with Reset, also after a reload', async () => {
		const { context, page } = await open(path);
		const boxes = page.locator('.pb-sheet .task-list-item input[type="checkbox"]');
		await boxes.nth(1).check();
		await page.getByRole('button', { name: ui(english.code, 'pb.checklist.reset') }).click();
		await expect(page.locator('.pb-sheet input[type="checkbox"]:checked').count()).resolves.toBe(0);
		await expect(page.locator('.pb-status').textContent()).resolves.toBe(ui(english.code, 'pb.checklist.cleared'));
		await page.reload();
		await expect(page.locator('.pb-sheet input[type="checkbox"]:checked').count()).resolves.toBe(0);
		const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), await sheetKey(page, 'pre-close'))) ?? '{}');
		expect(stored).toMatchObject({ values: {}, ticks: [] });
		await context.close();
	});

	it('ignores stored data of the wrong shape and overwrites it on the next tick', async () => {
		const { context, page, consoleErrors } = await open(path);
		// The first tick creates the client the sheet is stored under.
		await page.locator('.pb-sheet .task-list-item input[type="checkbox"]').nth(1).check();
		await page.locator('.pb-sheet .task-list-item input[type="checkbox"]').nth(1).uncheck();
		const key = await sheetKey(page, 'pre-close');
		for (const junk of [
			'{not json',
			'[1,2]',
			'{"ticks":"all","values":{}}',
			'{"t":1,"ticks":[1],"values":{}}',
			'{"t":1,"values":{"client":3}}',
			'null',
		]) {
			await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, junk]);
			await page.reload();
			await expect(page.locator('.pb-sheet input[type="checkbox"]:checked').count()).resolves.toBe(0);
		}
		await page.locator('.pb-sheet .task-list-item input[type="checkbox"]').first().check();
		const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key)) ?? '{}') as { ticks: string[] };
		expect(stored.ticks).toHaveLength(1);
		expect(consoleErrors).toEqual([]);
		await context.close();
	});

	it('can be ticked from the keyboard, and every box has a label', async () => {
		const { context, page } = await open(path);
		const first = page.locator('.pb-sheet .task-list-item input[type="checkbox"]').first();
		await first.focus();
		await page.keyboard.press('Space');
		await expect(first.isChecked()).resolves.toBe(true);
		const unlabelled = await page
			.locator('.pb-sheet input, .pb-sheet textarea')
			.evaluateAll((controls) => controls.filter((control) => (control as HTMLInputElement).labels?.length === 0).length);
		expect(unlabelled).toBe(0);
		await context.close();
	});

	it('has no serious accessibility violations', async () => {
		const { context, page } = await open('/zh-cn/checklists/risk-audit/');
		await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
		const violations = await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run: (context: Element) => Promise<{ violations: { id: string; impact: string }[] }> } })
				.axe;
			const result = await axe.run(document.querySelector('main')!);
			return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
		});
		expect(violations).toEqual([]);
		await context.close();
	});
});

describe('without JavaScript', () => {
	it('still has working, labelled boxes, hides Print and Reset, and prints on one page (two in both languages when dense)', async () => {
		const { context, page } = await open('/zh-cn/checklists/onboarding/', { javaScriptEnabled: false });
		await expect(
			page.locator('[data-action]').evaluateAll((buttons) => buttons.every((b) => !(b as HTMLElement).checkVisibility())),
		).resolves.toBe(true);
		const first = page.locator('.pb-sheet .task-list-item input[type="checkbox"]').first();
		await expect(first.isDisabled()).resolves.toBe(false);
		await page.locator('.pb-sheet .task-list-item label').first().click();
		await expect(first.isChecked()).resolves.toBe(true);
		for (const format of ['A4', 'Letter'] as const) expect((await printToPdf(page, format)).pages).toBe(1);
		// In both languages a dense sheet (this one) takes two pages, as with JavaScript.
		const dense = (await page.locator('.pb-sheet--dense').count()) > 0;
		await page.locator('.pb-bilingual').check();
		for (const format of ['A4', 'Letter'] as const) expect((await printToPdf(page, format)).pages).toBe(dense ? 2 : 1);
		await context.close();
	});
});

describe('agenda owners', () => {
	it('are set in italics in English and upright in Chinese, where slanted glyphs read as a fault', async () => {
		for (const [path, style] of [
			['/checklists/kickoff/', 'italic'],
			['/zh-cn/checklists/kickoff/', 'normal'],
		] as const) {
			const { context, page } = await open(path);
			const owners = page.locator('.pb-sheet .task-list-item em:not(.pb-alt em)');
			expect(await owners.count(), path).toBeGreaterThan(0);
			expect(await owners.evaluateAll((ems) => [...new Set(ems.map((em) => getComputedStyle(em).fontStyle))]), path).toEqual([style]);
			await context.close();
		}
	});
});

describe('JavaScript budget', () => {
	/** Gzipped bytes of the scripts a page runs, by URL (inline scripts keyed by their text). */
	async function scriptsOf(path: string): Promise<Map<string, number>> {
		const context = await browser.newContext();
		const { page } = await openPage(context);
		const sizes = new Map<string, number>();
		page.on('response', async (response) => {
			if (response.request().resourceType() === 'script') sizes.set(response.url(), gzipSync(await response.body()).length);
		});
		await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
		for (const inline of await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((s) => s.textContent ?? '')))
			sizes.set(`inline:${inline}`, gzipSync(inline).length);
		await context.close();
		return sizes;
	}

	it('ships at most 3 KB gzip of its own JavaScript on a checklist page, client picker included', async () => {
		const content = await scriptsOf('/principles/');
		for (const path of ['/checklists/risk-audit/', '/zh-cn/checklists/print-all/']) {
			const own = [...(await scriptsOf(path))].filter(([key]) => !content.has(key));
			const bytes = own.reduce((sum, [, size]) => sum + size, 0);
			expect(bytes, own.map(([key, size]) => `${key.slice(0, 80)}: ${size}`).join('\n')).toBeLessThanOrEqual(3 * 1024);
		}
	});
});
