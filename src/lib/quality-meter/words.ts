import type { Lint } from '../../schemas/lint.ts';

/** A word the playbook calls vague (lint.yaml `vague`) and what it suggests instead (`suggestions`). */
export interface VagueWord {
	word: string;
	suggestion: string;
}

/**
 * The word lists the quality meter judges a draft with, for one locale: rendered on the server from
 * content/quality-gate/lint.yaml into a `data-words` attribute (JSON) and read back in the browser.
 */
export interface MeterWords {
	vague: VagueWord[];
	/** Roles that name who does a next step (`owners`). */
	owners: string[];
	/** Text left in while writing (`placeholders`): it does not count as saying something. */
	placeholders: string[];
}

/** The word lists of one locale, from the lint file's lists (already validated by LintSchema). */
export function meterWords(lint: Pick<Lint, 'vague' | 'suggestions' | 'owners' | 'placeholders'>, locale: string): MeterWords {
	return {
		vague: (lint.vague[locale] ?? []).map((word) => ({ word, suggestion: lint.suggestions[locale]?.[word] ?? '' })),
		owners: lint.owners[locale] ?? [],
		placeholders: lint.placeholders[locale] ?? [],
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
