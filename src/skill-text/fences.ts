import type { ProblemList } from './skill-text-error.ts';
import type { SourceLine } from './source-lines.ts';

/** A `~~~python` … `~~~` block: where a model's dict is written. */
export interface Fence {
	open: SourceLine;
	/** The lines between the fence lines. */
	body: SourceLine[];
	close: SourceLine;
}

const opener = /^~~~\s*[\w+-]+\s*$/;
const closer = /^~~~\s*$/;

/**
 * Finds every fence, keyed by the line number of its opening line. A fence that is still open when the text ends, or
 * when another `~~~python` line opens, is a problem: the rest of the text cannot be read reliably after it.
 */
export function findFences(lines: readonly SourceLine[], problems: ProblemList): Map<number, Fence> {
	const fences = new Map<number, Fence>();
	let openIndex: number | undefined;
	const unclosed = (open: SourceLine, before: string): void =>
		problems.add(
			open.line,
			`the ~~~ fence opened here is never closed (${before})`,
			'end the dict with a line holding only ~~~, right after its closing "}"',
		);
	lines.forEach((line, index) => {
		if (openIndex === undefined) {
			if (opener.test(line.text) || closer.test(line.text)) openIndex = index;
			return;
		}
		const open = lines[openIndex] as SourceLine;
		if (closer.test(line.text)) {
			fences.set(open.line, { open, body: lines.slice(openIndex + 1, index), close: line });
			openIndex = undefined;
		} else if (opener.test(line.text)) {
			unclosed(open, `another fence opens at line ${line.line}`);
			openIndex = index;
		}
	});
	if (openIndex !== undefined) unclosed(lines[openIndex] as SourceLine, 'the text ends first');
	return fences;
}
