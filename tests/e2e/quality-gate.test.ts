import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGateConfig } from '../../src/gate/config';
import { ruleIds } from '../../src/gate/rules';
import { runGate } from '../../src/gate/run-gate';
import { readSitePage } from '../../src/gate/site-page';
import { contentLocales } from '../../src/locales';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

describe('the built site', () => {
	it('passes the quality gate, every page checked in both languages', () => {
		const result = runGate(dist, loadGateConfig());
		expect(result.violations).toEqual([]);
		const paths = result.pages.map((p) => p.path);
		for (const path of ['/', '/lifecycle/pre-close/', '/communication/', '/quality/'])
			expect(paths, path).toEqual(expect.arrayContaining([path, `/zh-cn${path}`]));
		// The source's own "as-needed" cadence is allowed on purpose, and the report says so.
		expect(result.allowed).toEqual([expect.objectContaining({ page: '/communication/', rule: 'vague-language' })]);
	});

	for (const [path, fix] of [
		['/quality/', 'How to fix:'],
		['/zh-cn/quality/', '修正方法:'],
	] as const) {
		it(`explains every rule of the gate with its fix at ${path}`, () => {
			const html = readFileSync(`${dist}${path.slice(1)}index.html`, 'utf8');
			const page = readSitePage(html, path, contentLocales());
			// Rule ids are shown as code, which the page's prose leaves out: look for them in the HTML.
			for (const id of ruleIds) expect(html, id).toMatch(new RegExp(`<code[^>]*>${id}</code>`));
			expect(page.text.split(fix).length - 1).toBe(ruleIds.length);
		});
	}
});
