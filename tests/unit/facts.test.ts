import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { generateSite } from '../../src/generate/write-pages.ts';
import { copyContent, loadError, loadErrorAfter } from '../support/content-copy.ts';
import { contentOf, playbook, root } from '../support/playbook.ts';
import { renderPage } from '../support/render-markdown.ts';

const codes = playbook.locales.map((l) => l.code);
/** Every string of a value, however deep. */
const strings = (value: unknown): string[] =>
	typeof value === 'string'
		? [value]
		: Array.isArray(value)
			? value.flatMap(strings)
			: value && typeof value === 'object'
				? Object.values(value).flatMap(strings)
				: [];
/** The prose of a locale as its files hold it, before facts are filled in. */
const rawProse = (code: string) =>
	[...contentOf(code).files]
		.filter((file) => !/\/(skill|facts|words)\.yaml$/.test(file) && !file.includes('/models/') && file.endsWith('.yaml'))
		.map((file) => readFileSync(join(root, 'content', file), 'utf8'))
		.join('\n');

describe('facts defined once', () => {
	it('fails the build, at the line, when a page states a fact another way', () => {
		const file = 'en/pages/communication.yaml';
		const copy = copyContent().edit(file, (t) =>
			t.replace(
				'Tell the client sponsor about any risk to a milestone {fact:escalation-time}',
				'Tell the client sponsor about any risk to a milestone within two working days of noticing it',
			),
		);
		const message = loadError(copy.dir);
		expect(message).toContain(`${file}:${copy.lineOf(file, 'within two working days of noticing')}:`);
		expect(message).toContain('contradicts the fact “escalation-time”');
		expect(message).toContain('write {fact:escalation-time} instead');
	});

	it('fails the build on a contradiction in Chinese prose too', () => {
		const message = loadErrorAfter('zh-cn/checklists.yaml', (t) => t.replace('每个客户{fact:risk-review-cadence}', '每个客户每季度一次'));
		expect(message).toContain('contradicts the fact “risk-review-cadence”');
	});

	it('fails the build on a reference to a fact that is not defined', () => {
		const message = loadErrorAfter('en/pages/lifecycle.yaml', (t) => t.replace('{fact:kickoff-time}', '{fact:kickoff-deadline}'));
		expect(message).toContain('refers to the fact “kickoff-deadline”, which is not defined');
	});

	it('is referenced in the prose of every locale, and filled in everywhere', () => {
		for (const code of codes) {
			const prose = rawProse(code);
			for (const fact of contentOf(code).facts) expect(prose, `${code}: {fact:${fact.id}}`).toContain(`{fact:${fact.id}}`);
			const content = contentOf(code);
			const filled = strings([content.pages, content.checklists, content.templates, content.site]);
			expect(filled.filter((s) => s.includes('{fact:'))).toEqual([]);
		}
	});

	it('keeps a contradiction phrase from catching a different fact, such as two weeks of information gathering', () => {
		const quickWin = contentOf('en').facts.find((f) => f.id === 'quick-win-window')!;
		const legitimate = 'information gathering in the first two weeks; the working model agreed by the end of week two';
		expect(quickWin.contradicts.filter((phrase) => legitimate.toLowerCase().includes(phrase.toLowerCase()))).toEqual([]);
	});

	it('names as owner of the onboarding summary the role that answers for it in the responsibility matrix', () => {
		for (const code of codes) {
			const content = contentOf(code);
			const owner = content.facts.find((f) => f.id === 'onboarding-summary-owner')!.value;
			const matrix = content.pages.responsibilities!;
			const row = matrix.rows.find((r) => r.id === 'kickoff-summary')!;
			const answers = Object.entries(row.raci)
				.filter(([, letter]) => letter.startsWith('A'))
				.map(([role]) => role);
			expect(answers, code).toHaveLength(1);
			expect(owner, code).toContain(matrix.roles.find((r) => r.id === answers[0])!.name.toLowerCase());
		}
	});

	it('gives every activity of the responsibility matrix exactly one role that answers for it', () => {
		for (const code of codes)
			for (const row of contentOf(code).pages.responsibilities!.rows)
				expect(
					Object.values(row.raci).filter((letter) => letter.startsWith('A')),
					`${code} ${row.id}`,
				).toHaveLength(1);
	});
});

describe('the boundaries and responsibilities pages, generated', () => {
	const site = generateSite(playbook, '/');
	const page = (path: string) => renderPage([...site.files.entries()].find(([file]) => file.replace(/(\/index)?\.md$/, '') === path)![1]);

	it('puts the reader’s heading over the source’s paragraphs and lists, per group, the moments to bring people in', () => {
		const tree = page('zh-cn/boundaries');
		expect(toString(select('h2#covers', tree)!)).toBe(contentOf('zh-cn').pages.boundaries!.heading);
		const groups = selectAll('h2#involve ~ ul > li', tree);
		expect(groups).toHaveLength(contentOf('zh-cn').pages.boundaries!.involve!.items.length);
		expect(selectAll('ul > li', groups[0]).length).toBeGreaterThan(1);
	});

	it('marks the responsibility letters as the notation they are, so a Chinese page does not read them as English left in', () => {
		const tree = page('zh-cn/responsibilities');
		const letters = selectAll('table strong', tree);
		expect(letters.length).toBeGreaterThan(0);
		for (const letter of letters) expect(letter.properties['lang']).toBe('en');
	});
});
