import type { Fence } from './fences.ts';
import type { NumberedItem, SegmentedHalf, Section } from './sections.ts';
import type { ProblemList } from './skill-text-error.ts';
import type { Located } from './source-lines.ts';

/** The standard sections of one half, each with the lines it came from. */
export interface RawSkill {
	name: Located;
	intro: Located[];
	triggers: { heading: Located; lead: Located; items: Located[]; phrasesLead: Located; phrases: Located[] };
	corePrinciple: { heading: Located; paragraphs: Located[] };
	does: { heading: Located; lead: Located; items: Located[] };
	outputs: { heading: Located; lead: Located; items: NumberedItem[] };
	rules: { heading: Located; lead: Located; items: Located[] };
	models: { heading: Located; fence: Fence }[];
	outputFormat: { heading: Located; title: Located; fields: Located[] };
	boundaries: { heading: Located; paragraphs: Located[] };
	qualityCheck: { heading: Located; items: Located[] };
}

type Slot = keyof Omit<RawSkill, 'name' | 'intro'>;

interface SlotRule {
	slot: Slot;
	/** Its usual heading per locale: a hint for messages and for a section in the wrong form, not a requirement. */
	headings: Record<string, string>;
	/** The form the format gives it, for messages. */
	form: string;
	/** Turns a section of the right form into the slot's value. */
	take: (section: Section) => RawSkill[Slot] | undefined;
}

const plainList = (section: Section): RawSkill['does'] | undefined =>
	section.kind === 'lists' && section.lists.length === 1 && section.lists[0]?.kind === 'plain'
		? { heading: section.heading, lead: section.lists[0].lead, items: section.lists[0].items }
		: undefined;
// A heading with no paragraphs still takes its place: the segmenter has already said it is empty.
const paragraphs = (section: Section): RawSkill['boundaries'] | undefined =>
	section.kind === 'paragraphs' ? { heading: section.heading, paragraphs: section.paragraphs } : undefined;

const rules: readonly SlotRule[] = [
	{
		slot: 'triggers',
		headings: { en: 'Trigger Conditions', 'zh-cn': '触发条件' },
		form: 'a heading, a lead line ending in ":" with a "- - " list of needs, then a second lead line with a list of phrases',
		take: (section) => {
			if (section.kind !== 'lists' || section.lists.length !== 2) return undefined;
			const [needs, phrases] = section.lists;
			if (needs?.kind !== 'plain' || phrases?.kind !== 'plain') return undefined;
			return { heading: section.heading, lead: needs.lead, items: needs.items, phrasesLead: phrases.lead, phrases: phrases.items };
		},
	},
	{ slot: 'corePrinciple', headings: { en: 'Core Principle', 'zh-cn': '核心原则' }, form: 'a heading and paragraphs', take: paragraphs },
	{
		slot: 'does',
		headings: { en: 'What This Skill Does', 'zh-cn': '这项技能的用途' },
		form: 'a heading, a lead line ending in ":" and a "- - " list',
		take: plainList,
	},
	{
		slot: 'outputs',
		headings: { en: 'Default Outputs', 'zh-cn': '默认输出' },
		form: 'a heading, a lead line ending in ":" and numbered items "- 1. Name", each with a description line',
		take: (section) =>
			section.kind === 'lists' && section.lists.length === 1 && section.lists[0]?.kind === 'numbered'
				? { heading: section.heading, lead: section.lists[0].lead, items: section.lists[0].items }
				: undefined,
	},
	{
		slot: 'rules',
		headings: { en: 'Response Rules', 'zh-cn': '响应规则' },
		form: 'a heading, a lead line ending in ":" and a "- - " list',
		take: plainList,
	},
	{
		slot: 'models',
		headings: {},
		form: 'a heading line and a ~~~python dict under it',
		take: (section) => (section.kind === 'model' ? [{ heading: section.heading, fence: section.fence }] : undefined),
	},
	{
		slot: 'outputFormat',
		headings: { en: 'Output Format', 'zh-cn': '输出格式' },
		form: 'a heading, a title line and a "- - " list of fields',
		take: (section) =>
			section.kind === 'titled-list' ? { heading: section.heading, title: section.title, fields: section.items } : undefined,
	},
	{ slot: 'boundaries', headings: { en: 'Boundaries', 'zh-cn': '边界' }, form: 'a heading and paragraphs', take: paragraphs },
	{
		slot: 'qualityCheck',
		headings: { en: 'Quality Check', 'zh-cn': '质量检查' },
		form: 'a heading and "- - [ ] " items',
		take: (section) => (section.kind === 'checklist' ? { heading: section.heading, items: section.items } : undefined),
	},
];

