import { z } from 'zod';

/** A stable identifier shared by every locale: lower-case words joined by hyphens. */
export const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens, e.g. "pre-close"');

/**
 * Reader-facing text. May hold inline Markdown (`**bold**`) and links to other pages written as
 * `[label](page:failure-patterns#anchor)`, which are checked and localised at build time.
 */
export const TextSchema = z.string().trim().min(1, 'must not be empty');

/** A page of the site by its locale-free id: `""` is the home page, `lifecycle/pre-close` a stage page. */
export const PageRefSchema = z
	.string()
	.regex(
		/^(?:[a-z0-9-]+(?:\/[a-z0-9-]+)*)?(?:#[a-z0-9-]+)?$/,
		'write a page id such as "lifecycle/onboarding" or "failure-patterns#responses"',
	);
export type PageRef = z.output<typeof PageRefSchema>;

/** A list item that other content can point at. */
export const ItemSchema = z.object({
	/** Stable id, the same in every locale. */
	id: IdSchema,
	/** What the reader sees. */
	text: TextSchema,
});
export type Item = z.output<typeof ItemSchema>;

/** Title and meta description of a generated page. */
export const PageMetaSchema = z.object({
	/** The page's `<h1>` and sidebar label. */
	title: TextSchema,
	/** The meta description shown by search engines and link previews (one sentence). */
	description: TextSchema,
});
export type PageMeta = z.output<typeof PageMetaSchema>;

/** The closing "Next step" section: one concrete action, who owns it and where to go. */
export const NextStepSchema = z.object({
	/** One concrete action, starting with a verb. */
	action: TextSchema,
	/** Who does it, as a role ("Account lead"). */
	owner: TextSchema,
	/** The page that helps with the action. */
	link: PageRefSchema,
	/** The link's text. */
	link_label: TextSchema,
});
export type NextStep = z.output<typeof NextStepSchema>;
