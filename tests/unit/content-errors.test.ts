import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/generate/build-site.ts';
import { ContentError } from '../../src/lib/content/content-error.ts';
import { loadPlaybook } from '../../src/lib/content/load-playbook.ts';
import { copyContent } from '../support/content-copy.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The message an editor reads when the copy fails to load; fails the test when it loads. */
function messageOf(dir: string, build = false): string {
	try {
		const loaded = loadPlaybook({ dir, draft: false });
		if (build)
			buildSite(loaded, { base: '/', docsDir: mkdtempSync(join(tmpdir(), 'docs-')), i18nDir: mkdtempSync(join(tmpdir(), 'i18n-')) });
	} catch (error) {
		if (error instanceof ContentError) return error.message;
		throw error;
	}
	throw new Error('The content loaded without a problem.');
}

const lifecycle = 'en/models/lifecycle.yaml';

describe('a content error says where and what, as an editor reads it', () => {
	it('says a wrong type was expected as text and found as a number, at its line and column', () => {
		const copy = copyContent().edit(lifecycle, (t) =>
			t.replace('purpose: Ensure the relationship is sold honestly and clearly', 'purpose: 42'),
		);
		const line = copy.lineOf(lifecycle, 'purpose: 42');
		expect(messageOf(copy.dir)).toContain(
			`${lifecycle}:${line}:14 (locale en)\n  data.pre_close.purpose: expected text, found the number 42\n    Fix: write text here`,
		);
	});

	it('says a list found where text belongs is a list, not a missing field', () => {
		const copy = copyContent().edit('en/site.yaml', (t) => t.replace(/^title: .*$/m, 'title:\n  - Client\n  - Playbook'));
		expect(messageOf(copy.dir)).toContain(
			`en/site.yaml:${copy.lineOf('en/site.yaml', '- Client')}:3 (locale en)\n  title: expected text, found a list of 2 items`,
		);
	});

	it('names an unknown field and the closest valid one, and does not also call the right one missing', () => {
		const copy = copyContent().edit(lifecycle, (t) => t.replace('    purpose: Ensure', '    purpse: Ensure'));
		const message = messageOf(copy.dir);
		expect(message).toContain(
			`${lifecycle}:${copy.lineOf(lifecycle, 'purpse:')}:5 (locale en)\n  data.pre_close.purpse: unknown field — did you mean “purpose”?\n    Fix: rename “purpse” to “purpose”`,
		);
		expect(message).not.toMatch(/purpose: is missing/);
		expect(message).toMatch(/^The playbook content has 1 problem:/);
	});

	it('fails on a misspelled key of the prose instead of quietly dropping it', () => {
		const file = 'zh-cn/pages/principles.yaml';
		const copy = copyContent().edit(file, (t) => t.replace('rules:\n  heading:', 'rules:\n  heding:'));
		expect(messageOf(copy.dir)).toContain(
			`${file}:${copy.lineOf(file, 'heding:')}:3 (locale zh-cn)\n  rules.heding: unknown field — did you mean “heading”?`,
		);
	});

	it('names the item of a list by its id as well as its position', () => {
		const copy = copyContent().edit(lifecycle, (t) => t.replace('text: Decision-maker mapping', 'text: ""'));
		expect(messageOf(copy.dir)).toMatch(/data\.pre_close\.focus\[2\] \(decision-maker-mapping\)\.text: must not be empty/);
	});

	it('reports an unclosed quote at the line where the quote opens, not at the end of the file', () => {
		const file = 'en/pages/boundaries.yaml';
		const copy = copyContent().edit(file, (t) => t.replace(/^ {2}title: (.*)$/m, '  title: "$1'));
		expect(messageOf(copy.dir)).toContain(`${file}:${copy.lineOf(file, 'title: "')}:10 (locale en)\n  a quoted text is never closed`);
	});

	it('calls a field that one locale has and a published other locale lacks a parity error', () => {
		const file = 'zh-cn/pages/principles.yaml';
		const copy = copyContent().edit(file, (t) => t.replace(/^ {2}context: 无论是回复客户.*\n/m, ''));
		expect(messageOf(copy.dir)).toMatch(
			/zh-cn\/pages\/principles\.yaml:\d+:\d+ \(locale zh-cn\)\n {2}rules: has no “context”, which .*en\/pages\/principles\.yaml has/,
		);
	});

	it('calls a page: link that a published translation drops, or adds, a parity error at its line', () => {
		const file = 'zh-cn/pages/architecture.yaml';
		const dropped = copyContent().edit(file, (t) => t.replace('[客户入职框架](page:onboarding)', '客户入职框架'));
		expect(messageOf(dropped.dir)).toMatch(
			new RegExp(
				`${file}:${dropped.lineOf(file, 'intro:')}:8 \\(locale zh-cn\\)\n {2}intro: does not link to page:onboarding, which \\S*en/pages/architecture\\.yaml links to here\n {4}Fix: add the link here too, in this locale's words; \\S*en/pages/architecture\\.yaml has \\[client onboarding framework\\]\\(page:onboarding\\)`,
			),
		);
		const added = copyContent().edit(file, (t) =>
			t.replace('[商务同事](page:boundaries#involve)', '[商务同事](page:boundaries#involve)（参见[入职框架](page:onboarding)）'),
		);
		expect(messageOf(added.dir)).toMatch(
			/zh-cn\/pages\/architecture\.yaml:\d+:\d+ \(locale zh-cn\)\n {2}sections\.scope: links to page:onboarding, which \S*en\/pages\/architecture\.yaml does not link to here\n {4}Fix: link the same pages in every locale/,
		);
	});

	it('says a translated page: link written with full-width brackets is plain text, not a missing link', () => {
		const file = 'zh-cn/pages/architecture.yaml';
		const copy = copyContent().edit(file, (t) => t.replace('[客户入职框架](page:onboarding)', '[客户入职框架]（page:onboarding）'));
		expect(messageOf(copy.dir)).toMatch(
			/intro: writes page:onboarding but not as a link, so it shows as plain text\n {4}Fix: write the link with ASCII brackets and no space between them: \[words\]\(page:onboarding\)/,
		);
	});

	it('reports a mistyped page id in a translation once, as a page that does not exist, not as a parity difference', () => {
		const file = 'zh-cn/pages/architecture.yaml';
		const copy = copyContent().edit(file, (t) => t.replace('[客户入职框架](page:onboarding)', '[客户入职框架](page:onboardng)'));
		const message = messageOf(copy.dir);
		expect(message).toContain('links to the page "onboardng", which does not exist');
		expect(message).toMatch(/^The playbook content has 1 problem:/);
	});

	it('names the file, the line and the key of an interface string written with no text', () => {
		const copy = copyContent().write(
			'zh-cn.json',
			JSON.stringify({ 'pb.page.related': '相关的失败模式', 'pb.checklist.print': ' ' }, null, '\t'),
		);
		expect(messageOf(copy.dir)).toMatch(
			/zh-cn\.json:3 \(locale zh-cn\)\n {2}pb\.checklist\.print: has no text\n {4}Fix: write the text in this language/,
		);
	});

	it('suggests the right key for a misspelled interface string key, with its line', () => {
		const copy = copyContent().write(
			'en.json',
			'{\n\t"pb.page.related": "Failure patterns that apply",\n\t"pb.checklst.print": "Print"\n}\n',
		);
		expect(messageOf(copy.dir)).toMatch(
			/en\.json:3 \(locale en\)\n {2}pb\.checklst\.print: unknown key — did you mean “pb\.checklist\.print”\?/,
		);
	});

	it('reports a broken page: link in text against the content file and line, not a generated page', () => {
		const file = 'en/pages/architecture.yaml';
		const copy = copyContent().edit(file, (t) => t.replace('(page:onboarding)', '(page:onboardng)'));
		expect(messageOf(copy.dir)).toContain(
			`${file}:${copy.lineOf(file, 'intro:')}:8 (locale en)\n  intro: links to the page "onboardng", which does not exist\n    Fix: did you mean "onboarding"?`,
		);
	});

	it('reports a link to a section that does not exist against the content file, once pages are generated', () => {
		const file = 'en/pages/architecture.yaml';
		const copy = copyContent().edit(file, (t) => t.replace('(page:onboarding)', '(page:onboarding#no-such-section)'));
		expect(messageOf(copy.dir, true)).toMatch(
			/en\/pages\/architecture\.yaml:\d+:8 \(locale en\)\n {2}intro: links to “#no-such-section” on the page "onboarding", which has no such section/,
		);
	});

	it('accepts only page:, http(s): and mailto: links, naming the field of any other', () => {
		const file = 'en/pages/boundaries.yaml';
		const copy = copyContent().edit(file, (t) => t.replace(/^ {2}action: (.*)$/m, '  action: $1 [Run it](javascript:alert(1))'));
		expect(messageOf(copy.dir)).toMatch(
			/next_step\.action: has a link to "javascript:alert\(1"?\)?", which is neither page:, http\(s\): nor mailto:/,
		);
	});

	it('rejects Markdown in a field that is plain text by design, saying why', () => {
		const file = 'en/pages/boundaries.yaml';
		const copy = copyContent().edit(file, (t) => t.replace(/^ {2}title: (.*)$/m, '  title: "**$1**"'));
		expect(messageOf(copy.dir)).toMatch(
			/page\.title: is plain text \(it appears in titles, labels or link previews\), so it cannot hold Markdown/,
		);
	});

	it('suggests the right name for a misspelled content file, which would otherwise be ignored', () => {
		const copy = copyContent();
		copy.write('en/pages/hom.yaml', copy.read('en/pages/home.yaml')).remove('en/pages/home.yaml');
		expect(messageOf(copy.dir)).toMatch(
			/en\/pages\/hom\.yaml \(locale en\)\n {2}is not a file the generator reads — did you mean en\/pages\/home\.yaml\?/,
		);
	});

	it('lists several problems of several files together, causes before their consequences', () => {
		const copy = copyContent()
			.edit('zh-cn/site.yaml', (t) => t.replace(/^title: .*$/m, 'title: 7'))
			.edit('en/pages/boundaries.yaml', (t) => t.replace(/^ {2}link: .*$/m, '  link: no-such-page'));
		const message = messageOf(copy.dir);
		expect(message).toMatch(/^The playbook content has 3 problems:/);
		const cause = message.indexOf(
			`zh-cn/site.yaml:${copy.lineOf('zh-cn/site.yaml', 'title: 7')}:8 (locale zh-cn)\n  title: expected text, found the number 7`,
		);
		const consequence = message.indexOf('link: links to the page "no-such-page", which does not exist');
		expect(cause).toBeGreaterThan(-1);
		expect(consequence).toBeGreaterThan(cause);
	});

	it('lists every piece of prose still to be written, with its file and field', () => {
		const file = 'zh-cn/pages/lifecycle.yaml';
		const withoutDescription = (t: string) => t.replace(/^ {4}description: .*\n(?: {6}.*\n)*/m, '');
		// The same field goes from both locales, else the Chinese file is out of step with the English one.
		const copy = copyContent().edit(file, withoutDescription).edit('en/pages/lifecycle.yaml', withoutDescription);
		const message = messageOf(copy.dir, true);
		expect(message).toMatch(
			/en\/pages\/lifecycle\.yaml \(locale en\)\n {2}stages\.pre_close\.description: is still to be written \(the page \/lifecycle\/pre-close\/ needs it\)/,
		);
		expect(message).toMatch(/zh-cn\/pages\/lifecycle\.yaml \(locale zh-cn\)\n {2}stages\.pre_close\.description: is still to be written/);
	});
});

describe('files saved by any editor', () => {
	it('load the same with a byte-order mark and Windows line ends, in content and interface strings alike', () => {
		const copy = copyContent();
		for (const file of ['en/skill.yaml', 'en/models/lifecycle.yaml', 'zh-cn/pages/home.yaml', 'zh-cn.json', 'locales.yaml'])
			copy.edit(file, (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`);
		const edited = loadPlaybook({ dir: copy.dir, draft: false }).playbook;
		const original = loadPlaybook({ dir: copyContent().dir, draft: false }).playbook;
		expect(edited.byLocale['en']!.skill).toEqual(original.byLocale['en']!.skill);
		expect(edited.byLocale['zh-cn']!.pages.home).toEqual(original.byLocale['zh-cn']!.pages.home);
		expect(edited.byLocale['zh-cn']!.ui).toEqual(original.byLocale['zh-cn']!.ui);
	});
});
