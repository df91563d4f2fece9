import { describe, expect, it } from 'vitest';
import { generateSite } from '../../src/generate/write-pages';
import { loadPlaybook } from '../../src/lib/content/load-playbook';
import { pageRegistry } from '../../src/lib/page-registry';
import { copyContent, loadErrorAfter } from '../support/content-copy';
import { contentOf, playbook, sheetsOf, ui } from '../support/playbook';

type Stage = { purpose: string; focus: { id: string; text: string }[] };
type Step = { purpose: string; outputs: { id: string; text: string }[] };

const sheet = (code: string, id: string) => {
	const found = sheetsOf(code).find((s) => s.id === id);
	if (!found) throw new Error(`no checklist "${id}" in locale ${code}`);
	return found;
};
const stagesOf = (code: string) => contentOf(code).models['lifecycle']!.data as Record<string, Stage>;
/** A stage's warning signs, from the risks section of its page prose. */
const signalsOf = (code: string, stage: string) => {
	const risks = contentOf(code).pages.lifecycle?.stages?.[stage]?.sections?.['risks'];
	return risks && 'signals' in risks ? risks.signals : undefined;
};
const misspellSignalsOf = (text: string) => text.replace('signals_of: stabilization', 'signals_of: stabilisation');
const misspellStage = (text: string) => text.replace('stage: retention_growth', 'stage: retention');
/** `pb.named` as the locale writes it: "**Name**: text". */
const named = (code: string, name: string, text: string) => ui(code, 'pb.named').replace('{name}', name).replace('{text}', text);

describe('checklist sheets', () => {
	it('has one checklist per stage plus the quality check and the risk audit, each with a page', () => {
		expect(
			sheetsOf('en')
				.map((s) => s.id)
				.sort(),
		).toEqual(['active-delivery', 'onboarding', 'pre-close', 'quality', 'retention-growth', 'risk-audit', 'stabilization']);
		// Every stage of the lifecycle has exactly one checklist that says it belongs to it.
		const checklists = contentOf('en').checklists!.checklists;
		for (const stage of Object.keys(stagesOf('en'))) expect(checklists.filter((c) => c.stage === stage).length, stage).toBe(1);
		const pageIds = pageRegistry(playbook).map((page) => page.id);
		for (const s of sheetsOf('en')) expect(pageIds).toContain(`checklists/${s.id}`);
		expect(pageIds).toContain('checklists/print-all');
		for (const locale of playbook.locales) expect(sheetsOf(locale.code).map((s) => s.id)).toEqual(sheetsOf('en').map((s) => s.id));
	});

	it('lists the seven quality-check items, in each locale’s words', () => {
		for (const locale of playbook.locales) {
			const boxes = sheet(locale.code, 'quality').groups.flatMap((g) => g.items.map((i) => i.text));
			expect(boxes).toHaveLength(7);
			expect(boxes).toEqual(contentOf(locale.code).skill!.quality_check.items.map((i) => i.text));
		}
	});

	it('names each focus item of a stage before its action, and lists its risk signals', () => {
		for (const locale of playbook.locales) {
			const [actions, signals] = sheet(locale.code, 'pre-close').groups;
			const focus = stagesOf(locale.code)['pre_close']!.focus;
			const written = contentOf(locale.code).checklists!.checklists.find((c) => c.id === 'pre-close')!.groups[0]!.items!;
			expect(actions?.items.map((i) => i.text)).toEqual(focus.map((f, n) => named(locale.code, `**${f.text}**`, written[n]!.text!)));
			expect(signals?.items.map((i) => i.text)).toEqual(signalsOf(locale.code, 'pre_close'));
			expect(signals?.items.length).toBeGreaterThan(0);
		}
	});

	it('builds the onboarding checklist from the four onboarding steps with their outputs, then the stage’s signals', () => {
		for (const locale of playbook.locales) {
			const groups = sheet(locale.code, 'onboarding').groups;
			const model = contentOf(locale.code).models['onboarding']!;
			const steps = Object.entries(model.data as Record<string, Step>);
			expect(groups).toHaveLength(5);
			expect(groups.slice(0, 4).map((g) => g.heading)).toEqual(
				steps.map(([key, step]) => named(locale.code, model.names[key]!, step.purpose)),
			);
			expect(groups.slice(0, 4).map((g) => g.items.map((i) => i.text))).toEqual(steps.map(([, step]) => step.outputs.map((o) => o.text)));
			expect(groups[4]?.items.map((i) => i.text)).toEqual(signalsOf(locale.code, 'onboarding'));
		}
	});

	it('points every risk-audit question to the responses of its failure pattern, at anchors the page has', () => {
		const items = sheet('en', 'risk-audit').groups[0]!.items;
		expect(items).toHaveLength(8);
		expect(items[0]?.links).toEqual([
			{ text: 'Re-clarify goals and success criteria', page: 'failure-patterns#reclarify-goals' },
			{ text: 'Define boundaries and change process', page: 'failure-patterns#boundaries-change-process' },
		]);
		const { pages } = generateSite(playbook, '/');
		for (const locale of playbook.locales) {
			const links = sheet(locale.code, 'risk-audit').groups.flatMap((g) => g.items.flatMap((i) => i.links ?? []));
			expect(links.length, locale.code).toBeGreaterThanOrEqual(8);
			for (const { page: target } of links) {
				const [page, anchor = ''] = target.split('#');
				const written = pages.find((p) => p.id === page && p.locale === locale.code);
				expect(written?.anchors.has(anchor), `${locale.code} ${target}`).toBe(true);
			}
		}
	});
});

