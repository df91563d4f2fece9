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

	it('checks a link again once the steps between its two hooks have written their files', async () => {
		const linked = () =>
			siteCopy().edit(stage, (html) => html.replace('<h2 id="next-step">', '<p><a href="/late-file.txt">late</a></p><h2 id="next-step">'));
		// A file a later step writes (as Pagefind, the sitemap or llms.txt do) is not yet there when the worker reads the page.
		const later = linked();
		const written = await buildDone(later.dir, async () => {
			// Once the worker has written its report, it has checked every page: the file comes after.
			const deadline = Date.now() + 20_000;
			while (!existsSync(jsonReportPath(later.dir)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
			later.write('late-file.txt', 'written by a later step');
		});
		expect(written.exitCode).toBeUndefined();
		// Still missing when every step is done: a broken link.
		const missing = await buildDone(linked().dir);
		expect(missing.exitCode).toBe(1);
		expect(missing.logs[0]!.message).toContain('“/late-file.txt” leads to no page of the built site.');
	});

	it('fails the build with the worker’s error when the check itself breaks, and without its first hook', async () => {
		await expect(buildDone('/nonexistent/gate-site')).rejects.toThrow(/ENOENT/);
		const gate = qualityGate(playbook);
		await expect((gate.verdict.hooks['astro:build:done'] as BuildDone)({} as Parameters<BuildDone>[0])).rejects.toThrow(
			'The quality gate did not start: its first integration must come before Starlight.',
		);
	});
});
