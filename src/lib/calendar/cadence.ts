/**
 * The rhythms a client's meetings can follow, turned into calendar events. Pure: no dates from the
 * clock, no wording (the page supplies titles in its language). The rhythms a template offers, and the kind of
 * relationship each one comes from, are the playbook's (templates.yaml `calendar`).
 */
export const cadences = ['weekly', 'milestones', 'monthly', 'quarterly'] as const;
export type Cadence = (typeof cadences)[number];

/** A calendar day. `month` 1–12, `day` 1–31. */
export interface Day {
	year: number;
	month: number;
	day: number;
}

/** How an event repeats (RFC 5545 RRULE): every `interval` weeks or months, on `byDay` (`2TU`, `-1FR`) when monthly. */
export interface Repeat {
	freq: 'WEEKLY' | 'MONTHLY';
	interval: number;
	byDay?: string;
}

/** One event of the plan: what it is (the page names it), when it first happens and how it repeats. */
export interface PlannedEvent {
	kind: 'update' | 'milestone' | 'monthly' | 'quarterly';
	day: Day;
	minutes: number;
	repeat?: Repeat;
}

const weekdays = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/**
 * The events of a cadence, starting on `start` (the template's date field). Weekly: an update every
 * week on that weekday. Monthly and quarterly: a review on the same weekday of the same week of the month
 * as `start` ("the second Tuesday"; the last one when `start` falls in a fifth week), which every month
 * has, unlike the 31st. Milestone dates, sorted and without repeats, each get a review; the milestone
 * cadence is those reviews alone. Updates last 30 minutes, reviews an hour.
 */
export function planCadence(cadence: Cadence, start: Day, milestones: readonly Day[]): PlannedEvent[] {
	const reviews = sortDays(milestones).map((day): PlannedEvent => ({ kind: 'milestone', day, minutes: 60 }));
	switch (cadence) {
		case 'weekly':
			return [{ kind: 'update', day: start, minutes: 30, repeat: { freq: 'WEEKLY', interval: 1 } }, ...reviews];
		case 'milestones':
			return reviews;
		case 'monthly':
		case 'quarterly':
			return [
				{
					kind: cadence,
					day: start,
					minutes: 60,
					repeat: { freq: 'MONTHLY', interval: cadence === 'monthly' ? 1 : 3, byDay: weekOfMonth(start) },
				},
				...reviews,
			];
	}
}

/** The BYDAY value naming a day's place in its month: `2TU` for the second Tuesday, `-1FR` for a fifth (last) Friday. */
export function weekOfMonth({ year, month, day }: Day): string {
	const weekday = weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
	const week = Math.ceil(day / 7);
	return `${week === 5 ? -1 : week}${weekday}`;
}

/**
 * A day written as 2026-06-30, 2026/6/30, 2026.6.30 or 2026年6月30日 (what a date field gives, and what
 * people type); undefined for anything else or a day that does not exist (2026-02-30).
 */
export function parseDay(text: string): Day | undefined {
	const match = /^\s*(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*[日号]?\s*$/.exec(text);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	return { year, month, day };
}

/** Days listed one per line or separated by commas (，、; too); what cannot be read is returned as typed. */
export function parseDays(text: string): { days: Day[]; invalid: string[] } {
	const days: Day[] = [];
	const invalid: string[] = [];
	for (const part of text.split(/[\n,，、;；]+/).map((p) => p.trim())) {
		if (!part) continue;
		const day = parseDay(part);
		if (day) days.push(day);
		else invalid.push(part);
	}
	return { days, invalid };
}

const key = ({ year, month, day }: Day) => year * 10_000 + month * 100 + day;

function sortDays(days: readonly Day[]): Day[] {
	const unique = new Map(days.map((day) => [key(day), day]));
	return [...unique.values()].sort((a, b) => key(a) - key(b));
}
