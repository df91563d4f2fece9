/**
 * The writing system of a text, which tells the language of a half of a skill text when `--locales` does not
 * name it, and how wrapped lines join (with or without a space).
 */

export type Script = 'latin' | 'han' | 'kana' | 'hangul' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'thai' | 'devanagari';

const patterns: readonly [Script, RegExp][] = [
	['latin', /\p{Script=Latin}/gu],
	['han', /\p{Script=Han}/gu],
	['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
	['hangul', /\p{Script=Hangul}/gu],
	['cyrillic', /\p{Script=Cyrillic}/gu],
	['greek', /\p{Script=Greek}/gu],
	['arabic', /\p{Script=Arabic}/gu],
	['hebrew', /\p{Script=Hebrew}/gu],
	['thai', /\p{Script=Thai}/gu],
	['devanagari', /\p{Script=Devanagari}/gu],
];

/** Letters of each script in a text; an ideograph or syllable block counts as much as a short word's letters. */
function letterCounts(text: string): Map<Script, number> {
	const counts = new Map<Script, number>();
	for (const [script, pattern] of patterns) {
		const found = text.match(pattern)?.length ?? 0;
		const weight = script === 'han' || script === 'kana' || script === 'hangul' ? 3 : 1;
		if (found > 0) counts.set(script, found * weight);
	}
	return counts;
}

/**
 * The script most of a text's letters are written in; `undefined` when it has no letters. Japanese mixes Han
 * and kana, so any real share of kana makes it `kana`.
 */
export function scriptOf(text: string): Script | undefined {
	const counts = letterCounts(text);
	const kana = counts.get('kana') ?? 0;
	if (kana > 0 && kana * 10 >= (counts.get('han') ?? 0)) return 'kana';
	let best: Script | undefined;
	for (const [script, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = script;
	return best;
}

/** Whether lines of this script join without a space when a paragraph wraps (Chinese, Japanese, Thai). */
export function joinsWithoutSpace(script: Script | undefined): boolean {
	return script === 'han' || script === 'kana' || script === 'thai';
}

/** Whether list items of this script start with a capital letter (the source writes them in lower case). */
export function hasCapitals(script: Script | undefined): boolean {
	return script === 'latin' || script === 'cyrillic' || script === 'greek';
}
