import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateSite } from '../../src/generate/write-pages.ts';
import { loadPlaybook } from '../../src/lib/content/load-playbook.ts';
import { namesDate } from '../../src/lib/quality-meter/when.ts';
import { namesOwner } from '../../src/lib/quality-meter/who.ts';
import { compileMeterWords, meterWords } from '../../src/lib/quality-meter/words.ts';
import { type ComposedPlaybook, playbookWithOverlay, thirdLocaleOverlay } from '../support/playbook-overlay.ts';

/** Japanese added to the client playbook as content only (tests/fixtures/third-locale), loaded and generated as the build does. */
let composed: ComposedPlaybook | undefined;
afterEach(() => composed?.remove());

describe('a locale added with content only', () => {
	it('as a draft, gets exactly the pages it has translated, and no prose is asked of the others', () => {
		composed = playbookWithOverlay(thirdLocaleOverlay);
		const { playbook } = loadPlaybook({ dir: composed.dir, draft: false });
		const draft = playbook.locales.find((l) => l.status === 'draft')!;
		const generated = generateSite(playbook, '/');
		const own = [...generated.files.keys()].filter((file) => file.startsWith(`${draft.prefix}/`)).sort();
		expect(own).toEqual([`${draft.prefix}/architecture.md`, `${draft.prefix}/communication.md`]);
		expect(generated.todos.filter((todo) => todo.locale === draft.code)).toEqual([]);
	});

	it('marked published before it is complete, is refused with every missing file named for its locale', () => {
		composed = playbookWithOverlay(thirdLocaleOverlay);
		const locales = join(composed.dir, 'locales.yaml');
		writeFileSync(locales, readFileSync(locales, 'utf8').replace('status: draft', 'status: published'));
		expect(() => loadPlaybook({ dir: composed!.dir, draft: false })).toThrow(/ja\/skill\.yaml \(locale ja\)\n {2}the file is missing/);
		expect(() => loadPlaybook({ dir: composed!.dir, draft: false })).toThrow(
			/ja\/models\/lifecycle\.yaml \(locale ja\)\n {2}the file is missing/,
		);
		// Page prose too, in the same message: not only once the rest loads.
		expect(() => loadPlaybook({ dir: composed!.dir, draft: false })).toThrow(
			/ja\/pages\/home\.yaml \(locale ja\)\n {2}the file is missing\n {4}Fix: copy en\/pages\/home\.yaml there and translate it/,
		);
	});

	it('as a draft, may leave interface strings out, but not write one with no text', () => {
		composed = playbookWithOverlay(thirdLocaleOverlay);
		const strings = join(composed.dir, 'ja.json');
		const text = readFileSync(strings, 'utf8');
		const line = text.split('\n').findIndex((l) => l.includes('"pb.checklist.client"')) + 1;
		writeFileSync(strings, text.replace(/"pb\.checklist\.client": "[^"]*"/, '"pb.checklist.client": " "'));
		expect(() => loadPlaybook({ dir: composed!.dir, draft: false })).toThrow(
			new RegExp(
				`ja\\.json:${line} \\(locale ja\\)\\n {2}pb\\.checklist\\.client: has no text\\n {4}Fix: write the text in this language, or remove the line: until it is translated, the page shows the default locale’s text`,
			),
		);
	});

	it('teaches the templates’ quality meter its dates and doers from its word lists, with no code', () => {
		composed = playbookWithOverlay(thirdLocaleOverlay);
		const { playbook } = loadPlaybook({ dir: composed.dir, draft: false });
		const rules = compileMeterWords(meterWords(playbook.byLocale['ja']!.words));
		expect(namesDate('金曜日までに見積もりを送ります', rules.when)).toBe(true);
		expect(namesDate('できるだけ早く送ります', rules.when)).toBe(false);
		expect(namesOwner('佐藤さんが金曜日に送ります', rules.owner)).toBe(true);
		expect(namesOwner('金曜日に送る', rules.owner)).toBe(false);
	});
});
