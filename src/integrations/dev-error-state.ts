import { isAbsolute, join } from 'node:path';
import type { ContentError } from '../lib/content/content-error.ts';

/** Where `astro dev` keeps the content error its middleware shows, shared by the config and the page renderer. */
export const contentErrorKey = Symbol.for('client-playbook.content-error');

/** The error as Astro's overlay shows it. */
export interface DevContentError {
	message: string;
	hint: string;
	loc?: { file: string; line?: number | undefined; column?: number | undefined } | undefined;
}

/** Records (or, with undefined, clears) the content error the dev server shows on every page. */
export function setDevContentError(error: ContentError | undefined): void {
	const store = globalThis as Record<symbol, DevContentError | undefined>;
	const first = error?.issues[0];
	store[contentErrorKey] = error && {
		message: error.message,
		hint: first ? `Fix: ${first.fix}` : '',
		loc: first?.line
			? { file: isAbsolute(first.file) ? first.file : join(process.cwd(), first.file), line: first.line, column: first.column }
			: undefined,
	};
}
