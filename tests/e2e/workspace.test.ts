import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_FORMAT } from '../../src/lib/workspace/schema';
import { MAX_FILE_BYTES } from '../../src/lib/workspace/transfer';
import { launch, openPage } from './support/browser';
import {
	currentName,
	newClient,
	picker,
	pickerStatus,
	say,
	sayPattern,
	storageSnapshot,
	storedRecord,
	switchTo,
	ui,
	url,
} from './support/workspace';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function fresh(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
	const context = await browser.newContext({ acceptDownloads: true });
	const { page, watch } = await openPage(context);
	return { context, page, errors: watch.consoleErrors };
}

/** The same page in two tabs of one browser, with a client "Acme" made in the first and shown in both. */
async function twoTabs(path: string): Promise<{ context: BrowserContext; first: Page; second: Page }> {
	const { context, page: first } = await fresh();
	await first.goto(url('', path));
	await newClient(first, 'Acme');
	const second = await context.newPage();
	await second.goto(url('', path));
	await expect.poll(() => currentName(second)).toBe('Acme');
	return { context, first, second };
}

const field = (page: Page, name: string) => page.locator(`.pb-tpl__form [name="${name}"]`);
const preview = (page: Page) => page.locator('[data-pb-preview]');

/** Two clients, each with a welcome email, a status update and a ticked checklist of its own. */
async function fillTwoClients(page: Page): Promise<void> {
	for (const name of ['Acme', 'Beta']) {
		await page.goto(url('', 'templates/welcome-email/'));
		await newClient(page, name);
		await expect(field(page, 'client-name').inputValue()).resolves.toBe(name);
		await field(page, 'goals').fill(`${name} goals`);
		await page.goto(url('', 'templates/status-update/'));
		await expect.poll(() => currentName(page)).toBe(name);
		await field(page, 'what-happened').fill(`${name} report`);
		await page.goto(url('', 'checklists/pre-close/'));
		await page
			.locator('.pb-sheet .task-list-item input')
			.nth(name === 'Acme' ? 0 : 1)
			.check();
	}
}

/** What each client holds, read through the pages as a user would see it. */
async function expectTwoClients(page: Page): Promise<void> {
	for (const name of ['Acme', 'Beta']) {
		await page.goto(url('', 'templates/welcome-email/'));
		await switchTo(page, name);
		await expect(field(page, 'goals').inputValue()).resolves.toBe(`${name} goals`);
		await expect(preview(page).textContent()).resolves.not.toContain(name === 'Acme' ? 'Beta goals' : 'Acme goals');
		await page.goto(url('', 'templates/status-update/'));
		await expect(field(page, 'what-happened').inputValue()).resolves.toBe(`${name} report`);
		await page.goto(url('', 'checklists/pre-close/'));
		const ticked = await page
			.locator('.pb-sheet .task-list-item input')
			.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked));
		expect(ticked.slice(0, 2)).toEqual(name === 'Acme' ? [true, false] : [false, true]);
	}
}

