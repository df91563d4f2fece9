import ICAL from 'ical.js';
import type { Day, Repeat } from './cadence.ts';

/** An event ready to write: its words in the page's language and its time. */
export interface CalendarEvent {
	summary: string;
	description: string;
	day: Day;
	/** Local start time, 24-hour. */
	hour: number;
	minute: number;
	minutes: number;
	repeat?: Repeat;
}

export interface CalendarOptions {
	/** BCP-47 tag of the words (`zh-CN`), written as each text's LANGUAGE parameter. */
	lang: string;
	/** When the file is made (DTSTAMP). */
	now: Date;
	/** A unique id per event; the default is a random UUID. */
	uid?: () => string;
}

/**
 * An iCalendar file (RFC 5545) with one VEVENT per event, written with ical.js: CRLF line ends, lines
 * folded at 75 octets (so Chinese titles stay valid), text escaped. Start times are floating local times
 * (no time zone): "10:00" stays 10:00 wherever the calendar is, which is what a meeting rhythm means.
 * Repeating events carry an RRULE with no end; the person deletes the series when the engagement ends.
 */
export function toICalendar(events: readonly CalendarEvent[], { lang, now, uid = () => crypto.randomUUID() }: CalendarOptions): string {
	// ical.js folds after this many octets and then adds the continuation line's leading space: 74 keeps
	// every line, that space included, within RFC 5545's 75.
	ICAL.foldLength = 74;
	const calendar = new ICAL.Component(['vcalendar', [], []]);
	calendar.addPropertyWithValue('prodid', '-//Client Playbook//Communication cadence//EN');
	calendar.addPropertyWithValue('version', '2.0');
	calendar.addPropertyWithValue('calscale', 'GREGORIAN');
	calendar.addPropertyWithValue('method', 'PUBLISH');
	const stamp = ICAL.Time.fromJSDate(now, true);

	for (const event of events) {
		const vevent = new ICAL.Component('vevent');
		vevent.addPropertyWithValue('uid', uid());
		vevent.addPropertyWithValue('dtstamp', stamp);
		const { year, month, day } = event.day;
		vevent.addPropertyWithValue(
			'dtstart',
			ICAL.Time.fromData({ year, month, day, hour: event.hour, minute: event.minute, second: 0, isDate: false }),
		);
		vevent.addPropertyWithValue('duration', ICAL.Duration.fromData({ minutes: event.minutes }));
		if (event.repeat) {
			const { freq, interval, byDay } = event.repeat;
			vevent.addPropertyWithValue('rrule', ICAL.Recur.fromData({ freq, interval, ...(byDay ? { parts: { BYDAY: [byDay] } } : {}) }));
		}
		vevent.addPropertyWithValue('summary', event.summary).setParameter('language', lang);
		vevent.addPropertyWithValue('description', event.description).setParameter('language', lang);
		vevent.addPropertyWithValue('transp', 'OPAQUE');
		calendar.addSubcomponent(vevent);
	}
	return `${calendar.toString()}\r\n`;
}
