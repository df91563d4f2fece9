import { type Check, excerpt, worded } from './check.ts';
import type { Allowance } from './config.ts';
import type { Finding, RuleId } from './rules.ts';
import { findTerms } from './text-scan.ts';
import type { SitePage } from './site-page.ts';

/** Findings for every term of a locale's list on a page; a listed deliberate phrase is reported as allowed. */
export function termLint(rule: RuleId, termsOf: (locale: string) => string[], describe: string): Check {
	return (site) =>
		worded(site).flatMap((page): Finding[] =>
			findTerms(page.text, termsOf(page.locale.id)).map((match) => {
				const allowance = allowanceFor(page, page.text, match.index, match.text.length, site.config.allow);
				return {
					rule,
					page: page.path,
					message: `${describe} “${match.text}” in “${excerpt(page.text, match.index, match.text.length)}”`,
					...(allowance ? { allowed: allowance.reason } : {}),
				};
			}),
		);
}

/** The allowance whose phrase, in this text of the page, covers the match at `index`. */
export function allowanceFor(
	page: SitePage,
	text: string,
	index: number,
	length: number,
	allow: readonly Allowance[],
): Allowance | undefined {
	return allow.find((entry) => {
		if (entry.page !== page.path) return false;
		for (let at = text.indexOf(entry.phrase); at !== -1; at = text.indexOf(entry.phrase, at + 1)) {
			if (at <= index && index + length <= at + entry.phrase.length) return true;
		}
		return false;
	});
}
