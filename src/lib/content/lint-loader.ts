import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { LintSchema } from '../../schemas/lint';
import { ContentError } from './content-error';
import { readModel } from './read-model';

const file = 'content/quality-gate/lint.yaml';

/**
 * An Astro content loader for the word lists of content/quality-gate/lint.yaml: one entry, `lint`
 * (`getEntry('lint', 'lint')`), so components such as the templates' quality meter read the same lists
 * as the quality gate, validated by the same schema.
 */
export function lintLoader(): Loader {
	return {
		name: 'client-playbook:lint',
		load: async (context) => {
			const { store, config, watcher } = context;
			const root = fileURLToPath(config.root);
			store.clear();
			const result = readModel(LintSchema, `${root}${file}`, file, 'all');
			if (!result.ok) throw new ContentError(result.issues);
			const data = await context.parseData({ id: 'lint', data: result.data, filePath: file });
			store.set({ id: 'lint', data, digest: context.generateDigest(data), filePath: file });
			watcher?.add(`${root}${file}`);
		},
	};
}
