import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playbook } from '../support/playbook.ts';
import { baseUrl, launch, openPage } from './support/browser';
import { screenshotDir, uiStrings as strings } from './support/ui-strings';

const shots = screenshotDir('quality-meter');

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => browser?.close());

const drafts = {
	en: { happened: 'Shipped', vague: 'ASAP', ownerless: 'Send the revised plan ASAP', concrete: 'We send the revised plan by Friday' },
	'zh-CN': { happened: '完成', vague: '尽快', ownerless: '尽快发出修改后的方案', concrete: '我们周五前发出修改后的方案' },
} as const;

for (const locale of playbook.locales) {
	const t = (key: string) => strings(locale.lang)[key] ?? '';
	const draft = drafts[locale.lang as keyof typeof drafts];

	describe(`the quality meter (${locale.lang})`, () => {
		it('warns about a vague word and an ownerless next step, says why, and clears once the step is concrete', async () => {
			const context = await browser.newContext();
			const { page, watch } = await openPage(context);
			await page.goto(`${baseUrl()}/${locale.prefix ? `${locale.prefix}/` : ''}templates/status-update/`);
			const label = (name: string) => page.locator(`label[for="pb-field-${name}"]`).innerText();
			await page.fill('[name="what-happened"]', draft.happened);
			await page.fill('[name="what-is-next"]', draft.ownerless);

			const item = (id: string) => page.locator(`pb-quality-meter [data-quality="${id}"]`);
			await expect.poll(() => item('next-step').getAttribute('data-state')).toBe('missing');
			await expect(item('next-step').locator('[data-why]').textContent()).resolves.toBe(t('pb.meter.noOwnerNoDate'));
			await expect(item('context').locator('[data-why]').textContent()).resolves.toBe(
				t('pb.meter.oneWord').replace('{field}', await label('what-happened')),
			);
			// The reasons and the vague words are in live regions, so screen readers hear them as they change.
			expect(await page.locator('pb-quality-meter ul[aria-live="polite"]').count()).toBe(2);

			// The vague word: listed in the meter and noted under its field, with the playbook's suggestion.
			const vague = page.locator('pb-quality-meter [data-vague-list] li');
			await expect.poll(() => vague.count()).toBe(1);
			await expect(vague.textContent()).resolves.toContain(`${draft.vague}`);
			await expect(vague.textContent()).resolves.toContain(await label('what-is-next'));
			const note = page.locator('#pb-flag-what-is-next');
			await expect(note.textContent()).resolves.toContain(t('pb.meter.flag').split('{word}')[1]!.split('{suggestion}')[0]!.trim());
			expect(await page.locator('[name="what-is-next"]').getAttribute('aria-describedby')).toContain('pb-flag-what-is-next');
			await page.locator('[name="what-is-next"]').scrollIntoViewIfNeeded();
			await page.screenshot({ path: `${shots}field-${locale.lang}.png` });
			await page.locator('pb-quality-meter').screenshot({ path: `${shots}meter-${locale.lang}.png` });

			await page.fill('[name="what-is-next"]', draft.concrete);
			await expect.poll(() => item('next-step').getAttribute('data-state')).toBe('covered');
			await expect(item('next-step').locator('[data-why]').textContent()).resolves.toBe('');
			await expect.poll(() => page.locator('pb-quality-meter [data-vague]').isHidden()).toBe(true);
			expect(await note.count()).toBe(0);
			expect(watch.consoleErrors).toEqual([]);
			await context.close();
		});
	});
}
