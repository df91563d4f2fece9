/**
 * Pages the gate reads but does not check, and the page that defines "Starlight's own" weight. What each kind
 * of page must carry is src/playbook/page-kinds.ts; which page is of which kind is the page registry's.
 */

/**
 * The service worker registration every page of a build carries (src/lib/offline/registration.ts), in
 * bytes after gzip: counted apart from a page's own JavaScript, so a content page (budget 0) may carry it
 * and nothing else, and held to this limit on every page.
 */
export const registrationBudget = 512;

/**
 * The page whose scripts and styles define "Starlight's own" for the budgets: a generated page of plain
 * Markdown (paragraphs and a next step) that uses no component of ours. Keep it that way.
 */
export const baselinePage = '/boundaries/';

/**
 * Pages the gate does not check for playbook content, with the reason the report shows. With `words`, the
 * page's words are still read (language, placeholders, vague wording, the glossary): a page in one language
 * is written in that language whatever it holds. The root not-found page speaks every language, each part
 * marked with its own `lang`, under a title in all of them, so only its parts' markup would tell.
 */
export const exceptions: readonly { pattern: string; reason: string; words?: true }[] = [
	{ pattern: '/404.html', reason: 'The not-found page: shown for a missing address, it has no playbook content.' },
	{
		pattern: '/*/404/',
		reason: 'The not-found page in each other language: no playbook content; its words are checked like any page’s.',
		words: true,
	},
];

/** Whether a locale-free path matches a pattern: `*` matches one path segment, `**` any number of them. */
export function matchesPattern(path: string, pattern: string): boolean {
	const source = pattern
		.split('/')
		.map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
		.join('/');
	return new RegExp(`^${source.replace(/\/\.\*/g, '(?:/.*)?')}$`).test(path);
}

export const exceptionOf = (path: string) => exceptions.find((e) => matchesPattern(path, e.pattern));