describe('clients', () => {
	it('keeps two clients with two templates each apart, through switching and reloading', async () => {
		const { context, page, errors } = await fresh();
		await fillTwoClients(page);
		await page.reload();
		await expect.poll(() => currentName(page)).toBe('Beta');
		await expectTwoClients(page);
		// The page says whose work it shows, and announces a switch.
		await switchTo(page, 'Acme');
		await expect(pickerStatus(page).textContent()).resolves.toBe(say('en', 'switched', { name: 'Acme' }));
		expect(errors).toEqual([]);
		await context.close();
	});

	it('renames and deletes a client after asking, and deleting one leaves the other whole', async () => {
		const { context, page } = await fresh();
		await fillTwoClients(page);
		await page.goto(url('', 'templates/welcome-email/'));
		await switchTo(page, 'Acme');
		await page.click('[data-do="rename"]');
		await expect(page.locator('#pb-client-name').inputValue()).resolves.toBe('Acme');
		await page.fill('#pb-client-name', 'Acme Trading');
		await page.click('[data-do="ok"]');
		await expect.poll(() => currentName(page)).toBe('Acme Trading');
		await page.click('[data-do="delete"]');
		await expect(page.locator('[data-ask]').textContent()).resolves.toBe(say('en', 'askDelete', { name: 'Acme Trading' }));
		await page.click('[data-do="cancel"]');
		await expect(picker(page).locator('option').count()).resolves.toBe(2);
		await page.click('[data-do="delete"]');
		await page.click('[data-do="ok"]');
		await expect.poll(() => currentName(page)).toBe('Beta');
		await expect(pickerStatus(page).textContent()).resolves.toBe(say('en', 'deleted', { name: 'Acme Trading', other: 'Beta' }));
		await expect(field(page, 'goals').inputValue()).resolves.toBe('Beta goals');
		expect(Object.keys(await storageSnapshot(page)).filter((k) => k.includes('.template.') || k.includes('.checklist.'))).toHaveLength(3);
		await context.close();
	});

	it('moves drafts and ticks saved before clients existed into a client, without loss', async () => {
		const legacy = JSON.parse(readFileSync(new URL('../fixtures/legacy-storage/stored-values.json', import.meta.url), 'utf8')) as Record<
			string,
			string
		>;
		const { context, page, errors } = await fresh();
		// A content page loads no workspace code: storage is set as the old site left it.
		await page.goto(url('', 'principles/'));
		await page.evaluate((entries) => Object.entries(entries).forEach(([k, v]) => localStorage.setItem(k, v)), legacy);
		await page.goto(url('', 'templates/welcome-email/'));
		await expect.poll(() => currentName(page)).toBe('Acme Trading');
		await expect(field(page, 'goals').inputValue()).resolves.toBe('Grow exports to Asia by 20% this year.');
		await expect(field(page, 'your-name').inputValue()).resolves.toBe('Lee Chen');
		await page.goto(url('zh-cn', 'templates/status-update/'));
		await expect(field(page, 'what-is-next').inputValue()).resolves.toBe('周五上午十点评审报告，由李明主持。');
		await page.goto(url('zh-cn', 'templates/risk-audit/'));
		await expect(field(page, 'vague-rhythm.likelihood').inputValue()).resolves.toBe('3');
		await page.goto(url('', 'checklists/pre-close/'));
		// Ticks were saved under the item's wording; boxes now keep them under the item's id and read the old
		// wording from data-was. Every saved tick whose item still reads the same comes back ticked (an item
		// reworded since, here the decision-maker one, cannot be matched).
		const saved = (JSON.parse(legacy['pb.checklist.v1:en:pre-close']!) as { ticks: string[] }).ticks;
		const wordingOf = (boxes: Element[]) => boxes.map((b) => (b as HTMLInputElement).dataset['was'] ?? (b as HTMLInputElement).value);
		const all = page.locator('.pb-sheet .task-list-item input');
		const wordings = await all.evaluateAll(wordingOf);
		const matched = saved.filter((tick) => wordings.includes(tick));
		expect(matched.length).toBeGreaterThan(0);
		await expect(page.locator('.pb-sheet .task-list-item input:checked').evaluateAll(wordingOf)).resolves.toEqual(matched);
		// A tick given now is kept under the item's id, and the old wording of that box is dropped with it.
		await page.locator('.pb-sheet .task-list-item input[value="expectation-setting"]').uncheck();
		await page.locator('.pb-sheet .task-list-item input[value="decision-maker-mapping"]').check();
		const ticks = Object.entries(await storageSnapshot(page))
			.filter(([key]) => key.endsWith('.checklist.pre-close'))
			.flatMap(([, value]) => (JSON.parse(value) as { ticks?: string[] }).ticks ?? []);
		expect(ticks).toContain('decision-maker-mapping');
		expect(ticks.filter((t) => t.startsWith('expectation-setting'))).toEqual([]);
		await expect(page.locator('#pre-close-notes').inputValue()).resolves.toBe('Call Dana on Friday.\nBring the signed scope.');
		const left = Object.keys(await storageSnapshot(page)).filter((k) => !k.startsWith('pb.workspace.v1.'));
		expect(left).toEqual([]);
		await page.goto(url('', 'workspace/'));
		await expect(page.locator('tr[data-record="template.welcome-email"] [data-state]').textContent()).resolves.toBe(say('en', 'started'));
		expect(errors).toEqual([]);
		await context.close();
	});

	it('never lets an older tab overwrite what a newer tab saved', async () => {
		const { context, first, second } = await twoTabs('templates/welcome-email/');
		await field(first, 'goals').fill('Goals from the first tab');
		await expect.poll(() => field(second, 'goals').inputValue()).toBe('Goals from the first tab');
		await field(second, 'next-step').fill('Next step from the second tab');
		await expect.poll(() => field(first, 'next-step').inputValue()).toBe('Next step from the second tab');
		await field(first, 'contacts').fill('Dana, operations');
		await expect
			.poll(() => storedRecord(second, 'en.template.welcome-email').then((r) => r?.values))
			.toEqual({
				goals: 'Goals from the first tab',
				'next-step': 'Next step from the second tab',
				contacts: 'Dana, operations',
			});
		await expect(preview(second).textContent()).resolves.toContain('Dana, operations');
		await context.close();
	});
});

