import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/content-error';
import { loadPlaybook } from '../../src/lib/content/load-playbook';
import { copyContent, projectRoot } from './support/content-copy';

let copy: ReturnType<typeof copyContent> | undefined;
afterEach(() => copy?.cleanup());

/** Loads a copy of the content after `breakIt` and returns the error message. */
function messageAfter(breakIt: (c: ReturnType<typeof copyContent>) => void): string {
	copy = copyContent();
	breakIt(copy);
	try {
		loadPlaybook({ root: copy.root });
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as Error).message;
	}
	throw new Error('expected the content to be rejected');
}

describe('loading the playbook content', () => {
	it('loads the real content in both locales with the same stages', () => {
		const playbook = loadPlaybook({ root: projectRoot });
		expect(playbook.locales.map((l) => l.id)).toEqual(['en', 'zh-cn']);
		const stageIds = (locale: string) => playbook.byLocale[locale]?.lifecycle.stages.map((s) => s.id);
		expect(stageIds('en')).toEqual(['pre-close', 'onboarding', 'active-delivery', 'stabilization', 'retention-growth']);
		expect(stageIds('zh-cn')).toEqual(stageIds('en'));
	});

	it('fails when a Chinese stage is missing, naming the file, the list, the locale and the fix', () => {
		const message = messageAfter((c) => c.edit('lifecycle/zh-cn.yaml', (d) => d.stages.splice(3, 1)));
		expect(message).toContain('content/lifecycle/zh-cn.yaml (locale zh-cn)');
		expect(message).toContain('stages: has no item with id "stabilization", which content/lifecycle/en.yaml has');
		expect(message).toContain('Fix: add the zh-cn translation of "stabilization" to this list');
	});

	it('fails when a model file of one locale is missing', () => {
		const message = messageAfter((c) => c.remove('boundaries/zh-cn.yaml'));
		expect(message).toContain('content/boundaries/zh-cn.yaml (locale zh-cn)');
		expect(message).toContain('(file): the file is missing');
		expect(message).toContain('Fix: create content/boundaries/zh-cn.yaml');
	});

	it('fails when a field is emptied, with the field path', () => {
		const message = messageAfter((c) => c.edit('lifecycle/zh-cn.yaml', (d) => (d.stages[1].purpose = '   ')));
		expect(message).toContain('content/lifecycle/zh-cn.yaml (locale zh-cn)');
		expect(message).toContain('stages[1].purpose: must not be empty');
		expect(message).toContain('Fix: fill it in');
	});

	it('fails when a required field is removed', () => {
		const message = messageAfter((c) => c.edit('architecture/en.yaml', (d) => delete d.sections.roles));
		expect(message).toContain('content/architecture/en.yaml (locale en)');
		expect(message).toContain('sections.roles: is missing');
		expect(message).toContain('Fix: add this field');
	});

	it('fails when an id is duplicated within a list', () => {
		const message = messageAfter((c) => {
			for (const file of ['lifecycle/en.yaml', 'lifecycle/zh-cn.yaml'])
				c.edit(file, (d) => (d.stages[0].focus[2].id = d.stages[0].focus[0].id));
		});
		expect(message).toContain('stages[0].focus[2].id: repeats the id "expectation-setting" used earlier in this list');
		expect(message).toContain('Fix: give every item in a list its own id');
	});

	it('fails when a stage names a failure pattern that does not exist', () => {
		const message = messageAfter((c) => {
			for (const file of ['lifecycle/en.yaml', 'lifecycle/zh-cn.yaml'])
				c.edit(file, (d) => (d.stages[0].sections.risks.patterns[0] = 'scope-creep'));
		});
		expect(message).toContain('stages[0].sections.risks.patterns[0]: names the failure pattern "scope-creep", which does not exist');
		expect(message).toContain('Fix: use one of: scope-misunderstood,');
	});

	it('fails when a next step links to a page that does not exist', () => {
		const message = messageAfter((c) => {
			for (const file of ['home/en.yaml', 'home/zh-cn.yaml']) c.edit(file, (d) => (d.next_step.link = 'lifecycle/closing'));
		});
		expect(message).toContain('next_step.link: links to the page "lifecycle/closing", which does not exist');
	});

	it('fails when text links to an unknown page', () => {
		const message = messageAfter((c) =>
			c.edit('boundaries/en.yaml', (d) => (d.paragraphs[0] = 'See [the contract guide](page:contracts).')),
		);
		expect(message).toContain('content/boundaries/en.yaml (locale en)');
		expect(message).toContain('paragraphs[0]: links to the page "page:contracts", which does not exist');
	});

	it('fails when the locales list a different number of items', () => {
		const message = messageAfter((c) =>
			c.edit('communication/zh-cn.yaml', (d) => d.sections.recommendations.push('每周五下午四点前发出状态更新。')),
		);
		expect(message).toContain('content/communication/zh-cn.yaml (locale zh-cn)');
		expect(message).toMatch(/sections\.recommendations: has \d+ items where content\/communication\/en\.yaml has \d+/);
	});

	it('fails when a pattern answers with different responses in each locale', () => {
		const message = messageAfter((c) =>
			c.edit('failure-patterns/zh-cn.yaml', (d) => (d.patterns.items[0].responses = ['map-stakeholders'])),
		);
		expect(message).toContain('patterns.items[0].responses: is ["map-stakeholders"]');
		expect(message).toContain('Fix: use the same ids in every locale');
	});

	it('fails with the line when a file is not valid YAML', () => {
		const message = messageAfter((c) =>
			writeFileSync(join(c.root, 'content/site/en.yaml'), 'title: Client Playbook\n  sidebar: [unclosed\n'),
		);
		expect(message).toContain('content/site/en.yaml (locale en)');
		expect(message).toContain('is not valid YAML');
		expect(message).toContain('Fix: correct the YAML syntax');
	});

	it('lists every problem at once rather than stopping at the first', () => {
		const message = messageAfter((c) => {
			c.remove('quality/zh-cn.yaml');
			c.edit('lifecycle/en.yaml', (d) => (d.stages[0].name = ''));
		});
		expect(message).toMatch(/^The playbook content has 2 problems:/);
	});
});
