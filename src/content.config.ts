import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { modelLoader } from './lib/content/model-loader';
import { modelSchemas } from './schemas/models';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	// UI strings live with the rest of the wording in content/, one JSON file per language.
	i18n: defineCollection({ loader: glob({ base: './content/i18n', pattern: '*.json' }), schema: i18nSchema() }),
	site: defineCollection({ loader: modelLoader('site'), schema: modelSchemas.site }),
	lifecycle: defineCollection({ loader: modelLoader('lifecycle'), schema: modelSchemas.lifecycle }),
};
