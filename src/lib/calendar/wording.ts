/**
 * Event wording in the page's language (UI strings `pb.calendar.<key>`): the titles of each kind of
 * event, `withClient` (`{title}` and `{client}`) and the descriptions of updates and reviews.
 */
export const calendarWordingKeys = [
	'eventUpdate',
	'eventMilestone',
	'eventMonthly',
	'eventQuarterly',
	'withClient',
	'describeUpdate',
	'describeReview',
] as const;
export type CalendarWording = Record<(typeof calendarWordingKeys)[number], string>;
