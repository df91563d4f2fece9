import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentOf, playbook } from '../support/playbook.ts';
import { baseUrl, launch, openPage } from './support/browser';
import { screenshotDir, uiStrings } from './support/ui-strings';

/**
 * A reader's way from a question to the page that answers it, on a phone (390 × 844 px), in every published
 * language: the journeys of issue 11, each kept as screenshots in test-results/journeys/.
 */
const shots = screenshotDir('journeys');
const phone = { width: 390, height: 844 };
const published = playbook.locales.filter((l) => l.status === 'published');
const lifecycle = playbook.structure.lifecycle!;

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => browser?.close());

async function phonePage(path: string): Promise<Page> {
	const context = await browser.newContext({ viewport: phone, isMobile: true, hasTouch: true });
	const { page } = await openPage(context);
	await page.goto(baseUrl() + path);
	return page;
}

/** How far below the top of the screen an element starts, in CSS pixels. */
const topOf = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el) => el.getBoundingClientRect().top);

for (const locale of published) {
	const home = locale.prefix ? `/${locale.prefix}/` : '/';
	const t = (key: string) => uiStrings(locale.lang)[key] ?? '';
	const stageNames = contentOf(locale.code).models[lifecycle]!.names;

	describe(`journeys on a phone (${locale.lang})`, () => {
		it('from the home page’s first screen to the self-check, which names the stage and opens its page', async () => {
			const page = await phonePage(home);
			// The way in is on the first screen, without scrolling.
			const start = page.locator(`main a[href$="${lifecycle}/#which-stage"]`).first();
			expect(await start.count()).toBe(1);
			expect(await start.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThanOrEqual(phone.height);
			await start.click();
			await page.waitForURL(`**/${lifecycle}/#which-stage`);
			expect(await topOf(page, '#which-stage')).toBeLessThan(phone.height / 2);

			// Signed, first result received, but the last milestones did not go as agreed: active delivery.
			const questions = page.locator('pb-stage-check fieldset');
			await questions.nth(0).locator('input[value="yes"]').check();
			await questions.nth(1).locator('input[value="yes"]').check();
			await questions.nth(2).locator('input[value="no"]').check();
			const result = page.locator('pb-stage-check [role="status"]');
			await expect.poll(() => result.innerText()).toContain(stageNames['active_delivery']!);
			await page.screenshot({ path: `${shots}self-check-${locale.code}.png` });

			const open = result.locator('a[data-pb-open]');
			expect(await open.isVisible()).toBe(true);
			await open.click();
			await page.waitForURL(`**/${lifecycle}/active-delivery/`);
			expect((await page.locator('h1').innerText()).trim()).toBe(stageNames['active_delivery']);
			await page.screenshot({ path: `${shots}self-check-stage-${locale.code}.png` });
			await page.context().close();
		});

		it('from “my client relationship is messy” to a pattern’s concrete actions: two clicks, one screen of scrolling', async () => {
			const page = await phonePage(home);
			// Click 1: the symptom, on the home page's first screen.
			const messy = page.locator('main a[href$="failure-patterns/#patterns"]').first();
			expect(await messy.count()).toBe(1);
			expect(await messy.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThanOrEqual(phone.height);
			await page.screenshot({ path: `${shots}messy-home-${locale.code}.png` });
			await messy.click();
			await page.waitForURL('**/failure-patterns/#patterns');
			expect(await topOf(page, '#patterns')).toBeLessThan(phone.height / 2);

			// Click 2: a pattern from the list right under the heading, e.g. the buyer and the day-to-day contact.
			const patterns = page.locator('#patterns').locator('xpath=ancestor::div[1]/following-sibling::p[1]//a');
			expect(await patterns.count()).toBeGreaterThanOrEqual(2);
			const pattern = patterns.nth(1);
			const id = (await pattern.getAttribute('href'))!.slice(1);
			await expect.poll(() => pattern.isVisible()).toBe(true);
			await page.screenshot({ path: `${shots}messy-patterns-${locale.code}.png` });
			await pattern.click();
			await page.waitForURL(`**/failure-patterns/#${id}`);

			// The first concrete action (what to do, the owner, when) ends within one screen of the pattern's heading.
			const reach = await page.locator(`h3#${id}`).evaluate((heading) => {
				let node = heading.closest('.sl-heading-wrapper') ?? heading;
				while ((node = node.nextElementSibling!) && !/^H[1-3]$/.test(node.tagName) && !node.matches('.sl-heading-wrapper')) {
					const action = node.matches('ul') ? node.querySelector(':scope > li > ul > li') : null;
					if (action) {
						return {
							distance: action.getBoundingClientRect().bottom - heading.getBoundingClientRect().top,
							text: action.textContent ?? '',
						};
					}
				}
				return null;
			});
			expect(reach, 'a response with its actions under the pattern').not.toBeNull();
			expect(reach!.distance).toBeLessThanOrEqual(phone.height);
			// A concrete action names its owner and when.
			expect(reach!.text).toContain(t('pb.page.owner'));
			await page.screenshot({ path: `${shots}messy-actions-${locale.code}.png` });
			await page.context().close();
		});

		it('says which question is still open until the answers name a stage', async () => {
			const page = await phonePage(`${home}${lifecycle}/`);
			const result = page.locator('pb-stage-check [role="status"]');
			expect(await result.innerText()).toContain(t('pb.selfcheck.pending'));
			await page.locator('pb-stage-check fieldset').nth(0).locator('input[value="no"]').check();
			await expect.poll(() => result.innerText()).toContain(stageNames['pre_close']!);
			await page.context().close();
		});
	});
}
