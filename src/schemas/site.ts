import { z } from 'zod';
import { PlainTextSchema } from './common.ts';

/** `<code>/site.yaml`: the site's own name and the headings of the quality-check sections in this locale. */
export const SiteSchema = z.strictObject({
	/** Site name in the header, browser tab and printouts. */
	title: PlainTextSchema,
	/** One-line description used where a page has none. */
	description: PlainTextSchema,
	/**
	 * Headings of the quality-check sections, by quality-check item id. The quality gate recognises sections
	 * by these headings, on generated and hand-written pages alike.
	 */
	sections: z.record(z.string(), PlainTextSchema).default({}),
	/**
	 * How the skill text's words for itself read on the site, applied wherever the site shows the source's
	 * text (the source calls itself a "skill"; readers see a playbook). `/skill.txt` keeps the source's words.
	 */
	rename: z.array(z.strictObject({ source: z.string().min(1), site: z.string().min(1) })).default([]),
});
export type Site = z.output<typeof SiteSchema>;
