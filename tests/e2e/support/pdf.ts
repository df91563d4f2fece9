import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** A printed page, read back with poppler-utils (`pdfinfo`, `pdftotext`). */
export interface PrintedPdf {
	pages: number;
	/** Text of every page, in order. */
	texts: string[];
}

/** Prints the page as the browser's own print would (print media), on the given paper. */
export async function printToPdf(page: Page, format: 'A4' | 'Letter'): Promise<PrintedPdf> {
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format });
	await page.emulateMedia({ media: 'screen' });
	return readPdf(pdf);
}

export function readPdf(pdf: Buffer): PrintedPdf {
	const dir = mkdtempSync(join(tmpdir(), 'pb-pdf-'));
	try {
		const file = join(dir, 'print.pdf');
		writeFileSync(file, pdf);
		const info = run('pdfinfo', [file]);
		const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN);
		const texts = Array.from({ length: pages }, (_, index) =>
			run('pdftotext', ['-raw', '-f', String(index + 1), '-l', String(index + 1), file, '-']),
		);
		return { pages, texts };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function run(command: string, args: string[]): string {
	try {
		return execFileSync(command, args, { encoding: 'utf8' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT')
			throw new Error(`${command} is missing: install poppler-utils (apt-get install poppler-utils) to read printed PDFs.`, {
				cause: error,
			});
		throw error;
	}
}

/**
 * Text in a comparable form: PDF text extraction breaks lines, spaces CJK characters and keeps
 * typographic quotes, so whitespace is dropped, quotes are made plain and Markdown marks removed.
 */
export const comparable = (text: string): string =>
	text
		.replace(/\*|\[|\]\([^)]*\)/g, '')
		.replace(/[‘’]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/\s+/g, '');
