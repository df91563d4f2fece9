import type { Shape } from '../schemas/playbook.ts';
import { findFences } from './fences.ts';
import { findHalves } from './halves.ts';
import { modelIds } from './ids.ts';
import { inferShape } from './infer-shape.ts';
import { repairModel, splitKeyLines, wordsOf } from './key-repair.ts';
import { matchHalves, type ParsedHalf } from './match-halves.ts';
import { parseDict, type RawModel } from './python-dict.ts';
import { hasCapitals } from './script.ts';
import { buildDocument, type SkillDocument } from './skill-document.ts';
import { ProblemList, SkillTextError } from './skill-text-error.ts';
import { readSourceLines } from './source-lines.ts';
import { standardSections } from './standard-sections.ts';

/** Options of {@link parseSkillText}. */
export interface ParseOptions {
	/** Locale codes of the halves in order (`['en', 'zh-cn']`); by default guessed from each half's script. */
	locales?: readonly string[] | undefined;
}

/**
 * Parses a skill text (one half per language: English then Chinese, or one language only) into one
 * {@link SkillDocument} per locale, the first being the default locale. Ids come from the first half and are
 * shared by position; model shapes are inferred from the first half's data.
 *
 * @throws {SkillTextError} listing every problem found, each with its line, what is wrong and what to do:
 * an empty text, a fence that never closes, a missing standard section, no models, a dict that does not parse,
 * a split key that cannot be repaired, entries that should share a shape but do not, halves that differ.
 */
export function parseSkillText(source: string, options: ParseOptions = {}): SkillDocument[] {
	const lines = readSourceLines(source);
	if (lines.length === 0) {
		throw new SkillTextError([
			{
				line: 1,
				message: 'the skill text is empty',
				fix: 'import a skill text: a name line, an introduction, the standard sections and its models',
			},
		]);
	}
	const problems = new ProblemList();
	const fences = findFences(lines, problems);
	problems.throwIfAny();
	const halves = findHalves(lines, fences, options.locales, problems);
	const parsed: (ParsedHalf & { capitals: boolean })[] = [];
	for (const half of halves) {
		const skill = standardSections(half.segmented, half.locale, half.endLine, problems);
		if (!skill) continue;
		const models = skill.models.map((model) => parseDict(model.fence, problems)).filter((model): model is RawModel => model !== undefined);
		parsed.push({ locale: half.locale, skill, models, capitals: hasCapitals(half.script) });
	}
	problems.throwIfAny();

	const brokenLines = splitKeyLines(parsed.flatMap((half) => half.models));
	const vocabulary = new Set(lines.filter((line) => !brokenLines.has(line.line)).flatMap((line) => wordsOf(line.text)));
	const [main, ...others] = parsed as [(typeof parsed)[number], ...typeof parsed];
	main.models = main.models.map((model) => repairModel(model, vocabulary, undefined, problems));
	for (const other of others) {
		other.models = other.models.map((model, index) => repairModel(model, vocabulary, main.models[index], problems));
		matchHalves(main, other, problems);
	}
	problems.throwIfAny();

	const shapes = main.models.map((model) => inferShape(model.body, problems));
	problems.throwIfAny();
	const structure = { ids: modelIds(main.models.map((model) => model.name.text)), shapes: shapes as Shape[] };
	const mainDocument = buildDocument(main, structure, main.capitals);
	return [mainDocument, ...others.map((other) => buildDocument(other, structure, other.capitals, mainDocument))];
}