describe('checklist content checks, when the playbook loads', () => {
	it('accepts the playbook content', () => {
		expect(() => loadPlaybook({ dir: copyContent().dir, draft: false })).not.toThrow();
	});

	it('fails when a group takes its boxes from a list that does not exist', () => {
		const message = loadErrorAfter('en/checklists.yaml', (text) =>
			text.replace('from: onboarding/alignment/outputs', 'from: onboarding/alignement/outputs'),
		);
		expect(message).toMatch(
			/content\/en\/checklists\.yaml:66:\d+ \(locale en\)\n {2}checklists\[2\] \(onboarding\)\.groups\[0\]\.from: points at "onboarding\/alignement\/outputs", which does not exist/,
		);
	});

	it('fails when a group takes its boxes from one item instead of a list', () => {
		const message = loadErrorAfter('en/checklists.yaml', (text) =>
			text.replace('from: onboarding/alignment/outputs', 'from: onboarding/alignment/outputs/constraints'),
		);
		expect(message).toMatch(
			/content\/en\/checklists\.yaml:66:\d+ \(locale en\)\n.*groups\[0\]\.from: points at "onboarding\/alignment\/outputs\/constraints", which is one item, not a list/,
		);
	});

	it('fails when a group heading names a step that does not exist', () => {
		const message = loadErrorAfter('en/checklists.yaml', (text) =>
			text.replace('heading_ref: onboarding/working_model', 'heading_ref: onboarding/working_modle'),
		);
		expect(message).toMatch(
			/content\/en\/checklists\.yaml:70:\d+ \(locale en\)\n.*groups\[2\]\.heading_ref: points at "onboarding\/working_modle", which does not exist/,
		);
	});

	it('fails when a box refers to a focus item that does not exist', () => {
		const message = loadErrorAfter('zh-cn/checklists.yaml', (text) =>
			text.replace('ref: lifecycle/pre_close/focus/scope-clarity', 'ref: lifecycle/pre_close/focus/scope-clarty'),
		);
		expect(message).toMatch(
			/content\/zh-cn\/checklists\.yaml:44:\d+ \(locale zh-cn\)\n {2}checklists\[1\] \(pre-close\)\.groups\[0\]\.items\[3\] \(scope-clarity\)\.ref: points at "lifecycle\/pre_close\/focus\/scope-clarty", which does not exist/,
		);
	});

	it('fails when a question sends the reader to a failure pattern that does not exist', () => {
		const message = loadErrorAfter('en/checklists.yaml', (text) =>
			text.replace('see: failure-patterns/patterns/vague-rhythm', 'see: failure-patterns/patterns/vague-rythm'),
		);
		expect(message).toMatch(
			/content\/en\/checklists\.yaml:184:\d+ \(locale en\)\n {2}checklists\[6\] \(risk-audit\)\.groups\[0\]\.items\[2\] \(vague-rhythm\)\.see: points at "failure-patterns\/patterns\/vague-rythm", which does not exist/,
		);
	});

	it('fails when a group takes the signals of a stage that does not exist, and suggests the right one', () => {
		expect(loadErrorAfter('en/checklists.yaml', misspellSignalsOf)).toMatch(
			/content\/en\/checklists\.yaml:\d+:\d+ \(locale en\)\n {2}checklists\[4\] \(stabilization\)\.groups\[1\].*: names the stage “stabilisation”, which does not exist — did you mean “stabilization”\?/,
		);
	});

	it('fails when a checklist belongs to a stage that does not exist', () => {
		expect(loadErrorAfter('en/checklists.yaml', misspellStage)).toMatch(
			/content\/en\/checklists\.yaml:\d+:\d+ \(locale en\)\n {2}checklists\[5\] \(retention-growth\).*: names the stage “retention”, which does not exist/,
		);
	});

	// Known bug (src/lib/content/references.ts checkKeys): a wrong `signals_of` or `stage` value is reported as if it
	// were a key (`groups[1].stabilisation`, `checklists[5] (retention-growth).retention`), at the line of the group or
	// checklist before. Remove `.fails` once the message names the field at its line; the tests above keep the edits honest.
	it('locates a wrong signals_of at its own line and field', () => {
		expect(loadErrorAfter('en/checklists.yaml', misspellSignalsOf)).toMatch(
			/content\/en\/checklists\.yaml:135:\d+ \(locale en\)\n {2}checklists\[4\] \(stabilization\)\.groups\[1\]\.signals_of: /,
		);
	});

	it('locates a wrong stage at its own line and field', () => {
		expect(loadErrorAfter('en/checklists.yaml', misspellStage)).toMatch(
			/content\/en\/checklists\.yaml:144:\d+ \(locale en\)\n {2}checklists\[5\] \(retention-growth\)\.stage: /,
		);
	});
});
