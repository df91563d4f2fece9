import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseDay, planCadence, weekOfMonth } from '../../src/lib/calendar/cadence';
import { answerCalendar, buildCalendar, type CalendarAsk, type CalendarRequest } from '../../src/lib/calendar/request';
import { ui } from '../support/playbook.ts';

const [en, zh] = [ui.bind(null, 'en'), ui.bind(null, 'zh-cn')];
const wordingOf = (t: (key: string) => string) => ({
	eventUpdate: t('pb.calendar.eventUpdate'),
	eventMilestone: t('pb.calendar.eventMilestone'),
	eventMonthly: t('pb.calendar.eventMonthly'),
	eventQuarterly: t('pb.calendar.eventQuarterly'),
	withClient: t('pb.calendar.withClient'),
	describeUpdate: t('pb.calendar.describeUpdate'),
	describeReview: t('pb.calendar.describeReview'),
});

const now = new Date(Date.UTC(2026, 4, 1, 8, 30));
const request = (change: Partial<CalendarRequest> = {}): CalendarRequest => ({
	cadence: 'weekly',
	date: '2026-05-12',
	time: '09:30',
	milestones: '',
	client: 'Acme',
	lang: 'en',
	wording: wordingOf(en),
	...change,
});

/** The file, parsed back by ical.js: each event with its title, language and first occurrences. */
function parsed(change: Partial<CalendarRequest> = {}, occurrences = 3) {
	const reply = buildCalendar(request(change), now);
	if (!reply.ok) throw new Error(`no calendar: ${reply.problem}`);
	const calendar = new ICAL.Component(ICAL.parse(reply.text));
	const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
		const event = new ICAL.Event(vevent);
		const iterator = event.iterator();
		const starts: string[] = [];
		for (let next = iterator.next(); next && starts.length < occurrences; next = iterator.next()) starts.push(next.toString());
		return {
			summary: event.summary,
			language: vevent.getFirstProperty('summary')?.getParameter('language'),
			rrule: vevent.getFirstPropertyValue('rrule')?.toString(),
			minutes: event.duration.toSeconds() / 60,
			starts,
		};
	});
	return { reply, calendar, events };
}

describe('the calendar file, parsed back with ical.js', () => {
	it('is an RFC 5545 calendar: version, product, CRLF lines folded at 75 octets', () => {
		const { reply, calendar } = parsed({
			client: '上海云杉信息科技有限公司华东区域客户成功部'.repeat(2),
			lang: 'zh-CN',
			wording: wordingOf(zh),
		});
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Client Playbook/);
		expect(reply.text).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*\r\nEND:VCALENDAR\r\n$/);
		expect(reply.text.replace(/\r\n/g, '')).not.toMatch(/\n/);
		for (const line of reply.text.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
	});

	it('repeats the status update every week from the template’s date, at the chosen time', () => {
		const { events } = parsed({ cadence: 'weekly' });
		expect(events).toEqual([
			{
				summary: 'Status update: Acme',
				language: 'en',
				rrule: 'FREQ=WEEKLY',
				minutes: 30,
				starts: ['2026-05-12T09:30:00', '2026-05-19T09:30:00', '2026-05-26T09:30:00'],
			},
		]);
	});

	it('adds a review on each milestone date to the weekly update, sorted and once each', () => {
		const { events } = parsed({ cadence: 'weekly', milestones: '2026-09-01\n2026-06-30, 2026/9/1' });
		expect(events.map((e) => [e.summary, e.rrule, e.starts])).toEqual([
			['Status update: Acme', 'FREQ=WEEKLY', expect.any(Array)],
			['Milestone review: Acme', undefined, ['2026-06-30T09:30:00']],
			['Milestone review: Acme', undefined, ['2026-09-01T09:30:00']],
		]);
	});

	it('puts milestone reviews on their dates alone for milestone-based work', () => {
		const { events } = parsed({ cadence: 'milestones', milestones: '2026-06-30\n2026年9月1日' });
		expect(events.map((e) => [e.summary, e.rrule, e.minutes, e.starts])).toEqual([
			['Milestone review: Acme', undefined, 60, ['2026-06-30T09:30:00']],
			['Milestone review: Acme', undefined, 60, ['2026-09-01T09:30:00']],
		]);
	});

	it('repeats the monthly review on the same weekday of the same week: the second Tuesday', () => {
		const { events } = parsed({ cadence: 'monthly' }, 4);
		expect(events[0]).toMatchObject({
			summary: 'Monthly review: Acme',
			rrule: 'FREQ=MONTHLY;BYDAY=2TU',
			starts: ['2026-05-12T09:30:00', '2026-06-09T09:30:00', '2026-07-14T09:30:00', '2026-08-11T09:30:00'],
		});
	});

	it('repeats the quarterly review every three months on the same weekday of the same week', () => {
		const { events } = parsed({ cadence: 'quarterly' });
		expect(events[0]).toMatchObject({
			summary: 'Quarterly review: Acme',
			rrule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU',
			starts: ['2026-05-12T09:30:00', '2026-08-11T09:30:00', '2026-11-10T09:30:00'],
		});
	});

	it('uses the last weekday of the month when the start falls in a fifth week, which not every month has', () => {
		expect(weekOfMonth({ year: 2026, month: 5, day: 29 })).toBe('-1FR');
		const { events } = parsed({ cadence: 'monthly', date: '2026-05-29' });
		expect(events[0]!.starts).toEqual(['2026-05-29T09:30:00', '2026-06-26T09:30:00', '2026-07-31T09:30:00']);
	});

	it('titles every event in Chinese on the Chinese page, with the language marked', () => {
		const { events, reply } = parsed({
			cadence: 'weekly',
			milestones: '2026-06-30',
			client: '云杉科技',
			lang: 'zh-CN',
			wording: wordingOf(zh),
		});
		expect(events.map((e) => [e.summary, e.language])).toEqual([
			['进展更新：云杉科技', 'zh-CN'],
			['里程碑审查：云杉科技', 'zh-CN'],
		]);
		expect(reply.text).toContain('SUMMARY;LANGUAGE=zh-CN:进展更新：云杉科技');
	});

	it('leaves the client out of the title when the client is not filled in, and starts at 10:00 without a time', () => {
		const { events } = parsed({ client: '  ', time: '' });
		expect(events[0]).toMatchObject({ summary: 'Status update', starts: ['2026-05-12T10:00:00', expect.any(String), expect.any(String)] });
	});
});

