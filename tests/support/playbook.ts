import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSheet, type Sheet } from '../../src/generate/checklist-sheets.ts';
import { renderContext, type RenderContext } from '../../src/generate/render-context.ts';
import { loadPlaybook } from '../../src/lib/content/load-playbook.ts';
import type { LocaleContent, Playbook } from '../../src/lib/content/playbook.ts';
import { pageRegistry } from '../../src/lib/page-registry.ts';
import { resolveTemplate } from '../../src/lib/templates/resolve.ts';
import type { TemplateDef } from '../../src/lib/templates/definition.ts';

/** The project root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** The client playbook in content/, loaded and checked as the build loads it. */
export const playbook: Playbook = loadPlaybook({ dir: join(root, 'content'), draft: false }).playbook;

/** The content of a locale of the client playbook. */
export const contentOf = (code: string): LocaleContent => playbook.byLocale[code]!;

/** A locale's interface string, as the page shows it. */
export const ui = (code: string, key: string): string => contentOf(code).ui[key] ?? '';

/** What the generator renders a locale with: its interface strings, content and page titles. */
export function contextOf(code: string, of: Playbook = playbook): RenderContext {
	const locale = of.locales.find((l) => l.code === code)!;
	return renderContext(of, locale, '/', [], (page) => page);
}

/** Every checklist of a locale as it prints: groups and boxes, references resolved. */
export const sheetsOf = (code: string): Sheet[] =>
	(contentOf(code).checklists?.checklists ?? []).map((c) => buildSheet(c, contextOf(code)));

/** Every template of a locale, resolved as its page renders it. */
export function templatesOf(code: string): TemplateDef[] {
	const context = contextOf(code);
	return (contentOf(code).templates?.templates ?? []).map((t) => resolveTemplate(context, t));
}

/** One template of a locale, resolved as its page renders it; throws when the playbook has no such template. */
export function templateOf(code: string, id: string): TemplateDef {
	const template = templatesOf(code).find((t) => t.id === id);
	if (!template) throw new Error(`no template "${id}" in locale ${code}`);
	return template;
}

/** Every page of the site in every locale, as URL paths: the registry the site is built from. */
export function sitePaths(of: Playbook = playbook): { path: string; id: string; locale: string; lang: string; kind: string }[] {
	const registry = pageRegistry(of);
	return of.locales.flatMap((locale) =>
		registry.map((page) => ({
			id: page.id,
			kind: page.kind,
			locale: locale.code,
			lang: locale.lang,
			path: `/${[locale.prefix, page.id].filter(Boolean).join('/')}${locale.prefix || page.id ? '/' : ''}`,
		})),
	);
}
