import { z } from 'astro/zod';

/** UI strings of the template pages (src/content/i18n/<lang>.json), read with `Astro.locals.t()`. */
export const templateStringKeys = [
	'fill',
	'privacy',
	'noScript',
	'choose',
	'quality',
	'qualityIntro',
	'covered',
	'missing',
	'notApplicable',
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
	'noNextStep',
	'ranking',
] as const;

export const TemplateStringsSchema = z.object(
	Object.fromEntries(templateStringKeys.map((key) => [`pb.templates.${key}`, z.string().optional()])) as Record<
		`pb.templates.${(typeof templateStringKeys)[number]}`,
		z.ZodOptional<z.ZodString>
	>,
);
