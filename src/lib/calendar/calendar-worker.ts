/// <reference lib="webworker" />
import { answerCalendar, type CalendarAsk } from './request.ts';

/**
 * The calendar writer, in a worker the page starts when "Add to calendar" is pressed: the iCalendar library
 * (ical.js, about 23 KB gzip) and everything past the press load then, not with the page. One ask, one answer.
 */
self.addEventListener('message', (event: MessageEvent<CalendarAsk>) => {
	self.postMessage(answerCalendar(event.data, new Date()));
});
