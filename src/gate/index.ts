import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Playbook } from '../lib/content/playbook.ts';
import { gateConfig } from './config.ts';
import { writeJsonReport } from './reporters/json.ts';
import { textReport } from './reporters/text.ts';
import { runGate } from './run-gate.ts';

/**
 * The quality gate as part of `astro build`: once the site is built, every page is checked against the
 * playbook's quality check, the report printed and written beside the build, and the build fails on any
 * violation (a draft build reports them only).
 */
export function qualityGate(playbook: Playbook): AstroIntegration {
	let base = '/';
	return {
		name: 'client-playbook:quality-gate',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const config = gateConfig(playbook, base);
				const result = runGate(fileURLToPath(dir), config);
				const report = textReport(result, config);
				const json = writeJsonReport(result, config);
				if (result.violations.length === 0) {
					logger.info(`\n${report}\nJSON report: ${json}`);
					return;
				}
				if (config.draft) {
					// A draft build is for reviewing the site while its prose is written: report, do not fail.
					logger.warn(
						`\n${report}\nJSON report: ${json}\nDraft build (PLAYBOOK_DRAFT=1): ${result.violations.length} violations reported, not failed.`,
					);
					return;
				}
				logger.error(`\n${report}\nJSON report: ${json}`);
				// The report says what and where: end the build with its verdict, not Astro's wrapping of a thrown error.
				console.error(
					`\nThe quality gate found ${result.violations.length} violation${result.violations.length === 1 ? '' : 's'}; the build failed.`,
				);
				process.exit(1);
			},
		},
	};
}
