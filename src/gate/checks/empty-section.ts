import { type Check, sameHeading } from '../check.ts';
import type { Finding } from '../rules.ts';

/** A heading with nothing under it before the next heading of its level. */
export const emptySection: Check = ({ pages, config }) =>
	pages.flatMap(({ page, profile }): Finding[] => {
		const { headings } = config.wording[page.locale.id]!;
		return page.sections
			.filter((section) => !section.text && section.links === 0 && section.media === 0)
			.flatMap((section): Finding[] => {
				const item = config.quality.ids.find((i) => sameHeading(section.heading, headings[i] ?? ''));
				// An empty closing "Next step" is reported by the next-step check, once.
				if (item === config.quality.nextStep && section.level === 2 && profile.items.includes(config.quality.nextStep)) return [];
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
