/**
 * Whether a next step says when: a date, a weekday or a limit someone can be held to. Pure; used by the templates'
 * quality meter (src/lib/templates/quality.ts) as people type. What counts is the locale's data, not code: the
 * `when` patterns of src/wording/<code>/words.yaml and the playbook's own, compiled by {@link compileMeterWords}.
 */
export function namesDate(text: string, patterns: readonly RegExp[]): boolean {
	return patterns.some((pattern) => pattern.test(text));
}
