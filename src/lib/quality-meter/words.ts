import type { Words } from '../../schemas/words.ts';

/** A word the playbook calls vague (words.yaml `vague`) and what it suggests instead. */
export interface VagueWord {
	word: string;
	suggestion: string;
}

/**
 * The word lists the quality meter judges a draft with, for one locale: rendered on the server from the locale's
 * word lists (src/wording/<code>/words.yaml and the playbook's own) into a `data-words` attribute (JSON) and read
 * back in the browser.
 */
export interface MeterWords {
	vague: VagueWord[];
	/** Roles that name who does a next step (`owners`). */
	owners: string[];
	/** Text left in while writing (`placeholders`): it does not count as saying something. */
	placeholders: string[];
}

/** The meter's word lists of one locale, from its validated word lists. */
export function meterWords(words: Pick<Words, 'vague' | 'owners' | 'placeholders'>): MeterWords {
	return {
		vague: words.vague.map(({ word, suggest }) => ({ word, suggestion: suggest })),
		owners: words.owners,
		placeholders: words.placeholders,
	};
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The word lists from a `data-words` attribute; empty lists for anything unreadable, so the meter still works. */
export function parseMeterWords(json: string | undefined): MeterWords {
	let data: unknown;
	try {
		data = JSON.parse(json ?? '{}');
	} catch {
		data = {};
	}
	const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
	const vague = Array.isArray(record['vague']) ? (record['vague'] as unknown[]) : [];
	return {
		vague: vague.flatMap((v) => {
			const { word, suggestion } = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
			return typeof word === 'string' && typeof suggestion === 'string' ? [{ word, suggestion }] : [];
		}),
		owners: strings(record['owners']),
		placeholders: strings(record['placeholders']),
	};
}
