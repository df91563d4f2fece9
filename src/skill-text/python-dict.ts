import type { Fence } from './fences.ts';
import type { ProblemList } from './skill-text-error.ts';
import type { Located, SourceLine } from './source-lines.ts';

/**
 * A key of a dict as written. The source's extraction split some keys over two lines and dropped the
 * underscores around the second line's first word (`stage` / `1pre_close`); `split` keeps both lines so that
 * the key can be repaired (see key-repair.ts). Until then `text` is the two lines run together.
 */
export interface RawKey extends Located {
	split?: { head: string; tail: string } | undefined;
}

export type RawNode = RawText | RawList | RawDict;
export interface RawText extends Located {
	kind: 'text';
}
export interface RawList {
	kind: 'list';
	items: Located[];
	line: number;
}
export interface RawDict {
	kind: 'dict';
	entries: { key: RawKey; value: RawNode }[];
	line: number;
}

/** A model's dict as written: its name (`CLIENT_LIFECYCLE = {`) and its body. */
export interface RawModel {
	name: RawKey;
	body: RawDict;
}

const word = /^[A-Za-z_]\w*$/;
const header = /^(\w+)\s*=\s*\{$/;
const closer = /^([}\]])\s*,?$/;
const quotedEntry = /^"((?:[^"\\]|\\.)*)"\s*:\s*(.*)$/;
const quotedHead = /^"(\w*)$/;
const quotedTail = /^(\w*)"\s*:\s*(.*)$/;
const plainEntry = /^([A-Za-z_]\w*)\s*:\s*(.*)$/;
const plainTail = /^(\w+)\s*:\s*(.*)$/;
const quotedString = /^"((?:[^"\\]|\\.)*)"\s*,?$/;
/** The separator after a value; Chinese text may use the full-width comma. */
const separator = /\s*[,，]$/;

class DictSyntaxError extends Error {
	readonly line: number;
	readonly fix: string;

	constructor(line: number, message: string, fix: string) {
		super(message);
		this.line = line;
		this.fix = fix;
	}
}

/**
 * Parses the dict inside a fence, line by line: one entry or list item per line, a trailing comma as the
 * separator. Keys and values are quoted (`"purpose": "Ensure …",`, the English half) or not (`purpose: 确保…,`:
 * values may then hold commas and colons, since only a trailing comma separates). A quoted line may also hold a
 * whole inline list or dict in JSON form. Reports the first problem of a dict and returns `undefined` for it.
 */
export function parseDict(fence: Fence, problems: ProblemList): RawModel | undefined {
	try {
		return new DictReader(fence).read();
	} catch (error) {
		if (!(error instanceof DictSyntaxError)) throw error;
		problems.add(error.line, error.message, error.fix);
		return undefined;
	}
}

class DictReader {
	private index = 0;
	private readonly fence: Fence;
	private readonly lines: readonly SourceLine[];

	constructor(fence: Fence) {
		this.fence = fence;
		this.lines = fence.body;
	}

	read(): RawModel {
		const first = this.next('the fence is empty', 'write the dict inside it: NAME = { … }');
		let name: RawKey;
		const whole = header.exec(first.text);
		const second = this.lines[this.index];
		const tail = second && header.exec(second.text);
		if (whole) name = { text: whole[1] ?? '', line: first.line };
		else if (word.test(first.text) && second && tail) {
			this.index++;
			name = { text: first.text + (tail[1] ?? ''), line: first.line, split: { head: first.text, tail: tail[1] ?? '' } };
		} else throw new DictSyntaxError(first.line, 'a model starts with its name and an opening brace', 'write the first line as NAME = {');
		const body = this.readDict(first.line);
		const extra = this.lines[this.index];
		if (extra)
			throw new DictSyntaxError(extra.line, 'this line comes after the closing "}" of the dict', 'move it inside the dict or remove it');
		return { name, body };
	}

	private next(message: string, fix: string): SourceLine {
		const line = this.lines[this.index++];
		if (!line) throw new DictSyntaxError(this.fence.close.line, message, fix);
		return line;
	}

	private readDict(openLine: number): RawDict {
		const dict: RawDict = { kind: 'dict', entries: [], line: openLine };
		for (;;) {
			const line = this.next(`the dict opened at line ${openLine} is not closed`, 'close it with "}" before the ~~~ line');
			const close = closer.exec(line.text);
			if (close) {
				if (close[1] !== '}')
					throw new DictSyntaxError(line.line, `"]" closes a dict (opened at line ${openLine})`, 'close a dict with "}"');
				if (dict.entries.length === 0) throw new DictSyntaxError(openLine, 'this dict is empty', 'give it at least one entry or remove it');
				return dict;
			}
			const { key, rest } = this.readKey(line);
			dict.entries.push({ key, value: this.readValue(rest, line) });
		}
	}

