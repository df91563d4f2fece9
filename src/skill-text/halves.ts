import { localeForScript } from './known-locales.ts';
import type { Fence } from './fences.ts';
import { joinsWithoutSpace, scriptOf, type Script } from './script.ts';
import { segmentHalf, type SegmentedHalf } from './sections.ts';
import type { ProblemList } from './skill-text-error.ts';
import type { SourceLine } from './source-lines.ts';

/** One language's half of a skill text. */
export interface Half {
	/** Locale code: from `--locales`, or guessed from the script. */
	locale: string;
	script: Script | undefined;
	segmented: SegmentedHalf;
	/** The half's last line, where a section missing at its end is reported. */
	endLine: number;
}

/** Lines inside fences (the dicts' keys are English in every half), which cannot tell a half's language. */
function fencedLines(fences: ReadonlyMap<number, Fence>): Set<number> {
	const inside = new Set<number>();
	for (const fence of fences.values()) for (let line = fence.open.line; line <= fence.close.line; line++) inside.add(line);
	return inside;
}

/** Cuts the lines where the script of the text changes (outside fences): English, then Chinese. */
function byScript(lines: readonly SourceLine[], fences: ReadonlyMap<number, Fence>): SourceLine[][] {
	const inside = fencedLines(fences);
	const chunks: SourceLine[][] = [];
	let script: Script | undefined;
	let chunk: SourceLine[] = [];
	for (const line of lines) {
		const lineScript = inside.has(line.line) ? undefined : scriptOf(line.text);
		if (lineScript && script && lineScript !== script && chunk.length > 0) {
			chunks.push(chunk);
			chunk = [];
		}
		script = lineScript ?? script;
		chunk.push(line);
	}
	if (chunk.length > 0) chunks.push(chunk);
	return chunks;
}

/**
 * Finds the halves of a skill text and cuts each into sections. A half ends after its quality check, where the
 * structure restarts with the next half's name line, or where the script changes; so halves in one script
 * (English and French) are found too. Locales are `locales` in order when given, else guessed from the script
 * (Latin -> `en`, Han -> `zh-cn`, kana -> `ja` …); problems: a count that does not match, a script with no
 * guess, two halves with the same guess.
 */
export function findHalves(
	lines: readonly SourceLine[],
	fences: ReadonlyMap<number, Fence>,
	locales: readonly string[] | undefined,
	problems: ProblemList,
): Half[] {
	const inside = fencedLines(fences);
	const found: Omit<Half, 'locale'>[] = [];
	for (const chunk of byScript(lines, fences)) {
		const script = scriptOf(
			chunk
				.filter((line) => !inside.has(line.line))
				.map((line) => line.text)
				.join('\n'),
		);
		for (let rest = chunk; rest.length > 0;) {
			const { half, next } = segmentHalf(rest, fences, joinsWithoutSpace(script), problems);
			const endLine = (rest[Math.max(next, 1) - 1] as SourceLine).line;
			found.push({ script, segmented: half, endLine });
			rest = rest.slice(Math.max(next, 1));
		}
	}
	const starts = found.map((half) => half.segmented.name.line);
	if (locales && locales.length !== found.length) {
		problems.add(
			starts[Math.min(locales.length, found.length - 1)] ?? 1,
			`--locales names ${locales.length} locale(s) but the text has ${found.length} half/halves (starting at lines ${starts.join(', ')})`,
			'name one locale per half, in order, e.g. --locales en,zh-cn',
		);
		return [];
	}
	const halves = found.map((half, index) => ({ ...half, locale: locales?.[index] ?? localeForScript(half.script) ?? '' }));
	halves.forEach((half, index) => {
		const start = starts[index] ?? 1;
		if (half.locale === '') {
			problems.add(
				start,
				'cannot tell the language of the half starting here from its script',
				'name the locales with --locales, e.g. --locales en,zh-cn',
			);
		}
		const earlier = halves.findIndex((other) => other.locale === half.locale);
		if (half.locale !== '' && earlier < index) {
			problems.add(
				start,
				`the half starting here and the one at line ${starts[earlier]} both look like "${half.locale}"`,
				'name the locale of each half, in order, with --locales, e.g. --locales en,fr',
			);
		}
	});
	return halves;
}
