import { describe, expect, it } from 'vitest';
import { parseSkillText } from '../../../src/skill-text/parse-skill-text';
import type { SkillDocument } from '../../../src/skill-text/skill-document';
import { writeSkillTexts } from '../../../src/skill-text/write-skill-text';
import { clientSource, dataTexts, halvesOf, idLists, skillItemTexts, sourceParts, stringsOf } from './support';

const documents = parseSkillText(clientSource);
const [en, zh] = documents as [SkillDocument, SkillDocument];
const halves = halvesOf(clientSource);

describe('importing the shipped client playbook', () => {
	it('finds an English half and then a Chinese half', () => {
		expect(documents.map((document) => document.locale)).toEqual(['en', 'zh-cn']);
		expect([en.skill.name, zh.skill.name]).toEqual([halves[0]?.[0], halves[1]?.[0]]);
	});

	it.each([0, 1])('keeps every list item and model value of half %i word for word, in order and no more', (index) => {
		const document = documents[index] as SkillDocument;
		const { items, values } = sourceParts(halves[index] ?? [], index === 0);
		expect(skillItemTexts(document)).toEqual(items);
		expect(document.models.flatMap((model) => dataTexts(model.data))).toEqual(values);
	});

	it.each([0, 1])('keeps every heading, lead and paragraph line of half %i word for word', (index) => {
		const document = documents[index] as SkillDocument;
		const prose = stringsOf(document.skill).join('\n');
		const { prose: lines } = sourceParts(halves[index] ?? [], index === 0);
		expect(lines.filter((line) => !prose.includes(line))).toEqual([]);
	});

	it('joins wrapped lines of a paragraph with a space in English and with nothing in Chinese', () => {
		expect(en.skill.intro[2]).toBe(
			'Most client problems do not begin at the moment of complaint. They begin much earlier: at misaligned expectations, weak onboarding, unclear communication, vague scope, slow follow-up, hidden decision-makers, or a relationship that was never actively managed.',
		);
		expect(en.skill.intro).toHaveLength(4);
		expect(zh.skill.boundaries.paragraphs).toHaveLength(2);
	});

	it('repairs the keys and names the extraction split over two lines', () => {
		const model = (id: string) => en.models.find((candidate) => candidate.id === id);
		expect(en.models.map((candidate) => candidate.source)).toEqual([
			'CLIENT_LIFECYCLE',
			'CLIENT_ARCHITECTURE',
			'CLIENT_ONBOARDING',
			'CLIENT_FAILURE_PATTERNS',
			'CLIENT_COMMUNICATION',
		]);
		expect(Object.keys(model('lifecycle')?.data ?? {})).toEqual([
			'pre_close',
			'onboarding',
			'active_delivery',
			'stabilization',
			'retention_growth',
		]);
		expect(Object.keys(model('onboarding')?.data ?? {})).toEqual(['alignment', 'information_gathering', 'working_model', 'first_value']);
		const communication = model('communication')?.data as { cadence_examples: object };
		expect(Object.keys(communication.cadence_examples)).toEqual(['high_touch_service', 'project_based_work', 'advisory_relationship']);
		expect(zh.models.map((candidate) => Object.keys(candidate.data))).toEqual(en.models.map((candidate) => Object.keys(candidate.data)));
	});

	it('infers the shape of all five models from their data', () => {
		expect(Object.fromEntries(en.models.map((model) => [model.id, model.shape]))).toEqual({
			lifecycle: { map: { fields: { purpose: 'text', focus: 'list' } }, numbered: 'stage' },
			architecture: { fields: { core_elements: { map: 'text' }, guiding_questions: 'list' } },
			onboarding: { map: { fields: { purpose: 'text', outputs: 'list' } }, numbered: 'step' },
			'failure-patterns': { fields: { patterns: 'list', responses: 'list' } },
			communication: { fields: { principles: 'list', cadence_examples: { map: 'text' } } },
		});
		expect(zh.models.map((model) => model.shape)).toEqual(en.models.map((model) => model.shape));
	});

	it('slugs ids from the English text and shares them with the Chinese half by position', () => {
		expect(en.skill.triggers.items[0]?.id).toBe('onboard-new-client');
		expect(en.skill.triggers.phrases[0]?.id).toBe('help-manage-client');
		expect(en.skill.outputs.items.map((item) => item.id)).toContain('onboarding-plan');
		expect(idLists(zh)).toEqual(idLists(en));
		for (const [path, ids] of idLists(en)) expect(new Set(ids).size, path).toBe(ids.length);
	});

	it('reads back the same documents from the skill text it writes', () => {
		expect(parseSkillText(writeSkillTexts(documents))).toEqual(documents);
	});
});
