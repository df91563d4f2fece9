import { findTerms } from '../text/find-terms.ts';

/**
 * Whether a field says something: at least two words once placeholders (TODO, 待定: words.yaml
 * `placeholders`) are taken out. A Latin or numeric run is a word; Chinese, written without spaces,
 * counts one word per two characters, so 完成 is one word and 完成报告 two.
 */
export function saysSomething(text: string, placeholders: readonly string[]): boolean {
	return wordCount(maskPlaceholders(text, placeholders)) >= 2;
}

/** Words in a text, as {@link saysSomething} counts them. */
export function wordCount(text: string): number {
	const latin = text.match(/[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}'’-]*/gu)?.length ?? 0;
	const han = (text.match(/\p{Script=Han}+/gu) ?? []).reduce((sum, run) => sum + Math.ceil(run.length / 2), 0);
	return latin + han;
}

function maskPlaceholders(text: string, placeholders: readonly string[]): string {
	let masked = text;
	for (const { index, text: found } of findTerms(text, placeholders).reverse())
		masked = masked.slice(0, index) + masked.slice(index + found.length);
	return masked;
}
