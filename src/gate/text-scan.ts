import { findTerms } from '../lib/text/find-terms.ts';

export { findTerms, type Match } from '../lib/text/find-terms.ts';

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
