/** A page the generator writes for one locale. */
export interface GeneratedPage {
	/** Locale-free page id, e.g. `lifecycle/pre-close`; `""` for home. */
	id: string;
	/**
	 * The complete Markdown file. A page never is MDX: components go in through its frontmatter (`PageShellSchema`
	 * in `src/schemas/page-shells.ts`).
	 */
	body: string;
}
