/**
 * What the workspace keeps in the browser, under one versioned prefix `pb.workspace.v1`:
 *
 * - `pb.workspace.v1.index`: the clients, in the order they were created —
 *   `{"clients":[{"id":"k9x2m1","name":"Acme","t":1767600000000}]}`. `name` may be empty: the picker then
 *   shows the client's shared "Client" field, or "My client".
 * - `pb.workspace.v1.current`: the id of the client last chosen (also in sessionStorage, per tab).
 * - `pb.workspace.v1.client.<client id>.<record id>`: one record per piece of work —
 *   `{"t":1767600000000,"values":{"<field>":"<text>"},"ticks":["<item>"]}`.
 *
 * Record ids: `shared` (client name, your name, company, date: every template and language reuses
 * them), `<locale>.template.<template id>` (a template's own fields and risk ratings) and
 * `<locale>.checklist.<checklist id>` (a sheet's fields by `name`, and the `value` of each ticked box
 * in `ticks`). `t` is when the record was last edited, in milliseconds since 1970 (UTC); a write never
 * goes back in time, so two tabs can tell the newer copy. Bump the version in the prefix when this
 * shape changes; `migrate.ts` then moves old entries.
 *
 * This file is the hot path of every template and checklist page, so it checks stored data by hand;
 * `schema.ts` states the same shape in zod for import files, and a unit test holds the two together.
 */

/** One template draft, checklist sheet or the shared details of one client. */
export interface WorkspaceRecord {
	/** Last edited, ms since 1970 UTC. */
	t: number;
	/** Text by field id (templates) or field `name` (checklists); empty values are not kept. */
	values: Record<string, string>;
	/** Checklists only: the `value` of every ticked box. */
	ticks?: string[];
}

/** A client as the index lists it. */
export interface ClientEntry {
	/** Letters, digits and dashes; part of storage keys and of export files. */
	id: string;
	/** What the user called the client; may be empty. */
	name: string;
	/** Created or last renamed, ms since 1970 UTC. */
	t: number;
}

export const PREFIX = 'pb.workspace.v1';
export const INDEX_KEY = `${PREFIX}.index`;
export const CURRENT_KEY = `${PREFIX}.current`;
export const SHARED = 'shared';

/** The storage key prefix of every record of a client. */
export const clientPrefix = (client: string): string => `${PREFIX}.client.${client}.`;

export const recordKey = (client: string, record: string): string => clientPrefix(client) + record;

/** `en.template.welcome-email`, `zh-cn.checklist.pre-close`. */
export const recordId = (locale: string, kind: 'template' | 'checklist', id: string): string => `${locale}.${kind}.${id}`;

/** Client ids as they may appear in keys and files. */
export const CLIENT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

const isObject = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null && !Array.isArray(data);
const isString = (data: unknown): data is string => typeof data === 'string';
const isTime = (t: unknown): t is number => typeof t === 'number' && t >= 0 && t < Infinity;

/** JSON text to data; `undefined` for nothing or broken JSON. */
export function parseJson(raw: string | null | undefined): unknown {
	try {
		return raw ? JSON.parse(raw) : undefined;
	} catch {
		return undefined;
	}
}

/** A record of the documented shape, or null for anything else (so corrupt storage reads as nothing). */
export function asRecord(data: unknown): WorkspaceRecord | null {
	const { t, values, ticks } = isObject(data) ? data : {};
	const ok =
		isTime(t) &&
		isObject(values) &&
		Object.values(values).every(isString) &&
		(ticks === undefined || (Array.isArray(ticks) && ticks.every(isString)));
	return ok ? (data as WorkspaceRecord) : null;
}

/** The client list of the index, or null when the index is missing or not of the documented shape. */
export function asIndex(data: unknown): ClientEntry[] | null {
	const clients = isObject(data) ? data['clients'] : undefined;
	const ok =
		Array.isArray(clients) &&
		clients.every((c) => isObject(c) && isString(c['id']) && CLIENT_ID.test(c['id']) && isString(c['name']) && isTime(c['t']));
	return ok ? (clients as ClientEntry[]) : null;
}
