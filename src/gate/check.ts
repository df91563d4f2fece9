import type { GateConfig } from './config.ts';
import type { ResolvedProfile } from './config.ts';
import type { Finding } from './rules.ts';
import type { SitePage } from './site-page.ts';
import type { PageWeight } from './weights.ts';

/** Everything a check may look at: the built site, read once. */
export interface GateSite {
	/** The built directory. */
	dir: string;
	config: GateConfig;
	/** The pages to check (exceptions left out), with the profile that holds for each. */
	pages: { page: SitePage; profile: ResolvedProfile }[];
	/** Pages not checked for content whose words are read all the same (the not-found page of each other language). */
	wordPages: SitePage[];
	/** Every HTML page by URL path, exceptions included: link targets. */
	byPath: ReadonlyMap<string, SitePage>;
	/** Each checked page's own JavaScript and CSS, beyond what every page shares. */
	weights: ReadonlyMap<string, PageWeight>;
}

/** A check reads the site and returns what it finds; it never throws for a content problem. */
export type Check = (site: GateSite) => Finding[];

/** Every page whose words a check of wording reads: the checked pages and the {@link GateSite.wordPages}. */
export const worded = (site: Pick<GateSite, 'pages' | 'wordPages'>): SitePage[] => [...site.pages.map((p) => p.page), ...site.wordPages];

/** Headings compare as a reader reads them: case, spacing and trailing punctuation aside. */
export const sameHeading = (a: string, b: string) => normalise(a) === normalise(b);
// Markdown's smart punctuation turns ' and " into curly quotes in the built page.
const normalise = (text: string) =>
	text
		.normalize('NFKC')
		.replace(/[‘’]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/\s+/g, ' ')
		.replace(/[\s:：.。]+$/u, '')
		.trim()
		.toLowerCase();

/** A short excerpt of `text` around `index`, on one line, cut between words where there are spaces. */
export function excerpt(text: string, index: number, length: number, radius = 40): string {
	const lineStart = text.lastIndexOf('\n', index) + 1;
	const lineEnd = text.indexOf('\n', index + length) === -1 ? text.length : text.indexOf('\n', index + length);
	let start = Math.max(lineStart, index - radius);
	let end = Math.min(lineEnd, index + length + radius);
	if (start > lineStart) {
		const space = text.indexOf(' ', start);
		if (space !== -1 && space < index) start = space + 1;
	}
	if (end < lineEnd) {
		const space = text.lastIndexOf(' ', end);
		if (space >= index + length) end = space;
	}
	return `${start > lineStart ? '…' : ''}${text.slice(start, end)}${end < lineEnd ? '…' : ''}`;
}
