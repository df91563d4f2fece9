import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playbook } from '../support/playbook.ts';
import { baseUrl, launch } from './support/browser';
import { htmlToPdfThroughDocx } from './support/libreoffice';
import { lineStartingWith, pdfLines, type PdfLine } from './support/pdf-layout';
import { comparable } from './support/pdf';

/**
 * Desktop Outlook renders mail with Word's HTML engine. LibreOffice's Writer reads HTML the way Word
 * does in the ways that matter here (it drops what it cannot parse, ignores max-width, keeps one font
 * per script), so the copied HTML goes through it, HTML -> DOCX -> PDF, and its layout is compared with
 * the browser's rendering of the same HTML.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const shots = `${root}test-results/email-in-word/`;
mkdirSync(shots, { recursive: true });

// A landscape page wider than the email, so that a lost width shows as text running past it.
const page = '<style>@page { size: 297mm 210mm; margin: 10mm }</style>';
const wrap = (html: string) =>
	`<!doctype html><html><head><meta charset="utf-8">${page}</head><body style="margin:0">${html}</body></html>`;

const samples = {
	en: {
		'client-name': 'Acme Trading',
		'your-name': 'Lee Chen',
		company: 'Northwind Advisory',
		recipient: 'Dana',
		'what-happened':
			'We finished the first report and checked every figure with your finance team, so the numbers you will present next week match your ledger line by line.',
		'what-is-next': 'Review the report on Friday at 10:00, led by Lee.',
		cadence: 'Weekly call on Monday at 10:00, 30 minutes, with the delivery lead and your operations manager.',
		'update-format': 'Every update answers three questions: what happened, what matters, what is next.',
		'next-step': 'Send the framework to Dana by Thursday (Lee).',
	},
	zh: {
		'client-name': '华北贸易',
		'your-name': '李明',
		company: '远航咨询',
		recipient: '王经理',
		'what-happened':
			'我们完成了第一版报告，并和贵司财务团队逐项核对了数据，下周汇报时使用的每一个数字都与账目一致，“引号”和句号也按中文排版。',
		'what-is-next': '周五上午十点评审报告，由李明主持。',
		cadence: '每周一上午十点例会，三十分钟，交付负责人和贵司运营经理参加。',
		'update-format': '每次更新回答三个问题：发生了什么、有什么影响、下一步是什么。',
		'next-step': '周四前把沟通框架发给王经理，由李明负责。',
	},
};

interface Layout {
	/** How far the first section heading starts right of the text's left edge, in points. */
	headingIndent: number | undefined;
	/** From the top of the signature's name line to the top of its company line, in points. */
	signatureGap: number | undefined;
	/** From the leftmost to the rightmost text, in points. */
	textWidth: number;
	text: string;
}

function layoutOf(lines: readonly PdfLine[], html: string): Layout {
	const left = Math.min(...lines.map((l) => l.xMin));
	const heading = /<h2 [^>]*>([^<]+)<\/h2>/.exec(html)?.[1];
	// An email ends with the signature: name, then company, each its own paragraph.
	const signature = [...html.matchAll(/<p [^>]*>([^<]+)<\/p>/g)].slice(-2).map((m) => m[1]!);
	const isEmail = !html.includes('<h1 ');
	return {
		headingIndent: heading ? lineStartingWith(lines, heading).xMin - left : undefined,
		signatureGap: isEmail ? lineStartingWith(lines, signature[1]!).yMin - lineStartingWith(lines, signature[0]!).yMin : undefined,
		textWidth: Math.max(...lines.map((l) => l.xMax)) - left,
		text: comparable(lines.map((l) => l.text).join('')),
	};
}

let browser: Browser;
let context: BrowserContext;
const work = mkdtempSync(join(tmpdir(), 'pb-email-word-'));
beforeAll(async () => {
	browser = await launch();
	context = await browser.newContext();
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
});
afterAll(async () => {
	await browser?.close();
	rmSync(work, { recursive: true, force: true });
});

