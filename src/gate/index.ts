import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadGateConfig } from './config.ts';
import { writeJsonReport } from './reporters/json.ts';
import { textReport } from './reporters/text.ts';
import { runGate } from './run-gate.ts';

/**
 * The quality gate as part of `astro build`: once the site is built, every page is checked, the report
 * printed and written beside the build, and the build fails on any violation.
 */
export function qualityGate(): AstroIntegration {
	let root = '';
	let base = '/';
	return {
		name: 'client-playbook:quality-gate',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const config = loadGateConfig({ root, base });
				const result = runGate(fileURLToPath(dir), config);
				const report = textReport(result, config);
				const json = writeJsonReport(result, config);
				if (result.violations.length === 0) {
					logger.info(`\n${report}\nJSON report: ${json}`);
					return;
				}
				logger.error(`\n${report}\nJSON report: ${json}`);
				throw new QualityGateError(`The quality gate found ${result.violations.length} violations; see the report above.`);
			},
		},
	};
}

/** Fails the build with the gate's message only: the report above says what and where, a stack trace would not. */
class QualityGateError extends Error {
	override name = 'QualityGateError';
	constructor(message: string) {
		super(message);
		this.stack = `${this.name}: ${message}`;
	}
}
