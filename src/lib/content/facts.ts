import { type Fact, factReference } from '../../schemas/facts.ts';
import { type ContentIssue, formatPath } from './content-error.ts';
import type { LocaleContent } from './playbook.ts';
import { locate, type SourceFile } from './yaml-file.ts';

/** Files whose text is the source's own, word for word: facts are neither checked nor filled in there. */
const isSource = (rel: string) => /\/(skill|facts|words)\.yaml$/.test(rel) || rel.includes('/models/');

/**
 * Checks a locale's prose against its facts (`<code>/facts.yaml`): every `{fact:id}` names a defined fact, and no
 * text states a fact differently (a phrase the fact lists under `contradicts`). Each problem is located in its
 * content file.
 */
export function checkFacts(locale: string, facts: readonly Fact[], sources: ReadonlyMap<string, SourceFile>): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const ids = new Set(facts.map((f) => f.id));
	for (const [rel, source] of sources) {
		if (isSource(rel)) continue;
		visitStrings(source.data, [], (text, path) => {
			const add = (message: string, fix: string) => {
				const at = locate(source, path);
				issues.push({ file: source.file, locale, line: at?.line, column: at?.column, path: formatPath(path, source.data), message, fix });
			};
			for (const [, id = ''] of text.matchAll(factReference))
				if (!ids.has(id)) add(`refers to the fact “${id}”, which is not defined`, `define it in ${locale}/facts.yaml, or use one of: ${[...ids].join(', ') || '(none yet)'}`);
			const lower = text.toLowerCase();
			for (const fact of facts)
				for (const phrase of fact.contradicts)
					if (lower.includes(phrase.toLowerCase()))
						add(`states “${phrase}”, which contradicts the fact “${fact.id}” (${fact.value})`, `write {fact:${fact.id}} instead, so that every page states it the same way`);
		});
	}
	return issues;
}

/** Fills every `{fact:id}` of a locale's prose with the fact's value, in place. References were checked. */
export function applyFacts(content: LocaleContent, facts: readonly Fact[]): void {
	const values = new Map(facts.map((f) => [f.id, f.value]));
	const fill = (value: unknown): unknown => {
		if (typeof value === 'string') return value.replace(factReference, (whole, id: string) => values.get(id) ?? whole);
		if (Array.isArray(value)) return value.map(fill);
		if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
		return value;
	};
	content.pages = fill(content.pages) as LocaleContent['pages'];
	content.checklists = fill(content.checklists) as LocaleContent['checklists'];
	content.templates = fill(content.templates) as LocaleContent['templates'];
	content.site = fill(content.site) as LocaleContent['site'];
}

function visitStrings(value: unknown, path: PropertyKey[], visit: (text: string, path: PropertyKey[]) => void): void {
	if (typeof value === 'string') visit(value, path);
	else if (Array.isArray(value)) value.forEach((item, i) => visitStrings(item, [...path, i], visit));
	else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visitStrings(item, [...path, key], visit);
}
