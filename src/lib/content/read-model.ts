import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { type ContentIssue, formatPath } from './content-error.ts';

export type ReadResult<T> = { ok: true; data: T } | { ok: false; issues: ContentIssue[] };

/** Reads one model file of one locale and validates it against its schema. */
export function readModel<S extends z.ZodType>(
	schema: S,
	absolutePath: string,
	file: string,
	locale: string,
): ReadResult<z.output<S>> {
	const at = (path: string, message: string, fix: string): ContentIssue => ({ file, locale, path, message, fix });

	let source: string;
	try {
		source = readFileSync(absolutePath, 'utf8');
	} catch {
		return {
			ok: false,
			issues: [at('', 'the file is missing', `create ${file}: every model needs one file per locale, with the same ids as the other locales`)],
		};
	}

	const document = parseDocument(source, { prettyErrors: true });
	if (document.errors.length > 0) {
		return {
			ok: false,
			issues: document.errors.map((error) =>
				at('', `is not valid YAML: ${error.message.split('\n')[0]}`, 'correct the YAML syntax at that line (check indentation and quote text containing ": ")'),
			),
		};
	}

	const result = schema.safeParse(document.toJS());
	if (result.success) return { ok: true, data: result.data };
	return {
		ok: false,
		issues: result.error.issues.map((issue) => at(formatPath(issue.path), describe(issue), fixFor(issue))),
	};
}

function describe(issue: z.core.$ZodIssue): string {
	if (issue.code === 'invalid_type' && issue.input === undefined) return 'is missing';
	if (issue.code === 'unrecognized_keys') return `has unknown field(s) ${issue.keys.join(', ')}`;
	return issue.message;
}

function fixFor(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined
				? `add this field (expected ${issue.expected}); see the schema in src/schemas and the same file in another locale`
				: `give it a ${issue.expected} value, like the same field in the other locale`;
		case 'too_small':
			return 'fill it in; an empty field would leave a hole in the page';
		case 'invalid_format':
			return 'change the value to the expected format';
		case 'unrecognized_keys':
			return 'remove or rename the field; check its spelling against src/schemas';
		default:
			return 'change the value so that it matches the schema in src/schemas';
	}
}
