import { z } from 'astro/zod';

/**
 * UI strings of the checklist pages, in `src/content/i18n/<lang>.json`. `{done}` and `{total}` are
 * filled in by the checklist island.
 */
export const ChecklistUiSchema = z
	.object({
		/** Accessible name of the toolbar. */
		'pb.checklist.tools': z.string(),
		'pb.checklist.print': z.string(),
		'pb.checklist.reset': z.string(),
		/** The switch that adds the other language to every item. */
		'pb.checklist.bilingual': z.string(),
		/** Announced after each tick. */
		'pb.checklist.saved': z.string(),
		/** Announced when stored ticks are put back on load. */
		'pb.checklist.restored': z.string(),
		/** Announced after Reset. */
		'pb.checklist.cleared': z.string(),
		/** Announced when storage is blocked or full. */
		'pb.checklist.unsaved': z.string(),
	})
	.partial();
