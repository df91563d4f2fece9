/** What the meter knows about who does a next step, for one locale (see {@link namesOwner}). */
export interface OwnerRules {
	/** Roles that name a doer (words.yaml `owners`): "delivery lead", 项目经理 … */
	roles: readonly string[];
	/** Patterns that name a doer (words.yaml `who`): pronouns, "Owner: …", 由张伟 …, a name before a verb. */
	who: readonly RegExp[];
	/** Lower-cased capitalised words that are not names (words.yaml `not_names`): weekdays, months, small words. */
	notNames: ReadonlySet<string>;
}

/**
 * Whether a next step names who does it. Pure; used by the templates' quality meter. A pragmatic reading, not a
 * grammar: a listed role (whole words for Latin terms), one of the locale's `who` patterns, or a person's name —
 * a capitalised word inside a sentence that is not in `not_names` ("Send the plan to Dana"). Imperatives with no
 * subject ("Send the plan by Friday") do not count: the meter asks who sends it.
 */
export function namesOwner(text: string, rules: OwnerRules): boolean {
	if (rules.who.some((pattern) => pattern.test(text))) return true;
	if (rules.roles.some((role) => containsWord(text, role))) return true;
	return namesPersonInSentence(text, rules.notNames);
}

/** A capitalised word that does not open its sentence and is not a listed non-name. */
function namesPersonInSentence(text: string, notNames: ReadonlySet<string>): boolean {
	for (const match of text.matchAll(/(?<!\p{L})\p{Lu}[\p{Ll}'’-]+/gu)) {
		if (notNames.has(match[0].toLowerCase())) continue;
		const before = text.slice(0, match.index).trimEnd();
		if (before !== '' && !/[.!?:;\n\-–—•*]$/.test(before)) return true;
	}
	return false;
}

/** A listed term as a whole word (Latin) or anywhere (other scripts), ignoring case. */
function containsWord(text: string, term: string): boolean {
	const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return /[A-Za-z]/.test(term) ? new RegExp(`(?<![A-Za-z])${escaped}s?(?![A-Za-z])`, 'i').test(text) : text.includes(term);
}
