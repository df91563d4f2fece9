import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/generate/build-site.ts';
import { inlineHtml, inlineLinks, localiseLinks } from '../../src/lib/inline-markdown.ts';
import { loadPlaybook } from '../../src/lib/content/load-playbook.ts';
import { copyContent } from '../support/content-copy';

const quoted = 'write links as `[words](page:some-page)`';

describe('links in content text', () => {
	it('become the locale’s addresses, a label with brackets in it too, while a link quoted in a code span stays as written', () => {
		expect(localiseLinks(`See [the [draft] plan](page:onboarding#kickoff); ${quoted}.`, (ref) => `/zh-cn/${ref}`)).toBe(
			`See [the [draft] plan](/zh-cn/onboarding#kickoff); ${quoted}.`,
		);
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

	it('quoted in a code span are text: the content check does not follow them, nor ask a translation for them', () => {
		const file = 'en/pages/architecture.yaml';
		const copy = copyContent().edit(file, (t) => t.replace('(page:onboarding).', `(page:onboarding); ${quoted}.`));
		const loaded = loadPlaybook({ dir: copy.dir, draft: false });
		const docsDir = mkdtempSync(join(tmpdir(), 'docs-'));
		buildSite(loaded, { base: '/', docsDir, i18nDir: mkdtempSync(join(tmpdir(), 'i18n-')) });
		expect(readFileSync(join(docsDir, 'architecture.md'), 'utf8')).toContain(`(/onboarding/); ${quoted}.`);
	});
});
