import { renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GateConfig } from '../config.ts';
import type { GateResult } from '../run-gate.ts';

/** Beside the build, not in it: the report is for the team, not for the published site or its search. */
export const jsonReportPath = (dir: string) => join(dirname(dir.replace(/[\\/]+$/, '')), 'quality-report.json');

/** The whole result as data, each finding with its rule's title and fix. */
export function jsonReport(result: GateResult, config: GateConfig) {
	const withRule = (finding: GateResult['violations'][number]) => ({
		...finding,
		title: config.rules[finding.rule].title,
		fix: config.rules[finding.rule].fix,
	});
	return {
		ok: result.violations.length === 0,
		summary: {
			pages: result.pages.length,
			violations: result.violations.length,
			allowed: result.allowed.length,
			exceptions: result.exceptions.length,
			durationMs: Math.round(result.durationMs),
		},
		pages: result.pages,
		exceptions: result.exceptions,
		violations: result.violations.map(withRule),
		allowed: result.allowed.map(withRule),
	};
}

export function writeJsonReport(result: GateResult, config: GateConfig, path = jsonReportPath(result.dir)): string {
	// Written whole or not at all: the build may end while the gate's worker thread writes it.
	writeFileSync(`${path}.partial`, `${JSON.stringify(jsonReport(result, config), null, '\t')}\n`);
	renameSync(`${path}.partial`, path);
	return path;
}
