import { describe, expect, it } from 'vitest';
import { parseStored, storeKey } from '../../src/islands/checklist-store';

describe('stored checklist ticks', () => {
	it('uses one versioned key per checklist and locale', () => {
		expect(storeKey('zh-cn', 'pre-close')).toBe('pb.checklist.v1:zh-cn:pre-close');
	});

	it('reads the documented shape', () => {
		expect(parseStored('{"ticks":["a","b"],"fields":{"client":"Acme"}}')).toEqual({ ticks: ['a', 'b'], fields: { client: 'Acme' } });
	});

	it.each([
		null,
		'',
		'{oops',
		'null',
		'42',
		'[]',
		'{"ticks":"a","fields":{}}',
		'{"ticks":[1],"fields":{}}',
		'{"ticks":[]}',
		'{"ticks":[],"fields":[]}',
		'{"ticks":[],"fields":{"client":3}}',
	])('treats %j as nothing stored', (raw) => {
		expect(parseStored(raw)).toBeNull();
	});
});
