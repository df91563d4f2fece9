import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Playbook } from '../lib/content/load-playbook';
import type { PlaybookModels } from '../schemas/models';
import { alternateOf, checklistPages } from './checklists';
import { architecturePage, communicationPage, failurePatternsPage, onboardingPage } from './frameworks';
import type { GeneratedPage } from './generated-page';
import { lifecycleOverview, stagePages } from './lifecycle';
import type { RenderContext } from './markdown';
import { boundariesPage, homePage, notFoundPage, principlesPage } from './reference';
import { qualityPage } from './quality';
import { templatePages, templatesIndex } from './templates';
import { workspacePage } from './workspace';

/** Every page of one locale; `playbook` gives checklists their other language for bilingual printing. */
export function generatePages(models: PlaybookModels, context: RenderContext, playbook?: Playbook): GeneratedPage[] {
	return [
		homePage(models, context),
		principlesPage(models, context),
		boundariesPage(models, context),
		lifecycleOverview(models, context),
		...stagePages(models, context),
		architecturePage(models, context),
		onboardingPage(models, context),
		failurePatternsPage(models, context),
		communicationPage(models, context),
		templatesIndex(models, context),
		workspacePage(models, context),
		...templatePages(models, context),
		qualityPage(models, context),
		...checklistPages(models, context, playbook && alternateOf(playbook, context.locale.id, context.base)),
	];
}

/** The docs file of a page: `index.mdx` for a page that has children (home, `lifecycle`). */
function fileOf(page: GeneratedPage, prefix: string, pages: readonly GeneratedPage[]): string {
	const hasChildren = pages.some((other) => (page.id === '' ? other.id !== '' : other.id.startsWith(`${page.id}/`)));
	const path = [prefix, page.id].filter(Boolean).join('/');
	return hasChildren ? join(path, 'index.mdx') : `${path}.mdx`;
}

/**
 * Writes the generated MDX of every locale into Starlight's docs folder, which holds nothing else.
 * Unchanged files are left alone so that Astro's content cache stays warm; files of pages that no
 * longer exist are removed. Returns the written paths, relative to `docsDir`.
 */
export function writePages(playbook: Playbook, docsDir: string, base: string): string[] {
	const wanted = new Map<string, string>();
	for (const locale of playbook.locales) {
		const models = playbook.byLocale[locale.id];
		if (!models) continue;
		const pages = generatePages(models, { locale, base }, playbook);
		for (const page of pages) wanted.set(fileOf(page, locale.prefix, pages), page.body);
	}

	wanted.set('404.mdx', notFoundPage(playbook, base));

	for (const existing of listFiles(docsDir)) {
		if (!wanted.has(existing)) rmSync(join(docsDir, existing));
	}
	for (const [file, body] of wanted) {
		const path = join(docsDir, file);
		if (readOrEmpty(path) === body) continue;
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, body);
	}
	return [...wanted.keys()];
}

function listFiles(dir: string): string[] {
	try {
		return readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => relative(dir, join(entry.parentPath, entry.name)));
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
