import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ContentLocale, contentLocales } from '../locales.ts';
import { type QualityItem, qualityItems } from './page-profiles.ts';
import type { z } from 'zod';
import { ContentError } from '../lib/content/content-error.ts';
import { readModel } from '../lib/content/read-model.ts';
import { type Allowance, type Lint, LintSchema } from '../schemas/lint.ts';
import { QualityGateSchema } from '../schemas/quality-gate.ts';
import { SiteSchema } from '../schemas/site.ts';
import type { RuleId, RuleText } from './rules.ts';

/** What the gate knows of one locale's wording. */
export interface LocaleWording {
	/** Section headings by quality item, from content/site/<locale>.yaml `sections`: one place for generator and gate. */
	headings: Record<QualityItem, string>;
	/** The word that names an owner in a "Next step" section, from `labels.owner`. */
	owner: string;
	placeholders: string[];
	vague: string[];
}

export type { Allowance };

export interface GateConfig {
	locales: ContentLocale[];
	wording: Record<string, LocaleWording>;
	/** Latin words a Chinese page may use: product and proper names. */
	properNames: string[];
	allow: Allowance[];
	/** Rule titles and fix hints for the report, in the root locale's wording. */
	rules: Record<RuleId, RuleText>;
	/** Astro's `base`, with a trailing slash. */
	base: string;
}

/** The project root this module belongs to, for callers that have no other. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Section keys in content/site are snake_case; quality item ids are the source's. */
const headingKey = (item: QualityItem) => item.replace(/-/g, '_');

/** The lint's word lists (per locale id) and its allowances: content/quality-gate/lint.yaml, checked by its schema. */
export function readLint(root: string = projectRoot): Lint {
	const result = readModel(LintSchema, join(root, 'content', 'quality-gate/lint.yaml'), 'content/quality-gate/lint.yaml', 'all');
	if (!result.ok) throw new ContentError(result.issues);
	return result.data;
}

export function loadGateConfig({
	root = projectRoot,
	base = '/',
	locales = contentLocales(),
}: { root?: string; base?: string; locales?: ContentLocale[] } = {}): GateConfig {
	const lint = readLint(root);

	// Site wording and rule texts are read through the content layer's schemas, so a missing heading or
	// rule fails with the same located message as in the build.
	const model = <S extends z.ZodType>(schema: S, file: string, locale: string): z.output<S> => {
		const result = readModel(schema, join(root, 'content', file), `content/${file}`, locale);
		if (!result.ok) throw new ContentError(result.issues);
		return result.data;
	};

	const wording: Record<string, LocaleWording> = {};
	for (const locale of locales) {
		const site = model(SiteSchema, `site/${locale.id}.yaml`, locale.id);
		wording[locale.id] = {
			headings: Object.fromEntries(
				qualityItems.map((item) => [item, site.sections[headingKey(item) as keyof typeof site.sections]]),
			) as Record<QualityItem, string>,
			owner: site.labels.owner,
			placeholders: lint.placeholders?.[locale.id] ?? [],
			vague: lint.vague?.[locale.id] ?? [],
		};
	}

	const reference = locales[0];
	// The schema requires an entry for every rule id.
	const ruleTexts = reference ? model(QualityGateSchema, `quality-gate/${reference.id}.yaml`, reference.id).rules.items : [];
	const rules = Object.fromEntries(ruleTexts.map((text) => [text.id, text])) as Record<RuleId, RuleText>;

	return {
		locales,
		wording,
		properNames: lint.proper_names ?? [],
		allow: lint.allow ?? [],
		rules,
		base: base.endsWith('/') ? base : `${base}/`,
	};
}
