/** One problem found in a playbook folder, located precisely enough for an editor to fix it alone. */
export interface ContentIssue {
	/** Path of the file as the editor sees it, e.g. `content/zh-cn/models/lifecycle.yaml`. */
	file: string;
	/** 1-based line and column of the value (or of its parent when the value is missing). */
	line?: number | undefined;
	column?: number | undefined;
	/** Locale code of the file, when the file belongs to one. */
	locale?: string | undefined;
	/** Where in the file, with item names: `stages[1] (onboarding).purpose`; empty for the whole file. */
	path: string;
	/** What is wrong. */
	message: string;
	/** What to do about it. */
	fix: string;
	/**
	 * `cause` problems (unreadable files, wrong values) are listed before `consequence` problems they may
	 * cause elsewhere (a reference to an item of a broken file). Default `cause`.
	 */
	order?: 'cause' | 'consequence';
}

/**
 * Thrown when a playbook cannot be built; its message lists every issue, causes first, grouped by file.
 * It has no stack trace: the message says what and where, the loader's internals would not help an editor.
 */
export class ContentError extends Error {
	readonly issues: readonly ContentIssue[];

	constructor(issues: readonly ContentIssue[], heading = 'The playbook content has') {
		super(formatIssues(issues, heading));
		this.name = 'ContentError';
		this.issues = issues;
		this.stack = this.message;
	}
}

const location = (issue: ContentIssue) =>
	`${issue.file}${issue.line ? `:${issue.line}${issue.column ? `:${issue.column}` : ''}` : ''}${issue.locale ? ` (locale ${issue.locale})` : ''}`;

/**
 * The issues as an editor reads them: a count, then per issue its `file:line:column (locale)` (a link in most
 * terminals and editors), the path and what is wrong, then `Fix:`. Causes come before their consequences.
 */
export function formatIssues(issues: readonly ContentIssue[], heading = 'The playbook content has'): string {
	const sorted = [...issues].sort(
		(a, b) =>
			Number(a.order === 'consequence') - Number(b.order === 'consequence') ||
			a.file.localeCompare(b.file) ||
			(a.line ?? 0) - (b.line ?? 0),
	);
	const blocks = sorted.map((issue) => `${location(issue)}\n  ${issue.path ? `${issue.path}: ` : ''}${issue.message}\n    Fix: ${issue.fix}`);
	const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
	return `${heading} ${count}:\n\n${blocks.join('\n\n')}\n`;
}

/**
 * A path into content data as editors read it: keys joined by dots, list positions in brackets followed by
 * the item's id or name, e.g. `stages[1] (onboarding).purpose`. `data` is the file's data, to find the names.
 */
export function formatPath(path: readonly PropertyKey[], data?: unknown): string {
	let node = data;
	let out = '';
	path.forEach((key, index) => {
		if (typeof key === 'number') {
			out += `[${key}]`;
			const item: unknown = Array.isArray(node) ? node[key] : undefined;
			const name = nameOf(item);
			if (name) out += ` (${name})`;
		} else out += `${index === 0 ? '' : '.'}${String(key)}`;
		node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
	});
	return out;
}

function nameOf(item: unknown): string | undefined {
	if (item === null || typeof item !== 'object') return undefined;
	const record = item as Record<string, unknown>;
	for (const key of ['id', 'name', 'word', 'term', 'key']) if (typeof record[key] === 'string') return record[key];
	return undefined;
}

/** The closest of `candidates` to `word` (a typo away), for "did you mean …?"; undefined when none is close. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
		if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
	}
	return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++)
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length]!;
}
