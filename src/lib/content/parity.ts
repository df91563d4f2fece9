import { type ContentIssue, formatPath } from './content-error';

/**
 * Compares one locale's model with the reference locale's: the same fields, the same number of items
 * in every list and the same ids in the same order. Text may differ; structure may not.
 */
export function compareLocales(
	reference: unknown,
	other: unknown,
	where: { file: string; locale: string; referenceFile: string; referenceLocale: string },
): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const add = (path: PropertyKey[], message: string, fix: string) =>
		issues.push({ file: where.file, locale: where.locale, path: formatPath(path), message, fix });

	const walk = (a: unknown, b: unknown, path: PropertyKey[]): void => {
		if (Array.isArray(a) && Array.isArray(b)) {
			if (referenceFields.has(String(path.at(-1)))) {
				if (JSON.stringify(a) !== JSON.stringify(b))
					add(path, `is ${JSON.stringify(b)} but ${JSON.stringify(a)} in ${where.referenceFile}`, 'use the same ids in every locale; only text is translated');
				return;
			}
			const idsA = a.map(idOf);
			const idsB = b.map(idOf);
			for (const id of idsA) {
				if (id !== undefined && !idsB.includes(id))
					add(path, `has no item with id "${id}", which ${where.referenceFile} has`, `add the ${where.locale} translation of "${id}" to this list`);
			}
			for (const id of idsB) {
				if (id !== undefined && !idsA.includes(id))
					add(path, `has an item with id "${id}" that ${where.referenceFile} does not have`, `add "${id}" to ${where.referenceFile} too, or remove it here`);
			}
			if (a.length !== b.length) {
				add(path, `has ${b.length} items where ${where.referenceFile} has ${a.length}`, `make both locales list the same items, in the same order`);
				return;
			}
			if (idsA.join('\u0000') !== idsB.join('\u0000') && idsA.every((id) => idsB.includes(id))) {
				add(path, `lists the ids in a different order (${idsB.join(', ')}) than ${where.referenceFile} (${idsA.join(', ')})`, 'put the items in the same order in every locale');
				return;
			}
			a.forEach((item, index) => walk(item, b[index], [...path, index]));
			return;
		}
		if (isRecord(a) && isRecord(b)) {
			for (const key of Object.keys(a)) {
				if (key in b) walk(a[key], b[key], [...path, key]);
			}
			return;
		}
		// Ids, keys and references must match exactly; text is translated.
		if (identityFields.has(String(path.at(-1))) && a !== b) {
			add(path, `is "${String(b)}" but "${String(a)}" in ${where.referenceFile}`, 'use the same value in every locale; only text is translated');
		}
	};
	walk(reference, other, []);
	return issues;
}

const idOf = (item: unknown): string | undefined =>
	isRecord(item) && typeof item['id'] === 'string' ? item['id'] : undefined;

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fields that identify or point, and so must be equal in every locale. */
const identityFields = new Set(['id', 'key', 'link', 'page', 'number', 'from', 'kind', 'control', 'options', 'top_count']);
/** Lists of ids (`patterns: [a, b]`), compared whole. */
const referenceFields = new Set(['patterns', 'responses', 'covers']);
