/** One problem found in the content, located precisely enough for an editor to fix it. */
export interface ContentIssue {
	/** Path of the file relative to the project, e.g. `content/lifecycle/zh-cn.yaml`. */
	file: string;
	/** Locale id of the file, e.g. `zh-cn`. */
	locale: string;
	/** Dotted path to the field, e.g. `stages[1].focus[0].text`; empty for the whole file. */
	path: string;
	/** What is wrong. */
	message: string;
	/** What to do about it. */
	fix: string;
}

/** Thrown when content cannot be loaded; its message lists every issue, grouped by file. */
export class ContentError extends Error {
	readonly issues: readonly ContentIssue[];

	constructor(issues: readonly ContentIssue[]) {
		super(formatIssues(issues));
		this.name = 'ContentError';
		this.issues = issues;
		// The message says everything; a stack trace into the loader would only distract an editor.
		this.stack = `${this.name}: ${this.message}`;
	}
}

export function formatIssues(issues: readonly ContentIssue[]): string {
	const byFile = Map.groupBy(issues, (issue) => `${issue.file} (locale ${issue.locale})`);
	const blocks = [...byFile].map(([header, fileIssues]) =>
		[
			`${header}`,
			...fileIssues.map(
				(issue) => `  ${issue.path || '(file)'}: ${issue.message}\n    Fix: ${issue.fix}`,
			),
		].join('\n'),
	);
	const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
	return `The playbook content has ${count}:\n\n${blocks.join('\n\n')}\n`;
}

/** Formats a zod-style path (`['stages', 1, 'focus']`) as `stages[1].focus`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
		.join('');
}
