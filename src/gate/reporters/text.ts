import type { GateConfig } from '../config.ts';
import type { GateResult, ItemStatus } from '../run-gate.ts';

const mark: Record<ItemStatus, string> = { pass: '✓', fail: '✗', 'n/a': 'n/a' };

/** Characters a string takes in a monospace terminal: CJK characters take two. */
const width = (text: string) =>
	[...text].reduce(
		(w, c) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1),
		0,
	);
const pad = (text: string, size: number) => text + ' '.repeat(Math.max(0, size - width(text)));

/**
 * The report for a terminal: one row per page and one column per quality item (✓ / ✗ / n/a), then
 * each violation as page, rule, what is wrong and how to fix it.
 */
export function textReport(result: GateResult, config: GateConfig): string {
	const lines: string[] = [];
	// One column per item of the playbook's quality check, numbered (a legend names them), then every other rule.
	const columns = [...config.quality.ids.map((_, i) => `${i + 1}`.padEnd(3)), 'other'];
	const pathWidth = Math.max(4, ...result.pages.map((p) => width(p.path)), ...result.exceptions.map((e) => width(e.path)));
	const typeWidth = Math.max(4, ...result.pages.map((p) => p.profile.length));
	const row = (cells: string[]) =>
		cells
			.map((cell, i) => pad(cell, i === 0 ? pathWidth : i === 1 ? typeWidth : columns[i - 2]!.length))
			.join('  ')
			.trimEnd();

	lines.push(`Quality check: ${config.quality.ids.map((id, i) => `${i + 1} ${id}`).join(' · ')}`, '');
	lines.push(row(['page', 'type', ...columns]));
	lines.push(row(['─'.repeat(pathWidth), '─'.repeat(typeWidth), ...columns.map((c) => '─'.repeat(c.length))]));
	for (const page of result.pages) {
		const other = page.otherViolations === 0 ? '✓' : `✗ ${page.otherViolations}`;
		lines.push(row([page.path, page.profile, ...config.quality.ids.map((item) => mark[page.items[item] ?? 'n/a']), other]));
	}
	for (const exception of result.exceptions) lines.push(`${pad(exception.path, pathWidth)}  skipped: ${exception.reason}`);

	if (result.allowed.length > 0) {
		lines.push('', `Allowed on purpose (${result.allowed.length}):`);
		for (const finding of result.allowed) lines.push(`  ${finding.page}  ${finding.rule}: ${finding.message} — ${finding.allowed}`);
	}

	if (result.violations.length > 0) {
		lines.push('', `Violations (${result.violations.length}):`);
		for (const finding of result.violations) {
			const rule = config.rules[finding.rule];
			lines.push(
				'',
				`✗ ${finding.page}`,
				`  rule:  ${finding.rule} — ${rule.title}`,
				`  wrong: ${finding.message}`,
				`  fix:   ${rule.fix}`,
			);
		}
		lines.push('', 'Every rule is explained on /quality/.');
	}

	const failed = new Set(result.violations.map((f) => f.page)).size;
	lines.push(
		'',
		`${result.violations.length === 0 ? '✓' : '✗'} ${result.pages.length} pages checked, ${failed} with violations, ${result.violations.length} violations, ${result.exceptions.length} skipped (${result.durationMs.toFixed(0)} ms).`,
	);
	return lines.join('\n');
}
