import { describe, expect, it } from 'vitest';
import { profileOf } from '../../../src/gate/config';
import { exceptionOf, matchesPattern } from '../../../src/gate/page-profiles';
import { playbook, sitePaths } from '../../support/playbook';
import { clientConfig } from './support';

const config = clientConfig();
const profile = (path: string) => profileOf(config, path);
/** The locale-free paths of the registry's pages of one kind. */
const pathsOf = (kind: string) =>
	sitePaths()
		.filter((p) => p.locale === playbook.defaultLocale.code && p.kind === kind)
		.map((p) => p.path);

describe('page profiles', () => {
	it('hold stage and framework pages to all seven items', () => {
		expect(profile('/lifecycle/pre-close/')).toMatchObject({ id: 'stage', items: expect.arrayContaining(['context', 'next-step']) });
		expect(profile('/lifecycle/pre-close/').items).toHaveLength(7);
		expect(profile('/failure-patterns/').id).toBe('framework');
		// Every stage and every framework of the registry, not only the two above.
		expect(pathsOf('stage')).toHaveLength(5);
		expect(pathsOf('framework')).toEqual(['/architecture/', '/onboarding/', '/failure-patterns/', '/communication/']);
		for (const path of [...pathsOf('stage'), ...pathsOf('framework')]) expect(profile(path).items, path).toEqual(playbook.quality.ids);
	});

	it('hold the lifecycle overview, home and any other page to the next step', () => {
		expect(profile('/lifecycle/')).toMatchObject({ id: 'overview', items: ['next-step'] });
		for (const path of ['/', '/principles/', '/boundaries/', '/quality/', '/a-page-added-by-hand/', '/lifecycle/renewal/'])
			expect(profile(path), path).toMatchObject({ id: 'content', items: ['next-step'] });
	});

	it('recognise checklist and template pages, their indexes included, from the page registry', () => {
		for (const path of ['/checklists/', '/checklists/quality/', '/checklists/print-all/']) expect(profile(path).id, path).toBe('checklist');
		for (const path of ['/templates/', '/templates/client-summary/']) expect(profile(path).id, path).toBe('template');
		for (const path of pathsOf('checklist')) expect(profile(path).id, path).toBe('checklist');
		for (const path of pathsOf('template')) expect(profile(path).id, path).toBe('template');
		expect(profile('/checklists/quality/').budget.js).toBe(3 * 1024);
		expect(profile('/templates/escalation/').budget.js).toBe(10 * 1024);
		// The overview carries the stage self-check only; other content pages ship no JavaScript of their own.
		expect(profile('/lifecycle/').budget.js).toBe(1024);
		expect(profile('/principles/').budget.js).toBe(0);
	});

	it('match * within one path segment and ** across any number', () => {
		expect(matchesPattern('/lifecycle/a/', '/lifecycle/*/')).toBe(true);
		expect(matchesPattern('/lifecycle/a/b/', '/lifecycle/*/')).toBe(false);
		expect(matchesPattern('/checklists/a/b/', '/checklists/**')).toBe(true);
		expect(matchesPattern('/checklistsx/', '/checklists/**')).toBe(false);
	});

	it('list the not-found pages as exceptions with their reason', () => {
		expect(exceptionOf('/404.html')?.reason).toMatch(/not-found/);
		expect(exceptionOf('/zh-cn/404/')?.reason).toMatch(/not-found/);
		expect(exceptionOf('/boundaries/')).toBeUndefined();
	});
});