describe('what the calendar refuses', () => {
	it('asks for the date first when it is empty or not a real day', () => {
		expect(buildCalendar(request({ date: '' }), now)).toEqual({ ok: false, problem: 'noDate' });
		expect(buildCalendar(request({ date: '2026-02-30' }), now)).toEqual({ ok: false, problem: 'noDate' });
	});

	it('names a milestone date it cannot read', () => {
		expect(buildCalendar(request({ milestones: '2026-06-30\nend of June' }), now)).toEqual({
			ok: false,
			problem: 'badDate',
			value: 'end of June',
		});
	});

	it('needs a milestone date for milestone reviews', () => {
		expect(buildCalendar(request({ cadence: 'milestones' }), now)).toEqual({ ok: false, problem: 'noMilestones' });
	});

	it('reads the dates people type: 2026-06-30, 2026/6/30, 2026.6.30 and 2026年6月30日', () => {
		for (const text of ['2026-06-30', '2026/6/30', '2026.6.30', '2026年6月30日'])
			expect(parseDay(text), text).toEqual({ year: 2026, month: 6, day: 30 });
		expect(planCadence('milestones', { year: 2026, month: 1, day: 1 }, [])).toEqual([]);
	});
});

describe('the answer the page shows', () => {
	/** The `<pb-calendar>` dataset as the page renders it: `msg<Key>` for every calendar string. */
	const datasetOf = (t: (key: string) => string) =>
		Object.fromEntries(
			[...Object.keys(wordingOf(t)), 'done', 'noDate', 'badDate', 'noMilestones'].map((key) => [
				`msg${key[0]!.toUpperCase()}${key.slice(1)}`,
				t(`pb.calendar.${key}`),
			]),
		);
	const ask = (change: Partial<CalendarAsk> = {}): CalendarAsk => {
		const { wording: _, ...rest } = request();
		return { ...rest, template: 'status-update', dataset: datasetOf(en), ...change };
	};

	it('names the file after the template, client and date, and says how many events it holds', () => {
		const answer = answerCalendar(ask(), now);
		expect(answer.file?.name).toBe('status-update-acme-2026-05-12.ics');
		expect(answer.file?.text).toMatch(/^BEGIN:VCALENDAR/);
		expect(answer).toMatchObject({ warning: false, focusDate: false });
		expect(answer.message).toContain('status-update-acme-2026-05-12.ics');
		expect(answer.message).not.toMatch(/\{(file|count)\}/);
	});

	it('sends the reader to the date field when there is none, in the page’s language', () => {
		const answer = answerCalendar(ask({ date: '', lang: 'zh-CN', dataset: datasetOf(zh) }), now);
		expect(answer).toMatchObject({ warning: true, focusDate: true, message: zh('pb.calendar.noDate') });
		expect(answer.file).toBeUndefined();
	});

	it('quotes the milestone date it cannot read', () => {
		const answer = answerCalendar(ask({ cadence: 'milestones', milestones: '2026-05-20\n31 Febtember' }), now);
		expect(answer).toMatchObject({ warning: true, focusDate: false });
		expect(answer.message).toContain('31 Febtember');
	});
});
