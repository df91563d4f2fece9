import { defineMiddleware } from 'astro:middleware';
import { AstroError } from 'astro/errors';
import { contentErrorKey, type DevContentError } from './dev-error-state.ts';

/**
 * In `astro dev` only: while the playbook's content has an error, every page answers with it, so the
 * browser shows Astro's error overlay (with the file, the line and the fix) as well as the terminal.
 * Fixing the file restarts the server and the page renders again.
 */
export const onRequest = defineMiddleware((_context, next) => {
	const state = (globalThis as Record<symbol, DevContentError | undefined>)[contentErrorKey];
	if (!state) return next();
	const error = new AstroError(state.message, state.hint);
	error.name = 'Playbook content error';
	// Astro's overlay shows the file and line of `loc` with the lines around it.
	if (state.loc) Object.assign(error, { loc: state.loc });
	throw error;
});
