import { statSync } from 'node:fs';
import type { LoadedPlaybook } from './load-playbook.ts';
import { filesUnder, wordingDir } from './playbook-folder.ts';

/**
 * The playbook the integration loaded, handed to the content layer in the same process. Astro loads its
 * configuration (src/integrations/playbook.ts) with Node and src/content.config.ts with Vite: two module
 * graphs that share only `globalThis`. Without the hand-over the content layer reads and checks the whole
 * folder again (0.3 s for a playbook of 1,000 pages per locale).
 */
interface Shared {
	/** The folder and draft flag it was loaded with, and every file it was read from, with size and time of change. */
	key: string;
	loaded: LoadedPlaybook;
}

const SLOT = Symbol.for('client-playbook.loaded-playbook');
const slots = globalThis as typeof globalThis & { [SLOT]?: Shared };

/** Keeps `loaded`, read from the playbook folder `dir` (a draft build if `draft`), for {@link sharedPlaybook}. */
export function sharePlaybook(loaded: LoadedPlaybook, dir: string, draft: boolean): void {
	slots[SLOT] = { key: keyOf(dir, draft), loaded };
}

/** Forgets the kept playbook: the folder failed to load, and the content layer reads it again and reports nothing. */
export function unsharePlaybook(): void {
	delete slots[SLOT];
}

/**
 * The playbook {@link sharePlaybook} kept, if it was loaded from the same folder (`dir`, `draft`) and no file
 * of the folder or of the generator's wording (src/wording/) has changed, appeared or gone since (sizes and
 * times of change compared); undefined otherwise. Read-only: every reader gets the same object.
 */
export function sharedPlaybook(dir: string, draft: boolean): LoadedPlaybook | undefined {
	const shared = slots[SLOT];
	return shared && shared.key === keyOf(dir, draft) ? shared.loaded : undefined;
}

/** The folder, the draft flag and each file below the folder and the wording folder, with its size and time of change. */
function keyOf(dir: string, draft: boolean): string {
	const files = [dir, wordingDir].flatMap(filesUnder);
	const stamps = files.sort().map((file) => {
		const { size, mtimeMs } = statSync(file);
		return `${file}:${size}:${mtimeMs}`;
	});
	return [dir, String(draft), ...stamps].join('\n');
}
