import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalesSchema } from '../../../src/schemas/locales';
import { ModelFileSchema, modelDataSchema } from '../../../src/schemas/model-file';
import { PlaybookStructureSchema } from '../../../src/schemas/playbook';
import { SkillSchema } from '../../../src/schemas/skill';
import { root as projectRoot } from '../../support/playbook.ts';
import { parseSkillText } from '../../../src/skill-text/parse-skill-text';
import { assembleDocument } from '../../../src/skill-text/skill-document';
import { writeSkillTexts } from '../../../src/skill-text/write-skill-text';
import { clientSource, fixture, lineOf, readFixture } from './support';

/** Runs `node scripts/import.ts …` as `npm run import` does, on the Node running the tests (the pinned one). */
function runImport(...args: string[]) {
	const result = spawnSync(process.execPath, ['scripts/import.ts', ...args], { cwd: projectRoot, encoding: 'utf8' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let parent: string;
beforeEach(() => {
	parent = mkdtempSync(join(tmpdir(), 'import-cli-'));
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

const readYaml = (dir: string, path: string): unknown => parse(readFileSync(join(dir, path), 'utf8'));

describe('npm run import', () => {
	it('writes a playbook folder whose every file passes its schema', () => {
		const dir = join(parent, 'vendor');
		const result = runImport(fixture('vendor-skill.txt'), dir);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const locales = LocalesSchema.parse(readYaml(dir, 'locales.yaml'));
		expect(locales.locales.map((locale) => [locale.code, locale.lang])).toEqual([
			['en', 'en'],
			['zh-cn', 'zh-CN'],
		]);
		const structure = PlaybookStructureSchema.parse(readYaml(dir, 'playbook.yaml'));
		expect(structure.lifecycle).toBe('onboarding');
		for (const { code } of locales.locales) {
			const skill = SkillSchema.parse(readYaml(dir, `${code}/skill.yaml`));
			expect(structure.next_step).toBe(skill.quality_check.items.at(-1)?.id);
			expect(readYaml(dir, `${code}/site.yaml`)).toEqual({ title: skill.name, description: skill.intro[0] });
			for (const model of structure.models) {
				const file = ModelFileSchema.parse(readYaml(dir, `${code}/models/${model.id}.yaml`));
				expect(modelDataSchema(model.shape).safeParse(file.data).success, `${code}/${model.id}`).toBe(true);
			}
		}
		expect(readFileSync(join(dir, 'zh-cn/models/escalation.yaml'), 'utf8')).toMatch(/^# 供应商升级级别 \(VENDOR_ESCALATION\)/);
	});

	it('writes files from which the same skill text can be written back', () => {
		const dir = join(parent, 'client');
		expect(runImport(join(projectRoot, 'tests/fixtures/source/client-skill.txt'), dir).status).toBe(0);
		const structure = PlaybookStructureSchema.parse(readYaml(dir, 'playbook.yaml'));
		const { locales } = LocalesSchema.parse(readYaml(dir, 'locales.yaml'));
		const documents = locales.map(({ code }) =>
			assembleDocument(
				code,
				structure,
				SkillSchema.parse(readYaml(dir, `${code}/skill.yaml`)),
				Object.fromEntries(
					structure.models.map((model) => {
						const file = ModelFileSchema.parse(readYaml(dir, `${code}/models/${model.id}.yaml`));
						return [model.id, { names: file.names, data: modelDataSchema(model.shape).parse(file.data) }];
					}),
				),
			),
		);
		expect(parseSkillText(writeSkillTexts(documents))).toEqual(parseSkillText(clientSource));
	});

	it('writes nothing and exits 1 with file:LINE and a fix when the skill text has an error', () => {
		const dir = join(parent, 'out');
		const result = runImport(fixture('bad-dict.txt'), dir, '--locales', 'en');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			`${fixture('bad-dict.txt')}:${lineOf(readFixture('bad-dict.txt'), '"purpose" "Find candidates",')}: cannot read this line`,
		);
		expect(result.stderr).toMatch(/\n {2}Fix: /);
		expect(result.stderr).toContain('Nothing was written.');
		expect(result.stderr).not.toMatch(/\n\s+at /);
		expect(readdirSync(parent)).toEqual([]);
	});

	it('refuses a folder that is not empty, and with --force replaces only its own files', () => {
		const dir = join(parent, 'playbook');
		mkdirSync(join(dir, 'en/pages'), { recursive: true });
		writeFileSync(join(dir, 'en/pages/home.yaml'), 'intro: written by hand\n');
		const refused = runImport(fixture('minimal-skill.txt'), dir);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain(`${dir} is not empty`);
		expect(existsSync(join(dir, 'playbook.yaml'))).toBe(false);

		expect(runImport(fixture('minimal-skill.txt'), dir, '--force').status).toBe(0);
		expect(readFileSync(join(dir, 'en/pages/home.yaml'), 'utf8')).toBe('intro: written by hand\n');
		expect(existsSync(join(dir, 'en/models/stages.yaml'))).toBe(true);
		expect(readdirSync(parent)).toEqual(['playbook']);
	});

	it('explains its usage when the folder is missing', () => {
		const result = runImport(fixture('minimal-skill.txt'));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Usage: npm run import -- <skill.txt> <dir>');
	});
});
