import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/content-error';
import { projectRoot } from '../../src/lib/content/playbook-folder';
import { loadPlaybook } from '../../src/lib/content/load-playbook';
import { sharePlaybook, sharedPlaybook } from '../../src/lib/content/shared-playbook';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** What the integration does: loads the folder and keeps what it read for the content layer. */
const loadAndSharePlaybook = (dir: string, draft: boolean) => sharePlaybook(dir, draft, () => loadPlaybook({ dir, draft }));

/** A copy of the client playbook to change. */
function copy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'shared-playbook-'));
	dirs.push(dir);
	cpSync(join(projectRoot, 'content'), dir, { recursive: true });
	return dir;
}

describe('the playbook the integration hands to the content layer', () => {
	it('is the one loaded while the folder is as it was, and is read again once a file changes, appears or goes', () => {
		const dir = copy();
		const loaded = loadAndSharePlaybook(dir, false);
		expect(sharedPlaybook(dir, false)).toBe(loaded);
		// Another folder, or a draft build of this one, was not what was loaded.
		expect(sharedPlaybook(copy(), false)).toBeUndefined();
		expect(sharedPlaybook(dir, true)).toBeUndefined();

		// An editor's change of the same length (a later time of change).
		const skill = join(dir, 'en', 'skill.yaml');
		writeFileSync(skill, readFileSync(skill, 'utf8').replace('client', 'CLIENT'));
		utimesSync(skill, new Date(), new Date(Date.now() + 5000));
		expect(sharedPlaybook(dir, false)).toBeUndefined();

		loadAndSharePlaybook(dir, false);
		writeFileSync(join(dir, 'en', 'notes.txt'), 'x');
		expect(sharedPlaybook(dir, false)).toBeUndefined();

		loadAndSharePlaybook(dir, false);
		rmSync(join(dir, 'en', 'notes.txt'));
		expect(sharedPlaybook(dir, false)).toBeUndefined();
	});

	it('is nothing after a load that failed, so the content layer reads the folder itself', () => {
		const dir = copy();
		loadAndSharePlaybook(dir, false);
		writeFileSync(join(dir, 'playbook.yaml'), 'models: [\n');
		expect(() => loadAndSharePlaybook(dir, false)).toThrow(ContentError);
		expect(sharedPlaybook(dir, false)).toBeUndefined();
	});
});
