import type { AstroIntegration } from 'astro';

/**
 * The site's public address from `SITE_URL`, for Astro's `site` option; `undefined` when it is unset or
 * empty, so that no page claims a placeholder domain (canonical links, hreflang alternates, the sitemap
 * and printed checklists all use it).
 *
 * @param value the raw environment value, e.g. `https://playbook.your-company.com`
 * @returns the address as given
 * @throws Error naming `SITE_URL`, the value and the expected form when it is not an absolute http(s) address
 */
export function siteUrl(value: string | undefined = process.env['SITE_URL']): string | undefined {
	if (!value?.trim()) return undefined;
	let url: URL | undefined;
	try {
		url = new URL(value.trim());
	} catch {
		url = undefined;
	}
	if (!url || !['http:', 'https:'].includes(url.protocol))
		throw new Error(
			`SITE_URL is "${value}", which is not a web address.\n  Fix: set it to the site's public address with its scheme, e.g. SITE_URL=https://playbook.your-company.com`,
		);
	return value.trim();
}

/** What a build without an address leaves out, said once per build. */
export const missingSiteWarning =
	'SITE_URL is not set: pages get no canonical link, hreflang alternates or sitemap, and printed checklists show the ' +
	'site title and page path instead of the address. When building for deployment, set it: ' +
	'SITE_URL=https://playbook.your-company.com npm run build';

/** Warns once, when a build starts, that the site has no public address (see `siteUrl`). Development stays quiet. */
export function siteAddress(): AstroIntegration {
	let site: URL | undefined;
	return {
		name: 'client-playbook:site-address',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.site) : undefined;
			},
			'astro:build:start': ({ logger }) => {
				if (!site) logger.warn(missingSiteWarning);
			},
		},
	};
}
