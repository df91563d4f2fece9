import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPlaybook } from '../../src/lib/content/load-playbook';
import { projectRoot } from '../../src/lib/content/playbook-folder';
import { sharedPlaybook, sharePlaybook, unsharePlaybook } from '../../src/lib/content/shared-playbook';

const dirs: string[] = [];
afterEach(() => {
	unsharePlaybook();
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the client playbook to change. */
function copy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'shared-playbook-'));
	dirs.push(dir);
	cpSync(join(projectRoot, 'content'), dir, { recursive: true });
	return dir;
}

describe('the playbook the integration hands to the content layer', () => {
	it('is the one loaded while the folder is as it was, and is read again once a file changes', () => {
		const dir = copy();
		const loaded = loadPlaybook({ dir, draft: false });
		sharePlaybook(loaded, dir, false);
		expect(sharedPlaybook(dir, false)).toBe(loaded);
		// Another folder, or a draft build of this one, was not what was loaded.
		expect(sharedPlaybook(copy(), false)).toBeUndefined();
		expect(sharedPlaybook(dir, true)).toBeUndefined();

		// An editor's change of the same length (a later time of change) is seen, and so is a new file.
		const skill = join(dir, 'en', 'skill.yaml');
		const text = readFileSync(skill, 'utf8');
		writeFileSync(skill, text.replace('client', 'CLIENT'));
		utimesSync(skill, new Date(), new Date(Date.now() + 5000));
		expect(sharedPlaybook(dir, false)).toBeUndefined();
		sharePlaybook(loaded, dir, false);
		writeFileSync(join(dir, 'en', 'notes.txt'), 'x');
		expect(sharedPlaybook(dir, false)).toBeUndefined();
	});

	it('is nothing after a load that failed', () => {
		const dir = copy();
		sharePlaybook(loadPlaybook({ dir, draft: false }), dir, false);
		unsharePlaybook();
		expect(sharedPlaybook(dir, false)).toBeUndefined();
	});
});
