import { beforeEach, describe, expect, it } from 'vitest';
import { asIndex, asRecord, CURRENT_KEY, INDEX_KEY, recordKey, SHARED } from '../../src/lib/workspace/record';
import { RecordSchema } from '../../src/lib/workspace/schema';
import {
	clients,
	createClient,
	deleteClient,
	displayName,
	readRecord,
	renameClient,
	select,
	selected,
	storage,
	writeRecord,
} from '../../src/lib/workspace/store';
import { MemoryStorage } from './support/memory-storage';

let memory: MemoryStorage;
beforeEach(() => {
	memory = new MemoryStorage();
	storage(memory);
});

const set = (id: string, value: string) => (r: { values: Record<string, string> }) => void (r.values[id] = value);

describe('clients in the browser', () => {
	it('stores nothing for a visit, and creates one unnamed client with the first save', () => {
		expect(selected()).toBe('');
		expect(memory.snapshot()).toEqual({});
		writeRecord(selected(), SHARED, set('client-name', 'Acme'));
		const first = selected();
		expect(clients()).toEqual([{ id: first, name: '', t: expect.any(Number) }]);
		expect(readRecord(first, SHARED)?.values).toEqual({ 'client-name': 'Acme' });
		writeRecord(selected(), SHARED, set('your-name', 'Lee'));
		expect(clients()).toHaveLength(1);
	});

	it('keeps two clients apart: each shows only its own drafts, before and after switching', () => {
		const acme = createClient('Acme')!;
		writeRecord(acme, 'en.template.welcome-email', set('goals', 'Grow exports'));
		const beta = createClient('Beta')!;
		expect(selected()).toBe(beta);
		expect(readRecord(beta, 'en.template.welcome-email')).toBeNull();
		writeRecord(beta, 'en.template.welcome-email', set('goals', 'Cut costs'));
		select(acme);
		expect(selected()).toBe(acme);
		expect(readRecord(acme, 'en.template.welcome-email')?.values).toEqual({ goals: 'Grow exports' });
		expect(readRecord(beta, 'en.template.welcome-email')?.values).toEqual({ goals: 'Cut costs' });
		expect(memory.getItem(CURRENT_KEY)).toBe(acme);
	});

	it('names an unnamed client after the playbook’s name field, then "My client"', () => {
		const id = createClient('')!;
		const entry = () => clients().find((c) => c.id === id);
		expect(displayName(entry(), 'My client', 'client-name')).toBe('My client');
		writeRecord(id, SHARED, set('client-name', 'Acme Trading'));
		writeRecord(id, SHARED, set('vendor-name', 'Northwind Supplies'));
		expect(displayName(entry(), 'My client', 'client-name')).toBe('Acme Trading');
		// Another playbook names its entries by another shared field (templates.yaml `shared.name_field`).
		expect(displayName(entry(), 'My vendor', 'vendor-name')).toBe('Northwind Supplies');
		renameClient(id, 'Acme');
		expect(displayName(entry(), 'My client', 'client-name')).toBe('Acme');
	});

	it('deletes a client with all its records and leaves the others alone', () => {
		const acme = createClient('Acme')!;
		const beta = createClient('Beta')!;
		writeRecord(acme, SHARED, set('client-name', 'Acme'));
		writeRecord(acme, 'en.checklist.pre-close', (r) => void (r.ticks = ['intake']));
		writeRecord(beta, SHARED, set('client-name', 'Beta'));
		expect(deleteClient(acme)).toBe(true);
		expect(clients().map((c) => c.id)).toEqual([beta]);
		expect(Object.keys(memory.snapshot()).filter((key) => key.includes(acme))).toEqual([]);
		expect(readRecord(beta, SHARED)?.values).toEqual({ 'client-name': 'Beta' });
		expect(selected()).toBe(beta);
	});
});

