import { type Cadence, cadences, type PlannedEvent, parseDay, parseDays, planCadence } from './cadence.ts';
import { toICalendar } from './ics.ts';
import { fileName } from '../templates/mailto.ts';
import { type CalendarWording, calendarWordingKeys } from './wording.ts';

/** What "Add to calendar" sends to the calendar writer: the form's values as typed, and the wording. */
export interface CalendarRequest {
	/** One of `cadences`; anything else is read as weekly. */
	cadence: string;
	/** The template's date field (`2026-05-12`): the first meeting. */
	date: string;
	/** `HH:MM`, local; empty means 10:00. */
	time: string;
	/** Milestone dates, one per line or comma-separated. */
	milestones: string;
	client: string;
	/** BCP-47 tag of the page. */
	lang: string;
	wording: CalendarWording;
}

/** The file, or why there is none: the page words the problem (`noDate`, `badDate` with the value, `noMilestones`). */
export type CalendarReply =
	| { ok: true; text: string; count: number }
	| { ok: false; problem: 'noDate' | 'noMilestones' }
	| { ok: false; problem: 'badDate'; value: string };

const titles: Record<PlannedEvent['kind'], keyof CalendarWording> = {
	update: 'eventUpdate',
	milestone: 'eventMilestone',
	monthly: 'eventMonthly',
	quarterly: 'eventQuarterly',
};

/**
 * The iCalendar file for a request: the cadence planned from the date (src/lib/calendar/cadence.ts),
 * each event titled in the page's language with the client's name, written by ics.ts. Runs in a worker
 * (calendar-worker.ts) so the page loads the writer only when asked; pure, so unit tests call it directly.
 */
export function buildCalendar(request: CalendarRequest, now: Date): CalendarReply {
	const start = parseDay(request.date);
	if (!start) return { ok: false, problem: 'noDate' };
	const milestones = parseDays(request.milestones);
	if (milestones.invalid[0] !== undefined) return { ok: false, problem: 'badDate', value: milestones.invalid[0] };
	const cadence: Cadence = cadences.find((c) => c === request.cadence) ?? 'weekly';
	if (cadence === 'milestones' && milestones.days.length === 0) return { ok: false, problem: 'noMilestones' };

	const { wording } = request;
	const client = request.client.trim();
	const [hour = 10, minute = 0] = (/^\d{1,2}:\d{2}$/.test(request.time) ? request.time : '10:00').split(':').map(Number);
	const events = planCadence(cadence, start, milestones.days).map((event) => {
		const title = wording[titles[event.kind]];
		return {
			...event,
			summary: client ? wording.withClient.replace('{title}', title).replace('{client}', client) : title,
			description: event.kind === 'update' ? wording.describeUpdate : wording.describeReview,
			hour,
			minute,
		};
	});
	return { ok: true, text: toICalendar(events, { lang: request.lang, now }), count: events.length };
}

/**
 * What the page sends when "Add to calendar" is pressed: the form's values as typed, the template id (for the file
 * name) and the `<pb-calendar>` element's dataset, whose `msg*` entries hold the page's wording (UI strings
 * `pb.calendar.*`, rendered on the server).
 */
export interface CalendarAsk extends Omit<CalendarRequest, 'wording'> {
	template: string;
	dataset: Record<string, string | undefined>;
}

/** What the page does with the answer: download `file` if there is one, say `message`, focus the date if asked. */
export interface CalendarAnswer {
	file?: { name: string; text: string };
	message: string;
	warning: boolean;
	focusDate: boolean;
}

/**
 * The whole of "Add to calendar" past the button press, in the worker: the file ({@link buildCalendar}), its name
 * (`<template>-<client>-<date>.ics`) and the sentence the page shows, in the page's language. Pure.
 */
export function answerCalendar(ask: CalendarAsk, now: Date): CalendarAnswer {
	const msg = (key: string) => ask.dataset[`msg${key[0]!.toUpperCase()}${key.slice(1)}`] ?? '';
	const wording = Object.fromEntries(calendarWordingKeys.map((key) => [key, msg(key)])) as CalendarWording;
	const reply = buildCalendar({ ...ask, wording }, now);
	if (!reply.ok)
		return {
			message: msg(reply.problem).replace('{value}', reply.problem === 'badDate' ? reply.value : ''),
			warning: true,
			focusDate: reply.problem === 'noDate',
		};
	const name = fileName(ask.template || 'calendar', ask.client, ask.date, 'ics');
	return {
		file: { name, text: reply.text },
		message: msg('done').replace('{file}', name).replace('{count}', String(reply.count)),
		warning: false,
		focusDate: false,
	};
}
