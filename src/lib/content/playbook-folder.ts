import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (where package.json is). */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The generator's own wording for the languages it knows: `src/wording/<code>.json` and `src/wording/<code>/…`. */
export const wordingDir = join(projectRoot, 'src', 'wording');

/**
 * The playbook folder to build: `PLAYBOOK_DIR` (absolute, or relative to the current directory) or the
 * client playbook in `content/`.
 */
export function playbookDir(env: NodeJS.ProcessEnv = process.env): string {
	const dir = env['PLAYBOOK_DIR'];
	if (!dir) return join(projectRoot, 'content');
	return isAbsolute(dir) ? dir : resolve(process.cwd(), dir);
}

/** Whether `PLAYBOOK_DRAFT` asks for a draft build: missing prose shown as notes, the gate reporting without failing. */
export const isDraftBuild = (env: NodeJS.ProcessEnv = process.env): boolean => ['1', 'true', 'yes'].includes((env['PLAYBOOK_DRAFT'] ?? '').toLowerCase());

/** Every file below `dir`, as absolute paths (if `dir` is absolute); none if `dir` does not exist. */
export function filesUnder(dir: string): string[] {
	try {
		return readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => join(entry.parentPath, entry.name));
	} catch {
		return [];
	}
}

/** How a path is shown in messages: relative to the current directory when inside it. */
export function displayPath(path: string): string {
	const rel = relative(process.cwd(), path);
	return (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path).replaceAll('\\', '/');
}

/** The files of one locale, relative to the playbook folder. The one place that names them. */
export const localeFiles = {
	skill: (code: string) => `${code}/skill.yaml`,
	site: (code: string) => `${code}/site.yaml`,
	words: (code: string) => `${code}/words.yaml`,
	facts: (code: string) => `${code}/facts.yaml`,
	checklists: (code: string) => `${code}/checklists.yaml`,
	templates: (code: string) => `${code}/templates.yaml`,
	model: (code: string, model: string) => `${code}/models/${model}.yaml`,
	page: (code: string, page: string) => `${code}/pages/${page}.yaml`,
	ui: (code: string) => `${code}.json`,
} as const;

/** The pages with a prose file of their own besides the models' pages. */
export const fixedPages = ['home', 'principles', 'boundaries', 'quality', 'responsibilities', 'example'] as const;

/** Every file under a locale folder, relative to the playbook folder, for spotting misspelled file names. */
export function filesOfLocale(dir: string, code: string): string[] {
	const base = join(dir, code);
	if (!existsSync(base)) return [];
	return readdirSync(base, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
}
