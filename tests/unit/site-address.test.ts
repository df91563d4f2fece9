import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { missingSiteWarning, siteAddress, siteUrl } from '../../src/integrations/site-address';

/** Runs the integration's config and build-start hooks as Astro would, collecting its warnings. */
async function warningsOf(site: string | undefined, command: 'build' | 'dev'): Promise<string[]> {
	const warnings: string[] = [];
	const logger = { warn: (message: string) => warnings.push(message) } as unknown as AstroIntegrationLogger;
	const { hooks } = siteAddress() as AstroIntegration & { hooks: Required<AstroIntegration['hooks']> };
	await hooks['astro:config:done']({ config: { site }, logger } as unknown as Parameters<(typeof hooks)['astro:config:done']>[0]);
	if (command === 'build') await hooks['astro:build:start']({ logger } as unknown as Parameters<(typeof hooks)['astro:build:start']>[0]);
	return warnings;
}

describe('the site address', () => {
	it('takes SITE_URL as given and treats an unset or empty one as no address', () => {
		expect(siteUrl('https://playbook.example.org')).toBe('https://playbook.example.org');
		expect(siteUrl(' https://playbook.example.org/docs/ ')).toBe('https://playbook.example.org/docs/');
		expect(siteUrl(undefined)).toBeUndefined();
		expect(siteUrl('  ')).toBeUndefined();
	});

	it('stops with the variable, the value and the fix when SITE_URL is not a web address', () => {
		expect(() => siteUrl('playbook.example.org')).toThrow(
			'SITE_URL is "playbook.example.org", which is not a web address.\n  Fix: set it to the site\'s public address with its scheme, e.g. SITE_URL=https://playbook.your-company.com',
		);
		expect(() => siteUrl('ftp://files.example.org')).toThrow(/SITE_URL is "ftp:\/\/files.example.org"/);
	});

	it('warns once per build when there is no address, and says what is left out', async () => {
		expect(await warningsOf(undefined, 'build')).toEqual([missingSiteWarning]);
		expect(missingSiteWarning).toMatch(/canonical.*hreflang.*sitemap.*printed checklists/);
	});

	it('stays quiet with an address, and in development', async () => {
		expect(await warningsOf('https://playbook.example.org', 'build')).toEqual([]);
		expect(await warningsOf(undefined, 'dev')).toEqual([]);
	});
});
