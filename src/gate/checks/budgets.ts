import type { Check } from '../check.ts';
import { registrationBudget } from '../page-profiles.ts';
import type { Finding } from '../rules.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Each page type's own JavaScript and CSS, beyond Starlight's, stays within its budget (DESIGN.md); the
 * service worker registration is counted apart, against its own limit, on every page.
 */
export const budgets: Check = ({ pages, weights }) =>
	pages.flatMap(({ page, profile }): Finding[] => {
		const weight = weights.get(page.path);
		if (!weight) return [];
		const own = (['js', 'css'] as const).flatMap((type): Finding[] => {
			const limit = profile.budget[type];
			if (weight[type] <= limit) return [];
			const assets = weight.own
				.filter((a) => a.type === type && !a.registration)
				.map((a) => `${a.name} (${kb(a.bytes)})`)
				.join(', ');
			const what = type === 'js' ? 'JavaScript' : 'CSS';
			return [
				{
					rule: type === 'js' ? 'js-budget' : 'css-budget',
					page: page.path,
					message: `Ships ${kb(weight[type])} gzip of its own ${what}; a ${profile.id} page may ship ${limit === 0 ? 'none' : kb(limit)}: ${assets}.`,
				},
			];
		});
		return [...registration(page.path, weight.registration), ...own];
	});

function registration(page: string, bytes: number): Finding[] {
	if (bytes <= registrationBudget) return [];
	const message = `Ships a service worker registration of ${kb(bytes)} gzip; it may take ${kb(registrationBudget)}: keep it to registering the worker.`;
	return [{ rule: 'js-budget', page, message }];
}
