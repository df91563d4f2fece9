import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { playbookLoader } from './lib/content/playbook-loader.ts';
import { PageShellSchema } from './schemas/page-shells.ts';
import { UiStringsSchema } from './schemas/ui-strings.ts';

export const collections = {
	// The generated pages (src/generate writes them into src/content/docs/).
	// A generated page is Markdown; `checklist`, `checklists`, `workspace` or `components` in its frontmatter
	// gives it components (src/components/overrides/MarkdownContent.astro).
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({
			extend: PageShellSchema,
		}),
	}),
	// Interface strings: Starlight's own i18n collection; src/generate writes each locale's merged strings into src/content/i18n/.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: UiStringsSchema }) }),
	// The playbook's content per locale, validated by src/lib/content/load-playbook.ts; components read it here.
	playbook: defineCollection({ loader: playbookLoader(), schema: z.record(z.string(), z.unknown()) }),
};
