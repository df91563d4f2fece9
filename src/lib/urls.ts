/**
 * The address of a page of the site: `lifecycle/onboarding#x` in the locale with prefix `zh-cn` under base `/`
 * is `/zh-cn/lifecycle/onboarding/#x`. Page ids are locale-free (src/lib/page-registry.ts); pages end in `/`.
 */
export function pageHref(ref: string, prefix: string, base: string): string {
	const [id = '', anchor] = ref.split('#');
	const root = base.endsWith('/') ? base : `${base}/`;
	const path = [prefix, id].filter(Boolean).join('/');
	return `${root}${path ? `${path}/` : ''}${anchor ? `#${anchor}` : ''}`;
}
