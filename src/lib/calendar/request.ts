import { type Cadence, cadences, type PlannedEvent, parseDay, parseDays, planCadence } from './cadence.ts';
import { toICalendar } from './ics.ts';
import type { CalendarWording } from './wording.ts';

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
