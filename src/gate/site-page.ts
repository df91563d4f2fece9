import { type AnyNode, type Document, DomHandler, type Element, hasChildren, isTag, isText } from 'domhandler';
import { DomUtils, Parser } from 'htmlparser2';
import { REGISTRATION_ATTRIBUTE } from '../lib/offline/registration.ts';
import { SOURCE_ATTRIBUTE } from '../lib/text/source-quote.ts';
import type { GateLocale } from './config.ts';

/** A heading of the page's content and what lies under it, up to the next heading of its level or higher. */
export interface Section {
	level: number;
	/** The heading as a reader sees it, whitespace collapsed. */
	heading: string;
	id: string | undefined;
	/** The section's text, without the heading, whitespace collapsed. */
	text: string;
	/** Links in the section. */
	links: number;
	/** Images, form controls, tables and other content that is not text. */
	media: number;
}

/** A stylesheet or script the page loads, external (`/_astro/x.js`) or inline. */
export interface Asset {
	type: 'js' | 'css';
	/** The URL path of an external asset; `inline:<content>` for an inline one. */
	key: string;
	/** Inline content; undefined for an external asset. */
	inline?: string;
	/** The service worker registration script (src/lib/offline/registration.ts): budgeted on its own. */
	registration?: true;
}

/** One built HTML page, read as a reader gets it. */
export interface SitePage {
	/** URL path below Astro's `base`, e.g. `/zh-cn/lifecycle/pre-close/` or `/404.html`. */
	path: string;
	locale: GateLocale;
	/** The path without the locale prefix: the same for a page in every locale. */
	localPath: string;
	/** `<title>` and meta description. */
	title: string;
	description: string;
	/** Headings h2–h6 of the content, in order, with their sections. */
	sections: Section[];
	/** Reader-facing text of the title, description and content, one block per line. */
	text: string;
	/** Like {@link text}, without elements marked as another language (`lang="en"` on a Chinese page). */
	ownLanguageText: string;
	/**
	 * Like {@link text}, without the source's own words quoted on the page (elements marked `data-pb-source`):
	 * the page's own wording, which the glossary holds to its preferred terms.
	 */
	ownWordingText: string;
	/** `href`s of the links in the page's content (Starlight's own navigation excluded). */
	links: string[];
	/** Every `id` (and `<a name>`) in the page's `<main>`: the anchors a content link may point at. */
	anchors: Set<string>;
	assets: Asset[];
	/** The text of every "to be written" note (`data-pb-draft`) a draft build left on the page. */
	drafts: string[];
}

/** Elements whose text is not prose: code is quoted literally, scripts and styles are not read. */
const notProse = new Set(['script', 'style', 'template', 'noscript', 'code', 'pre', 'kbd', 'samp', 'var', 'svg', 'math']);
const media = new Set([
	'img',
	'svg',
	'picture',
	'video',
	'audio',
	'iframe',
	'canvas',
	'input',
	'textarea',
	'select',
	'button',
	'table',
	'object',
]);
const blocks = new Set([
	'p',
	'li',
	'ul',
	'ol',
	'div',
	'section',
	'article',
	'aside',
	'figure',
	'figcaption',
	'blockquote',
	'table',
	'tr',
	'td',
	'th',
	'dt',
	'dd',
	'dl',
	'br',
	'hr',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'details',
	'summary',
	'label',
	'fieldset',
	'legend',
	'form',
	'header',
	'footer',
	'nav',
]);
/** Attributes a reader meets (a screen reader reads them; some show on hover or in empty fields). */
const readerAttributes = ['aria-label', 'alt', 'title', 'placeholder'] as const;

/**
 * The part of a page the gate reads: the `<head>` (title, description, scripts, styles) and `<main>`.
 * Starlight's header and sidebar repeat on every page and hold no content, and skipping them makes
 * parsing three to four times faster. A page given as its UTF-8 bytes (as read from its file) is decoded
 * only there: a big playbook's sidebar is most of each file. A page without a `<main>` is read whole.
 */
