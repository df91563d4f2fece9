/** A page the generator writes: its locale-free id and its MDX source. */
export interface GeneratedPage {
	/** Locale-free page id, e.g. `lifecycle/pre-close`; `""` for home. */
	id: string;
	/** The complete MDX file. */
	body: string;
}
