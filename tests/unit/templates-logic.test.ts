import { describe, expect, it } from 'vitest';
import type { TemplateDef, Values } from '../../src/lib/templates/definition';
import { rankResponses, rate } from '../../src/lib/templates/risk';
import { templateOf } from '../support/playbook';

const template = (id: string): TemplateDef => templateOf('en', id);

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
		// Responses are named by their reference into the failure-patterns model.
		expect(ranked.map((r) => [r.id, r.weight])).toEqual([
			['failure-patterns/responses/client-visible-value', 9],
			['failure-patterns/responses/reclarify-goals', 7.5],
			['failure-patterns/responses/boundaries-change-process', 1.5],
		]);
		expect(ranked[1]!.answers.map((p) => p.id)).toEqual(['output-over-outcome', 'scope-misunderstood']);
	});
});
