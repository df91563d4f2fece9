import { inlineLinks } from '../inline-markdown.ts';
import { type ContentIssue, formatPath } from './content-error.ts';
import { locate, type SourceFile } from './yaml-file.ts';

/** Fields that identify or point, and so must be equal in every locale. */
const identityFields = new Set([
	'id', 'key', 'link', 'number', 'from', 'kind', 'control', 'options', 'top_count', 'ref', 'see', 'stage',
	'signals_of', 'heading_ref', 'compact', 'rates', 'status', 'yes', 'no', 'audience', 'minutes', 'follow_ups', 'output',
]);
/** Paragraphs of prose: each language breaks its text where it reads best. */
const freeLists = new Set(['paragraphs', 'intro', 'contradicts']);
/** Lists of ids or references, compared whole. */
const referenceLists = new Set(['covers', 'related', 'links', 'tools', 'stages']);

/** Where the two files of a comparison are. */
export interface ParityPair {
	reference: { file: string; locale: string };
	other: SourceFile;
	/** A draft locale may leave fields out (they fall back); a published one may not. */
	draft: boolean;
	/**
	 * The playbook's page ids: a `page:` link to anything else is left to the reference check, which says the
	 * page does not exist, instead of asking for the broken link in the other locale too.
	 */
	pageIds: ReadonlySet<string>;
}

/**
 * Compares one file of a locale with the same file of the default locale: the same fields, the same number of
 * items in every list, the same ids in the same order, the same keys and references. Text may differ.
 */
