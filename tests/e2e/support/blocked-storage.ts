import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './browser';

/**
 * A Chromium whose reader has blocked site data, as with "Block all cookies" in the browser's settings:
 * a fresh profile whose preferences block cookies and site data for every site, so that reading
 * `localStorage` throws a SecurityError exactly as it does for such a reader. A persistent context,
 * because only a profile carries that setting; `close` also removes the profile.
 */
export async function launchWithSiteDataBlocked(
	options: Parameters<typeof chromium.launchPersistentContext>[1] = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
	if (!existsSync(chromiumPath))
		throw new Error(`No Chromium at ${chromiumPath}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
	const profile = mkdtempSync(join(tmpdir(), 'pb-blocked-'));
	mkdirSync(join(profile, 'Default'));
	// 2 = block, Chromium's value for a content setting.
	writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }));
	const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: chromiumArgs, ...options });
	return {
		context,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}
