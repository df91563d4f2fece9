import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { builtSite } from './support/built-site';
import { baseUrl, launch, openPage, type PageWatch } from './support/browser';
import { contentOf, playbook, root, sitePaths, ui } from '../support/playbook.ts';
import { chineseTerms, englishTerms } from './search-terms';

const paths = sitePaths();

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
	browser = await launch();
	context = await browser.newContext();
});
afterAll(async () => browser?.close());

async function visit(path: string): Promise<{ page: Page; watch: PageWatch }> {
	const opened = await openPage(context);
	const response = await opened.page.goto(baseUrl() + path);
	expect(response?.status(), `${path} should be served`).toBe(200);
	return opened;
}

describe('every page, in both languages', () => {
	it('builds exactly the pages of the registry in every configured locale, and the not-found pages', () => {
		const dist = join(root, 'dist');
		const built = readdirSync(dist, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
			.map((entry) => `/${relative(dist, join(entry.parentPath, entry.name)).replace(/(^|\/)index\.html$/, '$1')}`)
			.filter((path) => !/(^|\/)404(\.html|\/)$/.test(path));
		expect(new Set(built)).toEqual(new Set(paths.map((p) => p.path)));
		for (const locale of playbook.locales) expect(paths.filter((p) => p.locale === locale.code).length).toBeGreaterThanOrEqual(26);
	});

	// Reading pages end with their next step; checklists, templates and the workspace are tools whose own suites test them.
	const endsWithNextStep = (id: string) => !/^(checklists|templates|workspace)(\/|$)/.test(id);

	it.each(paths)(
		'$path loads with its own title and description, canonical and hreflang links when the address is known, no errors and no outside requests',
		async ({ path, locale, lang, id }) => {
			const { page, watch } = await visit(path);
			expect(await page.getAttribute('html', 'lang')).toBe(lang);
			const title = await page.title();
			const description = await page.getAttribute('meta[name="description"]', 'content');
			expect(description?.length).toBeGreaterThan(20);
			const alternates = await page
				.locator('link[rel="alternate"][hreflang]')
				.evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
			const canonical = page.locator('link[rel="canonical"]');
			if (builtSite) {
				expect(await canonical.getAttribute('href')).toBe(new URL(path, builtSite).href);
				expect(alternates).toEqual(expect.arrayContaining(playbook.locales.filter((l) => l.status === 'published').map((l) => l.lang)));
			} else {
				// Built without SITE_URL: no page claims an address it does not have.
				expect(await canonical.count()).toBe(0);
				expect(alternates).toEqual([]);
			}
			// The page ends with its concrete next step.
			if (endsWithNextStep(id)) {
				const lastHeading = await page.locator('.sl-markdown-content h2').last().textContent();
				expect(lastHeading?.trim()).toBe(contentOf(locale).site?.sections[playbook.quality.nextStep]);
			}
			await page.waitForLoadState('networkidle');
			expect(watch.consoleErrors).toEqual([]);
			expect(watch.externalRequests).toEqual([]);
			expect(title.length).toBeGreaterThan(3);
			await page.close();
		},
	);

	it.each(paths)('$path has no serious accessibility violation (axe-core)', async ({ path }) => {
		const { page } = await visit(path);
		expect(await seriousViolations(page)).toEqual([]);
		await page.close();
	});

	it('gives every page a different title', async () => {
		const titles = new Map<string, string>();
		for (const { path } of paths) {
			const html = await (await fetch(baseUrl() + path)).text();
			titles.set(path, /<title>(.*?)<\/title>/s.exec(html)?.[1] ?? '');
		}
		expect(new Set(titles.values()).size).toBe(titles.size);
	});
});

describe('navigation', () => {
	it('follows the sidebar from home to a stage page and on with the next-page link', async () => {
		const { page } = await visit('/');
		await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Pre-close', exact: true }).click();
		await page.waitForURL('**/lifecycle/pre-close/');
		expect(await page.locator('h1').textContent()).toBe('Pre-close');
		await page.locator('.pagination-links a[rel="next"]').click();
		await page.waitForURL('**/lifecycle/onboarding/');
		await page.close();
	});

	it('reaches the skip link first and the main content with the keyboard', async () => {
		const { page } = await visit('/lifecycle/');
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
		expect(focused).toBe('Skip to content');
		await page.keyboard.press('Enter');
		expect(page.url()).toMatch(/#_top$/);
		await page.close();
	});

	it('opens a stage from the lifecycle diagram', async () => {
		const { page } = await visit('/zh-cn/lifecycle/');
		const cards = page.locator('.pb-lifecycle a');
		expect(await cards.count()).toBe(5);
		await cards.nth(2).click();
		await page.waitForURL('**/zh-cn/lifecycle/active-delivery/');
		await page.close();
	});

	it.each(['/lifecycle/', '/zh-cn/lifecycle/'])('keeps every stage name inside its card at every width on %s', async (path) => {
		const { page } = await visit(path);
		const crossing: string[] = [];
		// Phone to wide desktop, through the widths where the cards switch between a column and a row.
		for (let width = 320; width <= 1680; width += 40) {
			await page.setViewportSize({ width, height: 900 });
			const names = await page.locator('.pb-lifecycle__name').evaluateAll((spans) =>
				spans.map((span) => {
					const card = span.closest('a')!.getBoundingClientRect();
					const range = document.createRange();
					range.selectNodeContents(span);
					const text = range.getBoundingClientRect();
					return { name: span.textContent ?? '', inside: text.left >= card.left + 2 && text.right <= card.right - 2 };
				}),
			);
			crossing.push(...names.filter((n) => !n.inside).map((n) => `${n.name} at ${width}px`));
		}
		expect(crossing).toEqual([]);
		await page.close();
	});
});

describe('a mistyped address', () => {
	it('gets the not-found page in every published language, each linking to its home page', async () => {
		const opened = await openPage(context);
		const response = await opened.page.goto(`${baseUrl()}/lifecycle/closing/`);
		expect(response?.status()).toBe(404);
		const published = playbook.locales.filter((l) => l.status === 'published');
		expect(await opened.page.locator('h1').textContent()).toBe(published.map((l) => ui(l.code, 'pb.notFound.title')).join(' · '));
		for (const locale of published)
			expect(await opened.page.locator(`main [lang="${locale.lang}"] a`).getAttribute('href')).toBe(
				locale.prefix ? `/${locale.prefix}/` : '/',
			);
		await opened.page.close();
	});

	it('under another language’s prefix, gets that language’s own not-found page, with nothing in another language', async () => {
		for (const locale of playbook.locales.filter((l) => l.prefix && l.status === 'published')) {
			const opened = await openPage(context);
			await opened.page.goto(`${baseUrl()}/${locale.prefix}/lifecycle/closing/`);
			await opened.page.waitForURL((url) => url.pathname === `/${locale.prefix}/404/`);
			expect(await opened.page.getAttribute('html', 'lang')).toBe(locale.lang);
			expect(await opened.page.locator('h1').textContent()).toBe(ui(locale.code, 'pb.notFound.title'));
			expect(await opened.page.locator(`main [lang="${locale.lang}"] a`).getAttribute('href')).toBe(`/${locale.prefix}/`);
			if (/^zh/.test(locale.lang)) expect(await opened.page.locator('main').innerText()).not.toMatch(/[A-Za-z]/);
			await opened.page.close();
		}
	});
});

describe('language switch', () => {
	it('lands on the same page in every other language and back', async () => {
		const { page } = await visit('/lifecycle/stabilization/');
		const picker = page.locator('starlight-lang-select select').first();
		for (const locale of playbook.locales.filter((l) => !l.isDefault)) {
			await picker.selectOption({ label: locale.label });
			await page.waitForURL((url) => url.pathname === `/${locale.prefix}/lifecycle/stabilization/`);
			expect(await page.getAttribute('html', 'lang')).toBe(locale.lang);
			await picker.selectOption({ label: playbook.defaultLocale.label });
			await page.waitForURL((url) => url.pathname === '/lifecycle/stabilization/');
			expect(await page.getAttribute('html', 'lang')).toBe(playbook.defaultLocale.lang);
		}
		await page.close();
	});
});

describe('search', () => {
	async function searchFor(path: string, term: string): Promise<{ page: Page; urls: string[] }> {
		const { page } = await visit(path);
		await page.locator('site-search button[data-open-modal]').click();
		const input = page.locator('#starlight__search input');
		await input.fill(term);
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		const urls = await page
			.locator('.pagefind-ui__result-link')
			.evaluateAll((links) => links.map((l) => new URL((l as HTMLAnchorElement).href).pathname));
		return { page, urls };
	}

	it('finds English pages for English words, with an English interface', async () => {
		const { page, urls } = await searchFor('/', 'renewal');
		expect(urls).toContain('/lifecycle/retention-growth/');
		expect(urls.every((u) => !u.startsWith('/zh-cn/'))).toBe(true);
		expect(await page.locator('#starlight__search input').getAttribute('placeholder')).toBe('Search');
		await page.close();
	});

	it('finds Chinese pages for Chinese words, with a Chinese interface', async () => {
		const { page, urls } = await searchFor('/zh-cn/', '续约');
		expect(urls).toContain('/zh-cn/lifecycle/retention-growth/');
		expect(urls.every((u) => u.startsWith('/zh-cn/'))).toBe(true);
		expect(await page.locator('#starlight__search input').getAttribute('placeholder')).toBe('搜索');
		expect(await page.locator('.pagefind-ui__message').textContent()).toMatch(/找到 \d+ 条与 续约 相关的结果/);
		await page.close();
	});

	async function indexResults(path: string, terms: readonly { term: string }[]) {
		const { page } = await visit(path);
		// A string, not a function: the test runner would rewrite a function's dynamic import.
		const results: Record<string, string[]> = await page.evaluate(`(async (words) => {
			const pagefind = await import('/pagefind/pagefind.js');
			await pagefind.init();
			const found = {};
			for (const word of words) {
				const search = await pagefind.search(word);
				const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
				found[word] = data.map((d) => d.url);
			}
			return found;
		})(${JSON.stringify(terms.map((t) => t.term))})`);
		await page.close();
		return results;
	}

	it(`finds the expected page for each of ${chineseTerms.length} Chinese terms in the built index`, async () => {
		expect(chineseTerms.length).toBeGreaterThanOrEqual(20);
		const results = await indexResults('/zh-cn/', chineseTerms);
		const misses = chineseTerms
			.filter(({ term, page }) => !results[term]?.includes(page))
			.map(({ term, page }) => `${term} -> ${page} (got ${results[term]?.join(', ')})`);
		expect(misses).toEqual([]);
	});

	it('finds the expected page for English terms in the built index', async () => {
		const results = await indexResults('/', englishTerms);
		const misses = englishTerms
			.filter(({ term, page }) => !results[term]?.includes(page))
			.map(({ term, page }) => `${term} -> ${page} (got ${results[term]?.join(', ')})`);
		expect(misses).toEqual([]);
	});
});
