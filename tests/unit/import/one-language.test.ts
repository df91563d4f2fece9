import { describe, expect, it } from 'vitest';
import { parseSkillText } from '../../../src/skill-text/parse-skill-text';
import { SkillTextError } from '../../../src/skill-text/skill-text-error';
import { writeSkillText } from '../../../src/skill-text/write-skill-text';
import { clientSource, halvesOf } from './support';

/** The client playbook's Chinese half written back with clean keys (`stage_1_pre_close`): a Chinese-only skill text. */
const chineseOnly = writeSkillText(parseSkillText(clientSource)[1]!);

describe('a skill text in one language', () => {
	it('imports a Chinese-only playbook as zh-cn, with ids by position since the text has no Latin words', () => {
		const [zh, other] = parseSkillText(chineseOnly);
		expect(other).toBeUndefined();
		expect(zh?.locale).toBe('zh-cn');
		expect(zh?.skill.triggers.items.slice(0, 2).map((item) => item.id)).toEqual(['item-1', 'item-2']);
		expect(zh?.models.map((model) => model.id)).toEqual(['lifecycle', 'architecture', 'onboarding', 'failure-patterns', 'communication']);
		expect(Object.keys(zh?.models[0]?.data ?? {})).toEqual([
			'pre_close',
			'onboarding',
			'active_delivery',
			'stabilization',
			'retention_growth',
		]);
	});

	it('takes the locale named with --locales instead of the one its script suggests', () => {
		const [zh] = parseSkillText(chineseOnly, { locales: ['zh-tw'] });
		expect(zh?.locale).toBe('zh-tw');
	});

	it('writes Chinese dicts unquoted unless asked to quote them', () => {
		const [zh] = parseSkillText(chineseOnly);
		expect(chineseOnly).toContain('\nstage_1_pre_close: {\npurpose: 确保关系被诚实且清晰地销售,\n');
		expect(writeSkillText(zh!, { quoted: true })).toContain('\n"stage_1_pre_close": {\n"purpose": "确保关系被诚实且清晰地销售",\n');
		expect(parseSkillText(chineseOnly)).toEqual([zh]);
	});

	it('cannot repair a split key without English words to find its word boundary, and says so', () => {
		const extracted = `${halvesOf(clientSource)[1]?.join('\n')}\n`;
		expect(() => parseSkillText(extracted)).toThrow(SkillTextError);
		expect(() => parseSkillText(extracted)).toThrow(/\("high" \/ "touchservice"\) cannot be repaired/);
	});
});
