import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
}

/** Copies content/ to a temporary folder, which a test may then break file by file. */
export function copyContent(): ContentCopy {
	const parent = mkdtempSync(join(tmpdir(), 'pb-content-'));
	copies.push(parent);
	// The folder keeps its name, so that located messages read `content/en/…` as they do for the real one.
	const dir = join(parent, 'content');
	cpSync(join(root, 'content'), dir, { recursive: true });
	const copy: ContentCopy = {
		dir,
		edit(file, change) {
			const path = join(dir, file);
			const before = readFileSync(path, 'utf8');
			const after = change(before);
			if (after === before) throw new Error(`The edit of ${file} changed nothing: the content no longer has what the test breaks.`);
			writeFileSync(path, after);
			return copy;
		},
		write(file, text) {
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
