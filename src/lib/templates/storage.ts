import type { Values } from './definition.ts';

/**
 * Drafts live in localStorage under one versioned prefix: `pb.templates.v1.<locale>.<template>` for a
 * template's own fields and `pb.templates.v1.shared` for the shared ones (client, your name, company,
 * date), which every template and language reuses. Stored shape: `{"values":{"<field id>":"<text>"}}`.
 * Anything else found under a key is ignored, and storage that is blocked or full never throws.
 */
export const STORAGE_PREFIX = 'pb.templates.v1';
export const templateKey = (locale: string, id: string): string => `${STORAGE_PREFIX}.${locale}.${id}`;
export const SHARED_KEY = `${STORAGE_PREFIX}.shared`;

/** Longest value kept per field; a pasted novel should not fill the quota. */
const MAX_LENGTH = 20_000;

/** The stored values that are strings of known fields; `{}` for anything unreadable. */
export function parseStored(raw: string | null, allowed: ReadonlySet<string>): Values {
	if (!raw) return {};
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return {};
	}
	const values = typeof data === 'object' && data !== null ? (data as { values?: unknown }).values : undefined;
	if (typeof values !== 'object' || values === null || Array.isArray(values)) return {};
	const out: Values = {};
	for (const [id, value] of Object.entries(values)) {
		if (allowed.has(id) && typeof value === 'string') out[id] = value.slice(0, MAX_LENGTH);
	}
	return out;
}

/** localStorage, or undefined where the browser blocks it (private modes, disabled cookies). */
export function browserStorage(): Storage | undefined {
	try {
		const storage = globalThis.localStorage;
		storage.getItem(STORAGE_PREFIX);
		return storage;
	} catch {
		return undefined;
	}
}

export function load(storage: Storage | undefined, key: string, allowed: ReadonlySet<string>): Values {
	try {
		return parseStored(storage?.getItem(key) ?? null, allowed);
	} catch {
		return {};
	}
}

/** Saves the non-empty values; false when the browser refused (quota, blocked). */
export function save(storage: Storage | undefined, key: string, values: Values): boolean {
	if (!storage) return false;
	const kept = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
	try {
		if (Object.keys(kept).length === 0) storage.removeItem(key);
		else storage.setItem(key, JSON.stringify({ values: kept }));
		return true;
	} catch {
		return false;
	}
}
