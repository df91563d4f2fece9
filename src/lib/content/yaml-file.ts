import { readFileSync } from 'node:fs';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { ContentIssue } from './content-error.ts';

/** A content file as read from disk: its text, its parsed YAML with positions, and its data. */
export interface SourceFile {
	/** The path editors see in messages, e.g. `content/en/site.yaml`. */
	file: string;
	locale?: string | undefined;
	/** The YAML document, with every node's position. */
	doc: Document;
	lines: LineCounter;
	/** The data, as plain JavaScript values. */
	data: unknown;
}

export type ReadResult = { ok: true; source: SourceFile } | { ok: false; issues: ContentIssue[] };

/**
 * The text of a file saved by any editor: UTF-8 with or without a byte-order mark, CRLF, CR or LF line ends.
 * Returns undefined when the file does not exist.
 */
export function readText(absolutePath: string): string | undefined {
	let text: string;
	try {
		text = readFileSync(absolutePath, 'utf8');
	} catch {
		return undefined;
	}
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Reads and parses one YAML file. A syntax error is reported at the line where it starts (an unclosed quote
 * at its opening quote, not at the end of the file). Returns `undefined` when the file does not exist.
 */
export function readYaml(absolutePath: string, file: string, locale?: string): ReadResult | undefined {
	const text = readText(absolutePath);
	if (text === undefined) return undefined;
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length > 0) {
		return {
			ok: false,
			issues: doc.errors.slice(0, 3).map((error) => {
				const unclosed = error.code === 'MISSING_CHAR' && /closing ["']?quote/.test(error.message) ? openingQuote(text, error.pos[0]) : undefined;
				const at = unclosed ?? lines.linePos(error.pos[0]);
				return {
					file,
					line: at.line,
					column: at.col,
					locale,
					path: '',
					message: unclosed ? 'a quoted text is never closed' : `is not valid YAML: ${firstSentence(error.message)}`,
					fix: unclosed
						? 'end the text with the same quote it starts with, or remove the opening quote'
						: error.code === 'DUPLICATE_KEY'
							? 'remove or rename one of the two fields with this name'
							: 'check the indentation of this line against the line above it, and quote text that contains ": " or starts with a special character',
				};
			}),
		};
	}
	return { ok: true, source: { file, locale, doc, lines, data: doc.toJS() } };
}

const firstSentence = (message: string) => message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');

/** The line and column of the last quote opened before `end` and not closed on its own line. */
function openingQuote(text: string, end: number): { line: number; col: number } | undefined {
	const before = text.slice(0, end).split('\n');
	for (let i = before.length - 1; i >= 0; i--) {
		const match = /^(\s*(?:-\s+)?(?:[^\s"'#][^:#]*:\s+)?)(["'])(.*)$/.exec(before[i]!);
		if (!match) continue;
		const [, lead = '', quote = '', rest = ''] = match;
		const closed = quote === '"' ? /(?:^|[^\\])(?:\\\\)*"/.test(rest) : rest.replaceAll("''", '').includes("'");
		if (!closed) return { line: i + 1, col: lead.length + 1 };
	}
	return undefined;
}

/**
 * The line and column of the value at `path` in a file, or of the nearest existing parent when the value is
 * missing. For the key of a mapping entry (`keyOnly`), the position of the key itself.
 */
export function locate(source: SourceFile, path: readonly PropertyKey[], keyOnly = false): { line: number; column: number } | undefined {
	let node: unknown = source.doc.contents;
	let position: number | undefined = rangeStart(node);
	for (const [index, key] of path.entries()) {
		const last = index === path.length - 1;
		if (isMap(node)) {
			const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
			if (!pair) break;
			position = last && keyOnly ? rangeStart(pair.key) : (rangeStart(pair.value) ?? rangeStart(pair.key));
			node = pair.value;
		} else if (isSeq(node) && typeof key === 'number') {
			const item = node.items[key];
			if (item === undefined) break;
			position = rangeStart(item);
			node = item;
		} else break;
	}
	if (position === undefined) return undefined;
	const { line, col } = source.lines.linePos(position);
	return { line, column: col };
}

const rangeStart = (node: unknown): number | undefined => (node as Node | null | undefined)?.range?.[0];
