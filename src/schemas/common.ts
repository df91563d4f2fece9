import { z } from 'zod';

/** A stable identifier shared by every locale: lower-case words joined by hyphens, e.g. `pre-close`. */
export const IdSchema = z
	.string({ error: 'expected an id such as "pre-close"' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens, e.g. "pre-close"');

/**
 * A key of the source's dicts (`core_elements`, `pre_close`): letters, digits and `_`, the same in every locale.
 * It starts with a letter or `_`: JavaScript would reorder keys that look like numbers.
 */
export const SourceKeySchema = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'use letters, digits and "_", e.g. "core_elements"');

/**
 * Reader-facing text. May hold inline Markdown (`**bold**`, `*emphasis*`, `` `code` ``) and links written as
 * `[label](page:failure-patterns#anchor)`, `[label](https://…)` or `[label](mailto:…)`; page links are checked
 * and localised at build time. Anything else shows exactly as written.
 */
export const TextSchema = z.string().trim().min(1, 'must not be empty');

/** Inline Markdown a plain-text field must not hold. */
const markdown = /\*\*|__|`|\[[^\]]*\]\([^)]*\)/;

/**
 * Text shown where Markdown cannot render: titles (browser tab, sidebar), descriptions (search results,
 * link previews), form labels. Rejects Markdown rather than show `**` to readers.
 */
export const PlainTextSchema = TextSchema.refine((text) => !markdown.test(text), {
	message:
		'is plain text (it appears in titles, labels or link previews), so it cannot hold Markdown such as **bold**, `code` or [links](…)',
});

/** A page of the site by its locale-free id: `""` is the home page, `lifecycle/pre-close` a stage page; `#anchor` optional. */
export const PageRefSchema = z
	.string()
	.regex(
		/^(?:[a-z0-9-]+(?:\/[a-z0-9-]+)*)?(?:#[\p{L}\p{N}_-]+)?$/u,
		'write a page id such as "lifecycle/onboarding" or "failure-patterns#responses"',
	);
export type PageRef = z.output<typeof PageRefSchema>;

/**
 * An item of the playbook, by path: `skill/<section>/<id>` for the skill's own lists (`skill/outputs/risk-audit`,
 * `skill/output_format/client-type`, `skill/quality_check/context`) and `<model>/<key or id>/…` inside a model
 * (`failure-patterns/patterns/scope-misunderstood`, `onboarding/alignment/outputs/desired-outcome`,
 * `architecture/core_elements/success_measure`, `lifecycle/pre_close`).
 */
export const ItemRefSchema = z
	.string()
	.regex(/^[a-z0-9-]+(?:\/[A-Za-z0-9_-]+)*$/, 'write an item path such as "failure-patterns/patterns/scope-misunderstood"');
export type ItemRef = z.output<typeof ItemRefSchema>;

/** A list item that other content can point at. */
export const ItemSchema = z.strictObject({
	/** Stable id, the same in every locale. */
	id: IdSchema,
	/** What the reader sees. */
	text: TextSchema,
});
export type Item = z.output<typeof ItemSchema>;

/** Title and meta description of a page. */
export const PageMetaSchema = z.strictObject({
	/** The page's `<h1>`, browser tab and sidebar label. */
	title: PlainTextSchema,
	/** The meta description shown by search engines and link previews (one sentence). */
	description: PlainTextSchema,
});
export type PageMeta = z.output<typeof PageMetaSchema>;

/** The closing "Next step": one concrete action, who owns it and the page that helps. */
export const NextStepSchema = z.strictObject({
	/** One concrete action, starting with a verb. */
	action: TextSchema,
	/** Who does it, as a role ("Account lead"). */
	owner: TextSchema,
	/** The page that helps with the action. */
	link: PageRefSchema,
	/** The link's text. */
	link_label: PlainTextSchema,
});
export type NextStep = z.output<typeof NextStepSchema>;

/** A heading and a sentence that tells readers what a list of the source is for. */
export const ListIntroSchema = z.strictObject({
	heading: PlainTextSchema,
	/** One or two sentences of context, shown under the heading. */
	context: TextSchema,
});
export type ListIntro = z.output<typeof ListIntroSchema>;
