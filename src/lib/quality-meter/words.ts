import type { Words } from '../../schemas/words.ts';
import { meterFlags } from './flags.ts';
import type { OwnerRules } from './who.ts';

/** A word the playbook calls vague (words.yaml `vague`) and what it suggests instead. */
export interface VagueWord {
	word: string;
	suggestion: string;
}

/** A regular expression as data: its source and flags (`u`, plus `i` unless the rule is case-sensitive). */
export interface PatternData {
	source: string;
	flags: string;
}

/**
 * The word lists and patterns the quality meter judges a draft with, for one locale: rendered on the server from
 * the locale's word lists (src/wording/<code>/words.yaml and the playbook's own) into a `data-words` attribute
 * (JSON) and read back in the browser.
 */
export interface MeterWords {
	vague: VagueWord[];
	/** Roles that name who does a next step (`owners`). */
	owners: string[];
	/** Text left in while writing (`placeholders`): it does not count as saying something. */
	placeholders: string[];
	/** How a next step says when (`when`). */
	when: PatternData[];
	/** How a next step names who does it (`who`). */
	who: PatternData[];
	/** Capitalised words that are not names (`not_names`), lower-cased. */
	notNames: string[];
}

/** The meter's word lists of one locale, from its validated word lists (patterns already checked to compile). */
export function meterWords(words: Pick<Words, 'vague' | 'owners' | 'placeholders' | 'when' | 'who' | 'not_names'>): MeterWords {
	const data = (rule: Words['when'][number]): PatternData => ({ source: rule.pattern, flags: meterFlags(rule) });
	return {
		vague: words.vague.map(({ word, suggest }) => ({ word, suggestion: suggest })),
		owners: words.owners,
		placeholders: words.placeholders,
		when: words.when.map(data),
		who: words.who.map(data),
		notNames: words.not_names.map((word) => word.toLowerCase()),
	};
}

/** The meter's rules ready to run: its patterns compiled, once per {@link MeterWords}. */
export interface CompiledMeterWords {
	when: RegExp[];
	owner: OwnerRules;
}

const compiled = new WeakMap<MeterWords, CompiledMeterWords>();

/** Compiles the patterns of {@link MeterWords}, dropping any that do not compile (the build has checked them). */
export function compileMeterWords(words: MeterWords): CompiledMeterWords {
	let rules = compiled.get(words);
	if (!rules) {
		const regexes = (list: PatternData[]) =>
			list.flatMap(({ source, flags }) => {
				try {
					return [new RegExp(source, flags)];
				} catch {
					return [];
				}
			});
		rules = { when: regexes(words.when), owner: { roles: words.owners, who: regexes(words.who), notNames: new Set(words.notNames) } };
		compiled.set(words, rules);
	}
	return rules;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const records = (value: unknown): Record<string, unknown>[] =>
	Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : [];
const patterns = (value: unknown): PatternData[] =>
	records(value).flatMap(({ source, flags }) => (typeof source === 'string' && typeof flags === 'string' ? [{ source, flags }] : []));

/** The word lists from a `data-words` attribute; empty lists for anything unreadable, so the meter still works. */
export function parseMeterWords(json: string | undefined): MeterWords {
	let data: unknown;
	try {
		data = JSON.parse(json ?? '{}');
	} catch {
		data = {};
	}
	const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
	return {
		vague: records(record['vague']).flatMap(({ word, suggestion }) =>
			typeof word === 'string' && typeof suggestion === 'string' ? [{ word, suggestion }] : [],
		),
		owners: strings(record['owners']),
		placeholders: strings(record['placeholders']),
		when: patterns(record['when']),
		who: patterns(record['who']),
		notNames: strings(record['notNames']),
	};
}
