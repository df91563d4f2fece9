import type { RuleId } from '../playbook/rule-ids.ts';

export { ruleIds, type RuleId } from '../playbook/rule-ids.ts';

/** One violation: data first, so that reporters and tests read the same thing. */
export interface Finding {
	rule: RuleId;
	/** The page's URL path, e.g. `/zh-cn/lifecycle/pre-close/`. */
	page: string;
	/** The quality item the finding counts against in the report's table, if any. */
	item?: string;
	/** What is wrong on this page, specifically. */
	message: string;
	/** Set when the text is allowed on purpose (words.yaml `allow`): the reason. Not a violation. */
	allowed?: string;
}

/** A rule's words for editors, from pages/quality.yaml (src/wording/<code>/ or the playbook's own). */
export interface RuleText {
	id: RuleId;
	title: string;
	explanation: string;
	fix: string;
}
