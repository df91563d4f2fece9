import type { QualityItem } from './page-profiles.ts';

/**
 * Every rule of the gate by its permanent id. A rule's title, explanation and fix hint are content
 * (content/quality-gate/<locale>.yaml, `rules`), shown on `/quality/` and in the report; a test holds
 * every id here to an entry there in every locale.
 */
export const ruleIds = [
	'quality-section-missing',
	'next-step-missing',
	'next-step-not-last',
	'next-step-incomplete',
	'empty-section',
	'locale-missing-page',
	'locale-section-mismatch',
	'untranslated-english',
	'stray-chinese',
	'placeholder-text',
	'vague-language',
	'broken-link',
	'broken-anchor',
	'js-budget',
	'css-budget',
] as const;
export type RuleId = (typeof ruleIds)[number];

/** One violation: data first, so that reporters and tests read the same thing. */
export interface Finding {
	rule: RuleId;
	/** The page's URL path, e.g. `/zh-cn/lifecycle/pre-close/`. */
	page: string;
	/** The quality item the finding counts against in the report's table, if any. */
	item?: QualityItem;
	/** What is wrong on this page, specifically. */
	message: string;
	/** Set when the text is allowed on purpose (content/quality-gate/lint.yaml `allow`): the reason. Not a violation. */
	allowed?: string;
}

/** A rule's words for editors, from content/quality-gate. */
export interface RuleText {
	id: RuleId;
	title: string;
	explanation: string;
	fix: string;
}
