import { slug } from 'github-slugger';
import type { ChecklistHeader } from '../schemas/checklists';
import type { PageRef } from '../schemas/common';
import type { PlaybookModels } from '../schemas/models';
import { frameworkChecklistId } from './content/checklist-references';

/** A page a checklist item points to. */
export interface SheetLink {
	text: string;
	page: PageRef;
}

/** One box to tick. */
export interface SheetItem {
	/** Stable within its sheet and the same in every locale; ticks are stored under it. */
	id: string;
	/** Inline Markdown. */
	text: string;
	/** Pages the item points to (the risk audit's responses). */
	links?: SheetLink[];
}

/** A titled group of items; `compact` groups hold short items that print in columns. */
export interface SheetGroup {
	heading?: string;
	compact?: boolean;
	items: SheetItem[];
}

/** Everything one printed checklist shows, in one locale. */
export interface Sheet {
	/** Page id under `checklists/`. */
	id: string;
	title: string;
	description: string;
	header: ChecklistHeader;
	groups: SheetGroup[];
}

/**
 * Every checklist of one locale, built from the models in the order of `content/checklists`.
 * Content has been checked on load (see checklist-references.ts), so every id resolves.
 */
export function checklistSheets(models: PlaybookModels): Sheet[] {
	const { labels, checklists } = models.checklists;
	const stages = models.lifecycle.stages;
	const { patterns, responses } = models['failure-patterns'];
	const anchor = (text: string) => `failure-patterns#${slug(text)}`;
	const named = (name: string, text: string) => labels.named.replace('{name}', () => name).replace('{text}', () => text);

	return checklists.map((checklist) => {
		const { id, title, description, header } = checklist;
		const stage = stages.find((s) => s.id === id);
		const groups: SheetGroup[] = [];

		if (id === 'quality') groups.push({ items: models.quality.items.map(({ id: itemId, text }) => ({ id: itemId, text })) });

		if (id === frameworkChecklistId) {
			for (const step of models.onboarding.steps.items) {
				groups.push({
					heading: named(step.name, step.purpose),
					compact: true,
					items: step.outputs.map((output) => ({ id: `${step.id}.${output.id}`, text: output.text })),
				});
			}
		}

		if (stage && checklist.actions) {
			groups.push({
				heading: labels.actions,
				items: checklist.actions.map((action) => {
					const focus = stage.focus.find((f) => f.id === action.id);
					return { id: action.id, text: focus ? named(`**${focus.text}**`, action.text) : action.text };
				}),
			});
		}
		if (stage) {
			groups.push({
				heading: labels.signals,
				items: stage.sections.risks.signals.map((text, index) => ({ id: `signal-${index + 1}`, text })),
			});
		}

		if (checklist.questions) {
			groups.push({
				heading: labels.questions,
				items: checklist.questions.map((question) => {
					const pattern = patterns.items.find((p) => p.id === question.id);
					const links = (pattern?.responses ?? []).flatMap((responseId) => {
						const response = responses.items.find((r) => r.id === responseId);
						return response ? [{ text: response.text, page: anchor(response.text) }] : [];
					});
					return { id: question.id, text: question.text, links };
				}),
			});
		}

		return { id, title, description, header, groups };
	});
}
