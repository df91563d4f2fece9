import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { PlaybookFile } from './playbook-files.ts';

/** The target folder cannot take the import; `fix` says what to do. */
export class PlaybookFolderError extends Error {
	readonly fix: string;

	constructor(message: string, fix: string) {
		super(message);
		this.name = 'PlaybookFolderError';
		this.fix = fix;
	}
}

/**
 * Writes the files into `dir` all or nothing: first into a temporary folder beside it, then moved in (the
 * whole folder is renamed when `dir` does not exist yet). A non-empty `dir` is refused unless `force`, which
 * replaces the files written here and leaves every other file (pages, checklists you wrote) alone.
 *
 * @throws {PlaybookFolderError} when `dir` is a file, or is not empty and `force` is not set.
 */
export function writePlaybookFolder(dir: string, files: readonly PlaybookFile[], options: { force: boolean }): void {
	const target = resolve(dir);
	const exists = existsSync(target);
	if (exists && !statSync(target).isDirectory()) {
		throw new PlaybookFolderError(`${dir} is a file, not a folder`, 'give the path of a new or empty folder');
	}
	if (exists && readdirSync(target).length > 0 && !options.force) {
		throw new PlaybookFolderError(
			`${dir} is not empty`,
			'import into a new or empty folder, or pass --force to replace the files the import writes (other files stay)',
		);
	}
	mkdirSync(dirname(target), { recursive: true });
	const temporary = mkdtempSync(join(dirname(target), `.${basename(target)}.import-`));
	try {
		for (const file of files) {
			const path = join(temporary, file.path);
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, file.content);
		}
		if (!exists) {
			renameSync(temporary, target);
			return;
		}
		for (const file of files) {
			mkdirSync(dirname(join(target, file.path)), { recursive: true });
			renameSync(join(temporary, file.path), join(target, file.path));
		}
	} finally {
		rmSync(temporary, { recursive: true, force: true });
	}
}
