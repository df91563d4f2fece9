/**
 * Runs the quality gate on a built site: `npm run check:quality -- [dir] [--base=/path/]`, for the playbook
 * folder in `PLAYBOOK_DIR` (default `content/`). Prints the report, writes quality-report.json beside the
 * directory and exits 1 on any violation.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gateConfig } from '../src/gate/config.ts';
import { writeJsonReport } from '../src/gate/reporters/json.ts';
import { textReport } from '../src/gate/reporters/text.ts';
import { runGate } from '../src/gate/run-gate.ts';
import { ContentError } from '../src/lib/content/content-error.ts';
import { loadPlaybook } from '../src/lib/content/load-playbook.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { base: { type: 'string', default: '/' } } });
const dir = resolve(positionals[0] ?? 'dist');

try {
	const config = gateConfig(loadPlaybook().playbook, values.base);
	const result = runGate(dir, config);
	console.log(textReport(result, config));
	console.log(`JSON report: ${writeJsonReport(result, config)}`);
	process.exitCode = result.violations.length === 0 || config.draft ? 0 : 1;
} catch (error) {
	console.error(
		error instanceof ContentError
			? error.message
			: `The quality gate could not run on ${dir}: ${error instanceof Error ? error.message : String(error)}`,
	);
	process.exitCode = 2;
}
