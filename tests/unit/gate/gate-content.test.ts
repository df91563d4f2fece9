import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../src/gate/rules';
import { copyContent, loadError } from '../../support/content-copy';
import { contentOf, playbook, root } from '../../support/playbook';
import { clientConfig } from './support';

/** The generator's own wording of `/quality/` for a locale, which a playbook may replace with its own file. */
const generatorQualityPage = (code: string) => readFileSync(join(root, 'src/wording', code, 'pages/quality.yaml'), 'utf8');

/** A copy of content/ whose locale has its own `pages/quality.yaml`: the generator's, changed by `change`. */
function withOwnQualityPage(code: string, change: (text: string) => string): string {
	const before = generatorQualityPage(code);
	const after = change(before);
	expect(after, 'the change found what it breaks').not.toBe(before);
	return copyContent().write(`${code}/pages/quality.yaml`, after).dir;
}

describe('the words of the quality gate', () => {
	it('give every rule a title and a fix, and reuse the section headings of each locale’s site.yaml', () => {
		const config = clientConfig();
		expect(Object.keys(config.rules)).toEqual([...ruleIds]);
		for (const id of ruleIds) {
			expect(config.rules[id].title, id).not.toBe('');
			expect(config.rules[id].fix, id).not.toBe('');
		}
		expect(config.wording['zh-cn']?.headings['next-step']).toBe('下一步');
		expect(config.wording.en?.headings['context']).toBe('Client type and relationship context');
		for (const locale of playbook.locales)
			expect(config.wording[locale.code]?.headings, locale.code).toEqual(contentOf(locale.code).site?.sections);
	});

	it('explain every rule on /quality/ in every locale', () => {
		for (const locale of playbook.locales)
			expect(
				contentOf(locale.code)
					.pages.quality?.rules.items.map((r) => r.id)
					.sort(),
				locale.code,
			).toEqual([...ruleIds].sort());
	});

	it('fail to load when a locale leaves a rule unexplained', () => {
		const dir = withOwnQualityPage('zh-cn', (text) => text.replace(/ {4}- id: css-budget\n(?: {6}.*\n){3}/, ''));
		expect(loadError(dir)).toMatch(
			/content\/zh-cn\/pages\/quality\.yaml:\d+:\d+ \(locale zh-cn\)\n {2}rules\.items: has no entry for the rule "css-budget"/,
		);
	});

	it('fail to load when the content names a rule the gate does not have', () => {
		const dir = withOwnQualityPage('en', (text) => text.replace('- id: css-budget', '- id: css-weight'));
		expect(loadError(dir)).toMatch(
			/content\/en\/pages\/quality\.yaml:\d+:\d+ \(locale en\)\n {2}rules\.items\[16\] \(css-weight\)\.id: .*“css-weight”\n {4}Fix: use one of: .*\bcss-budget\b/,
		);
	});
});
