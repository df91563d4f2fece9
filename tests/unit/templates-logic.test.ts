import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPlaybook } from '../../src/lib/content/load-playbook';
import { contentLocales } from '../../src/locales';
import type { TemplateDef, Values } from '../../src/lib/templates/definition';
import { coverage, hasNextStep } from '../../src/lib/templates/quality';
import { rankResponses, rate } from '../../src/lib/templates/risk';
import { resolveTemplate } from '../../src/lib/templates/resolve';

const playbook = loadPlaybook({ root: fileURLToPath(new URL('../../', import.meta.url)) });
const [en] = contentLocales();
const template = (id: string): TemplateDef => {
	const models = playbook.byLocale[en!.id]!;
	return resolveTemplate(
		models,
		models.templates.templates.find((x) => x.id === id)!,
		en!,
	);
};

describe('risk self-assessment', () => {
	const a = template('risk-audit').assessment!;
	const rated = (ratings: Record<string, [number, number]>): Values =>
		Object.fromEntries(
			Object.entries(ratings).flatMap(([id, [l, i]]) => [
				[`${id}.likelihood`, String(l)],
				[`${id}.impact`, String(i)],
			]),
		);

	it('ranks rated patterns by score, then impact, and leaves half-rated ones out', () => {
		const values = rated({ 'vague-rhythm': [3, 1], 'scope-misunderstood': [1, 3], 'output-over-outcome': [3, 3] });
		values['informal-customization.likelihood'] = '3';
		expect(rate(a, values).map((r) => [r.pattern.id, r.score])).toEqual([
			['output-over-outcome', 9],
			['scope-misunderstood', 3],
			['vague-rhythm', 3],
		]);
	});

	it('ignores ratings outside 1 to 3', () => {
		expect(rate(a, { 'vague-rhythm.likelihood': '7', 'vague-rhythm.impact': '2' })).toEqual([]);
	});

	it('puts first the response that answers the riskiest patterns most directly', () => {
		// Output over outcome (9) is answered first by client-visible value; scope (3) by re-clarifying goals.
		const ranked = rankResponses(a, rate(a, rated({ 'output-over-outcome': [3, 3], 'scope-misunderstood': [1, 3] })));
		expect(ranked.map((r) => [r.id, r.weight])).toEqual([
			['client-visible-value', 9],
			['reclarify-goals', 7.5],
			['boundaries-change-process', 1.5],
		]);
		expect(ranked[1]!.answers.map((p) => p.id)).toEqual(['output-over-outcome', 'scope-misunderstood']);
	});
});

describe('quality meter', () => {
	const def = template('status-update');

	it('marks an item covered once a field mapped to it is filled, and the rest missing or not applicable', () => {
		const states = Object.fromEntries(coverage(def, { 'what-happened': 'Shipped' }).map((c) => [c.id, c.state]));
		expect(states).toEqual({
			context: 'covered',
			success: 'missing',
			scope: 'missing',
			roles: 'missing',
			risks: 'missing',
			recommendations: 'na',
			'next-step': 'missing',
		});
	});

	it('counts a rated pattern as covering risks and recommendations in the risk audit', () => {
		const audit = template('risk-audit');
		const states = Object.fromEntries(
			coverage(audit, { 'vague-rhythm.likelihood': '2', 'vague-rhythm.impact': '2' }).map((c) => [c.id, c.state]),
		);
		expect(states['risks']).toBe('covered');
		expect(states['recommendations']).toBe('covered');
	});

	it('sees no concrete next step in an empty or punctuation-only field', () => {
		expect(hasNextStep(def, {})).toBe(false);
		expect(hasNextStep(def, { 'what-is-next': ' -- ' })).toBe(false);
		expect(hasNextStep(def, { 'what-is-next': '周五发报价' })).toBe(true);
	});
});
