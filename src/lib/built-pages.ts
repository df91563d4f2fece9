import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The HTML files of a built site below `dir` (Astro's `outDir`), as paths relative to it with `/` between folders
 * (`zh-cn/lifecycle/index.html`), sorted. Read by the quality gate and the service worker's precache.
 */
export function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}
