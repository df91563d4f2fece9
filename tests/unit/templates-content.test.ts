import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPlaybook } from '../../src/lib/content/load-playbook';
import { generatePages } from '../../src/generate/write-pages';
import { allFields } from '../../src/lib/templates/definition';
import { resolveTemplate } from '../../src/lib/templates/resolve';
import { pagesOf } from '../../src/lib/pages';
import { contentLocales } from '../../src/locales';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Loads a copy of the content with one file edited, and returns the error message. */
function loadBroken(file: string, edit: (text: string) => string): string {
	const copy = mkdtempSync(join(tmpdir(), 'pb-templates-'));
	cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true });
	const path = join(copy, 'content', file);
	const before = readFileSync(path, 'utf8');
	const after = edit(before);
	expect(after, 'the edit changed the file').not.toBe(before);
	writeFileSync(path, after);
	try {
		loadPlaybook({ root: copy });
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('the broken content loaded');
}

describe('template content', () => {
	const playbook = loadPlaybook({ root });

	it('resolves every field of every template to a label and guidance in both locales', () => {
		for (const locale of contentLocales()) {
			const models = playbook.byLocale[locale.id]!;
			for (const t of models.templates.templates) {
				const def = resolveTemplate(models, t, locale);
				expect(def.nextStep, `${locale.id} ${t.id}`).not.toBe('');
				for (const field of allFields(def)) {
					expect(field.label, `${locale.id} ${t.id} ${field.id}`).not.toBe('');
					expect(field.guidance).not.toBe('');
				}
			}
		}
	});

	it('takes the onboarding plan fields from the four onboarding steps', () => {
		const models = playbook.byLocale['en']!;
		const def = resolveTemplate(
			models,
			models.templates.templates.find((t) => t.id === 'onboarding-plan')!,
			contentLocales()[0]!,
		);
		expect(def.sections.map((s) => s.heading)).toEqual(models.onboarding.steps.items.map((s) => s.name));
		expect(def.sections.flatMap((s) => s.fields.map((f) => f.label)).sort()).toEqual(
			models.onboarding.steps.items.flatMap((s) => s.outputs.map((o) => o.text)).sort(),
		);
	});

	it('registers and generates every template page in every locale', () => {
		const models = playbook.byLocale['zh-cn']!;
		const ids = pagesOf(models)
			.filter((p) => p.group === 'templates')
			.map((p) => p.id);
		// The client workspace sits in the templates group, after the index.
		expect(ids).toEqual(['templates', 'workspace', ...models.templates.templates.map((t) => `templates/${t.id}`)]);
		const pages = generatePages(models, { locale: contentLocales()[1]!, base: '/' });
		const page = pages.find((p) => p.id === 'templates/risk-audit')!;
		expect(page.body).toContain('<TemplateForm template={');
		expect(page.body).toContain('## 下一步');
	});

	it('fails when a field names a model item that does not exist', () => {
		const message = loadBroken('templates/en.yaml', (text) =>
			text.replace('from: onboarding-output:access', 'from: onboarding-output:acess'),
		);
		expect(message).toContain('content/templates/en.yaml (locale en)');
		expect(message).toContain('from: names "onboarding-output:acess", which does not exist');
	});

	it('fails when a field covers an unknown quality item', () => {
		const message = loadBroken('templates/zh-cn.yaml', (text) => text.replace('covers: [roles, risks]', 'covers: [roles, risk]'));
		expect(message).toContain('names the quality item "risk", which does not exist');
	});

	it('fails when a template has no field for the next step', () => {
		const message = loadBroken('templates/en.yaml', (text) => text.replace(/covers: \[next-step, scope\]/, 'covers: [scope]'));
		expect(message).toMatch(/templates\[\d+\]\.sections: has no field for the next step/);
	});

	it('fails when the locales map a field to different quality items', () => {
		const message = loadBroken('templates/zh-cn.yaml', (text) => text.replace('covers: [success, risks]', 'covers: [success]'));
		expect(message).toContain('content/templates/zh-cn.yaml (locale zh-cn)');
		expect(message).toContain('.covers: is ["success"] but ["success","risks"]');
	});

	it('fails when a select has no options', () => {
		const message = loadBroken('templates/en.yaml', (text) => text.replace('            options: lifecycle-stages\n', ''));
		expect(message).toContain('a select needs "options"');
	});
});
