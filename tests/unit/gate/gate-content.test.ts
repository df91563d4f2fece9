import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPlaybook } from '../../../src/lib/content/load-playbook';
import { loadGateConfig } from '../../../src/gate/config';
import { ruleIds } from '../../../src/gate/rules';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const roots: string[] = [];
afterEach(() => {
	for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of content/ with one file changed. */
function contentWith(file: string, change: (text: string) => string): string {
	const copy = mkdtempSync(join(tmpdir(), 'gate-content-'));
	roots.push(copy);
	cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true });
	const path = join(copy, 'content', file);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
	return copy;
}

describe('the words of the quality gate', () => {
	it('give every rule a title and a fix, and reuse the section headings of content/site', () => {
		const config = loadGateConfig();
		expect(Object.keys(config.rules)).toEqual([...ruleIds]);
		expect(config.wording['zh-cn']?.headings['next-step']).toBe('下一步');
		expect(config.wording.en?.headings.context).toBe('Client type and relationship context');
	});

	it('fail to load when a locale leaves a rule unexplained', () => {
		const copy = contentWith('quality-gate/zh-cn.yaml', (text) => text.replace(/ {4}- id: css-budget\n(?: {6}.*\n){3}/, ''));
		expect(() => loadPlaybook({ root: copy })).toThrow(
			/content\/quality-gate\/zh-cn\.yaml \(locale zh-cn\)\n {2}rules\.items: has no entry for the rule "css-budget"/,
		);
	});

	it('fail to load when the content names a rule the gate does not have', () => {
		const copy = contentWith('quality-gate/en.yaml', (text) => text.replace('- id: css-budget', '- id: css-weight'));
		expect(() => loadPlaybook({ root: copy })).toThrow(/rules\.items\[14\]\.id/);
	});
});
