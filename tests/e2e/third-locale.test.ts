import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/generate/build-site.ts';
import { jsonReportPath } from '../../src/gate/reporters/json.ts';
import { loadPlaybook } from '../../src/lib/content/load-playbook.ts';
import type { Playbook, PlaybookLocale } from '../../src/lib/content/playbook.ts';
import { type ComposedPlaybook, playbookWithOverlay, thirdLocaleOverlay } from '../support/playbook-overlay.ts';
import { root } from '../support/playbook.ts';
import { seriousViolations } from './support/axe';
import { launch } from './support/browser';
import { serveStatic } from './support/static-server';

/**
 * The client playbook with Japanese added as a draft locale (tests/fixtures/third-locale: two framework pages
 * translated, no code), built for real into a folder of its own: never the dist/ the other browser tests read.
 */

/** The pages the fixture translates; every other page of the draft locale falls back to the default locale's. */
const translated = ['communication', 'architecture'] as const;
const untranslated = 'lifecycle';

let composed: ComposedPlaybook;
let outRoot: string;
let playbook: Playbook;
let draft: PlaybookLocale;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	composed = playbookWithOverlay(thirdLocaleOverlay);
	playbook = loadPlaybook({ dir: composed.dir, draft: false }).playbook;
	draft = playbook.locales.find((l) => l.status === 'draft')!;
	outRoot = mkdtempSync(join(tmpdir(), 'third-locale-site-'));
	const outDir = join(outRoot, 'dist');
	if (resolve(outDir) === resolve(root, 'dist')) throw new Error('The third-locale build must not write into dist/.');
	// Built with a public address, unlike dist/: llms.txt (absolute links) and canonical links are tested here.
	const env: NodeJS.ProcessEnv = { ...process.env, PLAYBOOK_DIR: composed.dir, SITE_URL: siteUrl };
	// The gate must fail on violations (no PLAYBOOK_DRAFT). The test runner's own variables (NODE_ENV=test, DEV=1,
	// MODE …) would make Vite build in development mode, where Starlight leaves search out.
	for (const key of ['PLAYBOOK_DRAFT', 'NODE_ENV', 'DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL', 'TEST']) delete env[key];
	for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
	try {
		execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, '--silent'], {
			cwd: root,
			env,
			stdio: 'pipe',
		});
	} catch (error) {
		const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
		throw new Error(`The third-locale build failed:\n${stdout?.toString() ?? ''}${stderr?.toString() ?? ''}`, { cause: error });
	}
	server = await serveStatic(outDir);
	browser = await launch();
	context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	composed?.remove();
	if (outRoot) rmSync(outRoot, { recursive: true, force: true });
	// The build wrote the fixture's pages into src/content/ (generated, git-ignored): put the client playbook's back.
	buildSite(loadPlaybook({ dir: join(root, 'content'), draft: false }), {
		base: '/',
		docsDir: join(root, 'src/content/docs'),
		i18nDir: join(root, 'src/content/i18n'),
	});
});

const siteUrl = 'https://playbook.test';
const pathOf = (locale: PlaybookLocale, id: string) => `/${[locale.prefix, id].filter(Boolean).join('/')}/`;
const ui = (locale: PlaybookLocale, key: string) => playbook.byLocale[locale.code]!.ui[key]!;

async function open(path: string): Promise<Page> {
	const page = await context.newPage();
	const response = await page.goto(server.url + path);
	expect(response?.status(), `${path} should be served`).toBe(200);
	return page;
}

const noticeOf = (page: Page) => page.locator('main p', { hasText: ui(draft, 'i18n.untranslatedContent') });

describe('a build with a public address (SITE_URL)', () => {
	it('publishes llms.txt for AI assistants, pointing at each published locale’s playbook in the skill format', async () => {
		const response = await fetch(`${server.url}/llms.txt`);
		expect(response.status).toBe(200);
		const text = await response.text();
		for (const locale of playbook.locales.filter((l) => l.status === 'published'))
			expect(text).toContain(`${siteUrl}/${locale.prefix ? `${locale.prefix}/` : ''}skill.txt`);
	});

	it('gives llms-full.txt each template’s fields, which its page shows as a form and does not repeat', async () => {
		const text = await (await fetch(`${server.url}/llms-full.txt`)).text();
		const templates = playbook.byLocale[playbook.defaultLocale.code]!.templates!.templates;
		// The labels written out in templates.yaml in plain words (others come from the models).
		const labels = templates
			.flatMap((template) => template.sections)
			.flatMap((section) => section.fields)
			.map((field) => field.label)
			.filter((label): label is string => typeof label === 'string' && /^[\p{L} ]+$/u.test(label));
		expect(labels.length).toBeGreaterThan(2);
		for (const label of labels) expect(text).toContain(`**${label}`);
		// On the page, the form alone: not the list of fields (items that open with a bold label) before it.
		const page = await open(pathOf(playbook.defaultLocale, `templates/${templates[0]!.id}`));
		await expect(page.locator('pb-template-form').count()).resolves.toBe(1);
		await expect(page.locator('main .sl-markdown-content > ul > li > strong:first-child').count()).resolves.toBe(0);
		await page.close();
	});

	it('gives pages canonical links at that address', async () => {
		const page = await open(pathOf(playbook.defaultLocale, translated[0]));
		expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
			`${siteUrl}${pathOf(playbook.defaultLocale, translated[0])}`,
		);
		await page.close();
	});
});

