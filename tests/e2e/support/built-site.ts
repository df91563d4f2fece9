import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const sitemap = fileURLToPath(new URL('../../../dist/sitemap-index.xml', import.meta.url));

/**
 * The public address (origin) `dist/` was built for with SITE_URL, read from its sitemap, which Starlight
 * writes only then; `undefined` for a build without an address.
 */
export const builtSite: string | undefined = existsSync(sitemap)
	? new URL(/<loc>([^<]+)<\/loc>/.exec(readFileSync(sitemap, 'utf8'))?.[1] ?? '').origin
	: undefined;