export function compareLocales(reference: unknown, other: unknown, { reference: ref, other: source, draft, pageIds }: ParityPair): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const add = (path: PropertyKey[], message: string, fix: string, keyOnly = false) => {
		const at = locate(source, path, keyOnly);
		issues.push({ file: source.file, locale: source.locale, line: at?.line, column: at?.column, path: formatPath(path, source.data), message, fix });
	};

	// A link to another page is part of what the text says: a published translation links the same pages.
	const samePageLinks = (a: unknown, b: unknown, path: PropertyKey[]) => {
		if (draft) return;
		const linksA = pageLinks(a, pageIds);
		const linksB = pageLinks(b, pageIds);
		const extra = [...linksB.keys()].filter((target) => !linksA.has(target));
		const missing = [...linksA.keys()].filter((target) => !linksB.has(target));
		if (extra.length)
			add(path, `links to ${extra.join(', ')}, which ${ref.file} does not link to here`, `link the same pages in every locale: add the link to ${ref.file} too, or remove it here`);
		// A link here to a page that does not exist is most likely the missing one, mistyped: the reference check
		// reports it, and this check looks again once it is fixed.
		if (!missing.length || pageTargets(b).some((id) => !pageIds.has(id))) return;
		// An input method's full-width brackets, or a space between `]` and `(`, leave the link as plain text.
		const unlinked = missing.filter((target) => texts(b).some((text) => text.includes(target)));
		if (unlinked.length)
			add(path, `writes ${unlinked.join(', ')} but not as a link, so it shows as plain text`, `write the link with ASCII brackets and no space between them: [words](${unlinked[0]})`);
		const absent = missing.filter((target) => !unlinked.includes(target));
		if (absent.length)
			add(path, `does not link to ${absent.join(', ')}, which ${ref.file} links to here`, `add the link here too, in this locale's words; ${ref.file} has ${absent.map((target) => linksA.get(target)).join(', ')}`);
	};

	const walk = (a: unknown, b: unknown, path: PropertyKey[]): void => {
		const key = String(path.at(-1));
		if (Array.isArray(a) && Array.isArray(b)) {
			if (freeLists.has(key)) return samePageLinks(a, b, path);
			if (referenceLists.has(key) && a.every((x) => typeof x === 'string')) {
				if (JSON.stringify(a) !== JSON.stringify(b))
					add(path, `is ${b.join(', ')} but ${a.join(', ')} in ${ref.file}`, 'use the same ids and references in every locale; only text is translated');
				return;
			}
			const idsA = a.map(idOf);
			const idsB = b.map(idOf);
			const missing = idsA.filter((id) => id !== undefined && !idsB.includes(id));
			const extra = idsB.filter((id) => id !== undefined && !idsA.includes(id));
			for (const id of missing) add(path, `has no item with id "${id}", which ${ref.file} has`, `add the ${source.locale} translation of "${id}" to this list`);
			for (const id of extra) add(path, `has an item with id "${id}" that ${ref.file} does not have`, `add "${id}" to ${ref.file} too, or remove it here`);
			if (missing.length || extra.length) return;
			if (a.length !== b.length) {
				add(path, `has ${b.length} items where ${ref.file} has ${a.length}`, 'make both locales list the same items, in the same order');
				return;
			}
			if (idsA.join('\u0000') !== idsB.join('\u0000')) {
				add(path, `lists the ids in a different order (${idsB.join(', ')}) than ${ref.file} (${idsA.join(', ')})`, 'put the items in the same order in every locale');
				return;
			}
			a.forEach((item, index) => walk(item, b[index], [...path, index]));
			return;
		}
		if (isRecord(a) && isRecord(b)) {
			for (const k of Object.keys(a)) {
				if (k in b) walk(a[k], b[k], [...path, k]);
				else if (!draft) add(path, `has no “${k}”, which ${ref.file} has`, `add “${k}” here, translated; a field present in one locale must be in every published locale`);
			}
			for (const k of Object.keys(b))
				if (!(k in a)) add([...path, k], `is not in ${ref.file}`, `add “${k}” to ${ref.file} too, or remove it here`, true);
			// A model's data keeps the source's order (stage 1, 2 …); other mappings are fields, in any order.
			const keysA = Object.keys(a).filter((k) => k in b);
			const keysB = Object.keys(b).filter((k) => k in a);
			if (path[0] === 'data' && keysA.join('\u0000') !== keysB.join('\u0000'))
				add(path, `lists its entries in a different order (${keysB.join(', ')}) than ${ref.file} (${keysA.join(', ')})`, 'put the entries in the same order in every locale');
			return;
		}
		// The worked example's `values` are text typed into fields, whatever the field is called.
		if (identityFields.has(key) && path[0] !== 'values' && a !== b && a !== undefined && b !== undefined)
			add(path, `is ${JSON.stringify(b)} but ${JSON.stringify(a)} in ${ref.file}`, 'use the same value in every locale; only text is translated');
		else if (typeof a === 'string' && typeof b === 'string') samePageLinks(a, b, path);
	};
	walk(reference, other, []);
	return issues;
}

/**
 * The pages (`page:<id>`, without a `#section`) that the inline links of a text, or of a list of texts, point at,
 * each with its first link as written (`[words](page:id#section)`). Code spans are quoted text, not links; a target
 * that is not one of `pageIds` is left out.
 */
function pageLinks(value: unknown, pageIds: ReadonlySet<string>): Map<string, string> {
	const found = new Map<string, string>();
	for (const link of pageLinksIn(value)) if (pageIds.has(link.id) && !found.has(`page:${link.id}`)) found.set(`page:${link.id}`, link.whole);
	return found;
}

/** The page ids of every `page:` link in a value's texts, known or not. */
const pageTargets = (value: unknown): string[] => pageLinksIn(value).map((link) => link.id);

/** Inline `page:` links in a value's texts, outside code spans (inline-markdown.ts): each as written, with its page id. */
const pageLinksIn = (value: unknown): { whole: string; id: string }[] =>
	texts(value)
		.flatMap(inlineLinks)
		.filter((link) => link.target.startsWith('page:'))
		.map((link) => ({ whole: link.whole, id: link.target.slice('page:'.length).split('#')[0]! }));

/** Every text in a value: itself, or the texts in its lists and fields. */
const texts = (value: unknown): string[] =>
	typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(texts) : isRecord(value) ? Object.values(value).flatMap(texts) : [];

const idOf = (item: unknown): string | undefined => (isRecord(item) && typeof item['id'] === 'string' ? item['id'] : undefined);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
