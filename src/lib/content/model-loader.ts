import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { contentLocales } from '../../locales';
import { type ModelName, modelSchemas } from '../../schemas/models';
import { ContentError } from './content-error';
import { readModel } from './read-model';

/**
 * An Astro content loader for one model: one entry per locale, with the locale id as entry id
 * (`getEntry('lifecycle', 'zh-cn')`). Components read models through it.
 */
export function modelLoader(model: ModelName): Loader {
	return {
		name: `client-playbook:${model}`,
		load: async (context) => {
			const { store, config, watcher } = context;
			const root = fileURLToPath(config.root);
			store.clear();
			for (const locale of contentLocales()) {
				const file = `content/${model}/${locale.id}.yaml`;
				const result = readModel(modelSchemas[model], `${root}${file}`, file, locale.id);
				if (!result.ok) throw new ContentError(result.issues);
				const data = await context.parseData({ id: locale.id, data: result.data, filePath: file });
				store.set({ id: locale.id, data, digest: context.generateDigest(data), filePath: file });
				watcher?.add(`${root}${file}`);
			}
		},
	};
}
