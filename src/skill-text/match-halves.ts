import type { RawModel, RawNode } from './python-dict.ts';
import type { ProblemList } from './skill-text-error.ts';
import type { Located } from './source-lines.ts';
import type { RawSkill } from './standard-sections.ts';

/** A half as far as matching needs it: its standard sections and its repaired models. */
export interface ParsedHalf {
	locale: string;
	skill: RawSkill;
	models: RawModel[];
}

const items = (count: number): string => (count === 1 ? '1 item' : `${count} items`);

const fix = 'the halves must list the same items in the same order: translate the missing item or remove the extra one';

function describe(node: RawNode): string {
	return node.kind === 'text' ? 'text' : node.kind === 'list' ? `a list of ${node.items.length}` : `a dict of ${node.entries.length}`;
}

/**
 * Checks that another locale's half has what the default half has, item by item: the same number of items in
 * every list, the same models with the same keys in the same order, the same kind of value at every place.
 * Paragraphs are prose and may be cut differently, so they are not compared.
 */
export function matchHalves(main: ParsedHalf, other: ParsedHalf, problems: ProblemList): void {
	const lists = (half: ParsedHalf): [string, Located, readonly unknown[]][] => {
		const skill = half.skill;
		return [
			[skill.triggers.heading.text, skill.triggers.lead, skill.triggers.items],
			[skill.triggers.heading.text, skill.triggers.phrasesLead, skill.triggers.phrases],
			[skill.does.heading.text, skill.does.lead, skill.does.items],
			[skill.outputs.heading.text, skill.outputs.lead, skill.outputs.items],
			[skill.rules.heading.text, skill.rules.lead, skill.rules.items],
			[skill.outputFormat.heading.text, skill.outputFormat.title, skill.outputFormat.fields],
			[skill.qualityCheck.heading.text, skill.qualityCheck.heading, skill.qualityCheck.items],
		];
	};
	const mainLists = lists(main);
	lists(other).forEach(([heading, lead, list], index) => {
		const [mainHeading, mainLead, mainItems] = mainLists[index] as (typeof mainLists)[number];
		if (list.length !== mainItems.length) {
			problems.add(
				lead.line,
				`"${heading}" lists ${items(list.length)} here, in ${other.locale}, but ${mainItems.length} in ${main.locale} ("${mainHeading}", line ${mainLead.line})`,
				fix,
			);
		}
	});
	if (other.models.length !== main.models.length) {
		const line =
			other.skill.models[Math.min(main.models.length, other.models.length)]?.heading.line ?? other.skill.outputFormat.heading.line;
		problems.add(line, `the ${other.locale} half has ${other.models.length} models, the ${main.locale} half ${main.models.length}`, fix);
	}
	main.models.forEach((mainModel, index) => {
		const model = other.models[index];
		if (!model) return;
		if (model.name.text !== mainModel.name.text) {
			problems.add(
				model.name.line,
				`model ${index + 1} is ${model.name.text} here but ${mainModel.name.text} in ${main.locale} (line ${mainModel.name.line})`,
				fix,
			);
			return;
		}
		matchNodes(mainModel.body, model.body, model.name.text, main.locale, problems);
	});
}

function matchNodes(main: RawNode, other: RawNode, path: string, mainLocale: string, problems: ProblemList): void {
	const where = `in ${mainLocale} (line ${main.line})`;
	if (main.kind !== other.kind) {
		problems.add(other.line, `${path} holds ${describe(other)} here but ${describe(main)} ${where}`, fix);
	} else if (main.kind === 'list' && other.kind === 'list' && main.items.length !== other.items.length) {
		problems.add(other.line, `${path} lists ${items(other.items.length)} here but ${main.items.length} ${where}`, fix);
	} else if (main.kind === 'dict' && other.kind === 'dict') {
		if (main.entries.length !== other.entries.length) {
			problems.add(other.line, `${path} has ${other.entries.length} entries here but ${main.entries.length} ${where}`, fix);
			return;
		}
		main.entries.forEach((entry, index) => {
			const otherEntry = other.entries[index];
			if (!otherEntry) return;
			if (otherEntry.key.text !== entry.key.text) {
				problems.add(
					otherEntry.key.line,
					`entry ${index + 1} of ${path} is "${otherEntry.key.text}" here but "${entry.key.text}" in ${mainLocale} (line ${entry.key.line})`,
					'keys stay in English and in the same order in every half; translate only the values',
				);
				return;
			}
			matchNodes(entry.value, otherEntry.value, `${path}.${entry.key.text}`, mainLocale, problems);
		});
	}
}