	private readKey(line: SourceLine): { key: RawKey; rest: string } {
		const quoted = quotedEntry.exec(line.text) ?? plainEntry.exec(line.text);
		if (quoted) return { key: { text: quoted[1] ?? '', line: line.line }, rest: quoted[2] ?? '' };
		const following = this.lines[this.index];
		const head = quotedHead.exec(line.text)?.[1] ?? (word.test(line.text) ? line.text : undefined);
		const tail = following && (line.text.startsWith('"') ? quotedTail : plainTail).exec(following.text);
		if (head !== undefined && tail) {
			this.index++;
			const tailText = tail[1] ?? '';
			return { key: { text: head + tailText, line: line.line, split: { head, tail: tailText } }, rest: tail[2] ?? '' };
		}
		throw new DictSyntaxError(
			line.line,
			`cannot read this line as a dict entry: ${line.text}`,
			'write one entry per line as "key": "value", or key: value in an unquoted dict',
		);
	}

	private readValue(rest: string, line: SourceLine): RawNode {
		if (rest === '{') return this.readDict(line.line);
		if (rest === '[') return this.readList(line.line);
		const string = quotedString.exec(rest);
		if (string) return { kind: 'text', text: unescape(string[1] ?? '', line.line), line: line.line };
		if (/^[[{]/.test(rest)) return fromJson(rest.replace(separator, ''), line.line);
		if (rest.startsWith('"'))
			throw new DictSyntaxError(
				line.line,
				`the quoted value is not closed or has text after it: ${rest}`,
				'write the value as "text" followed by a comma',
			);
		const text = rest.replace(separator, '').trim();
		if (text === '')
			throw new DictSyntaxError(
				line.line,
				'this entry has no value',
				'write the value after the colon, or "{" or "[" to open a dict or list',
			);
		return { kind: 'text', text, line: line.line };
	}

	private readList(openLine: number): RawList {
		const list: RawList = { kind: 'list', items: [], line: openLine };
		for (;;) {
			const line = this.next(`the list opened at line ${openLine} is not closed`, 'close it with "]" before the ~~~ line');
			const close = closer.exec(line.text);
			if (close) {
				if (close[1] !== ']')
					throw new DictSyntaxError(line.line, `"}" closes a list (opened at line ${openLine})`, 'close a list with "]"');
				if (list.items.length === 0) throw new DictSyntaxError(openLine, 'this list is empty', 'give it at least one item or remove it');
				return list;
			}
			if (/^[[{]/.test(line.text)) throw new DictSyntaxError(line.line, 'a list holds text items only', 'write one text item per line');
			const string = quotedString.exec(line.text);
			const text = string ? unescape(string[1] ?? '', line.line) : line.text.replace(separator, '').trim();
			if (text === '') throw new DictSyntaxError(line.line, 'this list item is empty', 'write the item or remove the line');
			list.items.push({ text, line: line.line });
		}
	}
}

function unescape(body: string, line: number): string {
	try {
		return JSON.parse(`"${body}"`) as string;
	} catch {
		throw new DictSyntaxError(
			line,
			`the quoted text has a broken escape: "${body}"`,
			'write \\" for a quote inside the text, \\\\ for a backslash',
		);
	}
}

/** Reads an inline `[…]` or `{…}` written on one line in JSON form. */
function fromJson(text: string, line: number): RawNode {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new DictSyntaxError(
			line,
			`cannot read this inline list or dict: ${text}`,
			'open it with "[" or "{" at the end of the line and write one item per line',
		);
	}
	return toNode(value, line);
}

function toNode(value: unknown, line: number): RawNode {
	if (typeof value === 'string' && value.trim() !== '') return { kind: 'text', text: value.trim(), line };
	if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' && item.trim() !== '')) {
		return { kind: 'list', items: value.map((item: string) => ({ text: item.trim(), line })), line };
	}
	if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) {
		return {
			kind: 'dict',
			entries: Object.entries(value).map(([key, item]) => ({ key: { text: key, line }, value: toNode(item, line) })),
			line,
		};
	}
	throw new DictSyntaxError(line, 'a value must be non-empty text, a list of text or a dict', 'write text, ["a", "b"] or {"key": "value"}');
}
