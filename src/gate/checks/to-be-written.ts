import type { Check } from '../check.ts';
import type { Finding } from '../rules.ts';

/** A "to be written" note a draft build leaves where prose is missing: a finding until the prose is written. */
export const toBeWritten: Check = ({ pages }) =>
	pages.flatMap(({ page }): Finding[] => page.drafts.map((note) => ({ rule: 'to-be-written', page: page.path, message: note })));