describe('a draft locale with two pages translated', () => {
	it.each(translated)('serves its translation of /%s/ in its language, without the fallback notice', async (id) => {
		const page = await open(pathOf(draft, id));
		const content = playbook.byLocale[draft.code]!;
		expect(await page.getAttribute('html', 'lang')).toBe(draft.lang);
		expect(await page.getAttribute('main', 'lang')).toBe(draft.lang);
		expect((await page.locator('h1').textContent())?.trim()).toBe(content.pages.models[id]!.page!.title);
		const headings = (await page.locator('.sl-markdown-content h2').allTextContents()).map((h) => h.trim());
		expect(headings).toEqual(expect.arrayContaining(Object.values(content.site!.sections)));
		expect(headings).toEqual(
			expect.arrayContaining(Object.keys(content.models[id]!.data as object).map((key) => content.models[id]!.names[key])),
		);
		expect(await noticeOf(page).count()).toBe(0);
		await page.close();
	});

	it(`serves an untranslated page as the default locale's, with the notice in the draft's language`, async () => {
		const page = await open(pathOf(draft, untranslated));
		const main = playbook.byLocale[playbook.defaultLocale.code]!;
		expect(await page.getAttribute('html', 'lang')).toBe(draft.lang);
		expect(await page.getAttribute('main', 'lang')).toBe(playbook.defaultLocale.lang);
		expect((await page.locator('h1').textContent())?.trim()).toBe(main.pages.lifecycle!.page!.title);
		await expect(noticeOf(page).isVisible()).resolves.toBe(true);
		await page.close();
	});

	it('is offered in the language picker, which lands on the same page in the draft locale', async () => {
		const page = await open(pathOf(playbook.defaultLocale, translated[0]));
		const picker = page.locator('starlight-lang-select select').first();
		expect(await picker.locator('option').allTextContents()).toEqual(playbook.locales.map((l) => l.label));
		await picker.selectOption({ label: draft.label });
		await page.waitForURL((url) => url.pathname === pathOf(draft, translated[0]));
		expect(await page.getAttribute('html', 'lang')).toBe(draft.lang);
		await page.close();
	});

	it('passes the quality gate, its gaps reported as allowed and none on the translated pages', () => {
		const report = JSON.parse(readFileSync(jsonReportPath(join(outRoot, 'dist')), 'utf8')) as {
			ok: boolean;
			violations: unknown[];
			allowed: { page: string; rule: string }[];
			pages: { path: string }[];
		};
		expect(report.ok).toBe(true);
		expect(report.violations).toEqual([]);
		for (const id of translated) expect(report.pages.map((p) => p.path)).toContain(pathOf(draft, id));
		const draftFindings = report.allowed.filter((f) => f.page.startsWith(pathOf(draft, '')));
		expect(draftFindings.map((f) => f.page)).toContain(pathOf(draft, untranslated));
		expect(draftFindings.filter((f) => translated.some((id) => f.page === pathOf(draft, id)))).toEqual([]);
	});

	it('finds a term of one translated page from search on another, in the draft locale only', async () => {
		const page = await open(pathOf(draft, translated[0]));
		await page.locator('site-search button[data-open-modal]').click();
		// The architecture page's word for its one-page model of the relationship: "blueprint".
		const term = '設計図';
		expect(JSON.stringify(playbook.byLocale[draft.code]!.pages.models['architecture'])).toContain(term);
		await page.locator('#starlight__search input').fill(term);
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		const urls = await page
			.locator('.pagefind-ui__result-link')
			.evaluateAll((links) => links.map((l) => new URL((l as HTMLAnchorElement).href).pathname));
		expect(urls).toContain(pathOf(draft, 'architecture'));
		expect(urls.every((u) => u.startsWith(pathOf(draft, '')))).toBe(true);
		// The search box speaks the draft's language too: its words come from the locale's interface strings.
		const count = new Set(urls).size;
		const message = ui(draft, count === 1 ? 'pagefind.one_result' : 'pagefind.many_results')
			.replace('[SEARCH_TERM]', term)
			.replace('[COUNT]', String(count));
		expect((await page.locator('.pagefind-ui__message').textContent())?.trim()).toBe(message);
		await page.close();
	});

	it.each(translated)('the translated /%s/ page has no serious accessibility violation (axe-core)', async (id) => {
		const page = await open(pathOf(draft, id));
		expect(await seriousViolations(page)).toEqual([]);
		await page.close();
	});
});
