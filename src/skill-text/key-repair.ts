import type { RawDict, RawKey, RawModel, RawNode } from './python-dict.ts';
import type { ProblemList } from './skill-text-error.ts';

/** The lowercase words of a text (letters and digits between anything else, `_` included), two letters or more. */
export function wordsOf(text: string): string[] {
	return text
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+|_/u)
		.filter((word) => word.length >= 2);
}

/** Every line number a split key occupies: their words are the broken ones, so they cannot vouch for a split. */
export function splitKeyLines(models: readonly RawModel[]): Set<number> {
	const lines = new Set<number>();
	const visitKey = (key: RawKey): void => {
		if (key.split) lines.add(key.line).add(key.line + 1);
	};
	const visit = (node: RawNode): void => {
		if (node.kind !== 'dict') return;
		for (const entry of node.entries) {
			visitKey(entry.key);
			visit(entry.value);
		}
	};
	for (const model of models) {
		visitKey(model.name);
		visit(model.body);
	}
	return lines;
}

const squash = (key: string): string => key.replace(/_/g, '').toLowerCase();

/**
 * Repairs a key split over two lines whose second line lost the underscores around its first word:
 * `stage` + `1pre_close` -> `stage_1_pre_close`, `high` + `touchservice` -> `high_touch_service`.
 * A leading number is the first word; otherwise the split point is where known words meet (`touch|service`),
 * the split scoring the most letters of words that occur elsewhere in the document. A `reference` (the same
 * key in the first half) wins when it has the same letters. Returns `undefined` when no split finds a known word.
 */
export function repairSplitKey(head: string, tail: string, vocabulary: ReadonlySet<string>, reference?: string): string | undefined {
	if (reference !== undefined && squash(reference) === squash(head + tail)) return reference;
	const join = (...parts: string[]): string =>
		parts
			.map((part) => part.replace(/^_+|_+$/g, ''))
			.filter(Boolean)
			.join('_');
	const digits = /^\d+/.exec(tail)?.[0];
	if (digits) return join(head, digits, tail.slice(digits.length));
	const segment = tail.split('_')[0] ?? '';
	const after = tail.slice(segment.length);
	const known = (word: string): number => (vocabulary.has(word.toLowerCase()) ? word.length : 0);
	let best: { score: number; first: string; second: string } | undefined;
	for (let cut = 1; cut <= segment.length; cut++) {
		const first = segment.slice(0, cut);
		const second = segment.slice(cut);
		const score = known(first) + (second ? known(second) : 0);
		if (score > 0 && (!best || score > best.score)) best = { score, first, second };
	}
	return best && join(head, best.first, best.second + after);
}

/**
 * Repairs every split key of a model (its name included). `reference` is the same model in the first half,
 * already repaired: keys are matched by position. Also reports keys that are not words and keys used twice.
 */
export function repairModel(
	model: RawModel,
	vocabulary: ReadonlySet<string>,
	reference: RawModel | undefined,
	problems: ProblemList,
): RawModel {
	const repairKey = (key: RawKey, referenceKey: RawKey | undefined): RawKey => {
		if (!key.split) return checkKey(key);
		const { head, tail } = key.split;
		const text = repairSplitKey(head, tail, vocabulary, referenceKey?.text);
		if (text === undefined) {
			problems.add(
				key.line,
				`the key split over lines ${key.line} and ${key.line + 1} ("${head}" / "${tail}") cannot be repaired: no known word starts or ends "${tail}"`,
				`write the key on one line with its underscores, e.g. "${head}_${tail}"`,
			);
			return { text: `${head}_${tail}`, line: key.line };
		}
		return checkKey({ text, line: key.line });
	};
	const checkKey = (key: RawKey): RawKey => {
		if (!/^[A-Za-z_]\w*$/.test(key.text)) {
			problems.add(
				key.line,
				`the key "${key.text}" is not a word`,
				'write keys as letters, digits and "_", starting with a letter (e.g. "core_elements")',
			);
		}
		return key;
	};
	const repairDict = (dict: RawDict, referenceDict: RawNode | undefined): RawDict => {
		const referenceEntries = referenceDict?.kind === 'dict' ? referenceDict.entries : [];
		const entries = dict.entries.map((entry, index) => {
			const referenceEntry = referenceEntries[index];
			const value = entry.value.kind === 'dict' ? repairDict(entry.value, referenceEntry?.value) : entry.value;
			return { key: repairKey(entry.key, referenceEntry?.key), value };
		});
		const seen = new Set<string>();
		for (const { key } of entries) {
			if (seen.has(key.text)) problems.add(key.line, `the key "${key.text}" appears twice in the same dict`, 'give each entry its own key');
			seen.add(key.text);
		}
		return { ...dict, entries };
	};
	return { name: repairKey(model.name, reference?.name), body: repairDict(model.body, reference?.body) };
}
