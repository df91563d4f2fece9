import { describe, expect, it } from 'vitest';
import { parseSkillText } from '../../../src/skill-text/parse-skill-text';
import type { SkillDocument } from '../../../src/skill-text/skill-document';
import { writeSkillTexts } from '../../../src/skill-text/write-skill-text';
import { dataTexts, halvesOf, idLists, readFixture, skillItemTexts, sourceParts, stringsOf } from './support';

/** A vendor-management playbook of our own: other headings, other model names and counts, other shapes. */
const source = readFixture('vendor-skill.txt');
const documents = parseSkillText(source);
const [en, zh] = documents as [SkillDocument, SkillDocument];
const halves = halvesOf(source);

describe('importing a vendor playbook in the same format', () => {
	it.each([0, 1])('keeps every item, value and prose line of half %i word for word', (index) => {
		const document = documents[index] as SkillDocument;
		const { items, values, prose } = sourceParts(halves[index] ?? [], index === 0);
		expect(skillItemTexts(document)).toEqual(items);
		expect(document.models.flatMap((model) => dataTexts(model.data))).toEqual(values);
		const text = stringsOf(document.skill).join('\n');
		expect(prose.filter((line) => !text.includes(line))).toEqual([]);
	});

	it('names models after its own dicts and headings', () => {
		expect(en.models.map((model) => [model.id, model.source])).toEqual([
			['onboarding', 'VENDOR_ONBOARDING'],
			['escalation', 'VENDOR_ESCALATION'],
			['scorecard', 'VENDOR_SCORECARD'],
			['exit-plan', 'VENDOR_EXIT_PLAN'],
		]);
		expect(zh.skill.models.map((model) => model.heading)).toEqual(['供应商入驻', '供应商升级级别', '供应商评分卡', '供应商退出计划']);
	});

	it('infers a numbered step model, a map of records and a record nesting a map of records', () => {
		expect(en.models.map((model) => model.shape)).toEqual([
			{ map: { fields: { purpose: 'text', checks: 'list' } }, numbered: 'step' },
			{ map: { fields: { trigger: 'text', owner: 'text', time_to_respond: 'text' } } },
			{ fields: { criteria: { map: { fields: { measure: 'text', target: 'text' } } }, review_cadence: 'text', warning_signs: 'list' } },
			{ fields: { before_notice: 'list', handover: 'text' } },
		]);
	});

	it('repairs split keys from words used elsewhere in the text, in both halves', () => {
		for (const document of documents) {
			const [onboarding, escalation] = document.models as [SkillDocument['models'][number], SkillDocument['models'][number]];
			expect(Object.keys(onboarding.data)).toEqual(['due_diligence', 'contract_setup', 'kickoff']);
			expect(Object.keys((escalation.data as Record<string, object>)['minor_issue'] ?? {})).toEqual([
				'trigger',
				'owner',
				'time_to_respond',
			]);
		}
	});

	it('keeps commas and colons inside unquoted Chinese values and drops only the separating comma', () => {
		const escalation = zh.models[1]?.data as Record<string, { owner: string }>;
		expect(escalation['contract_breach']?.owner).toBe('采购负责人,会同法务');
		const scorecard = zh.models[2]?.data as unknown as { warning_signs: { text: string }[]; review_cadence: string };
		expect(scorecard.warning_signs.at(-1)?.text).toBe('回复里只有承诺:没有日期');
		expect(scorecard.review_cadence).toBe('每月例行沟通,每季度业务评审');
	});

	it('joins a wrapped Chinese paragraph without a space', () => {
		expect(zh.skill.intro[2]).toBe(
			'大多数供应商问题，在第一次交付延误之前就已埋下：选型仓促、合同没人细读、双方负责人不明确，或者升级路径只存在于某个人的脑子里。',
		);
	});

	it('reads full-width colons after lead lines and output-format fields', () => {
		expect(zh.skill.triggers.lead).toBe('当用户需要以下帮助时，使用此技能：');
		expect(zh.skill.output_format.fields[0]?.text).toBe('供应商');
	});

	it('shares ids by position between the halves', () => {
		expect(idLists(zh)).toEqual(idLists(en));
		expect(en.skill.triggers.phrases[0]).toEqual({ id: 'help-pick-vendor', text: 'Help me pick a vendor' });
	});

	it('finds the standard sections by their form when their headings use other words', () => {
		const renamed = [
			['Trigger Conditions', 'When To Use It'],
			['Core Principle', 'The Idea'],
			['What This Skill Does', 'Scope Of Help'],
			['Default Outputs', 'Deliverables'],
			['Response Rules', 'How To Answer'],
			['Boundaries', 'Limits'],
			['Quality Check Before Delivering', 'Before You Send'],
		];
		const text = renamed.reduce((result, [from, to]) => result.replace(`\n${from}\n`, `\n${to}\n`), source);
		const [renamedEn, renamedZh] = parseSkillText(text);
		expect(renamedEn?.skill.triggers.heading).toBe('When To Use It');
		expect(renamedEn?.skill.quality_check.heading).toBe('Before You Send');
		expect(renamedEn?.models).toEqual(en.models);
		expect(renamedEn && skillItemTexts(renamedEn)).toEqual(skillItemTexts(en));
		expect(renamedZh).toEqual(zh);
	});

	it('reads back the same documents from the skill text it writes', () => {
		expect(parseSkillText(writeSkillTexts(documents))).toEqual(documents);
	});
});
