import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { LocaleEntry } from '../../lib/content/content-layer.ts';
import { assembleDocument } from '../../skill-text/skill-document.ts';
import { writeSkillText } from '../../skill-text/write-skill-text.ts';
import type { ModelData } from '../../schemas/model-file.ts';

/**
 * `/skill.txt` (default locale) and `/<code>/skill.txt`: the playbook back in its own skill format, as the
 * site shows it, so that a team's AI assistant reads the same playbook. A draft locale without its own skill
 * and models has none.
 */
export const getStaticPaths = (async () => {
	const entries = (await getCollection('playbook')).map((entry) => entry.data as unknown as LocaleEntry);
	return entries
		.filter((entry) => entry.content.skill && entry.structure.models.every((m) => entry.content.models[m.id]))
		.map((entry) => ({ params: { locale: entry.locale.isDefault ? undefined : entry.locale.code }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: LocaleEntry }> = ({ props: { entry } }) => {
	const files = Object.fromEntries(
		entry.structure.models.map((m) => [
			m.id,
			{ names: entry.content.models[m.id]!.names, data: entry.content.models[m.id]!.data as ModelData },
		]),
	);
	const text = writeSkillText(assembleDocument(entry.locale.code, entry.structure, entry.content.skill!, files));
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
