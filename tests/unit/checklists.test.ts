import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSite } from '../../src/generate/write-pages';
import { loadPlaybook } from '../../src/lib/content/load-playbook';
import { pageRegistry } from '../../src/lib/page-registry';
import { copyContent, loadErrorAfter } from '../support/content-copy';
import { contentOf, playbook, root, sheetsOf, ui } from '../support/playbook';

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
/** The line of a content file (`en/checklists.yaml`) where `needle` first appears, as the build reports it. */
const lineOf = (file: string, needle: string) =>
	readFileSync(join(root, 'content', file), 'utf8')
		.split('\n')
		.findIndex((line) => line.includes(needle)) + 1;
/** `pb.named` as the locale writes it: "**Name**: text". */
const named = (code: string, name: string, text: string) => ui(code, 'pb.named').replace('{name}', name).replace('{text}', text);

describe('checklist sheets', () => {
	it('has one checklist per stage, the quality check, the risk audit and an agenda for each meeting the pages name', () => {
		expect(
			sheetsOf('en')
				.map((s) => s.id)
				.sort(),
		).toEqual([
			'active-delivery',
			'kickoff',
			'milestone-review',
			'onboarding',
			'pre-close',
			'quality',
			'quarterly-review',
			'retention-growth',
			'risk-audit',
			'stabilization',
			'value-review',
		]);
		// Every stage of the lifecycle has exactly one checklist that says it belongs to it; agendas name their stage too.
		const checklists = contentOf('en').checklists!.checklists;
		for (const stage of Object.keys(stagesOf('en')))
			expect(checklists.filter((c) => c.stage === stage && c.kind === 'checklist').length, stage).toBe(1);
		for (const agenda of checklists.filter((c) => c.kind === 'agenda')) expect(agenda.stage, agenda.id).toBeDefined();
		const pageIds = pageRegistry(playbook).map((page) => page.id);
		for (const s of sheetsOf('en')) expect(pageIds).toContain(`checklists/${s.id}`);
		expect(pageIds).toContain('checklists/print-all');
		for (const locale of playbook.locales) expect(sheetsOf(locale.code).map((s) => s.id)).toEqual(sheetsOf('en').map((s) => s.id));
	});

	it('times every agenda item, gives it an owner, and adds the minutes up to the meeting’s length', () => {
		for (const locale of playbook.locales)
			for (const agenda of contentOf(locale.code).checklists!.checklists.filter((c) => c.kind === 'agenda')) {
				const items = agenda.groups.flatMap((g) => g.items ?? []);
				expect(items.length, agenda.id).toBeGreaterThan(3);
				for (const item of items) {
					expect(item.minutes, `${locale.code} ${agenda.id} ${item.id}`).toBeGreaterThan(0);
					expect(item.owner, `${locale.code} ${agenda.id} ${item.id}`).toBeTruthy();
				}
				const total = items.reduce((sum, item) => sum + (item.minutes ?? 0), 0);
				expect(agenda.header?.duration, `${locale.code} ${agenda.id}`).toMatch(new RegExp(`^${total}\\D`));
				// An agenda is shared with the client: it lists no warning signs.
				expect(agenda.audience, agenda.id).toBe('client');
				expect(
					agenda.groups.some((g) => g.signals_of !== undefined || g.kind === 'signals'),
					agenda.id,
				).toBe(false);
			}
	});

	it('marks every sheet that lists risk signals internal, and counts the signs apart from done actions', () => {
		for (const locale of playbook.locales) {
			const checklists = contentOf(locale.code).checklists!.checklists;
			for (const sheet of sheetsOf(locale.code)) {
				const source = checklists.find((c) => c.id === sheet.id)!;
				if (sheet.groups.some((g) => g.kind === 'signals')) expect(source.audience, `${locale.code} ${sheet.id}`).toBe('internal');
			}
			// Each stage checklist splits what the team prepares from what it does with the client.
			for (const sheet of sheetsOf(locale.code).filter((s) =>
				['pre-close', 'active-delivery', 'stabilization', 'retention-growth'].includes(s.id),
			))
				expect(
					sheet.groups.map((g) => g.kind),
					`${locale.code} ${sheet.id}`,
				).toEqual(['prepare', 'meeting', 'signals']);
		}
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
			const groups = sheet(locale.code, 'pre-close').groups;
			const signals = groups.at(-1)!;
			const focus = stagesOf(locale.code)['pre_close']!.focus;
			const written = contentOf(locale.code)
				.checklists!.checklists.find((c) => c.id === 'pre-close')!
				.groups.flatMap((g) => g.items ?? []);
			// Every focus item of the stage is a box, under its own name, in whichever group does it.
			expect(written.map((i) => i.ref).sort()).toEqual(focus.map((f) => `lifecycle/pre_close/focus/${f.id}`).sort());
			expect(groups.slice(0, -1).flatMap((g) => g.items.map((i) => i.text))).toEqual(
				written.map((item) => named(locale.code, `**${focus.find((f) => item.ref?.endsWith(`/${f.id}`))!.text}**`, item.text!)),
			);
			expect(signals.kind).toBe('signals');
			expect(signals.items.map((i) => i.text)).toEqual(signalsOf(locale.code, 'pre_close'));
			expect(signals.items.length).toBeGreaterThan(0);
		}
	});

	it('builds the onboarding checklist from the four onboarding steps, each output stated so it can be checked, then the stage’s signals', () => {
		for (const locale of playbook.locales) {
			const groups = sheet(locale.code, 'onboarding').groups;
			const model = contentOf(locale.code).models['onboarding']!;
			const steps = Object.entries(model.data as Record<string, Step>);
			const written = contentOf(locale.code).checklists!.checklists.find((c) => c.id === 'onboarding')!.groups;
			expect(groups).toHaveLength(5);
			expect(groups.slice(0, 4).map((g) => g.heading)).toEqual(
				steps.map(([key, step]) => named(locale.code, model.names[key]!, step.purpose)),
			);
			// Each output of each step, under its own name, with what makes it observable ("Documents: received and read").
			groups.slice(0, 4).forEach((group, n) => {
				const outputs = steps[n]![1].outputs;
				const items = written[n]!.items!;
				expect(items.map((i) => i.ref)).toEqual(outputs.map((o) => `onboarding/${steps[n]![0]}/outputs/${o.id}`));
				expect(group.items.map((i) => i.text)).toEqual(outputs.map((o, i) => named(locale.code, `**${o.text}**`, items[i]!.text!)));
				for (const item of items) expect(item.text!.length, `${locale.code} ${item.id}`).toBeGreaterThan(1);
			});
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
		const message = loadErrorAfter('en/checklists.yaml', (text) => text.replace('from: skill/quality_check', 'from: skill/quality_chek'));
		expect(message).toMatch(
			new RegExp(
				`content/en/checklists\\.yaml:${lineOf('en/checklists.yaml', 'from: skill/quality_check')}:\\d+ \\(locale en\\)\\n {2}checklists\\[0\\] \\(quality\\)\\.groups\\[0\\]\\.from: points at "skill/quality_chek", which does not exist`,
			),
		);
	});

	it('fails when a group takes its boxes from one item instead of a list', () => {
		const message = loadErrorAfter('en/checklists.yaml', (text) =>
			text.replace('from: skill/quality_check', 'from: skill/quality_check/context'),
		);
		expect(message).toMatch(
			new RegExp(
				`content/en/checklists\\.yaml:${lineOf('en/checklists.yaml', 'from: skill/quality_check')}:\\d+ \\(locale en\\)\\n.*groups\\[0\\]\\.from: points at "skill/quality_check/context", which is one item, not a list`,
			),
		);
	});

	it('fails when a group heading names a step that does not exist', () => {
		const message = loadErrorAfter('en/checklists.yaml', (text) =>
			text.replace('heading_ref: onboarding/working_model', 'heading_ref: onboarding/working_modle'),
		);
		expect(message).toMatch(
			new RegExp(
				`content/en/checklists\\.yaml:${lineOf('en/checklists.yaml', 'heading_ref: onboarding/working_model')}:\\d+ \\(locale en\\)\\n.*groups\\[2\\]\\.heading_ref: points at "onboarding/working_modle", which does not exist`,
			),
		);
	});

	it('fails when a box refers to a focus item that does not exist', () => {
		const message = loadErrorAfter('zh-cn/checklists.yaml', (text) =>
			text.replace('ref: lifecycle/pre_close/focus/scope-clarity', 'ref: lifecycle/pre_close/focus/scope-clarty'),
		);
		expect(message).toMatch(
			new RegExp(
				`content/zh-cn/checklists\\.yaml:${lineOf('zh-cn/checklists.yaml', 'ref: lifecycle/pre_close/focus/scope-clarity')}:\\d+ \\(locale zh-cn\\)\\n {2}checklists\\[1\\] \\(pre-close\\)\\.groups\\[0\\]\\.items\\[1\\] \\(scope-clarity\\)\\.ref: points at "lifecycle/pre_close/focus/scope-clarty", which does not exist`,
			),
		);
	});

	it('fails when a question sends the reader to a failure pattern that does not exist', () => {
		const message = loadErrorAfter('en/checklists.yaml', (text) =>
			text.replace('see: failure-patterns/patterns/vague-rhythm', 'see: failure-patterns/patterns/vague-rythm'),
		);
		expect(message).toMatch(
			new RegExp(
				`content/en/checklists\\.yaml:${lineOf('en/checklists.yaml', 'see: failure-patterns/patterns/vague-rhythm')}:\\d+ \\(locale en\\)\\n {2}checklists\\[6\\] \\(risk-audit\\)\\.groups\\[0\\]\\.items\\[2\\] \\(vague-rhythm\\)\\.see: points at "failure-patterns/patterns/vague-rythm", which does not exist`,
			),
		);
	});

	it('fails when a group takes the signals of a stage that does not exist, and suggests the right one', () => {
		expect(loadErrorAfter('en/checklists.yaml', misspellSignalsOf)).toMatch(
			/content\/en\/checklists\.yaml:\d+:\d+ \(locale en\)\n {2}checklists\[4\] \(stabilization\)\.groups\[2\].*: names the stage “stabilisation”, which does not exist — did you mean “stabilization”\?/,
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
			new RegExp(
				`content/en/checklists\\.yaml:${lineOf('en/checklists.yaml', 'signals_of: stabilization')}:\\d+ \\(locale en\\)\\n {2}checklists\\[4\\] \\(stabilization\\)\\.groups\\[2\\]\\.signals_of: `,
			),
		);
	});

	it('locates a wrong stage at its own line and field', () => {
		expect(loadErrorAfter('en/checklists.yaml', misspellStage)).toMatch(
			new RegExp(
				`content/en/checklists\\.yaml:${lineOf('en/checklists.yaml', 'stage: retention_growth')}:\\d+ \\(locale en\\)\\n {2}checklists\\[5\\] \\(retention-growth\\)\\.stage: `,
			),
		);
	});
});
