import type { GateConfig } from './config.ts';
import { writeJsonReport } from './reporters/json.ts';
import { textReport } from './reporters/text.ts';
import { runGate } from './run-gate.ts';

/** What checking a built site needs: its directory (a path) and the gate's configuration (config.ts `gateConfig`). */
export interface GateJob {
	dir: string;
	config: GateConfig;
}

/** A check's verdict: the number of violations, the text report and the path of the JSON report written beside the site. */
export interface GateOutcome {
	violations: number;
	report: string;
	json: string;
	/** Whether a link was found leading to no file: it may lead to one that a later build step writes. */
	brokenLinks: boolean;
}

/** Checks every page of the built site (run-gate.ts), writes the JSON report and returns the verdict. */
export function checkSite({ dir, config }: GateJob): GateOutcome {
	const result = runGate(dir, config);
	return {
		violations: result.violations.length,
		report: textReport(result, config),
		json: writeJsonReport(result, config),
		brokenLinks: result.violations.some((f) => f.rule === 'broken-link'),
	};
}
