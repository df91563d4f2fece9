import { mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentOf, playbook, templatesOf, ui } from '../support/playbook.ts';
import { seriousViolations } from './support/axe';
import { baseUrl, launch, openPage } from './support/browser';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shots = `${root}test-results/templates/`;
mkdirSync(shots, { recursive: true });

const probe = '<img src=x onerror="window.__pwned=1">';

const locales = playbook.locales.map((locale) => ({
	...locale,
	id: locale.code,
	path: (id: string) => `${baseUrl()}/${locale.prefix ? `${locale.prefix}/` : ''}templates/${id}/`,
	/** A template string of the page's locale; a test fails if the key has no text. */
	t: (key: string) => {
		const text = ui(locale.code, `pb.templates.${key}`);
		if (!text) throw new Error(`No text for pb.templates.${key} in ${locale.code}`);
		return text;
	},
	templates: templatesOf(locale.code),
}));

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser.close();
});

async function newContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
	// The service worker would precache the whole site in every new context; offline.test.ts tests it.
	const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'block', ...options });
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
	return context;
}

/** Fills every control: text with a value naming the field plus the probe, selects and ratings with a choice. */
async function fillAll(page: Page, word: string): Promise<Record<string, string>> {
	const values: Record<string, string> = {};
	const controls = page.locator('.pb-tpl__form [name]');
	for (let i = 0; i < (await controls.count()); i++) {
		const control = controls.nth(i);
		const name = (await control.getAttribute('name'))!;
		const kind = await control.evaluate((el) => (el instanceof HTMLSelectElement ? 'select' : (el as HTMLInputElement).type));
		if (kind === 'select') {
			const options = await control.locator('option').count();
			await control.selectOption({ index: 1 + (i % (options - 1)) });
		} else if (kind === 'date') await control.fill('2026-03-05');
		else await control.fill(`${word} ${name} ${probe}`);
		values[name] = await control.inputValue();
	}
	return values;
}

const readClipboard = (page: Page) =>
	page.evaluate(async () => {
		const [item] = await navigator.clipboard.read();
		const text = async (type: string) => (item?.types.includes(type) ? (await item.getType(type)).text() : '');
		return { types: item?.types ?? [], html: await text('text/html'), text: await text('text/plain') };
	});

const status = (page: Page) => page.locator('[data-pb-status]');

/** openPage, brought to the front: the clipboard needs a focused document. */
async function open(context: BrowserContext) {
	const opened = await openPage(context);
	await opened.page.bringToFront();
	return opened;
}

