/** A page the generator writes for one locale. */
export interface GeneratedPage {
	/** Locale-free page id, e.g. `lifecycle/pre-close`; `""` for home. */
	id: string;
	/** The complete Markdown or MDX file. */
	body: string;
	/** Whether the page embeds a component, and so is MDX rather than plain Markdown (which builds faster). */
	mdx: boolean;
}
