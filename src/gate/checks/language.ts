import { type Check, excerpt, worded } from '../check.ts';
import type { Finding } from '../rules.ts';
import { maskTerms, scriptOf } from '../text-scan.ts';

/** Lines reported per page before the rest are summed up. */
const maxLines = 5;

/**
 * A page in a CJK language (Chinese, Japanese, Korean) has no Latin-script text left in it, and a page in a
 * Latin-script language no CJK text: proper names (the locale's words.yaml `proper_names`), code and elements
 * marked with their own `lang` aside. Messages name the page's language.
 */
export const language: Check = (site) =>
	worded(site).flatMap((page): Finding[] => {
		const { config } = site;
		const han = scriptOf(page.locale.lang) === 'han';
		const text = han ? maskTerms(page.ownLanguageText, config.wording[page.locale.id]?.properNames ?? []) : page.ownLanguageText;
		const pattern = han
			? /[A-Za-z]+(?:['’-][A-Za-z]+)*/g
			: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff5e]+/gu;
		const rule = han ? 'untranslated-english' : 'stray-chinese';
		const byLine = new Map<number, { words: string[]; index: number }>();
		for (const match of text.matchAll(pattern)) {
			const line = text.lastIndexOf('\n', match.index);
			const entry = byLine.get(line) ?? { words: [], index: match.index };
			entry.words.push(match[0]);
			byLine.set(line, entry);
		}
		const entries = [...byLine.values()];
		const findings: Finding[] = entries.slice(0, maxLines).map(({ words, index }) => ({
			rule,
			page: page.path,
			message: `${han ? 'Latin-script' : 'CJK'} text ${[...new Set(words)].map((w) => `“${w}”`).join(', ')} on a page in ${page.locale.lang}, in “${excerpt(page.ownLanguageText, index, 0, 60)}”`,
		}));
		if (entries.length > maxLines)
			findings.push({ rule, page: page.path, message: `…and ${entries.length - maxLines} more lines like these on the page.` });
		return findings;
	});
