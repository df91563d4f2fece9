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
		load: async ({ store, config, parseData, generateDigest, watcher }) => {
			const root = fileURLToPath(config.root);
			store.clear();
			for (const locale of contentLocales()) {
				const file = `content/${model}/${locale.id}.yaml`;
				const result = readModel(modelSchemas[model], `${root}${file}`, file, locale.id);
				if (!result.ok) throw new ContentError(result.issues);
				const data = await parseData({ id: locale.id, data: result.data as Record<string, unknown>, filePath: file });
				store.set({ id: locale.id, data, digest: generateDigest(data), filePath: file });
				watcher?.add(`${root}${file}`);
			}
		},
	};
}
