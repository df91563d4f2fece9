import { slug } from 'github-slugger';
import type { ContentLocale } from '../locales';
import type { PageRef } from '../schemas/common';

/** What every writer needs to turn content into MDX for one locale. */
export interface RenderContext {
	locale: ContentLocale;
	/** Astro's `base`, with a trailing slash. */
	base: string;
}

/** The URL of a page in the context's locale: `lifecycle/onboarding#x` -> `/zh-cn/lifecycle/onboarding/#x`. */
export function href(ref: PageRef, { locale, base }: RenderContext): string {
	const [id = '', anchor] = ref.split('#');
	const path = [locale.prefix, id].filter(Boolean).join('/');
	return `${base}${path ? `${path}/` : ''}${anchor ? `#${anchor}` : ''}`;
}

/** The anchor Astro gives a heading with this text. */
export const anchorOf = (heading: string): string => slug(heading);

/**
 * Content text as inline MDX: characters MDX would treat as code (`{`, `<`) are escaped, a leading
 * block marker is neutralised, and `page:` links are localised.
 */
export function inline(text: string, context: RenderContext): string {
	// Code spans are literal in MDX: a backslash there would show, so only the prose around them is escaped.
	return text
		.split(/(`[^`\n]*`)/)
		.map((part, index) => (index % 2 === 1 ? part : part.replace(/[{}<>]/g, (char) => `\\${char}`)))
		.join('')
		.replace(/^([#>+-]|\d+[.)])(?=\s)/, '\\$1')
		.replace(/\]\(page:([^)\s]*)\)/g, (_, ref: string) => `](${href(ref, context)})`)
		.replace(/\s*\n\s*/g, ' ');
}

/** A bullet list of inline texts. */
export const bullets = (items: readonly string[], context: RenderContext): string =>
	items.map((item) => `- ${inline(item, context)}`).join('\n');

/** A Markdown link with an escaped label. */
export const link = (label: string, url: string): string => `[${label.replace(/[[\]{}<>]/g, (c) => `\\${c}`)}](${url})`;

/** YAML frontmatter; values are JSON-encoded, which YAML reads as-is. */
export function frontmatter(fields: Record<string, unknown>): string {
	const lines = Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
	return `---\n${lines.join('\n')}\n---`;
}

/** Joins blocks with blank lines, dropping empty ones. */
export const blocks = (...parts: (string | false | undefined)[]): string => `${parts.filter(Boolean).join('\n\n')}\n`;
