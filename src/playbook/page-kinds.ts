/**
 * What each kind of page must carry: the one table the generator, the gate, its report and `/quality/` read.
 * Which pages exist is the page registry's business (page-registry.ts); what a kind of page needs is here.
 */

/** The kinds of page a playbook has. */
export const pageKinds = ['stage', 'framework', 'overview', 'checklist', 'template', 'workspace', 'content'] as const;
export type PageKind = (typeof pageKinds)[number];

/** JavaScript and CSS a page may ship beyond Starlight's own, in bytes after gzip. */
export interface Budget {
	js: number;
	css: number;
}

/** Which quality-check sections a kind of page needs: every item, only the closing next step, or none. */
export type SectionNeed = 'all' | 'next-step' | 'none';

export interface PageProfile {
	kind: PageKind;
	sections: SectionNeed;
	budget: Budget;
}

const KB = 1024;
/** A content page ships no JavaScript of its own (DESIGN.md); its few styles are component CSS. */
const contentBudget: Budget = { js: 0, css: 2 * KB };

/**
 * One profile per kind. A checklist or a template is a tool used in a meeting or an email, not a playbook
 * page: the quality check is what it helps the reader do, so no section is required of it.
 */
export const pageProfiles: Readonly<Record<PageKind, PageProfile>> = {
	stage: { kind: 'stage', sections: 'all', budget: contentBudget },
	framework: { kind: 'framework', sections: 'all', budget: contentBudget },
	// The lifecycle overview: a content page that also carries the "which stage is my client in?" self-check.
	overview: { kind: 'overview', sections: 'next-step', budget: { js: 1 * KB, css: 2 * KB } },
	checklist: { kind: 'checklist', sections: 'none', budget: { js: 3 * KB, css: 6 * KB } },
	template: { kind: 'template', sections: 'none', budget: { js: 10 * KB, css: 6 * KB } },
	// The clients kept in this browser: a tool, with the import check (zod/mini) it alone loads.
	workspace: { kind: 'workspace', sections: 'none', budget: { js: 16 * KB, css: 6 * KB } },
	/** Home, principles, boundaries, overviews, /quality/ and any page added by hand. */
	content: { kind: 'content', sections: 'next-step', budget: contentBudget },
};
