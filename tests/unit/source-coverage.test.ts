import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './support/content-copy';

/**
 * The playbook's source (a copy of shared/source/client-skill.txt): English first, then Chinese from
 * the line "客户". Every list item and every value of its framework models must reach the content of
 * its language; only punctuation, capitalisation and the source's extraction artefacts may differ.
 */
const source = readFileSync(join(projectRoot, 'tests/fixtures/source/client-skill.txt'), 'utf8').split('\n');
const chineseStart = source.indexOf('客户');
const parts = { en: source.slice(0, chineseStart), 'zh-cn': source.slice(chineseStart) };

/** List items (`- - x`, `- [ ] x`, `- 1. x`) and model values (`"key": "value"`, `"value",`, `key: value,`). */
function sourceItems(lines: string[]): string[] {
	const items: string[] = [];
	let inModel = false;
	for (const line of lines) {
		if (line.startsWith('~~~')) {
			inModel = !inModel;
			continue;
		}
		if (inModel) {
			// Structure: braces, brackets, model names and the split keys of the extraction ("stage", "1pre_close": {).
			if (/^[{}[\]]|[{[]$|^"?(stage|step|CLIENT|high|project)"?$|^[A-Z_]+$/.test(line.trim())) continue;
			const value = line
				.replace(/^"?[a-z_]+"?:\s*/, '')
				.replace(/,$/, '')
				.replace(/^"|"$/g, '');
			if (value.trim()) items.push(value);
		} else if (line.startsWith('- ')) {
			items.push(
				line
					.replace(/^- (- |\[ \] |\d\. )?/, '')
					.replace(/:$/, '')
					.replace(/：$/, ''),
			);
		}
	}
	return items.filter((item) => item.trim().length > 0);
}

/** Letters and digits only, lower case: punctuation, spacing and capitalisation may differ. */
const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function contentText(locale: string): string {
	const strings: string[] = [];
	const collect = (value: unknown): void => {
		if (typeof value === 'string') strings.push(value);
		else if (Array.isArray(value)) value.forEach(collect);
		else if (value && typeof value === 'object') Object.values(value).forEach(collect);
	};
	for (const model of readdirSync(join(projectRoot, 'content'))) {
		try {
			collect(parse(readFileSync(join(projectRoot, 'content', model, `${locale}.yaml`), 'utf8')));
		} catch {
			// Models without locale files (the lint word lists) hold no playbook text.
		}
	}
	return normalise(strings.join('\n'));
}

describe.each(Object.entries(parts))('the %s source', (locale, lines) => {
	const items = sourceItems(lines);
	const text = contentText(locale);

	it('has its list items and model values found by the parser', () => {
		// 8 triggers, 7 phrases, 7 "does", 6 outputs, 8 rules, 5 stage purposes + 26 focus items, 7 elements,
		// 6 questions, 4 step purposes + 20 outputs, 8 patterns, 6 responses, 5 principles, 3 cadences,
		// 9 summary fields, 7 quality items.
		expect(items).toHaveLength(142);
	});

	it('reaches the content with its wording kept', () => {
		const missing = items.filter((item) => !text.includes(normalise(item)));
		expect(missing).toEqual([]);
	});
});
