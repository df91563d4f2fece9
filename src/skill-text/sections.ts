import type { Fence } from './fences.ts';
import type { ProblemList } from './skill-text-error.ts';
import {
	endsSentence,
	endsWithColon,
	itemText,
	joinParagraphs,
	lineKind,
	numberedText,
	type LineKind,
	type Located,
	type SourceLine,
} from './source-lines.ts';

/** A lead line ending in ":" and the list under it. */
export interface PlainList {
	kind: 'plain';
	lead: Located;
	items: Located[];
}

/** A numbered output: `- 1. Name` and the description line under it. */
export interface NumberedItem {
	number: number;
	name: Located;
	text: Located;
}

/** A lead line ending in ":" and numbered items under it. */
export interface NumberedList {
	kind: 'numbered';
	lead: Located;
	items: NumberedItem[];
}

/**
 * A section of a skill text by its form, before it is known which standard section it is. The form is what
 * the format fixes; headings differ from playbook to playbook.
 */
export type Section =
	| { kind: 'paragraphs'; heading: Located; paragraphs: Located[] }
	| { kind: 'lists'; heading: Located; lists: (PlainList | NumberedList)[] }
	| { kind: 'model'; heading: Located; fence: Fence }
	| { kind: 'titled-list'; heading: Located; title: Located; items: Located[] }
	| { kind: 'checklist'; heading: Located; items: Located[] };

/** One language's half of a skill text, cut into sections. */
export interface SegmentedHalf {
	/** The first line: the skill's name. */
	name: Located;
	/** Paragraphs between the name and the first section. */
	intro: Located[];
	sections: Section[];
}

/**
 * Cuts the lines of one half into sections by their form: a heading line followed by a fence (a model), by a
 * lead line ending in ":" and a list (one or more such pairs), by a title and a list, or by check items; any
 * other heading is followed by paragraphs. The check items close the half: `next` is the index of the line
 * after them, where another half may start with its name line.
 */
export function segmentHalf(
	lines: readonly SourceLine[],
	fences: ReadonlyMap<number, Fence>,
	cjk: boolean,
	problems: ProblemList,
): { half: SegmentedHalf; next: number } {
	const kind = (k: number): LineKind | undefined => (k < lines.length ? lineKind(at(k).text) : undefined);
	const at = (k: number): SourceLine => lines[k] as SourceLine;
	const located = (k: number): Located => ({ text: at(k).text, line: at(k).line });
	const isText = (k: number): boolean => kind(k) === 'text';
	const isListStart = (k: number): boolean => kind(k) === 'list-first' || kind(k) === 'list-next';
	const isCheck = (k: number): boolean => kind(k) === 'check-first' || kind(k) === 'check-next';
	const isLead = (k: number): boolean => isText(k) && endsWithColon(at(k).text) && (isListStart(k + 1) || kind(k + 1) === 'numbered');
	const opensFence = (k: number): boolean => kind(k) === 'fence' && fences.has(at(k).line);
	const isTitledList = (k: number): boolean => isText(k + 1) && !isLead(k + 1) && isListStart(k + 2);
	const startsSection = (k: number): boolean => isText(k) && (opensFence(k + 1) || isLead(k + 1) || isCheck(k + 1) || isTitledList(k));

	let k = 0;
	const takeWhile = (test: (k: number) => boolean): SourceLine[] => {
		const start = k;
		while (k < lines.length && test(k)) k++;
		return lines.slice(start, k);
	};
	const takeItems = (first: (k: number) => boolean, next: LineKind): Located[] => {
		if (!first(k)) return [];
		const lines = [at(k)];
		k++;
		return lines.concat(takeWhile((j) => kind(j) === next)).map((line) => {
			const text = itemText(line.text);
			if (text === '') problems.add(line.line, 'this list item is empty', 'write the item or remove the line');
			return { text, line: line.line };
		});
	};
	const takeNumbered = (): NumberedItem[] => {
		const items: NumberedItem[] = [];
		while (kind(k) === 'numbered') {
			const { number, name } = numberedText(at(k).text) ?? { number: 0, name: '' };
			const nameLine = at(k).line;
			k++;
			const start = k;
			const description = takeWhile(
				(j) => isText(j) && !startsSection(j) && !isLead(j) && (j === start || (!at(j).afterBlank && !endsSentence(at(j - 1).text))),
			);
			if (description.length === 0) {
				problems.add(nameLine, `output ${number} has no description line`, 'write one line under it saying what the output is');
			}
			const text = joinParagraphs(description, cjk)[0] ?? { text: '', line: nameLine };
			items.push({ number, name: { text: name, line: nameLine }, text });
		}
		return items;
	};

	const name = located(0);
	if (!isText(0))
		problems.add(name.line, 'a skill text starts with its name line, not a list or a fence', "write the skill's name on the first line");
	k = 1;
	const intro = joinParagraphs(
		takeWhile((j) => isText(j) && !startsSection(j)),
		cjk,
	);
	const sections: Section[] = [];
	while (k < lines.length) {
		if (!isText(k)) {
			const stray = at(k);
			problems.add(
				stray.line,
				'this line belongs to no section',
				'put a heading line, and a lead line ending in ":" before a list, above it',
			);
			takeWhile((j) => !isText(j));
			continue;
		}
		const heading = located(k);
		if (opensFence(k + 1)) {
			const fence = fences.get(at(k + 1).line) as Fence;
			sections.push({ kind: 'model', heading, fence });
			takeWhile((j) => at(j).line <= fence.close.line);
		} else if (isLead(k + 1)) {
			k++;
			const lists: (PlainList | NumberedList)[] = [];
			while (isLead(k)) {
				const lead = located(k);
				k++;
				if (kind(k) === 'numbered') lists.push({ kind: 'numbered', lead, items: takeNumbered() });
				else lists.push({ kind: 'plain', lead, items: takeItems(isListStart, 'list-next') });
				while (kind(k) === 'list-first') {
					problems.add(
						at(k).line,
						'a second list starts here without a lead line',
						'write the line that introduces it (ending in ":") above it',
					);
					takeItems(isListStart, 'list-next');
				}
			}
			sections.push({ kind: 'lists', heading, lists });
		} else if (isCheck(k + 1)) {
			k++;
			sections.push({ kind: 'checklist', heading, items: takeItems(isCheck, 'check-next') });
			return { half: { name, intro, sections }, next: k };
		} else if (isTitledList(k)) {
			const title = located(k + 1);
			k += 2;
			sections.push({ kind: 'titled-list', heading, title, items: takeItems(isListStart, 'list-next') });
		} else {
			k++;
			const paragraphs = joinParagraphs(
				takeWhile((j) => isText(j) && !startsSection(j)),
				cjk,
			);
			if (paragraphs.length === 0) {
				problems.add(
					heading.line,
					`the heading "${heading.text}" has nothing under it`,
					'write its paragraphs, or its lead line and list, under it',
				);
			}
			sections.push({ kind: 'paragraphs', heading, paragraphs });
		}
	}
	return { half: { name, intro, sections }, next: k };
}