/** The standard section a heading names by its usual words, in any known locale. */
function hintedSlot(heading: string): Slot | undefined {
	const lower = heading.toLowerCase();
	return rules.find((rule) => Object.values(rule.headings).some((words) => lower.includes(words.toLowerCase())))?.slot;
}

/**
 * Finds the standard sections of a half by their order and form (the format fixes both; headings vary).
 * The usual heading words only sharpen messages: a section whose heading names the expected one but whose form
 * differs is reported as malformed rather than as missing. Every problem is added to `problems`; the result is
 * `undefined` when any standard section is missing. `locale` names sections in messages; `endLine` is the half's
 * last line, where a section missing at the end would go.
 */
export function standardSections(half: SegmentedHalf, locale: string, endLine: number, problems: ProblemList): RawSkill | undefined {
	const found: Partial<Record<Slot, RawSkill[Slot]>> = {};
	const sections = half.sections;
	if (!sections.some((section) => rules.some((rule) => rule.take(section)))) {
		problems.add(
			half.name.line,
			'no section of the skill-text format is found in this text',
			`write a name line, an introduction, then the sections in this order: ${rules.map((rule) => rule.headings['en'] ?? 'the models').join(', ')}`,
		);
		return undefined;
	}
	const describe = (rule: SlotRule): string => {
		const heading = rule.headings[locale] ?? rule.headings['en'];
		return heading ? `"${heading}"` : rule.slot;
	};
	if (half.intro.length === 0) {
		problems.add(
			half.name.line,
			'no introduction follows the name line',
			'write at least one paragraph saying what the playbook is for under the name',
		);
	}
	let index = 0;
	for (let ruleIndex = 0; ruleIndex < rules.length;) {
		const rule = rules[ruleIndex] as SlotRule;
		const section = sections[index];
		if (rule.slot === 'models') {
			const models: RawSkill['models'] = [];
			for (let s = sections[index]; s?.kind === 'model'; s = sections[++index]) models.push({ heading: s.heading, fence: s.fence });
			if (models.length > 0) found.models = models;
			else {
				problems.add(
					section?.heading.line ?? endLine,
					'the playbook has no models: no heading line is followed by a ~~~python dict before this line',
					'write each model as a heading line, then ~~~python, NAME = { … }, and a closing ~~~ line',
				);
			}
			ruleIndex++;
			continue;
		}
		const taken = section && rule.take(section);
		if (section && taken) {
			found[rule.slot] = taken;
			index++;
			ruleIndex++;
			continue;
		}
		const hinted = section && hintedSlot(section.heading.text);
		if (section && hinted === rule.slot) {
			problems.add(section.heading.line, `the section ${describe(rule)} is not in its form: ${rule.form}`, `write it as ${rule.form}`);
			index++;
			ruleIndex++;
			continue;
		}
		const later = rules.slice(ruleIndex + 1);
		if (!section || later.some((next) => next.slot === hinted || next.take(section))) {
			problems.add(
				section?.heading.line ?? endLine,
				`the standard section ${describe(rule)} is missing ${section ? 'before this line' : 'at the end'}`,
				`add it (${rule.form}) where the format has it: ${rules.map(describe).join(', ')}`,
			);
			ruleIndex++;
			continue;
		}
		problems.add(
			section.heading.line,
			`"${section.heading.text}" is not a section the format has here`,
			'remove it, or check the lines above it',
		);
		index++;
	}
	for (const extra of sections.slice(index)) {
		problems.add(
			extra.heading.line,
			`"${extra.heading.text}" comes after the quality check, which ends a half`,
			'move it to where it belongs',
		);
	}
	const complete = rules.every((rule) => found[rule.slot] !== undefined) && half.intro.length > 0;
	return complete ? ({ name: half.name, intro: half.intro, ...found } as RawSkill) : undefined;
}
