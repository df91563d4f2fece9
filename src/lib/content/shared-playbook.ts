import { statSync } from 'node:fs';
import type { LoadedPlaybook } from './load-playbook.ts';
import { filesUnder, wordingDir } from './playbook-folder.ts';

/**
 * The playbook the integration loaded, handed to the content layer in the same process. Astro loads its
 * configuration (src/integrations/playbook.ts) and src/content.config.ts as two module graphs that share only
 * `globalThis`. Without the hand-over the content layer reads and checks the whole folder again (0.3 s for a
 * playbook of 1,000 pages per locale).
 */
interface Shared {
	/** The folder and draft flag it was loaded with, and every file it was read from, as they were before the load. */
	key: string;
	loaded: LoadedPlaybook;
}

const SLOT = Symbol.for('client-playbook.loaded-playbook');
const slot = globalThis as typeof globalThis & { [SLOT]?: Shared };

/**
 * `load`'s reading of the playbook folder `dir` (a draft build if `draft`: loadPlaybook's, in the integration),
 * returned and kept for {@link sharedPlaybook}. Throws what `load` throws (a ContentError for the editor), and then
 * keeps nothing. The folder's files are stamped before they are read: a file saved during the load makes the kept
 * playbook out of date, not wrong. The loader is passed in so that the content layer, which only reads what is
 * kept, does not load the whole reader of content with this module.
 */
export function sharePlaybook(dir: string, draft: boolean, load: () => LoadedPlaybook): LoadedPlaybook {
	delete slot[SLOT];
	const key = keyOf(dir, draft);
	const loaded = load();
	slot[SLOT] = { key, loaded };
	return loaded;
}

/**
 * The playbook {@link sharePlaybook} kept, if it was loaded from the same folder (`dir`, `draft`) and no
 * file of the folder or of the generator's wording (src/wording/) has changed, appeared or gone since (sizes and
 * times of change compared); undefined otherwise. Read-only: every reader gets the same object.
 */
export function sharedPlaybook(dir: string, draft: boolean): LoadedPlaybook | undefined {
	const shared = slot[SLOT];
	return shared && shared.key === keyOf(dir, draft) ? shared.loaded : undefined;
}

/** The folder, the draft flag and each file below the folder and the wording folder, with its size and time of change. */
function keyOf(dir: string, draft: boolean): string {
	const stamps = [dir, wordingDir]
		.flatMap(filesUnder)
		.sort()
		.map((file) => {
			// A file gone since it was listed (an editor's temporary file) is left out.
			const stats = statSync(file, { throwIfNoEntry: false });
			return stats ? `${file}:${stats.size}:${stats.mtimeMs}` : '';
		});
	return [dir, String(draft), ...stamps].join('\n');
}
