import { ContentError, type ContentIssue, formatPath } from '../lib/content/content-error.ts';
import type { LoadedPlaybook } from '../lib/content/load-playbook.ts';
import { locate } from '../lib/content/yaml-file.ts';
import { generateSite, writeFiles, type Generated } from './write-pages.ts';

/**
 * Generates every page of a loaded playbook into Starlight's docs folder (and its interface strings into the i18n folder), after two checks only the
 * generated pages make possible: every `page:` link's anchor exists on its page (reported against the
 * content file and line, not the generated page), and no prose is missing (a draft build shows notes instead).
 */
export function buildSite(
	{ playbook, links }: LoadedPlaybook,
	{ base, docsDir, i18nDir }: { base: string; docsDir: string; i18nDir: string },
): Generated {
	const generated = generateSite(playbook, base);
	const issues: ContentIssue[] = [];
	const anchorsOf = (page: string, locale: string) =>
		(
			generated.pages.find((p) => p.id === page && p.locale === locale) ??
			generated.pages.find((p) => p.id === page && p.locale === playbook.defaultLocale.code)
		)?.anchors;
	for (const use of links) {
		if (!use.anchor) continue;
		const anchors = anchorsOf(use.page, use.locale);
		if (anchors && !anchors.has(use.anchor)) {
			const at = locate(use.source, use.path);
			issues.push({
				file: use.source.file,
				locale: use.locale,
				line: at?.line,
				column: at?.column,
				path: formatPath(use.path, use.source.data),
				message: `links to “#${use.anchor}” on the page "${use.page}", which has no such section`,
				fix: `use one of its anchors: ${[...anchors].slice(0, 12).join(', ')}`,
			});
		}
	}
	if (!playbook.draft)
		for (const todo of generated.todos)
			issues.push({
				file: todo.file,
				locale: todo.locale,
				path: todo.field,
				message: `is still to be written (the page /${todo.page}${todo.page ? '/' : ''} needs it)`,
				fix: 'write it in this file; to look at the site before everything is written, build with PLAYBOOK_DRAFT=1, which shows a note in its place',
				order: 'consequence',
			});
	if (issues.length > 0) throw new ContentError(dedupe(issues));
	writeFiles(generated.files, docsDir);
	// Starlight reads interface strings from src/content/i18n/<lang>.json, in its integration (heading anchor
	// labels) as well as through the i18n collection: the merged strings of each locale are written there.
	writeFiles(
		new Map(playbook.locales.map((l) => [`${l.lang}.json`, `${JSON.stringify(playbook.byLocale[l.code]!.ui, null, '\t')}\n`])),
		i18nDir,
	);
	return generated;
}

/** One finding per file, locale and field: the same missing heading is needed by many pages. */
function dedupe(issues: ContentIssue[]): ContentIssue[] {
	const seen = new Set<string>();
	return issues.filter((issue) => {
		const key = `${issue.file}\u0000${issue.locale}\u0000${issue.path}\u0000${issue.message.replace(/\(the page .*\)$/, '')}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
