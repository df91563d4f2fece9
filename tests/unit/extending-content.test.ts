import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generatePages } from '../../src/generate/write-pages';
import { loadPlaybook } from '../../src/lib/content/load-playbook';
import { contentLocales, locales } from '../../src/locales';
import { copyContent } from './support/content-copy';

let copy: ReturnType<typeof copyContent> | undefined;
afterEach(() => copy?.cleanup());

describe('extending the playbook with content only', () => {
	it('turns a sixth stage and its checklist, added to both locales, into pages linked from the overview', () => {
		copy = copyContent();
		for (const locale of ['en', 'zh-cn']) {
			copy.edit(`lifecycle/${locale}.yaml`, (data) => {
				const stage = structuredClone(data.stages[4]);
				stage.id = 'offboarding';
				stage.key = 'offboarding';
				stage.name = locale === 'en' ? 'Offboarding' : '结束合作';
				stage.focus = [{ id: 'handover', text: locale === 'en' ? 'Handover' : '交接' }];
				data.stages.push(stage);
			});
			copy.edit(`checklists/${locale}.yaml`, (data) => {
				const checklist = structuredClone(data.checklists.find((c: { id: string }) => c.id === 'retention-growth'));
				checklist.id = 'offboarding';
				checklist.actions = [{ id: 'handover', text: locale === 'en' ? 'Every open item is handed over' : '所有未完成事项都已交接' }];
				data.checklists.splice(data.checklists.length - 1, 0, checklist);
			});
		}
		const playbook = loadPlaybook({ root: copy.root });
		const [en, zh] = playbook.locales;
		const enPages = generatePages(playbook.byLocale['en']!, { locale: en!, base: '/' });
		const zhPages = generatePages(playbook.byLocale['zh-cn']!, { locale: zh!, base: '/' });
		expect(enPages.find((p) => p.id === 'lifecycle/offboarding')?.body).toContain('title: "Offboarding"');
		expect(zhPages.find((p) => p.id === 'lifecycle/offboarding')?.body).toContain('- 交接');
		expect(enPages.find((p) => p.id === 'lifecycle')?.body).toContain('[Offboarding](/lifecycle/offboarding/)');
		expect(enPages.find((p) => p.id === 'lifecycle/pre-close')?.body).toContain('Stage 1 of 6.');
		expect(zhPages.some((p) => p.id === 'checklists/offboarding')).toBe(true);
	});

	it('builds a third locale from its content files and config entry alone', () => {
		copy = copyContent();
		for (const model of readdirSync(join(copy.root, 'content'))) {
			copyFileSync(join(copy.root, 'content', model, 'en.yaml'), join(copy.root, 'content', model, 'fr.yaml'));
		}
		const withFrench = contentLocales({ ...locales, fr: { lang: 'fr' } });
		const playbook = loadPlaybook({ root: copy.root, locales: withFrench });
		const fr = withFrench.find((l) => l.id === 'fr')!;
		const pages = generatePages(playbook.byLocale['fr']!, { locale: fr, base: '/' });
		expect(pages.find((p) => p.id === 'lifecycle')?.body).toContain('(/fr/lifecycle/pre-close/)');
	});

	it('names the missing file when a third locale lacks a model', () => {
		copy = copyContent();
		copyFileSync(join(copy.root, 'content/site/en.yaml'), join(copy.root, 'content/site/fr.yaml'));
		expect(() => loadPlaybook({ root: copy!.root, locales: contentLocales({ ...locales, fr: { lang: 'fr' } }) })).toThrow(
			/content\/lifecycle\/fr\.yaml \(locale fr\)\n {2}\(file\): the file is missing/,
		);
	});
});
