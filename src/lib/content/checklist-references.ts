import { fixedChecklistIds } from '../../schemas/checklists';
import type { PlaybookModels } from '../../schemas/models';
import type { ContentIssue } from './content-error';

/**
 * The checklist whose items come from the onboarding framework's steps. Its id is both a stage id and
 * the framework's page, so the onboarding stage has one checklist, not two at the same address.
 */
export const frameworkChecklistId = 'onboarding';

/**
 * Checks that `content/checklists` matches the models it is generated from: one checklist per stage
 * plus the fixed ones, stage actions for exactly the stage's focus items, risk-audit questions for
 * exactly the failure patterns, both in the same order.
 */
export function checkChecklists(models: PlaybookModels, where: { locale: string; file: string }): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const add = (path: string, message: string, fix: string) => issues.push({ file: where.file, locale: where.locale, path, message, fix });
	const { checklists } = models.checklists;
	const stages = models.lifecycle.stages;
	const expected = [...fixedChecklistIds, ...stages.map((stage) => stage.id)];

	for (const id of expected) {
		if (!checklists.some((checklist) => checklist.id === id))
			add('checklists', `has no checklist with id "${id}"`, `add a checklist with id "${id}" (one per stage, plus ${fixedChecklistIds.join(' and ')})`);
	}
	checklists.forEach((checklist, index) => {
		const at = `checklists[${index}]`;
		if (!expected.includes(checklist.id))
			add(`${at}.id`, `is "${checklist.id}", which is neither a stage nor ${fixedChecklistIds.join(' nor ')}`, `use one of: ${expected.join(', ')}`);

		const stage = stages.find((s) => s.id === checklist.id);
		const needsActions = stage !== undefined && checklist.id !== frameworkChecklistId;
		if (checklist.actions && !stage)
			add(`${at}.actions`, 'lists actions, but only stage checklists have them', 'remove the actions, or give the checklist a stage id');
		if (!checklist.actions && needsActions)
			add(`${at}.actions`, 'is missing', `add one action for each focus item of the stage "${checklist.id}" in content/lifecycle`);
		if (checklist.actions && stage) {
			const want = stage.focus.map((f) => f.id).join(', ');
			const got = checklist.actions.map((a) => a.id).join(', ');
			if (want !== got)
				add(`${at}.actions`, `has the ids ${got || '(none)'} but the stage's focus items are ${want}`, 'write one action per focus item, with the focus item\'s id, in the same order');
		}

		if (checklist.questions && checklist.id !== 'risk-audit')
			add(`${at}.questions`, 'lists questions, but only the risk audit has them', 'remove the questions');
		if (checklist.id === 'risk-audit') {
			const want = models['failure-patterns'].patterns.items.map((p) => p.id).join(', ');
			const got = (checklist.questions ?? []).map((q) => q.id).join(', ');
			if (want !== got)
				add(`${at}.questions`, `has the ids ${got || '(none)'} but the failure patterns are ${want}`, 'write one question per failure pattern, with the pattern\'s id, in the same order');
		}
	});
	return issues;
}
