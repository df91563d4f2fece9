/**
 * Which rules hold for which page: the one place that says so. Pages are matched by their URL path
 * without the locale prefix, so a hand-written MDX page is held to the same rules as a generated one.
 * Explained to editors on `/quality/` (content/quality-gate/<locale>.yaml, `profiles`).
 */

/** The seven items of the source's "Quality Check Before Delivering", ids as in content/quality. */
export const qualityItems = ['context', 'success', 'scope', 'roles', 'risks', 'recommendations', 'next-step'] as const;
export type QualityItem = (typeof qualityItems)[number];

/** JavaScript and CSS a page may ship beyond Starlight's own, in bytes after gzip. */
export interface Budget {
	js: number;
	css: number;
}

export interface PageProfile {
	/** Stable id; its name and description for editors live in content/quality-gate. */
	id: 'stage' | 'framework' | 'checklist' | 'template' | 'workspace' | 'content';
	/** Locale-free paths; `*` matches one path segment, `**` any number of them. First match wins. */
	patterns: readonly string[];
	/** The quality-check sections the page must have; every other item shows as n/a. */
	items: readonly QualityItem[];
	budget: Budget;
}

const KB = 1024;
/** A content page ships no JavaScript of its own (DESIGN.md); its few styles are component CSS. */
const contentBudget: Budget = { js: 0, css: 2 * KB };

export const pageProfiles: readonly PageProfile[] = [
	{ id: 'stage', patterns: ['/lifecycle/*/'], items: qualityItems, budget: contentBudget },
	{
		id: 'framework',
		patterns: ['/architecture/', '/onboarding/', '/failure-patterns/', '/communication/'],
		items: qualityItems,
		budget: contentBudget,
	},
	// A checklist or a template is a tool used in a meeting or an email, not a playbook page: the
	// quality check is what it helps the reader do, so no section is required of it. Every other
	// rule (language, parity, links, wording, empty sections) holds, with the budgets of DESIGN.md.
	// Both carry the client picker (issue 13: at most 3 KB and 10 KB of JavaScript).
	{ id: 'checklist', patterns: ['/checklists/', '/checklists/**'], items: [], budget: { js: 3 * KB, css: 6 * KB } },
	{ id: 'template', patterns: ['/templates/', '/templates/**'], items: [], budget: { js: 10 * KB, css: 6 * KB } },
	// The clients in this browser, export and import: a tool too; the only page that loads zod (file checks).
	{ id: 'workspace', patterns: ['/workspace/'], items: [], budget: { js: 16 * KB, css: 6 * KB } },
	// Home, principles, boundaries, the lifecycle overview, /quality/ and any page added by hand.
	{ id: 'content', patterns: ['/**'], items: ['next-step'], budget: contentBudget },
];

/**
 * The page whose scripts and styles define "Starlight's own" for the budgets: a generated page of plain
 * Markdown (paragraphs and a next step) that uses no component of ours. Keep it that way.
 */
export const baselinePage = '/boundaries/';

/** Pages the gate does not check, with the reason the report shows. */
export const exceptions: readonly { pattern: string; reason: string }[] = [
	{ pattern: '/404.html', reason: "Starlight's not-found page: shown for a missing address, it has no playbook content." },
	{
		pattern: '/*/404/',
		reason: "Starlight's copy of the not-found page in each other language: the same bilingual text, no playbook content.",
	},
];

/** Whether a locale-free path matches a pattern of {@link PageProfile.patterns}. */
export function matchesPattern(path: string, pattern: string): boolean {
	const source = pattern
		.split('/')
		.map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
		.join('/');
	return new RegExp(`^${source.replace(/\/\.\*/g, '(?:/.*)?')}$`).test(path);
}

export function profileOf(path: string): PageProfile {
	const profile = pageProfiles.find((p) => p.patterns.some((pattern) => matchesPattern(path, pattern)));
	// The last profile matches every path.
	return profile ?? pageProfiles[pageProfiles.length - 1]!;
}

export const exceptionOf = (path: string) => exceptions.find((e) => matchesPattern(path, e.pattern));
