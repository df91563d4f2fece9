import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StarlightPlugin } from '@astrojs/starlight/types';

/**
 * Hands the UI strings of `content/i18n/` to Starlight's build-time translations as well. Starlight's
 * Markdown plugins (the "Section titled …" label of heading anchors) read UI strings when Markdown is
 * rendered, from `src/content/i18n/` only; without this, Chinese pages got the English label.
 */
export function uiStrings(dir: string): StarlightPlugin {
	return {
		name: 'client-playbook:ui-strings',
		hooks: {
			'i18n:setup'({ injectTranslations }) {
				const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
				injectTranslations(
					Object.fromEntries(files.map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>])),
				);
			},
			// Starlight requires this hook of every plugin; there is nothing to configure.
			'config:setup'() {},
		},
	};
}
