import * as z from 'zod/mini';
import { CLIENT_ID } from './record';

/**
 * The workspace export file, version 1 (one JSON object; what "Export" downloads and "Import" reads):
 *
 * ```json
 * { "format": "client-playbook-workspace", "version": 1, "exported": "2026-03-05T09:30:00.000Z",
 *   "clients": [{ "id": "k9x2m1", "name": "Acme", "t": 1767600000000,
 *     "records": { "shared": { "t": 1767600000000, "values": { "client-name": "Acme" } },
 *                  "en.checklist.pre-close": { "t": 1767600000000, "values": {}, "ticks": ["intake"] } } }] }
 * ```
 *
 * Clients and records are stored in the browser as record.ts documents; this is the same shape in
 * zod, used where a file comes in. `zod/mini` keeps the workspace page's script small (about 6 KB
 * gzip); the template and checklist pages check stored data by hand (record.ts) and load no zod.
 * A newer format gets a new `version`; this site refuses versions it does not know.
 */
export const FILE_FORMAT = 'client-playbook-workspace';
export const FILE_VERSION = 1;

/** Record ids as they may appear in files: `shared`, `<locale>.template.<id>`, `<locale>.checklist.<id>`. */
export const RECORD_ID = /^(shared|[a-z0-9-]+\.(template|checklist)\.[a-z0-9-]+)$/;

const Time = z.number().check(z.minimum(0));

/** One record: when it was last edited, its text by field, and a checklist's ticks. */
export const RecordSchema = z.object({
	t: Time,
	values: z.record(z.string(), z.string()),
	ticks: z.optional(z.array(z.string())),
});

export const FileClientSchema = z.object({
	id: z.string().check(z.regex(CLIENT_ID)),
	name: z.string().check(z.maxLength(200)),
	t: Time,
	records: z.record(z.string().check(z.regex(RECORD_ID)), RecordSchema),
});

export const WorkspaceFileSchema = z.object({
	format: z.literal(FILE_FORMAT),
	version: z.literal(FILE_VERSION),
	/** When the file was written, ISO 8601 (for people; import does not use it). */
	exported: z.string(),
	clients: z
		.array(FileClientSchema)
		.check(z.refine((list) => new Set(list.map((c) => c.id)).size === list.length, 'client ids must be unique')),
});

export type FileClient = z.infer<typeof FileClientSchema>;
export type WorkspaceFile = z.infer<typeof WorkspaceFileSchema>;
