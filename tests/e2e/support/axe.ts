import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The serious and critical axe-core violations of the whole page, each as `rule: selectors`; empty when there are none. */
export async function seriousViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ content: axeSource });
	return page.evaluate(async () => {
		// @ts-expect-error axe is injected above.
		const result = await window.axe.run(document, { resultTypes: ['violations'] });
		return result.violations
			.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
			.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	});
}
