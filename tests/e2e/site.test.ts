import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from './support/built-site';
import { baseUrl, launch, openPage, type PageWatch } from './support/browser';
import { sitePaths } from './support/site-pages';
import { chineseTerms, englishTerms } from './search-terms';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
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
	it('has a page for every registry entry in every locale', () => {
		expect(paths.filter((p) => p.locale === 'en').length).toBe(paths.filter((p) => p.locale === 'zh-cn').length);
		expect(paths.length).toBeGreaterThanOrEqual(26);
	});

	// Reading pages end with their next step; checklists and templates are tools whose own suites test them.
	const endsWithNextStep = (id: string) => !/^(checklists|templates)(\/|$)/.test(id);

	it.each(paths)(
		'$path loads with its own title and description, canonical and hreflang links when the address is known, no errors and no outside requests',
		async ({ path, locale, id }) => {
			const { page, watch } = await visit(path);
			const lang = await page.getAttribute('html', 'lang');
			expect(lang).toBe(locale === 'zh-cn' ? 'zh-CN' : 'en');
			const title = await page.title();
			const description = await page.getAttribute('meta[name="description"]', 'content');
			expect(description?.length).toBeGreaterThan(20);
			const alternates = await page
				.locator('link[rel="alternate"][hreflang]')
				.evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
			const canonical = page.locator('link[rel="canonical"]');
			if (builtSite) {
				expect(await canonical.getAttribute('href')).toBe(new URL(path, builtSite).href);
				expect(alternates).toEqual(expect.arrayContaining(['en', 'zh-CN']));
			} else {
				// Built without SITE_URL: no page claims an address it does not have.
				expect(await canonical.count()).toBe(0);
				expect(alternates).toEqual([]);
			}
			// The page ends with its concrete next step.
			if (endsWithNextStep(id)) {
				const lastHeading = await page.locator('.sl-markdown-content h2').last().textContent();
				expect(lastHeading?.trim()).toBe(locale === 'zh-cn' ? '下一步' : 'Next step');
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
		await page.addScriptTag({ content: axeSource });
		const violations = await page.evaluate(async () => {
			// @ts-expect-error axe is injected above.
			const result = await window.axe.run(document, { resultTypes: ['violations'] });
			return result.violations
				.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
				.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		});
		expect(violations).toEqual([]);
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
});

describe('a mistyped address', () => {
	it('gets the not-found page in both languages, each linking to its home page', async () => {
		const opened = await openPage(context);
		const response = await opened.page.goto(`${baseUrl()}/lifecycle/closing/`);
		expect(response?.status()).toBe(404);
		expect(await opened.page.locator('h1').textContent()).toBe('Page not found · 页面未找到');
		expect(await opened.page.locator('main [lang="zh-CN"] a').getAttribute('href')).toBe('/zh-cn/');
		expect(await opened.page.locator('main [lang="en"] a').getAttribute('href')).toBe('/');
		await opened.page.close();
	});
});

describe('language switch', () => {
	it('lands on the same page in the other language and back', async () => {
		const { page } = await visit('/lifecycle/stabilization/');
		await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
		await page.waitForURL('**/zh-cn/lifecycle/stabilization/');
		expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
		await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
		await page.waitForURL((url) => url.pathname === '/lifecycle/stabilization/');
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
