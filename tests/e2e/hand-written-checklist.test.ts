import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './support/browser';
import { comparable, printToPdf } from './support/pdf';
import { serveStatic } from './support/static-server';

/**
 * A Markdown task list written by hand in an MDX page, built for real in a small Starlight site
 * (tests/fixtures/hand-written-checklist) with the site's Markdown pipeline, styles and components.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = `${root}tests/fixtures/hand-written-checklist/`;

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
beforeAll(async () => {
	execFileSync(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'build', '--root', fixture, '--silent'], { stdio: 'pipe' });
	server = await serveStatic(`${fixture}dist/`);
	browser = await launch();
}, 120_000);
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

async function open(path: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await page.route('**/favicon.svg', (route) =>
		route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' }),
	);
	await page.goto(`${server.url}${path}`);
	return page;
}

const boxes = (page: Page) => page.locator('.task-list-item input[type="checkbox"]');

describe('a hand-written checklist page', () => {
	it('has enabled, labelled boxes, keeps a box written as [x] ticked, and remembers ticks', async () => {
		const page = await open('/');
		const status = page.locator('pb-checklist [role="status"]');
		await expect(page.getByRole('checkbox', { name: /^Send the agenda/ }).isEnabled()).resolves.toBe(true);
		await expect(page.getByRole('checkbox', { name: 'Book the room' }).isChecked()).resolves.toBe(true);
		// The [x] box is the page as written: nothing was kept in this browser, so nothing is "restored".
		await expect(status.textContent()).resolves.toBe('');
		await page.getByRole('checkbox', { name: /^Send the agenda/ }).check();
		await page.reload();
		await expect(page.getByRole('checkbox', { name: /^Send the agenda/ }).isChecked()).resolves.toBe(true);
		await expect(status.textContent()).resolves.toMatch(/\S/);
		// The box written as [x] was not clicked: the first save kept it ticked with the rest.
		await expect(page.getByRole('checkbox', { name: 'Book the room' }).isChecked()).resolves.toBe(true);
		await page.getByRole('checkbox', { name: 'Book the room' }).uncheck();
		await page.reload();
		await expect(page.getByRole('checkbox', { name: 'Book the room' }).isChecked()).resolves.toBe(false);
		await expect(page.getByRole('checkbox', { name: /^Send the agenda/ }).isChecked()).resolves.toBe(true);
		await page.context().close();
	});

	it.each(['A4', 'Letter'] as const)('prints on one %s page like a generated checklist', async (format) => {
		const page = await open('/');
		const pdf = await printToPdf(page, format);
		const text = comparable(pdf.texts.join(''));
		expect(pdf.pages).toBe(1);
		for (const wanted of [
			'Kickoff meeting checklist',
			'Before the meeting',
			'Send the agenda',
			'Book the room',
			'Confirm goals',
			'Notes',
			'https://fixture.example.com/',
		])
			expect(text).toContain(comparable(wanted));
		for (const chrome of ['Search', 'Print', 'Clear ticks', 'A bare task list']) expect(text).not.toContain(comparable(chrome));
		await page.context().close();
	});
});

describe('a bare task list on a page', () => {
	it('gets labelled boxes that work without the checklist component', async () => {
		const page = await open('/bare/');
		await expect(boxes(page).count()).resolves.toBe(5);
		await page.getByText('Name the escalation path').click();
		await expect(page.getByRole('checkbox', { name: 'Name the escalation path' }).isChecked()).resolves.toBe(true);
		await page.context().close();
	});

	it.each(['screen', 'print'] as const)(
		'sets a loose list (blank lines between items) like a tight one on %s: box beside its label, a note under the label',
		async (media) => {
			const page = await open('/bare/');
			await page.emulateMedia({ media });
			const rows = [];
			for (const name of ['Agree the meeting cadence', 'Send the minutes', 'Share the action list']) {
				const box = (await page.getByRole('checkbox', { name }).boundingBox())!;
				const label = (await page.locator('label', { hasText: name }).boundingBox())!;
				rows.push({ box, label });
				// On the label's row, its middle within the label's line, with a gap before the text.
				expect(Math.abs(box.y + box.height / 2 - (label.y + label.height / 2)), name).toBeLessThan(4);
				expect(label.x - (box.x + box.width), name).toBeGreaterThan(6);
			}
			// The same indent for the text in a tight and a loose list.
			expect(rows[1]!.label.x).toBeCloseTo(rows[0]!.label.x, 0);
			// Where the note's words start, not its box.
			const note = await page.getByText('With the owners and dates agreed').evaluate((p) => {
				const range = document.createRange();
				range.selectNodeContents(p);
				return range.getClientRects()[0]!.toJSON() as { x: number; y: number };
			});
			expect(note.x).toBeCloseTo(rows[2]!.label.x, 0);
			expect(note.y).toBeGreaterThan(rows[2]!.label.y + rows[2]!.label.height);
			if (media === 'screen') {
				await page.getByText('Book the next review').click();
				await expect(page.getByRole('checkbox', { name: 'Book the next review' }).isChecked()).resolves.toBe(true);
			}
			await page.context().close();
		},
	);

	it('prints without the site chrome, keeping its own title', async () => {
		const page = await open('/bare/');
		const pdf = await printToPdf(page, 'Letter');
		const text = comparable(pdf.texts.join(''));
		expect(pdf.pages).toBe(1);
		for (const wanted of ['A bare task list', 'Agree the meeting cadence', 'Name the escalation path'])
			expect(text).toContain(comparable(wanted));
		for (const chrome of ['Search', 'Kickoff meeting checklist', 'Fixture playbook']) expect(text).not.toContain(comparable(chrome));
		await page.context().close();
	});
});
