import { z } from 'astro/zod';
import { WorkspaceViewSchema } from '../lib/workspace/view.ts';

/**
 * The frontmatter fields that put components around or into a generated Markdown page: every generated page is
 * Markdown, and `src/components/overrides/MarkdownContent.astro` renders the components these fields name beside
 * the page's Markdown. No generated page is MDX: Astro compiles and bundles each MDX page apart, and one MDX
 * entry in a content collection makes Astro render every page of the site with head propagation, buffering the
 * whole page first (see "Build time" in the README).
 */
const SheetSchema = z.object({
	/** The checklist's id in the playbook's `checklists.yaml` (or a generated one: `quality`, a stage's id). */
	id: z.string(),
	/** More than 20 boxes: prints a size smaller. */
	dense: z.optional(z.boolean()),
});

const PlacedComponentSchema = z.discriminatedUnion('name', [
	z.object({ name: z.literal('lifecycle-diagram') }),
	z.object({ name: z.literal('stage-check') }),
	z.object({ name: z.literal('template-form'), id: z.string() }),
]);

/** A component placed in a generated page's Markdown by its `components` frontmatter field. */
export type PlacedComponent = z.infer<typeof PlacedComponentSchema>;

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
	/**
	 * Components placed in the page's Markdown, in this order, each where the body has a `componentMarker` on a
	 * line of its own: the lifecycle diagram, the stage self-check, a template's form (by its id in the playbook's
	 * `templates.yaml`).
	 */
	components: z.optional(z.array(PlacedComponentSchema)),
});

/** The component fields as read from a page's frontmatter; a checklist's `alt` is the code of the locale printed under each item. */
export type PageShell = z.infer<typeof PageShellSchema>;

/** Comes before each sheet's boxes on a page of several sheets: an HTML comment, kept as it is by Markdown, shown nowhere. */
export const sheetMarker = '<!--pb-sheet-->';

/**
 * Stands where a page's next `components` entry goes: an HTML comment on a line of its own, as the sheet marker.
 * What follows it up to a `componentEnd` is what stands for the component where the page is read without it
 * (llms-full.txt): the site shows the component instead.
 */
export const componentMarker = '<!--pb-component-->';

/** Ends what stands for a component (see `componentMarker`); a component may have none. */
export const componentEnd = '<!--/pb-component-->';
