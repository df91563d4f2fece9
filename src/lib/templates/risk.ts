import { type AssessmentDef, type PatternDef, ratingIds, type Values } from './definition.ts';

/** A failure pattern the user rated: likelihood and impact 1-3, score their product (1-9). */
export interface Rated {
	pattern: PatternDef;
	likelihood: number;
	impact: number;
	score: number;
}

const level = (value: string | undefined): number => (value === '1' || value === '2' || value === '3' ? Number(value) : 0);

/**
 * The rated patterns, riskiest first: by score, then by impact (a likely nuisance matters less than an
 * unlikely disaster), then in the model's order. Patterns missing either rating are left out.
 */
export function rate(a: AssessmentDef, values: Values): Rated[] {
	return a.patterns
		.map((pattern) => {
			const [l, i] = ratingIds(pattern.id);
			const likelihood = level(values[l]);
			const impact = level(values[i]);
			return { pattern, likelihood, impact, score: likelihood * impact };
		})
		.filter((r) => r.score > 0)
		.sort((x, y) => y.score - x.score || y.impact - x.impact);
}

/** A response to apply, with the rated patterns it answers. */
export interface RankedResponse {
	id: string;
	text: string;
	weight: number;
	answers: PatternDef[];
}

/**
 * The responses to apply first. Each rated pattern lends its score to the responses that answer it:
 * all of it to its most direct response, half to the others. Ties keep the model's order.
 */
export function rankResponses(a: AssessmentDef, rated: readonly Rated[]): RankedResponse[] {
	const byId = new Map<string, RankedResponse>();
	for (const id of Object.keys(a.responses)) byId.set(id, { id, text: a.responses[id] ?? id, weight: 0, answers: [] });
	for (const r of rated) {
		r.pattern.responses.forEach((id, index) => {
			const response = byId.get(id);
			if (!response) return;
			response.weight += index === 0 ? r.score : r.score / 2;
			response.answers.push(r.pattern);
		});
	}
	return [...byId.values()].filter((r) => r.weight > 0).sort((x, y) => y.weight - x.weight);
}