/** Fills a template with the sample and returns what "Copy for email" put on the clipboard as HTML. */
async function copiedHtml(prefix: string, id: string, values: Record<string, string>): Promise<string> {
	const tab = await context.newPage();
	await tab.goto(`${baseUrl()}/${prefix ? `${prefix}/` : ''}templates/${id}/`);
	await tab.bringToFront();
	for (const [name, value] of Object.entries(values)) {
		const control = tab.locator(`.pb-tpl__form [name="${name}"]`);
		if (await control.count()) await control.fill(value);
	}
	await tab.fill('[name="date"]', '2026-03-05');
	await tab.click('[data-action="email"]');
	await tab.waitForFunction(() => document.querySelector('[data-pb-status]')?.textContent);
	const html = await tab.evaluate(async () => {
		const [item] = await navigator.clipboard.read();
		return item ? (await item.getType('text/html')).text() : '';
	});
	await tab.close();
	return html;
}

describe('copied emails in a Word-like engine (LibreOffice, HTML -> DOCX -> PDF)', () => {
	// The published locales, each at its path prefix ("" for the default locale).
	const locales = playbook.locales
		.filter((l) => l.status === 'published')
		.map((l) => ({ code: l.code, lang: l.lang, prefix: l.code === playbook.defaultLocale.code ? '' : l.code }));
	const cases = locales.flatMap((locale) =>
		['status-update', 'communication-framework'].map((id) => ({ locale, id, name: `${id}-${locale.code}` })),
	);
	const copied = new Map<string, string>();
	const word = new Map<string, PdfLine[]>();

	beforeAll(async () => {
		for (const { locale, id, name } of cases)
			copied.set(name, await copiedHtml(locale.prefix, id, locale.prefix ? samples.zh : samples.en));
		const files = cases.map(({ name }) => {
			const file = join(work, `${name}.html`);
			writeFileSync(file, wrap(copied.get(name)!));
			return file;
		});
		htmlToPdfThroughDocx(files, work).forEach((pdf, n) => {
			word.set(cases[n]!.name, pdfLines(pdf));
			execFileSync('pdftoppm', ['-png', '-r', '72', '-singlefile', pdf, `${shots}${cases[n]!.name}-word`]);
		});
	}, 180_000);

	it.each(cases)('keeps the text, heading indent, signature spacing and width of $name', async ({ name }) => {
		const html = copied.get(name)!;
		const tab = await context.newPage();
		await tab.setContent(wrap(html));
		const pdf = join(work, `${name}-browser.pdf`);
		writeFileSync(pdf, await tab.pdf({ preferCSSPageSize: true }));
		await tab.close();
		const browserLayout = layoutOf(pdfLines(pdf), html);
		const wordLayout = layoutOf(word.get(name)!, html);

		expect(wordLayout.text).toBe(browserLayout.text);
		if (browserLayout.headingIndent !== undefined)
			expect(Math.abs(wordLayout.headingIndent! - browserLayout.headingIndent)).toBeLessThan(1.5);
		if (browserLayout.signatureGap !== undefined) expect(wordLayout.signatureGap! / browserLayout.signatureGap).toBeCloseTo(1, 1);
		// 640 CSS pixels are 480 points; the text wraps within them in both.
		expect(browserLayout.textWidth).toBeLessThanOrEqual(480.5);
		expect(wordLayout.textWidth).toBeLessThanOrEqual(480.5);
		expect(wordLayout.textWidth / browserLayout.textWidth).toBeCloseTo(1, 1);
	});

	it.each(cases)('marks the copied HTML of $name with its language', ({ locale, name }) => {
		const html = copied.get(name)!;
		expect(html).toMatch(new RegExp(`^(<meta[^>]*>)?<table [^>]*lang="${locale.lang}"`));
	});
});
