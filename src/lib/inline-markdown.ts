import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { micromark } from 'micromark';

/**
 * Content text allows inline Markdown only: `**bold**`, `*emphasis*`, `` `code` `` and links. Everything else
 * must show exactly as written, wherever the text appears: a value that starts with `#`, `>`, `-`, `1.`, `---`
 * or a tab, or holds `<tag>`, `{braces}` or `&amp;`, is text, not structure. This module is the one place
 * that makes it so, for the generated pages and for components alike.
 */

/** Characters Markdown or MDX would read as markup or expressions anywhere in a line. */
const markup = /[<>{}&]/g;
/** What would start a block (heading, quote, list, rule, code block) at the start of a line. */
const blockStart = /^(#{1,6}|>|[-+*]|\d{1,9}[.)]|[-*_=]{3,})(?=\s|$)/;

/**
 * An inline link of content text, `[label](target)`: group 1 is the label, group 2 the target. The label may hold
 * code spans, escaped characters (`\]`) and one level of brackets (`[the [draft] plan](page:x)`). The one
 * definition of a link that the generator, the content check's references and its parity read.
 */
const inlineLink = /\[((?:`[^`]*`|\\.|`(?![^`]*`)|[^[\]\\`]|\[(?:`[^`]*`|\\.|`(?![^`]*`)|[^[\]\\`])*\])*)\]\(([^)\s]*)\)/g;

/** A code span (`` `…` ``): text shown as written, never markup or a link. */
const codeSpan = /(`[^`]*`)/;

/** `text` with `change` applied to its parts outside code spans. */
const outsideCode = (text: string, change: (part: string) => string): string =>
	text
		.split(codeSpan)
		.map((part, index) => (index % 2 === 1 ? part : change(part)))
		.join('');

/** The code spans of `text`, as `[start, end)` offsets. */
const codeSpansOf = (text: string): [number, number][] =>
	[...text.matchAll(new RegExp(codeSpan.source, 'g'))].map((span) => [span.index, span.index + span[0].length]);

/** Whether offset `index` falls inside one of `spans` (`codeSpansOf`). */
const inSpan = (spans: readonly [number, number][], index: number): boolean => spans.some(([start, end]) => index >= start && index < end);

/** An inline link as written in content text. */
export interface InlineLink {
	/** The whole link, `[label](target)`. */
	whole: string;
	label: string;
	/** `page:<id>[#section]`, `https://…`, `mailto:…` or whatever else was written. */
	target: string;
}

/** The inline links of content text, but those quoted in a code span (text, not links). */
export function inlineLinks(text: string): InlineLink[] {
	const spans = codeSpansOf(text);
	return [...text.matchAll(inlineLink)]
		.filter((match) => !inSpan(spans, match.index))
		.map((match) => ({ whole: match[0], label: match[1]!, target: match[2]! }));
}

/**
 * Whether content text holds a `page:` link that is not one: `](page:` outside a code span and outside every
 * link `inlineLinks` reads (a label with brackets two levels deep). The generator would leave it unconverted.
 */
export function hasUnreadPageLink(text: string): boolean {
	const spans = codeSpansOf(text);
	const rest = text.replace(inlineLink, (whole, _label, _target, offset: number) => (inSpan(spans, offset) ? whole : ''));
	return rest.split(codeSpan).some((part, index) => index % 2 === 0 && part.includes('](page:'));
}

/**
 * Text made safe to place inside a Markdown or MDX paragraph, list item or heading: newlines become spaces,
 * markup characters and a leading block marker are backslash-escaped (CommonMark and MDX both read `\<` as
 * `<`), code spans are left as they are.
 */
export function protectText(text: string): string {
	const escaped = outsideCode(text.replace(/\s*\n\s*/g, ' ').trim(), (part) => part.replace(markup, (char) => `\\${char}`));
	// Digits cannot be escaped: an ordered-list marker is broken by escaping its dot or parenthesis instead.
	return escaped.replace(blockStart, (marker) => (/^\d/.test(marker) ? `${marker.slice(0, -1)}\\${marker.slice(-1)}` : `\\${marker}`));
}

/** Turns `(page:lifecycle/onboarding#x)` link targets into the locale's addresses; code spans stay as written. */
export function localiseLinks(text: string, hrefOf: (ref: string) => string): string {
	const spans = codeSpansOf(text);
	return text.replace(inlineLink, (whole, label: string, target: string, offset: number) =>
		target.startsWith('page:') && !inSpan(spans, offset) ? `[${label}](${hrefOf(target.slice('page:'.length))})` : whole,
	);
}

/** `text` with each link (outside code spans) replaced by its words. */
function linksAsLabels(text: string): string {
	const spans = codeSpansOf(text);
	return text.replace(inlineLink, (whole, label: string, _target, offset: number) => (inSpan(spans, offset) ? whole : label));
}

/**
 * Content text as inline HTML, for components: inline Markdown rendered, everything else escaped. With
 * `hrefOf` null (text inside a link already), links show as their label.
 */
export function inlineHtml(text: string, hrefOf: ((ref: string) => string) | null): string {
	const source = hrefOf ? localiseLinks(protectText(text), hrefOf) : linksAsLabels(protectText(text));
	return micromark(source)
		.trim()
		.replace(/^<p>|<\/p>$/g, '');
}

/** Content text as plain text, for places that cannot show Markdown: the copied plain-text email, `aria-label`s. */
export function plainText(text: string): string {
	return toString(fromHtml(inlineHtml(text, null), { fragment: true }));
}
