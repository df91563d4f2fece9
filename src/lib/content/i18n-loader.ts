import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';

/**
 * Loads Starlight's UI strings from `content/i18n/<lang>.json`, one entry per language with the file
 * name as id (`zh-CN`, case kept). Starlight finds a language's strings by entry id only when the
 * entry has no `filePath`; with Astro's glob loader it derives the language from a path under
 * `src/content/i18n/`, so strings kept in `content/i18n/` were silently ignored.
 */
export function i18nLoader(dir = 'content/i18n/'): Loader {
	return {
		name: 'client-playbook:i18n',
		load: async ({ store, config, parseData, generateDigest, watcher }) => {
			const root = `${fileURLToPath(config.root)}${dir}`;
			store.clear();
			for (const file of readdirSync(root).filter((name) => name.endsWith('.json'))) {
				const id = file.replace(/\.json$/, '');
				const data = await parseData({ id, data: JSON.parse(readFileSync(`${root}${file}`, 'utf8')) as Record<string, unknown> });
				store.set({ id, data, digest: generateDigest(data) });
				watcher?.add(`${root}${file}`);
			}
		},
	};
}
