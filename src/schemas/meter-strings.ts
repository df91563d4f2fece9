import { z } from 'astro/zod';

/**
 * UI strings of the templates' quality meter (src/content/i18n/<lang>.json), passed to its island as
 * `data-msg-*` attributes. `{field}` is a field's label, `{word}` a vague word as typed, `{suggestion}`
 * the playbook's suggestion for it (content/quality-gate/lint.yaml).
 */
export const meterMessageKeys = ['empty', 'oneWord', 'noOwner', 'noDate', 'noOwnerNoDate', 'notRated', 'vague', 'flag'] as const;

export const MeterStringsSchema = z
	.object({
		/** Heading of the list of vague words found in the draft. */
		'pb.meter.vagueTitle': z.string(),
		...(Object.fromEntries(meterMessageKeys.map((key) => [`pb.meter.${key}`, z.string()])) as Record<
			`pb.meter.${(typeof meterMessageKeys)[number]}`,
			z.ZodString
		>),
	})
	.partial();
