import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gateConfig } from '../../src/gate/config.ts';
import { ruleIds } from '../../src/gate/rules.ts';
import { runGate } from '../../src/gate/run-gate.ts';
import { readSitePage } from '../../src/gate/site-page.ts';
import { contentOf, playbook, root, ui } from '../support/playbook.ts';

const dist = `${root}dist/`;
const config = gateConfig(playbook);

describe('the built site', () => {
	it('passes the quality gate, every page checked in every locale', () => {
		const result = runGate(dist, config);
		expect(result.violations).toEqual([]);
		const paths = result.pages.map((p) => p.path);
		for (const path of ['/', '/lifecycle/pre-close/', '/communication/', '/quality/'])
			for (const locale of playbook.locales) expect(paths, path).toContain(`${locale.prefix ? `/${locale.prefix}` : ''}${path}`);
		// The source's own "as-needed" cadence is allowed on purpose, and the report says so.
		expect(result.allowed).toEqual([expect.objectContaining({ page: '/communication/', rule: 'vague-language' })]);
	});

	for (const locale of playbook.locales) {
		const path = `${locale.prefix ? `/${locale.prefix}` : ''}/quality/`;
		it(`explains every rule of the gate with its fix at ${path}`, () => {
			const html = readFileSync(`${dist}${path.slice(1)}index.html`, 'utf8');
			const page = readSitePage(html, path, config.locales);
			// Rule ids are shown as code, which the page's prose leaves out: look for them in the HTML.
			for (const id of ruleIds) expect(html, id).toMatch(new RegExp(`<code[^>]*>${id}</code>`));
			const fix = `${contentOf(locale.code).pages.quality!.rules.labels.fix}${ui(locale.code, 'pb.colon').trim()}`;
			expect(page.text.split(fix).length - 1).toBe(ruleIds.length);
		});
	}
});
