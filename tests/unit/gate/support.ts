import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { type GateConfig, gateConfig } from '../../../src/gate/config';
import type { RuleId } from '../../../src/gate/rules';
import { type GateResult, runGate } from '../../../src/gate/run-gate';
import { playbook } from '../../support/playbook';

/** The gate's configuration for the client playbook, as the build makes it: a fresh copy each call, for a test to change. */
export const clientConfig = (): GateConfig => gateConfig(playbook);

export const fixture = (scenario: string) => fileURLToPath(new URL(`../../fixtures/${scenario}/`, import.meta.url));

const copies: string[] = [];
afterEach(() => {
	for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of a fixture site that a test may break, file by file. */
export function siteCopy(scenario = 'gate-site') {
	// The site goes one level down, so that the report written beside it stays in the temporary folder.
	const parent = mkdtempSync(join(tmpdir(), 'gate-'));
	copies.push(parent);
	const dir = join(parent, 'dist');
	cpSync(fixture(scenario), dir, { recursive: true });
	const site = {
		dir,
		/** Rewrites a page: `edit('lifecycle/pre-close/index.html', (html) => …)`. */
		edit(file: string, change: (html: string) => string) {
			const path = join(dir, file);
			const before = readFileSync(path, 'utf8');
			const after = change(before);
			if (after === before) throw new Error(`The edit of ${file} changed nothing: the fixture no longer has what the test breaks.`);
			writeFileSync(path, after);
			return site;
		},
		write(file: string, content: string | Buffer) {
			mkdirSync(dirname(join(dir, file)), { recursive: true });
			writeFileSync(join(dir, file), content);
			return site;
		},
		remove(file: string) {
			rmSync(join(dir, file), { recursive: true });
			return site;
		},
		check(config: GateConfig = clientConfig()): GateResult {
			return runGate(dir, config);
		},
	};
	return site;
}

/** The violations of one rule, as `page: message` lines that read well in a failed assertion. */
export const violationsOf = (result: GateResult, rule: RuleId) =>
	result.violations.filter((f) => f.rule === rule).map((f) => `${f.page}: ${f.message}`);

/** Removes a section of a built Starlight page: its heading wrapper and everything up to the next h2. */
export function withoutSection(html: string, id: string): string {
	const start = html.indexOf(`<div class="sl-heading-wrapper level-h2"><h2 id="${id}">`);
	if (start === -1) return html;
	const next = html.indexOf('<div class="sl-heading-wrapper level-h2">', start + 1);
	const end = next === -1 ? html.indexOf('</div></div></div></main>') : next;
	return html.slice(0, start) + html.slice(end);
}

export const stage = 'lifecycle/pre-close/index.html';
export const zhStage = 'zh-cn/lifecycle/pre-close/index.html';
