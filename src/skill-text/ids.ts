/**
 * Ids of list items and models. Ids are made once, from the default locale, and shared by position with the
 * other locales, so they stay the same in every language.
 */

/** Words that carry little meaning in an id ("Help me manage this client" -> `help-manage-client`). */
const stopwords = new Set(
	(
		'a an the and or but nor of to in on at by for with from into onto as than then so if is are was were be been being am ' +
		'it its this that these those there here me my mine we our ours us you your yours they them their theirs he him his ' +
		'she her hers i do does did done doing can could should would will shall may might must have has had having about ' +
		'what which who whom whose how when where why things thing like says say'
	).split(' '),
);

/** The words of a text as they go into an id: ASCII letters and digits, hyphenated compounds kept whole. */
function idWords(text: string): string[] {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’]s\b/g, '')
		.replace(/['’]/g, '')
		.split(/[^a-z0-9-]+/)
		.map((word) => word.replace(/-+/g, '-').replace(/^-|-$/g, ''))
		.filter(Boolean);
}

/**
 * A short id for an item: up to four significant words of its text, lower case, joined by hyphens. A leading
 * word that repeats the skill's name is dropped when two words remain ("Client Onboarding Plan" ->
 * `onboarding-plan`, but "Client Type" -> `client-type`). `undefined` when the text has no ASCII letters.
 */
export function itemId(text: string, skillName: string): string | undefined {
	const words = idWords(text);
	const significant = words.filter((word) => !stopwords.has(word));
	const chosen = significant.length > 0 ? significant : words;
	const nameWords = new Set(idWords(skillName).flatMap((word) => [word, `${word}s`]));
	if (chosen.length >= 3 && nameWords.has(chosen[0] as string)) chosen.shift();
	const id = chosen.slice(0, 4).join('-');
	return id === '' ? undefined : id;
}

/**
 * Ids for the items of one list, unique within it: a repeated id gets `-2`, `-3` …; an item without ASCII
 * letters (a playbook written in Chinese only) gets `item-<n>`, its position.
 */
export function itemIds(texts: readonly string[], skillName: string): string[] {
	const used = new Set<string>();
	return texts.map((text, index) => {
		const base = itemId(text, skillName) ?? `item-${index + 1}`;
		let id = base;
		for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
		used.add(id);
		return id;
	});
}

/**
 * Model ids from the dicts' names: the name minus the words every name starts with, lower case, hyphenated
 * (`CLIENT_LIFECYCLE`, `CLIENT_FAILURE_PATTERNS` -> `lifecycle`, `failure-patterns`). A single model, or names
 * that would collide or vanish without the prefix, keep every word.
 */
export function modelIds(sources: readonly string[]): string[] {
	const parts = sources.map((source) => source.split('_').filter(Boolean));
	let prefix = 0;
	if (parts.length >= 2) {
		const shortest = Math.min(...parts.map((words) => words.length));
		while (prefix < shortest - 1 && parts.every((words) => words[prefix]?.toLowerCase() === parts[0]?.[prefix]?.toLowerCase())) prefix++;
	}
	const idsWith = (skip: number): string[] => parts.map((words) => words.slice(skip).join('-').toLowerCase());
	const ids = idsWith(prefix);
	return new Set(ids).size === ids.length ? ids : idsWith(0);
}