for (const locale of locales) {
	describe(`templates (${locale.lang})`, () => {
		it('lists every template on the index, documents and emails apart', async () => {
			const context = await newContext();
			const { page, watch } = await open(context);
			await page.goto(`${baseUrl()}/${locale.prefix ? `${locale.prefix}/` : ''}templates/`);
			const groups = page.locator('.sl-markdown-content h2');
			await expect(groups.nth(0).textContent()).resolves.toContain(locale.t('groupDocuments'));
			await expect(groups.nth(1).textContent()).resolves.toContain(locale.t('groupEmails'));
			for (const t of locale.templates)
				expect(await page.locator(`.sl-markdown-content a[href$="/templates/${t.id}/"]`).count()).toBeGreaterThan(0);
			expect(watch.consoleErrors).toEqual([]);
			await context.close();
		});

		for (const template of locale.templates) {
			it(`fills, copies, downloads and keeps ${template.id}; typed HTML stays text`, async () => {
				const context = await newContext();
				const { page, watch } = await open(context);
				await page.goto(locale.path(template.id));
				// Every field names an owner and a day: the quality meter counts a next step only then.
				const word = locale.prefix ? '示例：我们周五前完成' : 'Sample: we finish by Friday';
				const values = await fillAll(page, word);

				// Nothing typed runs, in the preview or anywhere else.
				await expect(page.evaluate(() => (window as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
				expect(await page.locator('[data-pb-preview] img, [data-pb-preview] script').count()).toBe(0);
				await expect(page.locator('[data-pb-preview]').textContent()).resolves.toContain(probe);

				// Every applicable quality item is covered once everything is filled in.
				const states = await page.locator('[data-quality]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['state']));
				expect(states.filter((s) => s === 'missing')).toEqual([]);

				// Copy for email: one item with HTML and plain text; the typed HTML arrives escaped.
				await page.click('[data-action="email"]');
				await expect.poll(() => status(page).textContent()).toBe(locale.t('doneEmail'));
				const copied = await readClipboard(page);
				expect(copied.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
				// Chromium re-serialises clipboard HTML on read, so quotes in text may come back unescaped.
				expect(copied.html).toMatch(/&lt;img src=x onerror=(&quot;|")window\.__pwned=1(&quot;|")&gt;/);
				expect(copied.html).not.toMatch(/<img|<script|class=|<style/);
				expect(copied.html).toContain('style="font-family:');
				const nextStep = template.sections.flatMap((s) => s.fields).find((f) => f.id === template.nextStep)!;
				expect(copied.text).toContain(values[nextStep.id]);
				if (template.assessment) expect(copied.text).toContain(template.assessment.topRisks);

				await page.click('[data-action="text"]');
				await expect.poll(() => status(page).textContent()).toBe(locale.t('doneText'));
				expect((await readClipboard(page)).text).toBe(copied.text);

				await page.click('[data-action="markdown"]');
				await expect.poll(() => status(page).textContent()).toBe(locale.t('doneMarkdown'));
				const markdown = (await readClipboard(page)).text;
				expect(markdown).toContain('\\<img src=x onerror="window.\\_\\_pwned=1"\\>');

				// Download: a Markdown file named after the template, the client and the date.
				const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download"]')]);
				expect(download.suggestedFilename()).toMatch(new RegExp(`^${template.id}-.+-2026-03-05\\.md$`));
				expect(readFileSync(await download.path(), 'utf8')).toBe(markdown);
				await expect.poll(() => status(page).textContent()).toContain(download.suggestedFilename());

				// Mail app: a link with the subject and the plain-text body.
				const href = (await page.locator('[data-action="mail"]').getAttribute('href'))!;
				const url = new URL(href);
				expect(url.protocol).toBe('mailto:');
				expect(url.searchParams.get('body')).toBe(copied.text.replace(/\n/g, '\r\n'));
				if (template.kind === 'email') expect(url.searchParams.get('subject')).toBe(await page.locator('[data-pb-subject]').textContent());

				// Reload: every value is still there.
				await page.reload();
				for (const [name, value] of Object.entries(values))
					await expect(page.locator(`.pb-tpl__form [name="${name}"]`).inputValue()).resolves.toBe(value);
				await expect(page.evaluate(() => (window as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
				expect(watch.consoleErrors).toEqual([]);
				expect(watch.externalRequests).toEqual([]);
				await context.close();
			});
		}

		it('loads the worked example into a new client from the example page, leaving the reader’s own draft as it was', async () => {
			const example = contentOf(locale.code).pages.example!;
			const values = example.values['status-update']!;
			const client = locale.t('exampleClient').replace('{client}', example.client.name);
			const context = await newContext();
			const { page, watch } = await open(context);
			// The reader's own draft first.
			await page.goto(locale.path('status-update'));
			await page.fill('[name="client-name"]', 'Own client');
			await page.fill('[name="what-happened"]', 'Own draft');

			// The example page links the template with ?example; the values travel as data in the page, not in a script.
			await page.goto(`${baseUrl()}/${locale.prefix ? `${locale.prefix}/` : ''}example/`);
			await page.locator('main a[href$="/templates/status-update/?example"]').first().click();
			await page.waitForURL((url) => url.pathname.endsWith('/templates/status-update/'));
			await expect.poll(() => status(page).textContent()).toBe(locale.t('exampleLoaded').replace('{client}', client));
			const data = JSON.parse((await page.locator('script[data-example]').textContent()) ?? '{}') as { client: string; values: object };
			expect(data).toEqual({ client, values });
			// Loaded once: the address no longer asks for it, so a reload does not load it again.
			expect(new URL(page.url()).search).toBe('');
			await expect(page.locator('[name="client-name"]').inputValue()).resolves.toBe(values['client-name']);
			await expect(page.locator('[name="status"]').inputValue()).resolves.toBe(values['status']);
			const firstLine = values['what-happened']!.split('\n')[0]!.replace(/^- /, '');
			await expect(page.locator('[data-pb-preview]').textContent()).resolves.toContain(firstLine);
			await expect(page.locator('[data-pb-subject]').textContent()).resolves.toContain(values['topic']!);
			await expect(page.locator('#pb-client option:checked').textContent()).resolves.toBe(client);
			await page.screenshot({ path: `${shots}example-loaded-${locale.id}.png`, fullPage: true });

			await page.reload();
			const index = await page.evaluate(
				() => JSON.parse(localStorage.getItem('pb.workspace.v1.index') ?? '{}') as { clients: { name: string }[] },
			);
			expect(index.clients).toHaveLength(2);
			// The reader's own client and draft are untouched.
			await page.locator('#pb-client').selectOption({ index: 0 });
			await expect.poll(() => page.locator('[name="what-happened"]').inputValue()).toBe('Own draft');
			await expect(page.locator('[name="client-name"]').inputValue()).resolves.toBe('Own client');

			// The button loads it again, into one more new client.
			await page.click('[data-action="example"]');
			await expect.poll(() => status(page).textContent()).toBe(locale.t('exampleLoaded').replace('{client}', client));
			await expect(page.locator('[name="what-happened"]').inputValue()).resolves.toBe(values['what-happened']);
			expect(watch.consoleErrors).toEqual([]);
			await context.close();
		});

		it('warns before copying a draft with no next step, and copies on the second try', async () => {
			const context = await newContext();
			const { page } = await open(context);
			await page.goto(locale.path('status-update'));
			await page.fill('[name="what-happened"]', locale.prefix ? '完成了报告。' : 'Finished the report.');
			await page.locator('h1').click();
			await page.evaluate(() => navigator.clipboard.writeText('before'));
			await page.click('[data-action="text"]');
			await expect.poll(() => status(page).getAttribute('data-tone')).toBe('warning');
			const label = await page.locator('label[for="pb-field-what-is-next"]').textContent();
			await expect.poll(() => status(page).textContent()).toContain(label!);
			expect((await readClipboard(page)).text).toBe('before');
			await page.click('[data-action="text"]');
			await expect.poll(() => status(page).textContent()).toBe(locale.t('doneText'));
			expect((await readClipboard(page)).text).toContain(locale.prefix ? '完成了报告。' : 'Finished the report.');
			await context.close();
		});

		it('copies instead of opening a mail link that mail apps would cut', async () => {
			const context = await newContext();
			const { page, watch } = await open(context);
			await page.goto(locale.path('escalation'));
			await page.fill('[name="issue"]', 'x'.repeat(2000));
			await page.fill('[name="next-step"]', locale.prefix ? '周五前打电话。' : 'Call Dana by Friday.');
			const before = page.url();
			await page.click('[data-action="mail"]');
			await expect.poll(() => status(page).textContent()).toContain(locale.t('mailTooLong').split('{')[0]!.trim());
			expect(page.url()).toBe(before);
			expect((await readClipboard(page)).text).toContain('x'.repeat(2000));
			expect(watch.consoleErrors).toEqual([]);
			await context.close();
		});

		it('reuses the shared details in every template and clears only the template’s own fields', async () => {
			const context = await newContext();
			const { page } = await open(context);
			await page.goto(locale.path('welcome-email'));
			await page.fill('[name="client-name"]', 'Acme');
			await page.fill('[name="goals"]', 'Grow');
			// A document's title names the client (an email's subject names the topic instead).
			await page.goto(locale.path('scope-boundaries'));
			await expect(page.locator('[name="client-name"]').inputValue()).resolves.toBe('Acme');
			await expect(page.locator('[data-pb-preview] h1').textContent()).resolves.toContain('Acme');
			await page.goto(locale.path('welcome-email'));
			await page.click('[data-action="clear"]');
			await expect.poll(() => status(page).textContent()).toBe(locale.t('doneClear'));
			await expect(page.locator('[name="goals"]').inputValue()).resolves.toBe('');
			await expect(page.locator('[name="client-name"]').inputValue()).resolves.toBe('Acme');
			await page.reload();
			await expect(page.locator('[name="goals"]').inputValue()).resolves.toBe('');
			await context.close();
		});

		it('ranks the rated failure patterns and the responses to apply first', async () => {
			const context = await newContext();
			const { page } = await open(context);
			await page.goto(locale.path('risk-audit'));
			const assessment = locale.templates.find((t) => t.id === 'risk-audit')!.assessment!;
			const [vague, scope] = [
				assessment.patterns.find((p) => p.id === 'vague-rhythm')!,
				assessment.patterns.find((p) => p.id === 'scope-misunderstood')!,
			];
			await page.selectOption('[name="vague-rhythm.likelihood"]', '3');
			await page.selectOption('[name="vague-rhythm.impact"]', '3');
			await page.selectOption('[name="scope-misunderstood.likelihood"]', '1');
			await page.selectOption('[name="scope-misunderstood.impact"]', '2');
			const ranking = page.locator('[data-pb-ranking-body]');
			await expect(ranking.locator('ol').first().locator('li').allTextContents()).resolves.toEqual([
				expect.stringContaining(vague.text),
				expect.stringContaining(scope.text),
			]);
			const first = assessment.responses[vague.responses[0]!]!;
			expect(first).toBeTruthy();
			await expect(ranking.locator('ol').nth(1).locator('li').first().textContent()).resolves.toContain(first);
			await context.close();
		});

		it('shows every field as a blank form without JavaScript, and prints it without the site chrome', async () => {
			const context = await newContext({ javaScriptEnabled: false });
			const { page } = await open(context);
			for (const template of locale.templates) {
				await page.goto(locale.path(template.id));
				const fields = template.sections.flatMap((s) => s.fields).length;
				expect(await page.locator('.pb-tpl__form :is(input, textarea, select)').count()).toBeGreaterThanOrEqual(fields + 4);
				await expect(page.locator('[data-pb-live]').isVisible()).resolves.toBe(false);
				for (const field of template.sections.flatMap((s) => s.fields))
					await expect(page.locator(`label[for="pb-field-${field.id}"]`).isVisible()).resolves.toBe(true);
			}
			// Enter in a field submits nothing: typed text never travels in a request.
			const url = page.url();
			await page.fill('[name="client-name"]', 'Acme');
			await page.press('[name="client-name"]', 'Enter');
			expect(page.url()).toBe(url);
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('nav.sidebar').isVisible()).resolves.toBe(false);
			await expect(page.locator('header.header').isVisible()).resolves.toBe(false);
			await expect(page.locator('.pb-tpl__form').isVisible()).resolves.toBe(true);
			await context.close();
		});

		it('prints the blank form while empty and the finished document once filled in', async () => {
			const context = await newContext();
			const { page } = await open(context);
			await page.goto(locale.path('client-summary'));
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('.pb-tpl__form').isVisible()).resolves.toBe(true);
			await expect(page.locator('[data-pb-preview]').isVisible()).resolves.toBe(false);
			await page.emulateMedia({ media: 'screen' });
			await page.fill('[name="desired-outcome"]', locale.prefix ? '减少客户流失' : 'Fewer churned users');
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('.pb-tpl__form').isVisible()).resolves.toBe(false);
			await expect(page.locator('.pb-tpl__actions').isVisible()).resolves.toBe(false);
			await expect(page.locator('[data-pb-preview]').isVisible()).resolves.toBe(true);
			await page.pdf({ path: `${shots}client-summary-${locale.id}.pdf`, format: 'A4' });
			await context.close();
		});

		it('never breaks on corrupt, full or blocked storage', async () => {
			const context = await newContext();
			await context.addInitScript(() => {
				const scenario = location.search.slice(1);
				// Only this page's keys misbehave, so Starlight's own theme storage keeps working.
				// Kept as functions and called with .call on localStorage below.
				// eslint-disable-next-line @typescript-eslint/unbound-method
				const { getItem, setItem } = Storage.prototype;
				if (scenario === 'corrupt') {
					setItem.call(localStorage, 'pb.workspace.v1.index', '{"clients": "not a list"');
					setItem.call(localStorage, 'pb.templates.v1.shared', '{"values": ["not", "an", "object"]');
				}
				if (scenario === 'full')
					Storage.prototype.setItem = function (key: string, value: string) {
						if (key.startsWith('pb.')) throw new DOMException('full', 'QuotaExceededError');
						setItem.call(this, key, value);
					};
				if (scenario === 'blocked')
					Storage.prototype.getItem = function (key: string) {
						if (key.startsWith('pb.')) throw new DOMException('blocked', 'SecurityError');
						return getItem.call(this, key);
					};
			});
			const { page, watch } = await open(context);
			for (const scenario of ['corrupt', 'full', 'blocked']) {
				await page.goto(`${locale.path('status-update')}?${scenario}`);
				await expect(page.locator('[name="client-name"]').inputValue()).resolves.toBe('');
				await page.fill('[name="what-is-next"]', 'Call Dana on Friday');
				await expect(page.locator('[data-pb-preview]').textContent()).resolves.toContain('Call Dana on Friday');
				if (scenario === 'full') await expect.poll(() => status(page).textContent()).toBe(locale.t('storageFailed'));
			}
			expect(watch.consoleErrors).toEqual([]);
			await context.close();
		});
	});
}

describe('copied HTML alone', () => {
	for (const locale of locales) {
		it(`reads cleanly with no site CSS (${locale.lang})`, async () => {
			const context = await newContext();
			const { page } = await open(context);
			const zh = Boolean(locale.prefix);
			for (const id of ['status-update', 'client-summary', 'risk-audit']) {
				await page.goto(locale.path(id));
				const sample: Record<string, string> = zh
					? {
							'client-name': '华北贸易',
							'your-name': '李明',
							company: '远航咨询',
							recipient: '王经理',
							'what-happened': '完成了第一版报告，并与财务团队核对了数据。',
							'what-matters': '数据核对提前两天完成，上线日期不变。\n- 风险：审批人下周休假',
							'decisions-needed': '请在周三前确认报告格式。',
							'what-is-next': '周五上午十点评审报告，由李明主持。',
							'client-type': '长期服务客户，日常对接人是运营部。',
							'desired-outcome': '把月度结账时间从十天缩短到五天。',
							risks: '- 审批链较长\n- 数据来源分散',
							'next-step': '周五前发送评审纪要，负责人李明。',
							relationship: '合作第二年，临近续约。',
						}
					: {
							'client-name': 'Acme Trading',
							'your-name': 'Lee Chen',
							company: 'Northwind Advisory',
							recipient: 'Dana',
							'what-happened': 'We finished the first report and checked the figures with your finance team.',
							'what-matters': 'The check finished two days early, so the launch date holds.\n- Risk: the approver is away next week',
							'decisions-needed': 'Please confirm the report layout by Wednesday.',
							'what-is-next': 'Review the report on Friday at 10:00, led by Lee.',
							'client-type': 'Service retainer; day-to-day contact in operations.',
							'desired-outcome': 'Close the books in five days instead of ten.',
							risks: '- Long approval chain\n- Data spread across systems',
							'next-step': 'Send the review notes by Friday (Lee).',
							relationship: 'Second year, renewal in four months.',
						};
				for (const [name, value] of Object.entries(sample)) {
					const control = page.locator(`.pb-tpl__form [name="${name}"]`);
					if (await control.count()) await control.fill(value);
				}
				await page.fill('[name="date"]', '2026-03-05');
				if (id === 'risk-audit')
					for (const [name, v] of [
						['vague-rhythm.likelihood', '3'],
						['vague-rhythm.impact', '2'],
						['untracked-satisfaction.likelihood', '2'],
						['untracked-satisfaction.impact', '3'],
						['scope-misunderstood.likelihood', '1'],
						['scope-misunderstood.impact', '3'],
					] as const)
						await page.selectOption(`[name="${name}"]`, v);
				await page.click('[data-action="email"]');
				await expect.poll(() => status(page).textContent()).toBe(locale.t('doneEmail'));
				const { html } = await readClipboard(page);
				const blank = await context.newPage();
				await blank.setContent(html);
				// Only inline styles: no stylesheet, no class, nothing fetched.
				expect(await blank.evaluate(() => document.styleSheets.length)).toBe(0);
				expect(await blank.locator('[class]').count()).toBe(0);
				await expect(blank.locator('body').textContent()).resolves.toContain(sample['your-name']!);
				await blank.setViewportSize({ width: 700, height: 600 });
				await blank.screenshot({ path: `${shots}copied-${id}-${locale.id}.png`, fullPage: true });
				await blank.close();
			}
			await context.close();
		});
	}
});

describe('accessibility', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		it(`has no serious accessibility violation on template pages (${colorScheme})`, async () => {
			const context = await newContext({ colorScheme });
			const { page } = await open(context);
			for (const locale of locales) {
				for (const id of ['', 'risk-audit', 'status-update']) {
					await page.goto(id ? locale.path(id) : `${baseUrl()}/${locale.prefix ? `${locale.prefix}/` : ''}templates/`);
					if (id) await page.fill('[name="client-name"]', 'Acme');
					const violations = await seriousViolations(page);
					expect(violations, `${locale.lang} ${id || 'index'}`).toEqual([]);
				}
			}
			await context.close();
		});
	}
});

describe('page weight', () => {
	it("ships at most 10 KB gzip of the template page's own JavaScript beyond Starlight's, client picker included", async () => {
		/** Gzipped bytes of every script a page runs, by URL, modules it imports included. */
		async function scriptsOf(url: string): Promise<Map<string, number>> {
			const context = await newContext();
			const { page } = await open(context);
			const sizes = new Map<string, number>();
			page.on('response', async (response) => {
				if (response.request().resourceType() === 'script') sizes.set(response.url(), gzipSync(await response.body()).length);
			});
			await page.goto(url, { waitUntil: 'networkidle' });
			await context.close();
			return sizes;
		}
		const content = await scriptsOf(`${baseUrl()}/principles/`);
		for (const locale of locales) {
			const own = [...(await scriptsOf(locale.path('risk-audit')))].filter(([url]) => !content.has(url));
			expect(own.length).toBeGreaterThan(0);
			const bytes = own.reduce((sum, [, size]) => sum + size, 0);
			expect(bytes, own.map(([url, size]) => `${url}: ${size}`).join('\n')).toBeLessThanOrEqual(10 * 1024);
		}
	});
});
