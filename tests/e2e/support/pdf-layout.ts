import { execFileSync } from 'node:child_process';

/** One line of text on the first page of a PDF, with its box in points from the top left. */
export interface PdfLine {
	text: string;
	xMin: number;
	yMin: number;
	xMax: number;
	yMax: number;
}

const decode = (text: string) =>
	text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

/**
 * The lines of the first page, as poppler's `pdftotext -bbox-layout` finds them, top to bottom.
 * Words of a line are joined with a space (CJK lines come out as one word per run of characters).
 *
 * @throws when poppler-utils is missing
 */
export function pdfLines(file: string): PdfLine[] {
	let xml: string;
	try {
		xml = execFileSync('pdftotext', ['-bbox-layout', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT')
			throw new Error('pdftotext is missing: install poppler-utils (apt-get install poppler-utils).', { cause: error });
		throw error;
	}
	const lines: PdfLine[] = [];
	for (const [, attrs = '', body = ''] of xml.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
		const box = Object.fromEntries([...attrs.matchAll(/(\w+)="([\d.]+)"/g)].map(([, key, value]) => [key, Number(value)]));
		const words = [...body.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map(([, word = '']) => decode(word));
		lines.push({ text: words.join(' '), xMin: box['xMin'] ?? 0, yMin: box['yMin'] ?? 0, xMax: box['xMax'] ?? 0, yMax: box['yMax'] ?? 0 });
	}
	return lines.sort((a, b) => a.yMin - b.yMin);
}

/**
 * The first line that starts with `text` (spaces ignored, as CJK extraction spaces characters).
 *
 * @throws when no line does, naming the lines it saw
 */
export function lineStartingWith(lines: readonly PdfLine[], text: string): PdfLine {
	const flat = (s: string) => s.replace(/\s+/g, '');
	const line = lines.find((l) => flat(l.text).startsWith(flat(text)));
	if (!line) throw new Error(`No line starts with "${text}"; lines: ${lines.map((l) => l.text).join(' | ')}`);
	return line;
}
