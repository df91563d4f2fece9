/**
 * What a checklist keeps in localStorage, one entry per checklist and locale under
 * `pb.checklist.v1:<locale>:<checklist id>`:
 *
 * ```json
 * { "ticks": ["intake", "goals"], "fields": { "client": "Acme", "notes": "…" } }
 * ```
 *
 * `ticks` holds the `value` of each ticked box (a slug of the item's text), `fields` the text of the
 * fill-in fields by `name`. Bump the version in the prefix when this shape changes: old entries are
 * then ignored, never misread.
 */
export interface StoredChecklist {
	ticks: string[];
	fields: Record<string, string>;
}

export const storePrefix = 'pb.checklist.v1';

export const storeKey = (locale: string, id: string): string => `${storePrefix}:${locale}:${id}`;

/** Reads a stored entry; anything that is not exactly the documented shape counts as nothing. */
export function parseStored(raw: string | null): StoredChecklist | null {
	if (!raw) return null;
	try {
		const data: unknown = JSON.parse(raw);
		if (typeof data !== 'object' || data === null) return null;
		const { ticks, fields } = data as Partial<StoredChecklist>;
		if (!Array.isArray(ticks) || !ticks.every((tick) => typeof tick === 'string')) return null;
		if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return null;
		if (!Object.values(fields).every((value) => typeof value === 'string')) return null;
		return { ticks, fields };
	} catch {
		return null;
	}
}

/** localStorage, or nothing when the browser blocks it (private modes, disabled storage). */
export function storage(): Storage | null {
	try {
		return window.localStorage;
	} catch {
		return null;
	}
}
