/** Where a term occurs in a text. */
export interface Match {
	index: number;
	text: string;
}

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLatin = (char: string | undefined) => char !== undefined && /[A-Za-z]/.test(char);

/**
 * Finds whole-word occurrences of any of the terms, case-insensitively, longest first so that
 * "as soon as possible" is one match rather than "soon". A term written in Chinese needs no word
 * boundary; a Latin one must not be part of a longer word. Shared by the quality gate (built pages)
 * and the templates' quality meter (a draft in the browser), so both flag the same words.
 */
export function findTerms(text: string, terms: readonly string[]): Match[] {
	if (terms.length === 0) return [];
	const alternatives = [...terms]
		.sort((a, b) => b.length - a.length)
		.map((term) => `${isLatin(term[0]) ? '(?<![A-Za-z])' : ''}${escape(term)}${isLatin(term.at(-1)) ? '(?![A-Za-z])' : ''}`);
	const pattern = new RegExp(alternatives.join('|'), 'giu');
	return [...text.matchAll(pattern)].map((m) => ({ index: m.index, text: m[0] }));
}
