import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { recordKey } from '../../../src/lib/workspace/record';
import { baseUrl } from './browser';

/** The UI strings of a language, as the pages show them. */
export const ui = (lang: string): Record<string, string> =>
	JSON.parse(readFileSync(new URL(`../../../src/content/i18n/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;

/** A workspace UI string with its placeholders filled in. */
export function say(lang: string, key: string, values: Record<string, string | number> = {}): string {
	const text = ui(lang)[`pb.workspace.${key}`];
	if (!text) throw new Error(`No UI string pb.workspace.${key} in ${lang}`);
	return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** The same string as a pattern, any value standing in for each placeholder. */
export const sayPattern = (lang: string, key: string): RegExp =>
	new RegExp(
		`^${say(lang, key)
			.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
			.replace(/\\?\{\w+\\?\}/g, '.+')}$`,
		's',
	);

/** A page of the site: `/templates/x/` in English, `/zh-cn/templates/x/` in Chinese. */
export const url = (prefix: string, path: string): string => `${baseUrl()}/${prefix ? `${prefix}/` : ''}${path}`;

export const picker = (page: Page) => page.locator('#pb-client');
export const pickerStatus = (page: Page) => page.locator('.pb-client__status');

/** The name the picker shows for the client being edited. */
export const currentName = (page: Page): Promise<string> => picker(page).locator('option:checked').innerText();

/** Creates a client with the picker, as a user would: New client, the name, Enter. */
export async function newClient(page: Page, name: string): Promise<void> {
	await page.click('[data-do="new"]');
	await page.fill('#pb-client-name', name);
	await page.press('#pb-client-name', 'Enter');
	await expect.poll(() => currentName(page)).toBe(name);
}

/** Chooses a client by the name the picker shows. */
export async function switchTo(page: Page, name: string): Promise<void> {
	await picker(page).selectOption({ label: name });
	await expect.poll(() => currentName(page)).toBe(name);
}

/** A record of the client being edited, as stored (record ids as in src/lib/workspace/record.ts). */
export async function storedRecord(
	page: Page,
	record: string,
): Promise<{ t: number; values: Record<string, string>; ticks?: string[] } | null> {
	const key = recordKey(await picker(page).inputValue(), record);
	return JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key)) ?? 'null');
}

/** Everything the site keeps in this browser, to compare before and after. */
export const storageSnapshot = (page: Page): Promise<Record<string, string>> =>
	page.evaluate(() =>
		Object.fromEntries(
			Object.keys(localStorage)
				.filter((k) => k.startsWith('pb.'))
				.map((k) => [k, localStorage.getItem(k)!]),
		),
	);
