import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromLegacy, migrateLegacy } from '../../src/lib/workspace/migrate';
import { asIndex, INDEX_KEY, parseJson, recordKey } from '../../src/lib/workspace/record';
import { MemoryStorage } from './support/memory-storage';

/**
 * What the site wrote before clients existed, captured from a build of the commit before this change:
 * a welcome email and the shared details filled in, a Chinese status update and risk-audit ratings,
 * and ticks, a client name and two lines of notes on the English pre-close and Chinese onboarding
 * checklists (tests/fixtures/legacy-storage/stored-values.json).
 */
const stored = JSON.parse(readFileSync(new URL('../fixtures/legacy-storage/stored-values.json', import.meta.url), 'utf8')) as Record<
	string,
	string
>;
const NOW = 1767600000000;

function storageWith(entries: Record<string, string>, quota = Infinity): MemoryStorage {
	const memory = new MemoryStorage(quota);
	for (const [key, value] of Object.entries(entries)) memory.setItem(key, value);
	return memory;
}

const record = (memory: MemoryStorage, client: string, id: string) => parseJson(memory.getItem(recordKey(client, id)));

describe('moving drafts saved before clients existed', () => {
	it('moves every draft, tick and field into one new client, word for word', () => {
		const memory = storageWith(stored);
		const id = migrateLegacy(memory, NOW)!;
		expect(asIndex(parseJson(memory.getItem(INDEX_KEY)))).toEqual([{ id, name: '', t: NOW }]);
		const old = (key: string) => JSON.parse(stored[key]!) as { values?: object; ticks?: string[]; fields?: object };
		expect(record(memory, id, 'shared')).toEqual({ t: NOW, values: old('pb.templates.v1.shared').values });
		expect(record(memory, id, 'en.template.welcome-email')).toEqual({ t: NOW, values: old('pb.templates.v1.en.welcome-email').values });
		expect(record(memory, id, 'zh-cn.template.status-update')).toEqual({
			t: NOW,
			values: { 'what-happened': '完成了第一版报告，并与财务团队核对了数据。', 'what-is-next': '周五上午十点评审报告，由李明主持。' },
		});
		expect(record(memory, id, 'zh-cn.template.risk-audit')).toEqual({
			t: NOW,
			values: { 'vague-rhythm.likelihood': '3', 'vague-rhythm.impact': '2' },
		});
		const preClose = old('pb.checklist.v1:en:pre-close');
		expect(record(memory, id, 'en.checklist.pre-close')).toEqual({ t: NOW, values: preClose.fields, ticks: preClose.ticks });
		expect(record(memory, id, 'zh-cn.checklist.onboarding')).toEqual({ t: NOW, values: {}, ticks: ['成功标准'] });
		// The old entries are gone, so nothing is moved twice.
		expect(Object.keys(memory.snapshot()).filter((key) => !key.startsWith('pb.workspace.v1.'))).toEqual([]);
		expect(migrateLegacy(memory, NOW + 1)).toBeNull();
	});

	it('adds the moved client beside clients that already exist', () => {
		const existing = { id: 'k1', name: 'Beta', t: 1 };
		const memory = storageWith({ ...stored, [INDEX_KEY]: JSON.stringify({ clients: [existing] }) });
		const id = migrateLegacy(memory, NOW)!;
		expect(asIndex(parseJson(memory.getItem(INDEX_KEY)))).toEqual([existing, { id, name: '', t: NOW }]);
	});

	it('leaves every old entry in place and writes nothing when storage is full', () => {
		const memory = storageWith(stored);
		memory.quota = memory.used() + 200;
		const before = memory.snapshot();
		expect(migrateLegacy(memory, NOW)).toBeNull();
		expect(memory.snapshot()).toEqual(before);
	});

	it('drops old entries that today’s site could not read either, and moves the rest', () => {
		const memory = storageWith({
			'pb.templates.v1.shared': stored['pb.templates.v1.shared']!,
			'pb.templates.v1.en.status-update': '{not json',
			'pb.checklist.v1:en:pre-close': '{"ticks":"all","fields":{}}',
			'another.site.key': 'kept',
		});
		const id = migrateLegacy(memory, NOW)!;
		expect(Object.keys(memory.snapshot()).sort()).toEqual(['another.site.key', INDEX_KEY, recordKey(id, 'shared')].sort());
	});

	it('does nothing where nothing was saved before', () => {
		const memory = storageWith({ 'starlight-theme': 'dark' });
		expect(migrateLegacy(memory, NOW)).toBeNull();
		expect(memory.snapshot()).toEqual({ 'starlight-theme': 'dark' });
	});

	it.each([
		['pb.templates.v1.shared', 'shared'],
		['pb.templates.v1.zh-cn.change-request', 'zh-cn.template.change-request'],
		['pb.checklist.v1:en:risk-audit', 'en.checklist.risk-audit'],
	])('reads %s as the record %s', (key, id) => {
		const raw = key.includes('checklist') ? '{"ticks":[],"fields":{}}' : '{"values":{}}';
		expect(fromLegacy(key, raw, NOW)?.[0]).toBe(id);
	});
});
