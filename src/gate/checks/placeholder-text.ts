import type { Check } from '../check.ts';
import { termLint } from '../term-lint.ts';

/** Placeholder text left in a page: TODO, TBD, lorem ipsum, 待定 (the locale's words.yaml `placeholders`). */
export const placeholderText: Check = (site) =>
	termLint('placeholder-text', (locale) => site.config.wording[locale]?.placeholders ?? [], 'Placeholder')(site);
