import { z } from 'zod';
import { calendarWordingKeys } from '../lib/calendar/wording.ts';
import { workspaceStringKeys } from './workspace-ui.ts';

/**
 * The interface strings the site uses, by key: `<code>.json` beside the locale folders of a playbook, over
 * the generator's own (src/wording/<code>.json). Flat dotted keys, read with Starlight's `Astro.locals.t()`;
 * `{name}` placeholders are filled in where the string is used. Every published locale needs every key.
 */

/** Messages the template island shows (rendered into `data-msg-*` attributes). */
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
export type TemplateMessageKey = (typeof templateMessageKeys)[number];

/**
 * Messages of the templates' quality meter (`data-msg-*` attributes): `{field}` is a field's label, `{word}` a vague
 * word as typed, `{suggestion}` the playbook's suggestion for it (words.yaml).
 */
export const meterMessageKeys = ['empty', 'oneWord', 'noOwner', 'noDate', 'noOwnerNoDate', 'notRated', 'vague', 'flag'] as const;

/**
 * "Add to calendar" (templates with a `calendar` block): messages and event wording travel to the island as
 * `data-msg-*` attributes. Placeholders: `{date}` the date field's label, `{file}`, `{count}`, `{value}` what was
 * typed, `{title}` / `{client}` an event title and the client's name, `{relationship}` the kind of relationship a
 * rhythm comes from.
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

/** Keys under a prefix, keeping their literal types (`pb.templates.fill`), so that `t()` checks them. */
const prefixed = <P extends string, const K extends readonly string[]>(prefix: P, keys: K) =>
	keys.map((key) => `${prefix}${key}`) as { [I in keyof K]: `${P}${K[I] & string}` };

const templateKeys = prefixed('pb.templates.', [
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
	'groupDocuments',
	'groupEmails',
	'indexItem',
	'sharedHeading',
	'sharedNote',
	'blank',
	'byline',
	'stages',
	'internal',
	'example',
	'exampleLoaded',
	'exampleClient',
	...templateMessageKeys,
]);

const checklistKeys = prefixed('pb.checklist.', [
	'tools',
	'print',
	'reset',
	'bilingual',
	'saved',
	'restored',
	'cleared',
	'unsaved',
	'when',
	'owner',
	'participants',
	'duration',
	'client',
	'date',
	'filledBy',
	'notes',
	'response',
	'printAll',
	'agendas',
	'sheets',
	'internal',
	'minutes',
	'signals',
	'followUps',
	'followAction',
	'followOwner',
	'followDue',
	'followRow',
]);

const siteKeys = [
	'pb.colon',
	'pb.named',
	'pb.sidebar.playbook',
	'pb.sidebar.lifecycle',
	'pb.sidebar.frameworks',
	'pb.sidebar.reference',
	'pb.sidebar.checklists',
	'pb.sidebar.templates',
	'pb.notFound.title',
	'pb.notFound.text',
	'pb.notFound.home',
	'pb.page.stageOf',
	'pb.page.stages',
	'pb.page.owner',
	'pb.page.when',
	'pb.page.actionMeta',
	'pb.page.signals',
	'pb.page.related',
	'pb.page.links',
	'pb.page.backlinks',
	'pb.page.actions',
	'pb.page.tools',
	'pb.page.diagram',
	'pb.page.statement',
	'pb.draft.note',
	'pb.draft.banner',
	'pb.play.length',
	'pb.play.participants',
	'pb.play.time',
	'pb.play.entry',
	'pb.play.exit',
	'pb.page.scripts',
	'pb.page.stageTools',
	'pb.page.checklist',
	'pb.page.agenda',
	'pb.page.templates',
	'pb.page.watch',
	'pb.page.inThisList',
	'pb.selfcheck.yes',
	'pb.selfcheck.no',
	'pb.selfcheck.result',
	'pb.selfcheck.open',
	'pb.selfcheck.pending',
	'pb.selfcheck.reset',
	'pb.raci.activity',
	'pb.raci.R',
	'pb.raci.A',
	'pb.raci.C',
	'pb.raci.I',
] as const;

const meterKeys = prefixed('pb.meter.', ['vagueTitle', ...meterMessageKeys]);
const calendarKeys = prefixed('pb.calendar.', [...calendarLabelKeys, ...calendarMessageKeys]);

const workspaceKeys = prefixed('pb.workspace.', ['title', 'description', 'intro', ...workspaceStringKeys]);

/** Every key of ours a locale must have (Starlight's own keys come with Starlight's translations). */
export const uiStringKeys = [...siteKeys, ...checklistKeys, ...templateKeys, ...meterKeys, ...calendarKeys, ...workspaceKeys] as const;
export type UiStringKey = (typeof uiStringKeys)[number];

/** The extension of Starlight's i18n schema: every key of ours, optional there (the content check requires them). */
export const UiStringsSchema = z.object(Object.fromEntries(uiStringKeys.map((key) => [key, z.string().optional()]))) as z.ZodObject<
	Record<UiStringKey, z.ZodOptional<z.ZodString>>
>;
