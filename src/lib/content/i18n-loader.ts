import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';

/**
 * Loads the UI strings in `content/i18n/<lang>.json` into Starlight's i18n collection, one entry per
 * language with the file name (`en`, `zh-CN`) as id. Entries carry no `filePath` on purpose: Starlight
 * keys an entry with a file path by that path relative to `src/content/i18n/`, which files kept in
 * `content/` would never match, and their strings would be silently ignored.
 */
export function i18nLoader(dir = 'content/i18n/'): Loader {
	return {
		name: 'client-playbook:i18n',
		load: async ({ store, config, parseData, generateDigest, watcher }) => {
			const base = `${fileURLToPath(config.root)}${dir}`;
			store.clear();
			for (const file of readdirSync(base).filter((name) => name.endsWith('.json'))) {
				const id = file.slice(0, -'.json'.length);
				const data = await parseData({ id, data: JSON.parse(readFileSync(`${base}${file}`, 'utf8')) as Record<string, unknown> });
				store.set({ id, data, digest: generateDigest(data) });
				watcher?.add(`${base}${file}`);
			}
		},
	};
}
