import { findTerms } from '../text/find-terms.ts';
import type { VagueWord } from './words.ts';

/** A vague word found in a draft, with what to write instead. */
export interface VagueUse {
	/** The word as the person typed it ("asap"). */
	text: string;
	/** The word as listed, and its suggestion. */
	word: VagueWord;
	/** Where it starts, in UTF-16 code units. */
	index: number;
}

/**
 * Vague words in a text, matched as the quality gate matches them on built pages (whole words,
 * ignoring case, longest first), each with the playbook's suggestion for it.
 */
export function findVague(text: string, words: readonly VagueWord[]): VagueUse[] {
	const byWord = new Map(words.map((w) => [w.word.toLowerCase(), w]));
	return findTerms(
		text,
		words.map((w) => w.word),
	).flatMap((match) => {
		const word = byWord.get(match.text.toLowerCase());
		return word ? [{ text: match.text, word, index: match.index }] : [];
	});
}
