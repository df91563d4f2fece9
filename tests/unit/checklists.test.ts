import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checklistSheets } from '../../src/lib/checklists';
import { checkChecklists } from '../../src/lib/content/checklist-references';
import { loadPlaybook } from '../../src/lib/content/load-playbook';
import { pagesOf } from '../../src/lib/pages';
import type { PlaybookModels } from '../../src/schemas/models';

const playbook = loadPlaybook({ root: fileURLToPath(new URL('../../', import.meta.url)) });
const models = playbook.byLocale['en']!;
const where = { locale: 'en', file: 'content/checklists/en.yaml' };
const withChecklists = (edit: (checklists: PlaybookModels['checklists']['checklists']) => void): PlaybookModels => {
	const copy = structuredClone(models);
	edit(copy.checklists.checklists);
	return copy;
};

describe('checklist sheets', () => {
	const sheets = checklistSheets(models);
	const byId = (id: string) => sheets.find((sheet) => sheet.id === id)!;

	it('has one checklist per stage plus the quality check and the risk audit, each with a page', () => {
		expect(sheets.map((sheet) => sheet.id).sort()).toEqual([
			'active-delivery',
			'onboarding',
			'pre-close',
			'quality',
			'retention-growth',
			'risk-audit',
			'stabilization',
		]);
		const pageIds = pagesOf(models).map((page) => page.id);
		for (const sheet of sheets) expect(pageIds).toContain(`checklists/${sheet.id}`);
		expect(pageIds).toContain('checklists/print-all');
	});

	it('lists the seven quality-check items', () => {
		expect(byId('quality').groups.flatMap((g) => g.items.map((i) => i.id))).toEqual(models.quality.items.map((i) => i.id));
	});

	it('gives a stage its focus items as actions and its risk signals', () => {
		const [actions, signals] = byId('pre-close').groups;
		const stage = models.lifecycle.stages[0]!;
		expect(actions?.items.map((i) => i.id)).toEqual(stage.focus.map((f) => f.id));
		expect(signals?.items.map((i) => i.text)).toEqual(stage.sections.risks.signals);
	});

	it('merges the onboarding stage into the onboarding framework checklist: four steps with their outputs, then the signals', () => {
		const groups = byId('onboarding').groups;
		expect(groups).toHaveLength(5);
		expect(groups.slice(0, 4).map((g) => g.items.length)).toEqual(models.onboarding.steps.items.map((s) => s.outputs.length));
		expect(groups[4]?.items.map((i) => i.text)).toEqual(models.lifecycle.stages.find((s) => s.id === 'onboarding')!.sections.risks.signals);
	});

	it('points every risk-audit question to the responses of its failure pattern', () => {
		const items = byId('risk-audit').groups[0]!.items;
		expect(items).toHaveLength(8);
		expect(items[0]?.links).toEqual([
			{ text: 'Re-clarify goals and success criteria', page: 'failure-patterns#re-clarify-goals-and-success-criteria' },
			{ text: 'Define boundaries and change process', page: 'failure-patterns#define-boundaries-and-change-process' },
		]);
	});
});

describe('checklist content checks', () => {
	it('accepts the playbook content', () => {
		expect(checkChecklists(models, where)).toEqual([]);
	});

	it('fails when a stage has no checklist', () => {
		const issues = checkChecklists(
			withChecklists((list) =>
				list.splice(
					list.findIndex((c) => c.id === 'stabilization'),
					1,
				),
			),
			where,
		);
		expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual(['checklists: has no checklist with id "stabilization"']);
	});

	it('fails when stage actions do not match the focus items', () => {
		const issues = checkChecklists(
			withChecklists((list) => list.find((c) => c.id === 'pre-close')!.actions!.reverse()),
			where,
		);
		expect(issues[0]?.message).toMatch(/^has the ids risk-signals-before-close, .* but the stage's focus items are expectation-setting, /);
		expect(issues[0]?.path).toBe('checklists[1].actions');
	});

	it('fails when the risk audit misses a failure pattern', () => {
		const issues = checkChecklists(
			withChecklists((list) => list.find((c) => c.id === 'risk-audit')!.questions!.pop()),
			where,
		);
		expect(issues).toHaveLength(1);
		expect(issues[0]?.fix).toBe("write one question per failure pattern, with the pattern's id, in the same order");
	});

	it('fails on a checklist id that has no source', () => {
		const issues = checkChecklists(
			withChecklists((list) => void (list[0]!.id = 'print-all')),
			where,
		);
		expect(issues.map((i) => i.path)).toEqual(['checklists', 'checklists[0].id']);
	});
});
