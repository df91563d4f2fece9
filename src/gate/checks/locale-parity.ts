import { type Check, sameHeading } from '../check.ts';
import type { Finding } from '../rules.ts';
import type { SitePage } from '../site-page.ts';

/**
 * Every page exists in every locale, with the same sections (h2) in the same order. Headings are
 * compared through the quality items they stand for; other headings by position.
 */
export const localeParity: Check = ({ pages, config }) => {
	const findings: Finding[] = [];
	const byLocalPath = new Map<string, Map<string, SitePage>>();
	for (const { page } of pages) {
		const versions = byLocalPath.get(page.localPath) ?? new Map<string, SitePage>();
		versions.set(page.locale.id, page);
		byLocalPath.set(page.localPath, versions);
	}
	// A section stands for the quality item whose heading it has in the page's language or, in a draft locale (whose
	// untranslated pages show the default locale's text), in the default locale's.
	const defaultHeadings = config.wording[config.locales[0]?.id ?? '']?.headings ?? {};
	const outline = (page: SitePage) => {
		const { headings } = config.wording[page.locale.id]!;
		const itemOf = (heading: string, names: Record<string, string>) => config.quality.ids.find((i) => sameHeading(heading, names[i] ?? ''));
		return page.sections
			.filter((s) => s.level === 2)
			.map((s) => ({
				heading: s.heading,
				item: itemOf(s.heading, headings) ?? (page.locale.draft ? itemOf(s.heading, defaultHeadings) : undefined) ?? '·',
			}));
	};
	const pathIn = (localPath: string, prefix: string) => (prefix ? `/${prefix}${localPath}` : localPath);

	for (const [localPath, versions] of byLocalPath) {
		const [first] = versions.values();
		if (!first) continue;
		for (const locale of config.locales) {
			if (!versions.has(locale.id))
				findings.push({
					rule: 'locale-missing-page',
					page: first.path,
					message: `There is no ${locale.lang} version of this page: ${pathIn(localPath, locale.prefix)} is missing.`,
					...(locale.draft ? { allowed: `${locale.lang} is a draft locale: pages not yet translated are reported, not failed.` } : {}),
				});
		}
		const reference = versions.get(config.locales[0]?.id ?? '');
		if (!reference) continue;
		const expected = outline(reference);
		for (const [, page] of versions) {
			if (page === reference) continue;
			const actual = outline(page);
			const same = expected.length === actual.length && expected.every((s, i) => s.item === actual[i]?.item);
			if (same) continue;
			const list = (sections: typeof expected) => sections.map((s) => s.heading).join(' / ') || '(none)';
			findings.push({
				rule: 'locale-section-mismatch',
				page: page.path,
				message: `Its ${actual.length} sections do not match the ${expected.length} of ${reference.path}: ${list(actual)} — versus — ${list(expected)}.`,
			});
		}
	}
	return findings;
};
