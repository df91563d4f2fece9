import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { ContentError } from '../../src/lib/content/content-error.ts';
import { loadPlaybook } from '../../src/lib/content/load-playbook.ts';
import { root } from './playbook.ts';

const copies: string[] = [];
afterEach(() => {
	for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A throw-away copy of the client playbook folder, removed after the test. */
export interface ContentCopy {
	/** The copied playbook folder: pass it to `loadPlaybook({ dir })`. */
	dir: string;
	/**
	 * Rewrites a file of the copy as text, `file` relative to the playbook folder (`en/templates.yaml`).
	 * Throws when the change leaves the file as it was: the content no longer has what the test breaks.
	 */
	edit(file: string, change: (text: string) => string): ContentCopy;
	/** Writes a new file (or replaces one) in the copy. */
	write(file: string, text: string): ContentCopy;
	remove(file: string): ContentCopy;
	/** A file of the copy as text. */
	read(file: string): string;
	/** The 1-based number of the first line of `file` containing `text`; throws when there is none. */
	lineOf(file: string, text: string): number;
}

/**
 * Copies a playbook folder (content/, the client playbook, by default) to a temporary folder, which a test may
 * then break file by file as an editor would: text edits, so that line numbers in messages are the lines the
 * test wrote.
 */
export function copyContent(from = join(root, 'content')): ContentCopy {
	const parent = mkdtempSync(join(tmpdir(), 'pb-content-'));
	copies.push(parent);
	// The folder keeps its name, so that located messages read `content/en/…` as they do for the real one.
	const dir = join(parent, basename(from));
	cpSync(from, dir, { recursive: true });
	const copy: ContentCopy = {
		dir,
		read: (file) => readFileSync(join(dir, file), 'utf8'),
		lineOf(file, text) {
			const index = copy
				.read(file)
				.split('\n')
				.findIndex((line) => line.includes(text));
			if (index === -1) throw new Error(`${file} has no line with “${text}”.`);
			return index + 1;
		},
		edit(file, change) {
			const path = join(dir, file);
			const before = readFileSync(path, 'utf8');
			const after = change(before);
			if (after === before) throw new Error(`The edit of ${file} changed nothing: the content no longer has what the test breaks.`);
			writeFileSync(path, after);
			return copy;
		},
		write(file, text) {
			mkdirSync(dirname(join(dir, file)), { recursive: true });
			writeFileSync(join(dir, file), text);
			return copy;
		},
		remove(file) {
			rmSync(join(dir, file), { recursive: true });
			return copy;
		},
	};
	return copy;
}

/** The message a playbook folder fails to load with; throws when it loads, or fails other than with a ContentError. */
export function loadError(dir: string): string {
	try {
		loadPlaybook({ dir, draft: false });
	} catch (error) {
		if (error instanceof ContentError) return error.message;
		throw error;
	}
	throw new Error(`The playbook in ${dir} loaded: the test expected it to fail.`);
}

/** The message content/ fails to load with after one file is edited as text. */
export const loadErrorAfter = (file: string, change: (text: string) => string): string => loadError(copyContent().edit(file, change).dir);
