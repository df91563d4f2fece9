import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** LibreOffice, headless: Debian's `libreoffice-writer-nogui`. */
const soffice = process.env['SOFFICE_PATH'] ?? 'soffice';

/**
 * Opens each HTML file with Writer's HTML import (the engine closest to Word's that runs here), saves it
 * as DOCX and prints that DOCX to PDF: the round trip a pasted email takes through Word. One LibreOffice
 * run per step converts every file, with a throwaway profile so nothing of the user's is read or written.
 *
 * @param htmlFiles absolute paths of `.html` files, all in one folder
 * @returns the PDF path of each input, in the same order, in a new folder beside them
 * @throws when LibreOffice is missing (with the package to install) or a conversion produced no file
 */
export function htmlToPdfThroughDocx(htmlFiles: readonly string[], outDir: string): string[] {
	const profile = mkdtempSync(join(tmpdir(), 'pb-lo-profile-'));
	const run = (args: string[]) => {
		try {
			execFileSync(soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, ...args], {
				stdio: 'pipe',
				timeout: 120_000,
			});
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT')
				throw new Error('LibreOffice is missing: install it (apt-get install libreoffice-writer-nogui) or set SOFFICE_PATH.', {
					cause: error,
				});
			throw error;
		}
	};
	try {
		const docxDir = join(outDir, 'docx');
		const pdfDir = join(outDir, 'pdf');
		// "HTML (StarWriter)" imports into Writer itself rather than the Writer/Web editor.
		run(['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', docxDir, ...htmlFiles]);
		const docx = htmlFiles.map((file) => join(docxDir, basename(file).replace(/\.html$/, '.docx')));
		run(['--convert-to', 'pdf:writer_pdf_Export', '--outdir', pdfDir, ...docx]);
		const pdfs = htmlFiles.map((file) => join(pdfDir, basename(file).replace(/\.html$/, '.pdf')));
		const missing = pdfs.filter((file) => !existsSync(file));
		if (missing.length) throw new Error(`LibreOffice printed no PDF for ${missing.join(', ')}`);
		return pdfs;
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
}
