import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { modelLoader } from './lib/content/model-loader';
import { modelSchemas } from './schemas/models';
import { TemplateStringsSchema } from './schemas/template-strings';
import { ChecklistUiSchema } from './schemas/checklist-ui';
import { WorkspaceUiSchema } from './schemas/workspace-ui';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	// UI strings: Starlight's own i18n collection (src/content/i18n/<lang>.json).
	i18n: defineCollection({
		loader: i18nLoader(),
		schema: i18nSchema({ extend: ChecklistUiSchema.extend({ ...TemplateStringsSchema.shape, ...WorkspaceUiSchema.shape }) }),
	}),
	site: defineCollection({ loader: modelLoader('site'), schema: modelSchemas.site }),
	lifecycle: defineCollection({ loader: modelLoader('lifecycle'), schema: modelSchemas.lifecycle }),
};
