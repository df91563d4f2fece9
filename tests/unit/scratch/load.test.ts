import { it } from 'vitest';
import { loadPlaybook } from '../../../src/lib/content/load-playbook';
it('loads', () => {
	try {
		const { playbook, links } = loadPlaybook({ dir: process.env['DIR'] ?? 'content' });
		console.log(Object.keys(playbook.byLocale), links.length, playbook.quality);
	} catch (e) {
		console.log((e as Error).message);
	}
});
