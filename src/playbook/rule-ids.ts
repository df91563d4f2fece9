/**
 * Every rule of the quality gate by its permanent id. The gate reports them; their titles, explanations and fix
 * hints are wording (`pages/quality.yaml`), shown on `/quality/` and in the report. Kept below both the schemas
 * and the gate, so that loading content never depends on the checker.
 */
export const ruleIds = [
	'quality-section-missing',
	'next-step-missing',
	'next-step-not-last',
	'next-step-incomplete',
	'empty-section',
	'to-be-written',
	'locale-missing-page',
	'locale-section-mismatch',
	'untranslated-english',
	'stray-chinese',
	'placeholder-text',
	'vague-language',
	'glossary',
	'broken-link',
	'broken-anchor',
	'js-budget',
	'css-budget',
] as const;
export type RuleId = (typeof ruleIds)[number];