function readerPart(html: string | Uint8Array): string {
	const page = typeof html === 'string' ? html : Buffer.from(html.buffer, html.byteOffset, html.byteLength);
	const text = (start = 0, end = page.length) => (typeof page === 'string' ? page.slice(start, end) : page.toString('utf8', start, end));
	const headEnd = page.indexOf('</head>');
	const mainStart = mainTagIn(page);
	const mainEnd = page.lastIndexOf('</main>');
	if (headEnd === -1 || mainStart === -1 || mainEnd < mainStart) return text();
	return `${text(0, headEnd + 7)}<body>${text(mainStart, mainEnd + 7)}</body></html>`;
}

/** Where `<main>` (or `<main …>`) starts, in a page's text or its UTF-8 bytes; -1 if nowhere. */
function mainTagIn(page: string | Buffer): number {
	for (let at = page.indexOf('<main'); at !== -1; at = page.indexOf('<main', at + 1)) {
		const next = typeof page === 'string' ? page.charCodeAt(at + 5) : page[at + 5];
		// `>` or HTML whitespace, not `<mainly>`.
		if (next === 0x3e || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0c || next === 0x0d) return at;
	}
	return -1;
}

/** What the content holds, in document order: sections are cut from this stream by heading level. */
type ContentEvent =
	| { kind: 'heading'; level: number; heading: string; id: string | undefined }
	| { kind: 'text'; text: string }
	| { kind: 'link' }
	| { kind: 'media' };

const headingLevel = (el: Element) => (/^h[2-6]$/.test(el.name) ? Number(el.name[1]) : 0);
/** An attribute's tokens (`class`, `rel`), separated by ASCII whitespace as HTML has it (not by a no-break space). */
const tokens = (el: Element, name: string) => (el.attribs[name] ?? '').split(/[\t\n\f\r ]+/).filter(Boolean);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The text of all of a node's descendants (`textContent`). */
const textOf = (node: AnyNode) => DomUtils.textContent(node);

/**
 * A page's tree: htmlparser2's parse into domhandler nodes, four times faster than parse5 on these pages. As in the
 * HTML standard (and parse5), a `<template>`'s content is not part of the page: it is left out of the tree. Unlike
 * parse5, htmlparser2 does not repair misnested markup (`<h2>…</h3>`); Astro writes the pages the gate reads.
 */
function parsePage(html: string): Document {
	const handler = new DomHandler(undefined, undefined, (element) => {
		if (element.name === 'template') element.children = [];
	});
	new Parser(handler).end(html);
	return handler.root;
}

/**
 * Parses a built page, given as its HTML or that HTML's UTF-8 bytes (as read from its file). `path` is its URL
 * path below Astro's `base`; `locales` tell its locale from the path.
 */
