import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Check } from '../check.ts';
import type { Finding } from '../rules.ts';

/**
 * Every link in a page's content leads to a built file and, with a `#hash`, to an element with that id.
 * starlight-links-validator checks the links written in Markdown while the site builds; this check reads
 * the built HTML, so it also covers links that components render (the lifecycle diagram, islands).
 */
export const links: Check = ({ pages, byPath, dir, config }) => {
	const exists = new Map<string, boolean>();
	const fileExists = (file: string) => {
		if (!exists.has(file)) exists.set(file, existsSync(join(dir, file)));
		return exists.get(file) ?? false;
	};
	return pages.flatMap(({ page }): Finding[] =>
		[...new Set(page.links)].flatMap((href): Finding[] => {
			if (/^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith('//')) return [];
			const url = new URL(href, `http://site${config.base}${page.path.slice(1)}`);
			const hash = decode(url.hash.slice(1));
			let path = decode(url.pathname);
			if (!path.startsWith(config.base))
				return [{ rule: 'broken-link', page: page.path, message: `“${href}” points outside the site's base path ${config.base}.` }];
			path = `/${path.slice(config.base.length)}`;
			const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`, `${path}.html`];
			const file = candidates.find((candidate) => fileExists(candidate));
			if (!file) return [{ rule: 'broken-link', page: page.path, message: `“${href}” leads to no page of the built site.` }];
			if (!hash) return [];
			const target = byPath.get(file.replace(/index\.html$/, '')) ?? byPath.get(file);
			if (!target || target.anchors.has(hash)) return [];
			return [
				{ rule: 'broken-anchor', page: page.path, message: `“${href}”: ${target.path} has no heading or element with the id “${hash}”.` },
			];
		}),
	);
};

/** Percent-decoding that leaves a malformed sequence as written (it then matches nothing). */
function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
