import { type Check, excerpt, worded } from '../check.ts';
import type { Finding } from '../rules.ts';
import { allowanceFor } from '../term-lint.ts';
import { findTerms } from '../text-scan.ts';

/**
 * One word per meaning: a variant the locale's glossary (words.yaml `glossary`) says to avoid is a violation on
 * any page of that locale, naming the term to write instead. The source's own words quoted on the page
 * (`data-pb-source`) stay as the source wrote them and are not read; a variant inside the preferred term itself
 * (交付成果 in 可交付成果) is not one; a deliberate use is listed under `allow` with its reason.
 */
export const glossary: Check = (site) =>
	worded(site).flatMap((page): Finding[] => {
		const { config } = site;
		const text = page.ownWordingText;
		return (config.wording[page.locale.id]?.glossary ?? []).flatMap((entry) => {
			const terms = findTerms(text, [entry.term]);
			return findTerms(text, entry.avoid)
				.filter((match) => !terms.some((t) => t.index <= match.index && match.index + match.text.length <= t.index + t.text.length))
				.map((match): Finding => {
					const allowance = allowanceFor(page, text, match.index, match.text.length, config.allow);
					const concept = entry.source ? ` (${entry.source})` : '';
					return {
						rule: 'glossary',
						page: page.path,
						message: `“${match.text}” in “${excerpt(text, match.index, match.text.length)}”: write “${entry.term}”${concept}, the glossary's term`,
						...(allowance ? { allowed: allowance.reason } : {}),
					};
				});
		});
	});
