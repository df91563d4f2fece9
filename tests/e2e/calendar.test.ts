import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playbook } from '../support/playbook.ts';
import { baseUrl, launch, openPage } from './support/browser';
import { screenshotDir, uiStrings as strings } from './support/ui-strings';

const shots = screenshotDir('calendar');

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => browser?.close());

/** Presses "Add to calendar" and parses the downloaded file with ical.js: each event's title, rule and first starts. */
async function addToCalendar(page: Page) {
	const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-cal="add"]')]);
	const text = readFileSync(await download.path(), 'utf8');
	const calendar = new ICAL.Component(ICAL.parse(text));
	const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
		const event = new ICAL.Event(vevent);
		const iterator = event.iterator();
		const starts = [iterator.next()?.toString(), iterator.next()?.toString()];
		return { summary: event.summary, rrule: vevent.getFirstPropertyValue('rrule')?.toString(), starts };
	});
	return { file: download.suggestedFilename(), text, events };
}

for (const locale of playbook.locales) {
	const t = (key: string) => strings(locale.lang)[`pb.calendar.${key}`] ?? '';
	const path = (id: string) => `${baseUrl()}/${locale.prefix ? `${locale.prefix}/` : ''}templates/${id}/`;
	const client = locale.prefix ? '云杉科技' : 'Acme';

	describe(`Add to calendar (${locale.lang})`, () => {
		it('downloads the agreed rhythm from the communication framework, titled in the page’s language', async () => {
			const context = await browser.newContext({ acceptDownloads: true });
			const { page, watch } = await openPage(context);
			await page.goto(path('communication-framework'));
			await page.fill('[name="client-name"]', client);
			await page.fill('[name="date"]', '2026-05-12');
			// The relationship type picks the playbook's rhythm for it: project-based work -> milestone reviews.
			await page.selectOption('[name="relationship-type"]', { index: 2 });
			await expect.poll(() => page.locator('[data-cal="cadence"]').inputValue()).toBe('milestones');
			await page.selectOption('[data-cal="cadence"]', 'weekly');
			await page.fill('[data-cal="milestones"]', '2026-06-30');
			await page.locator('pb-calendar').screenshot({ path: `${shots}calendar-${locale.lang}.png` });

			const { file, events } = await addToCalendar(page);
			expect(file).toMatch(/^communication-framework-.+-2026-05-12\.ics$/);
			const title = (key: string) => t('withClient').replace('{title}', t(key)).replace('{client}', client);
			expect(events).toEqual([
				{ summary: title('eventUpdate'), rrule: 'FREQ=WEEKLY', starts: ['2026-05-12T10:00:00', '2026-05-19T10:00:00'] },
				{ summary: title('eventMilestone'), rrule: undefined, starts: ['2026-06-30T10:00:00', undefined] },
			]);
			if (locale.prefix) expect(events.map((e) => e.summary).join('')).not.toMatch(/[A-Za-z]/);
			await expect.poll(() => page.locator('[data-cal="status"]').textContent()).toContain(file);
			await page.locator('pb-calendar').screenshot({ path: `${shots}calendar-done-${locale.lang}.png` });
			expect(watch.consoleErrors).toEqual([]);
			expect(watch.externalRequests).toEqual([]);
			await context.close();
		});

		it('repeats the status update’s monthly review on the same weekday of the same week', async () => {
			const context = await browser.newContext({ acceptDownloads: true });
			const { page } = await openPage(context);
			await page.goto(path('status-update'));
			await page.fill('[name="client-name"]', client);
			await page.fill('[name="date"]', '2026-05-12');
			await page.selectOption('[data-cal="cadence"]', 'monthly');
			await page.fill('[data-cal="time"]', '14:30');
			const { events } = await addToCalendar(page);
			expect(events).toEqual([
				{
					summary: t('withClient').replace('{title}', t('eventMonthly')).replace('{client}', client),
					rrule: 'FREQ=MONTHLY;BYDAY=2TU',
					starts: ['2026-05-12T14:30:00', '2026-06-09T14:30:00'],
				},
			]);
			await context.close();
		});

		it('asks for the date first, and takes the reader to it', async () => {
			const context = await browser.newContext({ acceptDownloads: true });
			const { page } = await openPage(context);
			let downloaded = false;
			page.on('download', () => (downloaded = true));
			await page.goto(path('status-update'));
			await page.click('[data-cal="add"]');
			const status = page.locator('[data-cal="status"]');
			await expect
				.poll(() => status.textContent())
				.toBe(t('noDate').replace('{date}', await page.locator('label[for="pb-field-date"]').innerText()));
			expect(await status.getAttribute('data-tone')).toBe('warning');
			await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('date');
			expect(downloaded).toBe(false);
			await context.close();
		});
	});
}
