import type { Check } from '../check.ts';
import { budgets } from './budgets.ts';
import { emptySection } from './empty-section.ts';
import { glossary } from './glossary.ts';
import { language } from './language.ts';
import { links } from './links.ts';
import { localeParity } from './locale-parity.ts';
import { nextStep } from './next-step.ts';
import { placeholderText } from './placeholder-text.ts';
import { qualitySections } from './quality-sections.ts';
import { toBeWritten } from './to-be-written.ts';
import { vagueLanguage } from './vague-language.ts';

/** Every check, in the order the report lists their findings. */
export const checks: readonly Check[] = [
	qualitySections,
	nextStep,
	emptySection,
	toBeWritten,
	localeParity,
	language,
	placeholderText,
	vagueLanguage,
	glossary,
	links,
	budgets,
];
