import { type Check, sameHeading } from '../check.ts';
import { qualityItems } from '../page-profiles.ts';
import type { Finding } from '../rules.ts';

/** A heading with nothing under it before the next heading of its level. */
export const emptySection: Check = ({ pages, config }) =>
	pages.flatMap(({ page, profile }): Finding[] => {
		const { headings } = config.wording[page.locale.id]!;
		return page.sections
			.filter((section) => !section.text && section.links === 0 && section.media === 0)
			.flatMap((section): Finding[] => {
				const item = qualityItems.find((i) => sameHeading(section.heading, headings[i]));
				// An empty closing "Next step" is reported by the next-step check, once.
				if (item === 'next-step' && section.level === 2 && profile.items.includes('next-step')) return [];
				return [
					{
						rule: 'empty-section',
						page: page.path,
						...(item && section.level === 2 ? { item } : {}),
						message: `The section “${section.heading}” has nothing under its heading.`,
					},
				];
			});
	});
