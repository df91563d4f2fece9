/**
 * A Web Storage in memory for unit tests, with a quota in characters (keys plus values) like a
 * browser's: a write that would pass it throws `QuotaExceededError` and changes nothing.
 */
export class MemoryStorage implements Storage {
	readonly data = new Map<string, string>();
	constructor(public quota = Infinity) {}

	get length(): number {
		return this.data.size;
	}
	key(index: number): string | null {
		return [...this.data.keys()][index] ?? null;
	}
	getItem(key: string): string | null {
		return this.data.get(key) ?? null;
	}
	setItem(key: string, raw: string): void {
		// As a browser does: any value is stored as its text (`null` as "null").
		const value = String(raw);
		const used = [...this.data].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
		if (used + key.length + value.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		this.data.set(key, value);
	}
	removeItem(key: string): void {
		this.data.delete(key);
	}
	clear(): void {
		this.data.clear();
	}
	/** Characters in use (keys plus values), what the quota counts. */
	used(): number {
		return [...this.data].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
	}
	/** Everything stored, for comparing before and after. */
	snapshot(): Record<string, string> {
		return Object.fromEntries(this.data);
	}
	[name: string]: unknown;
}
