import { slug } from 'github-slugger';
import type { PageRef } from '../schemas/common.ts';
import { inlineHtml, localiseLinks, protectText } from '../lib/inline-markdown.ts';
import { SOURCE_ATTRIBUTE } from '../lib/text/source-quote.ts';
import { pageHref } from '../lib/urls.ts';
import { draftNote, need, type RenderContext } from './render-context.ts';

/** The URL of a page in the context's locale: `lifecycle/onboarding#x` -> `/zh-cn/lifecycle/onboarding/#x`. */
export const href = (ref: PageRef, { locale, base }: Pick<RenderContext, 'locale' | 'base'>): string => pageHref(ref, locale.prefix, base);

/** Content text (prose) as inline Markdown: shown exactly as written, inline Markdown kept, `page:` links localised. */
export const md = (text: string, context: RenderContext): string => localiseLinks(protectText(text), (ref) => href(ref, context));

/**
 * Content text as inline HTML, for inside an HTML block of a Markdown page (a line that starts with a tag), where
 * Markdown is not read: what `md` keeps as Markdown is rendered, everything else escaped, `page:` links localised.
 */
export const mdHtml = (text: string, context: RenderContext): string => inlineHtml(text, (ref) => href(ref, context));

/** Text of the skill itself, with the site's words for what the source calls itself (site.yaml `rename`). */
export function sourceText(text: string, context: RenderContext): string {
	let out = text;
	for (const { source, site } of context.content.site?.rename ?? []) out = out.replaceAll(source, site);
	return out;
}

/**
 * Text of the skill itself as inline Markdown, marked as the source's own words (`data-pb-source`): the
 * quality gate leaves the marked text out where a rule concerns our wording (the glossary), since the source's
 * items stay word for word. Works in a paragraph, a list item, a table cell and a heading, in Markdown and MDX.
 */
export const quote = (text: string, context: RenderContext): string => quoted(md(sourceText(text, context), context));

/** Inline Markdown (a link labelled with a source item, say) marked as the source's own words. */
export const quoted = (markdown: string): string => `<span ${SOURCE_ATTRIBUTE}="">${markdown}</span>`;

/**
 * A bold label and what follows it, in the locale's punctuation (`pb.colon`): "**Owner:** text" where the colon
 * is followed by a space, "**负责人**：文字" where it is not. A full-width colon stays outside the bold: Markdown
 * cannot close emphasis after punctuation when a letter follows, and Chinese puts no space after "：".
 */
export function labelled(label: string, text: string, context: Pick<RenderContext, 't'>): string {
	const colon = context.t('pb.colon');
	const bare = label.replace(/\s*[:：]\s*$/u, '');
	return /\s$/.test(colon) ? `**${bare}${colon.trim()}** ${text}` : `**${bare}**${colon}${text}`;
}

/** A Markdown heading with a stable id shared by every locale (see src/markdown/heading-ids.ts). */
export const heading = (level: number, text: string, id: string): string => `${'#'.repeat(level)} ${text} \\{#${id}\\}`;

/** The id a key or text gets as an anchor: `core_elements` -> `core-elements`. */
export const anchorOf = (text: string): string => slug(text.replace(/_/g, '-'));

/** A Markdown link whose label is content text, shown as written (inline Markdown kept). */
export const link = (label: string, url: string): string => `[${protectText(label).replace(/[[\]]/g, (c) => `\\${c}`)}](${url})`;

/** A bullet list of inline Markdown. */
export const bullets = (items: readonly string[]): string => items.map((item) => `- ${item}`).join('\n');

/** YAML frontmatter; values are JSON-encoded, which YAML reads as they are. */
export function frontmatter(fields: Record<string, unknown>): string {
	const lines = Object.entries(fields)
		.filter(([, value]) => value !== undefined)
		.map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
	return `---\n${lines.join('\n')}\n---`;
}

/** Joins blocks with blank lines, dropping empty ones. */
export const blocks = (...parts: (string | false | undefined | null)[]): string => `${parts.filter(Boolean).join('\n\n')}\n`;

/**
 * Prose the page needs: rendered by `render` when the content has it, else a visible "to be written" note
 * (recorded for the report). `at` names the file and field an editor would fill in.
 */
export function prose<T>(
	value: T | undefined | '',
	context: RenderContext,
	at: { file: string; field: string; page: string },
	render: (value: T) => string,
): string {
	const present = need(value, context, at);
	return present === undefined ? draftNote(context, at) : render(present);
}
