import { migrateLegacy } from './migrate';
import {
	asIndex,
	asRecord,
	clientPrefix,
	CURRENT_KEY,
	INDEX_KEY,
	parseJson,
	recordKey,
	SHARED,
	type ClientEntry,
	type WorkspaceRecord,
} from './record';

/**
 * The browser side of the workspace (shapes in record.ts): the clients, which one this tab edits, and
 * their records. Every read is checked and never throws; every write returns whether the browser kept
 * it. Where the browser blocks storage, a memory store serves the visit and `blocked()` says so.
 * Changes are announced on `document` as a `pb-workspace` event carrying the storage key, the same key
 * another tab's `storage` event carries, so islands listen to both with `onChange`.
 */

let chosen: Storage | undefined;
let isBlocked = false;

/** Enough of a Storage for this module, kept in memory. */
function memoryStorage(): Storage {
	const map = new Map<string, string>();
	return {
		get length() {
			return map.size;
		},
		key: (i: number) => [...map.keys()][i] ?? null,
		getItem: (key: string) => map.get(key) ?? null,
		setItem: (key: string, value: string) => map.set(key, value),
		removeItem: (key: string) => map.delete(key),
	} as unknown as Storage;
}

/**
 * localStorage, with drafts of the old key formats moved into a client on first use (migrate.ts); a
 * memory store when the browser blocks it. `use` swaps the store, for tests.
 */
export function storage(use?: Storage): Storage {
	if (use) chosen = use;
	if (!chosen) {
		try {
			chosen = localStorage;
			chosen.getItem(INDEX_KEY);
			migrateLegacy(chosen, Date.now());
		} catch {
			chosen = memoryStorage();
			isBlocked = true;
		}
	}
	return chosen;
}

const notify = (key: string) => globalThis.document?.dispatchEvent(new CustomEvent('pb-workspace', { detail: key }));

/** Whether the browser blocks storage, so that nothing outlives this page. */
export const blocked = (): boolean => (storage(), isBlocked);

const read = (key: string): string | null => {
	try {
		return storage().getItem(key);
	} catch {
		return null;
	}
};

/** Saves raw text; false when the browser refused (storage full). */
function put(key: string, text: string): boolean {
	try {
		storage().setItem(key, text);
	} catch {
		return false;
	}
	notify(key);
	return true;
}

/** Every storage key of the workspace that starts with `prefix`. */
export function keysOf(prefix: string): string[] {
	const s = storage();
	const keys: string[] = [];
	for (let i = 0; i < s.length; i++) {
		const key = s.key(i);
		if (key?.startsWith(prefix)) keys.push(key);
	}
	return keys;
}

/** The clients, in the order they were created; [] when none or the index is unreadable. */
export const clients = (): ClientEntry[] => asIndex(parseJson(read(INDEX_KEY))) ?? [];

export const saveClients = (list: ClientEntry[]): boolean => put(INDEX_KEY, JSON.stringify({ clients: list }));

export const readRecord = (client: string, record: string): WorkspaceRecord | null => asRecord(parseJson(read(recordKey(client, record))));

/**
 * Changes one record: `change` edits the copy stored right now (so another tab's newer fields are kept),
 * which is then saved with a timestamp later than the stored one. `client` '' (none yet) creates and
 * selects a client first. Returns the saved record, or null when the browser refused it, in which
 * case what was stored before is untouched.
 */
export function writeRecord(client: string, record: string, change: (r: WorkspaceRecord) => void): WorkspaceRecord | null {
	// The first thing saved in a browser with no client creates one (unnamed): a visit alone stores nothing.
	client ||= createClient('') ?? '';
	if (!client) return null;
	const r = readRecord(client, record) ?? { t: 0, values: {} };
	change(r);
	for (const [id, value] of Object.entries(r.values)) if (!value) delete r.values[id];
	r.t = Math.max(Date.now(), r.t + 1);
	return put(recordKey(client, record), JSON.stringify(r)) ? r : null;
}

/** The name shown for a client: its own, else the "Client" field of its shared details, else `unnamed`. */
export const displayName = (client: ClientEntry | undefined, unnamed: string, field: string): string =>
	client?.name || (client && readRecord(client.id, SHARED)?.values[field]) || unnamed;

/** A new client, selected in this tab; its id, or null when the browser refused to save it. */
export function createClient(name: string): string | null {
	const now = Date.now();
	const id = now.toString(36) + Math.random().toString(36).slice(2, 6);
	if (!saveClients([...clients(), { id, name, t: now }])) return null;
	select(id);
	return id;
}

export const renameClient = (id: string, name: string): boolean =>
	saveClients(clients().map((c) => (c.id === id ? { ...c, name, t: Date.now() } : c)));

/** Removes a client and all its records from this browser. */
export function deleteClient(id: string): boolean {
	if (!saveClients(clients().filter((c) => c.id !== id))) return false;
	for (const key of keysOf(clientPrefix(id))) storage().removeItem(key);
	return true;
}

/**
 * The client this tab edits: the tab's own choice, else the one last chosen in any tab, else the first;
 * '' while there is no client at all (pages then show an unnamed one, created by the first save).
 */
export function selected(): string {
	const list = clients();
	const has = (id: string | null | undefined) => list.some((c) => c.id === id);
	let id: string | null | undefined;
	try {
		id = sessionStorage.getItem(CURRENT_KEY);
	} catch {
		// A tab without sessionStorage shares the last choice.
	}
	if (!has(id)) id = read(CURRENT_KEY);
	if (has(id)) return id!;
	return list[0]?.id ?? '';
}

export function select(id: string): void {
	try {
		sessionStorage.setItem(CURRENT_KEY, id);
	} catch {
		// The last choice in localStorage still serves this tab.
	}
	put(CURRENT_KEY, id);
}

/** Calls back with the storage key of every change, in this tab or another (null: all cleared); callers pick theirs. */
export function onChange(callback: (key: string | null) => void): void {
	addEventListener('storage', (event) => callback((event as StorageEvent).key));
	document.addEventListener('pb-workspace', (event) => callback((event as CustomEvent<string>).detail));
}
