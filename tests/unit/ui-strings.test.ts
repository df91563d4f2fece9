import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ChecklistUiSchema } from '../../src/schemas/checklist-ui';

const strings = (lang: string) =>
	JSON.parse(readFileSync(new URL(`../../src/content/i18n/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;

describe('checklist UI strings', () => {
	it.each(['en', 'zh-CN'])('are all present in %s', (lang) => {
		const have = strings(lang);
		for (const key of Object.keys(ChecklistUiSchema.shape)) expect(have[key], key).toBeTruthy();
	});

	it('keep the placeholders the island fills in', () => {
		for (const lang of ['en', 'zh-CN']) {
			expect(strings(lang)['pb.checklist.saved']).toMatch(/\{done\}.*\{total\}/);
			expect(strings(lang)['pb.checklist.restored']).toMatch(/\{done\}.*\{total\}/);
		}
	});
});
