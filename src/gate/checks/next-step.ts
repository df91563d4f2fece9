import { type Check, sameHeading } from '../check.ts';
import type { Finding } from '../rules.ts';

/** Item 7: the page ends with a "Next step" section that names an action with a link or an owner. */
export const nextStep: Check = ({ pages, config }) =>
	pages.flatMap(({ page, profile }): Finding[] => {
		const id = config.quality.nextStep;
		if (!profile.items.includes(id)) return [];
		const { headings, owner } = config.wording[page.locale.id]!;
		const heading = headings[id] ?? id;
		const h2 = page.sections.filter((section) => section.level === 2);
		const index = h2.findIndex((section) => sameHeading(section.heading, heading));
		const finding = (rule: Finding['rule'], message: string): Finding[] => [{ rule, page: page.path, item: id, message }];
		const section = h2[index];
		if (!section) return finding('next-step-missing', `No section headed “${heading}”: the page must end with one concrete next step.`);
		if (index !== h2.length - 1)
			return finding('next-step-not-last', `“${heading}” is followed by “${h2.at(-1)?.heading}”: the next step must be the last section.`);
		if (!section.text && section.media === 0) return finding('next-step-incomplete', `The “${heading}” section is empty.`);
		const namesOwner = owner !== '' && section.text.toLowerCase().includes(owner.toLowerCase());
		if (section.links === 0 && !namesOwner)
			return finding(
				'next-step-incomplete',
				`The “${heading}” section (“${section.text.slice(0, 60)}”) has neither a link nor an owner (“${owner}: …”).`,
			);
		return [];
	});
