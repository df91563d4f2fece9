import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A throw-away copy of the real content/ folder that a test may break. */
export function copyContent(): {
	root: string;
	edit: (file: string, change: (data: any) => void) => void;
	remove: (file: string) => void;
	cleanup: () => void;
} {
	const root = mkdtempSync(join(tmpdir(), 'playbook-content-'));
	cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
	return {
		root,
		edit(file, change) {
			const path = join(root, 'content', file);
			const data = parse(readFileSync(path, 'utf8'));
			change(data);
			writeFileSync(path, stringify(data));
		},
		remove(file) {
			rmSync(join(root, 'content', file));
		},
		cleanup() {
			rmSync(root, { recursive: true, force: true });
		},
	};
}

export { projectRoot };