describe('records', () => {
	it('writes a field into the stored copy, so a field another tab saved meanwhile is kept', () => {
		const id = createClient('')!;
		writeRecord(id, 'en.template.status-update', set('what-happened', 'Report done'));
		// Another tab writes straight to storage, with a newer timestamp.
		const theirs = { t: Date.now() + 60_000, values: { 'what-happened': 'Report done', 'what-is-next': 'Review on Friday' } };
		memory.setItem(recordKey(id, 'en.template.status-update'), JSON.stringify(theirs));
		const saved = writeRecord(id, 'en.template.status-update', set('decisions-needed', 'Confirm the layout'))!;
		expect(saved.values).toEqual({ ...theirs.values, 'decisions-needed': 'Confirm the layout' });
		expect(saved.t).toBeGreaterThan(theirs.t);
	});

	it('drops emptied fields but keeps the record and a later timestamp, so other tabs see the clearing', () => {
		const id = createClient('')!;
		const first = writeRecord(id, 'en.template.status-update', set('what-happened', 'Report done'))!;
		const cleared = writeRecord(id, 'en.template.status-update', set('what-happened', ''))!;
		expect(cleared.values).toEqual({});
		expect(cleared.t).toBeGreaterThan(first.t);
		expect(readRecord(id, 'en.template.status-update')).toEqual(cleared);
	});

	it('refuses a write when storage is full and keeps what was saved before', () => {
		const id = createClient('')!;
		writeRecord(id, 'en.template.status-update', set('what-happened', 'Report done'));
		const before = memory.snapshot();
		memory.quota = memory.used();
		expect(writeRecord(id, 'en.template.status-update', set('what-matters', 'x'.repeat(5000)))).toBeNull();
		expect(memory.snapshot()).toEqual(before);
		expect(createClient('Beta')).toBeNull();
		expect(memory.snapshot()).toEqual(before);
	});

	it.each([
		'{not json',
		'null',
		'[]',
		'{"t":"yesterday","values":{}}',
		'{"t":-1,"values":{}}',
		'{"t":1,"values":["a"]}',
		'{"t":1,"values":{"goals":3}}',
		'{"t":1,"values":{},"ticks":"all"}',
		'{"t":1,"values":{},"ticks":[1]}',
	])('reads the corrupt record %s as nothing, and the next write replaces it', (raw) => {
		const id = createClient('')!;
		memory.setItem(recordKey(id, 'en.checklist.pre-close'), raw);
		expect(readRecord(id, 'en.checklist.pre-close')).toBeNull();
		writeRecord(id, 'en.checklist.pre-close', (r) => void (r.ticks = ['intake']));
		expect(readRecord(id, 'en.checklist.pre-close')?.ticks).toEqual(['intake']);
	});

	it('reads a corrupt index as no clients and starts afresh', () => {
		memory.setItem(INDEX_KEY, '{"clients":[{"id":"../../x","name":"A","t":1}]}');
		expect(clients()).toEqual([]);
		writeRecord(selected(), SHARED, set('client-name', 'Acme'));
		expect(clients()).toHaveLength(1);
	});
});

describe('the hand check and the zod schema', () => {
	it.each([
		{ t: 1, values: {} },
		{ t: 1767600000000, values: { goals: 'Grow' }, ticks: ['intake'] },
		{ t: 1, values: { a: '' }, ticks: [] },
		{ t: 1, values: {}, extra: true },
		{ t: '1', values: {} },
		{ t: 1 },
		{ t: 1, values: { a: 1 } },
		{ t: 1, values: {}, ticks: [null] },
		{ t: Infinity, values: {} },
		{ t: -5, values: {} },
		[],
		null,
		'text',
	])('agree on %j', (sample) => {
		expect(asRecord(sample) !== null).toBe(RecordSchema.safeParse(sample).success);
	});

	it('accepts only client ids that are safe inside storage keys', () => {
		for (const id of ['k9x2m1', 'm1a2b3', 'a-b']) expect(asIndex({ clients: [{ id, name: '', t: 1 }] }), id).not.toBeNull();
		for (const id of ['', '../x', 'A B', 'a.b', 3]) expect(asIndex({ clients: [{ id, name: '', t: 1 }] }), String(id)).toBeNull();
	});
});
