import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybook } from '../../src/lib/content/load-playbook';
import type { PlaybookModels } from '../../src/schemas/models';
import { projectRoot } from './support/content-copy';

const playbook = loadPlaybook({ root: projectRoot });
let outDir: string;

beforeAll(() => {
	// A real build of the whole site, into a folder of its own.
	outDir = mkdtempSync(join(tmpdir(), 'playbook-build-'));
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
		cwd: projectRoot,
		encoding: 'utf8',
	});
	if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
}, 180_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The reader-visible text of a built page's main content, with typography normalised. */
function pageText(prefix: string, id: string): string {
	const file = join(outDir, prefix, id, 'index.html');
	const tree = fromHtml(readFileSync(file, 'utf8'));
	const main = select('main', tree);
	if (!main) throw new Error(`${file} has no <main>`);
	return normalise(toText(main));
}

const normalise = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

/** Content text as a reader sees it: Markdown links and emphasis reduced to their words. */
const asRead = (text: string) => normalise(text.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/\*\*/g, ''));

/** Every reader-facing string in a part of a model (ids, keys and references are not text). */
function texts(value: unknown, key = ''): string[] {
	if (['id', 'key', 'link', 'page', 'number', 'patterns', 'responses', 'description'].includes(key)) return [];
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap((item) => texts(item));
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, k));
	return [];
}

/** Which page each part of each model must reach. */
function expectations(models: PlaybookModels): { page: string; what: string; strings: string[] }[] {
	const { page: _lifecyclePage, stages, ...overview } = models.lifecycle;
	return [
		{ page: '', what: 'home', strings: texts({ ...models.home, page: undefined }) },
		{ page: '', what: 'default outputs', strings: texts(models.outputs.defaults).concat(models.outputs.lead) },
		{ page: 'principles', what: 'principles', strings: texts({ ...models.principles, page: undefined }) },
		{ page: 'principles', what: 'client summary', strings: texts(models.outputs.client_summary) },
		{ page: 'principles', what: 'quality check', strings: texts(models.quality) },
		{ page: 'boundaries', what: 'boundaries', strings: texts({ ...models.boundaries, page: undefined }) },
		{ page: 'lifecycle', what: 'lifecycle overview', strings: texts(overview).concat(stages.flatMap((s) => [s.name, s.purpose])) },
		...stages.map((stage) => ({ page: `lifecycle/${stage.id}`, what: `stage ${stage.id}`, strings: texts(stage) })),
		...(['architecture', 'onboarding', 'failure-patterns', 'communication'] as const).map((model) => ({
			page: model,
			what: model,
			strings: texts({ ...models[model], page: { title: models[model].page.title } }),
		})),
	];
}

describe.each(playbook.locales)('the built $id site', (locale) => {
	const models = playbook.byLocale[locale.id]!;

	it.each(expectations(models))('shows every item of the $what model on /$page', ({ page, strings }) => {
		const text = pageText(locale.prefix, page);
		const missing = strings.map(asRead).filter((s) => !text.includes(s));
		expect(missing).toEqual([]);
	});

	it('gives every page its meta description from the content', () => {
		const html = readFileSync(join(outDir, locale.prefix, 'lifecycle', 'pre-close', 'index.html'), 'utf8');
		const tree = fromHtml(html);
		const meta = select('meta[name="description"]', tree);
		expect(meta?.properties['content']).toBe(models.lifecycle.stages[0]!.description);
	});

	it('links each stage to the failure patterns that apply, in the same language', () => {
		const tree = fromHtml(readFileSync(join(outDir, locale.prefix, 'lifecycle', 'pre-close', 'index.html'), 'utf8'));
		const hrefs = new Set<string>();
		const visit = (node: any) => {
			if (node.tagName === 'a' && typeof node.properties?.href === 'string') hrefs.add(node.properties.href);
			node.children?.forEach(visit);
		};
		visit(tree);
		const prefix = locale.prefix ? `/${locale.prefix}` : '';
		const patternLinks = [...hrefs].filter((href) => href.startsWith(`${prefix}/failure-patterns/#`));
		expect(patternLinks.length).toBe(models.lifecycle.stages[0]!.sections.risks.patterns.length);
	});
});
