import { asIndex, asRecord, INDEX_KEY, parseJson, recordId, recordKey, SHARED, type WorkspaceRecord } from './record';

/**
 * Drafts and ticks saved before clients existed, in the two formats the site used to write:
 * - templates: `pb.templates.v1.<locale>.<template id>` and `pb.templates.v1.shared`, each
 *   `{"values":{"<field id>":"<text>"}}`;
 * - checklists: `pb.checklist.v1:<locale>:<checklist id>`, `{"ticks":["<value>"],"fields":{"<name>":"<text>"}}`.
 */
/** Keys of both old formats, with the locale and id of a template (1, 2) or a checklist (3, 4). */
export const LEGACY = /^pb\.(?:templates\.v1\.(?:shared|([^.]+)\.(.+))|checklist\.v1:([^:]+):(.+))$/;

/**
 * The record an old entry becomes and its new record id; null for keys of other formats and entries
 * today's site would not have read either (the old shape checks are the new record's: every value a
 * string, ticks a list of strings).
 */
export function fromLegacy(key: string, raw: string | null, now: number): [string, WorkspaceRecord] | null {
	const match = LEGACY.exec(key);
	const data = (parseJson(raw) ?? {}) as { values?: unknown; fields?: unknown; ticks?: unknown };
	if (!match) return null;
	const [, locale = '', template, listLocale = '', checklist] = match;
	const record = asRecord(checklist ? { t: now, values: data.fields, ticks: data.ticks ?? 0 } : { t: now, values: data.values });
	if (!record) return null;
	return [checklist ? recordId(listLocale, 'checklist', checklist) : template ? recordId(locale, 'template', template) : SHARED, record];
}

/**
 * Moves old drafts and ticks into a new, unnamed client added to the index (the first client, and so
 * the selected one, in a browser that had none). Old entries are removed only after every new one is
 * saved, entries nobody can read with them; if the browser refuses a write (storage full), what was
 * written is taken back and the old entries stay for the next visit. Returns the new client's id, or
 * null when there was nothing to move or it could not be saved.
 */
export function migrateLegacy(storage: Storage, now: number): string | null {
	const old: string[] = [];
	const found: [string, WorkspaceRecord][] = [];
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i) ?? '';
		const record = fromLegacy(key, storage.getItem(key), now);
		if (LEGACY.test(key)) old.push(key);
		if (record) found.push(record);
	}
	const id = `m${now.toString(36)}`;
	const written: string[] = [];
	try {
		for (const [rid, record] of found) {
			written.push(recordKey(id, rid));
			storage.setItem(recordKey(id, rid), JSON.stringify(record));
		}
		// Last: once the client is in the index, the move is done.
		if (found.length) storage.setItem(INDEX_KEY, JSON.stringify({ clients: [...clientsIn(storage), { id, name: '', t: now }] }));
	} catch {
		for (const key of written) storage.removeItem(key);
		return null;
	}
	for (const key of old) storage.removeItem(key);
	return found.length ? id : null;
}

const clientsIn = (storage: Storage) => asIndex(parseJson(storage.getItem(INDEX_KEY))) ?? [];
