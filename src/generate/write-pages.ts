import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Playbook, PlaybookLocale } from '../lib/content/playbook.ts';
import { pageRegistry, type PageEntry } from '../lib/page-registry.ts';
import { checklistPages } from './checklist-pages.ts';
import type { GeneratedPage } from './generated-page.ts';
import { lifecycleOverview, stagePages } from './lifecycle-pages.ts';
import { modelPage } from './model-page.ts';
import { notFoundPage } from './not-found-page.ts';
import { pageTitle } from './page-titles.ts';
import { qualityPage } from './quality-page.ts';
import { boundariesPage, examplePage, homePage, principlesPage, responsibilitiesPage } from './reference-pages.ts';
import { type RenderContext, renderContext, type ToBeWritten } from './render-context.ts';
import { templatePages, templatesIndex } from './template-pages.ts';
import { workspacePage } from './workspace.ts';

/** The pages of every locale, and what the writing found missing. */
export interface Generated {
	/** File (relative to Starlight's docs folder) -> contents. */
	files: Map<string, string>;
	/** Every page written, per locale code, with the anchors it has. */
	pages: { id: string; locale: string; anchors: Set<string> }[];
	/** Prose still to be written, for the report (or the draft notes). */
	todos: ToBeWritten[];
}

/**
 * Writes every page of every locale as Markdown (never MDX: components go in through the frontmatter). A draft locale gets
 * only the pages whose content files it has; Starlight serves the default locale's page in place of the rest.
 */
export function generateSite(playbook: Playbook, base: string): Generated {
	const registry = pageRegistry(playbook);
	const todos: ToBeWritten[] = [];
	const contexts = new Map<string, RenderContext>();
	const titleOf = (page: string, locale: PlaybookLocale) => {
		const entry = registry.find((p) => p.id === page);
		return entry ? pageTitle(entry, contexts.get(locale.code)!) : page;
	};
	for (const locale of playbook.locales) contexts.set(locale.code, renderContext(playbook, locale, base, todos, titleOf));

	const files = new Map<string, string>();
	const pages: Generated['pages'] = [];
	for (const locale of playbook.locales) {
		const context = contexts.get(locale.code)!;
		const available = availableIn(playbook, locale, registry);
		const generated = pagesOf(context, (code) => contexts.get(code)).filter((page) => available.has(page.id));
		const parents = parentsOf(generated.map((p) => p.id));
		for (const page of generated) {
			files.set(fileOf(page, locale.prefix, parents), page.body);
			pages.push({ id: page.id, locale: locale.code, anchors: anchorsOf(page.body) });
		}
	}
	const all = [...contexts.values()];
	files.set('404.md', notFoundPage(all));
	for (const context of all.filter((c) => !c.locale.isDefault && c.locale.status === 'published'))
		files.set(`${context.locale.prefix}/404.md`, notFoundPage(all, context));
	// Prose of a page a draft locale does not get yet (it falls back) is not asked for.
	return { files, pages, todos: todos.filter((t) => pages.some((p) => p.id === t.page && p.locale === t.locale)) };
}

/** Every page of one locale, in the registry's order. */
function pagesOf(context: RenderContext, other: (code: string) => RenderContext | undefined): GeneratedPage[] {
	const { structure } = context.playbook;
	// A draft locale may have no skill.yaml yet: the pages written from it fall back to the default locale.
	const pages: GeneratedPage[] = context.content.skill ? [homePage(context), principlesPage(context), boundariesPage(context)] : [];
	for (const optional of [responsibilitiesPage(context), examplePage(context)]) if (optional) pages.push(optional);
	let order = 0;
	for (const model of structure.models) {
		if (!context.content.models[model.id]) continue;
		if (model.id === structure.lifecycle) pages.push(lifecycleOverview(model, context), ...stagePages(model, context));
		else pages.push(modelPage(model, ++order, context));
	}
	pages.push(...checklistPages(context, other));
	if (context.content.templates) pages.push(templatesIndex(context), workspacePage(context), ...templatePages(context));
	const quality = qualityPage(context);
	if (quality) pages.push(quality);
	return pages;
}

/** The pages a locale can have: all of them when published; for a draft, those whose content files it has. */
function availableIn(playbook: Playbook, locale: PlaybookLocale, registry: readonly PageEntry[]): Set<string> {
	const content = playbook.byLocale[locale.code]!;
	const main = playbook.byLocale[playbook.defaultLocale.code]!;
	const ready = (entry: PageEntry) => {
		if (locale.status === 'published') return true;
		const mine = entry.files(locale.code);
		const theirs = entry.files(playbook.defaultLocale.code);
		return mine.every((file, i) => !main.files.has(theirs[i]!) || content.files.has(file));
	};
	return new Set(registry.filter(ready).map((entry) => entry.id));
}

/** The ids of the pages that have children among `ids`: every id's ancestors (`checklists` of `checklists/x`, and '' of any). */
function parentsOf(ids: readonly string[]): Set<string> {
	const parents = new Set<string>();
	for (const id of ids) {
		if (id !== '') parents.add('');
		for (let at = id.indexOf('/'); at !== -1; at = id.indexOf('/', at + 1)) parents.add(id.slice(0, at));
	}
	return parents;
}

/** The docs file of a page: `index.md` for a page that has children (home, `lifecycle`, `checklists`). */
function fileOf(page: GeneratedPage, prefix: string, parents: ReadonlySet<string>): string {
	const hasChildren = parents.has(page.id);
	const path = [prefix, page.id].filter(Boolean).join('/');
	return hasChildren ? join(path, 'index.md') : `${path}.md`;
}

/** The anchors a generated page has: the stable ids of its headings. */
function anchorsOf(body: string): Set<string> {
	return new Set([...body.matchAll(/\\\{#([^\\]+)\\\}/g)].map((m) => m[1]!));
}

/**
 * Writes the generated files into Starlight's docs folder, which holds nothing else. Unchanged files are left
 * alone so that Astro's content cache stays warm; files of pages that no longer exist are removed.
 */
export function writeFiles(files: ReadonlyMap<string, string>, docsDir: string): void {
	for (const existing of listFiles(docsDir)) if (!files.has(existing)) rmSync(join(docsDir, existing));
	for (const [file, body] of files) {
		const path = join(docsDir, file);
		if (readOrEmpty(path) === body) continue;
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, body);
	}
}

function listFiles(dir: string): string[] {
	try {
		return readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
	} catch {
		return [];
	}
}

function readOrEmpty(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return '';
	}
}
