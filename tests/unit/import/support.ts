import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SkillDocument } from '../../../src/skill-text/skill-document';
import { root as projectRoot } from '../../support/playbook.ts';

export const fixture = (name: string): string => join(projectRoot, 'tests/fixtures/import', name);
export const readFixture = (name: string): string => readFileSync(fixture(name), 'utf8');
export const clientSource = readFileSync(join(projectRoot, 'tests/fixtures/source/client-skill.txt'), 'utf8');

/** 1-based number of the `occurrence`-th line of `text` that equals `line` (for asserting reported lines). */
export function lineOf(text: string, line: string, occurrence = 1): number {
	let seen = 0;
	const index = text.split('\n').findIndex((candidate) => candidate === line && ++seen === occurrence);
	if (index < 0) throw new Error(`no line "${line}" in the fixture`);
	return index + 1;
}

/** The lines of each half of a skill text: a new half starts at the first line written in Han characters. */
export function halvesOf(text: string): string[][] {
	const lines = text.split('\n').filter((line) => line.trim() !== '');
	const chinese = lines.findIndex((line) => /\p{Script=Han}/u.test(line));
	return chinese < 0 ? [lines] : [lines.slice(0, chinese), lines.slice(chinese)];
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What a half of a skill text says, read with plain patterns, independent of the importer: its list items
 * (markers, `[ ]`, quotes and a field's trailing colon removed; capitalised in English), the values of its
 * dicts, and every other line (headings, leads, paragraph lines, output descriptions).
 */
export function sourceParts(lines: readonly string[], english: boolean): { items: string[]; values: string[]; prose: string[] } {
	const items: string[] = [];
	const values: string[] = [];
	const prose: string[] = [];
	let inFence = false;
	for (const line of lines.map((raw) => raw.trim())) {
		if (line.startsWith('~~~')) {
			inFence = !inFence;
			continue;
		}
		if (inFence) {
			// Braces, brackets, `NAME = {`, `"key": {` / `[`, and lone words (the first line of a split key or name).
			if (/^[{}[\]],?$|[{[]$|^"?\w+"?$/.test(line)) continue;
			const entry = /^"?\w+"?\s*:\s*(.*)$/.exec(line);
			const value = (entry ? (entry[1] ?? '') : line).replace(/,$/, '').replace(/^"(.*)"$/, '$1');
			values.push(entry || !english ? value : capitalise(value));
		} else if (/^- \d+\. /.test(line)) {
			items.push(line.replace(/^- \d+\. /, ''));
		} else if (line.startsWith('- ')) {
			const item = line
				.replace(/^- (- )?(\[ \] )?/, '')
				.replace(/^"(.*)"$/, '$1')
				.replace(/[:：]$/, '');
			items.push(english ? capitalise(item) : item);
		} else {
			prose.push(line);
		}
	}
	return { items, values, prose };
}

/** Every string a document holds, at any depth. */
export function stringsOf(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(stringsOf);
	if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
	return [];
}

/** The text a model's data holds, in source order: strings and list items' text, ids left out. */
export function dataTexts(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.map((item: { text: string }) => item.text);
	if (value && typeof value === 'object') return Object.values(value).flatMap(dataTexts);
	return [];
}

/** The texts of every list of the skill's standard sections, output names included, in order. */
export function skillItemTexts(document: SkillDocument): string[] {
	const skill = document.skill;
	return [
		...skill.triggers.items,
		...skill.triggers.phrases,
		...skill.does.items,
		...skill.outputs.items.map((item) => ({ text: item.name })),
		...skill.rules.items,
		...skill.output_format.fields,
		...skill.quality_check.items,
	].map((item) => item.text);
}

/** Every list of a document (skill sections and model lists) as `[path, ids]`, for comparing ids across locales. */
export function idLists(document: SkillDocument): [string, string[]][] {
	const lists: [string, string[]][] = [];
	const visit = (value: unknown, path: string): void => {
		if (Array.isArray(value)) lists.push([path, value.map((item: { id: string }) => item.id)]);
		else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`);
	};
	visit(document.skill, 'skill');
	for (const model of document.models) visit(model.data, model.id);
	return lists.filter(([path]) => !path.endsWith('.intro') && !path.endsWith('.paragraphs'));
}
