import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { FILE_FORMAT, FILE_VERSION, type WorkspaceFile } from '../../src/lib/workspace/schema';
import { clients, createClient, readRecord, storage, writeRecord } from '../../src/lib/workspace/store';
import {
	applyImport,
	exportClients,
	exportFileName,
	looksTruncated,
	MAX_FILE_BYTES,
	planImport,
	problemMessage,
	readWorkspaceFile,
	recordsOf,
	type FileProblem,
} from '../../src/lib/workspace/transfer';
import { MemoryStorage } from './support/memory-storage';

const strings = (lang: string) =>
	JSON.parse(readFileSync(new URL(`../../src/content/i18n/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;

let memory: MemoryStorage;
beforeEach(() => {
	memory = new MemoryStorage();
	storage(memory);
});

/** Two clients with a template draft and a checklist each, as a user would leave them. */
function twoClients(): { acme: string; beta: string } {
	const acme = createClient('Acme')!;
	writeRecord(acme, 'shared', (r) => void (r.values['client-name'] = 'Acme Trading'));
	writeRecord(acme, 'en.template.welcome-email', (r) => void (r.values['goals'] = 'Grow exports'));
	writeRecord(acme, 'en.checklist.pre-close', (r) => void ((r.ticks = ['intake']), (r.values['notes'] = 'Call Dana')));
	const beta = createClient('北方贸易')!;
	writeRecord(beta, 'zh-cn.template.status-update', (r) => void (r.values['what-is-next'] = '周五评审'));
	return { acme, beta };
}

const text = (file: unknown) => JSON.stringify(file);
const read = (content: string) => readWorkspaceFile(content, new TextEncoder().encode(content).length);
const problemOf = (content: string, size?: number): FileProblem | undefined => {
	const result = size === undefined ? read(content) : readWorkspaceFile(content, size);
	return result.ok ? undefined : result.problem;
};

describe('export and import', () => {
	it('brings every client back, records and timestamps included, in a browser that had none', () => {
		twoClients();
		const before = memory.snapshot();
		const file = exportClients();
		storage(new MemoryStorage());
		const parsed = read(text(file));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(planImport(parsed.file).adds).toHaveLength(2);
		expect(applyImport(parsed.file)).toBe(true);
		const after = (storage() as MemoryStorage).snapshot();
		for (const [key, value] of Object.entries(before))
			if (!key.endsWith('.current')) expect(JSON.parse(after[key]!), key).toEqual(JSON.parse(value));
	});

	it('exports one client alone', () => {
		const { acme } = twoClients();
		const file = exportClients([acme]);
		expect(file.clients.map((c) => c.name)).toEqual(['Acme']);
		expect(Object.keys(file.clients[0]!.records).sort()).toEqual(['en.checklist.pre-close', 'en.template.welcome-email', 'shared']);
		expect(file).toMatchObject({ format: FILE_FORMAT, version: FILE_VERSION });
	});

	it('names the file after the client, in any script, and the date', () => {
		const day = new Date('2026-03-05T10:00:00Z');
		expect(exportFileName('Acme Trading, Inc.', day)).toBe('client-playbook-acme-trading-inc-2026-03-05.json');
		expect(exportFileName('北方贸易', day)).toBe('client-playbook-北方贸易-2026-03-05.json');
		expect(exportFileName(undefined, day)).toBe('client-playbook-all-2026-03-05.json');
	});

	it('says which clients a file adds and which it replaces, and replaces a client whole', () => {
		const { acme } = twoClients();
		const file = exportClients([acme]);
		file.clients[0]!.records = { shared: { t: 5, values: { 'client-name': 'Acme (from Lee)' } } };
		const extra = { id: 'newclient1', name: 'Gamma', t: 1, records: {} };
		file.clients.push(extra);
		const plan = planImport(file);
		expect(plan.replaces.map((r) => r.existing.name)).toEqual(['Acme']);
		expect(plan.adds.map((c) => c.name)).toEqual(['Gamma']);
		expect(applyImport(file)).toBe(true);
		expect([...recordsOf(acme).keys()]).toEqual(['shared']);
		expect(readRecord(acme, 'shared')?.values).toEqual({ 'client-name': 'Acme (from Lee)' });
		expect(clients().map((c) => c.name)).toEqual(['Acme', '北方贸易', 'Gamma']);
	});

	it('changes nothing when storage fills up halfway through an import', () => {
		const { acme } = twoClients();
		const file = exportClients();
		file.clients[0]!.records['en.template.success-map'] = { t: 9, values: { goals: 'x'.repeat(4000) } };
		file.clients.push({ id: 'newclient1', name: 'Gamma', t: 1, records: { shared: { t: 1, values: { a: 'b' } } } });
		const before = memory.snapshot();
		memory.quota = memory.used() + 1000;
		expect(applyImport(file)).toBe(false);
		expect(memory.snapshot()).toEqual(before);
		expect(readRecord(acme, 'en.template.welcome-email')?.values).toEqual({ goals: 'Grow exports' });
	});
});

describe('files that are refused', () => {
	const good = (): WorkspaceFile => ({ format: FILE_FORMAT, version: 1, exported: '2026-03-05T10:00:00.000Z', clients: [] });
	const valid = text({ ...good(), clients: [{ id: 'k1', name: 'Acme', t: 1, records: { shared: { t: 1, values: { a: 'b' } } } }] });

	it.each<[string, string, number | undefined, FileProblem]>([
		['oversized', valid, MAX_FILE_BYTES + 1, { kind: 'tooLarge', size: MAX_FILE_BYTES + 1 }],
		['malformed', 'client-name: Acme\nnot: json', undefined, { kind: 'notJson' }],
		['truncated', valid.slice(0, valid.length - 25), undefined, { kind: 'truncated' }],
		['of the wrong type', text({ clients: [] }), undefined, { kind: 'wrongType' }],
		['from a newer version', text({ ...good(), version: 2, clients: 'a new shape' }), undefined, { kind: 'newer', version: 2 }],
		[
			'with a wrong value inside',
			text({ ...good(), clients: [{ id: 'k1', name: 'Acme', t: 1, records: { shared: { t: 1, values: { a: 7 } } } }] }),
			undefined,
			{ kind: 'invalid', path: 'clients[0].records.shared.values.a' },
		],
	])('refuses a file %s', (_, content, size, problem) => {
		expect(problemOf(content, size)).toEqual(problem);
	});

	it('accepts the same file whole', () => {
		expect(read(valid).ok).toBe(true);
	});

	it.each([
		['a JSON list', '[1, 2]', 'wrongType'],
		['an image', '\x89PNG\r\n\x1a\n', 'notJson'],
		['an empty file', '', 'notJson'],
		[
			'a record id that is not one',
			text({ ...good(), clients: [{ id: 'k1', name: 'A', t: 1, records: { 'x/y': { t: 1, values: {} } } }] }),
			'invalid',
		],
		['two clients with one id', text({ ...good(), clients: [1, 2].map(() => ({ id: 'k1', name: 'A', t: 1, records: {} })) }), 'invalid'],
	])('refuses %s', (_, content, kind) => {
		expect(problemOf(content)?.kind).toBe(kind);
	});

	it('tells a cut-off file from one that is broken inside', () => {
		expect(looksTruncated('{"clients":[{"name":"Ac')).toBe(true);
		expect(looksTruncated('{"a":"}{[", "b": 1')).toBe(true);
		expect(looksTruncated('{"a": 1,, }')).toBe(false);
	});

	it.each(['en', 'zh-CN'])('has a message for every kind of refused file in %s, with its details filled in', (lang) => {
		const ui = strings(lang);
		const placeholders: Record<string, string[]> = {
			errTooLarge: ['{size}', '{limit}'],
			errNewer: ['{version}', '{supported}'],
			errInvalid: ['{path}'],
		};
		for (const key of Object.values(problemMessage)) {
			const message = ui[`pb.workspace.${key}`];
			expect(message, key).toBeTruthy();
			for (const placeholder of placeholders[key] ?? []) expect(message, key).toContain(placeholder);
		}
		expect(new Set(Object.values(problemMessage).map((key) => ui[`pb.workspace.${key}`])).size).toBe(6);
	});
});
