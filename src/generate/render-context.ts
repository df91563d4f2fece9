import type { LocaleContent, Playbook, PlaybookLocale } from '../lib/content/playbook.ts';
import { displayPath, localeFiles } from '../lib/content/playbook-folder.ts';
import { join } from 'node:path';

/** A piece of prose a page needs and the content does not have yet. */
export interface ToBeWritten {
	/** The file to write it in, as shown to editors. */
	file: string;
	locale: string;
	/** The field, e.g. `stages.pre_close.sections.context`. */
	field: string;
	/** The page that shows it, locale-free. */
	page: string;
}

/** What every page writer needs: the playbook, the locale it writes, its content and interface strings. */
export interface RenderContext {
	playbook: Playbook;
	locale: PlaybookLocale;
	content: LocaleContent;
	/** Astro's `base`, with a trailing slash. */
	base: string;
	/** The locale's interface string for `key`, `{name}` placeholders filled from `vars`. */
	t: (key: string, vars?: Record<string, string | number>) => string;
	/** Prose found missing while writing, for the to-be-written report. */
	todos: ToBeWritten[];
	/** The title of a page of the site in this locale, by page id. */
	titleOf: (page: string) => string;
}

export function renderContext(
	playbook: Playbook,
	locale: PlaybookLocale,
	base: string,
	todos: ToBeWritten[],
	titleOf: (page: string, locale: PlaybookLocale) => string,
): RenderContext {
	const content = playbook.byLocale[locale.code]!;
	const fallback = playbook.byLocale[playbook.defaultLocale.code]!.ui;
	const t = (key: string, vars: Record<string, string | number> = {}) =>
		(content.ui[key] ?? fallback[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
	return { playbook, locale, content, base, t, todos, titleOf: (page) => titleOf(page, locale) };
}

/**
 * A prose value the page needs, or a visible "to be written" note in its place, recorded so that a normal
 * build fails listing every such field and a draft build (`PLAYBOOK_DRAFT=1`) shows the note.
 */
export function need<T>(
	value: T | undefined | '',
	context: RenderContext,
	at: { file: string; field: string; page: string },
): T | undefined {
	if (value !== undefined && value !== '') return value;
	context.todos.push({ file: at.file, locale: context.locale.code, field: at.field, page: at.page });
	return undefined;
}

/** The note shown where prose is missing, in the page's language; the quality gate finds it by `data-pb-draft`. */
export function draftNote(context: RenderContext, at: { file: string; field: string }): string {
	const text = context.t('pb.draft.note', { field: at.field, file: at.file }).replace(/[<>{}&]/g, (c) => `&#${c.charCodeAt(0)};`);
	return `<p class="pb-draft" data-pb-draft>${text}</p>`;
}

/** The file of a locale's page prose, as editors see it: `content/zh-cn/pages/lifecycle.yaml`. */
export const pageFile = (context: RenderContext, page: string): string =>
	displayPath(join(context.playbook.dir, localeFiles.page(context.locale.code, page)));
/** Any other file of the locale, as editors see it. */
export const localeFile = (context: RenderContext, rel: (code: string) => string): string =>
	displayPath(join(context.playbook.dir, rel(context.locale.code)));
