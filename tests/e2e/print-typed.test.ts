import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openInFreshContext } from './support/browser';
import { comparable, readPdf } from './support/pdf';

/**
 * What people type prints in full: a long client name wraps instead of being cut, every line of the
 * notes prints and long notes carry on over a second page that repeats the title, and a focused field
 * prints like any other. PDF pages are also saved as PNG in test-results/print-typed/ to look at.
 */
const shots = fileURLToPath(new URL('../../test-results/print-typed/', import.meta.url));
mkdirSync(shots, { recursive: true });

const samples = {
	'': {
		client: 'Northwind International Trading Group, Shanghai branch, supply chain digital transformation, phase two',
		note: (n: number) => `Line ${n}: the client asked us to confirm the budget and the timeline with their finance team.`,
	},
	'/zh-cn': {
		client: '华北国际贸易集团有限公司上海分公司供应链数字化转型项目第二期',
		note: (n: number) => `第 ${n} 条：客户请我们下周和对方财务团队再确认一次预算和时间表。`,
	},
};

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => browser?.close());

/**
 * Prints as the browser's own print does (which fires `beforeprint`), keeping the PDF and PNGs of its
 * pages. `all` is the text in the order it was printed, so that a value wrapped over several lines in
 * one column reads as one, whatever stands in the next column.
 */
async function print(page: Page, name: string) {
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4' });
	await page.emulateMedia({ media: 'screen' });
	const file = `${shots}${name}.pdf`;
	writeFileSync(file, pdf);
	execFileSync('pdftoppm', ['-png', '-r', '60', file, `${shots}${name}`]);
	return { ...readPdf(pdf), all: comparable(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' })) };
}

async function fillSheet(page: Page, client: string, notes: string) {
	await page.fill('.pb-sheet [name="client"]', client);
	await page.fill('.pb-sheet [name="notes"]', notes);
}

describe.each(Object.entries(samples))('a printed checklist (%s/)', (prefix, sample) => {
	const path = `${prefix}/checklists/risk-audit/`;
	const lang = prefix ? 'zh-cn' : 'en';

	it('prints a long client name and 30 lines of notes in full, the rest of the notes on a second page with the title', async () => {
		const page = await openInFreshContext(browser, path);
		const title = (await page.locator('h1').textContent())?.trim() ?? '';
		const lines = Array.from({ length: 30 }, (_, n) => sample.note(n + 1));
		await fillSheet(page, sample.client, lines.join('\n'));
		// Printed after a reload: values the page restores print as well as values just typed.
		await page.reload();
		const pdf = await print(page, `long-notes-${lang}`);
		expect(pdf.pages).toBe(2);
		for (const wanted of [sample.client, ...lines]) expect(pdf.all).toContain(comparable(wanted));
		expect(comparable(pdf.texts[1] ?? '').startsWith(comparable(title))).toBe(true);
		await page.context().close();
	});

	it('still prints on one page with a few lines of notes', async () => {
		const page = await openInFreshContext(browser, path);
		const lines = [1, 2, 3].map(sample.note);
		await fillSheet(page, sample.client, lines.join('\n'));
		const pdf = await print(page, `short-notes-${lang}`);
		expect(pdf.pages).toBe(1);
		for (const wanted of [sample.client, ...lines]) expect(pdf.all).toContain(comparable(wanted));
		await page.context().close();
	});

	it('prints a focused field and a focused box exactly as unfocused ones', async () => {
		const page = await openInFreshContext(browser, path);
		await fillSheet(page, sample.client, sample.note(1));
		await page.locator('.pb-sheet [name="client"]').blur();
		await print(page, `unfocused-${lang}`);
		await page.locator('.pb-sheet [name="client"]').focus();
		await print(page, `focused-field-${lang}`);
		// From the keyboard, so that the box shows its focus ring on screen.
		await page.locator('.pb-sheet .task-list-item input').first().focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		await print(page, `focused-box-${lang}`);
		const png = (name: string) => readFileSync(`${shots}${name}-1.png`);
		expect(png(`focused-field-${lang}`).equals(png(`unfocused-${lang}`))).toBe(true);
		expect(png(`focused-box-${lang}`).equals(png(`unfocused-${lang}`))).toBe(true);
		await page.context().close();
	});
});

describe.each(Object.entries(samples))('a printed blank template form (%s/)', (prefix, sample) => {
	it('prints a long client name in full', async () => {
		const page = await openInFreshContext(browser, `${prefix}/templates/client-summary/`);
		await page.fill('[name="client-name"]', sample.client);
		const pdf = await print(page, `blank-form-${prefix ? 'zh-cn' : 'en'}`);
		expect(pdf.all).toContain(comparable(sample.client));
		await page.context().close();
	});
});
