import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The interface strings of a language (src/content/i18n/<lang>.json), as the page shows them. */
export const uiStrings = (lang: string): Record<string, string> =>
	JSON.parse(readFileSync(`${root}src/content/i18n/${lang}.json`, 'utf8')) as Record<string, string>;

/** A folder under test-results/ for a suite's screenshots, created if missing; with a trailing slash. */
export function screenshotDir(suite: string): string {
	const dir = `${root}test-results/${suite}/`;
	mkdirSync(dir, { recursive: true });
	return dir;
}
