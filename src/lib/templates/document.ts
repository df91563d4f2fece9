import { allFields, type AssessmentDef, type FieldDef, type TemplateDef, type Values } from './definition.ts';
import { rankResponses, rate } from './risk.ts';

/**
 * The finished document or email as a few plain blocks, before it becomes HTML, text or Markdown.
 * Only headings, paragraphs and lists: what every mail client keeps.
 */
export type Block =
	| { type: 'heading'; level: 1 | 2; text: string }
	/** `strong`: a label, kept right above its text; `muted`: secondary; `tight`: a signature line, no gap above. */
	| { type: 'paragraph'; text: string; strong?: boolean; muted?: boolean; tight?: boolean }
	| { type: 'list'; ordered: boolean; items: string[] };

export interface Doc {
	/** BCP-47 tag of the text, from the template's locale: copied HTML carries it. */
	lang: string;
	/** Emails only. */
	subject?: string;
	blocks: Block[];
}

/** `2026-03-05` in the page's language; anything else as typed. */
export function formatDate(value: string, lang: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!m) return value;
	const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

const valueOf = (field: FieldDef, values: Values, lang: string): string => {
	const value = (values[field.id] ?? '').trim();
	return field.control === 'date' ? formatDate(value, lang) : value;
};

/** Fills `{field-id}` placeholders; an empty field shows as `[Its label]` so the gap is visible. */
export function fill(text: string, def: TemplateDef, values: Values): string {
	const fields = allFields(def);
	return text.replace(/\{([a-z0-9-]+)\}/g, (whole, id: string) => {
		const field = fields.find((f) => f.id === id);
		if (!field) return whole;
		return valueOf(field, values, def.lang) || def.blank.replace('{label}', field.label);
	});
}

const bullet = /^\s*(?:[-*•·]|\d+[.)、])\s+/;

/** A field's text as blocks: lines starting with "- " make a list, every other line a paragraph. */
export function textBlocks(text: string): Block[] {
	const blocks: Block[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim()) continue;
		const last = blocks.at(-1);
		if (bullet.test(line)) {
			const item = line.replace(bullet, '').trim();
			if (last?.type === 'list') last.items.push(item);
			else blocks.push({ type: 'list', ordered: false, items: [item] });
		} else blocks.push({ type: 'paragraph', text: line.trim() });
	}
	return blocks;
}

/** The ranked result of the risk self-assessment: top risks, responses to apply first (each with the patterns it answers, in quotation marks: a pattern's name may itself contain “and”), all ratings. */
export function assessmentBlocks(a: AssessmentDef, values: Values, lang: string): Block[] {
	const rated = rate(a, values);
	if (rated.length === 0) return [];
	const level = (n: number) => a.levels[n - 1] ?? String(n);
	const line = (r: (typeof rated)[number]) =>
		a.rating
			.replace('{pattern}', r.pattern.text)
			.replace('{likelihood}', level(r.likelihood))
			.replace('{impact}', level(r.impact))
			.replace('{score}', String(r.score));
	const responses = rankResponses(a, rated);
	const list = new Intl.ListFormat(lang, { type: 'conjunction' });
	return [
		{ type: 'heading', level: 2, text: a.topRisks },
		{ type: 'list', ordered: true, items: rated.slice(0, a.topCount).map(line) },
		{ type: 'heading', level: 2, text: a.responsesFirst },
		{
			type: 'list',
			ordered: true,
			items: responses
				.slice(0, a.topCount)
				.map((r) => a.answers.replace('{response}', r.text).replace('{patterns}', list.format(r.answers.map((p) => `“${p.text}”`)))),
		},
		{ type: 'heading', level: 2, text: a.allRatings },
		{ type: 'list', ordered: false, items: rated.map(line) },
	];
}

/** The output of a template for the values typed so far. Empty fields and sections are left out. */
export function buildDoc(def: TemplateDef, values: Values): Doc {
	// An internal document says so first, wherever it is copied, downloaded or printed.
	const blocks: Block[] = def.internal ? [{ type: 'paragraph', text: def.internal, strong: true }] : [];
	const sections = def.sections.map((section) => {
		const filled = section.inline ? [] : section.fields.filter((f) => valueOf(f, values, def.lang));
		const out: Block[] = [];
		if (filled.length && section.heading && def.kind === 'document') out.push({ type: 'heading', level: 2, text: section.heading });
		for (const field of filled) {
			out.push({ type: 'paragraph', text: field.label, strong: true });
			out.push(
				...(field.control === 'textarea'
					? textBlocks(valueOf(field, values, def.lang))
					: [{ type: 'paragraph' as const, text: valueOf(field, values, def.lang) }]),
			);
		}
		return out;
	});
	if (def.kind === 'email') {
		blocks.push({ type: 'paragraph', text: fill(def.greeting ?? '', def, values) });
		if (def.opening) blocks.push({ type: 'paragraph', text: fill(def.opening, def, values) });
		blocks.push(...sections.flat());
		if (def.ending) blocks.push({ type: 'paragraph', text: fill(def.ending, def, values) });
		blocks.push({ type: 'paragraph', text: def.closing ?? '' });
		for (const line of def.signature ?? []) blocks.push({ type: 'paragraph', text: fill(line, def, values), tight: true });
		return { lang: def.lang, subject: fill(def.title, def, values), blocks };
	}
	blocks.push({ type: 'heading', level: 1, text: fill(def.title, def, values) });
	if (def.byline) blocks.push({ type: 'paragraph', text: fill(def.byline, def, values), muted: true });
	sections.forEach((section, index) => {
		blocks.push(...section);
		// The assessment follows the first section (the relationship it rates).
		if (index === 0 && def.assessment) blocks.push(...assessmentBlocks(def.assessment, values, def.lang));
	});
	return { lang: def.lang, blocks };
}