export function readSitePage(html: string | Uint8Array, path: string, locales: readonly GateLocale[]): SitePage {
	const tree = parsePage(readerPart(html));
	const locale = localeOfPath(path, locales);
	const localPath = locale.prefix ? path.slice(locale.prefix.length + 1) : path;
	const pageLang = primaryLanguage(findElement(tree, (el) => el.name === 'html')?.attribs['lang'] ?? locale.lang);

	// A page without a `<head>` (Astro's redirect pages) has its title where it wrote it.
	const head = findElement(tree, (el) => el.name === 'head') ?? tree;
	const titleEl = findElement(head, (el) => el.name === 'title');
	const descriptionEl = findElement(head, (el) => el.name === 'meta' && el.attribs['name'] === 'description');
	const title = titleEl ? squash(textOf(titleEl)) : '';
	const description = squash(descriptionEl?.attribs['content'] ?? '');

	const main = findElement(tree, (el) => el.name === 'main');
	const content = (main && findElement(main, (el) => tokens(el, 'class').includes('sl-markdown-content'))) ?? main;
	const h1 = main && findElement(main, (el) => el.name === 'h1');

	const text: string[] = [title, description];
	const ownLanguageText: string[] = [title, description];
	const ownWordingText: string[] = [title, description];
	const links: string[] = [];
	const events: ContentEvent[] = [];
	/** Text the reader reads: into `text`, and into the other two unless it is foreign or quoted. */
	const read = (value: string, foreign: boolean, quoted: boolean) => {
		text.push(value);
		if (!foreign) ownLanguageText.push(value);
		if (!quoted) ownWordingText.push(value);
	};
	const breakLine = () => {
		text.push('\n');
		ownLanguageText.push('\n');
		ownWordingText.push('\n');
	};

	const visit = (node: AnyNode, foreign: boolean, prose: boolean, quoted: boolean) => {
		if (isText(node)) {
			if (prose && node.data.trim()) read(node.data, foreign, quoted);
			if (node.data.trim()) events.push({ kind: 'text', text: node.data });
			return;
		}
		if (isTag(node)) {
			const el = node;
			if (el.name === 'script' || el.name === 'style' || el.name === 'template') return;
			// Starlight's "Section titled …" link after each heading: chrome, but read for its language. Its
			// wording is the heading's, which is read (quotes aside) with the heading.
			if (tokens(el, 'class').includes('sl-anchor-link')) {
				const label = squash(textOf(el));
				if (label) {
					breakLine();
					read(label, foreign, true);
					breakLine();
				}
				return;
			}
			const isForeign = foreign || isOtherLanguage(el, pageLang);
			const isQuoted = quoted || el.attribs[SOURCE_ATTRIBUTE] !== undefined;
			const isProse = prose && !notProse.has(el.name) && el.attribs['translate'] !== 'no';
			const level = headingLevel(el);
			if (level) {
				events.push({ kind: 'heading', level, heading: squash(textOf(el)), id: el.attribs['id'] });
			} else {
				const href = el.name === 'a' ? el.attribs['href'] : undefined;
				if (href !== undefined) {
					links.push(href);
					events.push({ kind: 'link' });
				}
				if (media.has(el.name)) events.push({ kind: 'media' });
			}
			if (isProse) {
				for (const name of readerAttributes) {
					const value = el.attribs[name];
					if (value?.trim()) {
						breakLine();
						read(value, isForeign, isQuoted);
						breakLine();
					}
				}
			}
			const block = blocks.has(el.name);
			if (block) breakLine();
			if (level) {
				// A heading's text is prose but not section content.
				const heading = squash(textOf(el));
				if (isProse) {
					text.push(heading, '\n');
					if (!isForeign) ownLanguageText.push(squash(textInLanguage(el, pageLang)), '\n');
					if (!isQuoted) ownWordingText.push(squash(textUnquoted(el)), '\n');
				}
				return;
			}
			for (const child of el.children) visit(child, isForeign, isProse, isQuoted);
			if (block) breakLine();
			return;
		}
		if (hasChildren(node)) for (const child of node.children) visit(child, foreign, prose, quoted);
	};
	if (h1 && content && !hasDescendant(content, h1)) visit(h1, false, true, false);
	if (content) visit(content, false, true, false);

	return {
		path,
		locale,
		localPath,
		title,
		description,
		sections: sectionsOf(events),
		text: tidy(text.join('')),
		ownLanguageText: tidy(ownLanguageText.join('')),
		ownWordingText: tidy(ownWordingText.join('')),
		links,
		anchors: anchorsOf(tree),
		assets: assetsOf(tree),
		drafts: draftsOf(tree),
	};
}

function sectionsOf(events: readonly ContentEvent[]): Section[] {
	const sections: Section[] = [];
	events.forEach((event, index) => {
		if (event.kind !== 'heading') return;
		const section: Section = { level: event.level, heading: event.heading, id: event.id, text: '', links: 0, media: 0 };
		const parts: string[] = [];
		for (const next of events.slice(index + 1)) {
			if (next.kind === 'heading') {
				if (next.level <= event.level) break;
				parts.push(next.heading);
			} else if (next.kind === 'text') parts.push(next.text);
			else if (next.kind === 'link') section.links++;
			else section.media++;
		}
		section.text = squash(parts.join(' '));
		sections.push(section);
	});
	return sections;
}

/** The locale whose prefix starts the path; the root locale (no prefix) otherwise. */
export function localeOfPath(path: string, locales: readonly GateLocale[]): GateLocale {
	const prefixed = locales.find((l) => l.prefix && (path === `/${l.prefix}/` || path.startsWith(`/${l.prefix}/`)));
	const root = locales.find((l) => !l.prefix) ?? locales[0];
	if (!prefixed && !root) throw new Error('No locales configured.');
	return (prefixed ?? root)!;
}

