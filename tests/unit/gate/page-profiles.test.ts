import { describe, expect, it } from 'vitest';
import { exceptionOf, matchesPattern, profileOf } from '../../../src/gate/page-profiles';

describe('page profiles', () => {
	it('hold stage and framework pages to all seven items', () => {
		expect(profileOf('/lifecycle/pre-close/')).toMatchObject({ id: 'stage', items: expect.arrayContaining(['context', 'next-step']) });
		expect(profileOf('/lifecycle/pre-close/').items).toHaveLength(7);
		expect(profileOf('/failure-patterns/').id).toBe('framework');
	});

	it('hold the lifecycle overview, home and any other page to the next step', () => {
		for (const path of ['/', '/lifecycle/', '/principles/', '/boundaries/', '/quality/', '/a-page-added-by-hand/'])
			expect(profileOf(path), path).toMatchObject({ id: 'content', items: ['next-step'] });
	});

	it('recognise checklist and template pages, their indexes included, by address', () => {
		for (const path of ['/checklists/', '/checklists/quality/', '/checklists/print-all/'])
			expect(profileOf(path).id, path).toBe('checklist');
		for (const path of ['/templates/', '/templates/client-summary/']) expect(profileOf(path).id, path).toBe('template');
		expect(profileOf('/checklists/quality/').budget.js).toBe(3 * 1024);
		expect(profileOf('/templates/escalation/').budget.js).toBe(10 * 1024);
		expect(profileOf('/workspace/').id).toBe('workspace');
		expect(profileOf('/lifecycle/').budget.js).toBe(0);
	});

	it('match * within one path segment and ** across any number', () => {
		expect(matchesPattern('/lifecycle/a/b/', '/lifecycle/*/')).toBe(false);
		expect(matchesPattern('/checklistsx/', '/checklists/**')).toBe(false);
	});

	it('list the not-found page as an exception with its reason', () => {
		expect(exceptionOf('/404.html')?.reason).toMatch(/not-found/);
	});
});
