import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A playbook folder composed in a temporary directory; `remove` deletes it. */
export interface ComposedPlaybook {
	dir: string;
	remove: () => void;
}

/**
 * The client playbook (`content/`) with a fixture folder laid over it, file by file, in a new temporary
 * directory: what an editor's change to content/ would be, without writing into content/. Files of the
 * overlay replace those of the same path (`locales.yaml`); the rest are added.
 */
export function playbookWithOverlay(overlay: string, base = join(root, 'content')): ComposedPlaybook {
	const dir = mkdtempSync(join(tmpdir(), 'playbook-overlay-'));
	cpSync(base, dir, { recursive: true });
	cpSync(overlay, dir, { recursive: true });
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The third-locale fixture: Japanese as a draft locale with two framework pages translated. */
export const thirdLocaleOverlay = join(root, 'tests/fixtures/third-locale');
