import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { launch, openPage } from './support/browser';
import { recordKey } from '../../src/lib/workspace/record';
import { currentName, newClient, picker, pickerStatus, say, storedRecord, url } from './support/workspace';

const shots = fileURLToPath(new URL('../../test-results/workspace/', import.meta.url));
mkdirSync(shots, { recursive: true });

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function fresh(
	options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
	const context = await browser.newContext(options);
	const { page, watch } = await openPage(context);
	return { context, page, errors: watch.consoleErrors };
}

/**
 * Types as a Chinese input method does, through the browser's own IME entry points (Chrome DevTools
 * Protocol): `compose` shows uncommitted pinyin, `commit` replaces it with the chosen characters.
 */
function ime(cdp: CDPSession) {
	return {
		commit: (text: string) => cdp.send('Input.insertText', { text }),
		compose: (text: string) => cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length }),
	};
}

describe('Chinese input (IME)', () => {
	it('neither saves nor previews a template field mid-composition; only the committed text counts', async () => {
		const { context, page, errors } = await fresh();
		await page.goto(url('zh-cn', 'templates/status-update/'));
		const keyboard = ime(await context.newCDPSession(page));
		const next = page.locator('[name="what-is-next"]');
		await next.focus();
		await keyboard.commit('周五');
		await keyboard.compose('fa song');
		await expect(next.inputValue()).resolves.toBe('周五fa song');
		const preview = page.locator('[data-pb-preview]');
		await expect(preview.textContent()).resolves.toContain('周五');
		await expect(preview.textContent()).resolves.not.toContain('fa song');
		const stored = () => storedRecord(page, 'zh-cn.template.status-update').then((r) => r?.values['what-is-next']);
		await expect.poll(stored).toBe('周五');
		await keyboard.commit('发送');
		await expect.poll(() => preview.textContent()).toContain('周五发送');
		await expect.poll(stored).toBe('周五发送');
		// Leaving the page mid-composition keeps the last committed text only.
		await keyboard.compose('ni hao');
		await page.reload();
		await expect(next.inputValue()).resolves.toBe('周五发送');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('neither saves a checklist note mid-composition nor lets another tab overwrite it', async () => {
		const { context, page } = await fresh();
		await page.goto(url('zh-cn', 'checklists/pre-close/'));
		const keyboard = ime(await context.newCDPSession(page));
		const notes = page.locator('#pre-close-notes');
		await notes.focus();
		await keyboard.commit('客户');
		await keyboard.compose('qian yue');
		await expect.poll(() => storedRecord(page, 'zh-cn.checklist.pre-close').then((r) => r?.values['notes'])).toBe('客户');
		// A tick saved in another tab arrives while the note is being composed: the composition stays. The
		// other tab is a frame, so that the composing page keeps its focus (losing it would commit the text).
		const key = recordKey(await picker(page).inputValue(), 'zh-cn.checklist.pre-close');
		const tick = await page.locator('.pb-sheet .task-list-item input').first().getAttribute('value');
		await page.evaluate(
			(src) => document.body.append(Object.assign(document.createElement('iframe'), { src })),
			url('zh-cn', 'principles/'),
		);
		const other = page.frames()[1]!;
		await other.waitForLoadState();
		await other.evaluate(
			([k, v]) => localStorage.setItem(k!, v!),
			[key, JSON.stringify({ t: Date.now() + 1000, values: { notes: '客户' }, ticks: [tick] })],
		);
		await expect.poll(() => page.locator('.pb-sheet .task-list-item input').first().isChecked()).toBe(true);
		await expect(notes.inputValue()).resolves.toBe('客户qian yue');
		await keyboard.commit('签约');
		await expect
			.poll(() => storedRecord(page, 'zh-cn.checklist.pre-close'))
			.toMatchObject({ values: { notes: '客户签约' }, ticks: [tick] });
		await context.close();
	});

	it('takes a client name only once committed: Enter that picks a candidate does not save', async () => {
		const { context, page } = await fresh();
		await page.goto(url('zh-cn', 'templates/welcome-email/'));
		const keyboard = ime(await context.newCDPSession(page));
		await page.click('[data-do="new"]');
		await page.locator('#pb-client-name').focus();
		await keyboard.compose('bei fang');
		// The Enter an input method uses to choose a candidate arrives while composing.
		await page.locator('#pb-client-name').dispatchEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true });
		await expect(page.locator('[data-panel]').isVisible()).resolves.toBe(true);
		await expect(picker(page).locator('option').count()).resolves.toBe(1);
		await keyboard.commit('北方贸易');
		await page.press('#pb-client-name', 'Enter');
		await expect.poll(() => currentName(page)).toBe('北方贸易');
		await expect(pickerStatus(page).textContent()).resolves.toBe(say('zh-CN', 'created', { name: '北方贸易' }));
		await context.close();
	});
});

