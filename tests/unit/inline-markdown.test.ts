import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/generate/build-site.ts';
import { hasUnreadPageLink, inlineHtml, inlineLinks, localiseLinks } from '../../src/lib/inline-markdown.ts';
import { loadPlaybook } from '../../src/lib/content/load-playbook.ts';
import { copyContent, loadError } from '../support/content-copy';

const quoted = 'write links as `[words](page:some-page)`';

describe('links in content text', () => {
	it('become the locale’s addresses, a label with brackets in it too, while a link quoted in a code span stays as written', () => {
		expect(localiseLinks(`See [the [draft] plan](page:onboarding#kickoff); ${quoted}.`, (ref) => `/zh-cn/${ref}`)).toBe(
			`See [the [draft] plan](/zh-cn/onboarding#kickoff); ${quoted}.`,
		);
	});

	it('may have code spans, escaped brackets and one level of brackets in their words', () => {
		const hrefOf = (ref: string) => `/${ref}/`;
		expect(localiseLinks('See [the `page:` format](page:quality).', hrefOf)).toBe('See [the `page:` format](/quality/).');
		expect(localiseLinks('See [a \\] b](page:quality).', hrefOf)).toBe('See [a \\] b](/quality/).');
		expect(localiseLinks('See [[a [b]]](page:quality).', hrefOf)).toBe('See [[a [b]]](page:quality).');
		expect(hasUnreadPageLink('See [[a [b]]](page:quality).')).toBe(true);
		expect(hasUnreadPageLink(`See [the \`page:\` format](page:quality); ${quoted}.`)).toBe(false);
	});

	it('show as their labels where a link cannot be, and a code span as written', () => {
		expect(inlineHtml(`Read [the plan](page:onboarding), then ${quoted}`, null)).toBe(
			'Read the plan, then write links as <code>[words](page:some-page)</code>',
		);
	});

	it('are listed outside code spans only, each as written with its label and target', () => {
		expect(inlineLinks(`[a](page:x#y) [b [c]](https://example.com/) ${quoted}`)).toEqual([
			{ whole: '[a](page:x#y)', label: 'a', target: 'page:x#y' },
			{ whole: '[b [c]](https://example.com/)', label: 'b [c]', target: 'https://example.com/' },
		]);
	});

	it('that the generator could not read stop the content check at their field', () => {
		const file = 'en/pages/architecture.yaml';
		const copy = copyContent().edit(file, (t) =>
			t.replace('[client onboarding framework](page:onboarding)', '[[client [onboarding]] framework](page:onboarding)'),
		);
		expect(loadError(copy.dir)).toMatch(
			/intro: has a page: link this playbook cannot read, so it would show as text\n {4}Fix: write the link as \[words\]\(page:id\)/,
		);
	});

	it('quoted in a code span are text: the content check does not follow them, nor ask a translation for them', () => {
		const file = 'en/pages/architecture.yaml';
		const copy = copyContent().edit(file, (t) => t.replace('(page:onboarding).', `(page:onboarding); ${quoted}.`));
		const loaded = loadPlaybook({ dir: copy.dir, draft: false });
		const docsDir = mkdtempSync(join(tmpdir(), 'docs-'));
		buildSite(loaded, { base: '/', docsDir, i18nDir: mkdtempSync(join(tmpdir(), 'i18n-')) });
		expect(readFileSync(join(docsDir, 'architecture.md'), 'utf8')).toContain(`(/onboarding/); ${quoted}.`);
	});
});
