import { namesDate } from '../quality-meter/when.ts';
import { namesOwner } from '../quality-meter/who.ts';
import { saysSomething } from '../quality-meter/substance.ts';
import { findVague } from '../quality-meter/vague.ts';
import { compileMeterWords, type MeterWords, type VagueWord } from '../quality-meter/words.ts';
import { allFields, type FieldDef, type TemplateDef, type Values } from './definition.ts';
import { rate } from './risk.ts';

export type Coverage = 'covered' | 'missing' | 'na';

/**
 * Why an item is not covered yet, as data: the page words it (UI strings `pb.meter.*`).
 * - `empty`: no field of the item is filled in; `field` is the first one to fill.
 * - `one-word`: what is there is a single word (or a placeholder): it says nothing yet.
 * - `no-owner` / `no-date` / `no-owner-no-date`: the next step does not say who does it, or by when.
 * - `not-rated`: the risk audit has no rated pattern.
 */
export type Reason = { code: 'empty' | 'one-word' | 'no-owner' | 'no-date' | 'no-owner-no-date'; field: string } | { code: 'not-rated' };

export interface ItemCoverage {
	id: string;
	text: string;
	state: Coverage;
	/** Set when the state is `missing`. */
	reason?: Reason;
}

/**
 * Which quality-check items the draft covers, and why the others are not covered yet. An item is
 * covered when one field mapped to it (content/templates `covers`) says something — two words or more,
 * or any choice of a list;
 * the `next-step` item needs more: its field must also name an owner and a date or weekday
 * (src/lib/quality-meter). `na` when the template has no field for the item. Word lists: words.yaml.
 */
export function coverage(def: TemplateDef, values: Values, words: MeterWords): ItemCoverage[] {
	const fields = allFields(def);
	return def.quality.map(({ id, text }): ItemCoverage => {
		const mapped = fields.filter((f) => f.covers.includes(id));
		const rated = def.assessment?.covers.includes(id) ? rate(def.assessment, values).length > 0 : undefined;
		if (mapped.length === 0 && rated === undefined) return { id, text, state: 'na' };
		if (rated) return { id, text, state: 'covered' };
		const judged = mapped.map((field) => judge(field, values[field.id] ?? '', id === 'next-step', words));
		if (judged.some((reason) => reason === undefined)) return { id, text, state: 'covered' };
		// The most useful reason: something written but not enough beats an empty field.
		const reason = judged.find((r) => r?.code !== 'empty') ?? judged[0] ?? { code: 'not-rated' as const };
		return { id, text, state: 'missing', reason };
	});
}

/** Undefined when the field covers its item; otherwise why not. */
function judge(field: FieldDef, value: string, nextStep: boolean, words: MeterWords): Reason | undefined {
	if (!/[\p{L}\p{N}]/u.test(value)) return { code: 'empty', field: field.label };
	// A choice from a list ("Onboarding") or a date is a whole answer, however short.
	if (field.control === 'select' || field.control === 'date') return undefined;
	if (!saysSomething(value, words.placeholders)) return { code: 'one-word', field: field.label };
	if (!nextStep) return undefined;
	const rules = compileMeterWords(words);
	const owner = namesOwner(value, rules.owner);
	const date = namesDate(value, rules.when);
	if (owner && date) return undefined;
	return { code: owner ? 'no-date' : date ? 'no-owner' : 'no-owner-no-date', field: field.label };
}

/** A vague word in one field of the draft. */
export interface VagueInField {
	/** Field id and label. */
	field: string;
	label: string;
	/** The word as typed, and the listed word with its suggestion. */
	text: string;
	word: VagueWord;
}

/** Every vague word in the draft's own fields, field by field, each word once per field. */
export function vagueWords(def: TemplateDef, values: Values, words: MeterWords): VagueInField[] {
	return allFields(def).flatMap((field) => {
		const seen = new Set<string>();
		return findVague(values[field.id] ?? '', words.vague).flatMap((use) => {
			if (seen.has(use.word.word)) return [];
			seen.add(use.word.word);
			return [{ field: field.id, label: field.label, text: use.text, word: use.word }];
		});
	});
}

/** Whether the draft ends with a concrete next step: its next-step field holds words, not just punctuation. */
export const hasNextStep = (def: TemplateDef, values: Values): boolean => /[\p{L}\p{N}]/u.test(values[def.nextStep] ?? '');
