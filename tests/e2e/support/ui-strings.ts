import { mkdirSync } from 'node:fs';
import { playbook, root } from '../../support/playbook.ts';

/** The interface strings of a language (BCP-47 tag), as the page shows them. */
export function uiStrings(lang: string): Record<string, string> {
	const locale = playbook.locales.find((l) => l.lang === lang);
	if (!locale) throw new Error(`The playbook has no locale with the language ${lang}.`);
	return playbook.byLocale[locale.code]!.ui;
}

/** A folder under test-results/ for a suite's screenshots, created if missing; with a trailing slash. */
export function screenshotDir(suite: string): string {
	const dir = `${root}test-results/${suite}/`;
	mkdirSync(dir, { recursive: true });
	return dir;
}