describe('the client picker from the keyboard alone', () => {
	it('switches, creates, renames and deletes clients with Tab, arrows, Enter and Escape', async () => {
		const { context, page } = await fresh();
		await page.goto(url('', 'checklists/risk-audit/'));
		await newClient(page, 'Acme');
		await newClient(page, 'Beta');
		await page.reload();
		const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('data-do') || '');
		for (let i = 0; i < 80 && (await focused()) !== 'pb-client'; i++) await page.keyboard.press('Tab');
		expect(await focused()).toBe('pb-client');
		await page.keyboard.press('ArrowUp');
		await expect.poll(() => currentName(page)).toBe('Acme');
		await expect(pickerStatus(page).textContent()).resolves.toBe(say('en', 'switched', { name: 'Acme' }));

		await page.keyboard.press('Tab');
		expect(await focused()).toBe('new');
		await page.keyboard.press('Enter');
		expect(await focused()).toBe('pb-client-name');
		await page.keyboard.type('Gamma');
		await page.keyboard.press('Enter');
		await expect.poll(() => currentName(page)).toBe('Gamma');
		expect(await focused()).toBe('pb-client');

		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('rename');
		await page.keyboard.press('Enter');
		await page.keyboard.type(' Ltd');
		await page.keyboard.press('Escape');
		await expect.poll(() => currentName(page)).toBe('Gamma');

		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('delete');
		await page.keyboard.press('Enter');
		expect(await focused()).toBe('cancel');
		await page.keyboard.press('Shift+Tab');
		expect(await focused()).toBe('ok');
		await page.keyboard.press('Enter');
		await expect.poll(() => picker(page).locator('option').allTextContents()).toEqual(['Acme', 'Beta']);
		await context.close();
	});
});

describe('accessibility and looks', () => {
	/** A client with a Client Summary, two templates and a checklist, and an import waiting for an answer. */
	async function workspaceWithWork(page: Page, prefix: string, name: string): Promise<void> {
		await page.goto(url(prefix, 'templates/client-summary/'));
		await newClient(page, name);
		const zh = Boolean(prefix);
		await page.fill(
			'[name="client-type"]',
			zh ? '长期服务客户，日常对接人在运营部。' : 'Service retainer; day-to-day contact in operations.',
		);
		await page.fill('[name="desired-outcome"]', zh ? '把月度结账时间从十天缩短到五天。' : 'Close the books in five days instead of ten.');
		await page.fill('[name="next-step"]', zh ? '周五前发送评审纪要，负责人李明。' : 'Send the review notes by Friday (Lee).');
		await page.goto(url(prefix, 'templates/status-update/'));
		await page.fill('[name="what-happened"]', zh ? '完成了第一版报告。' : 'Finished the first report.');
		await page.goto(url(prefix, 'checklists/quality/'));
		for (const box of await page.locator('.pb-sheet .task-list-item input').all()) await box.check();
		await page.goto(url(zh ? '' : 'zh-cn', 'templates/escalation/'));
		await page.fill('[name="issue"]', zh ? 'Late approvals' : '审批延误');
		await page.goto(url(prefix, 'workspace/'));
	}

	for (const colorScheme of ['light', 'dark'] as const)
		for (const [prefix, lang, name] of [
			['', 'en', 'Acme Trading'],
			['zh-cn', 'zh-CN', '北方贸易'],
		] as const)
			it(`has no serious accessibility violation on the workspace page (${lang}, ${colorScheme}), and is pictured`, async () => {
				const { context, page, errors } = await fresh({ colorScheme, viewport: { width: 1280, height: 900 } });
				await workspaceWithWork(page, prefix, name);
				await expect(page.locator('tr[data-record="checklist.quality"] [data-state]').textContent()).resolves.toBe(say(lang, 'complete'));
				const other = lang === 'en' ? '简体中文' : 'English';
				await expect(page.locator('tr[data-record="template.escalation"] [data-also]').textContent()).resolves.toBe(
					` ${say(lang, 'alsoIn', { language: other, state: say(lang, 'started') })}`,
				);
				await page.screenshot({ path: `${shots}overview-${lang}-${colorScheme}-desktop.png`, fullPage: true });
				await page.click('[data-do="new"]');
				await page.locator('#pb-client').screenshot({ path: `${shots}picker-${lang}-${colorScheme}-select.png` });
				await page.locator('pb-client-picker').screenshot({ path: `${shots}picker-${lang}-${colorScheme}-new.png` });
				await page.keyboard.press('Escape');
				const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="one"]')]);
				await page.setInputFiles('#pb-ws-file', await download.path());
				await expect.poll(() => page.locator('[data-plan]').isVisible()).toBe(true);
				await page.locator('.pb-ws__transfer').screenshot({ path: `${shots}import-${lang}-${colorScheme}.png` });
				const violations = await seriousViolations(page);
				expect(violations).toEqual([]);
				await page.setViewportSize({ width: 390, height: 844 });
				await page.click('[data-import="no"]');
				await page.screenshot({ path: `${shots}overview-${lang}-${colorScheme}-phone.png`, fullPage: true });
				await page.goto(url(prefix, 'templates/status-update/'));
				await page.locator('pb-client-picker').screenshot({ path: `${shots}picker-${lang}-${colorScheme}-phone.png` });
				expect(errors).toEqual([]);
				await context.close();
			});
});
