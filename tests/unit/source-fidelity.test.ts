import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LocaleContent } from '../../src/lib/content/playbook.ts';
import { parseSkillText } from '../../src/skill-text/parse-skill-text.ts';
import type { SkillDocument } from '../../src/skill-text/skill-document.ts';
import { playbook, root } from '../support/playbook.ts';

/**
 * The client playbook holds its source word for word: every item of the skill text (a copy of
 * ../shared/source/client-skill.txt lives in tests/fixtures/source/) is in the content of its language, at the
 * same place. Only capitalisation, punctuation and spacing may differ. A failure names the item, the content
 * file and the source line, so that the editor updates whichever changed by mistake.
 */
const sourceFile = 'tests/fixtures/source/client-skill.txt';
const sourceLines = readFileSync(join(root, sourceFile), 'utf8').split('\n');
const documents = parseSkillText(sourceLines.join('\n'));

/** Letters and digits only, lower case: punctuation, spacing and capitalisation may differ. */
const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Every value of a tree with its path: `triggers.items[2].text`. */
function leaves(value: unknown, path = ''): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}[${i}]`));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([key, item]) => (key === 'id' ? [] : leaves(item, path ? `${path}.${key}` : key)));
	return [];
}

/** Where a text is in the source, for the message. */
const lineOf = (text: string) => sourceLines.findIndex((line) => normalise(line).includes(normalise(text).slice(0, 24))) + 1;

/** Each source item that the content does not hold at the same place, as a message an editor can act on. */
function departures(doc: SkillDocument, content: LocaleContent): string[] {
	const problems: string[] = [];
	const compare = (file: string, source: unknown, target: unknown, prefix = '') => {
		const have = new Map(leaves(target, prefix));
		for (const [path, text] of leaves(source, prefix)) {
			// Paragraphs are compared as one text: each language breaks its paragraphs where it reads best.
			if (/(^|\.)(intro|paragraphs)\[\d+\]$/.test(path)) continue;
			const found = have.get(path);
			if (found === undefined || normalise(found) !== normalise(text))
				problems.push(`${file} ${path} reads “${found ?? '(nothing)'}”, but ${sourceFile}:${lineOf(text)} says “${text}”`);
		}
	};
	const paragraphs = (s: { intro: string[]; core_principle: { paragraphs: string[] }; boundaries: { paragraphs: string[] } }) =>
		[s.intro, s.core_principle.paragraphs, s.boundaries.paragraphs].map((p) => normalise(p.join('')));
	const file = `content/${doc.locale}/skill.yaml`;
	const { models: _models, ...sourceSkill } = doc.skill;
	compare(file, sourceSkill, content.skill);
	paragraphs(doc.skill).forEach((text, i) => {
		if (content.skill && text !== paragraphs(content.skill)[i])
			problems.push(`${file}: a paragraph of ${['intro', 'core_principle', 'boundaries'][i]} differs from ${sourceFile}`);
	});
	for (const model of doc.models)
		compare(`content/${doc.locale}/models/${model.id}.yaml`, model.data, content.models[model.id]?.data, 'data');
	return problems;
}

describe.each(documents.map((doc) => ({ doc, locale: doc.locale })))('the $locale half of the source', ({ doc }) => {
	it('reaches the content of its language, every item at its place, wording kept', () => {
		const content = playbook.byLocale[doc.locale];
		expect(content, `the playbook has no locale ${doc.locale}`).toBeDefined();
		expect(departures(doc, content!)).toEqual([]);
	});

	it('has the models of the playbook, with the same shapes', () => {
		expect(doc.models.map((m) => [m.id, m.source, m.shape])).toEqual(playbook.structure.models.map((m) => [m.id, m.source, m.shape]));
	});
});

describe('a content edit that departs from the source', () => {
	it('is named with the item, the content file and the source line', () => {
		const [english] = documents;
		const content = structuredClone(playbook.byLocale['en']!);
		content.skill!.rules.items[4]!.text = 'Surface risks when convenient';
		expect(departures(english!, content)).toEqual([
			`content/en/skill.yaml rules.items[4].text reads “Surface risks when convenient”, but ${sourceFile}:${sourceLines.indexOf('- surface risks early') + 1} says “Surface risks early”`,
		]);
	});
});
