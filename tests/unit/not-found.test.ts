import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { generateSite } from '../../src/generate/write-pages.ts';
import { playbook } from '../support/playbook.ts';
import { frontmatterOf } from '../support/render-markdown.ts';

const site = generateSite(playbook, '/');
const root = site.files.get('404.md')!;
const chinese = site.files.get('zh-cn/404.md')!;

/** Where the root not-found page's script sends a reader who mistyped `path`: the address it replaces, if any. */
function redirectOf(path: string): string | undefined {
	const head = frontmatterOf(root)['head'] as { tag: string; content: string }[];
	let target: string | undefined;
	for (const { content } of head) runInNewContext(content, { location: { pathname: path, replace: (to: string) => (target = to) } });
	return target;
}

describe('the not-found pages', () => {
	it('sends a mistyped Chinese address on to the Chinese not-found page, and leaves any other on the root page', () => {
		expect(redirectOf('/zh-cn/lifecycle/closing/')).toBe('/zh-cn/404/');
		expect(redirectOf('/zh-cn/nothing')).toBe('/zh-cn/404/');
		expect(redirectOf('/zh-cn/404/')).toBeUndefined();
		expect(redirectOf('/lifecycle/closing/')).toBeUndefined();
		expect(redirectOf('/zh-cnx/')).toBeUndefined();
	});

	it('writes the Chinese not-found page in Chinese only, marked as Chinese, with no script', () => {
		const body = chinese.replace(/^---\n[\s\S]*?\n---\n/, '');
		expect(body).toContain('<div lang="zh-CN">');
		expect(body.replace(/<[^>]*>|\([^)]*\)/g, '')).not.toMatch(/[A-Za-z]/);
		expect(String(frontmatterOf(chinese)['title'])).not.toMatch(/[A-Za-z]/);
		expect(frontmatterOf(chinese)['head']).toBeUndefined();
	});
});
