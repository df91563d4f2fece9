import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSite } from '../../src/generate/write-pages.ts';
import { loadPlaybook } from '../../src/lib/content/load-playbook.ts';
import { parseSkillText } from '../../src/skill-text/parse-skill-text.ts';
import { buildDoc } from '../../src/lib/templates/document.ts';
import { toText } from '../../src/lib/templates/render.ts';
import { resolveTemplate } from '../../src/lib/templates/resolve.ts';
import { root } from '../support/playbook.ts';

/**
 * The example playbook (examples/vendor/): a vendor-management skill text imported into a playbook folder and
 * given its prose, built by the same generator with no code of its own. CI builds it with the quality gate;
 * these tests say why a build would fail before it runs: prose left to write, or content that no longer holds
 * its source.
 */
const folder = join(root, 'examples/vendor/playbook');
const { playbook } = loadPlaybook({ dir: folder, draft: false });
const documents = parseSkillText(readFileSync(join(root, 'examples/vendor/skill.txt'), 'utf8'));

describe('the example vendor playbook', () => {
	it('has no prose left to write, in any locale', () => {
		expect(generateSite(playbook, '/').todos).toEqual([]);
	});

	it('has the models of its skill text, in source order, with the same shapes', () => {
		expect(playbook.structure.models.map((m) => [m.id, m.source, m.shape])).toEqual(
			documents[0]!.models.map((m) => [m.id, m.source, m.shape]),
		);
	});

	describe.each(documents.map((doc) => ({ doc, locale: doc.locale })))('the $locale half of examples/vendor/skill.txt', ({ doc }) => {
		const content = playbook.byLocale[doc.locale];

		it('reaches skill.yaml word for word: every section, list item and id', () => {
			expect(content?.skill).toEqual(doc.skill);
		});

		it('reaches every model file word for word: every value and list item', () => {
			for (const model of doc.models) expect(content?.models[model.id]?.data, `${doc.locale}/models/${model.id}.yaml`).toEqual(model.data);
		});
	});
});

describe('the example vendor playbook’s templates', () => {
	const defs = (code: string) =>
		(playbook.byLocale[code]!.templates?.templates ?? []).map((t) =>
			resolveTemplate(
				{
					content: playbook.byLocale[code]!,
					playbook,
					locale: playbook.locales.find((l) => l.code === code)!,
					t: (key) => playbook.byLocale[code]!.ui[key] ?? '',
				},
				t,
			),
		);

	it('name files after the vendor and date them by its own shared fields, with no client field anywhere', () => {
		for (const def of defs('en')) {
			expect(def.nameField).toBe('vendor-name');
			expect(def.dateField).toBe('date');
		}
		const email = defs('en').find((def) => def.kind === 'email')!;
		expect(email.signature).toEqual(['{your-name}', '{company}']);
		const doc = buildDoc(email, { 'vendor-name': 'Northwind', 'your-name': 'Lee Chen', company: 'Contoso' });
		expect(toText(doc)).toMatch(/Lee Chen\nContoso\n$/);
	});
});
