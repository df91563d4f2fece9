/** One thing wrong with a skill text, located precisely enough to fix it. */
export interface SkillTextProblem {
	/** 1-based line of the skill text where the problem is (the line to look at). */
	line: number;
	/** What is wrong, in one sentence. */
	message: string;
	/** What to do about it. */
	fix: string;
}

/**
 * Thrown by the parser when a skill text cannot be read. It lists every problem found (sorted by line), so an
 * editor fixes them in one pass; its message already says everything, so it carries no stack trace.
 */
export class SkillTextError extends Error {
	readonly problems: readonly SkillTextProblem[];

	constructor(problems: readonly SkillTextProblem[]) {
		const sorted = [...problems].sort((a, b) => a.line - b.line);
		super(formatProblems('skill.txt', sorted));
		this.name = 'SkillTextError';
		this.problems = sorted;
		this.stack = `${this.name}: ${this.message}`;
	}
}

/**
 * Formats problems as `file:LINE: what is wrong` with a `Fix:` line under each, the form editors and
 * terminals recognise as a location. `file` is the path the user gave.
 */
export function formatProblems(file: string, problems: readonly SkillTextProblem[]): string {
	return problems.map((problem) => `${file}:${problem.line}: ${problem.message}\n  Fix: ${problem.fix}`).join('\n');
}

/** Problems found so far; parsing goes on where it can, so that several problems are reported together. */
export class ProblemList {
	readonly items: SkillTextProblem[] = [];

	add(line: number, message: string, fix: string): void {
		this.items.push({ line, message, fix });
	}

	/** Throws them all if there are any. */
	throwIfAny(): void {
		if (this.items.length > 0) throw new SkillTextError(this.items);
	}
}