/** Whether an element is marked as written in another language than the page's (`lang="en"` on a Chinese page). */
function isOtherLanguage(el: Element, pageLang: string): boolean {
	const lang = el.attribs['lang'];
	return lang !== undefined && lang !== '' && primaryLanguage(lang) !== pageLang;
}

/** The text of a node without its descendants marked as another language. */
function textInLanguage(node: AnyNode, pageLang: string): string {
	if (isText(node)) return node.data;
	if (isTag(node) && isOtherLanguage(node, pageLang)) return '';
	return hasChildren(node) ? node.children.map((child) => textInLanguage(child, pageLang)).join('') : '';
}

/** The text of a node without its descendants that quote the source (`data-pb-source`). */
function textUnquoted(node: AnyNode): string {
	if (isText(node)) return node.data;
	if (isTag(node) && node.attribs[SOURCE_ATTRIBUTE] !== undefined) return '';
	return hasChildren(node) ? node.children.map(textUnquoted).join('') : '';
}

const primaryLanguage = (lang: string) => lang.toLowerCase().split('-')[0] ?? '';

/** The "to be written" notes of a draft build (`data-pb-draft`), as the reader sees them. */
function draftsOf(tree: AnyNode): string[] {
	// One walk: a selector (`[data-pb-draft]`) tried on every element took two fifths of the gate's time.
	const drafts: string[] = [];
	walk(tree, (el) => {
		if (el.attribs['data-pb-draft'] !== undefined) drafts.push(squash(textOf(el)));
	});
	return drafts;
}

function anchorsOf(tree: AnyNode): Set<string> {
	const anchors = new Set<string>();
	walk(tree, (el) => {
		const { id, name } = el.attribs;
		if (id !== undefined) anchors.add(id);
		if (el.name === 'a' && name !== undefined) anchors.add(name);
	});
	return anchors;
}

/** Scripts and stylesheets, external and inline, that the page loads up front. */
function assetsOf(tree: AnyNode): Asset[] {
	const assets: Asset[] = [];
	walk(tree, (el) => {
		const { href, src } = el.attribs;
		if (el.name === 'script') {
			const type = el.attribs['type'] ?? '';
			if (type && !/^(module|text\/javascript|application\/javascript)$/.test(type)) return;
			if (src !== undefined) assets.push({ type: 'js', key: src });
			else {
				const code = textOf(el);
				const registration = el.attribs[REGISTRATION_ATTRIBUTE] !== undefined ? { registration: true as const } : {};
				if (code.trim()) assets.push({ type: 'js', key: `inline:${code}`, inline: code, ...registration });
			}
		} else if (el.name === 'link' && href !== undefined) {
			const rel = tokens(el, 'rel');
			if (rel.includes('stylesheet')) assets.push({ type: 'css', key: href });
			if (rel.includes('modulepreload')) assets.push({ type: 'js', key: href });
		} else if (el.name === 'style') {
			const css = textOf(el);
			if (css.trim()) assets.push({ type: 'css', key: `inline:${css}`, inline: css });
		}
	});
	return assets;
}

/** Calls `visit` on every element, in document order (a template's content is not in the tree: see parsePage). */
function walk(node: AnyNode, visit: (el: Element) => void): void {
	if (isTag(node)) visit(node);
	if (hasChildren(node)) for (const child of node.children) walk(child, visit);
}

function findElement(node: AnyNode, test: (el: Element) => boolean): Element | undefined {
	if (isTag(node) && test(node)) return node;
	if (!hasChildren(node)) return undefined;
	for (const child of node.children) {
		const found = findElement(child, test);
		if (found) return found;
	}
	return undefined;
}

function hasDescendant(ancestor: Element, node: Element): boolean {
	return findElement(ancestor, (el) => el === node) !== undefined;
}

const tidy = (text: string) =>
	text
		.split('\n')
		.map((line) => line.replace(/[ \t\r\f]+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');
