import type { Playbook } from '../lib/content/playbook.ts';
import { pageRegistry } from '../lib/page-registry.ts';
import { type PageKind, pageProfiles, type Budget } from '../playbook/page-kinds.ts';
import type { RuleId } from '../playbook/rule-ids.ts';
import type { RuleText } from './rules.ts';

/** A locale as the gate sees it: its code, its BCP-47 tag and its URL prefix (empty for the default). */
export interface GateLocale {
	id: string;
	lang: string;
	prefix: string;
	/** A draft locale's missing pages are reported, not failed. */
	draft: boolean;
}

/** What the gate knows of one locale's wording. */
export interface LocaleWording {
	/** Section headings by quality-check item id, from site.yaml `sections`: one place for generator and gate. */
	headings: Record<string, string>;
	/** The word that names an owner in a "Next step" section (`pb.page.owner`). */
	owner: string;
	placeholders: string[];
	vague: string[];
	/** Preferred terms, the variants to avoid and, for the report, the concept in the default locale's words. */
	glossary: { term: string; avoid: string[]; source?: string | undefined }[];
	/** Words of another script this locale's pages may use. */
	properNames: string[];
}

/** A deliberate use of a word the lint would reject (words.yaml `allow`). */
export interface Allowance {
	/** URL path of the page, e.g. `/communication/`. */
	page: string;
	/** The exact phrase, as the reader sees it. */
	phrase: string;
	reason: string;
}

/** What a kind of page must carry, resolved against the playbook's quality check. */
export interface ResolvedProfile {
	id: PageKind;
	/** The quality-check item ids the page must have as sections. */
	items: readonly string[];
	budget: Budget;
}

export interface GateConfig {
	locales: GateLocale[];
	/** The playbook's quality check: its item ids in order and the closing next step's. */
	quality: { ids: readonly string[]; nextStep: string };
	wording: Record<string, LocaleWording>;
	allow: Allowance[];
	/** Rule titles and fix hints for the report, in the default locale's wording. */
	rules: Record<RuleId, RuleText>;
	/** The kind of each page of the registry, by its locale-free URL path (`/lifecycle/pre-close/`). */
	kinds: ReadonlyMap<string, PageKind>;
	/** Astro's `base`, with a trailing slash. */
	base: string;
	/** `PLAYBOOK_DRAFT=1`: the report lists violations without failing the build. */
	draft: boolean;
}

/**
 * The gate's configuration, from the loaded playbook: its locales, the quality check's items and their
 * headings in each locale, the word lists, the rule texts and the kind of every page.
 */
export function gateConfig(playbook: Playbook, base = '/'): GateConfig {
	const wording: Record<string, LocaleWording> = {};
	const allow: Allowance[] = [];
	for (const locale of playbook.locales) {
		const content = playbook.byLocale[locale.code]!;
		wording[locale.code] = {
			headings: { ...content.site?.sections },
			owner: content.ui['pb.page.owner'] ?? '',
			placeholders: content.words.placeholders,
			vague: content.words.vague.map((v) => v.word),
			glossary: content.words.glossary.map((g) => ({ term: g.term, avoid: g.avoid, source: g.source })),
			properNames: content.words.proper_names,
		};
		allow.push(...content.words.allow);
	}
	const ruleTexts = playbook.byLocale[playbook.defaultLocale.code]!.pages.quality?.rules.items ?? [];
	return {
		locales: playbook.locales.map((l) => ({ id: l.code, lang: l.lang, prefix: l.prefix, draft: l.status === 'draft' })),
		quality: playbook.quality,
		wording,
		allow,
		rules: Object.fromEntries(ruleTexts.map((text) => [text.id, text])) as Record<RuleId, RuleText>,
		kinds: new Map(pageRegistry(playbook).map((page) => [`/${page.id}${page.id ? '/' : ''}`, page.kind])),
		base: base.endsWith('/') ? base : `${base}/`,
		draft: playbook.draft,
	};
}

/** The profile of a page by its locale-free path: its registry kind, or `content` for a page added by hand. */
export function profileOf(config: GateConfig, path: string): ResolvedProfile {
	const kind = config.kinds.get(path) ?? 'content';
	const { sections, budget } = pageProfiles[kind];
	const items = sections === 'all' ? config.quality.ids : sections === 'next-step' ? [config.quality.nextStep] : [];
	return { id: kind, items, budget };
}
