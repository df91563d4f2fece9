/**
 * Lines of a skill text and what each one is by its form. The format is line-based: `- - ` starts a list,
 * `- ` continues it, `- 1. ` is a numbered output, `- - [ ] ` a quality-check item, `~~~` a fence.
 */

/** A piece of text and the 1-based line of the skill text it starts on. */
export interface Located {
	text: string;
	line: number;
}

/** One non-blank line of a skill text. */
export interface SourceLine extends Located {
	/** Whether blank lines came before it: a blank line ends a paragraph. */
	afterBlank: boolean;
}

export type LineKind = 'list-first' | 'list-next' | 'numbered' | 'check-first' | 'check-next' | 'fence' | 'text';

const checkItem = /^- (- )?\[[ xX]\]\s?(.*)$/;
const numberedItem = /^- (?:- )?(\d+)[.)]\s+(.+)$/;
const listFirst = /^- -(?: (.*))?$/;
const listNext = /^-(?: (.*))?$/;

/** Splits a skill text into its non-blank lines, whitespace around each trimmed (the format does not indent). */
export function readSourceLines(source: string): SourceLine[] {
	const lines: SourceLine[] = [];
	let afterBlank = false;
	source
		.replace(/^\uFEFF/, '')
		.split(/\r\n|\r|\n/)
		.forEach((raw, index) => {
			const text = raw.trim();
			if (text === '') {
				afterBlank = lines.length > 0;
				return;
			}
			lines.push({ text, line: index + 1, afterBlank });
			afterBlank = false;
		});
	return lines;
}

/** What a line is by its form alone. */
export function lineKind(text: string): LineKind {
	if (text.startsWith('~~~')) return 'fence';
	const check = checkItem.exec(text);
	if (check) return check[1] ? 'check-first' : 'check-next';
	if (numberedItem.test(text)) return 'numbered';
	if (listFirst.test(text)) return 'list-first';
	if (listNext.test(text)) return 'list-next';
	return 'text';
}

/** The text of a list or check item without its marker (`- - `, `- `, `- [ ] `). */
export function itemText(text: string): string {
	const check = checkItem.exec(text);
	if (check) return (check[2] ?? '').trim();
	return text.replace(/^-(?: -)?(?= |$)/, '').trim();
}

/** The number and name of a numbered item (`- 2. Client Communication Framework`). */
export function numberedText(text: string): { number: number; name: string } | undefined {
	const match = numberedItem.exec(text);
	return match ? { number: Number(match[1]), name: (match[2] ?? '').trim() } : undefined;
}

/** Whether a line ends a sentence: anything else continues on the next line when it wraps. */
export function endsSentence(text: string): boolean {
	return /[.!?。！？…]["'”’」』)）]*$/.test(text);
}

/** Whether a line ends with a colon, as a lead line before a list does. */
export function endsWithColon(text: string): boolean {
	return /[:：]$/.test(text);
}

/**
 * Joins wrapped lines into paragraphs: a line that does not end a sentence continues on the next, unless a
 * blank line comes between. `cjk` joins without a space (Chinese and Japanese do not separate words).
 */
export function joinParagraphs(lines: readonly SourceLine[], cjk: boolean): Located[] {
	const paragraphs: Located[] = [];
	let open: Located | undefined;
	for (const line of lines) {
		if (open && !line.afterBlank && !endsSentence(open.text)) {
			open.text += (cjk ? '' : ' ') + line.text;
		} else {
			open = { text: line.text, line: line.line };
			paragraphs.push(open);
		}
	}
	return paragraphs;
}
