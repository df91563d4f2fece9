/**
 * The quality gate in a worker thread (index.ts `qualityGate`): checks the built site in `workerData.dir`
 * against `workerData.config`, writes the JSON report beside it and posts a `GateOutcome` back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { GateConfig } from './config.ts';
import { writeJsonReport } from './reporters/json.ts';
import { textReport } from './reporters/text.ts';
import { runGate } from './run-gate.ts';

/** What the worker is given: the built site's directory (a path) and the gate's configuration. */
export interface GateJob {
	dir: string;
	config: GateConfig;
}

/** What the worker answers: the number of violations, the text report and the JSON report's path. */
export interface GateOutcome {
	violations: number;
	report: string;
	json: string;
}

const { dir, config } = workerData as GateJob;
const result = runGate(dir, config);
const outcome: GateOutcome = {
	violations: result.violations.length,
	report: textReport(result, config),
	json: writeJsonReport(result, config),
};
parentPort!.postMessage(outcome);
