import { z } from 'astro/zod';
import { WorkspaceViewSchema } from '../lib/workspace/view.ts';

/**
 * The frontmatter fields that put a shell around a generated Markdown page: the components a page needs beside
 * its Markdown. `src/components/overrides/MarkdownContent.astro` renders the page's Markdown into the shell's
 * MDX entry (`src/components/shells/`, one per kind of page), so that no generated page is an MDX module of its
 * own: Astro compiles and bundles each MDX page apart, which made the static entrypoints the slowest part of a
 * big playbook's build (see "Build time" in the README).
 */
const SheetSchema = z.object({
	/** The checklist's id in the playbook's `checklists.yaml` (or a generated one: `quality`, a stage's id). */
	id: z.string(),
	/** More than 20 boxes: prints a size smaller. */
	dense: z.optional(z.boolean()),
});

export const PageShellSchema = z.object({
	/** A checklist's own page: one sheet, its title the page's `<h1>`. */
	checklist: z.optional(SheetSchema.extend({ alt: z.optional(z.string()) })),
	/**
	 * A page of several sheets (print-all), each titled with an `<h2>`, in this order. The body has each sheet's
	 * boxes after a `sheetMarker`; whatever comes before the first marker is the page's intro.
	 */
	checklists: z.optional(z.object({ alt: z.optional(z.string()), sheets: z.array(SheetSchema) })),
	/** The workspace page: what it lists, built by `src/generate/workspace.ts`; the body is its intro. */
	workspace: z.optional(WorkspaceViewSchema),
});

/** The shell fields as read from a page's frontmatter; a checklist's `alt` is the code of the locale printed under each item. */
export type PageShell = z.infer<typeof PageShellSchema>;

/** Comes before each sheet's boxes on a page of several sheets: an HTML comment, kept as it is by Markdown, shown nowhere. */
export const sheetMarker = '<!--pb-sheet-->';
