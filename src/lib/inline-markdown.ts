import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { micromark } from 'micromark';

/**
 * Content text allows inline Markdown only: `**bold**`, `*emphasis*`, `` `code` `` and links. Everything else
 * must show exactly as written, wherever the text appears: a value that starts with `#`, `>`, `-`, `1.`, `---`
 * or a tab, or holds `<tag>`, `{braces}` or `&amp;`, is text, not structure. This module is the one place
 * that makes it so, for the generated MDX pages and for components alike.
 */

/** Characters Markdown or MDX would read as markup or expressions anywhere in a line. */
const markup = /[<>{}&]/g;
/** What would start a block (heading, quote, list, rule, code block) at the start of a line. */
const blockStart = /^(#{1,6}|>|[-+*]|\d{1,9}[.)]|[-*_=]{3,})(?=\s|$)/;

/**
 * Text made safe to place inside a Markdown or MDX paragraph, list item or heading: newlines become spaces,
 * markup characters and a leading block marker are backslash-escaped (CommonMark and MDX both read `\<` as
 * `<`), code spans are left as they are.
 */
export function protectText(text: string): string {
	const escaped = text
		.replace(/\s*\n\s*/g, ' ')
		.trim()
		.split(/(`[^`]*`)/)
		.map((part, index) => (index % 2 === 1 ? part : part.replace(markup, (char) => `\\${char}`)))
		.join('');
	// Digits cannot be escaped: an ordered-list marker is broken by escaping its dot or parenthesis instead.
	return escaped.replace(blockStart, (marker) => (/^\d/.test(marker) ? `${marker.slice(0, -1)}\\${marker.slice(-1)}` : `\\${marker}`));
}

/** Turns `(page:lifecycle/onboarding#x)` link targets into the locale's addresses. */
export const localiseLinks = (text: string, hrefOf: (ref: string) => string): string =>
	text.replace(/\]\(page:([^)\s]*)\)/g, (_, ref: string) => `](${hrefOf(ref)})`);

/**
 * Content text as inline HTML, for components: inline Markdown rendered, everything else escaped. With
 * `hrefOf` null (text inside a link already), links show as their label.
 */
export function inlineHtml(text: string, hrefOf: ((ref: string) => string) | null): string {
	const source = hrefOf ? localiseLinks(protectText(text), hrefOf) : protectText(text).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
	return micromark(source)
		.trim()
		.replace(/^<p>|<\/p>$/g, '');
}

/** Content text as plain text, for places that cannot show Markdown: the copied plain-text email, `aria-label`s. */
export function plainText(text: string): string {
	return toString(fromHtml(inlineHtml(text, null), { fragment: true }));
}
