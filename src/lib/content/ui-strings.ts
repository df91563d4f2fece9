import { join } from 'node:path';
import { uiStringKeys } from '../../schemas/ui-strings.ts';
import { closest, type ContentIssue } from './content-error.ts';
import { displayPath, localeFiles, wordingDir } from './playbook-folder.ts';
import type { PlaybookLocale } from './playbook.ts';
import { readText } from './yaml-file.ts';

/**
 * A locale's interface strings: the generator's own for its language (`src/wording/<code>.json`, when it knows
 * the language) overridden key by key by the playbook's `<code>.json`. A published locale must end up with
 * every key the site uses; a missing key is reported against the playbook's file, where it belongs.
 */
export function readUiStrings(dir: string, locale: PlaybookLocale, issues: ContentIssue[]): Record<string, string> {
	const ownFile = join(dir, localeFiles.ui(locale.code));
	const shown = displayPath(ownFile);
	const base = readJson(join(wordingDir, localeFiles.ui(locale.code)), `src/wording/${localeFiles.ui(locale.code)}`, locale.code, issues) ?? {};
	const own = readJson(ownFile, shown, locale.code, issues) ?? {};
	const strings = { ...base, ...own };

	checkPlaceholders(strings, own, ownFile, locale.code, issues);
	// A key written with no text would show as nothing (a label missing before its colon), in any locale.
	const blank = Object.keys(own).filter((key) => !own[key]!.trim());
	for (const key of blank)
		issues.push({
			file: shown,
			line: lineOfKey(readText(ownFile) ?? '', key),
			locale: locale.code,
			path: key,
			message: 'has no text',
			fix:
				locale.status === 'published'
					? 'write the text in this language'
					: 'write the text in this language, or remove the line: until it is translated, the page shows the default locale’s text',
		});
	if (locale.status === 'published') {
		const missing = uiStringKeys.filter((key) => !strings[key]?.trim() && !blank.includes(key));
		if (missing.length > 0)
			issues.push({
				file: shown,
				locale: locale.code,
				path: '',
				message: `has no text for ${missing.length === 1 ? 'the key' : `${missing.length} keys`} ${missing.map((k) => `“${k}”`).join(', ')}`,
				fix: `add ${missing.length === 1 ? 'it' : 'them'} to ${shown} with the text in this language; src/wording/en.json has every key with its English text`,
			});
	}
	return strings;
}

/** The line (1-based) of a key in a JSON file's text, or undefined. */
const lineOfKey = (text: string, key: string): number | undefined =>
	text.split('\n').findIndex((line) => line.includes(JSON.stringify(key))) + 1 || undefined;

/** The placeholders of an interface string as written: `{name}`, or `{{name}}` in Starlight's own keys (i18next's form). */
const placeholdersOf = (text: string) => new Set([...text.matchAll(/\{\{[\w-]+\}\}|\{[\w-]+\}/g)].map((m) => m[0]));

/**
 * Every placeholder a string has in the generator's English (`src/wording/en.json`) is one the site fills in
 * (`{n}`, `{status}` …): a translation must keep each, in its own place, and add none. A string of the playbook's
 * own file is reported there, with its line; one of the generator's wording, against that file.
 */
function checkPlaceholders(strings: Record<string, string>, own: Record<string, string>, ownFile: string, code: string, issues: ContentIssue[]) {
	const english = readJson(join(wordingDir, 'en.json'), 'src/wording/en.json', 'en', []) ?? {};
	for (const [key, text] of Object.entries(strings)) {
		const reference = english[key];
		// A string with no text is reported as such (readUiStrings).
		if (reference === undefined || !text.trim()) continue;
		const want = placeholdersOf(reference);
		const have = placeholdersOf(text);
		const missing = [...want].filter((name) => !have.has(name));
		const extra = [...have].filter((name) => !want.has(name));
		if (missing.length === 0 && extra.length === 0) continue;
		const file = key in own ? ownFile : join(wordingDir, localeFiles.ui(code));
		const line = lineOfKey(readText(file) ?? '', key);
		const list = (names: string[]) => names.join(', ');
		issues.push({
			file: key in own ? displayPath(file) : `src/wording/${localeFiles.ui(code)}`,
			line,
			locale: code,
			path: key,
			message:
				missing.length && extra.length
					? `has ${list(extra)} where English has ${list(missing)}: the site fills in ${list(missing)}, not ${list(extra)} (English: “${reference}”)`
					: missing.length
						? `has no ${list(missing)}: the site fills ${missing.length === 1 ? 'it' : 'them'} in (English: “${reference}”)`
						: `has ${list(extra)}, which the site does not fill in (English: “${reference}”)`,
			fix:
				missing.length && extra.length
					? `spell the placeholders as in English: ${list([...want])}`
					: extra.length
						? `remove ${list(extra)}${want.size ? `: the site fills in only ${list([...want])}` : ': this text takes no placeholder'}`
						: `put ${list(missing)} where ${missing.length === 1 ? 'that value belongs' : 'those values belong'} in this sentence, spelt as in English`,
		});
	}
}

/** A flat JSON object of strings, or undefined when the file does not exist or is broken (then an issue says why). */
function readJson(path: string, shown: string, locale: string, issues: ContentIssue[]): Record<string, string> | undefined {
	const text = readText(path);
	if (text === undefined) return undefined;
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		let position = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
		// A comma after the last entry: the parser stops at the `}` below it; the comma is the mistake.
		const trailing = /^\s*\}/.test(text.slice(position)) ? /,\s*$/.exec(text.slice(0, position)) : null;
		if (trailing) position = trailing.index;
		const before = Number.isNaN(position) ? undefined : text.slice(0, position).split('\n');
		issues.push({
			file: shown,
			line: before?.length,
			column: before ? before.at(-1)!.length + 1 : undefined,
			locale,
			path: '',
			message: trailing ? 'has a comma after its last entry, which JSON does not allow' : `is not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`,
			fix: trailing
				? 'remove the comma at the end of this line'
				: 'check the quotes and commas around this line: every entry is "key": "text", separated by commas, with no comma after the last; a quotation mark inside a text is written \\" (or use the language’s own, such as “ ” or 「 」)',
		});
		return undefined;
	}
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		issues.push({ file: shown, locale, path: '', message: 'is not a JSON object', fix: 'write { "key": "text", … }' });
		return undefined;
	}
	const strings: Record<string, string> = {};
	for (const [key, value] of Object.entries(data)) {
		const line = lineOfKey(text, key);
		if (typeof value !== 'string') {
			issues.push({ file: shown, line, locale, path: key, message: 'expected text', fix: 'write the text in quotes' });
			continue;
		}
		if (key.startsWith('pb.') && !(uiStringKeys as readonly string[]).includes(key)) {
			const guess = closest(key, uiStringKeys);
			issues.push({
				file: shown,
				line,
				locale,
				path: key,
				message: guess ? `unknown key — did you mean “${guess}”?` : 'unknown key',
				fix: guess ? `rename it to “${guess}”` : 'remove it; src/wording/en.json lists every key',
			});
			continue;
		}
		strings[key] = value;
	}
	return strings;
}
