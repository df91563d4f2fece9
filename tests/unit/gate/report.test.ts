import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonReport } from '../../../src/gate/reporters/json';
import { textReport } from '../../../src/gate/reporters/text';
import { clientConfig, siteCopy, stage, withoutSection } from './support';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const config = clientConfig();

describe('the quality report', () => {
	it('shows one row per page with ✓, ✗ or n/a for each quality item, then each violation with its fix', () => {
		const result = siteCopy()
			.edit(stage, (html) => withoutSection(html, 'next-step'))
			.check();
		const report = textReport(result, config);
		const lines = report.split('\n');
		// One column per item of the playbook's quality check, numbered in the check's order, with a legend.
		expect(lines[0]).toBe('Quality check: 1 context · 2 success · 3 scope · 4 roles · 5 risks · 6 recommendations · 7 next-step');
		expect(lines[2]?.split(/\s+/)).toEqual(['page', 'type', '1', '2', '3', '4', '5', '6', '7', 'other']);
		expect(lines.find((l) => l.startsWith('/lifecycle/pre-close/'))?.split(/\s+/)).toEqual([
			'/lifecycle/pre-close/',
			'stage',
			'✓',
			'✓',
			'✓',
			'✓',
			'✓',
			'✓',
			'✗',
			'✓',
		]);
		expect(lines.find((l) => l.startsWith('/boundaries/'))?.split(/\s+/)).toEqual([
			'/boundaries/',
			'content',
			'n/a',
			'n/a',
			'n/a',
			'n/a',
			'n/a',
			'n/a',
			'✓',
			'✓',
		]);
		expect(report).toMatch(/^\/404\.html +skipped: /m);
		expect(report).toMatch(/^\/zh-cn\/404\/ +skipped: /m);
		expect(report).toContain(
			[
				'✗ /lifecycle/pre-close/',
				'  rule:  next-step-missing — No next step',
				'  wrong: No section headed “Next step”: the page must end with one concrete next step.',
				`  fix:   ${config.rules['next-step-missing'].fix}`,
			].join('\n'),
		);
	});

	it('gives the same result as data, each finding with its title and fix', () => {
		const result = siteCopy()
			.edit(stage, (html) => withoutSection(html, 'next-step'))
			.check();
		const json = jsonReport(result, config);
		expect(json.ok).toBe(false);
		// The Chinese page still has its next step: the two versions now differ, too.
		expect(json.summary).toMatchObject({ pages: 4, violations: 2, exceptions: 2 });
		expect(json.violations).toEqual([
			expect.objectContaining({
				page: '/lifecycle/pre-close/',
				rule: 'next-step-missing',
				item: 'next-step',
				title: 'No next step',
				fix: config.rules['next-step-missing'].fix,
			}),
			expect.objectContaining({
				page: '/zh-cn/lifecycle/pre-close/',
				rule: 'locale-section-mismatch',
				title: 'The languages have different sections',
			}),
		]);
	});
});

describe('npm run check:quality', () => {
	const run = (dir: string) => spawnSync(process.execPath, [join(root, 'scripts/check-quality.ts'), dir], { cwd: root, encoding: 'utf8' });

	it('exits 0 on a correct site and writes the JSON report beside it', () => {
		const site = siteCopy();
		const { status, stdout } = run(site.dir);
		expect(stdout).toContain('✓ 4 pages checked, 0 with violations, 0 violations, 2 skipped');
		expect(status).toBe(0);
		const report = `${site.dir.replace(/\/$/, '')}/../quality-report.json`;
		expect(existsSync(report)).toBe(true);
		expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ ok: true });
	});

	it('exits 1 and prints the violations when a page breaks a rule', () => {
		const site = siteCopy().edit(stage, (html) => html.replace('<li>Expectation setting</li>', '<li>Expectation setting, ASAP</li>'));
		const { status, stdout } = run(site.dir);
		expect(stdout).toContain('rule:  vague-language — Vague wording');
		expect(status).toBe(1);
	});

	it('exits 2 with a clear message when there is no built site', () => {
		const { status, stderr } = run('/no/such/dir');
		expect(stderr).toContain('The quality gate could not run on /no/such/dir');
		expect(status).toBe(2);
	});
});
