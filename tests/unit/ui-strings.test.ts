import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiStringKeys } from '../../src/schemas/ui-strings';
import { copyContent, loadError, loadErrorAfter } from '../support/content-copy';
import { contentOf, playbook, root } from '../support/playbook';

const published = playbook.locales.filter((l) => l.status === 'published');
const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{(\w[\w-]*)\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
	it('have text for every key in every published locale', () => {
		expect(published.map((l) => l.code)).toEqual(['en', 'zh-cn']);
		for (const locale of published)
			for (const key of uiStringKeys) expect(contentOf(locale.code).ui[key]?.trim(), `${locale.code} ${key}`).toBeTruthy();
	});

	it('keep the placeholders the page and the islands fill in, in every locale', () => {
		for (const locale of published) {
			const ui = contentOf(locale.code).ui;
			expect(ui['pb.checklist.saved']).toMatch(/\{done\}.*\{total\}/);
			expect(ui['pb.checklist.restored']).toMatch(/\{done\}.*\{total\}/);
			for (const key of uiStringKeys) expect(placeholders(ui[key]), `${locale.code} ${key}`).toEqual(placeholders(contentOf('en').ui[key]));
		}
	});

	it('take the playbook’s own text over the generator’s', () => {
		expect(contentOf('zh-cn').ui['pb.page.related']).toBe(
			JSON.parse(readFileSync(join(root, 'content/zh-cn.json'), 'utf8'))['pb.page.related'],
		);
		expect(contentOf('zh-cn').ui['pb.page.related']).not.toBe(
			JSON.parse(readFileSync(join(root, 'src/wording/zh-cn.json'), 'utf8'))['pb.page.related'],
		);
	});

	it('fail to load when a new published locale leaves a key without text, naming the file and the key', () => {
		// A language the generator has no wording for: the playbook's ja.json must have every key itself.
		const copy = copyContent().edit(
			'locales.yaml',
			(text) => `${text}  - code: ja\n    label: 日本語\n    lang: ja\n    status: published\n`,
		);
		cpSync(join(copy.dir, 'en'), join(copy.dir, 'ja'), { recursive: true });
		const english = JSON.parse(readFileSync(join(root, 'src/wording/en.json'), 'utf8')) as Record<string, string>;
		delete english['pb.checklist.print'];
		copy.write('ja.json', JSON.stringify(english, null, '\t'));
		expect(loadError(copy.dir)).toMatch(
			/content\/ja\.json \(locale ja\)\n {2}has no text for the key “pb\.checklist\.print”\n {4}Fix: add it to .*content\/ja\.json/,
		);
	});

	it('fail to load when a playbook blanks out a key of a published locale', () => {
		const message = loadErrorAfter('zh-cn.json', (text) => text.replace('{', '{\n\t"pb.named": " ",'));
		expect(message).toMatch(
			/content\/zh-cn\.json:2 \(locale zh-cn\)\n {2}pb\.named: has no text\n {4}Fix: write the text in this language\n/,
		);
		expect(message).not.toMatch(/has no text for the key|has no \{name\}/);
	});

	it('fail to load when a translation drops a placeholder or adds one, naming the line, the key and the English', () => {
		const dropped = loadErrorAfter('zh-cn.json', (text) => text.replace('{', '{\n\t"pb.checklist.signals": "已发现 {n} 个风险信号。",'));
		expect(dropped).toMatch(
			/content\/zh-cn\.json:2 \(locale zh-cn\)\n {2}pb\.checklist\.signals: has no \{status\}: the site fills it in \(English: “\{status\} Risk signals noticed: \{n\}\.”\)\n {4}Fix: put \{status\} where/,
		);
		const added = loadErrorAfter('zh-cn.json', (text) =>
			text.replace('{', '{\n\t"pb.checklist.signals": "{status}已发现 {count} 个风险信号。",'),
		);
		expect(added).toMatch(
			/pb\.checklist\.signals: has \{count\} where English has \{n\}: the site fills in \{n\}, not \{count\} .*\n {4}Fix: spell the placeholders as in English: \{status\}, \{n\}/,
		);
		const extra = loadErrorAfter('zh-cn.json', (text) =>
			text.replace('{', '{\n\t"pb.checklist.signals": "{status}已发现 {n} 个风险信号（{total}）。",'),
		);
		expect(extra).toMatch(
			/pb\.checklist\.signals: has \{total\}, which the site does not fill in .*\n {4}Fix: remove \{total\}: the site fills in only \{status\}, \{n\}/,
		);
		// Starlight's own strings take i18next's double braces: a single pair is a different placeholder.
		const single = loadErrorAfter('zh-cn.json', (text) => text.replace('{', '{\n\t"heading.anchorLabel": "链接到“{title}”一节",'));
		expect(single).toMatch(/heading\.anchorLabel: has \{title\} where English has \{\{title\}\}/);
	});

	it('fail to load on broken JSON, at the line to fix and in words an editor can act on', () => {
		const trailing = loadErrorAfter('zh-cn.json', (text) => text.replace(/"\s*\n\}/, '",\n}'));
		const lines = readFileSync(join(root, 'content/zh-cn.json'), 'utf8').trimEnd().split('\n');
		expect(trailing).toMatch(
			new RegExp(
				`content/zh-cn\\.json:${lines.length - 1}:\\d+ \\(locale zh-cn\\)\\n {2}has a comma after its last entry, which JSON does not allow\\n {4}Fix: remove the comma at the end of this line`,
			),
		);
		const quote = loadErrorAfter('zh-cn.json', (text) => text.replace('{', '{\n\t"pb.page.owner": "负责人（"主责"）",'));
		expect(quote).toMatch(
			/content\/zh-cn\.json:2:\d+ \(locale zh-cn\)\n {2}is not valid JSON: .*\n {4}Fix: .*a quotation mark inside a text is written \\"/,
		);
	});

	it('fail to load on a key the site does not use, suggesting the right one', () => {
		const message = loadErrorAfter('en.json', (text) => text.replace('"pb.page.related"', '"pb.page.relatd"'));
		expect(message).toMatch(/content\/en\.json:\d+ \(locale en\)\n {2}pb\.page\.relatd: unknown key — did you mean “pb\.page\.related”\?/);
	});
});
