import type { Completion } from './progress';

/**
 * What the workspace page lists, in one locale: built at build time from the models
 * (src/generate/workspace.ts) and filled in by the browser from the selected client's records.
 */
export interface WorkspaceItem extends Completion {
	/** Record id without its locale: `template.welcome-email`, `checklist.pre-close`. */
	record: string;
	name: string;
	/** Locale-free page path with a trailing slash, e.g. `templates/welcome-email/`. */
	path: string;
}

export interface WorkspaceGroup {
	/** Heading, e.g. "Templates". */
	title: string;
	items: WorkspaceItem[];
}

export interface WorkspaceView {
	/** Locale id of the page, part of record ids (`en`, `zh-cn`). */
	locale: string;
	/** The shared field that names a client (templates.yaml `shared.name_field`): an unnamed client shows it. */
	nameField: string;
	/** The Client Summary shown on top: its page, its name and its own fields. */
	summary?: { record: string; name: string; path: string; fields: { id: string; label: string }[] };
	groups: WorkspaceGroup[];
	/** Every locale of the site, this one first: where its pages live and what it is called. */
	locales: { id: string; lang: string; label: string; base: string }[];
}