describe('a checklist open in two tabs', () => {
	it('shows a tick made in the other tab, with an up-to-date count, and clears the count for a client with none', async () => {
		const { context, first, second } = await twoTabs('checklists/pre-close/');
		const status = second.locator('pb-checklist [role="status"]');
		await first.locator('.task-list-item input[value="fit-assessment"]').check();
		await expect.poll(() => second.locator('.task-list-item input[value="fit-assessment"]').isChecked()).toBe(true);
		await expect.poll(() => status.textContent()).toMatch(/^1 of \d+ ticked/);
		// Another client, with nothing ticked: no count left over from Acme.
		await newClient(first, 'Globex');
		await expect.poll(() => currentName(second)).toBe('Globex');
		await expect.poll(() => status.textContent()).toBe('');
		await expect(second.locator('.task-list-item input[value="fit-assessment"]').isChecked()).resolves.toBe(false);
		await context.close();
	});
});

describe('storage that keeps data', () => {
	it('says so when storage is full, and keeps what was saved before', async () => {
		const { context, page } = await fresh();
		await context.addInitScript(() => {
			// eslint-disable-next-line @typescript-eslint/unbound-method
			const { setItem } = Storage.prototype;
			Storage.prototype.setItem = function (key: string, value: string) {
				if (key.startsWith('pb.') && (window as { full?: boolean }).full) throw new DOMException('full', 'QuotaExceededError');
				setItem.call(this, key, value);
			};
		});
		await page.goto(url('', 'templates/status-update/'));
		await field(page, 'what-happened').fill('Saved before');
		await page.evaluate(() => ((window as { full?: boolean }).full = true));
		await field(page, 'what-happened').fill('Typed while full');
		await expect.poll(() => page.locator('[data-pb-status]').textContent()).toBe(ui('en')['pb.templates.storageFailed']);
		await page.click('[data-do="new"]');
		await page.fill('#pb-client-name', 'Beta');
		await page.press('#pb-client-name', 'Enter');
		await expect(pickerStatus(page).textContent()).resolves.toBe(say('en', 'full'));
		await page.reload();
		await expect(field(page, 'what-happened').inputValue()).resolves.toBe('Saved before');
		await context.close();
	});

	it('works for the visit and says so when storage is blocked', async () => {
		const { context, page, errors } = await fresh();
		await context.addInitScript(() => {
			// Only the workspace's keys are blocked, so that Starlight's theme keeps working.
			// eslint-disable-next-line @typescript-eslint/unbound-method
			const { getItem } = Storage.prototype;
			Storage.prototype.getItem = function (key: string) {
				if (key.startsWith('pb.')) throw new DOMException('blocked', 'SecurityError');
				return getItem.call(this, key);
			};
		});
		await page.goto(url('zh-cn', 'templates/status-update/'));
		await expect(pickerStatus(page).textContent()).resolves.toBe(say('zh-CN', 'blocked'));
		await newClient(page, '北方贸易');
		await field(page, 'what-happened').fill('完成了报告。');
		await expect(preview(page).textContent()).resolves.toContain('完成了报告。');
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('export and import', () => {
	it('brings every client back in a fresh browser profile', async () => {
		const { context, page } = await fresh();
		await fillTwoClients(page);
		await page.goto(url('', 'workspace/'));
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="all"]')]);
		expect(download.suggestedFilename()).toMatch(/^client-playbook-all-\d{4}-\d\d-\d\d\.json$/);
		const file = readFileSync(await download.path());
		await context.close();

		const other = await fresh();
		await other.page.goto(url('zh-cn', 'workspace/'));
		await other.page.setInputFiles('#pb-ws-file', { name: download.suggestedFilename(), mimeType: 'application/json', buffer: file });
		await expect
			.poll(() => other.page.locator('[data-plan-list] li').allTextContents())
			.toEqual([expect.stringContaining('Acme'), expect.stringContaining('Beta')]);
		await other.page.click('[data-import="yes"]');
		await expect(other.page.locator('[data-status]').textContent()).resolves.toBe(say('zh-CN', 'imported', { count: 2 }));
		await expect.poll(() => currentName(other.page)).toBe('Acme');
		await expectTwoClients(other.page);
		expect(other.errors).toEqual([]);
		await other.context.close();
	});

	it('asks before replacing a client, and Cancel changes nothing', async () => {
		const { context, page } = await fresh();
		await fillTwoClients(page);
		await page.goto(url('', 'workspace/'));
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="one"]')]);
		expect(download.suggestedFilename()).toMatch(/^client-playbook-beta-\d{4}-\d\d-\d\d\.json$/);
		const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
		file.clients[0].records['en.template.welcome-email'].values.goals = 'Goals from a teammate';
		const buffer = Buffer.from(JSON.stringify(file));
		const before = await storageSnapshot(page);
		await page.setInputFiles('#pb-ws-file', { name: 'beta.json', mimeType: 'application/json', buffer });
		await expect
			.poll(() => page.locator('[data-plan-list] li').allTextContents())
			.toEqual([expect.stringMatching(sayPattern('en', 'importReplaces'))]);
		await page.click('[data-import="no"]');
		await expect(page.locator('[data-status]').textContent()).resolves.toBe(say('en', 'importCancelled'));
		await expect(page.locator('[data-plan]').isHidden()).resolves.toBe(true);
		expect(await storageSnapshot(page)).toEqual(before);
		await page.setInputFiles('#pb-ws-file', { name: 'beta.json', mimeType: 'application/json', buffer });
		await page.click('[data-import="yes"]');
		await expect(page.locator('[data-status]').textContent()).resolves.toBe(say('en', 'imported', { count: 1 }));
		await page.goto(url('', 'templates/welcome-email/'));
		await switchTo(page, 'Beta');
		await expect(field(page, 'goals').inputValue()).resolves.toBe('Goals from a teammate');
		await context.close();
	});

	const good = { format: FILE_FORMAT, version: 1, exported: '2026-03-05T10:00:00.000Z' };
	const valid = JSON.stringify({ ...good, clients: [{ id: 'k1', name: 'Gamma', t: 1, records: {} }] });
	const badFiles: [string, string | Buffer, string][] = [
		['oversized', Buffer.alloc(MAX_FILE_BYTES + 10, ' '), 'errTooLarge'],
		['malformed', 'client: Acme\nnot json at all', 'errNotJson'],
		['truncated', valid.slice(0, -30), 'errTruncated'],
		['of the wrong type', JSON.stringify({ clients: [] }), 'errWrongType'],
		['from a newer version', JSON.stringify({ ...good, version: 2, clients: [] }), 'errNewer'],
		['damaged inside', JSON.stringify({ ...good, clients: [{ id: 'k1', name: 'Gamma', t: 'noon', records: {} }] }), 'errInvalid'],
	];
	for (const [prefix, lang] of [
		['', 'en'],
		['zh-cn', 'zh-CN'],
	] as const)
		it(`refuses six kinds of bad file, each with its message, and changes nothing (${lang})`, async () => {
			const { context, page } = await fresh();
			await page.goto(url(prefix, 'templates/welcome-email/'));
			await field(page, 'goals').fill('Kept');
			await page.goto(url(prefix, 'workspace/'));
			const before = await storageSnapshot(page);
			const messages = new Set<string>();
			for (const [name, content, key] of badFiles) {
				await page.setInputFiles('#pb-ws-file', { name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(content) });
				const status = page.locator('[data-status]');
				await expect.poll(() => status.textContent(), { message: name }).toMatch(sayPattern(lang, key));
				await expect(status.getAttribute('data-tone')).resolves.toBe('error');
				await expect(page.locator('[data-plan]').isHidden()).resolves.toBe(true);
				messages.add((await status.textContent())!);
				expect(await storageSnapshot(page), name).toEqual(before);
			}
			expect(messages.size).toBe(6);
			const text = [...messages].join('\n');
			expect(text).toContain('clients[0].t');
			if (lang === 'en') expect(text).not.toMatch(/[\u4e00-\u9fff]/);
			else expect(text.replace(/clients\[0\]\.t/, '')).not.toMatch(/[A-Za-z]{3,}/);
			await context.close();
		});
});
