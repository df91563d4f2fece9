/**
 * A template as the page and its island use it: every label resolved from the models, in one locale.
 * Built at build time from content/templates (see resolve.ts) and embedded in the page as JSON, so the
 * browser needs no other data. Framework-free: imported by the island and by unit tests.
 */

/** One control of the form. */
export interface FieldDef {
	id: string;
	label: string;
	guidance: string;
	control: 'text' | 'textarea' | 'date' | 'select';
	/** The choices of a select: value and label are the same text. */
	options?: string[];
	/** Quality-check item ids a filled-in value covers. */
	covers: string[];
}

export interface SectionDef {
	id: string;
	/** Fields that only fill placeholders (subject, opening, ending): not blocks of the output. */
	inline?: true;
	heading?: string;
	fields: FieldDef[];
}

/** A failure pattern to rate, with the responses that answer it, most direct first. */
export interface PatternDef {
	id: string;
	text: string;
	responses: string[];
}

export interface AssessmentDef {
	heading: string;
	guidance: string;
	likelihood: string;
	impact: string;
	levels: string[];
	notRated: string;
	rating: string;
	topRisks: string;
	topCount: number;
	responsesFirst: string;
	answers: string;
	allRatings: string;
	empty: string;
	covers: string[];
	patterns: PatternDef[];
	/** Response texts by id. */
	responses: Record<string, string>;
}

export interface TemplateDef {
	id: string;
	kind: 'document' | 'email';
	/** BCP-47 tag of the page, for dates. */
	lang: string;
	/** Locale id, part of the storage key. */
	locale: string;
	/** Page title. */
	name: string;
	/**
	 * Set on a template kept inside the team (templates.yaml `audience: internal`): the warning shown on the page and
	 * put first in every copy, print and download, in the page's language.
	 */
	internal?: string;
	/** Heading of a document; subject of an email. `{field-id}` placeholders. */
	title: string;
	/** Document: line under the title. Email: greeting, and the closing before the signature. */
	byline?: string;
	greeting?: string;
	/** Emails: the sentence after the greeting and the one before the sign-off, with placeholders. */
	opening?: string;
	ending?: string;
	closing?: string;
	/** An empty placeholder, e.g. `[{label}]`. */
	blank: string;
	/** Heading and note of the shared fields. */
	sharedHeading: string;
	sharedNote: string;
	shared: FieldDef[];
	/** The shared field naming who the drafts are about (templates.yaml `shared.name_field`), or "". */
	nameField: string;
	/** The shared field dating the output (`shared.date_field`), or "". */
	dateField: string;
	/** Emails: the signature lines after the closing, with `{field-id}` placeholders. */
	signature?: string[];
	/** Emails: who the greeting names. */
	recipient?: FieldDef;
	sections: SectionDef[];
	assessment?: AssessmentDef;
	/** The field holding the next step (the one covering the `next-step` quality item). */
	nextStep: string;
	/** The seven quality-check items. */
	quality: { id: string; text: string }[];
}

/** What the user typed, by field id; ratings as `<pattern>.likelihood` / `<pattern>.impact` = "1".."3". */
export type Values = Record<string, string>;

/** Every field of a template: shared ones first, then the recipient (emails), then its sections. */
export const allFields = (def: TemplateDef): FieldDef[] => [
	...def.shared,
	...(def.recipient ? [def.recipient] : []),
	...def.sections.flatMap((s) => s.fields),
];

/** Storage ids of the ratings of a pattern. */
export const ratingIds = (pattern: string): [string, string] => [`${pattern}.likelihood`, `${pattern}.impact`];
