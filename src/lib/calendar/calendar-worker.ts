/// <reference lib="webworker" />
import { buildCalendar, type CalendarRequest } from './request.ts';

/**
 * The calendar writer, in a worker the page starts when "Add to calendar" is pressed: the iCalendar
 * library (ical.js, about 23 KB gzip) is loaded then, not with the page. One request, one reply.
 */
self.addEventListener('message', (event: MessageEvent<CalendarRequest>) => {
	self.postMessage(buildCalendar(event.data, new Date()));
});
