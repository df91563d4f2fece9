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
 * boundary; a Latin one must not be part of a longer word.
 */
export function findTerms(text: string, terms: readonly string[]): Match[] {
	if (terms.length === 0) return [];
	const alternatives = [...terms]
		.sort((a, b) => b.length - a.length)
		.map((term) => `${isLatin(term[0]) ? '(?<![A-Za-z])' : ''}${escape(term)}${isLatin(term.at(-1)) ? '(?![A-Za-z])' : ''}`);
	const pattern = new RegExp(alternatives.join('|'), 'giu');
	return [...text.matchAll(pattern)].map((m) => ({ index: m.index, text: m[0] }));
}

/** Replaces every occurrence of the terms with spaces, keeping positions. */
export function maskTerms(text: string, terms: readonly string[]): string {
	let masked = text;
	for (const { index, text: found } of findTerms(text, terms)) {
		masked = masked.slice(0, index) + ' '.repeat(found.length) + masked.slice(index + found.length);
	}
	return masked;
}

/** Scripts by what a reader of the locale expects: CJK (Han, kana, Hangul) for Chinese, Japanese and Korean, Latin otherwise. */
export const scriptOf = (lang: string): 'han' | 'latin' => (/^(zh|ja|ko)\b/i.test(lang) ? 'han' : 'latin');
