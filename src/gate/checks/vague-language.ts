import type { Check } from '../check.ts';
import { termLint } from '../term-lint.ts';

/**
 * Words the playbook warns against because they promise nothing — ASAP, soon, as needed, etc. / 尽快, 等等, 适当
 * (the locale's words.yaml `vague`); a deliberate use is listed under `allow` with its reason.
 */
export const vagueLanguage: Check = (site) =>
	termLint('vague-language', (locale) => site.config.wording[locale]?.vague ?? [], 'Vague wording')(site);
