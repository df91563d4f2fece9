import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { Playbook } from '../lib/content/playbook.ts';
import { gateConfig } from './config.ts';
import { checkSite, type GateJob, type GateOutcome } from './outcome.ts';

/**
 * The quality gate as part of `astro build`, as two integrations: once the site is built, every page is
 * checked against the playbook's quality check, the report printed and written beside the build, and the
 * build fails on any violation (a draft build reports them only).
 *
 * `start` goes before Starlight in the integrations: when the pages are written (`astro:build:done`) it
 * starts the check in a worker thread (gate-worker.ts) and returns, so the check runs while Starlight's
 * steps run: Pagefind indexing the same pages, the sitemap, the links validator, the service worker,
 * llms.txt. `verdict` goes last: it waits for the worker and reports. Since those steps write files while
 * the pages are checked, a link found leading to no file sends the verdict to check the site again, once
 * they are all written. Throws (the build fails with Astro's error) if the worker itself fails: a bug, not
 * a finding; or if `verdict` runs without `start`.
 */
export function qualityGate(playbook: Playbook): { start: AstroIntegration; verdict: AstroIntegration } {
	let base = '/';
	let job: GateJob | undefined;
	let running: Promise<GateOutcome> | undefined;
	const start: AstroIntegration = {
		name: 'client-playbook:quality-gate-start',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir }) => {
				job = { dir: fileURLToPath(dir), config: gateConfig(playbook, base) };
				running = checkInWorker(job);
			},
		},
	};
	const verdict: AstroIntegration = {
		name: 'client-playbook:quality-gate',
		hooks: {
			'astro:build:done': async ({ logger }) => {
				if (!running || !job) throw new Error('The quality gate did not start: its first integration must come before Starlight.');
				let outcome = await running;
				if (outcome.brokenLinks) outcome = checkSite(job);
				const { violations, report, json } = outcome;
				if (violations === 0) {
					logger.info(`\n${report}\nJSON report: ${json}`);
					return;
				}
				if (playbook.draft) {
					// A draft build is for reviewing the site while its prose is written: report, do not fail.
					logger.warn(`\n${report}\nJSON report: ${json}\nDraft build (PLAYBOOK_DRAFT=1): ${violations} violations reported, not failed.`);
					return;
				}
				logger.error(`\n${report}\nJSON report: ${json}`);
				// The report says what and where: end the build with its verdict, not Astro's wrapping of a thrown error.
				console.error(`\nThe quality gate found ${violations} violation${violations === 1 ? '' : 's'}; the build failed.`);
				process.exit(1);
			},
		},
	};
	return { start, verdict };
}

/**
 * Checks the site of `job` in a worker thread (gate-worker.ts) and resolves with its outcome. Rejects with the
 * worker's own error if it throws, or if it exits before it reports. The promise waits unawaited until `verdict`:
 * its rejection is marked handled until then, so a failure surfaces there and does not end the process on its own.
 */
function checkInWorker(job: GateJob): Promise<GateOutcome> {
	const worker = new Worker(new URL('./gate-worker.ts', import.meta.url), { workerData: job });
	const outcome = new Promise<GateOutcome>((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`The quality gate's worker stopped (exit code ${code}) before it reported.`)));
	});
	outcome.catch(() => {});
	return outcome;
}
