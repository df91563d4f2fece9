import { describe, expect, it } from 'vitest';
import { LocalesSchema } from '../../../src/schemas/locales';
import { modelDataSchema } from '../../../src/schemas/model-file';
import { PlaybookStructureSchema, ShapeSchema } from '../../../src/schemas/playbook';
import { SkillSchema } from '../../../src/schemas/skill';
import { parseSkillText } from '../../../src/skill-text/parse-skill-text';
import { playbookStructure } from '../../../src/skill-text/playbook-files';
import { clientSource } from './support';

const [en] = parseSkillText(clientSource);

describe('the playbook folder schemas', () => {
	it('accept what the importer makes of the client playbook', () => {
		expect(SkillSchema.safeParse(en?.skill).success).toBe(true);
		expect(PlaybookStructureSchema.parse(playbookStructure([en!]))).toMatchObject({ lifecycle: 'lifecycle' });
		for (const model of en?.models ?? []) expect(modelDataSchema(model.shape).safeParse(model.data).success, model.id).toBe(true);
	});

	it('reject unknown keys, so a typo is an error rather than silently ignored', () => {
		const structure = playbookStructure([en!]);
		expect(PlaybookStructureSchema.safeParse({ ...structure, lifecyle: 'lifecycle' }).success).toBe(false);
		expect(SkillSchema.safeParse({ ...en?.skill, summary: 'x' }).success).toBe(false);
		expect(ShapeSchema.safeParse({ map: 'text', numbred: 'stage' }).success).toBe(false);
	});

	it('accept nested shapes and reject ones that are not shapes', () => {
		expect(ShapeSchema.safeParse({ map: { fields: { steps: { map: 'list', numbered: 'step' } } } }).success).toBe(true);
		expect(ShapeSchema.safeParse({ fields: { owner: 'number' } }).success).toBe(false);
	});

	it('hold model data to its shape: a missing field, an empty text or a repeated id fails', () => {
		const shape = { fields: { purpose: 'text', focus: 'list' } } as const;
		const schema = modelDataSchema(shape);
		expect(schema.safeParse({ purpose: 'Start well', focus: [{ id: 'intake', text: 'Intake' }] }).success).toBe(true);
		expect(schema.safeParse({ focus: [{ id: 'intake', text: 'Intake' }] }).success).toBe(false);
		expect(schema.safeParse({ purpose: ' ', focus: [{ id: 'intake', text: 'Intake' }] }).success).toBe(false);
		expect(
			schema.safeParse({
				purpose: 'Start',
				focus: [
					{ id: 'a', text: 'A' },
					{ id: 'a', text: 'B' },
				],
			}).success,
		).toBe(false);
	});

	it('require the default locale to be listed and the lifecycle to be a numbered model', () => {
		const locale = { code: 'en', label: 'English', lang: 'en', status: 'published' } as const;
		expect(LocalesSchema.safeParse({ default: 'en', locales: [locale] }).success).toBe(true);
		expect(LocalesSchema.safeParse({ default: 'fr', locales: [locale] }).success).toBe(false);
		expect(PlaybookStructureSchema.safeParse({ ...playbookStructure([en!]), lifecycle: 'architecture' }).success).toBe(false);
	});
});
