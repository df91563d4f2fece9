import { z } from 'astro/zod';
import { calendarWordingKeys } from '../lib/calendar/wording';

/**
 * UI strings of "Add to calendar" on the communication framework and status update templates
 * (src/content/i18n/<lang>.json). Labels are rendered on the server; messages and event wording travel to
 * the island as `data-msg-*` attributes. Placeholders: `{date}` the date field's label, `{file}`,
 * `{count}`, `{value}` what was typed, `{title}` / `{client}` an event title and the client's name,
 * `{relationship}` a relationship type of the playbook (content/communication `cadences`).
 */
export const calendarMessageKeys = ['done', 'noDate', 'noMilestones', 'badDate', 'failed', ...calendarWordingKeys] as const;

export const calendarLabelKeys = [
	'heading',
	'intro',
	'cadence',
	'cadenceHint',
	'weekly',
	'milestones',
	'monthly',
	'quarterly',
	'time',
	'timeHint',
	'milestoneDates',
	'milestoneHint',
	'add',
] as const;

export const CalendarStringsSchema = z
	.object(
		Object.fromEntries([...calendarLabelKeys, ...calendarMessageKeys].map((key) => [`pb.calendar.${key}`, z.string()])) as Record<
			`pb.calendar.${(typeof calendarLabelKeys)[number] | (typeof calendarMessageKeys)[number]}`,
			z.ZodString
		>,
	)
	.partial();
