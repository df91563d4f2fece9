import { describe, expect, it } from 'vitest';
import { generateSite } from '../../src/generate/write-pages.ts';
import type { ListNotes } from '../../src/schemas/pages.ts';
import { loadErrorAfter } from '../support/content-copy.ts';
import { contentOf, playbook, templateOf } from '../support/playbook.ts';

/** Issues 11 and 14: the playbook's advice reaches a concrete action, and its templates are worth sending. */

const notesOf = (code: string, list: 'patterns' | 'responses'): ListNotes =>
	contentOf(code).pages.models['failure-patterns']!.notes![list]!;
const data = (code: string) => contentOf(code).models['failure-patterns']!.data as Record<'patterns' | 'responses', { id: string }[]>;
const factOf = (code: string, id: string) => contentOf(code).facts.find((f) => f.id === id)!.value;

describe('failure patterns lead to action', () => {
	for (const locale of playbook.locales) {
		it(`gives every pattern its warning signs, the responses that answer it and the tools that help (${locale.code})`, () => {
			const patterns = notesOf(locale.code, 'patterns');
			for (const { id } of data(locale.code).patterns) {
				const note = patterns.items[id];
				expect(note?.signals?.length, id).toBeGreaterThanOrEqual(2);
				expect(
					note?.links?.every((ref) => ref.startsWith('failure-patterns/responses/')),
					id,
				).toBe(true);
				expect(note?.links?.length, id).toBeGreaterThanOrEqual(1);
				expect(note?.tools?.length, id).toBeGreaterThanOrEqual(1);
			}
		});

		it(`gives every response concrete actions with an owner and a time, and the tools that carry them out (${locale.code})`, () => {
			const responses = notesOf(locale.code, 'responses');
			const linked = Object.values(notesOf(locale.code, 'patterns').items).flatMap((n) => n.links ?? []);
			for (const { id } of data(locale.code).responses) {
				const note = responses.items[id];
				expect(note?.actions?.length, id).toBeGreaterThanOrEqual(2);
				for (const action of note?.actions ?? []) {
					expect(action.owner, `${id}: ${action.action}`).toBeTruthy();
					expect(action.when, `${id}: ${action.action}`).toBeTruthy();
				}
				expect(note?.tools?.length, id).toBeGreaterThanOrEqual(1);
				// Every response answers some pattern, so the page's "Answers these patterns" is never empty.
				expect(linked, id).toContain(`failure-patterns/responses/${id}`);
			}
		});
	}

	it('puts a pattern’s first action right under its warning signs, before the next pattern begins', () => {
		const { files } = generateSite(playbook, '/');
		for (const locale of playbook.locales) {
			const page = files.get([locale.prefix, 'failure-patterns.md'].filter(Boolean).join('/'))!;
			const { ui } = contentOf(locale.code);
			// The aside that carries the owner, opened as the locale writes it: `*(Owner` in English, `（负责人` in Chinese.
			const owner = ui['pb.page.actionMeta']!.split('{meta}')[0]! + ui['pb.page.owner']!;
			for (const { id } of data(locale.code).patterns) {
				const start = page.indexOf(`\\{#${id}\\}`);
				const next = page.indexOf('\n### ', start);
				expect(start, id).toBeGreaterThan(0);
				// The pattern's section holds an action with its owner: no round trip to the response is needed.
				expect(page.slice(start, next).includes(owner), `${locale.code} ${id}`).toBe(true);
			}
		}
	});
});

