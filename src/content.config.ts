import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { modelLoader } from './lib/content/model-loader';
import { i18nLoader } from './lib/content/i18n-loader';
import { modelSchemas } from './schemas/models';
import { ChecklistUiSchema } from './schemas/checklist-ui';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	// UI strings live with the rest of the wording in content/, one JSON file per language.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: ChecklistUiSchema }) }),
	site: defineCollection({ loader: modelLoader('site'), schema: modelSchemas.site }),
	lifecycle: defineCollection({ loader: modelLoader('lifecycle'), schema: modelSchemas.lifecycle }),
};
