import { describe, expect, it } from 'vitest';
import { parseSkillText } from '../../../src/skill-text/parse-skill-text';
import { syntheticSkill } from '../../../src/skill-text/synthetic';
import { writeSkillTexts } from '../../../src/skill-text/write-skill-text';
import { idLists } from './support';

describe('the synthetic skill text for the benchmark', () => {
	it('imports with as many lifecycle stages and models as asked, in English and Chinese', () => {
		const [en, zh] = parseSkillText(syntheticSkill({ stages: 37, models: 6 }));
		expect([en?.locale, zh?.locale]).toEqual(['en', 'zh-cn']);
		expect(en?.models).toHaveLength(6);
		expect(en?.models[0]?.id).toBe('lifecycle');
		expect(Object.keys(zh?.models[0]?.data ?? {})).toHaveLength(37);
		expect(idLists(zh!)).toEqual(idLists(en!));
	});

	it('covers every shape the importer infers', () => {
		const [en] = parseSkillText(syntheticSkill({ stages: 2, models: 4 }));
		expect(en?.models.map((model) => model.shape)).toEqual([
			{ map: { fields: { purpose: 'text', focus: 'list' } }, numbered: 'stage' },
			{ fields: { elements: { map: 'text' }, questions: 'list' } },
			{ map: { fields: { purpose: 'text', focus: 'list' } }, numbered: 'step' },
			{ map: { fields: { trigger: 'text', owner: 'text' } } },
		]);
	});

	it('writes a third locale in Latin script that imports when --locales names it', () => {
		const text = syntheticSkill({ stages: 3, models: 2, locales: ['en', 'zh-cn', 'fr'] });
		const documents = parseSkillText(text, { locales: ['en', 'zh-cn', 'fr'] });
		expect(documents.map((document) => document.locale)).toEqual(['en', 'zh-cn', 'fr']);
		expect(parseSkillText(writeSkillTexts(documents), { locales: ['en', 'zh-cn', 'fr'] })).toEqual(documents);
	});
});
