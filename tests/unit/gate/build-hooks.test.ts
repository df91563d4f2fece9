import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { qualityGate } from '../../../src/gate/index.ts';
import { jsonReportPath } from '../../../src/gate/reporters/json.ts';
import { playbook } from '../../support/playbook';
import { siteCopy, stage, withoutSection } from './support';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

/** Runs the gate's two `astro:build:done` hooks on `dir` as `astro build` does, Starlight's hook between them. */
async function buildDone(dir: string, between: () => Promise<void> = async () => {}) {
	const logs: { level: string; message: string }[] = [];
	const log = (level: string) => (message: string) => logs.push({ level, message });
	const logger = { info: log('info'), warn: log('warn'), error: log('error') } as unknown as AstroIntegrationLogger;
	const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
	vi.spyOn(console, 'error').mockImplementation(() => {});
	const gate = qualityGate(playbook);
	const options = { dir: pathToFileURL(`${dir}/`), logger, pages: [], assets: new Map() } as unknown as Parameters<BuildDone>[0];
	await (gate.start.hooks['astro:build:done'] as BuildDone)(options);
	await between();
	await (gate.verdict.hooks['astro:build:done'] as BuildDone)(options);
	return { logs, exitCode: exit.mock.calls[0]?.[0] };
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('the quality gate in astro build', () => {
	it('passes a correct site, its report logged and its JSON written beside the site', async () => {
		const site = siteCopy();
		const { logs, exitCode } = await buildDone(site.dir);
		expect(exitCode).toBeUndefined();
		expect(logs.map((l) => l.level)).toEqual(['info']);
		expect(logs[0]!.message).toContain(`JSON report: ${jsonReportPath(site.dir)}`);
		expect(JSON.parse(readFileSync(jsonReportPath(site.dir), 'utf8')).violations).toEqual([]);
	});

	it('fails the build on a violation, naming the page and what is missing', async () => {
		const site = siteCopy().edit(stage, (html) => withoutSection(html, 'next-step'));
		const { logs, exitCode } = await buildDone(site.dir);
		expect(exitCode).toBe(1);
		expect(logs.map((l) => l.level)).toEqual(['error']);
		expect(logs[0]!.message).toContain('/lifecycle/pre-close/');
		expect(logs[0]!.message).toContain('Next step');
		const { violations } = JSON.parse(readFileSync(jsonReportPath(site.dir), 'utf8'));
		expect(violations.length).toBeGreaterThan(0);
		expect(console.error).toHaveBeenCalledWith(`\nThe quality gate found ${violations.length} violations; the build failed.`);
	});

	it('checks the pages while the hooks between its two run (Pagefind’s indexing)', async () => {
		const site = siteCopy();
		// The worker writes its JSON report when it has checked every page: it does so before the verdict asks.
		const { exitCode } = await buildDone(site.dir, async () => {
			const deadline = Date.now() + 20_000;
			while (!existsSync(jsonReportPath(site.dir)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
			expect(existsSync(jsonReportPath(site.dir))).toBe(true);
		});
		expect(exitCode).toBeUndefined();
	});
});
