import { z } from 'astro/zod';

/**
 * What the workspace page lists, in one locale: built at build time from the models (src/generate/workspace.ts),
 * carried in the workspace page's frontmatter (`workspace`, src/schemas/page-shells.ts), which this schema checks,
 * and filled in by the browser from the selected client's records. The browser imports the types only.
 */
const WorkspaceItemSchema = z.object({
	/** Record id without its locale: `template.welcome-email`, `checklist.pre-close`. */
	record: z.string(),
	name: z.string(),
	/** Locale-free page path with a trailing slash, e.g. `templates/welcome-email/`. */
	path: z.string(),
	/** Template: its own field ids (ratings included), without the shared details (see `Completion`, progress.ts). */
	fields: z.optional(z.array(z.string())),
	/** Checklist: how many boxes it has. */
	boxes: z.optional(z.number()),
});
export type WorkspaceItem = z.infer<typeof WorkspaceItemSchema>;

const WorkspaceGroupSchema = z.object({
	/** Heading, e.g. "Templates". */
	title: z.string(),
	items: z.array(WorkspaceItemSchema),
});
export type WorkspaceGroup = z.infer<typeof WorkspaceGroupSchema>;

export const WorkspaceViewSchema = z.object({
	/** Locale id of the page, part of record ids (`en`, `zh-cn`). */
	locale: z.string(),
	/** The shared field that names a client (templates.yaml `shared.name_field`): an unnamed client shows it. */
	nameField: z.string(),
	/** The Client Summary shown on top: its page, its name and its own fields. */
	summary: z.optional(
		z.object({ record: z.string(), name: z.string(), path: z.string(), fields: z.array(z.object({ id: z.string(), label: z.string() })) }),
	),
	groups: z.array(WorkspaceGroupSchema),
	/** Every locale of the site, this one first: where its pages live and what it is called. */
	locales: z.array(z.object({ id: z.string(), lang: z.string(), label: z.string(), base: z.string() })),
});
export type WorkspaceView = z.infer<typeof WorkspaceViewSchema>;
