import { asRecord, clientPrefix, INDEX_KEY, parseJson, recordKey, type ClientEntry, type WorkspaceRecord } from './record';
import { FILE_FORMAT, FILE_VERSION, RECORD_ID, WorkspaceFileSchema, type FileClient, type WorkspaceFile } from './schema';
import { clients, keysOf, saveClients, storage } from './store';
import type { WorkspaceStringKey } from '../../schemas/workspace-ui';

/** Every readable record of a client, by record id. */
export function recordsOf(client: string): Map<string, WorkspaceRecord> {
	const prefix = clientPrefix(client);
	const out = new Map<string, WorkspaceRecord>();
	for (const key of keysOf(prefix)) {
		const record = asRecord(parseJson(storage().getItem(key)));
		if (record) out.set(key.slice(prefix.length), record);
	}
	return out;
}

/** Largest file import reads: well above what a browser's storage (about 5 MB) can hold anyway. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Why a file was refused; each kind has its message in the UI strings (`pb.workspace.err*`). */
export type FileProblem =
	| { kind: 'tooLarge'; size: number }
	| { kind: 'notJson' }
	| { kind: 'truncated' }
	| { kind: 'wrongType' }
	| { kind: 'newer'; version: number }
	| { kind: 'invalid'; path: string };

/** The UI string (`pb.workspace.<key>`) that explains each kind of refused file. */
export const problemMessage = {
	tooLarge: 'errTooLarge',
	notJson: 'errNotJson',
	truncated: 'errTruncated',
	wrongType: 'errWrongType',
	newer: 'errNewer',
	invalid: 'errInvalid',
} as const satisfies Record<FileProblem['kind'], WorkspaceStringKey>;

export type ReadResult = { ok: true; file: WorkspaceFile } | { ok: false; problem: FileProblem };

/** Whether broken JSON looks cut off: a string or a bracket is still open at the end. */
export function looksTruncated(text: string): boolean {
	let depth = 0;
	let inString = false;
	let escaped = false;
	for (const char of text) {
		if (inString) {
			if (escaped) escaped = false;
			else if (char === '\\') escaped = true;
			else if (char === '"') inString = false;
		} else if (char === '"') inString = true;
		else if (char === '{' || char === '[') depth++;
		else if (char === '}' || char === ']') depth--;
	}
	return inString || depth > 0;
}

/** `clients[0].records["en.template.x"].values.goals`, from a zod issue path. */
export const pathText = (path: readonly PropertyKey[]): string =>
	path
		.map((part, i) =>
			typeof part === 'number'
				? `[${part}]`
				: /^[a-z_]\w*$/i.test(String(part))
					? `${i ? '.' : ''}${String(part)}`
					: `[${JSON.stringify(String(part))}]`,
		)
		.join('') || '(file)';

/**
 * Reads a workspace export. `size` is the file's size in bytes, checked before anything is parsed.
 * Checks in order: size, JSON, that it is a workspace export at all, its version, then every field.
 * Never throws: a refused file comes back as a {@link FileProblem}.
 */
export function readWorkspaceFile(text: string, size: number): ReadResult {
	const fail = (problem: FileProblem): ReadResult => ({ ok: false, problem });
	if (size > MAX_FILE_BYTES) return fail({ kind: 'tooLarge', size });
	const trimmed = text.replace(/^\uFEFF/, '').trim();
	let data: unknown;
	try {
		data = JSON.parse(trimmed);
	} catch {
		return fail({ kind: /^[{[]/.test(trimmed) && looksTruncated(trimmed) ? 'truncated' : 'notJson' });
	}
	const { format, version } = (typeof data === 'object' && data !== null ? data : {}) as { format?: unknown; version?: unknown };
	if (Array.isArray(data) || format !== FILE_FORMAT) return fail({ kind: 'wrongType' });
	if (typeof version === 'number' && Number.isInteger(version) && version > FILE_VERSION) return fail({ kind: 'newer', version });
	const parsed = WorkspaceFileSchema.safeParse(data);
	if (!parsed.success) return fail({ kind: 'invalid', path: pathText(parsed.error.issues[0]?.path ?? []) });
	return { ok: true, file: parsed.data };
}

/** When anything of a client was last edited: its newest record, or its creation or renaming. */
export const lastEdited = (client: Pick<ClientEntry, 't'>, records: Iterable<Pick<WorkspaceRecord, 't'>>): number =>
	Math.max(client.t, ...[...records].map((r) => r.t));

/** The export file of the given clients (all when `ids` is omitted), from this browser's storage. */
export function exportClients(ids?: readonly string[], now = new Date()): WorkspaceFile {
	const chosen = clients().filter((c) => !ids || ids.includes(c.id));
	return {
		format: FILE_FORMAT,
		version: FILE_VERSION,
		exported: now.toISOString(),
		clients: chosen.map((c) => ({
			...c,
			records: Object.fromEntries([...recordsOf(c.id)].filter(([id]) => RECORD_ID.test(id))),
		})),
	};
}

/** `client-playbook-acme-2026-03-05.json`: the client's name (any script) or `all`, and the date. */
export function exportFileName(name: string | undefined, now = new Date()): string {
	const slug = (name ?? 'all')
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-|-$/g, '');
	return `client-playbook-${slug || 'client'}-${now.toISOString().slice(0, 10)}.json`;
}

/** What an import would do: clients of the file that are new here, and those that replace one here (same id). */
export interface ImportPlan {
	adds: FileClient[];
	replaces: { incoming: FileClient; existing: ClientEntry }[];
}

export function planImport(file: WorkspaceFile, existing: readonly ClientEntry[] = clients()): ImportPlan {
	const plan: ImportPlan = { adds: [], replaces: [] };
	for (const incoming of file.clients) {
		const match = existing.find((c) => c.id === incoming.id);
		if (match) plan.replaces.push({ incoming, existing: match });
		else plan.adds.push(incoming);
	}
	return plan;
}

/**
 * Writes every client of a checked file: a client with the same id is replaced whole (its records
 * here are removed first), others are added at the end. All or nothing: when the browser refuses a
 * write (storage full), every key is put back as it was and false is returned.
 */
export function applyImport(file: WorkspaceFile): boolean {
	const s = storage();
	const before = new Map<string, string | null>();
	const change = (key: string, value: string | null) => {
		if (!before.has(key)) before.set(key, s.getItem(key));
		if (value === null) s.removeItem(key);
		else s.setItem(key, value);
	};
	try {
		const list = clients();
		for (const client of file.clients) {
			for (const key of keysOf(clientPrefix(client.id))) change(key, null);
			for (const [id, record] of Object.entries(client.records)) change(recordKey(client.id, id), JSON.stringify(record));
			const entry = { id: client.id, name: client.name, t: client.t };
			const at = list.findIndex((c) => c.id === client.id);
			if (at < 0) list.push(entry);
			else list[at] = entry;
		}
		before.set(INDEX_KEY, s.getItem(INDEX_KEY));
		if (saveClients(list)) return true;
	} catch {
		// Put back below.
	}
	// New keys first, which frees the room that the old values need.
	const entries = [...before].sort(([, a], [, b]) => Number(a !== null) - Number(b !== null));
	for (const [key, raw] of entries) {
		try {
			if (raw === null) s.removeItem(key);
			else s.setItem(key, raw);
		} catch {
			// Nothing more can be done for this key; the others are still put back.
		}
	}
	return false;
}
