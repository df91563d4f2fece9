import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { root } from './playbook.ts';

const copies: string[] = [];
afterEach(() => {
	for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A throw-away copy of a playbook folder (the client playbook by default) that a test may break, file by file,
 * as an editor would: text edits, so that line numbers in messages are the lines the test wrote.
 */
export function playbookCopy(from = join(root, 'content')) {
	const dir = mkdtempSync(join(tmpdir(), 'playbook-'));
	copies.push(dir);
	cpSync(from, dir, { recursive: true });
	const copy = {
		dir,
		read: (file: string) => readFileSync(join(dir, file), 'utf8'),
		/** Rewrites a file; fails the test if the edit changed nothing (the fixture no longer has what it breaks). */
		edit(file: string, change: (text: string) => string) {
			const before = copy.read(file);
			const after = change(before);
			if (after === before) throw new Error(`The edit of ${file} changed nothing.`);
			writeFileSync(join(dir, file), after);
			return copy;
		},
		write(file: string, text: string) {
			mkdirSync(dirname(join(dir, file)), { recursive: true });
			writeFileSync(join(dir, file), text);
			return copy;
		},
		remove(file: string) {
			rmSync(join(dir, file), { recursive: true });
			return copy;
		},
		/** The 1-based line of the first line of `file` containing `text`. */
		lineOf(file: string, text: string): number {
			const index = copy.read(file).split('\n').findIndex((line) => line.includes(text));
			if (index === -1) throw new Error(`${file} has no line with “${text}”.`);
			return index + 1;
		},
	};
	return copy;
}
