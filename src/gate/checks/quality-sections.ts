import { type Check, sameHeading } from '../check.ts';
import type { Finding } from '../rules.ts';

/** Items 1–6 of the quality check: each required item has a section (an h2) headed in the page's wording. */
export const qualitySections: Check = ({ pages, config }) =>
	pages.flatMap(({ page, profile }): Finding[] => {
		const { headings } = config.wording[page.locale.id]!;
		const h2 = page.sections.filter((section) => section.level === 2);
		return profile.items
			.filter((item) => item !== config.quality.nextStep)
			.filter((item) => !h2.some((section) => sameHeading(section.heading, headings[item] ?? item)))
			.map((item) => ({
				rule: 'quality-section-missing',
				page: page.path,
				item,
				message: `No section headed “${headings[item] ?? item}”: a ${profile.id} page answers this item of the quality check.`,
			}));
	});
