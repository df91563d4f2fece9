import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openInFreshContext } from './support/browser';
import { formTerms } from './search-terms';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every built page of a locale (English at the root, Chinese under /zh-cn/) as path -> HTML. */
function builtPages(chinese: boolean): Map<string, string> {
	const pages = new Map<string, string>();
	for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('index.html') || file.startsWith('zh-cn/') !== chinese) continue;
		pages.set(`/${file.replace(/index\.html$/, '')}`, readFileSync(`${dist}${file}`, 'utf8'));
	}
	return pages;
}

/** The text of a page's main content in three parts: labels, template guidance, and everything else indexed. */
function textPlaces(html: string): Record<'label' | 'guidance' | 'rest', string> {
	const main = select('main', fromHtml(html)) ?? ({ type: 'root', children: [] } satisfies Root);
	const text = (nodes: Element[]) => nodes.map((node) => toText(node)).join(' ');
	const places = { label: text(selectAll('label', main)), guidance: text(selectAll('.pb-tpl__hint', main)) };
	for (const node of selectAll('label, .pb-tpl__hint, [data-pagefind-ignore], script, style, template, noscript', main)) node.children = [];
	return { ...places, rest: toText(main) };
}

const places = new Map<boolean, { path: string; label: string; guidance: string; rest: string }[]>();
/** The text places of every built page of a locale, parsed once. */
function placesOf(chinese: boolean) {
	if (!places.has(chinese))
		places.set(
			chinese,
			[...builtPages(chinese)].map(([path, html]) => ({ path, ...textPlaces(html) })),
		);
	return places.get(chinese)!;
}

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => browser?.close());

const open = (path: string): Promise<Page> => openInFreshContext(browser, path);

describe('search finds words that sit in checklist items and template fields', () => {
	it.each(formTerms)('finds $page for “$term”, a word found only in its $only text', async ({ term, page: expected, only }) => {
		const chinese = expected.startsWith('/zh-cn/');
		const where = placesOf(chinese);
		// The word is where the test says, and nowhere Pagefind indexes without help.
		expect(where.filter((page) => page.rest.toLowerCase().includes(term)).map((page) => page.path)).toEqual([]);
		expect(where.find((page) => page.path === expected)?.[only].toLowerCase()).toContain(term);

		const page = await open(chinese ? '/zh-cn/' : '/');
		// A string, not a function: the test runner would rewrite a function's dynamic import.
		const urls: string[] = await page.evaluate(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			await pagefind.init();
			const search = await pagefind.search(${JSON.stringify(term)});
			return Promise.all(search.results.slice(0, 5).map(async (r) => (await r.data()).url));
		})()`);
		expect(urls).toContain(expected);
		await page.context().close();
	});
});

describe('search results', () => {
	it.each([
		{ path: '/', term: 'counterpart', expected: '/templates/communication-framework/' },
		{ path: '/zh-cn/', term: '关系健康度', expected: '/zh-cn/templates/retention-growth-plan/' },
		{ path: '/', term: 'beforehand', expected: '/checklists/stabilization/' },
		{ path: '/', term: 'clarity before complexity', expected: '/' },
		{ path: '/zh-cn/', term: '先求清晰', expected: '/zh-cn/' },
	])('list $expected once, with no second “#_top” entry for the same page', async ({ path, term, expected }) => {
		const page = await open(path);
		await page.locator('site-search button[data-open-modal]').click();
		await page.locator('#starlight__search input').fill(term);
		const links = page.locator('.pagefind-ui__result-link');
		await links.first().waitFor();
		// Results arrive as placeholders first; wait until every one has loaded.
		await expect.poll(() => page.locator('.pagefind-ui__loading').count(), { timeout: 10_000 }).toBe(0);
		await expect.poll(() => links.evaluateAll((all) => all.map((l) => l.getAttribute('href'))), { timeout: 10_000 }).toContain(expected);
		const hrefs = await links.evaluateAll((all) => all.map((l) => l.getAttribute('href') ?? ''));
		expect(hrefs.filter((href) => href.includes('#_top'))).toEqual([]);
		expect(hrefs.filter((href) => href.split('#')[0] === expected && !href.includes('#'))).toHaveLength(1);
		await page.context().close();
	});
});