describe('templates worth sending', () => {
	for (const locale of playbook.locales) {
		const templates = contentOf(locale.code).templates!.templates;
		const byId = (id: string) => templates.find((t) => t.id === id)!;

		it(`says which stages every template serves, and keeps the internal ones internal (${locale.code})`, () => {
			for (const t of templates) expect(t.stages?.length, t.id).toBeGreaterThan(0);
			for (const id of ['client-summary', 'risk-audit', 'retention-growth-plan']) expect(byId(id).audience, id).toBe('internal');
			// The communication framework is the client's to read: it holds no internal history of the relationship.
			const framework = byId('communication-framework');
			expect(framework.audience).toBe('client');
			expect(framework.sections.flatMap((s) => s.fields).map((f) => f.id)).not.toContain('risks');
		});

		it(`opens and closes every email with a sentence and puts the topic and a decision date in its subject (${locale.code})`, () => {
			for (const t of templates.filter((t) => t.kind === 'email')) {
				if (t.kind !== 'email') continue;
				expect(t.opening, t.id).toBeTruthy();
				expect(t.ending, t.id).toBeTruthy();
				expect(t.subject, t.id).toContain('{decide-by}');
				expect(t.subject, t.id).toMatch(/\{topic\}/);
				const inline = t.sections.filter((s) => !s.output).flatMap((s) => s.fields.map((f) => f.id));
				expect(inline, t.id).toEqual(expect.arrayContaining(['topic', 'decide-by']));
			}
		});

		it(`keeps the client's name and the word for escalation out of the escalation subject, and calls before writing (${locale.code})`, () => {
			const escalation = byId('escalation');
			if (escalation.kind !== 'email') throw new Error('the escalation template is an email');
			expect(escalation.subject).not.toContain('{client-name}');
			expect(escalation.subject).not.toMatch(/escalat|升级/i);
			expect(escalation.intro).toContain(factOf(locale.code, 'escalation-order'));
			expect(escalation.opening).toContain('{call}');
		});

		it(`gives the change request a reference, a price, a validity date and what happens without a decision (${locale.code})`, () => {
			const fields = byId('change-request').sections.flatMap((s) => s.fields);
			expect(fields.map((f) => f.id)).toEqual(expect.arrayContaining(['reference', 'price', 'valid-until', 'no-decision', 'decide-by']));
			expect(fields.find((f) => f.id === 'valid-until')?.control).toBe('date');
			const status = templateOf(locale.code, 'status-update')
				.sections.flatMap((s) => s.fields)
				.find((f) => f.id === 'status');
			expect(status?.options).toHaveLength(3);
		});
	}
});

describe('the worked example', () => {
	it('carries one client through every stage, each with the templates used there and their values filled in', () => {
		for (const locale of playbook.locales) {
			const example = contentOf(locale.code).pages.example!;
			const stages = Object.keys(contentOf(locale.code).models['lifecycle']!.data as object);
			expect(example.stages.map((s) => s.stage)).toEqual(stages);
			for (const stage of example.stages)
				for (const id of stage.templates) expect(Object.keys(example.values[id] ?? {}).length, `${locale.code} ${id}`).toBeGreaterThan(3);
		}
	});

	it('fails to load when its values fill a field the template does not have, and suggests the right one', () => {
		const message = loadErrorAfter('en/pages/example.yaml', (text) =>
			text.replace('    topic: Booking portal\n', '    topik: Booking portal\n'),
		);
		expect(message).toMatch(
			/content\/en\/pages\/example\.yaml:\d+:\d+ \(locale en\)\n {2}values\.status-update\.topik: fills the field “topik”, which the template “status-update” does not have — did you mean “topic”\?/,
		);
	});

	it('fails to load when a value is not one of the choices of its select, or not a date in a date field', () => {
		const message = loadErrorAfter('en/pages/example.yaml', (text) =>
			text.replace('    status: At risk\n', '    status: Risky\n').replace('    decide-by: "2026-04-15"\n', '    decide-by: 15 April\n'),
		);
		expect(message).toMatch(
			/values\.status-update\.status: is “Risky”, which the field “status” does not offer\n {4}Fix: write one of: On track, At risk, Off track/,
		);
		expect(message).toMatch(/values\.status-update\.decide-by: is “15 April”, which is not a date/);
	});
});

describe('follow-ups on a checklist', () => {
	it('fails to load a sheet with more follow-up rows than a printed page holds', () => {
		const message = loadErrorAfter('en/checklists.yaml', (text) => text.replace('    follow_ups: 3\n', '    follow_ups: 12\n'));
		expect(message).toMatch(/follow_ups: .*at most eight rows/);
	});
});
