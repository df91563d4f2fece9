import type { Checklists } from '../../schemas/checklists.ts';
import type { Fact } from '../../schemas/facts.ts';
import type { Locale } from '../../schemas/locales.ts';
import type { BoundariesPage, ExamplePage, HomePage, LifecyclePage, ModelPage, PrinciplesPage, ResponsibilitiesPage } from '../../schemas/pages.ts';
import type { PlaybookStructure } from '../../schemas/playbook.ts';
import type { QualityPage } from '../../schemas/quality-page.ts';
import type { Site } from '../../schemas/site.ts';
import type { Skill } from '../../schemas/skill.ts';
import type { Templates, TemplatesFile } from '../../schemas/templates.ts';
import type { Words } from '../../schemas/words.ts';
import type { QualityIds } from '../../schemas/sections.ts';

/** A locale of the site, with where its pages live. */
export interface PlaybookLocale extends Locale {
	/** URL prefix without slashes: empty for the default locale, else the code. */
	prefix: string;
	isDefault: boolean;
}

/** One model's content in one locale: reader names of its keys and its data in the declared shape. */
export interface ModelContent {
	names: Record<string, string>;
	data: unknown;
}

/** The prose pages of one locale; any may be missing while the playbook is a draft. */
export interface LocalePages {
	home?: HomePage | undefined;
	principles?: PrinciplesPage | undefined;
	boundaries?: BoundariesPage | undefined;
	quality?: QualityPage | undefined;
	responsibilities?: ResponsibilitiesPage | undefined;
	example?: ExamplePage | undefined;
	lifecycle?: LifecyclePage | undefined;
	/** Framework model pages, by model id. */
	models: Record<string, ModelPage | undefined>;
}

/** Everything one locale of a playbook holds, validated. In a draft locale, parts may be missing. */
export interface LocaleContent {
	skill?: Skill | undefined;
	site?: Site | undefined;
	models: Record<string, ModelContent | undefined>;
	pages: LocalePages;
	/**
	 * Defaults when the locale has no checklists.yaml, or one without a `checklists` list: the quality check and one
	 * per stage (with the file's index prose, when there is a file).
	 */
	checklists?: Checklists | undefined;
	/**
	 * Defaults when the locale has no templates.yaml, or one without a `templates` list: the output format as one
	 * template (`generated`), its intro and next step from the file's `output`.
	 */
	templates?: (Templates & Pick<TemplatesFile, 'output'> & { generated?: boolean }) | undefined;
	/** The generator's word lists for this language with the playbook's own added. */
	words: Words;
	/** Timings, cadences, owners and scales defined once (`facts.yaml`), already filled into the prose. */
	facts: Fact[];
	/** Interface strings: the generator's for this language, overridden by the playbook's `<code>.json`. */
	ui: Record<string, string>;
	/** Content files that exist for this locale, relative to the playbook folder. */
	files: ReadonlySet<string>;
}

/**
 * A playbook folder, read and checked (src/lib/content/load-playbook.ts): its locales, its structure, the
 * quality check every page answers, and each locale's content.
 */
export interface Playbook {
	/** Absolute path of the playbook folder. */
	dir: string;
	locales: PlaybookLocale[];
	defaultLocale: PlaybookLocale;
	structure: PlaybookStructure;
	quality: QualityIds;
	byLocale: Record<string, LocaleContent>;
	/** `PLAYBOOK_DRAFT=1`: missing prose is shown as notes and the gate reports without failing. */
	draft: boolean;
}

/** The content of the default locale, which is always complete. */
export const mainContent = (playbook: Playbook): LocaleContent => playbook.byLocale[playbook.defaultLocale.code]!;
