import { z } from 'astro/zod';

/** Messages the template island shows (`data-msg-*` attributes); `noNextStep` is filled in per template. */
export const templateMessageKeys = [
	'covered',
	'missing',
	'notApplicable',
	'doneEmail',
	'doneText',
	'doneMarkdown',
	'doneDownload',
	'doneMail',
	'mailTooLong',
	'donePrint',
	'doneClear',
	'doneSubject',
	'copyFailed',
	'storageFailed',
] as const;

/** UI strings of the template pages (src/content/i18n/<lang>.json), read with `Astro.locals.t()`. */
export const templateStringKeys = [
	'fill',
	'privacy',
	'noScript',
	'choose',
	'quality',
	'qualityIntro',
	'preview',
	'subject',
	'actions',
	'copyEmail',
	'copyText',
	'copyMarkdown',
	'download',
	'mail',
	'print',
	'clear',
	'copySubject',
	'noNextStep',
	'ranking',
	...templateMessageKeys,
] as const;

export const TemplateStringsSchema = z.object(
	Object.fromEntries(templateStringKeys.map((key) => [`pb.templates.${key}`, z.string().optional()])) as Record<
		`pb.templates.${(typeof templateStringKeys)[number]}`,
		z.ZodOptional<z.ZodString>
	>,
);
