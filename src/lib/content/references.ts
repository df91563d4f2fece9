import type { PlaybookModels } from '../../schemas/models';
import { type ContentIssue, formatPath } from './content-error';

/** Where a value sits: its model file and its path inside it. */
interface Located<T> {
	model: string;
	path: PropertyKey[];
	value: T;
}

/** Inline links to other pages inside text: `[label](page:lifecycle/onboarding#anchor)`. */
export const inlinePageLink = /\]\(page:([^)\s]*)\)/g;

/**
 * Checks what the schemas cannot see on their own: ids unique within each list, pattern and response
 * ids that exist, and links to pages that exist.
 */
export function checkReferences(
	models: PlaybookModels,
	pageIds: ReadonlySet<string>,
	where: { locale: string; fileOf: (model: string) => string },
): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const add = (at: Located<unknown>, message: string, fix: string) =>
		issues.push({ file: where.fileOf(at.model), locale: where.locale, path: formatPath(at.path), message, fix });

	const patternIds = new Set(models['failure-patterns'].patterns.items.map((p) => p.id));
	const responseIds = new Set(models['failure-patterns'].responses.items.map((r) => r.id));

	for (const [model, data] of Object.entries(models)) {
		walk(data, [], (value, path) => {
			const at = { model, path, value };
			const key = path.at(-1);
			const parentKey = path.at(-2);
			if (Array.isArray(value)) {
				const seen = new Set<string>();
				value.forEach((item, index) => {
					const id = typeof item === 'object' && item !== null && 'id' in item ? String((item as { id: unknown }).id) : undefined;
					if (id === undefined) return;
					if (seen.has(id))
						add({ model, path: [...path, index, 'id'], value: id }, `repeats the id "${id}" used earlier in this list`, 'give every item in a list its own id (ids are shared by all locales, so change it everywhere)');
					seen.add(id);
				});
			} else if (typeof value === 'string') {
				if (parentKey === 'patterns' && typeof key === 'number' && !patternIds.has(value))
					add(at, `names the failure pattern "${value}", which does not exist`, `use one of: ${[...patternIds].join(', ')}`);
				if (parentKey === 'responses' && typeof key === 'number' && !responseIds.has(value))
					add(at, `names the response "${value}", which does not exist`, `use one of: ${[...responseIds].join(', ')}`);
				if ((key === 'link' || key === 'page') && !pageIds.has(stripAnchor(value)))
					add(at, `links to the page "${value}", which does not exist`, `use a page id such as ${[...pageIds].filter(Boolean).slice(0, 4).join(', ')}`);
				for (const [, target = ''] of value.matchAll(inlinePageLink)) {
					if (!pageIds.has(stripAnchor(target)))
						add(at, `links to the page "page:${target}", which does not exist`, 'point the link at an existing page id, e.g. (page:failure-patterns)');
				}
			}
		});
	}
	return issues;
}

const stripAnchor = (ref: string) => ref.replace(/#.*$/, '');

function walk(value: unknown, path: PropertyKey[], visit: (value: unknown, path: PropertyKey[]) => void): void {
	visit(value, path);
	if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index], visit));
	else if (typeof value === 'object' && value !== null)
		for (const [key, item] of Object.entries(value)) walk(item, [...path, key], visit);
}
